<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Check your mail</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>Check your mail</h1>
  <p id="reset-sent">If an account uses that address, a link to reset its password is on its way. The link works
     once, for 30 minutes.</p>
  <p><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/login">Back to login</a></p>
</main>
</body>
</html>
