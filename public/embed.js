/* Marsad host script: sizes Marsad iframes (iframe[data-marsad]) to their
   content. A height is accepted only from the window of the iframe it sizes. */
(function () {
  if (window.__marsadEmbed) return;
  window.__marsadEmbed = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object') return;
    var h = d.type === 'marsad:height' ? d.height : d.sentinel === 'amp' && d.type === 'embed-size' ? d.height : null;
    if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 20000) return;
    var frames = document.querySelectorAll('iframe[data-marsad]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        frames[i].setAttribute('scrolling', 'no');
        return;
      }
    }
  });
})();
