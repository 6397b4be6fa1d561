// One form pattern (ADR 0026): when a form comes back with errors, move the focus to the error summary, so a
// screen reader announces it and a keyboard user starts there. Same-origin file (the CSP forbids inline script).
(function () {
  function focusSummary() {
    var summary = document.querySelector('main .error-summary');
    if (!summary) { return; }
    if (!summary.hasAttribute('tabindex')) { summary.setAttribute('tabindex', '-1'); }
    summary.focus();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusSummary);
  } else {
    focusSummary();
  }
})();
