//! The reader's environment that CSS media queries tell: less motion, dark
//! colours, and when the system's colours change while the page is open (a
//! phone turning dark at sunset), which the Auto theme follows.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const DARK: &str = "(prefers-color-scheme: dark)";

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

/// Calls `on_change` with the system's choice each time it changes, until dropped.
pub struct ColorSchemeWatch {
    list: web_sys::MediaQueryList,
    callback: Closure<dyn FnMut(JsValue)>,
}

impl ColorSchemeWatch {
    pub fn start(on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let list = query(DARK)?;
        let watched = list.clone();
        let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| on_change(watched.matches()));
        list.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref()).ok()?;
        Some(Self { list, callback })
    }
}

impl Drop for ColorSchemeWatch {
    fn drop(&mut self) {
        let _ = self.list.remove_event_listener_with_callback("change", self.callback.as_ref().unchecked_ref());
    }
}
