<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Two-factor authentication</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="card page">
  <h1>Two-factor authentication</h1>
  <c:if test="${not empty totp.notice}"><p class="notice" id="totp-notice" role="status"><c:out value="${totp.notice}"/></p></c:if>
  <c:if test="${not empty totp.error}"><p class="error" id="totp-error" role="alert"><c:out value="${totp.error}"/></p></c:if>
  <c:choose>
    <c:when test="${not empty totp.secret}">
      <p>Scan this code with your authenticator app, or type the key, then enter the code it shows.</p>
      <img id="totp-qr" src="${fn:escapeXml(totp.qrCode)}" alt="QR code of the two-factor key" width="240" height="240">
      <p>Key: <code id="totp-secret"><c:out value="${totp.secret}"/></code></p>
      <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/totp/confirm">
        <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
        <label for="code">Code</label>
        <input id="code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code">
        <button type="submit">Turn on</button>
      </form>
    </c:when>
    <c:when test="${totp.enabled}">
      <p id="totp-status">Two-factor is on.</p>
      <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/totp/purposes">
        <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
        <label><input type="checkbox" name="login" value="on" <c:if test="${totp.requiredForLogin}">checked</c:if>> Require a code at login</label>
        <label><input type="checkbox" name="reset" value="on" <c:if test="${totp.requiredForReset}">checked</c:if>> Require a code to reset the password</label>
        <label><input type="checkbox" name="apikey" value="on" <c:if test="${totp.requiredForApiKey}">checked</c:if>> Require a code to make a new API key</label>
        <label for="purposes-code">Current code</label>
        <input id="purposes-code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6">
        <button type="submit">Save</button>
      </form>
      <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/totp/disable">
        <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
        <label for="disable-code">Current code</label>
        <input id="disable-code" name="code" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6">
        <button type="submit">Turn off</button>
      </form>
    </c:when>
    <c:otherwise>
      <p id="totp-status">Two-factor is off.</p>
      <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/profile/totp/begin">
        <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
        <button type="submit">Set up</button>
      </form>
    </c:otherwise>
  </c:choose>
</main>
</body>
</html>
