// Quick exit of the support portal and of /melden (a file of its own: the CSP forbids inline script).
// - The button leaves for a neutral page and replaces this page in the history, so Back does not come here.
// - Shift pressed three times in a row (within 5 seconds, no other key between) does the same, as GOV.UK's
//   "Exit this page"; Escape alone does nothing, so it cannot throw away a half-written report.
// - Links to pages of this site replace the current history entry instead of adding one, so the pages seen
//   before the exit do not pile up behind it.
(function () {
  var link = document.getElementById('snel-weg');
  if (!link) { return; }

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.title = '';
    document.body.hidden = true;
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);

  var shiftPresses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') { shiftPresses = []; return; }
    if (event.repeat) { return; }
    var now = Date.now();
    shiftPresses = shiftPresses.filter(function (at) { return now - at < 5000; });
    shiftPresses.push(now);
    if (shiftPresses.length >= 3) { shiftPresses = []; leave(event); }
  });

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
        || event.altKey) { return; }
    var a = event.target.closest ? event.target.closest('a[href]') : null;
    if (!a || a === link || a.target || a.hasAttribute('download') || a.origin !== window.location.origin) { return; }
    if (a.hash && a.pathname === window.location.pathname && a.search === window.location.search) { return; }
    event.preventDefault();
    window.location.replace(a.href);
  });
})();
