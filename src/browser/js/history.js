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