// The waiting-room screen follows the queue as it changes; without this file it shows the queue as
// it was when loaded, with a link to refresh.
'use strict';

(function followQueue() {
  var main = document.getElementById('main-content');
  var url = main && main.getAttribute('data-events');
  if (!url) return;
  if (!window.EventSource) {
    // An old TV browser without server-sent events: reload now and then instead.
    setTimeout(function () {
      window.location.reload();
    }, 10000);
    return;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function calledEntry(entry) {
    var item = element('li', 'called-entry');
    var number = element('span', 'called-number');
    number.appendChild(element('span', 'called-label', main.getAttribute('data-number')));
    number.appendChild(document.createTextNode(' ' + entry.number));
    var arrow = element('span', 'called-arrow', '→');
    arrow.setAttribute('aria-hidden', 'true');
    item.appendChild(number);
    item.appendChild(document.createTextNode(' '));
    item.appendChild(arrow);
    item.appendChild(element('span', 'sr-only', main.getAttribute('data-go-to')));
    item.appendChild(document.createTextNode(' '));
    item.appendChild(element('span', 'called-station', entry.station));
    return item;
  }

  function fill(listId, emptyId, items, make) {
    var list = document.getElementById(listId);
    // Not replaceChildren(): TV browsers lag years behind.
    while (list.firstChild) list.removeChild(list.firstChild);
    items.forEach(function (item) {
      list.appendChild(make(item));
    });
    document.getElementById(emptyId).hidden = items.length > 0;
  }

  function show(queue) {
    fill('called-list', 'called-empty', queue.called, calledEntry);
    fill('waiting-list', 'waiting-empty', queue.waiting, function (number) {
      return element('li', 'waiting-number', String(number));
    });
  }

  function connect() {
    var source = new EventSource(url);
    source.addEventListener('queue', function (event) {
      document.body.classList.add('live');
      show(JSON.parse(event.data));
    });
    source.addEventListener('error', function () {
      document.body.classList.remove('live');
      // Refused (too many screens, unknown place, server gone): try again in a while. A broken
      // connection the browser retries by itself.
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 30000);
    });
  }
  connect();
})();
