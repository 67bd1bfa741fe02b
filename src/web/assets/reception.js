// The reception pages' enhancements; every reception page also works without this file.
'use strict';

/*
 * Today's arrivals refresh themselves every 10 seconds (the list alone, from …/ankomster, which
 * does not keep the session alive). Paused while the tab is hidden or while focus is inside the
 * list (replacing it would move the focus); stopped when the session has ended (a redirect).
 */
(function refreshArrivals() {
  var list = document.querySelector('[data-refresh]');
  if (!list || !window.fetch) return;
  var url = list.getAttribute('data-refresh');
  var timer = setInterval(function () {
    if (document.hidden || list.contains(document.activeElement)) return;
    fetch(url, { credentials: 'same-origin', redirect: 'manual', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (response.type === 'opaqueredirect' || !response.ok) {
          clearInterval(timer);
          return undefined;
        }
        return response.text();
      })
      .then(function (html) {
        if (html !== undefined) list.innerHTML = html;
      })
      .catch(function () {
        // Offline for a moment: try again at the next tick.
      });
  }, 10000);
})();

/* "Udskriv vejledningen": a button only where printing from a script works. */
(function printButtons() {
  var buttons = document.querySelectorAll('[data-print]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function () {
      window.print();
    });
  }
})();
