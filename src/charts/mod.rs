//! Chart option builders: pure functions from a dataset and the filter state
//! to a `charming::Chart`. No browser here, so each is snapshot-tested natively.
//!
//! Text in tooltips and labels goes through ECharts' string templates
//! (`{a}`, `{b}`, `{c}`), which ECharts HTML-escapes, or is escaped the same
//! way by us (an item's own tooltip, `option::with_tooltip`); no JS
//! formatter functions, so no dataset string is ever read as HTML.

mod colours;
mod input;
mod per_year;
pub mod composition;
pub mod describe;
pub mod discrepancy;
pub mod europe;
pub mod featured;
mod log_axis;
pub mod option;
pub mod other_sources;
pub mod scope;
pub mod shown;
pub mod trend;

use charming::element::{BorderType, ItemStyle};

pub use colours::{colour_place, colours_beside, palette, steady_colours, PALETTE};
pub use input::Input;
pub use per_year::PerYear;

/// A chart with the line its builder writes under it, and the figures it
/// shows: those it draws and those its tooltips name beside them (what a
/// dashboard says no chart shows, `ChartsGrid`).
pub type Noted<'a> = (charming::Chart, Option<String>, Vec<&'a Observation>);

use crate::data::{Lang, Observation, Qualifier};
use crate::data::date::Coverage;
use crate::text::{self, Key};

/// The most items a chart's note names (`Input::listed`); the rest are counted.
pub const NAMED: usize = 3;

/// How numbers and periods are written for the reader. In the browser this
/// is `Intl` for the chosen locale; tests use a fixed stand-in.
pub trait Format {
    fn number(&self, value: f64) -> String;
    /// A share: 0.379 → "37.9%", "37,9 %"…
    fn percent(&self, ratio: f64) -> String;
    /// A coverage as a reader says it: "2024", "Jan–Sep 2024", "31 Aug 2024".
    fn coverage(&self, coverage: &Coverage) -> String;
    fn lang(&self) -> Lang;
    /// Whether a count takes the singular in the language: 1 in English,
    /// 0 and 1 in French (`Intl.PluralRules`' "one" in the page).
    fn is_one(&self, count: f64) -> bool {
        count == 1.0
    }
}

/// At most `max` characters, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// `text` broken at spaces into lines of at most `width` characters (a
/// longer word keeps a line of its own), widened where that would take more
/// than `max_lines`, and as even as that many lines allow. ECharts gives a
/// category axis and a legend the room their longest line needs: unbroken,
/// a long name takes a phone's whole width from the marks.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> String {
    let width = (width..text.len().max(width) + 1).find(|&w| greedy_lines(text, w).len() <= max_lines).unwrap_or(width);
    let lines = greedy_lines(text, width).len();
    // The narrowest width that needs no more lines: "People rescued / at
    // sea" rather than "People rescued at / sea".
    let even = (1..width).rev().take_while(|&w| greedy_lines(text, w).len() == lines).last().unwrap_or(width);
    greedy_lines(text, even).join("\n")
}

fn greedy_lines(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut len = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let n = word.chars().count();
        match lines.last_mut() {
            Some(line) if len + 1 + n <= width => {
                line.push(' ');
                line.push_str(word);
                len += 1 + n;
            }
            _ => {
                lines.push(word.to_string());
                len = n;
            }
        }
    }
    lines
}

pub fn qualified(format: &dyn Format, qualifier: Qualifier, value: f64) -> String {
    worded(format, text::qualifier(qualifier), value)
}

/// `value` after `word` ("about 2,724", "at most 2,724"), or alone for
/// `Key::Exact`.
pub fn worded(format: &dyn Format, word: Key, value: f64) -> String {
    let number = format.number(value);
    match word {
        Key::Exact => number,
        _ => format!("{} {number}", text::get(format.lang(), word)),
    }
}

/// A bar chart by year (the trend, the European side) but its value axis:
/// the legend on one line that pages (three names wrap to three lines on a
/// phone and run into the plot), tooltips naming the series and the figure,
/// and the years along the bottom, from the right in Arabic.
pub fn years_chart(input: &Input, years: &[i32]) -> charming::Chart {
    use charming::component::{Axis, Grid, LegendType};
    use charming::element::{AxisType, Tooltip, Trigger};
    charming::Chart::new()
        .aria(input.aria())
        .grid(Grid::new().left(8).right(8).top(48).bottom(8).contain_label(true))
        .legend(input.legend().top(0).type_(LegendType::Scroll))
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{a}<br/>{b}"))
        .x_axis(Axis::new().type_(AxisType::Category).inverse(input.rtl()).data(years.iter().map(|y| y.to_string()).collect()))
}

/// A bar by year: solid for a full year's figure, else striped (`year_to_date_style`).
pub fn year_bar_style(full_year: bool, color: &str) -> ItemStyle {
    if full_year { ItemStyle::new().color(color) } else { year_to_date_style(color) }
}

/// `label` with `aside` in parentheses, or in brackets after a label that
/// ends in its own: "Voluntary returns (Interior Ministry) [full year]", as
/// "(Interior Ministry) (full year)" reads as two asides side by side.
pub fn with_aside(label: String, aside: &str) -> String {
    let (open, close) = if label.ends_with(')') { ('[', ']') } else { ('(', ')') };
    format!("{label} {open}{aside}{close}")
}

/// Year-to-date bars are hollow in a thin dashed outline, so they never
/// pass for a full year; `option` stripes them across (`stripe_part_years`).
/// A 2 px outline filled the 2 px bars of a phone, which looked solid.
pub fn year_to_date_style(color: &str) -> ItemStyle {
    ItemStyle::new()
        .color("rgba(255,255,255,0)")
        .border_color(color)
        .border_width(0.5)
        .border_type(BorderType::Dashed)
}

/// Guard: ECharts must never see NaN or infinity.
pub fn finite(value: f64) -> Option<f64> {
    value.is_finite().then_some(value)
}

#[cfg(test)]
pub(crate) mod test_support;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod marks_tests;
