<%@ page contentType="text/html;charset=UTF-8" session="false" isErrorPage="true" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="../_head.jspf" %>
<title>Not found</title>
</head>
<body>
<main class="card">
  <h1>Not found</h1>
  <p>There is nothing at this address.</p>
  <p><a class="button" href="${fn:escapeXml(pageContext.request.contextPath)}/">Go to AlgoGate</a></p>
</main>
</body>
</html>
