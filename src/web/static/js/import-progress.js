// Import progress: polls the import's JSON every second and moves the <progress> bar; when the
// import is done or refused, reloads the page to show the outcome. Without JavaScript the page
// has a reload link. The poll goes without cookies: progress is public and comes from memory,
// so it is answered at once even while the import's write transaction holds the database.
(function () {
  'use strict';
  var box = document.querySelector('[data-import-poll]');
  if (!box || !window.fetch) return;
  var url = box.getAttribute('data-import-poll');
  var bar = box.querySelector('progress');
  var status = box.querySelector('[data-import-status] strong');
  var counts = box.querySelector('[data-import-counts]');
  var en = document.documentElement.lang === 'en';
  var n = new Intl.NumberFormat(en ? 'en-GB' : 'nl-BE').format;
  var words = en
    ? { validating: 'Checking…', importing: 'Writing…', counts: function (s) { return n(s.rowsChecked) + ' of ' + n(s.rowsTotal) + ' rows checked, ' + n(s.rowsDone) + ' written.'; } }
    : { validating: 'Controleren…', importing: 'Wegschrijven…', counts: function (s) { return n(s.rowsChecked) + ' van ' + n(s.rowsTotal) + ' rijen gecontroleerd, ' + n(s.rowsDone) + ' weggeschreven.'; } };
  var lastStatus = null;
  function tick() {
    fetch(url, { credentials: 'omit', headers: { accept: 'application/json' }, cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) return setTimeout(tick, 2000);
        if (s.status === 'done' || s.status === 'failed') { window.location.reload(); return; }
        var max = Math.max(1, s.rowsTotal) * 2;
        bar.max = max;
        bar.value = Math.min(max, s.rowsChecked + s.rowsDone);
        bar.textContent = Math.floor((bar.value / max) * 100) + ' %';
        // The status line is a live region: only a change of phase is announced, not every count.
        if (s.status !== lastStatus && status) { status.textContent = words[s.status] || s.status; lastStatus = s.status; }
        if (counts) counts.textContent = words.counts(s);
        setTimeout(tick, 1000);
      })
      .catch(function () { setTimeout(tick, 2000); });
  }
  setTimeout(tick, 1000);
})();
