// The adviser pages' enhancements; every form and the calendar link also work without this file.
'use strict';

/*
 * "Kopiér linket": copies the read-only calendar URL beside it. Without JavaScript (or without the
 * clipboard) the button stays hidden and the URL can be selected in its field as it is.
 */
(function copyButtons() {
  var buttons = document.querySelectorAll('button[data-copy]');
  Array.prototype.forEach.call(buttons, function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field || !navigator.clipboard) return;
    var status = button.closest('.form-group').querySelector('.copy-status');
    button.hidden = false;
    button.addEventListener('click', function () {
      field.select();
      navigator.clipboard.writeText(field.value).then(
        function () {
          if (status) status.textContent = button.getAttribute('data-copied');
        },
        function () {
          // No permission: the text is selected, ready for Ctrl+C.
        },
      );
    });
  });
})();
