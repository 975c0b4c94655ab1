//! A chart's option for paper, which cannot page a legend: on screen the
//! trend's and the European side's legends are one line that pages ("1/7"),
//! and a printed page showed only its first names, so the colours of the
//! others went unnamed. On paper such a legend lists every name, over as many
//! rows as it takes, and the chart grows by those rows. And the pixel ratio
//! a chart is drawn at for paper (`pixel_ratio`).

use wasm_bindgen::{JsCast, JsValue};

use super::js::{field, one_or_many, set};

/// The canvas's pixels per CSS pixel on paper, where the screen's are too few
/// to print sharp (a desktop's one): two. None where the screen has two or more.
pub fn pixel_ratio() -> Option<f64> {
    let screen = web_sys::window()?.device_pixel_ratio();
    (screen < 2.0).then_some(2.0)
}

// ECharts 5's legend (LegendModel, LegendView, util/layout's box): an icon
// 25 px wide and 14 high, its text 5 px after it, 10 px between items and
// between rows, 5 px of padding. The text's font is set, so that the width
// measured here is the width drawn.
pub(super) const ICON_WIDTH: f64 = 25.0;
pub(super) const ICON_TO_TEXT: f64 = 5.0;
pub(super) const ROW_HEIGHT: f64 = 14.0;
pub(super) const GAP: f64 = 10.0;
pub(super) const PADDING: f64 = 5.0;
const FONT_SIZE: f64 = 12.0;
const FONT_FAMILY: &str = "sans-serif";
/// The two above as a CSS font, written out: formatting an f64 would link
/// Rust's float formatter (9.6 KB of gzipped wasm) for one string.
const FONT: &str = "12px sans-serif";

/// The names a legend lists: its `data`, or else each series' name once.
pub(super) fn names(option: &JsValue, legend: &JsValue) -> Vec<String> {
    let data = field(legend, "data");
    let source = if js_sys::Array::is_array(&data) { data } else { field(option, "series") };
    // A chart the filters leave empty has no series (Array.from(undefined) threw).
    if !js_sys::Array::is_array(&source) {
        return vec![];
    }
    let mut names: Vec<String> = Vec::new();
    for item in js_sys::Array::from(&source).iter() {
        let name = item.as_string().or_else(|| field(&item, "name").as_string());
        if let Some(name) = name.filter(|n| !names.contains(n)) {
            names.push(name);
        }
    }
    names
}

thread_local! {
    /// One canvas to measure with: names are measured on every draw of a
    /// chart with a paging legend (`legend_wrap`), not only for paper.
    static MEASURE: Option<web_sys::CanvasRenderingContext2d> = measuring_context();
}

fn measuring_context() -> Option<web_sys::CanvasRenderingContext2d> {
    let document = web_sys::window()?.document()?;
    let canvas = document.create_element("canvas").ok()?.dyn_into::<web_sys::HtmlCanvasElement>().ok()?;
    let context = canvas.get_context("2d").ok()??.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()?;
    context.set_font(FONT);
    Some(context)
}

/// How wide each name is drawn, by the canvas's own measure.
pub(super) fn text_widths(names: &[String]) -> Option<Vec<f64>> {
    MEASURE.with(|context| {
        let context = context.as_ref()?;
        names.iter().map(|n| context.measure_text(n).ok().map(|m| m.width())).collect()
    })
}

/// The lines each name breaks into in `room` px, as ECharts breaks it
/// (`legend_wrap::broken_lines`): by its characters measured alone. Arabic
/// letters alone take their wider isolated forms: a column as wide as the
/// name's drawn width still broke it over two lines.
pub(super) fn wrapped_lines(names: &[String], room: f64) -> Option<Vec<usize>> {
    MEASURE.with(|context| {
        let context = context.as_ref()?;
        let mut measure = [0u8; 4];
        names
            .iter()
            .map(|n| {
                let chars: Option<Vec<(char, f64)>> = n.chars().map(|c| context.measure_text(c.encode_utf8(&mut measure)).ok().map(|m| (c, m.width()))).collect();
                Some(super::legend_wrap::broken_lines(chars?, room))
            })
            .collect()
    })
}

/// Moves the plot of `option` down by `added` px, below a legend grown by it.
pub(super) fn lower_plot(option: &JsValue, added: f64) {
    for grid in one_or_many(field(option, "grid")) {
        if let Some(top) = field(&grid, "top").as_f64() {
            set(&grid, "top", &(top + added).into());
        }
    }
}

/// How many rows items of these text widths take in `width`, laid out as
/// ECharts lays out a horizontal legend: a new row when the next item would
/// pass the width.
pub fn rows(text_widths: &[f64], width: f64) -> usize {
    row_starts(text_widths, width).len()
}

/// Where each of those rows starts: the index of its first item.
pub fn row_starts(text_widths: &[f64], width: f64) -> Vec<usize> {
    laid_out(text_widths, width).0
}

/// The rows' starts, and how far into its row (from the row's start edge,
/// padding aside) each item is.
fn laid_out(text_widths: &[f64], width: f64) -> (Vec<usize>, Vec<f64>) {
    let max = width - 2.0 * PADDING;
    let (mut starts, mut offsets, mut x) = (Vec::new(), Vec::new(), 0.0);
    for (i, text) in text_widths.iter().enumerate() {
        let item = ICON_WIDTH + ICON_TO_TEXT + text;
        if starts.is_empty() || x + item > max {
            starts.push(i);
            x = 0.0;
        }
        offsets.push(x);
        x += item + GAP;
    }
    (starts, offsets)
}

/// The height of a legend of `rows` rows, padding included.
pub fn height(rows: usize) -> f64 {
    let rows = rows.max(1) as f64;
    rows * ROW_HEIGHT + (rows - 1.0) * GAP + 2.0 * PADDING
}

/// Makes a paging legend of `option`, for a chart `width` px wide, one that
/// wraps, and moves the plot down by the rows it adds. Returns the height
/// added, by which the chart should grow (0 when there is nothing to do).
pub fn unpage_legend(option: &JsValue, width: f64) -> f64 {
    let Some(legend) = one_or_many(field(option, "legend")).into_iter().next() else { return 0.0 };
    if field(&legend, "type").as_string().as_deref() != Some("scroll") {
        return 0.0;
    }
    let names = names(option, &legend);
    let Some(widths) = text_widths(&names) else { return 0.0 };
    unpage_measured(option, &legend, &names, &widths, width)
}

/// `unpage_legend` for names already measured (`legend_wrap::PagingNames`,
/// on screen): each name drawn `widths` px wide.
pub(super) fn unpage_measured(option: &JsValue, legend: &JsValue, names: &[String], widths: &[f64], width: f64) -> f64 {
    set(legend, "type", &"plain".into());
    // The font measured is the font drawn, in every legend made from this one.
    let text_style = js_sys::Object::new();
    set(&text_style, "fontSize", &FONT_SIZE.into());
    set(&text_style, "fontFamily", &FONT_FAMILY.into());
    set(legend, "textStyle", &text_style);
    // Right to left (keys right of their names), ECharts 5 lays the items
    // of a legend out by the next one's width, and shifts every row by the
    // widest first name: a row of two ran past the chart's right edge,
    // cutting a name and its key. Names that fit are laid out here instead,
    // row by row from the right; names that wrap (a phone) take a row each.
    let right_to_left = field(legend, "align").as_string().as_deref() == Some("right");
    let room = super::legend_wrap::room(width);
    let wraps = widths.iter().any(|w| *w > room);
    if right_to_left && !wraps {
        let rows = right_to_left_rows(option, legend, names, widths, width);
        let added = height(rows) - height(1);
        lower_plot(option, added);
        return added;
    }
    let one_a_row = right_to_left;
    if one_a_row {
        set(legend, "orient", &"vertical".into());
        set(legend, "left", &"auto".into());
        set(legend, "right", &0.into());
    } else {
        // A centred legend never wraps in ECharts 5: it wraps within left and right.
        set(legend, "left", &0.into());
        set(legend, "right", &0.into());
    }
    // Where a name is wider than the chart, every name may wrap over lines
    // (as on screen, `legend_wrap`), as zrender breaks it: a name a little
    // narrower than the room can break too, measured a character at a
    // time. The rows grow by each name's lines past its first: exact where
    // a wrapped name has a row of its own, as on a phone, where it is
    // wider than half the room; two sharing a row would leave a line blank.
    let mut added_lines = 0;
    if wraps {
        super::legend_wrap::wrap_in(legend, room, true);
        added_lines = wrapped_lines(names, room).map_or(0, |lines| lines.iter().map(|l| l - 1).sum());
    }
    let clamped: Vec<f64> = widths.iter().map(|w| w.min(room)).collect();
    let rows = if one_a_row { names.len() } else { rows(&clamped, width) };
    let added = height(rows) - height(1) + added_lines as f64 * ROW_HEIGHT;
    lower_plot(option, added);
    added
}

/// A right-to-left legend of names that fit the chart, laid out as a
/// reader of Arabic reads: its first name at the top right, the next to
/// its left, a new row under it when the next would pass the left edge,
/// as `rows` counts them. Each name is a legend of its own, placed here:
/// ECharts 5 places the items of one legend by the next one's width, so
/// that two a row overlapped or ran past the right edge. Returns the rows.
fn right_to_left_rows(option: &JsValue, legend: &JsValue, names: &[String], widths: &[f64], width: f64) -> usize {
    let top = field(legend, "top").as_f64().unwrap_or(0.0);
    let (starts, offsets) = laid_out(widths, width);
    let legends = js_sys::Array::new();
    for (i, (name, right)) in names.iter().zip(offsets).enumerate() {
        let row = starts.iter().filter(|&&start| start <= i).count() - 1;
        let one = js_sys::Object::assign(&js_sys::Object::new(), legend.unchecked_ref());
        set(&one, "data", &js_sys::Array::of1(&name.into()));
        set(&one, "orient", &"horizontal".into());
        set(&one, "left", &"auto".into());
        // From the chart's right edge to the item's, less the padding.
        set(&one, "right", &right.into());
        set(&one, "top", &(top + row as f64 * (ROW_HEIGHT + GAP)).into());
        legends.push(&one);
    }
    set(option, "legend", &legends);
    starts.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_wrap_when_the_next_would_pass_the_width() {
        // Items of 30 + 100 = 130 px and 10 between: in 300 px (290 inside
        // the padding) two fit a row (130 + 10 + 130 = 270), a third does not.
        assert_eq!(rows(&[100.0, 100.0], 300.0), 1);
        assert_eq!(rows(&[100.0, 100.0, 100.0], 300.0), 2);
        assert_eq!(rows(&[100.0; 5], 300.0), 3);
        // A name wider than the chart takes a row of its own, not none.
        assert_eq!(rows(&[1000.0], 300.0), 1);
        assert_eq!(rows(&[1000.0, 10.0], 300.0), 2);
        assert_eq!(rows(&[], 300.0), 0);
    }

    #[test]
    fn each_item_is_placed_from_its_row_start() {
        let (starts, offsets) = laid_out(&[100.0, 100.0, 100.0, 40.0, 200.0], 300.0);
        assert_eq!(starts, [0, 2, 4]);
        assert_eq!(offsets, [0.0, 140.0, 0.0, 140.0, 0.0], "an item 30 px + its text, and 10 between");
        assert_eq!(row_starts(&[100.0, 100.0, 100.0, 40.0, 200.0], 300.0), starts);
    }

    #[test]
    fn the_font_measured_is_the_font_drawn() {
        assert_eq!(FONT, format!("{FONT_SIZE}px {FONT_FAMILY}"));
    }

    #[test]
    fn each_row_adds_its_height_and_a_gap() {
        assert_eq!(height(1), 24.0);
        assert_eq!(height(3), 3.0 * 14.0 + 2.0 * 10.0 + 10.0);
        assert_eq!(height(0), height(1));
    }
}
