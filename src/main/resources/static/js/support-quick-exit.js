// Quick exit of the support portal: leave for a neutral page and replace this page in the history,
// so the back button does not come back here. Also on the Escape key. Same-origin file (the CSP forbids inline script).
(function () {
  var link = document.getElementById('snel-weg');
  if (!link) { return; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.title = '';
    document.body.style.display = 'none';
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { leave(event); }
  });
})();
