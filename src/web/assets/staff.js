// The staff pages' enhancements; every staff form also works without this file.
'use strict';

/*
 * The idle warning (the design system's session-timeout pattern): two minutes before the session
 * ends without activity, a modal dialog offers to stay signed in (a POST that touches the session)
 * or to sign out. Without an answer, the page goes to the sign-in page when the time is up, so no
 * personal data stays on an unattended screen.
 */
(function sessionTimeout() {
  var body = document.body;
  var dialog = document.getElementById('session-timeout');
  var seconds = Number(body.getAttribute('data-idle-seconds'));
  if (!dialog || !dialog.showModal || !(seconds > 0)) return;
  var warnTimer;
  var endTimer;
  function schedule(total) {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(
      function () {
        if (dialog.open) return;
        // The design system's modal shows with `show-modal`; the native dialog brings focus trapping,
        // Escape and the inert page behind it.
        dialog.classList.add('show-modal');
        dialog.showModal();
      },
      Math.max(0, total - 120) * 1000,
    );
    endTimer = setTimeout(function () {
      window.location.assign(body.getAttribute('data-sign-in'));
    }, total * 1000);
  }
  dialog.addEventListener('close', function () {
    dialog.classList.remove('show-modal');
  });
  var stay = document.getElementById('stay-signed-in');
  stay.addEventListener('submit', function (event) {
    if (event.submitter && event.submitter.getAttribute('form') === 'sign-out-form') return;
    event.preventDefault();
    fetch(stay.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(stay)),
      credentials: 'same-origin',
    })
      .then(function (response) {
        if (!response.ok || response.redirected) throw new Error('session ended');
        dialog.close();
        schedule(seconds);
      })
      .catch(function () {
        window.location.assign(body.getAttribute('data-sign-in'));
      });
  });
  schedule(seconds);
})();
