/*
 * Live updates for the dashboard's pages, without a reload. A page opts in with data-live-page on
 * <main> (or <body>); data-stream-url names the socket's path (same origin), data-live-base the
 * context path. The socket is OpenAlgo's stream, which authenticates a live dashboard session at the
 * handshake, so no API key is ever in the page. On an order update the order book's rows and the
 * funds are fetched as JSON from session-authenticated GETs and rebuilt with textContent, never as
 * HTML. The funds are also polled every 5 s while the page is visible (P&L moves with prices); the
 * order book is polled too whenever the socket is not subscribed, and in analyze mode, whose sandbox
 * orders do not reach the stream of a live broker. Without JavaScript the page's Refresh link remains.
 */
(function () {
  'use strict';

  var root = document.querySelector('[data-live-page]');
  if (!root || !window.fetch) {
    return;
  }
  var base = root.getAttribute('data-live-base') || '';
  var streamPath = root.getAttribute('data-stream-url');
  var POLL_MILLIS = 5000;
  var subscribed = false;
  var retryMillis = 2000;

  function say(text) {
    var status = document.getElementById('live-status');
    if (status) {
      status.textContent = text;
    }
  }

  function getJson(path) {
    return fetch(base + path, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function signOf(text) {
    var value = Number(text);
    return value > 0 ? 'good' : value < 0 ? 'bad' : 'flat';
  }

  function refreshSummary() {
    var targets = document.querySelectorAll('[data-live]');
    if (targets.length === 0) {
      return;
    }
    getJson('/app/live/summary').then(function (body) {
      Array.prototype.forEach.call(targets, function (element) {
        var name = element.getAttribute('data-live');
        var value = body.data && body.data[name];
        if (typeof value !== 'string') {
          return;
        }
        element.textContent = value;
        if (name.indexOf('pnl-') === 0) {
          element.classList.remove('good', 'bad', 'flat');
          element.classList.add(signOf(value));
        }
      });
    }).catch(function () { /* the next poll tries again */ });
  }

  function cell(text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  /** The page's own CSRF field (name and token), copied into each rebuilt cancel form. */
  function csrfField() {
    var field = document.querySelector('#cancel-all-form input[type="hidden"]');
    return field ? { name: field.name, value: field.value } : null;
  }

  function actionsCell(order, csrf) {
    var td = cell('', 'row-actions');
    if (!order.open || !csrf) {
      return td;
    }
    var path = base + '/app/orders/' + encodeURIComponent(order.orderid);
    var modify = document.createElement('a');
    modify.href = path + '/modify';
    modify.className = 'modify';
    modify.textContent = 'Modify';
    var form = document.createElement('form');
    form.method = 'post';
    form.action = path + '/cancel';
    form.className = 'inline';
    var token = document.createElement('input');
    token.type = 'hidden';
    token.name = csrf.name;
    token.value = csrf.value;
    var button = document.createElement('button');
    button.type = 'submit';
    button.className = 'cancel quiet';
    button.textContent = 'Cancel';
    form.appendChild(token);
    form.appendChild(button);
    td.appendChild(modify);
    td.appendChild(document.createTextNode(' '));
    td.appendChild(form);
    return td;
  }

  function orderRow(order, csrf) {
    var tr = document.createElement('tr');
    tr.setAttribute('data-order-id', order.orderid);
    tr.appendChild(cell(order.orderid, 'orderid'));
    tr.appendChild(cell(order.time));
    tr.appendChild(cell(order.symbol));
    tr.appendChild(cell(order.exchange));
    tr.appendChild(cell(order.action));
    tr.appendChild(cell(order.quantity, 'num'));
    tr.appendChild(cell(order.pricetype));
    tr.appendChild(cell(order.product));
    tr.appendChild(cell(order.price, 'num'));
    tr.appendChild(cell(order.trigger_price, 'num'));
    tr.appendChild(cell(order.status, 'status'));
    tr.appendChild(cell(order.strategy));
    tr.appendChild(actionsCell(order, csrf));
    return tr;
  }

  function refreshOrders() {
    var table = document.getElementById('orderbook');
    if (!table) {
      return;
    }
    getJson('/app/live/orders').then(function (body) {
      var csrf = csrfField();
      var rows = document.createElement('tbody');
      body.orders.forEach(function (order) {
        rows.appendChild(orderRow(order, csrf));
      });
      table.replaceChild(rows, table.tBodies[0]);
      Object.keys(body.stats).forEach(function (name) {
        var stat = document.querySelector('#orderbook-stats [data-stat="' + name + '"]');
        if (stat) {
          stat.textContent = String(body.stats[name]);
        }
      });
      var none = document.getElementById('no-orders');
      if (none) {
        none.hidden = body.orders.length > 0;
      }
      var cancelAll = document.getElementById('cancel-all');
      if (cancelAll) {
        cancelAll.disabled = body.stats.open === 0;
      }
    }).catch(function () { /* the Refresh link still works */ });
  }

  function poll() {
    if (document.hidden) {
      return;
    }
    refreshSummary();
    if (!subscribed || document.getElementById('analyze-banner')) {
      refreshOrders();
    }
  }

  function connect() {
    if (!streamPath || !window.WebSocket) {
      return;
    }
    var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + streamPath);
    socket.onmessage = function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (notJson) {
        return;
      }
      if (message.type === 'auth' && message.status === 'success') {
        socket.send(JSON.stringify({ action: 'subscribe_orders' }));
      } else if (message.type === 'subscribe_orders') {
        subscribed = message.status === 'success';
        root.setAttribute('data-live-state', subscribed ? 'socket' : 'polling');
        say(subscribed ? 'Live' : 'Updating every 5 s');
        retryMillis = 2000;
      } else if (message.type === 'order_update') {
        refreshOrders();
        refreshSummary();
      }
    };
    socket.onclose = function () {
      subscribed = false;
      root.setAttribute('data-live-state', 'polling');
      say('Updating every 5 s');
      window.setTimeout(connect, retryMillis);
      retryMillis = Math.min(retryMillis * 2, 60000);
    };
  }

  root.setAttribute('data-live-state', 'polling');
  window.setInterval(poll, POLL_MILLIS);
  document.addEventListener('visibilitychange', poll);
  connect();
}());
