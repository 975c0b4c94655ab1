/* Marsad host script: sizes Marsad iframes (iframe[data-marsad]) to their
   content. A height is accepted only from the window of the iframe it sizes. */
(function () {
  if (window.__marsadEmbed) return;
  window.__marsadEmbed = true;
  // A host whose policy forbids style attributes (style-src without
  // 'unsafe-inline') drops the snippet's width and border, and the frame
  // shrank to the browser's 300 px: set through the CSSOM, which that
  // policy allows. And a frame that grows as it loads is not the node the
  // browser keeps in place as it scrolls: the article under it is, so that
  // a lazy frame above the reader does not push their place down the page.
  function fit(frame) {
    var declared = frame.getAttribute('style') || '';
    if (!frame.style.length && declared) {
      declared.split(';').forEach(function (d) {
        var at = d.indexOf(':');
        if (at > 0) frame.style.setProperty(d.slice(0, at).trim(), d.slice(at + 1).trim());
      });
    }
    frame.style.overflowAnchor = 'none';
  }
  // The frames of the page so far, and those after this script once parsed.
  function fitAll() {
    var frames = document.querySelectorAll('iframe[data-marsad]');
    for (var i = 0; i < frames.length; i++) fit(frames[i]);
  }
  fitAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fitAll);
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object') return;
    var h = d.type === 'marsad:height' ? d.height : d.sentinel === 'amp' && d.type === 'embed-size' ? d.height : null;
    if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 20000) return;
    var frames = document.querySelectorAll('iframe[data-marsad]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        fit(frames[i]);
        frames[i].style.height = Math.ceil(h) + 'px';
        frames[i].setAttribute('scrolling', 'no');
        return;
      }
    }
  });
})();
