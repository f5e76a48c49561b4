<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Active sessions</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Active sessions</h1>
    <p class="hint">Browsers logged in to the dashboard. Ending a session logs that browser out at its next request; ending this one logs you out. Times are IST.</p>
    <c:if test="${not empty sessions.error}"><p class="error" id="sessions-error" role="alert"><c:out value="${sessions.error}"/></p></c:if>
    <div class="scroll">
    <table id="sessions">
      <thead><tr><th>User</th><th>Client IP</th><th>User agent</th><th>Started</th><th>Last seen</th><th></th></tr></thead>
      <tbody>
      <c:forEach items="${sessions.rows}" var="row">
        <tr data-session="${fn:escapeXml(row.reference)}"<c:if test="${row.current}"> class="current"</c:if>>
          <td><c:out value="${row.username}"/><c:if test="${row.current}"> <strong class="this-session">(this session)</strong></c:if></td>
          <td><c:out value="${row.clientIp}"/></td>
          <td class="wrap session-agent"><c:out value="${row.userAgent}"/></td>
          <td><c:out value="${row.started}"/></td>
          <td><c:out value="${row.lastSeen}"/></td>
          <td>
            <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/admin/sessions/end" class="inline">
              <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
              <input type="hidden" name="session" value="${fn:escapeXml(row.reference)}">
              <button type="submit" class="quiet end-session"><c:choose><c:when test="${row.current}">End (log out)</c:when><c:otherwise>End</c:otherwise></c:choose></button>
            </form>
          </td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    </div>
  </section>
</main>
</body>
</html>
