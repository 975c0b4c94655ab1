//! The views. Each reads the one filter state from context; the only effects
//! are those that sync with the outside world (ECharts, the URL, <html>).
//!
//! Text that changes with the filters (figures, counts, table cells, a chart's
//! description, the citation) is set as its element's `textContent`
//! (`prop:textContent`), not held as a text node. A browser's page translator
//! replaces each text node with elements of its own, so a text node updated
//! later is off the page, and a translated page kept showing the old figures
//! (tests/browser/translated.test.mjs). A reactive one goes through
//! `live_text`.

pub mod app;
pub mod cards;
mod chart_keys;
pub mod chart_panel;
mod chart_paper;
pub mod chart_picked;
pub mod charts_grid;
mod copier;
mod credit;
pub mod dashboard;
pub mod data_table;
pub mod embed;
pub mod filter_bar;
pub mod focus;
pub mod load_error;
pub mod match_count;
mod pick;
pub mod share;
pub mod sources;
mod source_links;
pub mod table;
mod url_sync;

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::Input;
use crate::data::{Dataset, Lang};
use crate::interop::intl::IntlFormat;
use crate::state::url::dashboard_link;
use crate::state::{Filters, TableSort};

/// What every view reads: the dataset on screen and the filter state.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub dataset: Memo<Arc<Dataset>>,
    pub filters: RwSignal<Filters>,
    /// The part of the filters that chooses rows (`Filters::selection`).
    pub selection: Memo<Filters>,
    /// Positions of the observations the filters let through: the one
    /// filter pass per change that every view reads.
    pub matching: Memo<Arc<Vec<u32>>>,
    /// With a source chosen, `matching` and the other sources' figures for
    /// the same indicators and periods (`charts::other_sources`): a second
    /// filter pass, made once per change for the charts that read it.
    /// Empty, and not read, while no source is chosen (the type of
    /// `matching`, whose memo code the wasm holds once).
    pub with_other_sources: Memo<Arc<Vec<u32>>>,
    /// The same positions in the table's order (`Filters::sort`), made when
    /// first read: the table's rows and "CSV of the rows shown".
    pub ordered: Memo<Arc<Vec<u32>>>,
    /// The table's order (`Filters::sort`), which `ordered` sorts by and the
    /// table's headers show.
    pub sort: Memo<TableSort>,
    pub lang: Memo<Lang>,
    /// The dark theme is on: chosen with `?theme=dark`, or by the system.
    pub dark: Memo<bool>,
    /// The `?data=` link's value, when the page shows another dataset.
    pub data_param: StoredValue<Option<String>>,
}

impl Ctx {
    pub fn get() -> Ctx {
        expect_context::<Ctx>()
    }

    /// Change the filters as one discrete step (a new history entry), the
    /// table back to its first page where it changes its rows, their order
    /// or the view (`Filters::step`).
    pub fn update(&self, f: impl FnOnce(&mut Filters)) {
        self.filters.update(|filters| filters.step(f));
    }

    /// Run `f` with a chart builder's input for the current state, tracking
    /// the dataset, filters and language.
    pub fn with_input<T>(&self, f: impl FnOnce(&Input) -> T) -> T {
        let lang = self.lang.get();
        let format = IntlFormat::shared(lang);
        let dataset = self.dataset.get();
        let matching = self.matching.get();
        let others = self.with_other_sources.get();
        self.filters.with(|filters| f(&Input::with_matching(&dataset, filters, &*format, &matching).with_other_sources_found(Some(&others))))
    }

    /// Run `f` with what an address of this view is made of: the URL of the
    /// page of the language chosen, without query (`state::pages`), the
    /// filters (tracked) and the `?data=` dataset.
    pub fn with_view<T>(&self, f: impl FnOnce(&str, &Filters, Option<&str>) -> T) -> T {
        self.data_param.with_value(|data| self.filters.with(|filters| f(&share::page_url(filters.lang), filters, data.as_deref())))
    }

    /// This view's address: the dataset and filters on screen, tracking the
    /// filters. What readers cite, copy and open from an embed.
    pub fn link(&self) -> String {
        self.with_view(dashboard_link)
    }

    /// Whether the filters narrow the rows (`selection`): the log axis,
    /// view, language and theme do not.
    pub fn narrowed(&self) -> bool {
        self.selection.with(|s| *s != crate::state::Filters::default())
    }

    pub fn t(&self, key: crate::text::Key) -> &'static str {
        crate::text::get(self.lang.get(), key)
    }
}

/// Text that changes with the filters, for an element's `prop:textContent`
/// (see this module's doc). One type for all of them, so that the wasm holds
/// one copy of the code that sets it rather than one per closure.
pub fn live_text(text: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(text)
}

/// A dataset's text as an element shows it alone: the words, and the
/// language and direction they read in where not the page's
/// (`Text::element_attrs`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct DataText {
    pub text: String,
    pub lang: Option<&'static str>,
    pub dir: Option<&'static str>,
}

impl DataText {
    pub fn of(text: &crate::data::Text, lang: Lang) -> Self {
        let (marked, dir) = text.element_attrs(lang);
        DataText { text: text.get(lang).to_string(), lang: marked, dir }
    }

    /// Indicator `id`'s label, or its id where the dataset has none.
    pub fn label(input: &Input, id: &str) -> Self {
        input.indicator(id).map_or_else(|| DataText { text: id.to_string(), ..DataText::default() }, |i| DataText::of(&i.label, input.lang()))
    }
}
