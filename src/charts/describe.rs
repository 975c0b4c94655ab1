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
    /// The stack it is drawn in (its whole's name), if any: Spain's routes
    /// and what they leave of its total.
    pub stack: Option<String>,
    /// Whether it is what a stack's parts leave of its published total
    /// (a series whose id starts with `REMAINDER`), which makes its stack
    /// that total.
    pub remainder: bool,
}

/// The start of the id of a series of what a stack's parts leave of its
/// published total ("(other)").
pub const REMAINDER: &str = "remainder:";

impl Point {
    /// What an `aria-live` region says when the point gets focus. The
    /// category is left out where the figure's text holds it, as a year's
    /// period does ("Jan – Nov 2017: 73 · Le360"), so as not to say it twice.
    /// The series is left out where the chart has one and the category
    /// names the figure: every step on the featured chart began with the
    /// report's name, which the note under its title gives. A year does not
    /// name one: Europe's Frontex picked alone is said with its series.
    pub fn announcement(&self, several_series: bool) -> String {
        let category = if self.text.contains(&self.category) { "" } else { self.category.as_str() };
        let series = if several_series || is_year(&self.category) { self.series.as_str() } else { "" };
        [series, category, self.text.as_str()]
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
    let text = text.replace("&#123;", "{").replace("&#125;", "}");
    Some(text.replace("&amp;", "&"))
}

fn axis_data(option: &Value, axis: &str) -> Vec<String> {
    let axis = &option[axis];
    let axis = if axis.is_array() { &axis[0] } else { axis };
    axis["data"].as_array().map(|d| d.iter().map(|v| one_line(v.as_str().unwrap_or(""))).collect()).unwrap_or_default()
}

/// A ring's part, which has no axis to name it: its name before its figure
/// ("Voluntary returns coordinated with IOM: 1,664 (37.9%)", `text::labelled`),
/// so that its data table's row is headed by it, as a bar's by its year.
fn part_name(item: &Value) -> Option<String> {
    let name = one_line(item["name"].as_str()?);
    // `trim_end` takes French's no-break space before the colon too.
    Some(name.rsplit_once(": ")?.0.trim_end().to_string())
}

/// Every mark in drawing order, gaps left out.
pub fn points(option: &Value) -> Vec<Point> {
    let x = axis_data(option, "xAxis");
    let y = axis_data(option, "yAxis");
    let mut out = Vec::new();
    for (si, series) in option["series"].as_array().into_iter().flatten().enumerate() {
        let name = series["name"].as_str().unwrap_or("").to_string();
        let stack = series["stack"].as_str().map(str::to_string);
        let remainder = series["id"].as_str().is_some_and(|id| id.starts_with(REMAINDER));
        let ring = series["type"] == "pie";
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
                None if ring => part_name(item),
                None => x.get(di).or_else(|| y.get(di)).cloned(),
            };
            out.push(Point {
                series_index: si,
                data_index: di,
                series: name.clone(),
                category: category.unwrap_or_default(),
                value,
                text: own_tooltip(item).unwrap_or_else(|| one_line(item["name"].as_str().unwrap_or(""))),
                stack: stack.clone(),
                remainder,
            });
        }
    }
    out
}

/// The points a line per category, each with its figures as the chart
/// gives them ("Smuggling networks dismantled Jan – Nov 2017 — Le360: 73;
/// North Africa Post: 80"): the disagreements' PNG, whose dots name no
/// publisher, as its table does on paper.
pub fn lines_by_category(points: &[Point], lang: crate::data::Lang) -> Vec<String> {
    let mut lines: Vec<(String, Vec<&str>)> = Vec::new();
    for p in points {
        match lines.last_mut() {
            Some((category, texts)) if *category == p.category => texts.push(&p.text),
            _ => lines.push((p.category.clone(), vec![&p.text])),
        }
    }
    // A figure's text may start with its category (a dot's tooltip names its row): said once.
    lines.into_iter().map(|(category, texts)| format!("{category} — {}", texts.iter().map(|t| text::cited_title(&category, t)).collect::<Vec<_>>().join(text::semicolon(lang)))).collect()
}

/// The bars whose tooltip names other figures of their year, a line each
/// with their series ("Irregular migration attempts foiled (year to date) —
/// Jan – Nov 2022: 40,589 · Alyaoum24; …; Other figures for this year: Jan –
/// Aug 2022: at least 56,000 · The New Arab"): a trend's PNG credited The
/// New Arab, whose larger figure for a shorter period it showed nowhere.
/// Found by the heading `Input::with_others` writes them under; a bar with
/// only its own note is not listed (eighteen lines wrapped over forty, in the
/// default trend's PNG).
pub fn naming_other_figures(points: &[Point], lang: crate::data::Lang) -> Vec<String> {
    let headings = [text::get(lang, Key::OtherFigures), text::get(lang, Key::OtherFiguresOf).split('{').next().unwrap_or_default()];
    points.iter().filter(|p| headings.iter().any(|h| !h.is_empty() && p.text.contains(h))).map(|p| format!("{} — {}", p.series, p.text)).collect()
}

/// Whether a bar is drawn under a hundredth of the tallest: on a linear
/// axis it is a sliver or nothing (the trend's networks dismantled, about
/// 200, beside 80,000 attempts), which a log axis shows.
pub fn some_too_short(points: &[Point]) -> bool {
    let tallest = points.iter().map(|p| p.value).fold(0.0, f64::max);
    points.iter().any(|p| p.value > 0.0 && p.value < tallest / 100.0)
}

/// A year on an axis, as the charts over years write it.
pub fn is_year(category: &str) -> bool {
    category.len() == 4 && category.bytes().all(|b| b.is_ascii_digit())
}

/// How many equal figures a description gives one by one.
const EQUAL_NAMED: usize = 4;

/// The figures a chart shows one by one: each point, but a stack drawn up
/// to a published total (it has a remainder, "(other)") one figure, that
/// total, in the place of its first point, said by the remainder's text cut
/// to the total its sum starts from, with its period and publisher
/// ("Irregular arrivals in Spain — 2024: 63,970 · Pledge Times"): the sum
/// whole, "… = 2,696", was heard as 2,696 the highest.
/// A stack without one (routes picked alone, a year with no total) sums
/// to no published figure: its points stay their own.
fn columns(points: &[Point]) -> Vec<Point> {
    // A list rather than a hash map (whose hashing cost the wasm 3 KB): one
    // remainder a stack and category, a year's, so a few dozen at most.
    let mut at: Vec<((&str, &str), Option<usize>)> =
        points.iter().filter(|p| p.remainder).filter_map(|p| Some(((p.stack.as_deref()?, p.category.as_str()), None))).collect();
    let mut out: Vec<Point> = Vec::with_capacity(points.len());
    for p in points {
        let found = p.stack.as_deref().and_then(|stack| at.iter_mut().find(|(key, _)| *key == (stack, p.category.as_str())));
        let Some((_, slot)) = found else {
            out.push(p.clone());
            continue;
        };
        let column = match *slot {
            Some(i) => {
                out[i].value += p.value;
                &mut out[i]
            }
            None => {
                *slot = Some(out.len());
                out.push(Point { series: p.stack.clone().unwrap_or_default(), ..p.clone() });
                out.last_mut().expect("pushed")
            }
        };
        if p.remainder {
            column.text = text::equation_whole(&p.text);
        }
    }
    out
}

/// Whether the points belong to more than one series: where they do, a
/// year alone does not say whose figure a point is.
pub fn several_series(points: &[Point]) -> bool {
    points.iter().any(|p| p.series_index != points[0].series_index)
}

/// A few sentences for screen readers: how many figures, the extremes and,
/// for a series over years, its first and last values. Nothing for no
/// figure: the panel says so in words of its own. The chart's title is not
/// repeated, as it names the chart already.
pub fn describe(points: &[Point], format: &dyn Format) -> String {
    let lang = format.lang();
    if points.is_empty() {
        return String::new();
    }
    // A stack is one figure a year, its total, as the chart shows it: the
    // pieces of Spain's arrivals are not the highest or lowest figures
    // beside Frontex's (its "about 47,000" was read out as the highest,
    // under Spain's 63,970; a worked-out remainder as the lowest).
    // Cloned only where a stack has a total: a chart's points, thousands at
    // 100,000 rows, were copied on every redraw.
    let columns: std::borrow::Cow<[Point]> = if points.iter().any(|p| p.remainder) { columns(points).into() } else { points.into() };
    let max = columns.iter().max_by(|a, b| a.value.total_cmp(&b.value)).expect("not empty");
    let min = columns.iter().min_by(|a, b| a.value.total_cmp(&b.value)).expect("not empty");
    // Where a chart has several series, a year alone does not say whose
    // figure is the highest: the series comes first. The figure is given as
    // the chart shows it, with its period, qualifier and publisher where it
    // has them: a year-to-date figure is not read out as a year's.
    let several_series = several_series(points);
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
    let counted = format!("{}.", text::sentence(lang, if format.is_one(count) { Key::FigureShown } else { Key::FiguresShown }, &[("n", &format.number(count))]));
    // One figure is its own highest and lowest: said once.
    if points.len() == 1 {
        return format!("{counted} {}", stop(shown(max)));
    }
    // Equal figures have no highest and lowest: "Highest: A — 100. Lowest:
    // B — 100" would read as a difference where there is none. Said
    // differently (a qualifier, a publisher), each is given as the chart
    // gives it: "at least 50,000" is not agreement with "50,000".
    // "Each figure: 50,000" is said only of figures given alike: before
    // "Le360: at least 50,000" it read as if Le360 gave 50,000.
    let mut out = if max.value == min.value {
        let texts: Vec<String> = columns.iter().take(EQUAL_NAMED).map(shown).collect();
        if columns.iter().all(|p| shown(p) == texts[0]) {
            format!("{counted} {} {}.", text::get(lang, Key::EachFigure), format.number(max.value))
        } else {
            let more = if columns.len() > EQUAL_NAMED { text::more(lang, columns.len() - EQUAL_NAMED) } else { String::new() };
            format!("{counted} {}", stop(texts.join(text::semicolon(lang)) + &more))
        }
    } else {
        format!("{counted} {} {} {} {}", text::get(lang, Key::Highest), stop(shown(max)), text::get(lang, Key::Lowest), stop(shown(min)))
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
        out.push_str(&format!(" {} {} — {} → {}", text::get(lang, Key::TrendOf), a.series, end(a), stop(end(b))));
    }
    out
}

/// `said` ended with a full stop, where its own last words (a figure's
/// note: "exact date not published.") have none yet: not "published..".
fn stop(said: String) -> String {
    if said.ends_with('.') { said } else { said + "." }
}


#[cfg(test)]
mod tests;
