//! What a chart shows, in words and as data: the points a keyboard walks
//! through, a text description for screen readers, and a data table. Read
//! from the built option, so it always matches what is drawn.

use serde_json::Value;

use super::Format;
use crate::text::{self, Key};

/// One drawn mark: where it is, and how it is announced.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub series_index: usize,
    pub data_index: usize,
    pub series: String,
    pub category: String,
    pub value: f64,
    /// The figure as shown (with qualifier, coverage, source where known).
    pub text: String,
}

impl Point {
    /// What an `aria-live` region says when the point gets focus.
    pub fn announcement(&self) -> String {
        [self.series.as_str(), self.category.as_str(), self.text.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" — ")
    }
}

/// Names wrapped for the canvas (`super::wrap`) read as one line.
fn one_line(name: &str) -> String {
    name.replace('\n', " ")
}

fn axis_data(option: &Value, axis: &str) -> Vec<String> {
    let axis = &option[axis];
    let axis = if axis.is_array() { &axis[0] } else { axis };
    axis["data"].as_array().map(|d| d.iter().map(|v| one_line(v.as_str().unwrap_or(""))).collect()).unwrap_or_default()
}

/// Every mark in drawing order, gaps left out.
pub fn points(option: &Value) -> Vec<Point> {
    let x = axis_data(option, "xAxis");
    let y = axis_data(option, "yAxis");
    let mut out = Vec::new();
    for (si, series) in option["series"].as_array().into_iter().flatten().enumerate() {
        let name = series["name"].as_str().unwrap_or("").to_string();
        for (di, item) in series["data"].as_array().into_iter().flatten().enumerate() {
            let raw = if item.is_object() { &item["value"] } else { item };
            // A scatter dot is [where, row, figure] (or [figure, row]); a
            // bar is its figure.
            let (value, row) = match raw {
                Value::Array(dot) => (dot.get(2).or(dot.first()).and_then(Value::as_f64), dot.get(1).and_then(Value::as_u64).map(|r| r as usize)),
                v => (v.as_f64(), None),
            };
            let Some(value) = value.filter(|v| v.is_finite()) else { continue };
            let category = match row {
                Some(r) => y.get(r).cloned(),
                None => x.get(di).or_else(|| y.get(di)).cloned(),
            };
            out.push(Point {
                series_index: si,
                data_index: di,
                series: name.clone(),
                category: category.unwrap_or_default(),
                value,
                text: one_line(item["name"].as_str().unwrap_or("")),
            });
        }
    }
    out
}

/// A few sentences for screen readers: how many figures, the extremes and,
/// for a series over years, its first and last values.
pub fn describe(title: &str, points: &[Point], format: &dyn Format) -> String {
    let lang = format.lang();
    if points.is_empty() {
        return text::labelled(lang, title, text::get(lang, Key::NoFigures));
    }
    let max = points.iter().max_by(|a, b| a.value.total_cmp(&b.value)).expect("not empty");
    let min = points.iter().min_by(|a, b| a.value.total_cmp(&b.value)).expect("not empty");
    let shown = |p: &Point| {
        let label = if p.category.is_empty() { &p.series } else { &p.category };
        text::labelled(lang, label, &format.number(p.value))
    };
    let mut out = format!(
        "{title}. {} {}. {} {}. {} {}.",
        points.len(),
        text::get(lang, Key::FiguresShown),
        text::get(lang, Key::Highest),
        shown(max),
        text::get(lang, Key::Lowest),
        shown(min)
    );
    let first_series: Vec<&Point> = points.iter().filter(|p| p.series_index == points[0].series_index).collect();
    if first_series.len() > 2 {
        let (a, b) = (first_series[0], first_series[first_series.len() - 1]);
        out.push_str(&format!(
            " {} {} ({}) → {} ({}).",
            text::get(lang, Key::TrendOf),
            text::labelled(lang, &a.series, &format.number(a.value)),
            a.category,
            format.number(b.value),
            b.category
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;
    use crate::charts::{featured, trend, Input};
    use crate::state::Filters;

    #[test]
    fn featured_points_and_description() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let option = serde_json::to_value(featured::build(&input)).unwrap();
        let pts = points(&option);
        assert_eq!(pts.len(), 6);
        assert_eq!(pts[1].category, "Smuggling networks dismantled");
        assert_eq!(pts[1].value, 210.0);
        let text = describe("Featured", &pts, &PlainFormat);
        assert!(text.contains("6 figures shown"), "{text}");
        assert!(text.contains("Highest: Irregular migration attempts foiled: 48963"), "{text}");
        assert!(text.contains("Lowest: Smuggling networks dismantled: 210"), "{text}");
    }

    #[test]
    fn trend_points_skip_gaps_and_describe_the_trend() {
        let ds = default_dataset();
        let mut filters = Filters::default();
        filters.categories.insert("rescue_at_sea".into());
        filters.years = Some((2018, 2024));
        filters.coverage = crate::state::CoverageFilter::FullYear;
        let input = Input::new(&ds, &filters, &PlainFormat);
        let option = serde_json::to_value(trend::build(&input)).unwrap();
        let pts = points(&option);
        assert_eq!(pts.iter().map(|p| p.category.as_str()).collect::<Vec<_>>(), ["2018", "2019", "2021", "2022", "2023", "2024"]);
        assert!(pts[0].announcement().contains("2018"), "{}", pts[0].announcement());
        let text = describe("Trend", &pts, &PlainFormat);
        assert!(text.contains("29715 (2018) → 18645 (2024)"), "{text}");
    }
}
