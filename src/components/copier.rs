//! Text put on the reader's clipboard, and what is said of it: "Copied.",
//! or where the clipboard refuses (plain http, a frame without
//! clipboard-write), the text selected in a box, to copy by hand. The share
//! bar's link and embed code, and the citation, each have one.

use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{live_text, Ctx};
use crate::interop::download;
use crate::text::Key;

#[derive(Clone, Copy)]
pub struct Copier {
    /// What was said of a copy, and the text copied.
    said: RwSignal<Option<(Key, String)>>,
    /// Each copy and each forgetting is numbered: a copy the clipboard
    /// finished after a download had said "Copied." as the download's outcome.
    number: StoredValue<u32>,
    /// Shown only when the clipboard refused.
    manual: NodeRef<Textarea>,
    /// The text (or texts) the buttons copy, which a filter or the language
    /// rewrites beside what was said: "Copied." and the box to copy by hand
    /// are of the text copied, and show only while it is on screen.
    current: Option<Memo<String>>,
}

impl Copier {
    fn new() -> Self {
        Copier { said: RwSignal::new(None), number: StoredValue::new(0), manual: NodeRef::new(), current: None }
    }

    /// A copier of a text within `current`, which changes on screen.
    pub fn of(current: Memo<String>) -> Self {
        Copier { current: Some(current), ..Copier::new() }
    }

    /// What is said now: of the text on screen only.
    fn said_now(self) -> Option<Key> {
        self.said.with(|said| said.as_ref().filter(|(_, text)| self.current.is_none_or(|c| c.with(|c| c.contains(text.as_str())))).map(|(key, _)| *key))
    }

    pub fn copy(self, text: String) {
        self.number.update_value(|n| *n += 1);
        let this_copy = self.number.get_value();
        spawn_local(async move {
            let done = download::copy(&text).await;
            // Another copy or a forgetting since, or (`current`) the text
            // rewritten on screen: what the clipboard says is of the past.
            if self.number.get_value() != this_copy || self.current.is_some_and(|c| c.with_untracked(|c| !c.contains(&text))) {
                return;
            }
            if !done {
                if let Some(area) = self.manual.get_untracked() {
                    area.set_value(&text);
                    // Shown now, for the focus: its `hidden` follows in a
                    // later task.
                    area.set_hidden(false);
                    let _ = area.focus();
                    area.select();
                }
            }
            self.said.set(Some((if done { Key::Copied } else { Key::CopyRefused }, text)));
        });
    }

    /// What was said of an earlier copy goes, and a copy still under way
    /// will say nothing.
    pub fn forget(self) {
        self.number.update_value(|n| *n += 1);
        self.said.set(None);
    }

    /// The status line (`status_class`) and the box to copy by hand
    /// (`manual_class`), where the copy buttons are; `dir` the box's
    /// direction, where not the page's (an address and HTML read left to
    /// right, on an Arabic page too).
    pub fn view(self, status_class: &'static str, manual_class: &'static str, dir: Option<&'static str>) -> impl IntoView {
        let ctx = Ctx::get();
        view! {
            <p class=status_class role="status" prop:textContent=live_text(move || self.said_now().map(|key| ctx.t(key)).unwrap_or("").to_string())></p>
            // A textarea: an embed code keeps its line break.
            <textarea class=manual_class dir=dir readonly rows="3" hidden=move || self.said_now() != Some(Key::CopyRefused) node_ref=self.manual aria-label=move || ctx.t(Key::CopyRefused)></textarea>
        }
    }
}
