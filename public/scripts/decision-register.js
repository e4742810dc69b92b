/*
 * The decision register, enhanced: shows the form that combines filters (body, outcome, year, topic,
 * words). The form asks the search page, which needs JavaScript too, so without it the form stays
 * hidden and the pre-built page for each filter does the same, one filter at a time.
 */
(function () {
  'use strict';
  var form = document.getElementById('combine');
  if (!form) return;
  form.hidden = false;
  // On a phone the choices fold away, so the list is in sight; one tap opens them.
  var details = document.getElementById('combine-details');
  if (details && window.matchMedia && window.matchMedia('(max-width: 40rem)').matches) {
    details.open = false;
  }
  // Filters left at "Any" and empty words are left out of the address.
  form.addEventListener('submit', function () {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.type !== 'hidden' && !field.value) field.disabled = true;
    });
    setTimeout(function () {
      Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
    }, 0);
  });
})();
