export function when_near(el, cb) {
  if (typeof IntersectionObserver !== 'function') { cb(); return () => {}; }
  const io = new IntersectionObserver((es) => {
    if (es.some((e) => e.isIntersecting)) { io.disconnect(); cb(); }
  }, { rootMargin: '0px 0px 25% 0px' });
  io.observe(el);
  return () => io.disconnect();
}