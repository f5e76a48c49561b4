<%@ page contentType="text/html;charset=UTF-8" session="false" isErrorPage="true" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="../_head.jspf" %>
<%-- A security layer refused a dashboard request (a ban: 403, a rate limit: 429) with sendError; the
     container forwards here, and the status, Retry-After and the security headers must survive. --%>
<c:set var="refusedStatus" value="${requestScope['jakarta.servlet.error.status_code']}"/>
<c:set var="refusedMessage" value="${requestScope['jakarta.servlet.error.message']}"/>
<c:if test="${empty refusedMessage}"><c:set var="refusedMessage" value="This request was refused."/></c:if>
<c:set target="${pageContext.response}" property="status" value="${empty refusedStatus ? 403 : refusedStatus}"/>
<title><c:choose><c:when test="${refusedStatus == 429}">Too many requests</c:when><c:otherwise>Access denied</c:otherwise></c:choose></title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="../_public.jspf" %>
<main id="main" class="card">
  <c:choose>
    <c:when test="${refusedStatus == 429}">
      <h1>Too many requests</h1>
      <p class="error" id="refused-message" role="alert" data-status="429"><c:out value="${refusedMessage}"/></p>
      <p>Wait a moment before you try again; the limit protects your account from password guessing.</p>
    </c:when>
    <c:otherwise>
      <h1>Access denied</h1>
      <p class="error" id="refused-message" role="alert" data-status="403"><c:out value="${refusedMessage}"/></p>
    </c:otherwise>
  </c:choose>
  <p><a class="button" href="${fn:escapeXml(pageContext.request.contextPath)}/">Go to AlgoGate</a></p>
</main>
</body>
</html>
