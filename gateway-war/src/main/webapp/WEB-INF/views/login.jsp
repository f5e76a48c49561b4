<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Log in to AlgoGate</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>Log in</h1>
  <c:if test="${not empty login.notice}"><p class="notice" id="login-notice" role="status"><c:out value="${login.notice}"/></p></c:if>
  <c:if test="${not empty login.error}"><p class="error" id="login-error" role="alert"><c:out value="${login.error}"/></p></c:if>
  <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/login">
    <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
    <label for="username">Username</label>
    <input id="username" name="username" required maxlength="64" autocomplete="username" value="${fn:escapeXml(login.username)}">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" required maxlength="128" autocomplete="current-password">
    <button type="submit">Log in</button>
  </form>
  <p><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/reset-password">Forgot your password?</a></p>
</main>
</body>
</html>
