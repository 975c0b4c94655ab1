//! A chart's figures as a real table, under it: for screen readers, for
//! readers who want the numbers, and on paper for the disagreements' dots.

use leptos::prelude::*;

use super::Ctx;
use crate::charts::describe::Point;
use crate::charts::option::Drawing;
use crate::interop::intl::IntlFormat;
use crate::text::Key;

/// What of a point a column of the data table shows.
type Column = fn(&Point) -> &str;

/// The chart's figures as a real table.
#[component]
pub fn DataTable(drawing: Memo<Drawing>) -> impl IntoView {
    let ctx = Ctx::get();
    // A column no point fills is hidden: a ring's slices have no series or
    // category, and a screen reader read "blank" twice for each.
    let fills = move |column: Column| drawing.with(|d| d.points.iter().any(|p| !column(p).is_empty()));
    let (series, category): (Column, Column) = (|p| &p.series, |p| &p.category);
    view! {
        <div class="table-wrap">
            <table>
                <thead><tr>
                    <th scope="col" hidden=move || !fills(series)>{move || ctx.t(Key::Series)}</th>
                    <th scope="col" hidden=move || !fills(category)>{move || ctx.t(Key::Category)}</th>
                    <th scope="col">{move || ctx.t(Key::Value)}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let (no_series, no_category) = (!fills(series), !fills(category));
                        drawing.with(|d| d.points.clone()).into_iter().map(|p| {
                            let shown = if p.text.is_empty() { IntlFormat::shared(ctx.lang.get_untracked()).number_text(p.value) } else { p.text.clone() };
                            // The figure in the page's direction, not isolated: "Le360: at
                            // least 50,000" in Arabic reads from its publisher, where an
                            // isolate took the direction of its first (Latin) letter. A
                            // cell is its own paragraph, so its text cannot reorder others.
                            view! { <tr><td hidden=no_series><bdi prop:textContent=p.series></bdi></td><td hidden=no_category><bdi prop:textContent=p.category></bdi></td><td prop:textContent=shown></td></tr> }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
