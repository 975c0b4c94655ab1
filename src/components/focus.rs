//! Where the keyboard's focus goes when the control that held it goes away.
//! Left alone it falls to the page's body: a screen reader says nothing, and
//! the next Tab starts again from the top.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A removed filter chip's successor: the chip that takes its place, or the
/// one before, or else the first element matching `fallback` (the menu that
/// adds such a filter).
pub fn focus_chip_successor(ev: &web_sys::MouseEvent, fallback: &str) {
    let Ok(Some(item)) = event_target::<web_sys::Element>(ev).closest("li") else { return };
    let chip = item.next_element_sibling().or_else(|| item.previous_element_sibling()).and_then(|li| li.query_selector("button").ok().flatten());
    focus(chip.or_else(|| document().query_selector(fallback).ok().flatten()));
}

/// The shell's switcher that has the focus as the app replaces the shell
/// (its language buttons and theme menu work before the app): the app's own
/// takes it.
pub fn carry_focus_from_shell(shell: &web_sys::Element) {
    let Some(active) = document().active_element() else { return };
    if !shell.contains(Some(&active)) {
        return;
    }
    let twin = match active.get_attribute("data-lang").as_deref() {
        Some("en") => "#app button.lang[data-lang=\"en\"]",
        Some("fr") => "#app button.lang[data-lang=\"fr\"]",
        Some("ar") => "#app button.lang[data-lang=\"ar\"]",
        _ if active.class_name() == "theme" => "#app select.theme",
        _ => return,
    };
    focus_first(twin);
}

/// The first element matching `selector`, if any.
pub fn focus_first(selector: &str) {
    focus(document().query_selector(selector).ok().flatten());
}

fn focus(target: Option<web_sys::Element>) {
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = target.focus();
    }
}
