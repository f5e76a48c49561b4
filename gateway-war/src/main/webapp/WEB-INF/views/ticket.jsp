<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Order ticket</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Order ticket</h1>
    <p class="hint">The order goes through the same checks, rate limit and order log as the API's placeorder<c:if test="${layout.analyzeMode}">, to the sandbox while analyze mode is on</c:if>.</p>
    <c:if test="${not empty form.orderId}">
      <p class="notice" id="ticket-result" role="status" data-order-id="${fn:escapeXml(form.orderId)}"><c:out value="${form.notice}"/>
        Order id <strong><c:out value="${form.orderId}"/></strong>. <a href="${fn:escapeXml(ctx)}/app/orders">See the order book</a></p>
    </c:if>
    <c:if test="${not empty form.error}">
      <div class="error" id="ticket-error" role="alert">
        <c:choose>
          <c:when test="${not empty form.errors}"><p>The order was not placed. Check these fields:</p>
            <ul><c:forEach items="${form.errors}" var="problem"><li><c:out value="${problem.key}"/>: <c:out value="${problem.value}"/></li></c:forEach></ul></c:when>
          <c:otherwise><p><c:out value="${form.error}"/></p></c:otherwise>
        </c:choose>
      </div>
    </c:if>
    <form method="post" action="${fn:escapeXml(ctx)}/app/ticket" id="ticket-form" novalidate>
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <div class="order-grid">
        <div>
          <label for="symbol">Symbol</label>
          <input id="symbol" name="symbol" required maxlength="100" autocomplete="off" value="${fn:escapeXml(form.values.symbol)}"<c:if test="${not empty form.errors.symbol}"> aria-invalid="true" aria-describedby="symbol-error"</c:if>>
          <c:if test="${not empty form.errors.symbol}"><p class="error field-error" id="symbol-error"><c:out value="${form.errors.symbol}"/></p></c:if>
        </div>
        <div>
          <label for="exchange">Exchange</label>
          <input id="exchange" name="exchange" required maxlength="16" value="${fn:escapeXml(form.values.exchange)}"<c:if test="${not empty form.errors.exchange}"> aria-invalid="true" aria-describedby="exchange-error"</c:if>>
          <c:if test="${not empty form.errors.exchange}"><p class="error field-error" id="exchange-error"><c:out value="${form.errors.exchange}"/></p></c:if>
        </div>
        <div>
          <label for="action">Action</label>
          <select id="action" name="action">
            <option value="BUY"<c:if test="${form.values.action == 'BUY'}"> selected</c:if>>BUY</option>
            <option value="SELL"<c:if test="${form.values.action == 'SELL'}"> selected</c:if>>SELL</option>
          </select>
          <c:if test="${not empty form.errors.action}"><p class="error field-error" id="action-error"><c:out value="${form.errors.action}"/></p></c:if>
        </div>
        <div>
          <label for="product">Product</label>
          <select id="product" name="product">
            <c:forEach items="${['MIS', 'CNC', 'NRML']}" var="product">
              <option value="${fn:escapeXml(product)}"<c:if test="${form.values.product == product}"> selected</c:if>><c:out value="${product}"/></option>
            </c:forEach>
          </select>
          <c:if test="${not empty form.errors.product}"><p class="error field-error" id="product-error"><c:out value="${form.errors.product}"/></p></c:if>
        </div>
      </div>
      <%@ include file="_order-price-fields.jspf" %>
      <label for="strategy">Strategy (a label for the order log)</label>
      <input id="strategy" name="strategy" maxlength="256" value="${fn:escapeXml(form.values.strategy)}">
      <c:if test="${not empty form.errors.strategy}"><p class="error field-error" id="strategy-error"><c:out value="${form.errors.strategy}"/></p></c:if>
      <input type="hidden" name="disclosed_quantity" value="${fn:escapeXml(form.values.disclosed_quantity)}">
      <button type="submit" id="ticket-submit">Place the order</button>
    </form>
  </section>
</main>
</body>
</html>
