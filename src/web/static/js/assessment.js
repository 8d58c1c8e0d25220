// Saving as you go on the self-assessment pages. Every change to a question is sent at once to
// PUT /api/assessments/:id/answers/:questionId with the answer's version. Each change is first
// kept in localStorage and only dropped when the server has answered it, so a lost connection, a
// closed tab or a reload loses nothing: unsent answers are put back into the page and sent again
// when the connection returns. Without this script each dimension page is a normal form.
(function () {
  'use strict';
  var status = document.querySelector('[data-autosave-status]');
  if (!status || !window.fetch || !window.JSON) return;
  var assessment = status.getAttribute('data-assessment-queue');
  var user = status.getAttribute('data-user');
  var csrf = status.getAttribute('data-csrf');
  var texts = {};
  try { texts = JSON.parse(status.getAttribute('data-texts') || '{}'); } catch (e) { texts = {}; }
  var form = document.querySelector('form[data-assessment]');
  var locked = !form || form.hasAttribute('data-locked');
  var KEY = 'tr-assessment-queue:' + user + ':' + assessment;
  var ls = null;
  try { ls = window.localStorage; } catch (e) { ls = null; }

  function fmt(text, params) {
    return String(text || '').replace(/\{(\w+)\}/g, function (m, k) { return k in params ? params[k] : m; });
  }
  function say(text) { status.textContent = text || ''; }

  // --- the queue of unsent answers, per user and assessment ------------------------------------
  function readQueue() {
    if (!ls) return {};
    try { return JSON.parse(ls.getItem(KEY) || '{}') || {}; } catch (e) { return {}; }
  }
  function writeQueue(queue) {
    if (!ls) return;
    if (Object.keys(queue).length) ls.setItem(KEY, JSON.stringify(queue)); else ls.removeItem(KEY);
  }
  function enqueue(qid, body) {
    var queue = readQueue();
    queue[qid] = { body: body, at: Date.now() };
    writeQueue(queue);
  }
  function dequeue(qid, body) {
    var queue = readQueue();
    // A newer change made while this one was under way stays queued.
    if (queue[qid] && (!body || JSON.stringify(queue[qid].body) === JSON.stringify(body))) delete queue[qid];
    writeQueue(queue);
  }
  function pending() { return Object.keys(readQueue()).length; }
  function showQueue() {
    var n = pending();
    if (n) say(fmt(texts.offline, { count: n }));
  }

  // --- reading and filling one question's fields --------------------------------------------
  function block(qid) { return form ? form.querySelector('[data-question="' + qid + '"]') : null; }
  function field(b, name) { return b.querySelector('[name="' + name + '-' + b.getAttribute('data-question') + '"]'); }
  function questionStatus(qid, text) {
    var b = block(qid);
    var el = b && b.querySelector('[data-status]');
    if (el) el.textContent = text || '';
  }
  function bodyOf(b) {
    var qid = b.getAttribute('data-question');
    var checked = b.querySelector('input[name="current-' + qid + '"]:checked');
    if (!checked) return null;
    var na = checked.value === 'na';
    var target = field(b, 'target');
    return {
      currentLevel: na ? null : Number(checked.value),
      targetLevel: na || !target.value ? null : Number(target.value),
      notApplicable: na,
      note: field(b, 'note').value.trim(),
      evidenceUrl: field(b, 'evidence').value.trim() || null,
      version: Number(field(b, 'version').value) || 0
    };
  }
  function fillIn(b, body) {
    var qid = b.getAttribute('data-question');
    var value = body.notApplicable ? 'na' : String(body.currentLevel);
    var radio = b.querySelector('input[name="current-' + qid + '"][value="' + value + '"]');
    if (radio) radio.checked = true;
    field(b, 'target').value = body.targetLevel === null ? '' : String(body.targetLevel);
    field(b, 'note').value = body.note;
    field(b, 'evidence').value = body.evidenceUrl || '';
    syncTarget(b);
  }
  // A question that does not apply gets no target.
  function syncTarget(b) {
    var qid = b.getAttribute('data-question');
    var checked = b.querySelector('input[name="current-' + qid + '"]:checked');
    var target = field(b, 'target');
    var na = !!checked && checked.value === 'na';
    if (na) target.value = '';
    target.disabled = na || locked;
  }

  function showProgress(progress) {
    if (!progress) return;
    var set = function (key, answered, total) {
      document.querySelectorAll('[data-progress-text="' + key + '"]').forEach(function (el) {
        el.textContent = fmt(texts.count, { answered: answered, total: total });
      });
      document.querySelectorAll('[data-progress-bar="' + key + '"]').forEach(function (el) { el.value = answered; });
    };
    set('overall', progress.answered, progress.total);
    progress.dimensions.forEach(function (d) {
      set(d.code, d.answered, d.total);
      set('nav-' + d.code, d.answered, d.total);
    });
  }

  function problemText(data) {
    var errors = (data && data.errors) || [];
    if (!errors.length) return (texts.error || '') + ' ' + ((data && data.detail) || '');
    return (texts.error || '') + ' ' + errors.map(function (e) {
      var name = String(e.field || '').replace(/^body\./, '');
      return ((texts.fields || {})[name] || name) + ': ' + ((texts.validation || {})[e.code] || e.message);
    }).join('; ');
  }

  // --- sending ------------------------------------------------------------------------------
  var busy = {};
  var again = {};

  function send(qid, body) {
    if (busy[qid]) { again[qid] = true; return; }
    busy[qid] = true;
    questionStatus(qid, texts.saving);
    fetch('/api/assessments/' + assessment + '/answers/' + qid, {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.json().then(function (data) { return { status: res.status, data: data }; }, function () { return { status: res.status, data: {} }; });
    }).then(function (r) {
      busy[qid] = false;
      answered(qid, body, r.status, r.data);
      next(qid);
    }, function () {
      // No answer at all: offline or the server unreachable. The change stays queued.
      busy[qid] = false;
      questionStatus(qid, texts.queued);
      showQueue();
    });
  }

  function next(qid) {
    if (!again[qid]) return;
    again[qid] = false;
    var b = block(qid);
    var body = b && bodyOf(b);
    if (body) { enqueue(qid, body); send(qid, body); }
  }

  function answered(qid, body, code, data) {
    var b = block(qid);
    if (code === 200) {
      dequeue(qid, body);
      if (b) field(b, 'version').value = String(data.answer.version);
      questionStatus(qid, texts.saved);
      showProgress(data.progress);
    } else if (code === 409 && data.code === 'ASSESSMENT_ANSWER_STALE') {
      dequeue(qid);
      // The next save from this page deliberately overwrites the other version.
      if (b) field(b, 'version').value = String(data.currentVersion);
      questionStatus(qid, texts.stale);
    } else if (code === 401 || code >= 500 || (code === 409 && data.code === 'ASSESSMENT_DUPLICATE')) {
      // Logged out, a passing server error or two tabs saving the same first answer at once:
      // keep the change and try again later.
      questionStatus(qid, problemText(data));
      showQueue();
      return;
    } else if (code === 409) {
      dequeue(qid);
      questionStatus(qid, texts.locked);
    } else {
      dequeue(qid);
      questionStatus(qid, problemText(data));
    }
    if (pending()) showQueue();
    else if (hadQueue) { say(texts.back); hadQueue = false; }
  }

  var hadQueue = false;
  function flush() {
    var queue = readQueue();
    var ids = Object.keys(queue);
    if (!ids.length) return;
    hadQueue = true;
    ids.forEach(function (qid) { send(qid, queue[qid].body); });
  }

  // --- wiring ---------------------------------------------------------------------------------
  function edited(b) {
    var qid = b.getAttribute('data-question');
    var body = bodyOf(b);
    if (!body) { questionStatus(qid, texts.needLevel); return; }
    enqueue(qid, body);
    if (navigator.onLine === false) { questionStatus(qid, texts.queued); showQueue(); return; }
    send(qid, body);
  }

  if (form && !locked) {
    var timers = {};
    form.addEventListener('change', function (event) {
      var b = event.target.closest && event.target.closest('[data-question]');
      if (!b) return;
      if (event.target.name && event.target.name.indexOf('current-') === 0) syncTarget(b);
      clearTimeout(timers[b.getAttribute('data-question')]);
      edited(b);
    });
    // Typing in the note or link is saved after a pause, not at every key.
    form.addEventListener('input', function (event) {
      var b = event.target.closest && event.target.closest('[data-question]');
      if (!b || (event.target.tagName !== 'TEXTAREA' && event.target.type !== 'url')) return;
      var qid = b.getAttribute('data-question');
      clearTimeout(timers[qid]);
      timers[qid] = setTimeout(function () { edited(b); }, 1200);
    });
    form.querySelectorAll('[data-question]').forEach(syncTarget);
  }

  // Unsent answers from before the reload: back into the page, then sent.
  var queue = readQueue();
  Object.keys(queue).forEach(function (qid) {
    var b = block(qid);
    if (b && !locked) { fillIn(b, queue[qid].body); questionStatus(qid, texts.restored); }
  });
  if (pending()) showQueue();
  else if (form && !locked) say(texts.pending);
  if (navigator.onLine !== false) flush();
  window.addEventListener('online', flush);
  window.addEventListener('offline', showQueue);
  // The 'online' event does not come when only the server was unreachable: retry now and then.
  setInterval(function () { if (pending() && navigator.onLine !== false) flush(); }, 10000);
})();
