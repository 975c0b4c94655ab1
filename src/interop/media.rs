//! The reader's environment that CSS media queries tell: less motion, dark
//! colours, and when the system's colours change while the page is open (a
//! phone turning dark at sunset), which the Auto theme follows; paper.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub const DARK: &str = "(prefers-color-scheme: dark)";

fn query(media: &str) -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(media).ok()?
}

fn matches(media: &str) -> bool {
    query(media).is_some_and(|list| list.matches())
}

pub fn prefers_reduced_motion() -> bool {
    matches("(prefers-reduced-motion: reduce)")
}

pub fn prefers_dark() -> bool {
    matches(DARK)
}

/// Whether the page is laid out for paper: printing, or a headless browser
/// emulating print to make a PDF, which fires no `beforeprint`.
pub fn printing() -> bool {
    matches(PRINT)
}

pub const PRINT: &str = "print";

/// Calls `on_change` with whether `media` matches each time that changes,
/// until dropped: the system's colours (a phone turning dark at sunset), or
/// print media.
pub struct MediaWatch {
    list: web_sys::MediaQueryList,
    callback: Closure<dyn FnMut(JsValue)>,
}

impl MediaWatch {
    pub fn start(media: &str, on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let list = query(media)?;
        let watched = list.clone();
        let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| on_change(watched.matches()));
        list.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref()).ok()?;
        Some(Self { list, callback })
    }
}

impl Drop for MediaWatch {
    fn drop(&mut self) {
        let _ = self.list.remove_event_listener_with_callback("change", self.callback.as_ref().unchecked_ref());
    }
}
