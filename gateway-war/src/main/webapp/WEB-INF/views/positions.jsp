<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Positions</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Positions</h1>
    <p class="hint">Today's net positions at the broker orders go to. Closing places a market order. <a href="${fn:escapeXml(ctx)}/app/positions" id="positions-refresh">Refresh</a></p>
    <c:if test="${not empty positions.notice}"><p class="notice" id="positions-notice" role="status"><c:out value="${positions.notice}"/></p></c:if>
    <c:if test="${not empty positions.error}"><p class="error" id="positions-error" role="alert"><c:out value="${positions.error}"/></p></c:if>
    <c:choose>
      <c:when test="${empty positions.rows}"><p id="no-positions">No positions today.</p></c:when>
      <c:otherwise>
        <div class="scroll">
        <table id="positions">
          <thead><tr><th>Symbol</th><th>Exchange</th><th>Product</th><th class="num">Qty</th><th>Side</th><th class="num">Avg price</th><th class="num">LTP</th><th class="num">P&amp;L</th><th><span class="visually-hidden">Close</span></th></tr></thead>
          <tbody>
          <c:forEach items="${positions.rows}" var="row">
            <tr data-symbol="${fn:escapeXml(row.symbol)}" data-exchange="${fn:escapeXml(row.exchange)}" data-product="${fn:escapeXml(row.product)}">
              <td><c:out value="${row.symbol}"/></td>
              <td><c:out value="${row.exchange}"/></td>
              <td><c:out value="${row.product}"/></td>
              <td class="num quantity"><c:out value="${row.quantity}"/></td>
              <td><c:out value="${row.side}"/></td>
              <td class="num"><c:out value="${row.averagePrice}"/></td>
              <td class="num"><c:out value="${row.ltp}"/></td>
              <td class="num pnl ${fn:escapeXml(row.pnlTone)}"><c:out value="${row.pnl}"/></td>
              <td>
                <c:if test="${row.open}">
                <form method="post" action="${fn:escapeXml(ctx)}/app/positions/close" class="inline">
                  <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
                  <input type="hidden" name="exchange" value="${fn:escapeXml(row.exchange)}">
                  <input type="hidden" name="symbol" value="${fn:escapeXml(row.symbol)}">
                  <input type="hidden" name="product" value="${fn:escapeXml(row.product)}">
                  <button type="submit" class="close-position quiet" aria-label="Close ${fn:escapeXml(row.symbol)} ${fn:escapeXml(row.product)}">Close</button>
                </form>
                </c:if>
              </td>
            </tr>
          </c:forEach>
          </tbody>
          <tfoot><tr><th colspan="7">Total</th><td class="num ${fn:escapeXml(positions.totalPnlTone)}" id="positions-total"><c:out value="${positions.totalPnl}"/></td><td></td></tr></tfoot>
        </table>
        </div>
      </c:otherwise>
    </c:choose>
    <form method="post" action="${fn:escapeXml(ctx)}/app/positions/close-all" id="close-all-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <button type="submit" class="danger" id="close-all"<c:if test="${not positions.anyOpen}"> disabled</c:if>>Close all positions</button>
    </form>
  </section>
</main>
</body>
</html>
