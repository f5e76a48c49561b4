<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>API key</title>
<script src="${fn:escapeXml(pageContext.request.contextPath)}/static/copy.js" defer></script>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>API key</h1>
    <c:if test="${not empty account.notice}"><p class="notice" id="account-notice" role="status"><c:out value="${account.notice}"/></p></c:if>
    <c:if test="${not empty account.error}"><p class="error" id="account-error" role="alert"><c:out value="${account.error}"/></p></c:if>
    <c:choose>
      <c:when test="${not empty account.newKey}">
        <p>Your new key (copy it now: after you leave this page only its first characters are shown again):</p>
        <pre class="secret" id="api-key"><c:out value="${account.newKey}"/></pre>
        <button type="button" class="quiet copy" id="copy-key" data-copy="api-key" hidden>Copy the key</button>
        <span class="hint copy-status" role="status" aria-live="polite"></span>
      </c:when>
      <c:otherwise>
        <p>Current key: <code id="api-key-masked"><c:out value="${account.maskedKey}"/></code></p>
        <p class="hint">The whole key is shown only once, right after it is made. Lost it? Make a new one.</p>
      </c:otherwise>
    </c:choose>
    <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/account/apikey" id="regenerate-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <c:if test="${account.codeRequired}">
        <label for="regenerate-code">Current code from your authenticator app</label>
        <input id="regenerate-code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code">
      </c:if>
      <button type="submit" class="danger" id="regenerate-key">Make a new key</button>
      <p class="hint">The old key stops working at once: update every script and platform that uses it.</p>
    </form>
  </section>
  <section class="card" id="api-usage">
    <h2>How to use it</h2>
    <p>Send the key as <code>apikey</code> in the JSON body of every call to the OpenAlgo-compatible API at
      <code id="api-base"><c:out value="${account.baseUrl}"/>/api/v1/</code>. For example, your funds:</p>
    <pre class="snippet" id="api-example">curl -X POST <c:out value="${account.baseUrl}"/>/api/v1/funds \
  -H 'Content-Type: application/json' \
  -d '{"apikey": "YOUR_API_KEY"}'</pre>
    <p class="hint">OpenAlgo's Python client: <code>api(api_key="YOUR_API_KEY", host="<c:out value="${account.baseUrl}"/>")</code></p>
  </section>
</main>
</body>
</html>
