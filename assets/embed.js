/*! chasm-explorer embed loader. MIT License. Copyright (c) 2026 the chasm-explorer authors.
 *
 * Keeps each <iframe data-chasm-explorer> as tall as the widget inside it. The widget posts
 * {type: "chasm-explorer:height", height} to its parent whenever its size changes; this script
 * accepts such a message only from the window of one of those iframes, and only from the origin
 * that iframe was loaded from, and only sets that iframe's height. Nothing else is read or done.
 */
(function () {
  'use strict';
  if (window.__chasmExplorerLoader) return;
  window.__chasmExplorerLoader = true;
  var TYPE = 'chasm-explorer:height';
  var MIN = 120, MAX = 10000;

  function originOf(frame) {
    try { return new URL(frame.src, document.baseURI).origin; } catch (e) { return null; }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-chasm-explorer]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // A sandboxed frame without allow-same-origin posts from origin "null"; accept that only
      // when it is the frame we are looking at (checked above).
      if (event.origin !== 'null' && event.origin !== originOf(frame)) return;
      frame.style.height = Math.min(Math.max(Math.ceil(height), MIN), MAX) + 'px';
      return;
    }
  });
})();
