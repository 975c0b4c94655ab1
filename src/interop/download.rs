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
// these two lines.
const TITLE_SIZE: u32 = 22;
const LINE_SIZE: u32 = 15;
const NOTE_SIZE: u32 = 14;
const TITLE_PX: f64 = TITLE_SIZE as f64;
const LINE_PX: f64 = LINE_SIZE as f64;
/// From one wrapped line of a note to the next.
const NOTE_STEP: f64 = 20.0;

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

/// The composed image's size for a chart image of `width`×`height` with
/// `note_lines` lines of notes.
pub fn composed_size(width: u32, height: u32, note_lines: usize) -> (u32, u32) {
    let header = PAD + TITLE_PX + 8.0 + LINE_PX + PAD / 2.0;
    let notes = if note_lines == 0 { 0.0 } else { PAD / 2.0 + note_lines as f64 * NOTE_STEP };
    let footer = PAD / 2.0 + LINE_PX + notes + PAD;
    (width + 2 * PAD as u32, height + (header + footer) as u32)
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
    let (w, h) = (img.natural_width(), img.natural_height());
    let canvas = document.create_element("canvas").ok()?.dyn_into::<web_sys::HtmlCanvasElement>().ok()?;
    host.append_child(&canvas).ok()?;
    let ctx = canvas.get_context("2d").ok()??.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()?;
    // Measured before the canvas takes its size, which resets the font.
    let note_font = format!("{NOTE_SIZE}px system-ui, sans-serif");
    ctx.set_font(&note_font);
    let notes: Vec<String> = caption.notes.lines().flat_map(|n| wrapped(&ctx, n, w as f64)).collect();
    let (cw, ch) = composed_size(w, h, notes.len());
    canvas.set_width(cw);
    canvas.set_height(ch);
    let (bg, fg) = if caption.dark { ("#100c2a", "#e8eaed") } else { ("#ffffff", "#1a1a1a") };
    ctx.set_fill_style_str(bg);
    ctx.fill_rect(0.0, 0.0, cw as f64, ch as f64);
    ctx.set_fill_style_str(fg);
    ctx.set_text_baseline("top");
    let x = if caption.rtl { cw as f64 - PAD } else { PAD };
    ctx.set_text_align(if caption.rtl { "right" } else { "left" });
    let max = cw as f64 - 2.0 * PAD;
    ctx.set_font(&format!("bold {TITLE_SIZE}px system-ui, sans-serif"));
    let _ = ctx.fill_text_with_max_width(&caption.title, x, PAD, max);
    ctx.set_font(&format!("{LINE_SIZE}px system-ui, sans-serif"));
    let _ = ctx.fill_text_with_max_width(&caption.coverage, x, PAD + TITLE_PX + 8.0, max);
    let top = PAD + TITLE_PX + 8.0 + LINE_PX + PAD / 2.0;
    let _ = ctx.draw_image_with_html_image_element(img, PAD, top);
    let source_top = top + h as f64 + PAD / 2.0;
    let _ = ctx.fill_text_with_max_width(&caption.source, x, source_top, max);
    ctx.set_font(&note_font);
    for (i, line) in notes.iter().enumerate() {
        let _ = ctx.fill_text_with_max_width(line, x, source_top + LINE_PX + PAD / 2.0 + i as f64 * NOTE_STEP, max);
    }
    canvas.to_data_url_with_type("image/png").ok()
}
