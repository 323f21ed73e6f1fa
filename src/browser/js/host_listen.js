export function listen(cb) {
  if (window.parent === window) return () => {};
  const f = (e) => {
    const d = e.data;
    if (e.source !== window.parent || !d || typeof d !== 'object') return;
    if (d.message === 'ready' || d.type === 'chasm-explorer:hello') cb('height', '');
    else if (d.type === 'chasm-explorer:theme' && typeof d.theme === 'string') cb('theme', d.theme);
  };
  addEventListener('message', f);
  return () => removeEventListener('message', f);
}