<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Link not valid</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>This link is not valid</h1>
  <p id="reset-invalid">It was used already, it expired, or it was mistyped. Ask for a new one.</p>
  <p><a class="button" href="${fn:escapeXml(pageContext.request.contextPath)}/app/reset-password">Reset the password</a></p>
</main>
</body>
</html>
