//! A category axis's labels on a narrow chart. Where they do not fit side
//! by side, ECharts shows every other one: on a phone the trend named 2017,
//! 2019, 2021… and a reader counted bars to find 2024, the year most quoted.
//! Where each fits its place turned, all are shown, turned.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use super::js::{field, one_or_many, set};

/// What a chart's width leaves beside its plot: the value axis's numbers
/// ("100,000") and the grid's margins, about 67 px on a phone.
const BESIDE_PLOT: f64 = 70.0;
/// The gap ECharts wants between labels side by side.
const GAP: f64 = 8.0;
/// Turned by 45°, a label needs about its line's height times √2 of its
/// place: narrower (decades of years on a phone), ECharts' every other one
/// is the better choice.
const TURNED: f64 = 18.0;

/// Shows every label of `option`'s category x axes, turned by 45°, where a
/// chart `width` px wide does not hold them side by side and does turned.
pub fn show_every_label(option: &JsValue, width: f64) {
    if width <= 0.0 {
        return;
    }
    for axis in one_or_many(field(option, "xAxis")) {
        if field(&axis, "type").as_string().as_deref() != Some("category") {
            continue;
        }
        let Some(labels) = field(&axis, "data").dyn_ref::<js_sys::Array>().map(|a| a.iter().filter_map(|l| l.as_string()).collect::<Vec<_>>()) else { continue };
        let Some(widest) = super::paper::text_widths(&labels).and_then(|w| w.into_iter().reduce(f64::max)) else { continue };
        let place = (width - BESIDE_PLOT) / labels.len() as f64;
        if place >= widest + GAP || place < TURNED {
            continue;
        }
        let label = field(&axis, "axisLabel");
        let label = if label.is_object() { label } else { js_sys::Object::new().into() };
        set(&label, "interval", &JsValue::from(0));
        set(&label, "rotate", &JsValue::from(45));
        set(&axis, "axisLabel", &label);
    }
}
