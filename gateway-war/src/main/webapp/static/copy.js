/*
 * Copy buttons: a <button data-copy="ID"> copies the text of the element with that id to the
 * clipboard. The buttons are hidden in the markup and shown here, so a browser without JavaScript
 * (or without the Clipboard API) never sees a button that does nothing.
 */
(function () {
  'use strict';
  if (!navigator.clipboard || !navigator.clipboard.writeText) {
    return;
  }
  function say(button, text) {
    var status = button.nextElementSibling;
    if (status && status.classList.contains('copy-status')) {
      status.textContent = text;
    }
  }
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.setAttribute('data-copied', 'true');
        say(button, 'Copied.');
      }, function () {
        say(button, 'Could not copy: select the text and copy it yourself.');
      });
    });
  });
}());
