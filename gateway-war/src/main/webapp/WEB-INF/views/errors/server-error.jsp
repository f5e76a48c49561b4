<%@ page contentType="text/html;charset=UTF-8" session="false" isErrorPage="true" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="../_head.jspf" %>
<%-- The container forwards here; the status must survive the forward. --%>
<c:set target="${pageContext.response}" property="status" value="500"/>
<title>Something went wrong</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="../_public.jspf" %>
<main id="main" class="card">
  <h1>Something went wrong</h1>
  <p>The gateway could not complete this request. The details are in the server's log
     under request id <code id="request-id"><c:out value="${requestScope['algogate.requestId']}"/></code>.</p>
  <p><a class="button" href="${fn:escapeXml(pageContext.request.contextPath)}/">Go to AlgoGate</a></p>
</main>
</body>
</html>
