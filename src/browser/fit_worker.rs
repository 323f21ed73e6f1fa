//! The fitting tool's Web Worker, both sides of it. In the worker, [`serve`] reads a
//! `FitRequest`, runs the job and posts each `FitReply`. On the page, [`FitWorker`] starts the
//! worker (`fit-worker.js`, a module worker that loads the tool's own module) and turns its
//! messages back into `FitReply` values. Messages cross as bytes (a `Uint8Array`) written and
//! read by serde with postcard, so both sides share one set of Rust types (see Cargo.toml why
//! postcard).

use crate::app::fit_job::{self, FitReply, FitRequest};
use js_sys::Function;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// The worker script's file name, next to the page.
pub const WORKER_SCRIPT: &str = "fit-worker.js";

/// In the worker: answer one request through `post`.
pub fn serve(request: JsValue, post: Function) {
    let send = |reply: FitReply| {
        if let Ok(bytes) = postcard::to_allocvec(&reply) {
            let _ = post.call1(&JsValue::NULL, &js_sys::Uint8Array::from(&bytes[..]));
        }
    };
    match read::<FitRequest>(&request) {
        Some(request) => fit_job::run(&request, send),
        None => send(FitReply::Failed {
            id: 0,
            message: "The fitting request could not be read.".into(),
        }),
    }
}

/// A message's bytes as the Rust value they encode, if they do.
fn read<T: serde::de::DeserializeOwned>(value: &JsValue) -> Option<T> {
    let bytes = value.dyn_ref::<js_sys::Uint8Array>()?.to_vec();
    postcard::from_bytes(&bytes).ok()
}

/// The page's handle on a running worker. Dropping it terminates the worker, which is how a
/// fit in progress is cancelled.
pub struct FitWorker {
    worker: web_sys::Worker,
    _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::Event)>,
}

impl FitWorker {
    /// Start the worker; every reply goes to `on_reply`. A worker that fails to load reports a
    /// `Failed` reply with id 0 (see [`FitWorker::send`] for why that still reaches the tool).
    pub fn start(on_reply: Callback<FitReply>) -> Result<FitWorker, String> {
        let url = super::api::site_file(WORKER_SCRIPT);
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(&url, &options)
            .map_err(|_| "the browser would not start a worker".to_string())?;
        let reply = on_reply.clone();
        let onmessage =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                // The worker's own messages are bytes; anything else (the crash report of
                // fit-worker.js) means the worker itself failed.
                match read::<FitReply>(&e.data()) {
                    Some(r) => reply.emit(r),
                    None => reply.emit(FitReply::Failed {
                        id: 0,
                        message: "The fitting worker stopped.".into(),
                    }),
                }
            });
        let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            on_reply.emit(FitReply::Failed {
                id: 0,
                message: "The fitting worker could not be loaded.".into(),
            })
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        Ok(FitWorker {
            worker,
            _onmessage: onmessage,
            _onerror: onerror,
        })
    }

    /// Post a request.
    pub fn send(&self, request: &FitRequest) -> Result<(), String> {
        let bytes = postcard::to_allocvec(request)
            .map_err(|_| "the request could not be written".to_string())?;
        self.worker
            .post_message(&js_sys::Uint8Array::from(&bytes[..]))
            .map_err(|_| "the request could not be sent to the worker".to_string())
    }
}

impl Drop for FitWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
