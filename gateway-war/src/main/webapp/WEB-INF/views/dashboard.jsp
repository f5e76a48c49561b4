<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>AlgoGate dashboard</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h2>Broker</h2>
    <p><c:choose><c:when test="${dashboard.brokerConnected}">Connected</c:when><c:otherwise>Not connected</c:otherwise></c:choose>:
      <strong id="broker" data-broker-id="${fn:escapeXml(dashboard.brokerId)}" data-connected="${fn:escapeXml(dashboard.brokerConnected)}"><c:out value="${dashboard.brokerName}"/></strong>
      <a href="${fn:escapeXml(pageContext.request.contextPath)}/app/broker" id="broker-link"><c:choose><c:when test="${dashboard.brokerConnected}">Session</c:when><c:otherwise>Log in to the broker</c:otherwise></c:choose></a></p>
    <c:if test="${not empty dashboard.brokerMessage}"><p class="error" id="broker-message" role="alert"><c:out value="${dashboard.brokerMessage}"/></p></c:if>
  </section>
  <section class="card">
    <h2>Orders</h2>
    <c:choose>
      <c:when test="${empty dashboard.orders}"><p id="no-orders">No orders yet today.</p></c:when>
      <c:otherwise>
        <div class="scroll">
        <table id="orders">
          <thead><tr><th>Order id</th><th>Time</th><th>Symbol</th><th>Exchange</th><th>Action</th><th>Qty</th><th>Type</th><th>Product</th><th>Price</th><th>Status</th><th>Strategy</th></tr></thead>
          <tbody>
          <c:forEach items="${dashboard.orders}" var="order">
            <tr>
              <td class="orderid"><c:out value="${order.orderId}"/></td>
              <td><c:out value="${order.time}"/></td>
              <td><c:out value="${order.symbol}"/></td>
              <td><c:out value="${order.exchange}"/></td>
              <td><c:out value="${order.action}"/></td>
              <td><c:out value="${order.quantity}"/></td>
              <td><c:out value="${order.priceType}"/></td>
              <td><c:out value="${order.product}"/></td>
              <td><c:out value="${order.price}"/></td>
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
