<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Set up AlgoGate</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>Set up AlgoGate</h1>
  <p>Create the administrator account. This page is available only until the account exists.</p>
  <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/setup" autocomplete="off">
    <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
    <label for="username">Username</label>
    <input id="username" name="username" required maxlength="64" value="${fn:escapeXml(form.username)}">
    <c:if test="${not empty form.errors.username}"><p class="error" id="username-error"><c:out value="${form.errors.username}"/></p></c:if>
    <label for="email">E-mail</label>
    <input id="email" name="email" type="email" required maxlength="254" value="${fn:escapeXml(form.email)}">
    <c:if test="${not empty form.errors.email}"><p class="error" id="email-error"><c:out value="${form.errors.email}"/></p></c:if>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" required minlength="8" maxlength="128" autocomplete="new-password">
    <p class="hint">At least 8 characters, with an upper-case and a lower-case letter, a digit and one of !@#$%^&amp;*.</p>
    <c:if test="${not empty form.errors.password}"><p class="error" id="password-error"><c:out value="${form.errors.password}"/></p></c:if>
    <button type="submit">Create administrator</button>
  </form>
</main>
</body>
</html>
