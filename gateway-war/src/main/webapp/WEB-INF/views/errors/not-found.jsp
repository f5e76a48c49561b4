<%@ page contentType="text/html;charset=UTF-8" session="false" isErrorPage="true" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="../_head.jspf" %>
<%-- The container forwards here; the status must survive the forward. --%>
<c:set target="${pageContext.response}" property="status" value="404"/>
<title>Not found</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="../_public.jspf" %>
<main id="main" class="card">
  <h1>Not found</h1>
  <p>There is nothing at this address.</p>
  <p><a class="button" href="${fn:escapeXml(pageContext.request.contextPath)}/">Go to AlgoGate</a></p>
</main>
</body>
</html>
