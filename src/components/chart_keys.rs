//! Keyboard exploration of a chart's points: the arrow keys, Home and End
//! go through them (its tooltip and an announcement follow), Enter does
//! what a click on the point does, Escape lets go.

use leptos::prelude::*;

use super::Ctx;
use crate::charts::option::Drawing;
use crate::data::Lang;
use crate::interop::echarts::{ChartEvent, EChart};

/// The panel's keydown handler, moving `focused` through `drawing`'s points.
pub fn explore_by_keys(
    ctx: Ctx,
    drawing: Memo<Drawing>,
    focused: RwSignal<Option<usize>>,
    chart: StoredValue<Option<EChart>, LocalStorage>,
    on_event: Option<Callback<ChartEvent>>,
) -> impl Fn(leptos::ev::KeyboardEvent) + Copy + 'static {
    move |ev: leptos::ev::KeyboardEvent| {
        let count = drawing.with(|d| d.points.len());
        if count == 0 {
            return;
        }
        let current = focused.get_untracked();
        // In Arabic the charts run right to left, the first year rightmost:
        // ← goes on through the points, and → back, where the eye goes.
        let (on, back) = if ctx.lang.get_untracked() == Lang::Ar { ("ArrowLeft", "ArrowRight") } else { ("ArrowRight", "ArrowLeft") };
        let next = match ev.key().as_str() {
            key if key == on || key == "ArrowDown" => Some(current.map_or(0, |i| (i + 1).min(count - 1))),
            key if key == back || key == "ArrowUp" => Some(current.map_or(0, |i| i.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(count - 1),
            // What a click on the point does (it filters to the point's
            // indicator or source), for a reader without a mouse.
            "Enter" => {
                let point = current.and_then(|i| drawing.with_untracked(|d| d.points.get(i).cloned()));
                if let (Some(p), Some(cb)) = (point, on_event) {
                    ev.prevent_default();
                    let series_name = Some(p.series);
                    cb.run(ChartEvent { component: "series".into(), series_index: Some(p.series_index), data_index: Some(p.data_index), name: p.text, series_name, tapped: false });
                }
                return;
            }
            "Escape" => {
                focused.set(None);
                chart.with_value(|c| if let Some(c) = c { c.blur() });
                ev.prevent_default();
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        focused.set(next);
        if let Some(p) = next.and_then(|i| drawing.with_untracked(|d| d.points.get(i).cloned())) {
            chart.with_value(|c| if let Some(c) = c { c.focus_point(p.series_index, p.data_index) });
        }
    }
}
