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
    /// What an `aria-live` region says when the point gets focus. The
    /// category is left out where the figure's text holds it, as a year's
    /// period does ("Jan – Nov 2017: 73 · Le360"), so as not to say it twice.
    pub fn announcement(&self) -> String {
        let category = if self.text.contains(&self.category) { "" } else { self.category.as_str() };
        [self.series.as_str(), category, self.text.as_str()]
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

/// An item's own tooltip (`option::with_tooltip`) as text: it says more
/// than the item's name (a featured bar's is its figure alone), and a
/// keyboard reader hears what a pointer reads.
fn own_tooltip(item: &Value) -> Option<String> {
    let html = item["tooltip"]["formatter"].as_str()?;
    let text = html.replace("<br/>", " — ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    Some(text.replace("&amp;", "&"))
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
                text: own_tooltip(item).unwrap_or_else(|| one_line(item["name"].as_str().unwrap_or(""))),
            });
        }
    }
    out
}

/// The points a line per category, each with its figures as the chart
/// gives them ("Smuggling networks dismantled Jan – Nov 2017 — Le360: 73;
/// North Africa Post: 80"): the disagreements' PNG, whose dots name no
/// publisher, as its table does on paper.
pub fn lines_by_category(points: &[Point]) -> Vec<String> {
    let mut lines: Vec<(String, Vec<&str>)> = Vec::new();
    for p in points {
        match lines.last_mut() {
            Some((category, texts)) if *category == p.category => texts.push(&p.text),
            _ => lines.push((p.category.clone(), vec![&p.text])),
        }
    }
    lines.into_iter().map(|(category, texts)| format!("{category} — {}", texts.join("; "))).collect()
}

/// Whether a bar is drawn under a hundredth of the tallest: on a linear
/// axis it is a sliver or nothing (the trend's networks dismantled, about
/// 200, beside 80,000 attempts), which a log axis shows.
pub fn some_too_short(points: &[Point]) -> bool {
    let tallest = points.iter().map(|p| p.value).fold(0.0, f64::max);
    points.iter().any(|p| p.value > 0.0 && p.value < tallest / 100.0)
}

/// A year on an axis, as the charts over years write it.
fn is_year(category: &str) -> bool {
    category.len() == 4 && category.bytes().all(|b| b.is_ascii_digit())
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
    // Where a chart has several series, a year alone does not say whose
    // figure is the highest: the series comes first. The figure is given as
    // the chart shows it, with its period, qualifier and publisher where it
    // has them: a year-to-date figure is not read out as a year's.
    let several_series = points.iter().any(|p| p.series_index != points[0].series_index);
    let shown = |p: &Point| {
        let figure = format.number(p.value);
        let series = Some(p.series.as_str()).filter(|s| several_series && !s.is_empty());
        let category = Some(p.category.as_str()).filter(|c| !c.is_empty() && !p.text.contains(c));
        let name = [series, category].into_iter().flatten().collect::<Vec<_>>().join(" — ");
        match (name.is_empty(), p.text.is_empty() || p.text == figure) {
            (false, true) => text::labelled(lang, &name, &figure),
            (false, false) => format!("{name} — {}", p.text),
            // A slice of a ring has no axis: its text names it.
            (true, _) => if p.text.is_empty() { figure } else { p.text.clone() },
        }
    };
    let count = points.len() as f64;
    let counted = format!("{title}. {} {}.", format.number(count), text::get(lang, if format.is_one(count) { Key::FigureShown } else { Key::FiguresShown }));
    // One figure is its own highest and lowest: said once.
    if points.len() == 1 {
        return format!("{counted} {}.", shown(max));
    }
    // Equal figures have no highest and lowest: "Highest: A — 100. Lowest:
    // B — 100" would read as a difference where there is none.
    let mut out = if max.value == min.value {
        format!("{counted} {} {}.", text::get(lang, Key::EachFigure), format.number(max.value))
    } else {
        format!("{counted} {} {}. {} {}.", text::get(lang, Key::Highest), shown(max), text::get(lang, Key::Lowest), shown(min))
    };
    // Only a series over years has a first and a last year: across the
    // featured report's indicators, or the disagreements' rows, "from first
    // to last" would compare unrelated figures.
    let first_series: Vec<&Point> = points.iter().filter(|p| p.series_index == points[0].series_index).collect();
    if first_series.len() > 2 && first_series.iter().all(|p| is_year(&p.category)) {
        let (a, b) = (first_series[0], first_series[first_series.len() - 1]);
        // Each end as the chart shows it where its text gives its period
        // ("Jan – Aug 2025: about 12,150 · Frontex"), else figure (year).
        let end = |p: &Point| if p.text.contains(&p.category) { p.text.clone() } else { format!("{} ({})", format.number(p.value), p.category) };
        out.push_str(&format!(" {} {} — {} → {}.", text::get(lang, Key::TrendOf), a.series, end(a), end(b)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;
    use crate::charts::{composition, discrepancy, featured, trend, Input};
    use crate::state::Filters;

    #[test]
    fn featured_points_and_description() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let option = crate::charts::option::option(&featured::build(&input));
        let pts = points(&option);
        assert_eq!(pts.len(), 6);
        assert_eq!(pts[1].category, "Smuggling networks dismantled");
        assert_eq!(pts[1].value, 210.0);
        let text = describe("Featured", &pts, &PlainFormat);
        assert!(text.contains("6 figures shown"), "{text}");
        // Each with its period and publisher, as its tooltip says.
        assert!(text.contains("Highest: Irregular migration attempts foiled — Jan 2024 – Sep 2024: 48963 · migrantaffairs.info."), "{text}");
        assert!(text.contains("Lowest: Smuggling networks dismantled — Jan 2024 – Sep 2024: 210 · migrantaffairs.info."), "{text}");
    }

    #[test]
    fn one_figure_is_counted_in_the_singular() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let option = crate::charts::option::option(&featured::build(&input));
        let one = &points(&option)[..1];
        assert_eq!(describe("Featured", one, &PlainFormat), "Featured. 1 figure shown. Irregular migration attempts foiled — Jan 2024 – Sep 2024: 48963 · migrantaffairs.info.");
        assert!(describe("Featured", one, &ArabicPlainFormat).contains(". 1 رقم معروض."));
        assert!(describe("Featured", &points(&option), &ArabicPlainFormat).contains(". 6 من الأرقام معروضة."));
        // The count is written as the page writes numbers (Intl: "1,234").
        struct Marked;
        impl Format for Marked {
            fn number(&self, value: f64) -> String {
                format!("#{value}#")
            }
            fn percent(&self, ratio: f64) -> String {
                PlainFormat.percent(ratio)
            }
            fn coverage(&self, c: &crate::data::date::Coverage) -> String {
                PlainFormat.coverage(c)
            }
            fn lang(&self) -> crate::data::Lang {
                crate::data::Lang::En
            }
        }
        assert!(describe("Featured", &points(&option), &Marked).contains("Featured. #6# figures shown."));
    }

    #[test]
    fn the_disagreements_read_a_line_a_row_with_each_publisher_s_figure() {
        let (pts, _) = described(discrepancy::build);
        let lines = lines_by_category(&pts);
        assert_eq!(lines.len(), pts.iter().map(|p| &p.category).collect::<std::collections::BTreeSet<_>>().len());
        assert!(lines.iter().any(|l| l.starts_with("Smuggling networks dismantled") && l.contains("Le360: 73") && l.contains("; North Africa Post: 80")), "{lines:#?}");
    }

    #[test]
    fn bars_under_a_hundredth_of_the_tallest_are_too_short_to_see() {
        let (pts, _) = described(trend::build);
        assert!(some_too_short(&pts), "networks dismantled beside attempts");
        let mut rescue = Filters::default();
        rescue.categories.insert("rescue_at_sea".into());
        let ds = default_dataset();
        assert!(!some_too_short(&points(&crate::charts::option::option(&trend::build(&Input::new(&ds, &rescue, &PlainFormat))))));
        assert!(!some_too_short(&[]));
    }

    #[test]
    fn equal_figures_are_said_once_not_as_a_highest_and_a_lowest() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let option = crate::charts::option::option(&featured::build(&input));
        let mut two = points(&option)[..2].to_vec();
        two[1].value = two[0].value;
        let text = describe("Featured", &two, &PlainFormat);
        assert_eq!(text, "Featured. 2 figures shown. Each figure: 48963.");
        assert!(describe("Featured", &two, &ArabicPlainFormat).contains("كل رقم: 48963."));
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
        assert!(text.contains("— 2018: 29715 · Yabiladi (National Migration Observatory) → 2024: 18645 · MRE News (ministry)."), "{text}");
    }

    fn described(build: fn(&Input) -> charming::Chart) -> (Vec<Point>, String) {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let pts = points(&crate::charts::option::option(&build(&input)));
        let text = describe("Chart", &pts, &PlainFormat);
        (pts, text)
    }

    #[test]
    fn only_a_series_over_years_is_described_from_first_to_last_year() {
        for build in [featured::build, discrepancy::build] {
            let (_, text) = described(build);
            assert!(!text.contains("From first to last year"), "{text}");
        }
        let (_, text) = described(trend::build);
        assert!(text.contains("From first to last year, Irregular migration attempts foiled (full year) — 2017: 55000 · Elnashra → 2024: 78685 · MRE News (ministry)."), "{text}");
    }

    #[test]
    fn extremes_of_several_series_name_their_series() {
        let (_, text) = described(trend::build);
        assert!(text.contains("Highest: Irregular migration attempts foiled (full year) — 2018: 88761 · Yabiladi (National Migration Observatory)."), "{text}");
        assert!(text.contains("Lowest: Smuggling networks dismantled (year to date) — Jan 2017 – Nov 2017: 73 · Le360; Other figures for this year: Jan 2017 – Nov 2017 (to report date): 80 · North Africa Post."), "{text}");
    }

    #[test]
    fn extremes_of_a_ring_are_its_slices() {
        let (_, text) = described(composition::build);
        // Each with where it comes from: the worked-out "(other)" with its sum.
        assert!(text.contains("Highest: Voluntary returns (Interior Ministry) (other): 2724 (62.1%) — Jan 2024 – Sep 2024: 4388 − 1664 = 2724 · migrantaffairs.info. Lowest: Voluntary returns coordinated with IOM: 1664 (37.9%) — Jan 2024 – Sep 2024 · migrantaffairs.info."), "{text}");
        assert!(!text.contains(": :"), "{text}");
    }

    #[test]
    fn a_year_is_announced_once() {
        let (pts, _) = described(trend::build);
        assert_eq!(pts[0].announcement(), "Irregular migration attempts foiled (full year) — 2017: 55000 · Elnashra");
        let partial = pts.iter().find(|p| p.value == 73.0).unwrap();
        // With the other publisher's figure for the year, which no bar draws.
        assert_eq!(partial.announcement(), "Smuggling networks dismantled (year to date) — Jan 2017 – Nov 2017: 73 · Le360; Other figures for this year: Jan 2017 – Nov 2017 (to report date): 80 · North Africa Post");
        let (pts, _) = described(featured::build);
        assert_eq!(pts[1].announcement(), "Interior Ministry report, January–September 2024 — Smuggling networks dismantled — Jan 2024 – Sep 2024: 210 · migrantaffairs.info");
        // A total at a date: how exact the date is, not the report's months.
        let refugees = pts.iter().find(|p| p.value == 1638.0).unwrap();
        assert_eq!(refugees.text, "Refugees recognised by the state (BRA) — As of mid-September 2024, cumulative; exact date not published. — 1638 · migrantaffairs.info");
    }
}
