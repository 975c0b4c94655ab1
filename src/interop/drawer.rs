//! Drawing an option into an ECharts instance: the reader's environment
//! applied (`EChart::set` says what), and drawn again when the chart's new
//! width needs its paging legend laid out otherwise. Shared by an `EChart`
//! and its ResizeObserver.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::echarts::{describe, Drawn, Instance};
use super::js::{field, one_or_many, set};
use super::legend_layout::{lay_out_legend, PagingLegend};

/// What draws an option into the chart; shared with the ResizeObserver,
/// which draws it again where a new width needs its legend wrapped otherwise.
pub(super) struct Drawer {
    pub(super) instance: Instance,
    pub(super) container: web_sys::HtmlElement,
    /// Writes an axis's numbers for the reader's locale (an `Intl` format).
    pub(super) axis_numbers: js_sys::Function,
    /// The mark a finger last tapped, whose tooltip it shows (`on_event`).
    pub(super) tapped: Rc<Cell<Option<(usize, usize)>>>,
    /// The option last set, with its paging legend on screen (none for
    /// paper): a resize lays the legend out again without reading the option
    /// anew, and a chart whose legend does not page has nothing to do.
    pub(super) shown: RefCell<Option<(String, Option<PagingLegend>)>>,
    /// Its element's height on screen, which paper's grows from: laid out
    /// for print, the element's height follows the chart's (CSS), and a
    /// headless browser emulating print had drawn charts 0 px high.
    pub(super) screen_height: Cell<f64>,
    /// How many px its element is grown by over its stylesheet's height,
    /// for a legend listed whole (`PagingNames::listed`).
    pub(super) grown: Cell<u32>,
    /// Its element's width and height as the ResizeObserver last reported
    /// them (and as `grow` set the height since). Read from the element at
    /// every draw, they laid the page out again for each chart a filter
    /// redrew, as the chart drawn before had changed its height: five to
    /// eight layouts a click, where the observer reads them from the one
    /// the page makes before its next frame.
    pub(super) observed: Cell<Option<(f64, f64)>>,
    /// Whether it shows an older option than its element was fitted for
    /// (`fit`, out of view): the draw that follows sizes it, and a resize
    /// before that drew the older option anew for no one.
    pub(super) awaiting: Cell<bool>,
    /// Whether it was last drawn for paper, at paper's height, which it
    /// keeps until drawn for the screen again: its element stays as high
    /// as on screen, and `beforeprint` comes before print's layout.
    pub(super) on_paper: Cell<bool>,
    /// Its category axis's labels as last drawn, and whether turned
    /// (`axis_labels`): a new width may turn them, or set them level again.
    pub(super) labels: Cell<Option<(super::axis_labels::Labels, bool)>>,
}

impl Drawer {

    /// Draws `option_json` as `how` says (`EChart::set`).
    pub fn set(&self, option_json: &str, how: Drawn) -> Result<(), String> {
        let option = js_sys::JSON::parse(option_json).map_err(describe)?;
        // New marks: a tap on whichever now sits there shows it first.
        self.tapped.set(None);
        // Paper's layout is print's, which no observer has reported.
        let for_paper = matches!(how, Drawn::ForPaper | Drawn::ForPaperInFrame);
        let for_screen = !for_paper && !super::media::printing();
        let (width, height) = if for_screen { self.screen_size() } else { (f64::from(self.container.client_width()), 0.0) };
        // Hidden (a panel not shown, a closed box): no width to lay a
        // legend out for, nor a height to keep; its element is left as it is.
        let hidden = width == 0.0;
        if for_screen && !hidden {
            self.screen_height.set(height - f64::from(self.grown.get()));
        }
        let (paging, grown, taller) = match how {
            Drawn::ForPaper => (None, 0, super::paper::unpage_legend(&option, width)),
            // As on screen: its element's height, a listed legend's rows in it.
            Drawn::ForPaperInFrame => {
                let (_, grown) = lay_out_legend(&option, width);
                (None, grown, f64::from(grown))
            }
            _ => {
                let (paging, grown) = lay_out_legend(&option, width);
                (paging, self.within_screen(grown), 0.0)
            }
        };
        // Paper's height is set on the instance below; a listed legend's on
        // the element, which the page lays out around. A new height is drawn
        // still, as paper is: resized, then given a new option while a
        // tooltip showed, ECharts kept a timer on the tooltip the option
        // replaced, which threw.
        let regrown = (for_paper || !hidden) && self.grow(grown);
        let labels = super::axis_labels::measure(&option);
        let turned = labels.is_some_and(|labels| super::axis_labels::turned(labels, width));
        if turned {
            super::axis_labels::turn(&option);
        }
        // The size it is drawn at on screen; its instance's differs where
        // `resized` left it for this draw (`awaiting`), which sizes it still.
        let on_screen = (for_screen && !hidden).then(|| (width, if regrown { self.screen_height.get() + f64::from(self.grown.get()) } else { height }));
        let off_size = on_screen.is_some_and(|size| size != (self.instance.width(), self.instance.height()));
        let still = how != Drawn::Animated || regrown || off_size;
        let reduced_motion = super::media::prefers_reduced_motion();
        if still || reduced_motion {
            set(&option, "animation", &JsValue::FALSE);
        }
        // The tooltip slides from mark to mark on its own timer (0.4 s),
        // which `animation` does not stop.
        let tooltip = field(&option, "tooltip");
        if reduced_motion && tooltip.is_object() {
            set(&tooltip, "transitionDuration", &JsValue::from(0));
        }
        for key in ["xAxis", "yAxis"] {
            for axis in one_or_many(field(&option, key)).into_iter().filter(|a| matches!(field(a, "type").as_string().as_deref(), Some("value" | "log"))) {
                let label = field(&axis, "axisLabel");
                let label = if label.is_object() { label } else { js_sys::Object::new().into() };
                if field(&label, "formatter").is_undefined() {
                    set(&label, "formatter", &self.axis_numbers);
                    set(&axis, "axisLabel", &label);
                }
            }
        }
        let opts = js_sys::Object::new();
        set(&opts, "notMerge", &JsValue::TRUE);
        if still {
            // A new option without animation leaves the running ones running
            // on the marks it keeps; cleared marks take theirs with them.
            self.instance.clear();
            // Taller for paper, or back to its element's height after it;
            // before the option, whose drawing is at once where a resize's
            // waits for a frame that printing does not give.
            let (width, height) = match (how, on_screen) {
                _ if for_paper => ("auto".into(), JsValue::from(self.screen_height.get() + taller)),
                (_, Some((width, height))) => (width.into(), height.into()),
                _ => ("auto".into(), "auto".into()),
            };
            self.resize_to(width, height);
        }
        self.awaiting.set(false);
        self.on_paper.set(for_paper);
        self.instance.set_option(&option, &opts).map_err(describe)?;
        *self.shown.borrow_mut() = Some((option_json.to_owned(), paging));
        self.labels.set(labels.map(|labels| (labels, turned)));
        Ok(())
    }

    /// Gives its element the height `option_json` would be drawn at, its
    /// legend listed whole or not, without drawing it: a chart out of view
    /// is drawn only when scrolled to, and grew then under a reader
    /// scrolling up, moving what they read.
    pub fn fit(&self, option_json: &str) {
        let awaiting = self.shown.borrow().as_ref().is_none_or(|(shown, _)| shown != option_json);
        self.awaiting.set(awaiting);
        if super::media::printing() {
            return;
        }
        let (width, height) = self.screen_size();
        if width == 0.0 {
            return;
        }
        let Ok(option) = js_sys::JSON::parse(option_json) else { return };
        let (_, grown) = lay_out_legend(&option, width);
        self.screen_height.set(height - f64::from(self.grown.get()));
        self.grow(self.within_screen(grown));
        // Its own option again: no draw follows to size it (the panel's is
        // skipped for an option drawn already), so this does.
        if !awaiting {
            self.match_size();
        }
    }

    /// Closes the tooltip and clears highlights (`EChart::blur`).
    pub(super) fn blur(&self) {
        let children = self.container.children();
        for i in 1..children.length() {
            if let (Some(tip), Ok(leave)) = (children.item(i), web_sys::Event::new("mouseleave")) {
                let _ = tip.dispatch_event(&leave);
            }
        }
        self.dispatch(r#"{"type":"hideTip"}"#);
        self.dispatch(r#"{"type":"downplay"}"#);
    }

    pub(super) fn dispatch(&self, action_json: &str) {
        if let Ok(action) = js_sys::JSON::parse(action_json) {
            self.instance.dispatch_action(&action);
        }
    }

    /// The ResizeObserver's report: the new size kept, the chart resized,
    /// its legend laid out again at the next frame where the new width
    /// needs it (`rewrap`).
    pub(super) fn resized(self: &Rc<Self>) {
        // Laid out for paper, the element is as high as the chart drawn
        // for it (CSS): resized to that, a chart emulated for print (a
        // headless browser's PDF) fell to 0 px.
        if super::media::printing() {
            self.observed.set(None);
            return;
        }
        // The page was laid out for the observer; an earlier chart's resize
        // in the same report may have it laid out again for this read. A
        // resize is rare, and the entry's content box cost more wasm.
        let (width, height) = (f64::from(self.container.client_width()), f64::from(self.container.client_height()));
        self.observed.set(Some((width, height)));
        // Out of view with a new option to draw, it is sized by that draw;
        // drawn for paper, it keeps paper's size.
        if self.awaiting.get() || self.on_paper.get() {
            return;
        }
        // Not where it is drawn at that size already: a draw that grew its
        // element (a legend's rows) is reported here after it.
        self.match_size();
        // At the next frame: a listed legend's new height, set inside this
        // callback, is a resize the observer skips and reports as a loop
        // error. Not on an instance disposed by then.
        let later = Rc::downgrade(self);
        let rewrap = Closure::once_into_js(move || {
            if let Some(drawer) = later.upgrade().filter(|_| !super::media::printing()) {
                drawer.rewrap();
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(rewrap.unchecked_ref());
        }
    }

    /// After a resize: the option drawn again, at once, where the new width
    /// turns its axis's labels otherwise (`axis_labels`), or needs its paging legend wrapped otherwise (a phone turned, a window
    /// narrowed), as names would be cut or wrapped short, or a legend listed
    /// whole with a name on another row. Not for paper.
    pub(super) fn rewrap(&self) {
        let (width, _) = self.screen_size();
        // Hidden (a closed embed box, a printed page's other half): no width
        // to lay out for. Awaiting a draw: that lays its legend out.
        if width == 0.0 || self.awaiting.get() {
            return;
        }
        // Years turned at one width may stand level at another, or the reverse.
        let labels_turn = self.labels.get().is_some_and(|(labels, turned)| super::axis_labels::turned(labels, width) != turned);
        let Some(json) = self.shown.borrow().as_ref().and_then(|(json, paging)| {
            let legend_moves = paging.as_ref().is_some_and(|paging| paging.moves(width));
            (legend_moves || labels_turn).then(|| json.clone())
        }) else {
            return;
        };
        let _ = self.set(&json, Drawn::Still);
    }
}
