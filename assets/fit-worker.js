// The fitting tool's background worker (MIT). It runs the tool's own WebAssembly module
// (fit-tool.js, next to this file) off the page's main thread, so a long fit never blocks the
// page. Protocol (typed on the Rust side, src/app/fit_job.rs): the page posts one FitRequest;
// the worker posts FitReply messages (Progress, then Done or Failed), each with the request's id.
// The page cancels a fit by terminating the worker.
let tool = null;
self.onmessage = async (event) => {
  const request = event.data;
  try {
    tool ??= import('./fit-tool.js').then(async (m) => { await m.default(); return m; });
    const m = await tool;
    m.fit_in_worker(request, (reply) => self.postMessage(reply));
  } catch (error) {
    // A crash inside the module (or a failed load) is reported as this request's error.
    const id = request && typeof request.id === 'number' ? request.id : 0;
    self.postMessage({ failed: id, message: String(error && error.message || error) });
  }
};
