<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>AlgoGate dashboard</title>
<script src="${fn:escapeXml(pageContext.request.contextPath)}/static/live.js" defer></script>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page" data-live-page="dashboard" data-stream-url="${fn:escapeXml(layout.streamPath)}" data-live-base="${fn:escapeXml(ctx)}">
  <section class="card" aria-labelledby="broker-heading">
    <h1 id="broker-heading">Dashboard</h1>
    <div class="split">
      <div>
        <h2>Broker</h2>
        <p><c:choose><c:when test="${dashboard.brokerConnected}">Connected to</c:when><c:otherwise>Not connected to</c:otherwise></c:choose>
          <strong id="broker" data-broker-id="${fn:escapeXml(dashboard.brokerId)}" data-connected="${fn:escapeXml(dashboard.brokerConnected)}"><c:out value="${dashboard.brokerName}"/></strong>.
          <a href="${fn:escapeXml(ctx)}/app/broker" id="broker-link"><c:choose><c:when test="${dashboard.brokerConnected}">Broker session</c:when><c:otherwise>Log in to the broker again</c:otherwise></c:choose></a>
          <a href="${fn:escapeXml(ctx)}/app/dashboard" id="dashboard-refresh" class="refresh">Refresh</a></p>
        <c:if test="${not empty dashboard.brokerMessage}"><p class="error" id="broker-message" role="alert"><c:out value="${dashboard.brokerMessage}"/></p></c:if>
      </div>
      <div id="analyzer">
        <h2>Analyze mode</h2>
        <c:if test="${not empty dashboard.analyzerError}"><p class="error" id="analyzer-error" role="alert"><c:out value="${dashboard.analyzerError}"/></p></c:if>
        <p id="analyzer-state"><c:choose>
          <c:when test="${dashboard.analyzeMode}"><strong>On</strong>: orders go to the sandbox; your broker stays connected and receives nothing.</c:when>
          <c:otherwise><strong>Off</strong>: orders go to <c:out value="${dashboard.brokerName}"/>.</c:otherwise>
        </c:choose></p>
        <form method="post" action="${fn:escapeXml(ctx)}/app/analyzer" id="analyzer-form">
          <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
          <input type="hidden" name="mode" value="${fn:escapeXml(dashboard.analyzerNext)}">
          <button type="submit" id="analyzer-toggle" aria-pressed="${fn:escapeXml(dashboard.analyzeMode)}"><c:choose><c:when test="${dashboard.analyzeMode}">Switch analyze mode off</c:when><c:otherwise>Switch analyze mode on</c:otherwise></c:choose></button>
        </form>
      </div>
    </div>
  </section>

  <section class="card" id="funds" aria-labelledby="funds-heading">
    <h2 id="funds-heading">Funds and P&amp;L</h2>
    <c:if test="${not empty dashboard.fundsMessage}"><p class="error" id="funds-message" role="alert"><c:out value="${dashboard.fundsMessage}"/></p></c:if>
    <c:if test="${dashboard.funds != null}">
    <div class="grid tight">
      <p class="stat"><span class="label">Available cash</span><span class="value" data-live="funds-available"><c:out value="${dashboard.funds.availableCash}"/></span></p>
      <p class="stat"><span class="label">Used margin</span><span class="value" id="funds-used"><c:out value="${dashboard.funds.usedMargin}"/></span></p>
      <p class="stat"><span class="label">Realised P&amp;L</span><span class="value ${fn:escapeXml(dashboard.funds.realisedTone)}" data-live="pnl-realised"><c:out value="${dashboard.funds.realised}"/></span></p>
      <p class="stat"><span class="label">Unrealised P&amp;L</span><span class="value ${fn:escapeXml(dashboard.funds.unrealisedTone)}" data-live="pnl-unrealised"><c:out value="${dashboard.funds.unrealised}"/></span></p>
      <p class="stat"><span class="label">Total P&amp;L</span><span class="value ${fn:escapeXml(dashboard.funds.totalTone)}" data-live="pnl-total"><c:out value="${dashboard.funds.total}"/></span></p>
    </div>
    </c:if>
  </section>

  <section class="card" aria-labelledby="pnl-heading">
    <h2 id="pnl-heading">Intraday P&amp;L<c:if test="${not empty dashboard.pnlChart.latest}">: <span id="pnl-latest" class="${fn:escapeXml(dashboard.pnlChart.latestTone)}"><c:out value="${dashboard.pnlChart.latest}"/></span></c:if></h2>
    <c:set var="chart" value="${dashboard.pnlChart.chart}"/>
    <svg id="pnl-chart" class="chart" viewBox="${fn:escapeXml(chart.viewBox)}" role="img" aria-labelledby="pnl-chart-title pnl-chart-desc" data-samples="${fn:escapeXml(dashboard.pnlChart.sampleCount)}">
      <title id="pnl-chart-title">Total P&amp;L today</title>
      <desc id="pnl-chart-desc"><c:out value="${dashboard.pnlChart.description}"/></desc>
      <line class="axis" x1="${fn:escapeXml(chart.left)}" y1="${fn:escapeXml(chart.top)}" x2="${fn:escapeXml(chart.left)}" y2="${fn:escapeXml(chart.bottom)}"/>
      <line class="axis" x1="${fn:escapeXml(chart.left)}" y1="${fn:escapeXml(chart.bottom)}" x2="${fn:escapeXml(chart.right)}" y2="${fn:escapeXml(chart.bottom)}"/>
      <text x="${fn:escapeXml(chart.left - 6)}" y="${fn:escapeXml(chart.top + 4)}" text-anchor="end"><c:out value="${dashboard.pnlChart.topLabel}"/></text>
      <text x="${fn:escapeXml(chart.left - 6)}" y="${fn:escapeXml(chart.bottom)}" text-anchor="end"><c:out value="${dashboard.pnlChart.bottomLabel}"/></text>
      <text x="${fn:escapeXml(chart.left)}" y="${fn:escapeXml(chart.bottom + 16)}"><c:out value="${dashboard.pnlChart.startLabel}"/></text>
      <text x="${fn:escapeXml(chart.right)}" y="${fn:escapeXml(chart.bottom + 16)}" text-anchor="end"><c:out value="${dashboard.pnlChart.endLabel}"/></text>
      <c:choose>
        <c:when test="${not chart.plotted}">
          <text x="${fn:escapeXml((chart.left + chart.right) / 2)}" y="${fn:escapeXml((chart.top + chart.bottom) / 2)}" text-anchor="middle" class="empty">No samples yet today: one is taken each minute while the market is open.</text>
        </c:when>
        <c:otherwise>
          <line class="zero" x1="${fn:escapeXml(chart.left)}" y1="${fn:escapeXml(chart.zeroY)}" x2="${fn:escapeXml(chart.right)}" y2="${fn:escapeXml(chart.zeroY)}"/>
          <c:if test="${not empty chart.path}"><path class="series" d="${fn:escapeXml(chart.path)}"/></c:if>
          <circle class="last" cx="${fn:escapeXml(chart.lastX)}" cy="${fn:escapeXml(chart.lastY)}" r="3"/>
        </c:otherwise>
      </c:choose>
    </svg>
  </section>

  <section class="card" aria-labelledby="orders-heading">
    <h2 id="orders-heading">Today's orders: <span id="orders-today"><c:out value="${dashboard.todaysOrderCount}"/></span></h2>
    <c:choose>
      <c:when test="${empty dashboard.orders}"><p id="no-orders">No orders yet today.</p></c:when>
      <c:otherwise>
        <p class="hint">The newest <c:out value="${fn:length(dashboard.orders)}"/>; the <a href="${fn:escapeXml(ctx)}/app/orders">order book</a> has them all.</p>
        <div class="scroll">
        <table id="orders">
          <thead><tr><th>Order id</th><th>Time (IST)</th><th>Symbol</th><th>Exchange</th><th>Action</th><th class="num">Qty</th><th>Type</th><th>Product</th><th class="num">Price</th><th>Status</th><th>Strategy</th></tr></thead>
          <tbody>
          <c:forEach items="${dashboard.orders}" var="order">
            <tr>
              <td class="orderid"><c:out value="${order.orderId}"/></td>
              <td><c:out value="${order.time}"/></td>
              <td><c:out value="${order.symbol}"/></td>
              <td><c:out value="${order.exchange}"/></td>
              <td><c:out value="${order.action}"/></td>
              <td class="num"><c:out value="${order.quantity}"/></td>
              <td><c:out value="${order.priceType}"/></td>
              <td><c:out value="${order.product}"/></td>
              <td class="num"><c:out value="${order.price}"/></td>
              <td><c:out value="${order.status}"/></td>
              <td><c:out value="${order.strategy}"/></td>
            </tr>
          </c:forEach>
          </tbody>
        </table>
        </div>
      </c:otherwise>
    </c:choose>
  </section>
</main>
</body>
</html>
