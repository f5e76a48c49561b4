<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Symbol search</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Symbol search</h1>
    <form method="get" action="${fn:escapeXml(ctx)}/app/search" id="search-form" class="filters" role="search">
      <label>Symbol or name <input type="search" name="query" value="${fn:escapeXml(search.query)}" maxlength="64" placeholder="SBIN" autofocus></label>
      <label>Exchange
        <select name="exchange">
          <option value="">any</option>
          <c:forEach items="${search.exchanges}" var="exchange">
            <option value="${fn:escapeXml(exchange)}"<c:if test="${exchange == search.exchange}"> selected</c:if>><c:out value="${exchange}"/></option>
          </c:forEach>
        </select>
      </label>
      <button type="submit">Search</button>
    </form>
    <c:if test="${not empty search.error}"><p class="error" id="search-error" role="alert"><c:out value="${search.error}"/></p></c:if>
    <c:if test="${search.searched}">
      <p id="search-summary"><c:out value="${fn:length(search.rows)}"/> matching <q id="search-query"><c:out value="${search.query}"/></q><c:if test="${search.capped}"> (the first ones only: narrow the search)</c:if>.</p>
      <c:if test="${not empty search.rows}">
        <div class="scroll">
        <table id="search-results">
          <thead><tr><th>Symbol</th><th>Name</th><th>Exchange</th><th>Type</th><th>Expiry</th><th class="num">Lot</th><th><span class="visually-hidden">Order</span></th></tr></thead>
          <tbody>
          <c:forEach items="${search.rows}" var="row">
            <tr data-symbol="${fn:escapeXml(row.symbol)}" data-exchange="${fn:escapeXml(row.exchange)}">
              <td><c:out value="${row.symbol}"/></td>
              <td><c:out value="${row.name}"/></td>
              <td><c:out value="${row.exchange}"/></td>
              <td><c:out value="${row.type}"/></td>
              <td><c:out value="${row.expiry}"/></td>
              <td class="num"><c:out value="${row.lotSize}"/></td>
              <td class="actions">
                <a class="buy" href="${fn:escapeXml(ctx)}/app/ticket?${fn:escapeXml(row.buyQuery)}">Buy</a>
                <a class="sell" href="${fn:escapeXml(ctx)}/app/ticket?${fn:escapeXml(row.sellQuery)}">Sell</a>
              </td>
            </tr>
          </c:forEach>
          </tbody>
        </table>
        </div>
      </c:if>
    </c:if>
  </section>
</main>
</body>
</html>
