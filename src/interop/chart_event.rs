//! What a click on a chart or its legend hit, read from ECharts' event.

use wasm_bindgen::{JsCast, JsValue};

use super::js::field;

/// What a click on a chart hit.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartEvent {
    /// "series" for a bar or slice, "legend" for a legend item.
    pub component: String,
    pub series_index: Option<usize>,
    pub data_index: Option<usize>,
    /// The data item's name, or the legend item's name.
    pub name: String,
    pub series_name: Option<String>,
    /// A finger's tap rather than a mouse's click (ECharts makes a click of
    /// a touch's end).
    pub tapped: bool,
}

/// ECharts' click from a finger is made at the touch's end, and the chart
/// it filters changes height there and then; the click the browser makes
/// of that touch afterwards landed on whatever had come under the finger:
/// the PNG button (a download), the data table's summary. A touch that
/// acted on the chart is the chart's alone (nor does it move the focus).
/// ECharts reads a finger from touch events, never from pointer events, so
/// the event to cancel is a `touchend`; a mouse's click is left alone.
pub(super) fn keep_touch(native: &JsValue) {
    if let Some(touch) = native.dyn_ref::<web_sys::Event>().filter(|e| e.type_().starts_with("touch")) {
        touch.prevent_default();
    }
}

/// The browser's event being dispatched: ECharts gives a legend's event
/// none, and a finger's tap on it comes of the touch's end.
pub(super) fn dispatched_event() -> JsValue {
    web_sys::window().map(|w| w.event()).unwrap_or_default()
}

/// The browser's event that ECharts' `params` came of.
pub(super) fn native_event(params: &JsValue) -> JsValue {
    field(&field(params, "event"), "event")
}

fn index(obj: &JsValue, key: &str) -> Option<usize> {
    field(obj, key).as_f64().filter(|v| *v >= 0.0).map(|v| v as usize)
}

impl ChartEvent {
    pub(super) fn from_click(params: &JsValue) -> ChartEvent {
        ChartEvent {
            component: field(params, "componentType").as_string().unwrap_or_default(),
            series_index: index(params, "seriesIndex"),
            data_index: index(params, "dataIndex"),
            name: field(params, "name").as_string().unwrap_or_default(),
            series_name: field(params, "seriesName").as_string(),
            tapped: {
                let native = native_event(params);
                field(&native, "type").as_string().is_some_and(|t| t.starts_with("touch"))
                    || field(&native, "pointerType").as_string().as_deref() == Some("touch")
            },
        }
    }

    pub(super) fn from_legend(params: &JsValue) -> ChartEvent {
        ChartEvent {
            component: "legend".into(),
            series_index: None,
            data_index: None,
            name: field(params, "name").as_string().unwrap_or_default(),
            series_name: None,
            tapped: false,
        }
    }
}

/// How far a finger moves over a chart, in CSS px, before it is a swipe
/// rather than a tap.
const SWIPE_PX: f64 = 10.0;

/// Calls `swiped` at the end of a touch on `el` that moved up or down: a
/// reader scrolling the page with a finger on a chart opened a tooltip
/// (ECharts shows one as a touch starts) and it stayed open over the bars.
/// A touch the browser cancels, to scroll, is a swipe. A tap keeps its
/// tooltip, and so does a finger slid across the bars by year to read them.
/// The listeners go when the watch is dropped: the element outlives its
/// chart (a new theme or language makes another in it), and a touch had
/// called closures dropped with the chart before.
pub(super) fn on_swipe(el: &web_sys::HtmlElement, swiped: impl Fn() + 'static) -> SwipeWatch {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    fn at(event: &JsValue, list: &str) -> Option<(f64, f64)> {
        let touch = js_sys::Reflect::get(&field(event, list), &JsValue::from(0)).ok()?;
        Some((field(&touch, "clientX").as_f64()?, field(&touch, "clientY").as_f64()?))
    }
    let start = Rc::new(Cell::new(None::<(f64, f64)>));
    let started = Rc::clone(&start);
    let touched = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| started.set(at(&e, "touches")));
    let lifted = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
        let Some((x0, y0)) = start.take() else { return };
        let cancelled = field(&e, "type").as_string().as_deref() == Some("touchcancel");
        if cancelled || at(&e, "changedTouches").is_some_and(|(x, y)| (y - y0).abs() > SWIPE_PX.max((x - x0).abs())) {
            swiped();
        }
    });
    // Passive: they never hold the page's scrolling up.
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(true);
    let abort = web_sys::AbortController::new().ok();
    if let Some(abort) = &abort {
        options.set_signal(&abort.signal());
    }
    for (name, listener) in [("touchstart", &touched), ("touchend", &lifted), ("touchcancel", &lifted)] {
        let _ = el.add_event_listener_with_callback_and_add_event_listener_options(name, listener.as_ref().unchecked_ref(), &options);
    }
    SwipeWatch { abort, _listeners: [touched, lifted] }
}

/// `on_swipe`'s listeners, removed on drop.
pub(super) struct SwipeWatch {
    abort: Option<web_sys::AbortController>,
    _listeners: [wasm_bindgen::closure::Closure<dyn FnMut(JsValue)>; 2],
}

impl Drop for SwipeWatch {
    fn drop(&mut self) {
        if let Some(abort) = &self.abort {
            abort.abort();
        }
    }
}
