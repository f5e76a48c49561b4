<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Your account</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="card page">
  <h1>Your account</h1>
  <c:if test="${not empty account.notice}"><p class="notice" id="account-notice" role="status"><c:out value="${account.notice}"/></p></c:if>
  <c:if test="${not empty account.error}"><p class="error" id="account-error" role="alert"><c:out value="${account.error}"/></p></c:if>
  <h2>API key</h2>
  <c:choose>
    <c:when test="${not empty account.newKey}"><pre class="secret" id="api-key"><c:out value="${account.newKey}"/></pre></c:when>
    <c:otherwise><p>Current key: <code id="api-key-masked"><c:out value="${account.maskedKey}"/></code></p></c:otherwise>
  </c:choose>
  <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/account/apikey">
    <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
    <button type="submit">Make a new key</button>
  </form>
  <h2>Password</h2>
  <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/account/password">
    <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
    <label for="current">Current password</label>
    <input id="current" name="current" type="password" required maxlength="128" autocomplete="current-password">
    <label for="password">New password</label>
    <input id="password" name="password" type="password" required minlength="8" maxlength="128" autocomplete="new-password">
    <button type="submit">Change the password</button>
  </form>
</main>
</body>
</html>
