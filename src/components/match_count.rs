//! The filter bar's count line: how many figures the filters let through,
//! or, in an embed of one chart (`chart=` with `controls=1`), how many that
//! chart shows, as its description counts them. An article's reader read
//! "97 figures match the filters" above a chart of 49.

use leptos::prelude::*;

use super::{live_text, Ctx};
use crate::charts::option::Drawing;
use crate::charts::Format;
use crate::interop::intl::IntlFormat;
use crate::text::Key;

/// The drawing of an embed's one chart. `ChartsGrid` hands it over as it
/// makes it, after the filter bar above it is made.
#[derive(Clone, Copy)]
pub struct AloneChart(pub RwSignal<Option<Memo<Drawing>>>);

#[component]
pub fn MatchCount() -> impl IntoView {
    let ctx = Ctx::get();
    let alone = use_context::<AloneChart>();
    let matching = Memo::new(move |_| ctx.matching.with(|m| m.len()));
    // (figures, whether those of one chart)
    let counted = Memo::new(move |_| match alone.and_then(|a| a.0.get()) {
        Some(drawing) => (drawing.with(|d| d.points.len()), true),
        None => (matching.get(), false),
    });
    view! {
        <p class="match-count" aria-live="polite" prop:textContent=live_text(move || {
            // By Intl, as every number: "100,000", and "1 observation".
            let format = IntlFormat::shared(ctx.lang.get());
            let (count, of_chart) = counted.get();
            let count = count as f64;
            let key = match (of_chart, format.is_one(count)) {
                (false, false) => Key::Matching,
                (false, true) => Key::MatchingOne,
                (true, false) => Key::FiguresShown,
                (true, true) => Key::FigureShown,
            };
            crate::text::fill(ctx.t(key), &[("n", &format.number_text(count))])
        })></p>
    }
}
