//! The option ECharts gets for a built chart: charming's serialization, and
//! the few settings charming has no field for. Pure, so that the app's
//! charts and the shell's (written by `postbuild`) get the same option, and
//! the snapshots show what ECharts is given.

use charming::Chart;
use serde_json::Value;

use super::describe::{points, Point};

/// A category label's line height in pixels. ECharts' default is the width
/// of one CJK glyph: the lines of a wrapped name (`super::wrap`) then run
/// into each other in Arabic, and in every script where no CJK font is
/// installed (the glyph is then a narrow box).
const LABEL_LINE_HEIGHT: u32 = 16;

pub fn option(chart: &Chart) -> Value {
    // Through the text rather than `to_value`: charming's serializer is then
    // instantiated once, for text, which the wasm holds anyway (2.7 KB less).
    let mut option = serde_json::to_string(chart).ok().and_then(|text| serde_json::from_str(&text).ok()).unwrap_or(Value::Null);
    for key in ["xAxis", "yAxis"] {
        // One axis is an object, several an array.
        let axes = match option.get_mut(key) {
            Some(Value::Array(axes)) => axes.iter_mut().collect(),
            Some(axis) => vec![axis],
            None => vec![],
        };
        for axis in axes.into_iter().filter(|a| a["type"] == "category") {
            axis["axisLabel"]["lineHeight"] = LABEL_LINE_HEIGHT.into();
        }
    }
    let patterned = option["aria"]["decal"]["show"] == true;
    if let Some(Value::Array(series)) = option.get_mut("series") {
        series.iter_mut().filter(|s| s["type"] == "scatter").for_each(spread_equal_dots);
        series.iter_mut().for_each(own_tooltips);
        if !patterned {
            series.iter_mut().for_each(stripe_part_years);
        }
    }
    // A ring's legend is its key, not a switch: a part hidden by a tap left
    // the rest of the whole drawn as all of it (charming's selected modes
    // have no "false").
    if option["series"].as_array().is_some_and(|series| series.iter().any(|s| s["type"] == "pie")) {
        if let Some(legend) = option.get_mut("legend").filter(|l| l.is_object()) {
            legend["selectedMode"] = false.into();
        }
    }
    if let Some(tooltip) = option.get_mut("tooltip").filter(|t| t.is_object()) {
        // Our builders give string templates, which ECharts HTML-escapes (an
        // item's own tooltip is escaped by `own_tooltips`), and which add no inline style (the CSP forbids those): such a tooltip
        // can be HTML, and stays while hovered. Anything else is drawn on
        // the canvas instead.
        let templated = tooltip["formatter"].is_string();
        tooltip["renderMode"] = if templated { "html" } else { "richText" }.into();
        tooltip["enterable"] = templated.into();
        tooltip["confine"] = true.into();
        // For the stylesheet, which wraps its lines: ECharts keeps a tooltip
        // on one line, and `confine` cannot fit one wider than the chart (on
        // a phone an Arabic one lost "January–" and read as August alone).
        tooltip["className"] = "chart-tooltip".into();
    }
    option
}

/// A part-year bar (`year_to_date_style`: dashed, and hollow) striped
/// across in its colour: a phone draws a dozen bars a year about 2 px
/// wide, where the dashed outline filled its bar and passed for a full
/// year's. Stripes show at any width, at the colour's full contrast. Not
/// where the reader asked for patterns (`Input::aria`), which tell the
/// series apart.
/// A series' own style, or (the European chart's) a data item's.
fn stripe_part_years(series: &mut Value) {
    let stripe = |item: &mut Value| {
        let Some(style) = item.get_mut("itemStyle").filter(|style| style["borderType"] == "dashed") else { return };
        // Parsed, not built by `json!`: the parser is in the wasm already.
        let mut decal: Value = serde_json::from_str(r#"{"symbol":"rect","symbolSize":1,"dashArrayX":[1,0],"dashArrayY":[2,2],"rotation":0}"#).unwrap_or_default();
        decal["color"] = style["borderColor"].clone();
        style["decal"] = decal;
    };
    if let Some(Value::Array(data)) = series.get_mut("data") {
        data.iter_mut().for_each(stripe);
    }
    stripe(series);
}

/// Between a data item's name and its own tooltip (`with_tooltip`).
const OWN_TOOLTIP: char = '\u{1f}';

/// A data item's `name` with a tooltip of its own, `lines` (one a line),
/// for which charming's items have no field: `option` makes it the item's
/// tooltip. The featured report's bars are named by their figure, which
/// their labels show; their tooltip says what each counts, its period and
/// its publisher.
pub fn with_tooltip(name: &str, lines: &[String]) -> String {
    format!("{name}{OWN_TOOLTIP}{}", lines.join("\n"))
}

/// Each data item named `with_tooltip`, given its name and its tooltip:
/// literal text, its characters HTML-escaped as ECharts escapes what it
/// puts into a template, its lines broken. ECharts still reads it as a
/// template: its braces are escaped too, so that a name holding "{b}" is
/// not replaced.
fn own_tooltips(series: &mut Value) {
    let Some(Value::Array(data)) = series.get_mut("data") else { return };
    for item in data.iter_mut().filter(|item| item.is_object()) {
        let Some((name, tooltip)) = item["name"].as_str().and_then(|n| n.split_once(OWN_TOOLTIP)).map(|(n, t)| (n.to_string(), t.to_string())) else { continue };
        let mut html = String::new();
        for ch in tooltip.chars() {
            match ch {
                '&' => html.push_str("&amp;"),
                '<' => html.push_str("&lt;"),
                '>' => html.push_str("&gt;"),
                '"' => html.push_str("&quot;"),
                '\'' => html.push_str("&#39;"),
                '{' => html.push_str("&#123;"),
                '}' => html.push_str("&#125;"),
                '\n' => html.push_str("<br/>"),
                ch => html.push(ch),
            }
        }
        item["name"] = name.into();
        item["tooltip"] = serde_json::json!({ "formatter": html });
    }
}

/// Pixels between the centres of dots drawn at one place: a dot's size and one.
const DOT_SPREAD: f64 = 13.0;

/// Dots at one place (two publishers' equal figures: 50,000 and "at least
/// 50,000") are drawn one above the other, centred on it: the one on top
/// hid the other, and with it a source.
fn spread_equal_dots(series: &mut Value) {
    let Some(Value::Array(data)) = series.get_mut("data") else { return };
    let place = |item: &Value| item.get("value").unwrap_or(item).as_array().map(|v| v.iter().take(2).map(|c| c.to_string()).collect::<Vec<_>>());
    let places: Vec<_> = data.iter().map(place).collect();
    for (i, item) in data.iter_mut().enumerate() {
        let Some(here) = &places[i] else { continue };
        let same: Vec<usize> = places.iter().enumerate().filter(|(_, p)| p.as_ref() == Some(here)).map(|(j, _)| j).collect();
        if same.len() > 1 && item.is_object() {
            let k = same.iter().position(|&j| j == i).unwrap_or(0) as f64;
            item["symbolOffset"] = serde_json::json!([0, (k - (same.len() - 1) as f64 / 2.0) * DOT_SPREAD]);
        }
    }
}

/// `option` as the JSON text the shell hands over.
pub fn option_json(chart: &Chart) -> String {
    option(chart).to_string()
}

/// What a chart panel needs of a built chart: the option's JSON for
/// ECharts, and its marks for keyboards and screen readers, both from one
/// `option` (the panel used to parse the JSON back for the marks).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    pub json: String,
    pub points: Vec<Point>,
    /// What its builder says under the chart beside what its figures count
    /// (the trend's figures above a longer period's): worked out with the
    /// chart, from the same pass over the rows.
    pub footnote: Option<String>,
    /// Where the figures it shows stand in the dataset (`scope::positions_of`),
    /// drawn or named in a tooltip, as its builder found them.
    pub shown: Vec<u32>,
}

pub fn drawing(chart: &Chart) -> Drawing {
    let option = option(chart);
    Drawing { points: points(&option), json: option.to_string(), footnote: None, shown: Vec::new() }
}

impl Drawing {
    /// Whether it draws a bar of part of a year: dashed, as only
    /// `year_to_date_style` draws. Read from the option, as drawn, rather
    /// than by laying out the chart's figures again on every change.
    pub fn draws_part_year(&self) -> bool {
        self.json.contains(r#""borderType":"dashed""#)
    }
}

#[cfg(test)]
#[path = "option_tests.rs"]
mod tests;
