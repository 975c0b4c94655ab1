//! The three ways of reading a dataset that BENCHMARKS.md compares; each
//! returns the number of observations read (0 on failure).
use marsad::data::Dataset;
use wasm_bindgen::prelude::*;

/// serde_json straight from the text into the model.
#[wasm_bindgen]
pub fn from_text(text: &str) -> usize {
    serde_json::from_str::<Dataset>(text).map(|d| d.observations.len()).unwrap_or(0)
}

/// What the app does: validation that reports every problem with its path.
#[wasm_bindgen]
pub fn validated(text: &str) -> usize {
    marsad::data::validate::parse_and_validate(text).map(|d| d.observations.len()).unwrap_or(0)
}

/// serde-wasm-bindgen from the object `JSON.parse` made.
#[wasm_bindgen]
pub fn from_value(value: JsValue) -> usize {
    serde_wasm_bindgen::from_value::<Dataset>(value).map(|d| d.observations.len()).unwrap_or(0)
}
