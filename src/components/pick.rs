//! A select that a keyboard browses before it picks. Chromium on Linux and
//! Windows changes a closed select's value on every arrow key (and on a
//! typed letter), with a `change` each time: a filter applied at once took
//! the first option on the first ArrowDown, and the arrows never reached
//! the others (the "Indicator…" menu added attempts foiled and reset). A
//! value browsed so waits for Enter, or for the focus to leave, as a value
//! shown is a value chosen; Escape puts back the one before. A pick with
//! the pointer, or in the opened list, applies at once.

use leptos::ev::{Event, FocusEvent, KeyboardEvent};
use leptos::prelude::*;
use web_sys::HtmlSelectElement;

/// The handlers of one select; `apply` takes the value picked.
#[derive(Clone, Copy)]
pub struct Pick {
    /// The value before the keyboard began browsing, while it is.
    before: StoredValue<Option<String>>,
    apply: Callback<String>,
    /// The prompt a select of picks goes back to once one is applied.
    prompt: Option<&'static str>,
}

impl Pick {
    pub fn new(apply: impl Fn(String) + Send + Sync + 'static) -> Pick {
        Pick { before: StoredValue::new(None), apply: Callback::new(apply), prompt: None }
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

    /// A pointer opens the list: what it picks there applies at once.
    pub fn on_pointerdown(self) -> impl FnMut(leptos::ev::PointerEvent) + Clone + Send + Sync + 'static {
        move |_| self.before.set_value(None)
    }

    fn keydown(self, ev: KeyboardEvent) {
        let select = event_target::<HtmlSelectElement>(&ev);
        let key = ev.key();
        match key.as_str() {
            "Enter" => self.commit(&select),
            "Escape" => {
                if let Some(before) = self.before.get_value() {
                    select.set_value(&before);
                    self.before.set_value(None);
                    ev.prevent_default();
                }
            }
            // What changes a closed select's value in place: arrows, Home,
            // End, pages and a typed letter (not Space, nor Alt with an
            // arrow, which open the list).
            _ if !ev.alt_key()
                && !ev.ctrl_key()
                && !ev.meta_key()
                && (matches!(key.as_str(), "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp" | "PageDown")
                    || (key.chars().count() == 1 && key != " "))
                && self.before.with_value(Option::is_none) =>
            {
                self.before.set_value(Some(select.value()));
            }
            _ => {}
        }
    }

    fn change(self, ev: Event) {
        if self.before.with_value(Option::is_none) {
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
