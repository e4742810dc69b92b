/*
 * The decision register, enhanced: combine filters (body, outcome, year, topic, words) in place.
 * Without JavaScript the form stays hidden and the pre-built page for each filter does the same,
 * one filter at a time. The choices are kept in the address, so a filtered list can be shared.
 */
(function () {
  'use strict';
  var form = document.getElementById('combine');
  var status = document.getElementById('combine-count');
  if (!form || !status || !('URLSearchParams' in window)) return;
  var facets = ['body', 'outcome', 'year', 'topic'];
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr[data-body]'));

  function field(name) {
    return form.elements.namedItem(name);
  }

  function apply(keepInAddress) {
    var chosen = {};
    facets.forEach(function (facet) { chosen[facet] = field(facet).value; });
    var words = field('words').value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var matches = facets.every(function (facet) {
        return !chosen[facet] || (row.getAttribute('data-' + facet) || '').split(' ').indexOf(chosen[facet]) !== -1;
      });
      var title = (row.querySelector('th') || row).textContent.toLowerCase();
      matches = matches && words.every(function (word) { return title.indexOf(word) !== -1; });
      row.hidden = !matches;
      if (matches) shown += 1;
    });
    var filtering = words.length > 0 || facets.some(function (facet) { return chosen[facet]; });
    status.textContent = !filtering ? '' : shown === 0 ? 'No decision matches these filters.'
      : shown === 1 ? '1 decision matches these filters.' : shown + ' decisions match these filters.';
    if (!keepInAddress) return;
    var params = new URLSearchParams();
    facets.forEach(function (facet) { if (chosen[facet]) params.set(facet, chosen[facet]); });
    if (words.length) params.set('words', field('words').value.trim());
    var query = params.toString();
    try {
      history.replaceState(null, '', query ? '?' + query : location.pathname);
    } catch (error) {
      /* Some browsers refuse to change the address of a page opened from a file; the filters still work. */
    }
  }

  var params = new URLSearchParams(location.search);
  facets.concat('words').forEach(function (name) {
    var value = params.get(name);
    var input = field(name);
    if (value === null) return;
    if (input.tagName === 'SELECT' && !input.querySelector('option[value="' + CSS.escape(value) + '"]')) return;
    input.value = value;
  });
  form.hidden = false;
  // On a phone the choices fold away, so the list is in sight; one tap opens them. Not when a
  // shared address already carries filters: then the reader sees which are chosen.
  var details = document.getElementById('combine-details');
  if (details && !location.search && window.matchMedia && window.matchMedia('(max-width: 40rem)').matches) {
    details.open = false;
  }
  form.addEventListener('input', function () { apply(true); });
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(true); });
  apply(false);
})();
