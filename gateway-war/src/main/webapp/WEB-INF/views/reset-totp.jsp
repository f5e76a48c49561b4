<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Reset with your authenticator</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>Reset with your authenticator</h1>
  <c:if test="${not empty reset.error}"><p class="error" id="reset-error" role="alert"><c:out value="${reset.error}"/></p></c:if>
  <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/reset-password/totp">
    <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
    <label for="email">E-mail of the account</label>
    <input id="email" name="email" type="email" required maxlength="254" autocomplete="email">
    <label for="code">Current code</label>
    <input id="code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code">
    <label for="password">New password</label>
    <input id="password" name="password" type="password" required minlength="8" maxlength="128" autocomplete="new-password">
    <button type="submit">Set the password</button>
  </form>
  <p><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/reset-password">Reset by e-mail instead</a></p>
</main>
</body>
</html>
