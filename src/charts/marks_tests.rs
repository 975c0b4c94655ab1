//! Each chart's `marks` are the figures it draws, whose publishers its
//! caption credits: the same values, in the same order, as its option.

use super::test_support::*;
use super::{composition, discrepancy, europe, featured, trend, Input};
use crate::data::{Lang, Observation};
use crate::state::Filters;

/// The values a bar chart's option draws, series by series, gaps left out.
fn drawn_values(chart: &charming::Chart) -> Vec<f64> {
    let json = serde_json::to_value(chart).unwrap();
    let series = json["series"].as_array().cloned().unwrap_or_default();
    series
        .iter()
        // What a total's routes leave of it is not a figure: its mark is the total's.
        .filter(|s| !s["name"].as_str().unwrap_or("").ends_with("(other)"))
        .flat_map(|s| s["data"].as_array().cloned().unwrap_or_default())
        .filter_map(|d| d.get("value").and_then(|v| v.as_f64()).or_else(|| d.as_f64()))
        .collect()
}

fn values(marks: &[&Observation]) -> Vec<f64> {
    marks.iter().map(|o| o.value).collect()
}

fn filter_sets() -> Vec<Filters> {
    let mut rescue = Filters::default();
    rescue.categories.insert("rescue_at_sea".into());
    let recent = Filters { years: Some((2021, 2024)), ..Default::default() };
    let full = Filters { coverage: crate::state::CoverageFilter::FullYear, ..Default::default() };
    vec![Filters::default(), rescue, recent, full]
}

#[test]
fn the_trend_and_europe_marks_are_the_bars_they_draw() {
    let ds = default_dataset();
    for filters in filter_sets() {
        let input = Input::new(&ds, &filters, &PlainFormat);
        assert_eq!(values(&trend::marks(&input)), drawn_values(&trend::build(&input)), "trend, {filters:?}");
        let marks = europe::marks(&input);
        let (totals, figures): (Vec<&Observation>, Vec<&Observation>) = marks.iter().partition(|o| o.indicator == "spain_arrivals");
        assert_eq!(values(&figures), drawn_values(&europe::build(&input)), "europe, {filters:?}");
        assert_eq!(totals.len(), if filters.categories.is_empty() { 3 } else { 0 }, "europe's totals, {filters:?}");
    }
}

#[test]
fn the_featured_and_discrepancy_marks_are_their_bars_and_dots() {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    assert_eq!(values(&featured::bars(&input)), drawn_values(&featured::build(&input)));
    let dots = discrepancy::dots(&input);
    assert!(dots.len() >= 8, "{}", dots.len());
    let (whole, parts) = composition::parts(&input).unwrap();
    let marks = composition::marks(&input);
    assert_eq!(marks[0].value, whole.value);
    assert_eq!(values(&marks[1..]), values(&parts));
}

#[test]
fn a_chart_credits_the_publishers_of_its_own_figures_only() {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let all: Vec<u32> = (0..ds.observations.len() as u32).collect();
    let everyone = ds.shown(&all, Lang::En).publishers;
    let bars = featured::bars(&input);
    let featured = ds.shown_of(&bars, Lang::En);
    // Each bar's publisher, once, in the bars' order.
    let mut expected: Vec<&str> = Vec::new();
    let mut expected_sources: Vec<&str> = Vec::new();
    for o in &bars {
        let publisher = ds.source(&o.source).unwrap().publisher.get(Lang::En);
        if !expected.contains(&publisher) {
            expected.push(publisher);
        }
        if !expected_sources.contains(&o.source.as_str()) {
            expected_sources.push(&o.source);
        }
    }
    assert_eq!(featured.publishers, expected);
    // And each source once, for an embed's links.
    assert_eq!(featured.sources.iter().map(|&s| ds.sources[s].id.as_str()).collect::<Vec<_>>(), expected_sources);
    assert!(featured.publishers.len() < everyone.len() / 4, "{:?} of {}", featured.publishers, everyone.len());
    assert!(!featured.publishers.contains(&"Le360"), "Le360 published none of the featured figures");
    assert_eq!(featured.years, Some((2024, 2024)));
    // Years from the drawn figures, not the dataset's.
    let mut rescue = Filters::default();
    rescue.indicators.insert("rescued_at_sea".into());
    rescue.years = Some((2022, 2023));
    let input = Input::new(&ds, &rescue, &PlainFormat);
    assert_eq!(ds.shown_of(&trend::marks(&input), Lang::En).years, Some((2022, 2023)));
}

#[test]
fn the_trend_credits_the_publishers_of_the_figures_its_bars_name_beside_them() {
    let ds = default_dataset();
    let mut attempts = Filters::default();
    attempts.indicators.insert("attempts_foiled".into());
    attempts.coverage = crate::state::CoverageFilter::YearToDate;
    let input = Input::new(&ds, &attempts, &PlainFormat);
    let publishers = |figures: Vec<&crate::data::Observation>| ds.shown_of(&figures, Lang::En).publishers.iter().map(|p| p.to_string()).collect::<Vec<String>>();
    // The New Arab's January–August 2022 figure is named beside the 2022 bar, not drawn.
    let named = "The New Arab (Anadolu)";
    assert!(!publishers(trend::marks(&input)).iter().any(|p| p == named));
    assert!(publishers(trend::credited(&input)).iter().any(|p| p == named));
    assert!(trend::credited(&input).len() > trend::marks(&input).len());
}
