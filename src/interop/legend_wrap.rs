//! A paging legend on a narrow screen: it shows one name a page, and a name
//! wider than its room was cut at the edge ("Irregular migration attempts
//! foiled (full"), losing the words that tell a full year's bars from part
//! of one's. Such a name wraps over lines instead, and the plot moves down
//! by the lines added. The room is the chart's, known only in the page.

use wasm_bindgen::JsValue;

use super::js::{field, one_or_many, set};
use super::paper::{lower_plot, names, text_widths, ICON_TO_TEXT, ICON_WIDTH, PADDING, ROW_HEIGHT};

/// ECharts 5's pager beside a scroll legend: two arrows and "1/9", with
/// their gaps.
const PAGER_WIDTH: f64 = 70.0;

/// The room for a name in a legend `chart_width` px wide, beside its icon
/// and, where it pages, the pager.
pub fn room(chart_width: f64, paging: bool) -> f64 {
    let pager = if paging { PAGER_WIDTH } else { 0.0 };
    (chart_width - 2.0 * PADDING - ICON_WIDTH - ICON_TO_TEXT - pager).max(80.0)
}

/// The lines a name `width` px wide takes in `room`: a word carried to the
/// next line can leave a line short, so one to spare where it wraps.
pub fn lines_in(width: f64, room: f64) -> f64 {
    if width > room { (width / room).ceil() + 1.0 } else { 1.0 }
}

/// The lines a text `width` px wide takes in a paging legend `chart_width`
/// px wide, and the room; None where it fits on one line.
pub fn lines(width: f64, chart_width: f64) -> Option<(f64, f64)> {
    let room = room(chart_width, true);
    (width > room).then(|| (lines_in(width, room), room))
}

/// Sets `legend`'s names to wrap in `room` px, keeping its text style.
/// Each name then takes all its room, as ECharts lays out a name in its own
/// width where a background is drawn: else a page showed the start of the
/// next name, or its colour key alone, beside a short one.
pub fn wrap_in(legend: &JsValue, room: f64) {
    let text_style = field(legend, "textStyle");
    let text_style = if text_style.is_object() { text_style } else { js_sys::Object::new().into() };
    set(&text_style, "width", &room.into());
    set(&text_style, "overflow", &"break".into());
    set(&text_style, "backgroundColor", &"transparent".into());
    set(&text_style, "lineHeight", &ROW_HEIGHT.into());
    set(legend, "textStyle", &text_style);
}

/// How a paging legend's names wrap: in so many lines, in so much room.
pub type Wrap = (f64, f64);

/// How the names of `option`'s paging legend must wrap in a chart
/// `chart_width` px wide; None where they fit, or it does not page.
pub fn needed(option: &JsValue, chart_width: f64) -> Option<Wrap> {
    let legend = one_or_many(field(option, "legend")).into_iter().next()?;
    if field(&legend, "type").as_string().as_deref() != Some("scroll") {
        return None;
    }
    let widths = text_widths(&names(option, &legend))?;
    lines(widths.iter().copied().fold(0.0, f64::max), chart_width)
}

/// Wraps `option`'s paging legend as `needed` said, the plot moved down by
/// the lines added.
pub fn wrap_paged_legend(option: &JsValue, (lines, room): Wrap) {
    let Some(legend) = one_or_many(field(option, "legend")).into_iter().next() else { return };
    wrap_in(&legend, room);
    lower_plot(option, (lines - 1.0) * ROW_HEIGHT);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_wider_than_its_room_takes_the_lines_it_needs_and_one_to_spare() {
        // 360 px: 360 - 10 - 25 - 5 - 70 = 250 px of room.
        assert_eq!(lines(240.0, 360.0), None);
        assert_eq!(lines(260.0, 360.0), Some((3.0, 250.0)));
        assert_eq!(lines(600.0, 360.0), Some((4.0, 250.0)));
        // Never less than 80 px of room, however narrow the chart.
        assert_eq!(lines(100.0, 100.0), Some((3.0, 80.0)));
        // On paper, no pager: 360 - 40 = 320 px.
        assert_eq!(room(360.0, false), 320.0);
        assert_eq!(lines_in(320.0, 320.0), 1.0);
        assert_eq!(lines_in(321.0, 320.0), 3.0);
    }
}
