<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<script src="${fn:escapeXml(pageContext.request.contextPath)}/static/live.js" defer></script>
<title>Order book</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page" data-live-page="orders" data-stream-url="${fn:escapeXml(book.streamPath)}" data-live-base="${fn:escapeXml(ctx)}">
  <section class="card">
    <h1>Order book</h1>
    <c:if test="${not empty book.notice}"><p class="notice" id="orders-notice" role="status"><c:out value="${book.notice}"/></p></c:if>
    <c:if test="${not empty book.error}"><p class="error" id="orders-error" role="alert"><c:out value="${book.error}"/></p></c:if>
    <div class="grid" id="orderbook-stats">
      <p class="stat"><span class="label">Buy orders</span> <span class="value" data-stat="buy"><c:out value="${book.stats.buyOrders}"/></span></p>
      <p class="stat"><span class="label">Sell orders</span> <span class="value" data-stat="sell"><c:out value="${book.stats.sellOrders}"/></span></p>
      <p class="stat"><span class="label">Completed</span> <span class="value" data-stat="completed"><c:out value="${book.stats.completed}"/></span></p>
      <p class="stat"><span class="label">Open</span> <span class="value" data-stat="open"><c:out value="${book.stats.open}"/></span></p>
      <p class="stat"><span class="label">Rejected</span> <span class="value" data-stat="rejected"><c:out value="${book.stats.rejected}"/></span></p>
    </div>
    <c:if test="${not empty book.funds}">
    <div class="grid live-funds" id="orderbook-funds">
      <p class="stat"><span class="label">Available</span> <span class="value" data-live="funds-available"><c:out value="${book.funds.available}"/></span></p>
      <p class="stat"><span class="label">Realised P&amp;L</span> <span class="value ${fn:escapeXml(book.funds.realisedSign)}" data-live="pnl-realised"><c:out value="${book.funds.realised}"/></span></p>
      <p class="stat"><span class="label">Unrealised P&amp;L</span> <span class="value ${fn:escapeXml(book.funds.unrealisedSign)}" data-live="pnl-unrealised"><c:out value="${book.funds.unrealised}"/></span></p>
      <p class="stat"><span class="label">Total P&amp;L</span> <span class="value ${fn:escapeXml(book.funds.totalSign)}" data-live="pnl-total"><c:out value="${book.funds.total}"/></span></p>
    </div>
    </c:if>
    <p class="actions">
      <a href="${fn:escapeXml(ctx)}/app/orders" id="refresh">Refresh</a>
      <span class="hint" id="live-status" aria-live="polite"></span>
      <a href="${fn:escapeXml(ctx)}/app/ticket" class="button">New order</a>
    </p>
    <form method="post" action="${fn:escapeXml(ctx)}/app/orders/cancel-all" id="cancel-all-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <button type="submit" class="danger" id="cancel-all"<c:if test="${not book.anyOpen}"> disabled</c:if>>Cancel all open orders</button>
    </form>
    <div class="scroll">
    <table id="orderbook">
      <thead><tr><th>Order id</th><th>Time (IST)</th><th>Symbol</th><th>Exchange</th><th>Action</th><th class="num">Qty</th><th>Type</th><th>Product</th><th class="num">Price</th><th class="num">Trigger</th><th>Status</th><th>Strategy</th><th>Actions</th></tr></thead>
      <tbody>
      <c:forEach items="${book.orders}" var="order">
        <tr data-order-id="${fn:escapeXml(order.orderId)}">
          <td class="orderid"><c:out value="${order.orderId}"/></td>
          <td><c:out value="${order.time}"/></td>
          <td><c:out value="${order.symbol}"/></td>
          <td><c:out value="${order.exchange}"/></td>
          <td><c:out value="${order.action}"/></td>
          <td class="num"><c:out value="${order.quantity}"/></td>
          <td><c:out value="${order.priceType}"/></td>
          <td><c:out value="${order.product}"/></td>
          <td class="num"><c:out value="${order.price}"/></td>
          <td class="num"><c:out value="${order.triggerPrice}"/></td>
          <td class="status"><c:out value="${order.status}"/></td>
          <td><c:out value="${order.strategy}"/></td>
          <td class="row-actions"><c:if test="${order.open}">
            <a href="${fn:escapeXml(ctx)}/app/orders/${fn:escapeXml(order.pathId)}/modify" class="modify">Modify</a>
            <form method="post" action="${fn:escapeXml(ctx)}/app/orders/${fn:escapeXml(order.pathId)}/cancel" class="inline">
              <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
              <button type="submit" class="cancel quiet">Cancel</button>
            </form>
          </c:if></td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    </div>
    <c:if test="${empty book.orders}"><p id="no-orders">No orders yet today.</p></c:if>
  </section>
</main>
</body>
</html>
