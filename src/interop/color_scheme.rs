//! Whether the system asks for dark colours, and when that changes while the
//! page is open (a phone turning dark at sunset): the Auto theme follows it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const DARK: &str = "(prefers-color-scheme: dark)";

fn dark_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(DARK).ok()?
}

pub fn prefers_dark() -> bool {
    dark_query().is_some_and(|list| list.matches())
}

/// Calls `on_change` with the system's choice each time it changes, until dropped.
pub struct ColorSchemeWatch {
    list: web_sys::MediaQueryList,
    callback: Closure<dyn FnMut(JsValue)>,
}

impl ColorSchemeWatch {
    pub fn start(on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let list = dark_query()?;
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
