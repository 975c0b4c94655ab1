//! A line in a chart's panel once a click or tap on the chart has narrowed
//! the dashboard: the chip the click adds stands far up the page (on a
//! phone, screens away), and a reader who tapped a mark twice to see its
//! figure again found the chart changed, or emptied, with nothing beside it
//! to say why.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Ctx;
use crate::interop::echarts::ChartEvent;
use crate::state::{ChartId, Filters};
use crate::text::Key;

/// The last pick: the chart clicked, the filters before the click, and the
/// rows it chose (`Filters::selection`). One for every chart
/// (`ChartsGrid`), so that only the chart clicked last says so.
#[derive(Clone, Copy)]
pub struct ChartPick(pub RwSignal<Option<(ChartId, Filters, Filters)>>);

/// `on_event` for `chart`, noting in `pick` a click that narrowed the rows
/// (a filter added). One that widened them (a second click taking the
/// filter off) or changed nothing notes nothing.
pub fn noting(on_event: Option<Callback<ChartEvent>>, pick: ChartPick, chart: ChartId) -> Option<Callback<ChartEvent>> {
    let ctx = Ctx::get();
    let narrowing = |f: &Filters| f.indicators.len() + f.sources.len();
    on_event.map(|handle| {
        Callback::new(move |event: ChartEvent| {
            let before = ctx.filters.get_untracked();
            handle.run(event);
            let after = ctx.filters.get_untracked();
            if after.selection() == before.selection() {
                return;
            }
            let narrowed = narrowing(&after) > narrowing(&before);
            pick.0.set(narrowed.then(|| (chart, before, after.selection())));
            // Once the page is laid out anew, the line in view: the chart's
            // legend and what stands above it shrink with the rows, and on a
            // phone the line went up off the screen, the reader left before
            // an emptied chart with nothing to say why.
            if narrowed {
                request_animation_frame(move || {
                    let line = document().query_selector(&format!("[data-chart=\"{}\"] .chart-picked", chart.as_str())).ok().flatten();
                    let top = line.map_or(0.0, |line| line.get_bounding_client_rect().top());
                    if top < 0.0 {
                        // A little below the window's edge, not against it.
                        window().scroll_by_with_x_and_y(0.0, top - 8.0);
                    }
                });
            }
        })
    })
}

/// "Filtered to what you picked in this chart. Undo", while the rows are
/// those the click chose, whatever language, view or chart options were
/// set since.
pub fn chart_picked(pick: ChartPick, chart: ChartId) -> impl IntoView {
    let ctx = Ctx::get();
    let shown = move || pick.0.with(|p| p.as_ref().is_some_and(|(at, _, rows)| *at == chart && ctx.selection.with(|s| s == rows)));
    let undo = move |ev: leptos::ev::MouseEvent| {
        let Some((_, before, _)) = pick.0.get_untracked() else { return };
        pick.0.set(None);
        ctx.update(|f| *f = f.with_rows_of(&before));
        // The button hides with the line: the keyboard stays on the chart.
        let panel = event_target::<web_sys::Element>(&ev).closest(".chart").ok().flatten();
        if let Some(panel) = panel.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = panel.focus();
        }
    };
    // A live region there from the start, the line added into it: one shown
    // by taking off its `hidden` is not announced by every screen reader.
    view! {
        <div class="chart-picked-live" role="status">
            <Show when=shown>
                <p class="chart-picked">
                    {move || ctx.t(Key::ChartPicked)} " "
                    <button class="chart-undo" on:click=undo>{move || ctx.t(Key::Undo)}</button>
                </p>
            </Show>
        </div>
    }
}
