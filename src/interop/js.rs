//! Reading and writing the plain JS objects ECharts takes and gives.

use wasm_bindgen::JsValue;

/// `obj[key]`, or `undefined`.
pub fn field(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `obj[key] = value`; a value that is not an object takes no key.
pub fn set(obj: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

/// An option's component: one is an object, several an array.
pub fn one_or_many(value: JsValue) -> Vec<JsValue> {
    if js_sys::Array::is_array(&value) {
        js_sys::Array::from(&value).iter().collect()
    } else if value.is_object() {
        vec![value]
    } else {
        vec![]
    }
}
