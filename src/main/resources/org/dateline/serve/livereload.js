// Dateline dev server: reloads this page when the site is rebuilt. Added by `dateline serve` to
// every HTML response; never part of a `dateline build`.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var shown = null;
  var source = new EventSource('/__dateline/events');
  source.addEventListener('hello', function (event) {
    // a page that reconnects after a restart or a missed event reloads if the build moved on
    if (shown !== null && shown !== event.data) {
      window.location.reload();
    }
    shown = event.data;
  });
  source.addEventListener('reload', function (event) {
    shown = event.data;
    window.location.reload();
  });
  source.addEventListener('css', function (event) {
    shown = event.data;
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href, window.location.href);
      if (url.origin === window.location.origin) {
        url.searchParams.set('dateline-reload', event.data);
        links[i].href = url.href;
      }
    }
  });
  window.addEventListener('beforeunload', function () {
    source.close();
  });
}());
