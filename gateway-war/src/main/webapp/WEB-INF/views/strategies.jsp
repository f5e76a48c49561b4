<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Strategies</title>
<script src="${fn:escapeXml(pageContext.request.contextPath)}/static/copy.js" defer></script>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Strategies</h1>
    <p class="hint">Each strategy has its own webhook URL: point TradingView, Amibroker or any alert at it with a JSON body such as
      <code>{"symbol": "SBIN", "action": "BUY"}</code>. The symbol must be mapped below; the URL is the credential, so keep it private.</p>
    <c:if test="${not empty strategies.notice}"><p class="notice" id="strategies-notice" role="status"><c:out value="${strategies.notice}"/></p></c:if>
    <c:if test="${not empty strategies.error}"><p class="error" id="strategies-error" role="alert"><c:out value="${strategies.error}"/></p></c:if>
    <c:choose>
      <c:when test="${empty strategies.rows}"><p id="no-strategies">No strategies yet: create one below.</p></c:when>
      <c:otherwise>
        <div class="scroll">
        <table id="strategies">
          <thead><tr><th>Name</th><th>Mode</th><th>Window</th><th>Symbols</th><th>State</th><th>Webhook URL</th><th>Actions</th></tr></thead>
          <tbody>
          <c:forEach items="${strategies.rows}" var="row">
            <tr data-strategy-id="${fn:escapeXml(row.id)}">
              <td class="strategy-name wrap"><a href="${fn:escapeXml(pageContext.request.contextPath)}/app/strategies/${fn:escapeXml(row.id)}"><c:out value="${row.name}"/></a></td>
              <td><c:out value="${row.tradingMode}"/></td>
              <td><c:out value="${row.window}"/></td>
              <td class="wrap"><c:forEach items="${row.mappings}" var="mapping" varStatus="at"><c:if test="${not at.first}">, </c:if><span class="mapping-symbol"><c:out value="${mapping.symbol}"/></span></c:forEach></td>
              <td class="strategy-state ${fn:escapeXml(row.active ? 'good' : 'bad')}"><c:out value="${row.active ? 'on' : 'off'}"/></td>
              <td class="wrap"><code class="webhook-url" id="webhook-url-${fn:escapeXml(row.id)}"><c:out value="${row.webhookUrl}"/></code>
                <button type="button" class="quiet copy copy-webhook" data-copy="webhook-url-${fn:escapeXml(row.id)}" hidden>Copy</button><span class="hint copy-status" role="status" aria-live="polite"></span></td>
              <td class="actions">
                <a href="${fn:escapeXml(pageContext.request.contextPath)}/app/strategies/${fn:escapeXml(row.id)}" class="edit-strategy">Edit</a>
                <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/strategies/${fn:escapeXml(row.id)}/active" class="inline">
                  <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
                  <input type="hidden" name="active" value="${fn:escapeXml(not row.active)}">
                  <button type="submit" class="quiet toggle-strategy"><c:out value="${row.active ? 'Switch off' : 'Switch on'}"/></button>
                </form>
              </td>
            </tr>
          </c:forEach>
          </tbody>
        </table>
        </div>
      </c:otherwise>
    </c:choose>
  </section>
  <section class="card" id="new-strategy">
    <h2>New strategy</h2>
    <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/strategies" id="strategy-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <%@ include file="_strategy-fields.jspf" %>
      <fieldset>
        <legend>First symbol mapping (optional; add more later)</legend>
        <%@ include file="_symbol-fields.jspf" %>
      </fieldset>
      <button type="submit" id="strategy-create">Create the strategy</button>
    </form>
  </section>
</main>
</body>
</html>
