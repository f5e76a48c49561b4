<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Order log</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Order log</h1>
    <p class="hint">Every order request and the gateway's answer, newest first; the API key is never stored. Times are IST.</p>
    <form method="get" action="${fn:escapeXml(pageContext.request.contextPath)}/app/orderlog" id="orderlog-filters" class="filters">
      <label>Endpoint <input type="text" name="endpoint" value="${fn:escapeXml(orderlog.endpoint)}" placeholder="placeorder"></label>
      <label>Mode
        <select name="mode">
          <option value="">any</option>
          <option value="live"<c:if test="${orderlog.mode == 'live'}"> selected</c:if>>live</option>
          <option value="analyze"<c:if test="${orderlog.mode == 'analyze'}"> selected</c:if>>analyze</option>
        </select>
      </label>
      <label>Date (IST) <input type="date" name="date" value="${fn:escapeXml(orderlog.date)}"></label>
      <button type="submit">Filter</button>
    </form>
    <c:if test="${not empty orderlog.error}"><p class="error" id="orderlog-error" role="alert"><c:out value="${orderlog.error}"/></p></c:if>
    <c:if test="${empty orderlog.error}">
      <p><a href="${fn:escapeXml(pageContext.request.contextPath)}/admin/api/orderlog.csv?${fn:escapeXml(orderlog.csvQuery)}" id="orderlog-csv">Export as CSV</a> (the lines these filters select, every page)</p>
      <c:choose>
        <c:when test="${empty orderlog.rows}"><p id="no-entries">No order requests match.</p></c:when>
        <c:otherwise>
          <div class="scroll">
          <table id="orderlog">
            <thead><tr><th>Time (IST)</th><th>Endpoint</th><th>Strategy</th><th>Mode</th><th>Status</th><th>Request and response</th></tr></thead>
            <tbody>
            <c:forEach items="${orderlog.rows}" var="row">
              <tr class="orderlog-row" data-id="${fn:escapeXml(row.id)}">
                <td><c:out value="${row.time}"/></td>
                <td class="orderlog-endpoint"><c:out value="${row.endpoint}"/></td>
                <td class="orderlog-strategy"><c:out value="${row.strategy}"/></td>
                <td class="orderlog-mode"><c:out value="${row.mode}"/></td>
                <td class="orderlog-status"><c:out value="${row.status}"/></td>
                <td class="wrap">
                  <details>
                    <summary>JSON</summary>
                    <p class="hint">Request</p>
                    <pre class="json orderlog-request"><c:out value="${row.request}"/></pre>
                    <p class="hint">Response</p>
                    <pre class="json orderlog-response"><c:out value="${row.response}"/></pre>
                  </details>
                </td>
              </tr>
            </c:forEach>
            </tbody>
          </table>
          </div>
        </c:otherwise>
      </c:choose>
      <nav class="pager">
        <c:if test="${orderlog.hasPrevious}"><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/orderlog?${fn:escapeXml(orderlog.previousQuery)}" id="orderlog-previous" rel="prev">Newer</a></c:if>
        <span>Page <c:out value="${orderlog.pageShown}"/></span>
        <c:if test="${orderlog.hasNext}"><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/orderlog?${fn:escapeXml(orderlog.nextQuery)}" id="orderlog-next" rel="next">Older</a></c:if>
      </nav>
    </c:if>
  </section>
</main>
</body>
</html>
