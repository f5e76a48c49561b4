<%@ page contentType="text/html;charset=UTF-8" session="false" %><!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="_head.jspf" %>
<title>Broker login</title>
</head>
<body data-theme="${fn:escapeXml(cookie.algogate_theme.value)}">
<%@ include file="_nav.jspf" %>
<main id="main" class="page">
  <section class="card">
    <h1>Broker: <span id="broker-name"><c:out value="${broker.brokerName}"/></span></h1>
    <c:if test="${not empty broker.notice}"><p class="notice" id="broker-notice" role="status"><c:out value="${broker.notice}"/></p></c:if>
    <c:if test="${not empty broker.error}"><p class="error" id="broker-error" role="alert"><c:out value="${broker.error}"/></p></c:if>
    <c:choose>
      <c:when test="${broker.connected}">
        <p id="broker-state" data-connected="true">Connected<c:if test="${not empty broker.userAtBroker}"> as <strong><c:out value="${broker.userAtBroker}"/></strong></c:if><c:if test="${not empty broker.connectedUntil}"> until <c:out value="${broker.connectedUntil}"/></c:if>.</p>
      </c:when>
      <c:otherwise>
        <p id="broker-state" data-connected="false">Not connected: API calls answer "Broker session expired" until you log in.</p>
      </c:otherwise>
    </c:choose>
    <c:choose>
      <c:when test="${broker.loginKind == 'redirect'}">
        <p><a class="button" id="broker-login" href="${fn:escapeXml(pageContext.request.contextPath)}/app/broker/login">Log in at <c:out value="${broker.brokerName}"/></a></p>
      </c:when>
      <c:when test="${broker.loginKind == 'form'}">
        <form method="post" action="${fn:escapeXml(pageContext.request.contextPath)}/app/broker/callback" id="broker-form" autocomplete="off">
          <input type="hidden" name="${fn:escapeXml(mvc.csrf.name)}" value="${fn:escapeXml(mvc.csrf.token)}">
          <c:forEach items="${broker.fields}" var="field">
            <label><c:out value="${field.label}"/>
              <input name="${fn:escapeXml(field.name)}" type="${fn:escapeXml(field.secret ? 'password' : 'text')}" required>
            </label>
          </c:forEach>
          <button type="submit">Log in</button>
        </form>
      </c:when>
      <c:otherwise>
        <p>This broker needs no login: its session starts when you log in to the dashboard.</p>
      </c:otherwise>
    </c:choose>
  </section>
</main>
</body>
</html>
