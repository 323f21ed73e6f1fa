/*! chasm-explorer embed loader. MIT License. Copyright (c) 2026 the chasm-explorer authors.
 *
 * 1. Keeps each <iframe data-chasm-explorer> as tall as the widget inside it. The widget posts
 *    {type: "chasm-explorer:height", height} to its parent whenever its size changes; this
 *    script accepts such a message only from the window of one of those iframes, and only from
 *    the origin that iframe was loaded from (or "null", for a frame sandboxed without
 *    allow-same-origin), and only sets that iframe's height. On start it says
 *    {type: "chasm-explorer:hello"} to the frames already on the page, so that a widget which
 *    reported its height before this script ran reports it again.
 * 2. Defines <chasm-explorer preset="chatgpt" fig="adoption" controls="0" theme="auto">, which
 *    makes such an iframe (the widget beside this script) and keeps it sized. Its attributes
 *    become the widget's link settings: only the names below are read, each value is cut to a
 *    short length and URL-encoded, and the widget checks every value and says what it
 *    corrected, as text. Nothing is ever written as markup.
 * 3. Changing the element's theme attribute re-themes the widget at once, without a reload
 *    (a {type: "chasm-explorer:theme", theme} message; a host page may send it itself).
 */
(function () {
  'use strict';
  if (window.__chasmExplorerLoader) return;
  window.__chasmExplorerLoader = true;
  var HEIGHT = 'chasm-explorer:height', THEME = 'chasm-explorer:theme';
  var MIN = 120, MAX = 10000, MAX_VALUE = 200;
  // The same sandbox and title as the Embed dialog's iframe snippet (src/app/snippet.rs).
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
  var TITLE = 'Chasm explorer: live model of technology adoption';
  // The attributes read: the model version, the scenario, the model's settings, and the
  // widget's options (the link keys of src/app/url.rs).
  var SETTINGS = ['v', 'preset', 'innovators', 'abstraction', 'climb', 'brand', 'lag', 'switching',
    'price', 'pin', 'fig', 'controls', 'theme', 'static', 'transparent', 'plain'];
  var THEMES = ['auto', 'light', 'dark'];
  var script = document.currentScript;
  var base = null;
  try { base = new URL('./', script && script.src ? script.src : document.baseURI).href; } catch (e) {}

  function originOf(frame) {
    try { return new URL(frame.src, document.baseURI).origin; } catch (e) { return null; }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT) return;
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

  // A widget that started before this script did has reported its height to nobody: ask each
  // frame already on the page to report again.
  var early = document.querySelectorAll('iframe[data-chasm-explorer]');
  for (var i = 0; i < early.length; i++) {
    if (early[i].contentWindow) early[i].contentWindow.postMessage({ type: 'chasm-explorer:hello' }, '*');
  }

  if (!window.customElements || !base || customElements.get('chasm-explorer')) return;

  function widgetUrl(element) {
    var query = new URLSearchParams();
    query.set('embed', '1');
    for (var i = 0; i < SETTINGS.length; i++) {
      var value = element.getAttribute(SETTINGS[i]);
      if (value !== null) query.set(SETTINGS[i], value.slice(0, MAX_VALUE));
    }
    return base + '?' + query.toString();
  }

  function ChasmExplorer() {
    return Reflect.construct(HTMLElement, [], ChasmExplorer);
  }
  ChasmExplorer.prototype = Object.create(HTMLElement.prototype);
  ChasmExplorer.prototype.constructor = ChasmExplorer;
  Object.setPrototypeOf(ChasmExplorer, HTMLElement);
  Object.defineProperty(ChasmExplorer, 'observedAttributes', { get: function () { return SETTINGS; } });

  ChasmExplorer.prototype.connectedCallback = function () {
    if (this._frame) return;
    var frame = document.createElement('iframe');
    frame.setAttribute('data-chasm-explorer', '');
    frame.setAttribute('title', TITLE);
    frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('loading', 'lazy');
    frame.style.cssText = 'display:block;width:100%;max-width:100%;height:720px;border:0';
    frame.src = widgetUrl(this);
    if (!this.style.display) this.style.display = 'block';
    // Fallback content (a link for hosts without scripts) gives way to the widget.
    while (this.firstChild) this.removeChild(this.firstChild);
    this.appendChild(frame);
    this._frame = frame;
  };

  ChasmExplorer.prototype.attributeChangedCallback = function (name, was, now) {
    var frame = this._frame;
    if (!frame || was === now) return;
    if (name === 'theme' && THEMES.indexOf(now) >= 0) {
      // Re-theme in place (a later reload reads the attribute again).
      frame.contentWindow.postMessage({ type: THEME, theme: now }, '*');
      return;
    }
    frame.src = widgetUrl(this);
  };

  customElements.define('chasm-explorer', ChasmExplorer);
})();
