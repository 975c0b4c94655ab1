use super::*;
use crate::charts::test_support::*;
use crate::data::{Observation, Qualifier};
use crate::state::Filters;

#[test]
fn trend_snapshot_keeps_year_to_date_apart() {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let chart = build(&input);
    let json = serde_json::to_value(&chart).unwrap();
    let names: Vec<&str> = json["series"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Irregular migration attempts foiled (full year)"), "{names:?}");
    assert!(names.contains(&"Irregular migration attempts foiled (year to date)"), "{names:?}");
    assert_snapshot("trend", &chart);
}

#[test]
fn rescue_at_sea_2018_to_2024_full_years() {
    let ds = default_dataset();
    let mut filters = Filters::default();
    filters.categories.insert("rescue_at_sea".into());
    filters.years = Some((2018, 2024));
    filters.coverage = CoverageFilter::FullYear;
    let input = Input::new(&ds, &filters, &PlainFormat);
    let json = serde_json::to_value(build(&input)).unwrap();
    let series = json["series"].as_array().unwrap();
    assert_eq!(series.len(), 1);
    assert_eq!(json["xAxis"]["data"], serde_json::json!(["2018", "2019", "2020", "2021", "2022", "2023", "2024"]));
    let values: Vec<serde_json::Value> =
        series[0]["data"].as_array().unwrap().iter().map(|d| d.get("value").cloned().unwrap_or(d.clone())).collect();
    assert_eq!(
        values,
        serde_json::json!([29715.0, 19554.0, "-", 14236.0, 12478.0, 16818.0, 18645.0]).as_array().unwrap().clone()
    );
}

#[test]
fn a_log_axis_with_a_zero_starts_at_one() {
    let mut ds = default_dataset();
    let mut filters = Filters::default();
    filters.indicators.insert("networks_dismantled".into());
    filters.log_scale = true;
    let axis = |ds: &crate::data::Dataset, f: &Filters| serde_json::to_value(build(&Input::new(ds, f, &PlainFormat))).unwrap()["yAxis"].clone();
    assert_eq!(axis(&ds, &filters)["type"], "log");
    assert_eq!(axis(&ds, &filters).get("min"), None, "ECharts ranges an axis without a zero");
    ds.observations.iter_mut().find(|o| o.indicator == "networks_dismantled").unwrap().value = 0.0;
    let ds = ds.clone(); // afresh: the rows are made once (see `Kept`)
    assert_eq!(axis(&ds, &filters)["min"], 1);
    filters.log_scale = false;
    assert_eq!(axis(&ds, &filters).get("min"), None, "a linear axis has room for 0");
}

#[test]
fn a_featured_indicator_with_no_year_to_draw_gives_way_to_the_category() {
    let ds = default_dataset();
    let mut filters = Filters::default();
    filters.categories.insert("protection".into());
    let input = Input::new(&ds, &filters, &PlainFormat);
    // Refugees recognised (BRA), featured, is a stock at a date: nothing by year.
    assert!(ds.metadata.featured.indicators.contains(&"refugees_recognised".to_string()));
    let ids = indicators(&input);
    assert!(ids.contains(&"regularisation_applications".to_string()), "{ids:?}");
    let json = serde_json::to_value(build(&input)).unwrap();
    let names: Vec<&str> = json["series"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Regularisation applications (full year)", "Regularisation applications approved (full year)"]);
    assert_eq!(json["xAxis"]["data"], serde_json::json!(["2014"]));
    // Where the featured indicators have years, they alone are drawn, as before.
    filters.categories = Default::default();
    filters.categories.insert("returns".into());
    let input = Input::new(&ds, &filters, &PlainFormat);
    assert_eq!(indicators(&input), ["voluntary_returns", "voluntary_returns_iom"]);
}

#[test]
fn a_year_shows_the_latest_end_then_an_exact_figure_then_the_first() {
    let mut ds = default_dataset();
    let model = ds.observations.iter().find(|o| o.indicator == "attempts_foiled").unwrap().clone();
    let figure = |start: &str, end: &str, value: f64, qualifier: Qualifier| Observation {
        start: start.into(),
        end: end.into(),
        value,
        qualifier,
        ..model.clone()
    };
    ds.observations.extend([
        // 1990, year to date: the later end wins, offered first or last.
        figure("1990-01-01", "1990-09-30", 20.0, Qualifier::Exact),
        figure("1990-01-01", "1990-06-30", 10.0, Qualifier::Exact),
        // 1991, full year: an exact figure wins over an estimate.
        figure("1991-01-01", "1991-12-31", 30.0, Qualifier::Approx),
        figure("1991-01-01", "1991-12-31", 40.0, Qualifier::Exact),
        // 1992, full year: two exact figures, the first stays.
        figure("1992-01-01", "1992-12-31", 50.0, Qualifier::Exact),
        figure("1992-01-01", "1992-12-31", 60.0, Qualifier::Exact),
        figure("1992-01-01", "1992-12-31", 70.0, Qualifier::AtLeast),
    ]);
    let mut filters = Filters::default();
    filters.indicators.insert("attempts_foiled".into());
    filters.years = Some((1990, 1992));
    let input = Input::new(&ds, &filters, &PlainFormat);
    let json = serde_json::to_value(build(&input)).unwrap();
    let values = |kind: &str| -> Vec<serde_json::Value> {
        let series = json["series"].as_array().unwrap().iter().find(|s| s["name"].as_str().unwrap().ends_with(kind)).unwrap();
        series["data"].as_array().unwrap().iter().map(|d| d.get("value").cloned().unwrap_or(d.clone())).collect()
    };
    assert_eq!(values("(year to date)"), [serde_json::json!(20.0), "-".into(), "-".into()]);
    assert_eq!(values("(full year)"), ["-".into(), serde_json::json!(40.0), serde_json::json!(50.0)]);
}
