<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Trade book</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Trade book</h1>
    <p class="hint">Today's executions. <a href="${fn:escapeXml(ctx)}/app/trades" id="refresh">Refresh</a></p>
    <c:if test="${not empty tradesError}"><p class="error" id="trades-error" role="alert"><c:out value="${tradesError}"/></p></c:if>
    <div class="scroll">
    <table id="tradebook">
      <thead><tr><th>Order id</th><th>Time (IST)</th><th>Symbol</th><th>Exchange</th><th>Action</th><th>Product</th><th class="num">Qty</th><th class="num">Average price</th><th class="num">Value</th></tr></thead>
      <tbody>
      <c:forEach items="${trades}" var="trade">
        <tr data-order-id="${fn:escapeXml(trade.orderId)}">
          <td><c:out value="${trade.orderId}"/></td>
          <td><c:out value="${trade.time}"/></td>
          <td><c:out value="${trade.symbol}"/></td>
          <td><c:out value="${trade.exchange}"/></td>
          <td><c:out value="${trade.action}"/></td>
          <td><c:out value="${trade.product}"/></td>
          <td class="num"><c:out value="${trade.quantity}"/></td>
          <td class="num"><c:out value="${trade.averagePrice}"/></td>
          <td class="num"><c:out value="${trade.tradeValue}"/></td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    </div>
    <c:if test="${empty trades}"><p id="no-trades">No trades yet today.</p></c:if>
  </section>
</main>
</body>
</html>
