//! Talking to the page that embeds Marsad in an iframe: our height (so the
//! iframe fits its content), our state after each change, and `marsad:set`
//! requests from the host, accepted only from the parent window and from
//! allow-listed origins.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    // Top-level: the parent is the window itself.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Whether the page is in another's frame, whose height is the host's: on
/// paper it cannot grow.
pub fn in_frame() -> bool {
    parent().is_some()
}

fn post(target: &web_sys::Window, json: &str, origin: &str) {
    if let Ok(message) = js_sys::JSON::parse(json) {
        let _ = target.post_message(&message, origin);
    }
}

/// Posts the document's height to the parent on every size change, in
/// Marsad's form and in AMP's. Disconnects on drop.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(JsValue)>,
}

impl HeightReporter {
    pub fn start(id: String) -> Option<HeightReporter> {
        let parent = parent()?;
        let document = web_sys::window()?.document()?;
        let body: web_sys::Element = document.body()?.into();
        let mut last = -1;
        let measured = body.clone();
        let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            // The body's own height (its margin is 0): the root's scroll
            // height is never less than the frame's, so a frame that had
            // grown (a data table opened, a phone turned) never shrank back.
            let height = measured.get_bounding_client_rect().height().ceil() as i32;
            if height != last {
                last = height;
                // Heights are not secret: any host may size the frame.
                post(&parent, &serde_json::json!({"type": "marsad:height", "id": id, "height": height}).to_string(), "*");
                post(&parent, &serde_json::json!({"sentinel": "amp", "type": "embed-size", "height": height}).to_string(), "*");
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&body);
        Some(HeightReporter { observer, _callback: callback })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Listens for `marsad:set` from the parent window. The handler gets the
/// message as JSON text; it is called only for the parent and an allowed origin.
pub struct HostListener {
    callback: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl HostListener {
    pub fn start(allowed: impl Fn(&str) -> bool + 'static, handler: impl Fn(String) + 'static) -> Option<HostListener> {
        let parent = parent()?;
        let callback = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_parent = event.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
            if !from_parent || !allowed(&event.origin()) {
                return;
            }
            // Structured data only, re-read as JSON: nothing in it can run.
            if let Some(json) = js_sys::JSON::stringify(&event.data()).ok().and_then(|s| s.as_string()) {
                handler(json);
            }
        });
        web_sys::window()?.add_event_listener_with_callback("message", callback.as_ref().unchecked_ref()).ok()?;
        Some(HostListener { callback })
    }
}

impl Drop for HostListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback("message", self.callback.as_ref().unchecked_ref());
        }
    }
}

/// Tell the host our state; only allow-listed origins receive it. Where the
/// browser names the parent's origin (`location.ancestorOrigins`, Chromium
/// and Safari), to that one alone if it is allowed: posted to each allowed
/// origin, all but the parent's drew a console warning on every change in
/// the frame of a host not listed (a staging site, a second domain).
pub fn post_state(json: &str, origins: &[String]) {
    let Some(parent) = parent() else { return };
    match parent_origin() {
        Some(known) => {
            if origins.contains(&known) {
                post(&parent, json, &known);
            }
        }
        None => {
            for origin in origins {
                post(&parent, json, origin);
            }
        }
    }
}

/// The parent's origin, where the browser says it: not where it says
/// "null", which a host's `Referrer-Policy: no-referrer` makes it say.
fn parent_origin() -> Option<String> {
    let location = web_sys::window()?.location();
    let ancestors = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins")).ok()?;
    js_sys::Reflect::get(&ancestors, &JsValue::from_f64(0.0)).ok()?.as_string().filter(|origin| origin != "null")
}
