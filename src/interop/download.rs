//! Handing data to the reader: files to save, text to the clipboard, and a
//! chart as a PNG with its title, coverage and source drawn into the image.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Save `bytes` as a file named `name`.
pub fn save(name: &str, mime: &str, bytes: &[u8]) -> Option<()> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    click_link(&url, name);
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

fn click_link(href: &str, name: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let a = document.create_element("a").ok()?.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    a.set_href(href);
    a.set_download(name);
    a.click();
    Some(())
}

/// Run `draw` with a hidden element in the page to put canvases in, removed
/// after. A canvas out of the page draws its text left to right whatever the
/// page's direction, so an Arabic caption or legend came out in the wrong
/// order; inside the page it takes the page's direction.
pub(super) fn in_page<T>(draw: impl FnOnce(&web_sys::Element) -> T) -> Option<T> {
    let document = web_sys::window()?.document()?;
    let host = document.create_element("div").ok()?;
    host.set_class_name("canvas-host");
    let _ = host.set_attribute("aria-hidden", "true");
    document.body()?.append_child(&host).ok()?;
    let drawn = draw(&host);
    host.remove();
    Some(drawn)
}

/// Put `text` on the clipboard: whether it got there. Not over plain http,
/// where a page is no secure context and `navigator.clipboard` is undefined
/// (web-sys's getter would not say so, and calling it threw), nor where the
/// browser refuses (an iframe without clipboard-write, a denied permission).
pub async fn copy(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let navigator = w.navigator();
    if super::js::field(&navigator, "clipboard").is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Text drawn around the chart image.
pub struct Caption {
    pub title: String,
    pub coverage: String,
    pub source: String,
    /// What the chart's figures count (`charts::scope`), a note a line,
    /// under the source.
    pub notes: String,
    pub dark: bool,
    pub rtl: bool,
}

const PAD: f64 = 24.0;
// Font sizes as integers for the canvas's font strings: formatting an f64
// would bring Rust's float formatter (7.5 KB of the gzipped wasm) in for
// these lines. In CSS pixels, as on the page: the image is drawn at
// `SCALE` image pixels to one, as ECharts draws the chart in it.
const TITLE_SIZE: u32 = 22;
const LINE_SIZE: u32 = 15;
const NOTE_SIZE: u32 = 14;
const TITLE_PX: f64 = TITLE_SIZE as f64;
const LINE_PX: f64 = LINE_SIZE as f64;
/// From one wrapped line of the title to the next.
const TITLE_STEP: f64 = 28.0;
/// From one wrapped line of the source, or of a note, to the next.
const NOTE_STEP: f64 = 20.0;
/// Image pixels to a CSS pixel: the chart's own (`EChart::png`). The
/// caption drawn at one had half the size of the chart's own words.
pub const SCALE: u32 = 2;

/// Draw `chart_png` (an ECharts data URL) under a title and coverage line,
/// above a source line, and save it as `name`.
pub fn save_chart_png(name: String, chart_png: String, caption: Caption) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(img) = document.create_element("img").map(|e| e.unchecked_into::<web_sys::HtmlImageElement>()) else { return };
    let image = img.clone();
    let onload = Closure::once(move || {
        let _ = in_page(|host| compose(&document, host, &image, &caption)).flatten().map(|url| click_link(&url, &name));
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&chart_png);
}

/// How many lines each part of the caption takes once wrapped.
pub struct CaptionLines {
    pub title: usize,
    pub coverage: usize,
    pub source: usize,
    pub notes: usize,
}

/// Where each part of the caption starts, top down, in CSS pixels, and
/// the image's height, for a chart `chart_height` high: one layout for the
/// size and the drawing.
struct Layout {
    coverage: f64,
    chart: f64,
    source: f64,
    notes: f64,
    height: f64,
}

impl Layout {
    fn new(chart_height: u32, lines: &CaptionLines) -> Layout {
        // The height of `n` lines (one at least) of a text `px` high, `step` apart.
        let block = |n: usize, px: f64, step: f64| px + (n.max(1) - 1) as f64 * step;
        let coverage = PAD + block(lines.title, TITLE_PX, TITLE_STEP) + 8.0;
        let chart = coverage + block(lines.coverage, LINE_PX, NOTE_STEP) + PAD / 2.0;
        let source = chart + chart_height as f64 + PAD / 2.0;
        let notes = source + block(lines.source, LINE_PX, NOTE_STEP) + PAD / 2.0;
        let end = if lines.notes == 0 { notes - PAD / 2.0 } else { notes + lines.notes as f64 * NOTE_STEP };
        Layout { coverage, chart, source, notes, height: end + PAD }
    }
}

/// The composed image's size in CSS pixels for a chart `width`×`height`
/// CSS pixels with a caption of `lines`.
pub fn composed_size(width: u32, height: u32, lines: &CaptionLines) -> (u32, u32) {
    (width + 2 * PAD as u32, Layout::new(height, lines).height as u32)
}

/// `text` broken at spaces into lines no wider than `max` in the context's
/// font: a note is a sentence or two, which one squeezed line made unreadable.
fn wrapped(ctx: &web_sys::CanvasRenderingContext2d, text: &str, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let longer = if line.is_empty() { word.to_string() } else { [line.as_str(), word].join(" ") };
        if !line.is_empty() && ctx.measure_text(&longer).map_or(0.0, |m| m.width()) > max {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = longer;
        }
    }
    lines.extend((!line.is_empty()).then_some(line));
    lines
}

fn compose(document: &web_sys::Document, host: &web_sys::Element, img: &web_sys::HtmlImageElement, caption: &Caption) -> Option<String> {
    // The chart in CSS pixels: its image is drawn at `SCALE`.
    let (w, h) = (img.natural_width() / SCALE, img.natural_height() / SCALE);
    let canvas = document.create_element("canvas").ok()?.dyn_into::<web_sys::HtmlCanvasElement>().ok()?;
    host.append_child(&canvas).ok()?;
    let ctx = canvas.get_context("2d").ok()??.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()?;
    // Each part wrapped to the chart's width in its font, measured before
    // the canvas takes its size, which resets the font. A line squeezed
    // into the width had its letters pressed together, unreadable on a
    // phone's narrow image.
    let font = |weight: &str, size: u32| format!("{weight}{size}px system-ui, sans-serif");
    let (title_font, line_font, note_font) = (font("bold ", TITLE_SIZE), font("", LINE_SIZE), font("", NOTE_SIZE));
    let max = w as f64;
    let wrap = |text: &str, font: &str| {
        ctx.set_font(font);
        text.lines().flat_map(|l| wrapped(&ctx, l, max)).collect::<Vec<String>>()
    };
    let (title, coverage) = (wrap(&caption.title, &title_font), wrap(&caption.coverage, &line_font));
    let (source, notes) = (wrap(&caption.source, &line_font), wrap(&caption.notes, &note_font));
    let lines = CaptionLines { title: title.len(), coverage: coverage.len(), source: source.len(), notes: notes.len() };
    let (cw, ch) = composed_size(w, h, &lines);
    let at = Layout::new(h, &lines);
    canvas.set_width(cw * SCALE);
    canvas.set_height(ch * SCALE);
    let _ = ctx.scale(SCALE as f64, SCALE as f64);
    let (bg, fg) = if caption.dark { ("#100c2a", "#e8eaed") } else { ("#ffffff", "#1a1a1a") };
    ctx.set_fill_style_str(bg);
    ctx.fill_rect(0.0, 0.0, cw as f64, ch as f64);
    ctx.set_fill_style_str(fg);
    ctx.set_text_baseline("top");
    let x = if caption.rtl { cw as f64 - PAD } else { PAD };
    ctx.set_text_align(if caption.rtl { "right" } else { "left" });
    // Lines from `top`, `step` apart.
    let draw = |lines: &[String], font: &str, top: f64, step: f64| {
        ctx.set_font(font);
        for (i, line) in lines.iter().enumerate() {
            let _ = ctx.fill_text_with_max_width(line, x, top + i as f64 * step, max);
        }
    };
    draw(&title, &title_font, PAD, TITLE_STEP);
    draw(&coverage, &line_font, at.coverage, NOTE_STEP);
    let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(img, PAD, at.chart, w as f64, h as f64);
    draw(&source, &line_font, at.source, NOTE_STEP);
    draw(&notes, &note_font, at.notes, NOTE_STEP);
    canvas.to_data_url_with_type("image/png").ok()
}
