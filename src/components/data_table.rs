//! A chart's figures as a real table, under it: for screen readers, for
//! readers who want the numbers, and on paper, where no tooltip says a
//! mark's period and publisher.

use leptos::prelude::*;

use super::Ctx;
use crate::charts::describe::{is_year, Point};
use crate::charts::option::Drawing;
use crate::interop::intl::IntlFormat;
use crate::text::{self, Key};

/// What of a point a column of the data table shows.
type Column = fn(&Point) -> &str;

/// The chart's figures as a real table, named by the chart's title (its
/// element's id `title_id`): a screen reader's list of tables read "table"
/// alone for each chart's.
#[component]
pub fn DataTable(drawing: Memo<Drawing>, title_id: String) -> impl IntoView {
    let ctx = Ctx::get();
    // A column no point fills is hidden: a ring's slices have no series,
    // and a screen reader read "blank" for each.
    let fills = move |column: Column| drawing.with(|d| d.points.iter().any(|p| !column(p).is_empty()));
    let (series, category): (Column, Column) = (|p| &p.series, |p| &p.category);
    // A chart by year heads its years "Year": "Category" over 2017, 2018…
    // named them as no reader would; over the indicators of the featured
    // chart and the disagreements, "Indicator", as "Category" is the filter
    // bar's word for its groups of indicators.
    let category_name = move || if drawing.with(|d| d.points.iter().all(|p| is_year(&p.category))) { Key::Year } else { Key::Indicator };
    view! {
        <div class="table-wrap">
            // Roles, as a phone lays its rows out as grids (style/main.css).
            <table role="table" aria-labelledby=title_id>
                <thead role="rowgroup"><tr role="row">
                    <th scope="col" role="columnheader" hidden=move || !fills(series)>{move || ctx.t(Key::Series)}</th>
                    <th scope="col" role="columnheader" hidden=move || !fills(category)>{move || ctx.t(category_name())}</th>
                    <th scope="col" role="columnheader">{move || ctx.t(Key::Value)}</th>
                </tr></thead>
                <tbody role="rowgroup">
                    {move || {
                        let (no_series, no_category) = (!fills(series), !fills(category));
                        drawing.with(|d| d.points.clone()).into_iter().map(|p| {
                            let shown = if p.text.is_empty() { IntlFormat::shared(ctx.lang.get_untracked()).number_text(p.value) } else { p.text.clone() };
                            // The figure in the page's direction, not isolated: "Le360: at
                            // least 50,000" in Arabic reads from its publisher, where an
                            // isolate took the direction of its first (Latin) letter. A
                            // cell is its own paragraph, so its text cannot reorder others.
                            // Each row headed by its series and its year or indicator, which
                            // its figure then leaves out: a screen reader read the year three
                            // times a row, and down the figures, no series.
                            let shown = if no_category { shown } else { text::cited_title(&p.category, &shown).to_string() };
                            view! { <tr role="row"><th scope="row" role="rowheader" hidden=no_series><bdi prop:textContent=p.series></bdi></th><th scope="row" role="rowheader" hidden=no_category><bdi prop:textContent=p.category></bdi></th><td role="cell" prop:textContent=shown></td></tr> }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
