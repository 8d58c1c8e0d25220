// Drafts survive a reload: every form marked data-draft keeps what the user typed in
// localStorage until the server confirms the save (a page marked data-draft-saved).
(function () {
  'use strict';
  var PREFIX = 'tr-draft:';
  function store() { try { return window.localStorage; } catch (e) { return null; } }
  var ls = store();
  if (!ls) return;

  document.querySelectorAll('[data-draft-saved]').forEach(function (el) {
    el.getAttribute('data-draft-saved').split(' ').forEach(function (key) { ls.removeItem(PREFIX + key); });
  });

  document.querySelectorAll('form[data-draft]').forEach(function (form) {
    var key = PREFIX + form.getAttribute('data-draft');
    var version = form.getAttribute('data-draft-version') || '';
    var status = form.querySelector('[data-draft-status]');
    var hasErrors = !!document.getElementById('error-summary') || !!document.getElementById('stale-notice');

    function fields() {
      return Array.prototype.filter.call(form.elements, function (el) {
        return el.name && el.name !== '_csrf' && el.name !== 'version' && el.type !== 'submit' && el.type !== 'password';
      });
    }
    function collect() {
      var data = {};
      fields().forEach(function (el) {
        if (el.type === 'checkbox' || el.type === 'radio') {
          data[el.name] = data[el.name] || [];
          if (el.checked) data[el.name].push(el.value);
        } else data[el.name] = el.value;
      });
      return data;
    }
    function apply(data) {
      fields().forEach(function (el) {
        if (!(el.name in data)) return;
        if (el.type === 'checkbox' || el.type === 'radio') el.checked = data[el.name].indexOf(el.value) >= 0;
        else el.value = data[el.name];
      });
    }

    // A page re-rendered by the server after a refused save already shows the user's input.
    var saved = ls.getItem(key);
    if (saved && !hasErrors) {
      try {
        var draft = JSON.parse(saved);
        if (draft.version === version) {
          apply(draft.data);
          if (status) status.textContent = document.documentElement.lang === 'en'
            ? 'Your unsaved input from before has been restored.'
            : 'Je niet-bewaarde invoer van eerder is teruggezet.';
        }
      } catch (e) { ls.removeItem(key); }
    }
    var timer = null;
    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        ls.setItem(key, JSON.stringify({ version: version, savedAt: Date.now(), data: collect() }));
      }, 300);
    });
    form.addEventListener('change', function () {
      ls.setItem(key, JSON.stringify({ version: version, savedAt: Date.now(), data: collect() }));
    });
  });
})();
