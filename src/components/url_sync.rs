//! The address bar follows the filters: a history entry for each step of
//! the reading (replaced in an embed, and for a theme), and Back and Forward
//! set the filters the address names.

use leptos::prelude::*;

use super::focus::focus_first;
use crate::state::pages::page_path;
use crate::state::url::{parse_query, to_query};
use crate::state::Filters;

/// The page's path and its query (with its `?`).
pub(super) fn location() -> (String, String) {
    let loc = window().location();
    (loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default())
}

/// The address's `#fragment` (a source's anchor), kept as the query changes.
fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Push a history entry whenever the filters change, and restore them on
/// Back/Forward. Only the URL is written here; the filters stay the truth.
pub(super) fn sync_url(filters: RwSignal<Filters>, extra: Vec<(String, String)>, push: bool, replace_next: StoredValue<bool>) {
    Effect::new(move |last: Option<Filters>| {
        let now = filters.get();
        let (query, lang) = (to_query(&now, &extra), now.lang);
        // The theme is the reader's, not a step of the reading: a switch is
        // written (a reload keeps it) over the entry, or Back had switched the
        // theme back before it undid a filter.
        let theme_only = last.is_some_and(|last| Filters { theme: now.theme, ..last } == now);
        // The first write (dropping ignored parameters) and corrections after
        // loading replace the entry, so Back never returns to a bad link.
        let push = push && !theme_only && !replace_next.get_value();
        replace_next.set_value(false);
        let (path, search) = location();
        let wanted = if query.is_empty() { String::new() } else { format!("?{query}") };
        // The page of the language chosen: what a link's preview reads.
        let page = page_path(&path, lang);
        if search != wanted || path != page {
            let url = format!("{page}{wanted}{}", fragment());
            let _ = window().history().and_then(|h| {
                if push {
                    h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                } else {
                    h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                }
            });
        }
        now
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let (mut restored, _) = parse_query(&location().1);
        // Back undoes the reading but keeps the theme; the entry it returns
        // to is rewritten with it, in place, so Forward is kept.
        restored.theme = filters.with_untracked(|f| f.theme);
        replace_next.set_value(true);
        // Back can take away the control that has the focus (the chip of a
        // filter it undoes), which left it to the page's body: the filter
        // bar takes it instead, once the page has followed the filters.
        let held = document().active_element();
        filters.set(restored);
        if let Some(held) = held {
            request_animation_frame(move || {
                if !held.is_connected() {
                    focus_first("#app section.filter-bar");
                }
            });
        }
    });
    on_cleanup(move || handle.remove());
}
