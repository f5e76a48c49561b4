<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Two-factor code</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>Two-factor code</h1>
  <c:if test="${not empty login.error}"><p class="error" id="login-error" role="alert"><c:out value="${login.error}"/></p></c:if>
  <p>Enter the 6-digit code from your authenticator app.</p>
  <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/login/totp">
    <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
    <label for="code">Code</label>
    <input id="code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code">
    <button type="submit">Verify</button>
  </form>
  <p><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/login">Start again</a></p>
</main>
</body>
</html>
