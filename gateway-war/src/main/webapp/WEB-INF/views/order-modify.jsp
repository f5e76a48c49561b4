<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Modify an order</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Modify order <c:out value="${form.orderId}"/></h1>
    <p id="modify-order" data-order-id="${fn:escapeXml(form.orderId)}"><c:out value="${form.order.action}"/> <c:out value="${form.order.symbol}"/>
      (<c:out value="${form.order.exchange}"/>, <c:out value="${form.order.product}"/>), now
      <c:out value="${form.order.quantity}"/> at <c:out value="${form.order.price}"/>, <c:out value="${form.order.status}"/>.</p>
    <c:if test="${not empty form.error}">
      <div class="error" id="modify-error" role="alert">
        <p><c:out value="${form.error}"/></p>
      </div>
    </c:if>
    <form method="post" action="${fn:escapeXml(ctx)}/app/orders/${fn:escapeXml(form.order.pathId)}/modify" id="modify-form" novalidate>
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <input type="hidden" name="strategy" value="${fn:escapeXml(form.values.strategy)}">
      <input type="hidden" name="exchange" value="${fn:escapeXml(form.values.exchange)}">
      <input type="hidden" name="symbol" value="${fn:escapeXml(form.values.symbol)}">
      <input type="hidden" name="action" value="${fn:escapeXml(form.values.action)}">
      <input type="hidden" name="product" value="${fn:escapeXml(form.values.product)}">
      <input type="hidden" name="disclosed_quantity" value="${fn:escapeXml(form.values.disclosed_quantity)}">
      <%@ include file="_order-price-fields.jspf" %>
      <button type="submit" id="modify-submit">Modify the order</button>
      <a href="${fn:escapeXml(ctx)}/app/orders" class="button quiet-link">Back to the order book</a>
    </form>
  </section>
</main>
</body>
</html>
