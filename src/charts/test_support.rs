//! A fixed stand-in for `Intl` and the default dataset, for snapshot tests.

use super::Format;
use crate::data::date::{Coverage, CoverageKind};
use crate::data::{Dataset, Lang};
use crate::state::Filters;

pub struct PlainFormat;

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

impl Format for PlainFormat {
    fn number(&self, value: f64) -> String {
        format!("{value}")
    }
    fn percent(&self, ratio: f64) -> String {
        format!("{}%", (ratio * 1000.0).round() / 10.0)
    }
    fn coverage(&self, c: &Coverage) -> String {
        match c.kind() {
            CoverageKind::FullYear => c.end.year.to_string(),
            _ if c.start == c.end => format!("{} {} {}", c.end.day, MONTHS[c.end.month as usize - 1], c.end.year),
            _ if !c.is_whole_months() => format!("{} {} {} – {} {} {}", c.start.day, MONTHS[c.start.month as usize - 1], c.start.year, c.end.day, MONTHS[c.end.month as usize - 1], c.end.year),
            // As `Intl`'s range of one month.
            _ if (c.start.year, c.start.month) == (c.end.year, c.end.month) => format!("{} {}", MONTHS[c.end.month as usize - 1], c.end.year),
            _ => format!("{} {} – {} {}", MONTHS[c.start.month as usize - 1], c.start.year, MONTHS[c.end.month as usize - 1], c.end.year),
        }
    }
    fn lang(&self) -> Lang {
        Lang::En
    }
}

/// The default filters with one change: a state to test under.
pub fn filters_with(change: fn(&mut Filters)) -> Filters {
    let mut filters = Filters::default();
    change(&mut filters);
    filters
}

pub fn default_dataset() -> Dataset {
    let text = include_str!("../../public/data/morocco.json");
    serde_json::from_str(text).expect("default dataset parses")
}

/// Compare a chart's option (`super::option`: what ECharts gets) with `src/charts/snapshots/NAME.json`.
/// `UPDATE_SNAPSHOTS=1 cargo test` rewrites them; review the diff.
pub fn assert_snapshot(name: &str, chart: &charming::Chart) {
    let json = serde_json::to_string_pretty(&super::option::option(chart)).unwrap() + "\n";
    let path = format!("{}/src/charts/snapshots/{name}.json", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(&path).parent().unwrap()).unwrap();
        std::fs::write(&path, &json).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {path}; run UPDATE_SNAPSHOTS=1 cargo test"));
    assert!(expected == json, "chart {name} differs from its snapshot {path}:\n{json}");
}

/// The stand-in with each number between marks ("#48963#"), as the page's
/// shell writes placeholders for its script to fill in: for tests that a
/// number is written by the format, or that a layout does not count on
/// the text it writes.
pub struct MarkedFormat;

impl Format for MarkedFormat {
    fn number(&self, value: f64) -> String {
        format!("#{value}#")
    }
    fn percent(&self, ratio: f64) -> String {
        PlainFormat.percent(ratio)
    }
    fn coverage(&self, c: &Coverage) -> String {
        PlainFormat.coverage(c)
    }
    fn lang(&self) -> Lang {
        Lang::En
    }
}

/// The stand-in, in Arabic: for right-to-left layout tests.
pub struct ArabicPlainFormat;

impl Format for ArabicPlainFormat {
    fn number(&self, value: f64) -> String {
        PlainFormat.number(value)
    }
    fn percent(&self, ratio: f64) -> String {
        PlainFormat.percent(ratio)
    }
    fn coverage(&self, c: &Coverage) -> String {
        PlainFormat.coverage(c)
    }
    fn lang(&self) -> Lang {
        Lang::Ar
    }
}
