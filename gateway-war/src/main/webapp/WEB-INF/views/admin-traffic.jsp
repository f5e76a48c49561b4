<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Traffic</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Traffic</h1>
    <p class="hint">Every request the gateway answered (static files aside), newest first; paths are stored without their query. Times are IST.</p>
    <form method="get" action="${fn:escapeXml(ctx)}/app/admin/traffic" id="traffic-filters" class="filters">
      <label>Status
        <select name="status">
          <option value="">any</option>
          <c:forEach items="${['2xx','3xx','4xx','5xx']}" var="statusClass">
            <option value="${fn:escapeXml(statusClass)}"<c:if test="${traffic.filters.status == statusClass}"> selected</c:if>><c:out value="${statusClass}"/></option>
          </c:forEach>
        </select>
      </label>
      <label>Method <input type="text" name="method" maxlength="16" value="${fn:escapeXml(traffic.filters.method)}" placeholder="GET"></label>
      <label>Path contains <input type="text" name="path" maxlength="512" value="${fn:escapeXml(traffic.filters.path)}" placeholder="/api/v1/"></label>
      <label>Client IP <input type="text" name="ip" maxlength="64" value="${fn:escapeXml(traffic.filters.ip)}"></label>
      <label>From (IST) <input type="datetime-local" name="from" value="${fn:escapeXml(traffic.filters.from)}"></label>
      <label>Until (IST) <input type="datetime-local" name="until" value="${fn:escapeXml(traffic.filters.until)}"></label>
      <button type="submit">Filter</button>
    </form>
    <c:if test="${not empty traffic.error}"><p class="error" id="traffic-error" role="alert"><c:out value="${traffic.error}"/></p></c:if>
    <c:if test="${empty traffic.error}">
      <p><a href="${fn:escapeXml(ctx)}/admin/api/traffic.csv?${fn:escapeXml(traffic.csvQuery)}" id="traffic-csv" download>Export as CSV</a> (the requests these filters select, every page)</p>
    </c:if>
  </section>
  <c:if test="${empty traffic.error}">
  <section class="card">
    <h2>Requests over time</h2>
    <p class="hint">The newest <c:out value="${traffic.sampleSize}"/> matching requests at most, per <c:out value="${traffic.chart.bucketText}"/>:
      <span class="good">answered</span>, <span class="bad">refused or failed (4xx, 5xx)</span>.</p>
    <svg id="traffic-chart" class="chart" viewBox="0 0 ${fn:escapeXml(traffic.chart.width)} ${fn:escapeXml(traffic.chart.height)}" role="img" aria-labelledby="traffic-chart-title">
      <title id="traffic-chart-title">Requests per <c:out value="${traffic.chart.bucketText}"/>, <c:out value="${traffic.chart.total}"/> in all, at most <c:out value="${traffic.chart.maxCount}"/> in one</title>
      <line class="axis" x1="${fn:escapeXml(traffic.chart.left)}" y1="${fn:escapeXml(traffic.chart.baseline)}" x2="${fn:escapeXml(traffic.chart.width)}" y2="${fn:escapeXml(traffic.chart.baseline)}"/>
      <line class="axis" x1="${fn:escapeXml(traffic.chart.left)}" y1="${fn:escapeXml(traffic.chart.top)}" x2="${fn:escapeXml(traffic.chart.left)}" y2="${fn:escapeXml(traffic.chart.baseline)}"/>
      <text x="${fn:escapeXml(traffic.chart.left - 4)}" y="${fn:escapeXml(traffic.chart.top + 10)}" text-anchor="end"><c:out value="${traffic.chart.maxCount}"/></text>
      <text x="${fn:escapeXml(traffic.chart.left - 4)}" y="${fn:escapeXml(traffic.chart.baseline)}" text-anchor="end">0</text>
      <text x="${fn:escapeXml(traffic.chart.left)}" y="${fn:escapeXml(traffic.chart.labelY)}"><c:out value="${traffic.chart.startText}"/></text>
      <text x="${fn:escapeXml(traffic.chart.width)}" y="${fn:escapeXml(traffic.chart.labelY)}" text-anchor="end"><c:out value="${traffic.chart.endText}"/></text>
      <c:forEach items="${traffic.chart.bars}" var="bar">
        <g class="bucket">
          <title><c:out value="${bar.title}"/></title>
          <c:if test="${bar.ok > 0}"><rect class="bar-good" x="${fn:escapeXml(bar.x)}" y="${fn:escapeXml(bar.okY)}" width="${fn:escapeXml(bar.width)}" height="${fn:escapeXml(bar.okHeight)}"/></c:if>
          <c:if test="${bar.errors > 0}"><rect class="bar-bad" x="${fn:escapeXml(bar.x)}" y="${fn:escapeXml(bar.errorY)}" width="${fn:escapeXml(bar.width)}" height="${fn:escapeXml(bar.errorHeight)}"/></c:if>
        </g>
      </c:forEach>
    </svg>
  </section>
  <section class="card">
    <h2>Busiest paths</h2>
    <p class="hint">Over the same requests as the chart; errors are 4xx and 5xx answers; p50 and p95 are the median and 95th percentile of the time taken.</p>
    <div class="scroll">
    <table id="traffic-stats">
      <thead><tr><th>Path</th><th class="num">Requests</th><th class="num">Errors</th><th class="num">p50 ms</th><th class="num">p95 ms</th></tr></thead>
      <tbody>
      <c:forEach items="${traffic.stats}" var="stat">
        <tr>
          <td class="wrap stats-path"><c:out value="${stat.path}"/></td>
          <td class="num"><c:out value="${stat.count}"/></td>
          <td class="num"><c:out value="${stat.errors}"/></td>
          <td class="num"><c:out value="${stat.p50Millis}"/></td>
          <td class="num"><c:out value="${stat.p95Millis}"/></td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    </div>
  </section>
  <section class="card">
    <h2>Requests</h2>
    <div class="scroll">
    <table id="traffic">
      <thead><tr><th>Time (IST)</th><th>Client IP</th><th>Method</th><th>Path</th><th class="num">Status</th><th class="num">ms</th><th>Error</th></tr></thead>
      <tbody>
      <c:forEach items="${traffic.rows}" var="row">
        <tr class="traffic-row" data-id="${fn:escapeXml(row.id)}">
          <td><c:out value="${row.time}"/></td>
          <td class="traffic-ip"><c:out value="${row.clientIp}"/></td>
          <td class="traffic-method"><c:out value="${row.method}"/></td>
          <td class="wrap traffic-path"><c:out value="${row.path}"/></td>
          <td class="num traffic-status${fn:escapeXml(row.failed ? ' bad' : '')}"><c:out value="${row.status}"/></td>
          <td class="num"><c:out value="${row.durationMillis}"/></td>
          <td><c:out value="${row.error}"/></td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    </div>
    <c:if test="${empty traffic.rows}"><p id="no-traffic">No requests match.</p></c:if>
    <nav class="pager">
      <c:if test="${traffic.hasPrevious}"><a href="${fn:escapeXml(ctx)}/app/admin/traffic?${fn:escapeXml(traffic.previousQuery)}" id="traffic-previous" rel="prev">Newer</a></c:if>
      <span>Page <c:out value="${traffic.pageShown}"/></span>
      <c:if test="${traffic.hasNext}"><a href="${fn:escapeXml(ctx)}/app/admin/traffic?${fn:escapeXml(traffic.nextQuery)}" id="traffic-next" rel="next">Older</a></c:if>
    </nav>
  </section>
  </c:if>
</main>
</body>
</html>
