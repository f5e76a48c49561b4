<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Strategy</title>
<script src="${fn:escapeXml(pageContext.request.contextPath)}/static/copy.js" defer></script>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<c:set var="strategyPath" value="${pageContext.request.contextPath}/app/strategies/${strategies.strategy.id}"/>
<main id="main" class="page">
  <section class="card" data-strategy-id="${fn:escapeXml(strategies.strategy.id)}">
    <p><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/strategies" id="back-to-strategies">All strategies</a></p>
    <h1>Strategy <span id="strategy-title"><c:out value="${strategies.strategy.name}"/></span></h1>
    <c:if test="${not empty strategies.notice}"><p class="notice" id="strategies-notice" role="status"><c:out value="${strategies.notice}"/></p></c:if>
    <c:if test="${not empty strategies.error}"><p class="error" id="strategies-error" role="alert"><c:out value="${strategies.error}"/></p></c:if>
    <p>Webhook URL: <code class="webhook-url" id="webhook-url"><c:out value="${strategies.strategy.webhookUrl}"/></code>
      <button type="button" class="quiet copy copy-webhook" data-copy="webhook-url" hidden>Copy</button><span class="hint copy-status" role="status" aria-live="polite"></span></p>
    <form method="post" action="${fn:escapeXml(strategyPath)}" id="strategy-edit-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <%@ include file="_strategy-fields.jspf" %>
      <button type="submit" id="strategy-save">Save</button>
    </form>
  </section>
  <section class="card" id="mappings">
    <h2>Symbol mappings</h2>
    <c:choose>
      <c:when test="${empty strategies.strategy.mappings}"><p id="no-mappings">No symbols yet: a webhook for an unmapped symbol is refused.</p></c:when>
      <c:otherwise>
        <div class="scroll">
        <table id="symbol-mappings">
          <thead><tr><th>Symbol</th><th>Exchange</th><th class="num">Quantity</th><th>Product</th><th></th></tr></thead>
          <tbody>
          <c:forEach items="${strategies.strategy.mappings}" var="mapping">
            <tr data-symbol="${fn:escapeXml(mapping.symbol)}">
              <td class="mapping-symbol wrap"><c:out value="${mapping.symbol}"/></td>
              <td><c:out value="${mapping.exchange}"/></td>
              <td class="num"><c:out value="${mapping.quantity}"/></td>
              <td><c:out value="${mapping.product}"/></td>
              <td>
                <form method="post" action="${fn:escapeXml(strategyPath)}/symbols/remove" class="inline">
                  <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
                  <input type="hidden" name="symbol" value="${fn:escapeXml(mapping.symbol)}">
                  <button type="submit" class="quiet remove-mapping">Remove</button>
                </form>
              </td>
            </tr>
          </c:forEach>
          </tbody>
        </table>
        </div>
      </c:otherwise>
    </c:choose>
    <form method="post" action="${fn:escapeXml(strategyPath)}/symbols" id="mapping-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <%@ include file="_symbol-fields.jspf" %>
      <button type="submit" id="mapping-add">Add or replace the mapping</button>
    </form>
  </section>
  <section class="card" id="danger-zone">
    <h2>Delete</h2>
    <form method="post" action="${fn:escapeXml(strategyPath)}/delete" id="strategy-delete-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <button type="submit" class="danger" id="strategy-delete">Delete this strategy</button>
      <p class="hint">Its webhook URL stops working at once.</p>
    </form>
  </section>
</main>
</body>
</html>
