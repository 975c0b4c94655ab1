//! Whether an element is in or near the viewport, for work that matters only
//! to a reader who can see it: a chart out of view skips its redraws until it
//! is scrolled to (redrawing the three unseen charts was nearly half of a
//! filter click at 4× CPU). Printing is the chart panel's to handle
//! (`components::chart_paper`): it draws every chart, seen or not.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How far outside the viewport still counts as in view, so that a chart is
/// drawn before it scrolls in rather than as it does.
const MARGIN_PX: f64 = 300.0;
const ROOT_MARGIN: &str = "300px 0px";

/// Calls `on_change` when the element comes into view or leaves it.
/// Disconnects on drop.
pub struct VisibilityWatch {
    observer: web_sys::IntersectionObserver,
    _on_intersect: Closure<dyn FnMut(js_sys::Array)>,
}

impl VisibilityWatch {
    /// `None` where the browser has no IntersectionObserver: the caller then
    /// treats the element as always in view.
    pub fn start(el: &web_sys::Element, on_change: impl Fn(bool) + 'static) -> Option<VisibilityWatch> {
        let on_intersect = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The last entry is the latest state of our one element.
            if let Some(entry) = entries.iter().last().and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok()) {
                on_change(entry.is_intersecting());
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(ROOT_MARGIN);
        let observer =
            web_sys::IntersectionObserver::new_with_options(on_intersect.as_ref().unchecked_ref(), &options).ok()?;
        observer.observe(el);
        Some(VisibilityWatch { observer, _on_intersect: on_intersect })
    }
}

impl Drop for VisibilityWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Whether the element is in or near the viewport now (the observer's first
/// report comes a frame later, and the chart readers came for should not wait
/// for it). Laid-out size zero, as under `display: none`, is out of view.
pub fn in_view_now(el: &web_sys::Element) -> bool {
    let Some(height) = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()) else { return true };
    let rect = el.get_bounding_client_rect();
    (rect.width() > 0.0 || rect.height() > 0.0) && rect.bottom() >= -MARGIN_PX && rect.top() <= height + MARGIN_PX
}
