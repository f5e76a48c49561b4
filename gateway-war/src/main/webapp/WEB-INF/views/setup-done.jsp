<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>AlgoGate is ready</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_public.jspf" %>
<main id="main" class="card">
  <h1>AlgoGate is ready</h1>
  <p>The administrator <strong><c:out value="${done.username}"/></strong> was created.</p>
  <p>This is your API key. Copy it now: it is shown in full only this once.</p>
  <pre class="secret" id="api-key"><c:out value="${done.apiKey}"/></pre>
  <p><a class="button" href="${fn:escapeXml(pageContext.request.contextPath)}/app/login">Continue to login</a></p>
</main>
</body>
</html>
