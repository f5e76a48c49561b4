<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Profile</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Profile</h1>
    <p>Signed in as <strong id="profile-username"><c:out value="${profile.username}"/></strong>
      (<span id="profile-email"><c:out value="${profile.email}"/></span>).</p>
    <c:if test="${not empty profile.notice}"><p class="notice" id="profile-notice" role="status"><c:out value="${profile.notice}"/></p></c:if>
    <c:if test="${not empty profile.error}"><p class="error" id="profile-error" role="alert"><c:out value="${profile.error}"/></p></c:if>
  </section>

  <section class="card" id="password">
    <h2>Password</h2>
    <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/password" id="password-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <label for="current">Current password</label>
      <input id="current" name="current" type="password" required maxlength="128" autocomplete="current-password">
      <label for="new-password">New password</label>
      <input id="new-password" name="password" type="password" required minlength="8" maxlength="128" autocomplete="new-password">
      <label for="confirm-password">New password again</label>
      <input id="confirm-password" name="confirm" type="password" required minlength="8" maxlength="128" autocomplete="new-password">
      <button type="submit" id="password-submit">Change the password</button>
      <p class="hint">Your other sessions end; this one stays.</p>
    </form>
  </section>

  <section class="card" id="twofactor">
    <h2>Two-factor authentication</h2>
    <c:choose>
      <c:when test="${profile.totpEnabled}">
        <p id="twofactor-state" data-enabled="true">Two-factor is on. <a href="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/totp" id="totp-setup-link">Manage or turn it off</a>.</p>
      </c:when>
      <c:otherwise>
        <p id="twofactor-state" data-enabled="false">Two-factor is off. <a href="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/totp" id="totp-setup-link">Set it up with an authenticator app (QR code)</a>, then choose below where it is needed.</p>
      </c:otherwise>
    </c:choose>
    <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/twofactor" id="twofactor-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <fieldset class="switches"<c:if test="${not profile.totpEnabled}"> disabled</c:if>>
        <legend>Ask for the code</legend>
        <label class="switch"><input type="checkbox" name="login" value="on" id="twofactor-login"<c:if test="${profile.totpForLogin}"> checked</c:if>> at login</label>
        <label class="switch"><input type="checkbox" name="reset" value="on" id="twofactor-reset"<c:if test="${profile.totpForReset}"> checked</c:if>> to reset a forgotten password</label>
        <label class="switch"><input type="checkbox" name="apikey" value="on" id="twofactor-apikey"<c:if test="${profile.totpForApiKey}"> checked</c:if>> to make a new API key</label>
        <label for="twofactor-code">Current code from your app</label>
        <input id="twofactor-code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code">
        <button type="submit" id="twofactor-submit">Save</button>
      </fieldset>
    </form>
  </section>

  <c:if test="${profile.admin}">
  <section class="card" id="smtp">
    <h2>Mail server (SMTP)</h2>
    <p class="hint">Password reset mail goes out through this server.<c:if test="${not smtp.configured}"> <strong id="smtp-unset">Not set up yet.</strong></c:if></p>
    <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/smtp" id="smtp-form" autocomplete="off">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <div class="grid">
        <div>
          <label for="smtp-host">Host</label>
          <input id="smtp-host" name="host" required maxlength="255" value="${fn:escapeXml(smtp.host)}">
        </div>
        <div>
          <label for="smtp-port">Port</label>
          <input id="smtp-port" name="port" required inputmode="numeric" pattern="[0-9]{1,5}" maxlength="5" value="${fn:escapeXml(smtp.port)}">
        </div>
        <div>
          <label for="smtp-security">Encryption</label>
          <select id="smtp-security" name="security">
            <c:forEach items="${smtp.securityModes}" var="mode">
              <option value="${fn:escapeXml(mode)}"<c:if test="${mode == smtp.security}"> selected</c:if>><c:out value="${mode}"/></option>
            </c:forEach>
          </select>
        </div>
        <div>
          <label for="smtp-username">Username (empty: no login)</label>
          <input id="smtp-username" name="username" maxlength="255" value="${fn:escapeXml(smtp.username)}">
        </div>
        <div>
          <label for="smtp-password">Password</label>
          <input id="smtp-password" name="password" type="password" maxlength="255" autocomplete="new-password"
            placeholder="${fn:escapeXml(smtp.passwordSet ? 'unchanged' : 'none set')}">
        </div>
        <div>
          <label for="smtp-from">From address</label>
          <input id="smtp-from" name="from" type="email" required maxlength="254" value="${fn:escapeXml(smtp.from)}">
        </div>
      </div>
      <p class="hint">Leave the password empty to keep the stored one; it is never shown.</p>
      <button type="submit" id="smtp-save">Save</button>
    </form>
    <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/smtp/test" id="smtp-test-form">
      <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
      <button type="submit" class="quiet" id="smtp-test"<c:if test="${not smtp.configured}"> disabled</c:if>>Send a test mail to <c:out value="${profile.email}"/></button>
    </form>
  </section>
  </c:if>
</main>
</body>
</html>
