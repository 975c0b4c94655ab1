//! Our own small ECharts binding. charming's WasmRenderer has no events, no
//! dispose and no `notMerge`, and it hands options over as JS `Map`s; this
//! passes plain JSON instead. The one place with `#[wasm_bindgen] extern`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use super::chart_event::ChartEvent;
use std::cell::Cell;
use std::rc::Rc;

use super::js::set;
use super::drawer::Drawer;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance (`echarts.init(...)`).
    pub type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init(el: &web_sys::HtmlElement, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    pub(super) fn set_option(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub(super) fn on(this: &Instance, event: &str, handler: &js_sys::Function);

    /// `{width, height}`: drawn that size, whatever its element's, until
    /// resized again; `"auto"` for either measures the element.
    #[wasm_bindgen(method, js_name = resize)]
    pub(super) fn resize_to(this: &Instance, size: &JsValue);

    /// The size it was last drawn at, in CSS px.
    #[wasm_bindgen(method, js_name = getWidth)]
    pub(super) fn width(this: &Instance) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    pub(super) fn height(this: &Instance) -> f64;

    #[wasm_bindgen(method)]
    pub(super) fn dispose(this: &Instance);

    #[wasm_bindgen(method)]
    pub(super) fn clear(this: &Instance);

    /// The instance drawn in `el`, if any; throws when ECharts is missing.
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = getInstanceByDom)]
    fn instance_in(el: &web_sys::Element) -> Result<Option<Instance>, JsValue>;

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &Instance, opts: &JsValue) -> String;

    #[wasm_bindgen(method, js_name = dispatchAction)]
    pub(super) fn dispatch_action(this: &Instance, action: &JsValue);

    /// Replaces how ECharts makes a canvas (zrender's `createCanvas`).
    #[wasm_bindgen(js_namespace = echarts, js_name = setPlatformAPI)]
    fn set_platform_api(api: &JsValue);
}

thread_local! {
    /// Where ECharts puts the canvases it makes while a PNG is drawn.
    static CANVAS_HOST: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
    static CANVAS_MAKER: std::cell::OnceCell<Closure<dyn Fn() -> JsValue>> = const { std::cell::OnceCell::new() };
}

/// ECharts draws a PNG above the screen's pixel ratio anew, on a canvas of
/// its own out of the page, whose text runs left to right: in Arabic a
/// legend's "1.664" went to the wrong end of its line. While a PNG is drawn,
/// its new canvases go into the page (`download::in_page`) and take the
/// page's direction. Set once, at the first PNG.
fn canvases_in(host: Option<web_sys::Element>) {
    CANVAS_MAKER.with(|maker| {
        maker.get_or_init(|| {
            let make = Closure::<dyn Fn() -> JsValue>::new(|| {
                let Some(canvas) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("canvas").ok()) else {
                    return JsValue::NULL;
                };
                CANVAS_HOST.with(|host| host.borrow().as_ref().map(|h| h.append_child(&canvas)));
                canvas.into()
            });
            let api = js_sys::Object::new();
            set(&api, "createCanvas", make.as_ref());
            set_platform_api(&api);
            make
        });
    });
    CANVAS_HOST.with(|h| *h.borrow_mut() = host);
}

/// How a chart is drawn.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Drawn {
    /// As ECharts animates a change (unless the reader prefers less motion).
    Animated,
    /// At once, in its element's size: after paper.
    Still,
    /// At once, for paper, which shows one frame and cannot page a legend
    /// (`paper::unpage_legend`): taller by the legend's rows.
    ForPaper,
    /// At once, for paper, in a host's frame, which print does not make
    /// taller: as high as on screen, its legend as there. A trend embedded
    /// in an article printed cut after its first rows, and without its
    /// sources line.
    ForPaperInFrame,
}

/// One live chart in one element: created once, updated with `set`,
/// resized with its element, disposed on drop.
pub struct EChart {
    drawer: Rc<Drawer>,
    observer: Option<web_sys::ResizeObserver>,
    _swipes: super::chart_event::SwipeWatch,
    // Kept alive as long as ECharts or the observer may call them.
    _handlers: Vec<Closure<dyn FnMut(JsValue)>>,
}

impl EChart {
    /// `theme` is "dark" or None; `locale` an ECharts language pack ("EN",
    /// "FR", "AR"); `axis_numbers` writes a value axis's numbers;
    /// `pixel_ratio` the canvas's pixels per CSS pixel where not the
    /// screen's (for paper). Fails with a readable message when ECharts is
    /// missing or refuses the element.
    pub fn new(el: &web_sys::HtmlElement, theme: Option<&str>, locale: &str, axis_numbers: js_sys::Function, pixel_ratio: Option<f64>) -> Result<EChart, String> {
        let theme = theme.map(JsValue::from_str).unwrap_or(JsValue::NULL);
        let opts = js_sys::Object::new();
        set(&opts, "renderer", &"canvas".into());
        set(&opts, "locale", &locale.into());
        if let Some(ratio) = pixel_ratio {
            set(&opts, "devicePixelRatio", &ratio.into());
        }
        let instance = init(el, &theme, &opts).map_err(describe)?;
        let drawer = Rc::new(Drawer {
            instance,
            container: el.clone(),
            axis_numbers,
            tapped: Default::default(),
            shown: Default::default(),
            screen_height: Cell::new(f64::from(el.client_height())),
            grown: Cell::new(0),
            observed: Cell::new(None),
            awaiting: Cell::new(false),
            on_paper: Cell::new(false),
            labels: Cell::new(None),
        });

        let swiped = Rc::clone(&drawer);
        let swipes = super::chart_event::on_swipe(el, move || swiped.blur());
        let resized = Rc::clone(&drawer);
        let on_resize = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| resized.resized());
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(el);
        }
        Ok(EChart { drawer, observer, _swipes: swipes, _handlers: vec![on_resize] })
    }

    /// Its element's height on screen, which paper's chart grows from, and
    /// the px its element is grown by for a legend listed whole.
    pub fn screen_heights(&self) -> (f64, u32) {
        (self.drawer.screen_height.get(), self.drawer.grown.get())
    }

    /// Takes these as its own (`screen_heights`), from the instance it
    /// replaces: one made for paper, whose element is laid out for print,
    /// or for a new theme or language, whose element keeps its grown
    /// height until it is drawn (one out of view shrank and grew again as
    /// it was scrolled to, moving the page).
    pub fn keep_screen_heights(&self, (height, grown): (f64, u32)) {
        self.drawer.screen_height.set(height);
        self.drawer.grown.set(grown);
    }

    /// Replace the whole option (notMerge), so series that disappeared go,
    /// drawn as `how` says. The reader's environment is applied here, as no
    /// JSON can: no animation when they prefer reduced motion, and value
    /// axes numbered by `Intl` (ECharts' own writes 20,000 in every
    /// language, which reads as twenty in French). The rest of the option is
    /// `charts::option`'s.
    pub fn set(&self, option_json: &str, how: Drawn) -> Result<(), String> {
        self.drawer.set(option_json, how)
    }
    /// Its element as high as `option_json` would draw it, undrawn
    /// (`Drawer::fit`): for a chart out of view.
    pub fn fit(&self, option_json: &str) {
        self.drawer.fit(option_json);
    }

    /// The chart as a PNG data URL at twice its CSS size.
    pub fn png(&self, background: &str) -> String {
        let opts = js_sys::Object::new();
        set(&opts, "type", &"png".into());
        set(&opts, "pixelRatio", &JsValue::from(super::download::SCALE));
        set(&opts, "backgroundColor", &background.into());
        super::download::in_page(|host| {
            canvases_in(Some(host.clone()));
            let url = self.drawer.instance.get_data_url(&opts);
            canvases_in(None);
            url
        })
        .unwrap_or_default()
    }

    /// Highlight a mark and show its tooltip, as a hover would.
    pub fn focus_point(&self, series_index: usize, data_index: usize) {
        self.drawer.dispatch(r#"{"type":"downplay"}"#);
        let target = format!(r#""seriesIndex":{series_index},"dataIndex":{data_index}"#);
        self.drawer.dispatch(&format!(r#"{{"type":"highlight",{target}}}"#));
        self.drawer.dispatch(&format!(r#"{{"type":"showTip",{target}}}"#));
    }

    /// Close the tooltip and clear highlights, even while the pointer rests
    /// on the tooltip (ECharts keeps an entered tooltip open until the
    /// pointer leaves it, so tell it the pointer left).
    pub fn blur(&self) {
        self.drawer.blur();
    }

    /// Call `handler` for clicks on marks and on legend items. A phone has
    /// no hover to read a mark's figure by: a finger's first tap on a mark
    /// only shows its tooltip (ECharts does, on the tap), and a second tap on
    /// the same mark is its click.
    pub fn on_event(&mut self, handler: impl Fn(ChartEvent) + Clone + 'static) {
        let on_click = handler.clone();
        let tapped = self.drawer.tapped.clone();
        let click = Closure::<dyn FnMut(JsValue)>::new(move |p: JsValue| {
            let event = ChartEvent::from_click(&p);
            let mark = event.series_index.zip(event.data_index);
            if event.tapped && tapped.replace(mark) != mark {
                return;
            }
            tapped.set(None);
            super::chart_event::keep_touch(&super::chart_event::native_event(&p));
            on_click(event)
        });
        self.drawer.instance.on("click", click.as_ref().unchecked_ref());
        let legend = Closure::<dyn FnMut(JsValue)>::new(move |p: JsValue| {
            super::chart_event::keep_touch(&super::chart_event::dispatched_event());
            handler(ChartEvent::from_legend(&p))
        });
        self.drawer.instance.on("legendselectchanged", legend.as_ref().unchecked_ref());
        // A tooltip closed (a tap elsewhere) shows nothing any more: the
        // next tap on its mark shows it again rather than filtering unseen.
        let tapped = self.drawer.tapped.clone();
        let hidden = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| tapped.set(None));
        self.drawer.instance.on("hidetip", hidden.as_ref().unchecked_ref());
        self._handlers.extend([click, legend, hidden]);
    }
}

impl Drop for EChart {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        self.drawer.instance.dispose();
    }
}

/// Dispose of the charts other code drew inside `root` (the shell's, drawn
/// by index.html's script), before `root` leaves the page.
pub fn dispose_within(root: &web_sys::Element) {
    let canvases = root.get_elements_by_class_name("chart-canvas");
    for el in (0..canvases.length()).filter_map(|i| canvases.item(i)) {
        if let Ok(Some(chart)) = instance_in(&el) {
            chart.dispose();
        }
    }
}

pub(super) fn describe(err: JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "the chart library failed".into())
}

/// Whether ECharts has loaded (`window.echarts`).
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"echarts".into()).ok())
        .is_some_and(|lib| lib.is_object())
}
