<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Choose a new password</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>Choose a new password</h1>
  <c:if test="${not empty reset.error}"><p class="error" id="password-error" role="alert"><c:out value="${reset.error}"/></p></c:if>
  <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/reset-password/confirm">
    <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
    <input type="hidden" name="token" value="${fn:escapeXml(reset.token)}">
    <label for="password">New password</label>
    <input id="password" name="password" type="password" required minlength="8" maxlength="128" autocomplete="new-password">
    <p class="hint">At least 8 characters, with an upper-case and a lower-case letter, a digit and one of !@#$%^&amp;*.</p>
    <button type="submit">Set the password</button>
  </form>
</main>
</body>
</html>
