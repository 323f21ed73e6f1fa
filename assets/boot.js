// Starts the app. An external file (not trunk's inline loader) so the page runs under a strict
// Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval', no inline script. Trunk writes
// the hashed file names into this tag's data attributes (see Trunk.toml, pattern_script).
const tag = document.getElementById('chasm-boot');
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: tag.dataset.wasm });
// Lets measurement scripts read the module's memory without a global variable.
dispatchEvent(new CustomEvent('chasm-explorer:started', { detail: { wasm } }));
