// The page's module's browser glue (src/browser/api.rs, lazy.rs): one file, one request.
export function push_query(q) {
  if (location.search !== '?' + q) history.pushState(null, '', '?' + q + location.hash);
}
export function watch(step, restore) {
  const keys = (e) => {
    const t = e.target, k = (e.key || '').toLowerCase();
    if (!(e.ctrlKey || e.metaKey) || e.altKey || !(k === 'z' || (k === 'y' && !e.shiftKey))) return;
    if (t && (t.tagName === 'TEXTAREA' || (t.tagName === 'INPUT' && t.type !== 'range'))) return;
    e.preventDefault();
    step(k === 'y' || e.shiftKey);
  };
  const pop = () => { if (restore) restore(location.search); };
  document.addEventListener('keydown', keys);
  addEventListener('popstate', pop);
  return () => { document.removeEventListener('keydown', keys); removeEventListener('popstate', pop); };
}
export function import_module(url) { return import(url); }
export function when_near(el, cb) {
  if (typeof IntersectionObserver !== 'function') { cb(); return () => {}; }
  const io = new IntersectionObserver((es) => {
    if (es.some((e) => e.isIntersecting)) { io.disconnect(); cb(); }
  }, { rootMargin: '0px 0px 25% 0px' });
  io.observe(el);
  return () => io.disconnect();
}