//! The request for the dataset (the default one or a `?data=` path) that
//! index.html's head script starts as the page opens (`marsadEarlyData`):
//! api.rs takes it over here instead of asking for the same file again once
//! the wasm has run.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A request already under way: its response (a `Promise<Response>`) and
/// the controller that aborts it.
pub struct EarlyFetch {
    pub response: Promise,
    pub controller: web_sys::AbortController,
}

/// The head script's request, if it asked for `path`. Taken once: a Retry
/// fetches anew. A request for another path (the two checks of `?data=`
/// disagree, as on which spaces trim takes) is aborted and left unused.
pub fn take(path: &str) -> Option<EarlyFetch> {
    let window: JsValue = web_sys::window()?.into();
    let key = JsValue::from_str("marsadEarlyData");
    let started = Reflect::get(&window, &key).ok().filter(|v| v.is_object())?;
    let _ = Reflect::set(&window, &key, &JsValue::NULL);
    let field = |name: &str| Reflect::get(&started, &JsValue::from_str(name)).ok();
    let controller: web_sys::AbortController = field("controller")?.dyn_into().ok()?;
    if field("path")?.as_string().as_deref() != Some(path) {
        controller.abort();
        return None;
    }
    let response: Promise = field("response")?.dyn_into().ok()?;
    Some(EarlyFetch { response, controller })
}
