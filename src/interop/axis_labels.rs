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

/// The category x axis's labels as measured: the widest's px, and how many.
pub type Labels = (f64, usize);

/// `option`'s category x axis's labels, measured; none where it has none
/// or no canvas measures text.
pub fn measure(option: &JsValue) -> Option<Labels> {
    let axis = one_or_many(field(option, "xAxis")).into_iter().find(|axis| field(axis, "type").as_string().as_deref() == Some("category"))?;
    let labels: Vec<String> = field(&axis, "data").dyn_ref::<js_sys::Array>()?.iter().filter_map(|l| l.as_string()).collect();
    let widest = super::paper::text_widths(&labels)?.into_iter().reduce(f64::max)?;
    Some((widest, labels.len()))
}

/// Whether a chart `width` px wide turns `labels`: they do not fit side
/// by side, and do turned.
pub fn turned((widest, count): Labels, width: f64) -> bool {
    let place = (width - BESIDE_PLOT) / count as f64;
    width > 0.0 && count > 1 && place < widest + GAP && place >= TURNED
}

/// Shows every label of `option`'s category x axis, turned by 45°.
pub fn turn(option: &JsValue) {
    for axis in one_or_many(field(option, "xAxis")).into_iter().filter(|axis| field(axis, "type").as_string().as_deref() == Some("category")) {
        let label = field(&axis, "axisLabel");
        let label = if label.is_object() { label } else { js_sys::Object::new().into() };
        set(&label, "interval", &JsValue::from(0));
        set(&label, "rotate", &JsValue::from(45));
        set(&axis, "axisLabel", &label);
    }
}
