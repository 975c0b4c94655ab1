//! A select that a keyboard browses before it picks. Chromium on Linux and
//! Windows changes a closed select's value on every arrow key (and on a
//! typed letter), with a `change` each time: a filter applied at once took
//! the first option on the first ArrowDown, and the arrows never reached
//! the others (the "Indicator…" menu added attempts foiled and reset). A
//! value browsed so waits for Enter, or for the focus to leave, as a value
//! shown is a value chosen; Escape puts back the one before. A pick with
//! the pointer, or in the opened list (Space, Alt with an arrow, or the
//! arrows of macOS, open it), applies at once: a change is a step of the
//! keyboard's only in the task of the key that made it.

use leptos::ev::{Event, FocusEvent, KeyboardEvent};
use leptos::prelude::*;
use web_sys::HtmlSelectElement;

/// The handlers of one select; `apply` takes the value picked.
#[derive(Clone, Copy)]
pub struct Pick {
    /// The value before the keyboard began browsing, while it is.
    before: StoredValue<Option<String>>,
    /// A browsing key is being handled: the change it makes, in the same
    /// task, is a step, not a pick.
    stepping: StoredValue<bool>,
    apply: Callback<String>,
    /// The prompt a select of picks goes back to once one is applied.
    prompt: Option<&'static str>,
}

impl Pick {
    pub fn new(apply: impl Fn(String) + Send + Sync + 'static) -> Pick {
        Pick { before: StoredValue::new(None), stepping: StoredValue::new(false), apply: Callback::new(apply), prompt: None }
    }

    /// Back to `prompt` once a pick applies: "Indicator…", whose picks show
    /// as chips instead.
    pub fn back_to(self, prompt: &'static str) -> Pick {
        Pick { prompt: Some(prompt), ..self }
    }

    // The handlers as one closure type each, whatever the select: a closure
    // written at each of the five selects compiled leptos's listener code
    // five times over.
    pub fn on_keydown(self) -> impl FnMut(KeyboardEvent) + Clone + Send + Sync + 'static {
        move |ev| self.keydown(ev)
    }

    pub fn on_change(self) -> impl FnMut(Event) + Clone + Send + Sync + 'static {
        move |ev| self.change(ev)
    }

    pub fn on_blur(self) -> impl FnMut(FocusEvent) + Clone + Send + Sync + 'static {
        move |ev| self.blur(ev)
    }

    /// A pointer opens the list, from the value applied: what it picks
    /// there applies at once.
    pub fn on_pointerdown(self) -> impl FnMut(leptos::ev::PointerEvent) + Clone + Send + Sync + 'static {
        move |ev| {
            self.put_back(&event_target::<HtmlSelectElement>(&ev));
        }
    }

    /// Back to the value before browsing, if browsing; whether it was.
    fn put_back(self, select: &HtmlSelectElement) -> bool {
        let Some(before) = self.before.get_value() else { return false };
        select.set_value(&before);
        self.before.set_value(None);
        true
    }

    fn keydown(self, ev: KeyboardEvent) {
        let select = event_target::<HtmlSelectElement>(&ev);
        let key = ev.key();
        match key.as_str() {
            "Enter" => self.commit(&select),
            "Escape" if self.put_back(&select) => ev.prevent_default(),
            // What changes a closed select's value in place: arrows, Home,
            // End, pages and a typed letter (not Space, nor Alt with an
            // arrow, which open the list).
            _ if !ev.alt_key()
                && !ev.ctrl_key()
                && !ev.meta_key()
                && (matches!(key.as_str(), "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp" | "PageDown")
                    || (key.chars().count() == 1 && key != " ")) =>
            {
                if self.before.with_value(Option::is_none) {
                    self.before.set_value(Some(select.value()));
                }
                self.stepping.set_value(true);
                let stepping = self.stepping;
                set_timeout(move || stepping.set_value(false), std::time::Duration::ZERO);
            }
            _ => {}
        }
    }

    fn change(self, ev: Event) {
        if !self.stepping.get_value() {
            self.before.set_value(None);
            self.run(&event_target::<HtmlSelectElement>(&ev));
        }
    }

    fn blur(self, ev: FocusEvent) {
        self.commit(&event_target::<HtmlSelectElement>(&ev));
    }

    /// Applies the value browsed to, if it differs from the one before.
    fn commit(self, select: &HtmlSelectElement) {
        if let Some(before) = self.before.get_value() {
            self.before.set_value(None);
            if select.value() != before {
                self.run(select);
            }
        }
    }

    fn run(self, select: &HtmlSelectElement) {
        let value = select.value();
        if let Some(prompt) = self.prompt {
            select.set_value(prompt);
        }
        self.apply.run(value);
    }
}
