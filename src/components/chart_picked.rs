//! A line in a chart's panel once a click or tap on the chart has filtered
//! the dashboard: the chip the click adds stands far up the page (on a
//! phone, screens away), and a reader who tapped a mark twice to see its
//! figure again found the chart changed, or emptied, with nothing beside it
//! to say why.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Ctx;
use crate::interop::echarts::ChartEvent;
use crate::state::Filters;
use crate::text::Key;

/// The filters before and after a click on the chart changed them.
pub type Picked = RwSignal<Option<(Filters, Filters)>>;

/// `on_event`, noting in `picked` the filters it changed.
pub fn noting(on_event: Option<Callback<ChartEvent>>, picked: Picked) -> Option<Callback<ChartEvent>> {
    let ctx = Ctx::get();
    on_event.map(|handle| {
        Callback::new(move |event: ChartEvent| {
            let before = ctx.filters.get_untracked();
            handle.run(event);
            let after = ctx.filters.get_untracked();
            if after != before {
                picked.set(Some((before, after)));
            }
        })
    })
}

/// "Filtered to what you picked in this chart. Undo", while the filters
/// are those the click made.
pub fn chart_picked(picked: Picked) -> impl IntoView {
    let ctx = Ctx::get();
    let hidden = move || !picked.with(|p| p.as_ref().is_some_and(|(_, after)| ctx.filters.with(|f| f == after)));
    let undo = move |ev: leptos::ev::MouseEvent| {
        let Some((before, _)) = picked.get_untracked() else { return };
        picked.set(None);
        ctx.filters.set(before);
        // The button hides with the line: the keyboard stays on the chart.
        let panel = event_target::<web_sys::Element>(&ev).closest(".chart").ok().flatten();
        if let Some(panel) = panel.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = panel.focus();
        }
    };
    view! {
        <p class="chart-picked" role="status" hidden=hidden>
            {move || ctx.t(Key::ChartPicked)} " "
            <button class="chart-undo" on:click=undo>{move || ctx.t(Key::Undo)}</button>
        </p>
    }
}
