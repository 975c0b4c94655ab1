/* Marsad host script: sizes Marsad iframes (iframe[data-marsad]) to their
   content, a height taken only from the window of the frame it sizes. */
(function () {
  if (window.__marsadEmbed) return;
  window.__marsadEmbed = true;
  // A host whose policy forbids style attributes drops the snippet's width
  // and border (the frame shrank to 300 px): set through the CSSOM, which
  // that policy allows. The article is what scrolling keeps in place (below).
  function fit(frame) {
    var declared = frame.getAttribute('style') || '';
    if (!frame.style.length && declared) {
      declared.split(';').forEach(function (d) {
        var at = d.indexOf(':');
        if (at > 0) frame.style.setProperty(d.slice(0, at).trim(), d.slice(at + 1).trim());
      });
    }
    if (!frame.style.overflowAnchor) frame.style.overflowAnchor = 'none';
  }
  var frames = document.getElementsByTagName('iframe');
  function each(f) {
    for (var i = 0; i < frames.length; i++) if (frames[i].hasAttribute('data-marsad')) f(frames[i]);
  }
  each(fit);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { each(fit); });
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object') return;
    var h = d.type === 'marsad:height' ? d.height : d.sentinel === 'amp' && d.type === 'embed-size' ? d.height : null;
    if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 20000) return;
    each(function (frame) {
      if (frame.contentWindow !== e.source) return;
      fit(frame);
      // Scrolling keeps the frame in place where it holds the window's
      // middle (the reader is on it), else the article: a lazy frame above
      // the reader leaves their place.
      var r = frame.getBoundingClientRect(), mid = innerHeight / 2;
      frame.style.overflowAnchor = r.top < mid && r.bottom > mid ? 'auto' : 'none';
      frame.style.height = Math.ceil(h) + 'px';
      frame.setAttribute('scrolling', 'no');
    });
  });
})();
