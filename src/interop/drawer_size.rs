//! A chart element's size: as the ResizeObserver reported it, grown for a
//! legend listed whole as far as the screen holds the chart, and given to
//! ECharts to draw at.

use wasm_bindgen::JsValue;

use super::drawer::Drawer;
use super::js::set;

/// Room kept above and below a chart grown to the screen's height, so that
/// its edges show.
const SCREEN_MARGIN: f64 = 8.0;

impl Drawer {
    /// Its element's client width and height for the screen: as observed,
    /// or read from the element (laying the page out) before the observer's
    /// first report, and where it last saw no width, as an element shown
    /// since may not have been reported yet (drawn as hidden, its legend
    /// would wait for a resize to be laid out). A width changed in the task
    /// that draws is reported at the next frame, and `rewrap` lays the
    /// legend out for it then.
    pub(super) fn screen_size(&self) -> (f64, f64) {
        match self.observed.get() {
            Some(size) if size.0 > 0.0 => size,
            _ => (f64::from(self.container.client_width()), f64::from(self.container.client_height())),
        }
    }

    /// ECharts' resize to a size given, which it then keeps until the next
    /// (`auto` measures the element, hiding the chart to read its size).
    pub(super) fn resize_to(&self, width: JsValue, height: JsValue) {
        let size = js_sys::Object::new();
        set(&size, "width", &width);
        set(&size, "height", &height);
        self.instance.resize_to(&size);
    }

    /// Its instance resized to its element's size as last observed, where
    /// it is not that size already: ECharts draws a resize to its own size
    /// anew, a sixth of a click's time at 100,000 rows.
    pub(super) fn match_size(&self) {
        if let Some((width, height)) = self.observed.get() {
            if (width, height) != (self.instance.width(), self.instance.height()) {
                self.resize_to(width.into(), height.into());
            }
        }
    }

    /// Of the `px` a legend listed whole adds, what the screen holds with
    /// the chart whole; past that, its plot gives up some of its height, a
    /// third at most. A phone on its side, 360 px high, had the French
    /// trend's 400 px run past it: its years or its names were off screen.
    pub(super) fn within_screen(&self, px: u32) -> u32 {
        // Most draws list no legend: no window to ask.
        if px == 0 {
            return 0;
        }
        let screen = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(f64::INFINITY);
        let base = self.screen_height.get();
        let room = (screen - base - SCREEN_MARGIN).max(0.0);
        let least = (f64::from(px) - base / 3.0).max(0.0);
        (f64::from(px).min(room).max(least)) as u32
    }

    /// Grows its element by `px` over its stylesheet's height, or back to
    /// it at 0; whether that changed its height. As `--legend-rows`, which
    /// the stylesheet adds to its own height: a height set whole stayed
    /// the one of the screen it was worked out for when a phone was turned.
    /// Through the CSSOM, which the page's CSP allows where it refuses a
    /// style attribute.
    pub(super) fn grow(&self, px: u32) -> bool {
        if self.grown.get() == px {
            return false;
        }
        let rows = if px == 0 { String::new() } else { format!("{px}px") };
        let _ = self.container.style().set_property("--legend-rows", &rows);
        self.grown.set(px);
        // Its new height, before the observer reports it: another draw in
        // the same task keeps the same height on screen.
        if let Some((width, _)) = self.observed.get() {
            self.observed.set(Some((width, (self.screen_height.get() as u32 + px).into())));
        }
        true
    }
}
