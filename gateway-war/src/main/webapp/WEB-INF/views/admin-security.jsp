<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Security</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Security</h1>
    <p class="hint">Banned addresses are refused before anything else runs. Times are IST.</p>
    <c:if test="${not empty security.error}"><p class="error" id="security-error" role="alert"><c:out value="${security.error}"/></p></c:if>
    <h2>Banned IPs</h2>
    <c:choose>
      <c:when test="${empty security.bans}"><p id="no-bans">No address is banned.</p></c:when>
      <c:otherwise>
        <div class="scroll">
        <table id="bans">
          <thead><tr><th>IP</th><th>Reason</th><th class="num">Ban count</th><th>Banned at</th><th>Expires</th><th>Source</th><th></th></tr></thead>
          <tbody>
          <c:forEach items="${security.bans}" var="ban">
            <tr data-ip="${fn:escapeXml(ban.ip)}">
              <td class="ban-ip"><c:out value="${ban.ip}"/></td>
              <td class="wrap ban-reason"><c:out value="${ban.reason}"/></td>
              <td class="num ban-count"><c:out value="${ban.banCount}"/></td>
              <td class="ban-at"><c:out value="${ban.bannedAt}"/></td>
              <td class="ban-expiry"><c:out value="${ban.expiry}"/></td>
              <td><c:out value="${ban.source}"/></td>
              <td>
                <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/admin/security/unban" class="inline">
                  <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
                  <input type="hidden" name="ip" value="${fn:escapeXml(ban.ip)}">
                  <button type="submit" class="quiet unban">Unban</button>
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
  <section class="card">
    <h2>Ban an address</h2>
    <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/admin/security/ban" id="ban-form" class="filters">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <label>IP (IPv4 or IPv6; IPv6 bans its /64) <input type="text" name="ip" required maxlength="64" value="${fn:escapeXml(security.form.ip)}" placeholder="203.0.113.7"></label>
      <label>Reason <input type="text" name="reason" required maxlength="255" value="${fn:escapeXml(security.form.reason)}"></label>
      <label>Hours (empty: the configured length; 0: permanent) <input type="number" name="duration_hours" min="0" max="8760" step="1" value="${fn:escapeXml(security.form.durationHours)}"></label>
      <button type="submit" id="ban-submit" class="danger">Ban</button>
    </form>
  </section>
  <section class="card">
    <h2>404 tracker</h2>
    <p class="hint">Clients asking for pages that do not exist (path scanning), and the paths they tried last.</p>
    <div class="scroll">
    <table id="not-found-tracker">
      <thead><tr><th>Client</th><th class="num">404s</th><th>Window</th><th>Paths tried</th><th>Last seen</th></tr></thead>
      <tbody>
      <c:forEach items="${security.notFound}" var="tracker">
        <tr data-client="${fn:escapeXml(tracker.client)}">
          <td><c:out value="${tracker.client}"/></td>
          <td class="num"><c:out value="${tracker.count}"/></td>
          <td><c:out value="${tracker.window}"/></td>
          <td class="wrap"><ul class="tried"><c:forEach items="${tracker.tried}" var="path"><li><code><c:out value="${path}"/></code></li></c:forEach></ul></td>
          <td><c:out value="${tracker.lastSeen}"/></td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    </div>
  </section>
  <section class="card">
    <h2>Invalid API key tracker</h2>
    <p class="hint">Clients sending API keys that do not exist (key guessing); the start of each key's SHA-256, never the key.</p>
    <div class="scroll">
    <table id="invalid-key-tracker">
      <thead><tr><th>Client</th><th class="num">Invalid keys</th><th>Window</th><th>Keys tried</th><th>Last seen</th></tr></thead>
      <tbody>
      <c:forEach items="${security.invalidKeys}" var="tracker">
        <tr data-client="${fn:escapeXml(tracker.client)}">
          <td><c:out value="${tracker.client}"/></td>
          <td class="num"><c:out value="${tracker.count}"/></td>
          <td><c:out value="${tracker.window}"/></td>
          <td class="wrap"><ul class="tried"><c:forEach items="${tracker.tried}" var="key"><li><code><c:out value="${key}"/></code></li></c:forEach></ul></td>
          <td><c:out value="${tracker.lastSeen}"/></td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    </div>
  </section>
  <section class="card">
    <h2>Auto-ban settings</h2>
    <p class="hint">These are configuration keys, read when the server starts: change them in the server's configuration
      (<code>server.env</code>, system properties or <code>microprofile-config.properties</code>) and restart. Durations are ISO-8601 (PT24H is 24 hours).</p>
    <form id="autoban-form" class="autoban">
      <fieldset disabled>
        <legend>Current values (read-only)</legend>
        <c:forEach items="${security.autoBan}" var="setting">
          <label for="${fn:escapeXml(setting.id)}"><code><c:out value="${setting.key}"/></code>: <c:out value="${setting.meaning}"/></label>
          <input type="text" id="${fn:escapeXml(setting.id)}" name="${fn:escapeXml(setting.key)}" value="${fn:escapeXml(setting.value)}" readonly>
        </c:forEach>
      </fieldset>
    </form>
  </section>
</main>
</body>
</html>
