// On a phone the main navigation folds behind its Menu button: twenty links filled the first
// screen before any content. Without this script the list simply shows in full.
(function () {
  'use strict';
  var nav = document.querySelector('.main-nav');
  var button = nav && nav.querySelector('.nav-toggle');
  if (!button) return;
  nav.classList.add('folding');
  button.hidden = false;
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
})();
