//! A panic must not leave a dead page: show a panel with a reload button.
//! The wasm instance is unusable after a panic, so the panel is plain DOM
//! built here, not a Leptos view.

use wasm_bindgen::JsCast;

use crate::data::Lang;
use crate::state::url::lang_from_code;
use crate::text::{self, Key};

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show_panel();
    }));
}

fn show_panel() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("marsad-crashed").is_some() {
        return Some(());
    }
    // The page's line that the figures are loading (index.html), where the
    // app had not come yet, stood on under the panel.
    if let Some(loading) = document.get_element_by_id("marsad-loading") {
        loading.remove();
    }
    // The page's language, as the app last set it on <html>.
    let lang = document.document_element()?.get_attribute("lang").and_then(|code| lang_from_code(&code)).unwrap_or(Lang::En);
    let panel = document.create_element("section").ok()?;
    panel.set_id("marsad-crashed");
    panel.set_class_name("load-error crashed");
    let _ = panel.set_attribute("role", "alert");
    let heading = document.create_element("h2").ok()?;
    heading.set_text_content(Some(text::get(lang, Key::Crashed)));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(text::get(lang, Key::CrashedWhy)));
    let button = document.create_element("button").ok()?.dyn_into::<web_sys::HtmlElement>().ok()?;
    button.set_class_name("reload");
    button.set_text_content(Some(text::get(lang, Key::Reload)));
    // A plain link-free reload: location.reload() from a click handler.
    let reload = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    button.set_onclick(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    for child in [&heading, &text, button.as_ref()] {
        let _ = panel.append_child(child);
    }
    let body = document.body()?;
    let _ = body.insert_before(&panel, body.first_child().as_ref());
    Some(())
}

/// Panics on purpose, so the browser tests can check the panel above on
/// the real release build. Callable only by script already running in the
/// page (which the CSP limits to our own).
#[wasm_bindgen::prelude::wasm_bindgen(js_name = marsadTestPanic)]
pub fn test_panic() {
    panic!("marsadTestPanic: a deliberate panic from the browser tests");
}
