//! The filter bar's count line: how many figures the filters let through,
//! or, in an embed of one chart (`chart=` with `controls=1`), how many that
//! chart shows, as its description counts them. An article's reader read
//! "97 figures match the filters" above a chart of 49.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use super::{live_text, Ctx};
use crate::charts::option::Drawing;
use crate::charts::Format;
use crate::interop::intl::IntlFormat;
use crate::text::Key;

/// The drawing of an embed's one chart, which `ChartsGrid` hands over as
/// it makes it (before the filter bar: `EmbedView`). Set once; not a signal,
/// as nothing waits for it.
#[derive(Clone, Default)]
pub struct AloneChart(pub Arc<OnceLock<Memo<Drawing>>>);

#[component]
pub fn MatchCount() -> impl IntoView {
    let ctx = Ctx::get();
    let alone = use_context::<AloneChart>().and_then(|a| a.0.get().copied());
    let matching = Memo::new(move |_| ctx.matching.with(|m| m.len()));
    view! {
        <p class="match-count" aria-live="polite" prop:textContent=live_text(move || {
            // By Intl, as every number: "100,000", and "1 observation".
            let format = IntlFormat::shared(ctx.lang.get());
            let count = alone.map_or_else(|| matching.get(), |drawing| drawing.with(|d| d.points.len())) as f64;
            let key = match (alone.is_some(), format.is_one(count)) {
                (false, false) => Key::Matching,
                (false, true) => Key::MatchingOne,
                (true, false) => Key::FiguresShown,
                (true, true) => Key::FigureShown,
            };
            crate::text::fill(ctx.t(key), &[("n", &format.number_text(count))])
        })></p>
    }
}
