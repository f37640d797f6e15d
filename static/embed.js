/*
 * Responsive embed for the Arabic news timeline. Include once or more on a page that holds
 * <iframe data-timeline-embed src="…?embed=1">; each such frame posts
 * {type: "timeline:height", height} when its content height changes, and this script sets that
 * frame's height. It trusts a message only from the frame's own window and only a sane number.
 * It never navigates, never writes HTML and never reads anything else from the message.
 */
(function () {
  'use strict';
  var MAX_HEIGHT = 20000; // same cap as src/lib/embed/messages.ts
  // Idempotent: a second copy of the script (two embeds in one article) adds no second listener.
  if (window.__timelineEmbedResizer) return;
  window.__timelineEmbedResizer = true;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!event.source || !data || typeof data !== 'object' || data.type !== 'timeline:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll('iframe[data-timeline-embed]');
    for (var i = 0; i < frames.length; i++) {
      // event.source is the sending window: only the frame's own page may size that frame.
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
