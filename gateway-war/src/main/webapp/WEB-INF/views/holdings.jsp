<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Holdings</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Holdings</h1>
    <c:if test="${not empty holdings.error}"><p class="error" id="holdings-error" role="alert"><c:out value="${holdings.error}"/></p></c:if>
    <div class="grid" id="holdings-totals">
      <p class="stat"><span class="label">Holding value</span><span class="value" id="holdings-value"><c:out value="${holdings.holdingValue}"/></span></p>
      <p class="stat"><span class="label">Invested</span><span class="value" id="holdings-investment"><c:out value="${holdings.investment}"/></span></p>
      <p class="stat"><span class="label">P&amp;L</span><span class="value ${fn:escapeXml(holdings.pnlTone)}" id="holdings-pnl"><c:out value="${holdings.pnl}"/> (<c:out value="${holdings.pnlPercent}"/>)</span></p>
    </div>
    <c:choose>
      <c:when test="${empty holdings.rows}"><p id="no-holdings">No holdings. A delivery (CNC) buy becomes a holding the next trading day.</p></c:when>
      <c:otherwise>
        <div class="scroll">
        <table id="holdings">
          <thead><tr><th>Symbol</th><th>Exchange</th><th>Product</th><th class="num">Qty</th><th class="num">Avg price</th><th class="num">LTP</th><th class="num">P&amp;L</th><th class="num">P&amp;L %</th></tr></thead>
          <tbody>
          <c:forEach items="${holdings.rows}" var="row">
            <tr data-symbol="${fn:escapeXml(row.symbol)}">
              <td><c:out value="${row.symbol}"/></td>
              <td><c:out value="${row.exchange}"/></td>
              <td><c:out value="${row.product}"/></td>
              <td class="num"><c:out value="${row.quantity}"/></td>
              <td class="num"><c:out value="${row.averagePrice}"/></td>
              <td class="num"><c:out value="${row.ltp}"/></td>
              <td class="num ${fn:escapeXml(row.pnlTone)}"><c:out value="${row.pnl}"/></td>
              <td class="num ${fn:escapeXml(row.pnlTone)}"><c:out value="${row.pnlPercent}"/></td>
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
