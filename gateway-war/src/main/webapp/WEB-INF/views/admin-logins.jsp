<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Login activity</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Login activity</h1>
    <p class="hint">Every login, failed login, wrong 2FA code and logout, newest first, with the username as typed. Times are IST.
      User agents are not recorded for these events; the <a href="${fn:escapeXml(pageContext.request.contextPath)}/app/admin/sessions">sessions page</a> shows each live session's.</p>
    <c:if test="${not empty logins.error}"><p class="error" id="logins-error" role="alert"><c:out value="${logins.error}"/></p></c:if>
    <div class="scroll">
    <table id="login-activity">
      <thead><tr><th>Time (IST)</th><th>Username</th><th>Client IP</th><th>Result</th><th>Detail</th></tr></thead>
      <tbody>
      <c:forEach items="${logins.rows}" var="row">
        <tr>
          <td><c:out value="${row.time}"/></td>
          <td class="wrap login-username"><c:out value="${row.username}"/></td>
          <td><c:out value="${row.clientIp}"/></td>
          <td class="login-result${fn:escapeXml(row.failure ? ' bad' : ' good')}"><c:out value="${row.result}"/></td>
          <td class="wrap"><c:out value="${row.detail}"/></td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    </div>
    <nav class="pager">
      <c:if test="${logins.hasPrevious}"><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/admin/logins?page=${fn:escapeXml(logins.previousPage)}" id="logins-previous" rel="prev">Newer</a></c:if>
      <span>Page <c:out value="${logins.pageShown}"/></span>
      <c:if test="${logins.hasNext}"><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/admin/logins?page=${fn:escapeXml(logins.nextPage)}" id="logins-next" rel="next">Older</a></c:if>
    </nav>
  </section>
</main>
</body>
</html>
