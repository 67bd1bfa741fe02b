// Progressive enhancement only: every page works without this file.
'use strict';

/*
 * A form shown again with its problems: the error summary takes the focus, so a screen reader reads
 * it first and the keyboard starts from it (GOV.UK's and the design system's error summary do the
 * same). The summary also carries `autofocus`, which browsers honour without this script.
 */
(function focusErrorSummary() {
  var summary = document.getElementById('error-summary');
  if (summary && document.activeElement !== summary) summary.focus();
})();

/*
 * Booking with a proof of work (the check page, src/web/citizen/check/check.eta). Without
 * JavaScript the form books through its own action, without a proof and under a stricter limit.
 * Once the ALTCHA widget is defined here (booking-proof.js, a module: browsers that cannot run it
 * never get this far), show it and send the form to the route that requires the proof instead.
 */
(function bookingProof() {
  var form = document.getElementById('book-form');
  var proof = document.getElementById('proof');
  var proofAction = form && form.getAttribute('data-proof-action');
  if (!proof || !proofAction || !window.customElements) return;
  window.customElements.whenDefined('altcha-widget').then(function () {
    proof.hidden = false;
    form.action = proofAction;
    // The widget holds the first submit while it works; a second click meanwhile would send the
    // form without the proof. It submits the form itself when done.
    form.addEventListener('submit', function (event) {
      var widget = form.querySelector('altcha-widget');
      if (widget && widget.getState && widget.getState() === 'verifying') event.preventDefault();
    });
  });
})();
