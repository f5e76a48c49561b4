<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Reset your password</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>Reset your password</h1>
  <p>Enter the e-mail address of your account. We will send a link to choose a new password.</p>
  <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/reset-password">
    <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
    <label for="email">E-mail</label>
    <input id="email" name="email" type="email" required maxlength="254" autocomplete="email">
    <button type="submit">Send the link</button>
  </form>
  <p><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/reset-password/totp">Use your authenticator app instead</a></p>
  <p><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/login">Back to login</a></p>
</main>
</body>
</html>
