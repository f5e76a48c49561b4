<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Broker plugins</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Broker plugins</h1>
    <c:if test="${not empty plugins.notice}"><p class="notice" id="plugins-notice" role="status"><c:out value="${plugins.notice}"/></p></c:if>
    <c:if test="${not empty plugins.error}"><p class="error" id="plugins-error" role="alert"><c:out value="${plugins.error}"/></p></c:if>
    <div class="scroll">
    <table id="plugins">
      <thead><tr><th>Id</th><th>Name</th><th>Version</th><th>Source</th><th>Status</th><th></th></tr></thead>
      <tbody>
      <c:forEach items="${plugins.rows}" var="plugin">
        <tr>
          <td class="plugin-id"><c:out value="${plugin.id}"/></td>
          <td><c:out value="${plugin.name}"/></td>
          <td><c:out value="${plugin.version}"/></td>
          <td><c:out value="${plugin.source}"/></td>
          <td class="plugin-status"><c:out value="${plugin.status}"/></td>
          <td>
            <c:if test="${not plugin.active}">
              <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/plugins" class="inline">
                <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
                <input type="hidden" name="id" value="${fn:escapeXml(plugin.id)}">
                <button type="submit">Make active</button>
              </form>
            </c:if>
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
