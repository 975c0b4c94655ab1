use super::*;
use crate::charts::test_support::*;
use crate::state::Filters;

/// A copy of `template` covering the whole of `year`, with `value` (a
/// new observation, not an edited one: an observation keeps the coverage
/// it parsed first).
fn full_year(template: &Observation, year: i32, value: f64) -> Observation {
    let mut o = template.clone();
    o.start = format!("{year}-01-01");
    o.end = format!("{year}-12-31");
    o.value = value;
    o
}

/// The default dataset with, instead of its observations, those `make`
/// gives for each year of `years` from a template observation.
fn dataset_of(years: std::ops::Range<i32>, make: impl Fn(&Observation, i32) -> Vec<Observation>) -> crate::data::Dataset {
    let mut ds = default_dataset();
    let template = ds.observations[0].clone();
    ds.observations = years.flat_map(|year| make(&template, year)).collect();
    ds
}

#[test]
fn draws_the_latest_groups_when_there_are_too_many() {
    // 40 years of one indicator, two sources each: 40 groups.
    let ds = dataset_of(1980..2020, |template, year| {
        [("a", 1.0), ("b", 2.0)]
            .into_iter()
            .map(|(source, value)| Observation { source: source.into(), ..full_year(template, year, value) })
            .collect()
    });
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let groups = drawn(&input).groups;
    assert_eq!(groups.len(), MAX_ROWS);
    let years: Vec<i32> = groups.iter().map(|g| g.coverage.year()).collect();
    assert_eq!(years, (1990..2020).collect::<Vec<_>>(), "the latest, in dataset order");
    assert!(groups.iter().all(|g| g.observations.len() == 2), "both figures of a drawn group");
    assert_eq!(drawn(&input).left_out(), Some((30, 40)));
    assert_eq!(dots(&input).len(), 60);
    let json: serde_json::Value = serde_json::to_value(build(&input)).unwrap();
    assert_eq!(json["yAxis"][0]["data"].as_array().map(Vec::len).or(json["yAxis"]["data"].as_array().map(Vec::len)), Some(30));
}

#[test]
fn draws_fewer_groups_when_they_hold_too_many_dots() {
    // 10 years with 150 figures each: 1,500 dots in 10 groups.
    let ds = dataset_of(2010..2020, |template, year| (0..150).map(|n| full_year(template, year, n as f64)).collect());
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let drawn = drawn(&input);
    let years: Vec<i32> = drawn.groups.iter().map(|g| g.coverage.year()).collect();
    assert_eq!(years, vec![2018, 2019], "the latest groups that fit in {MAX_DOTS} dots");
    assert_eq!(drawn.left_out(), Some((2, 10)));
    assert!(drawn.groups.iter().all(|g| g.observations.len() == 150), "every figure of a drawn group");

    // One group larger than the cap is still drawn, whole. (A copy: a
    // dataset once shown keeps the rows it was shown with.)
    let mut ds = ds.clone();
    ds.observations.truncate(150);
    let template = ds.observations[0].clone();
    ds.observations.extend((0..1000).map(|n| full_year(&template, 2030, n as f64)));
    let input = Input::new(&ds, &filters, &PlainFormat);
    let drawn = super::drawn(&input);
    assert_eq!(drawn.groups.len(), 1);
    assert_eq!(drawn.groups[0].observations.len(), 1000);
    assert_eq!(drawn.left_out(), Some((1, 2)));
}

#[test]
fn sources_disagree_about_2017() {
    let ds = default_dataset();
    let filters = Filters { years: Some((2017, 2017)), ..Filters::default() };
    let input = Input::new(&ds, &filters, &PlainFormat);
    let groups = disagreements(&input);
    let publishers: Vec<Vec<&str>> = groups
        .iter()
        .map(|g| g.observations.iter().map(|o| input.publisher(&o.source)).collect())
        .collect();
    assert!(publishers.iter().all(|p| p.contains(&"Le360") && p.contains(&"North Africa Post")), "{publishers:?}");
    assert_eq!(groups.len(), 2, "attempts and networks");
    assert_snapshot("discrepancy-2017", &build(&input));
}

#[test]
fn a_row_is_drawn_as_percentages_of_its_highest_figure_and_read_as_its_figures() {
    let ds = default_dataset();
    let filters = Filters { years: Some((2017, 2017)), ..Filters::default() };
    let input = Input::new(&ds, &filters, &PlainFormat);
    let option = crate::charts::option::option(&build(&input));
    let placed: Vec<(f64, u64)> = option["series"][0]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["value"][0].as_f64().unwrap(), d["value"][1].as_u64().unwrap()))
        .collect();
    // 50,000 and "at least 50,000" agree; 73 networks is 91.25% of 80.
    assert_eq!(placed, vec![(100.0, 0), (100.0, 0), (91.25, 1), (100.0, 1)]);
    assert_eq!(option["xAxis"]["max"], 100);
    assert_eq!(option["xAxis"].get("min"), None, "ECharts ranges dots apart from just below the lowest");
    let figures: Vec<f64> = crate::charts::describe::points(&option).iter().map(|p| p.value).collect();
    assert_eq!(figures, vec![50000.0, 50000.0, 73.0, 80.0], "the keyboard and the description read the figures");
}

#[test]
fn a_row_of_zeros_is_drawn_at_100() {
    assert_eq!(percent_of(0.0, 0.0), 100.0);
    assert_eq!(percent_of(0.0, 8.0), 0.0);
    assert_eq!(percent_of(8.0, 8.0), 100.0);
}

#[test]
fn dots_that_all_agree_are_drawn_on_an_axis_from_90() {
    // Attempts foiled alone: 50,000 and "at least 50,000", both at 100.
    let ds = default_dataset();
    let filters = Filters { indicators: ["attempts_foiled".to_string()].into(), ..Filters::default() };
    let option = crate::charts::option::option(&build(&Input::new(&ds, &filters, &PlainFormat)));
    let placed: Vec<f64> = option["series"][0]["data"].as_array().unwrap().iter().map(|d| d["value"][0].as_f64().unwrap()).collect();
    assert!(!placed.is_empty() && placed.iter().all(|&p| p == 100.0), "{placed:?}");
    assert_eq!((option["xAxis"]["min"].as_i64(), option["xAxis"]["max"].as_i64()), (Some(90), Some(100)));
}

#[test]
fn one_publishers_two_counts_are_told_apart_by_their_notes() {
    let ds = default_dataset();
    // The dots' names in a year of one indicator.
    let names = |indicator: &str, year: i32| -> Vec<String> {
        let mut filters = Filters { years: Some((year, year)), ..Filters::default() };
        filters.indicators.insert(indicator.into());
        let json = crate::charts::option::option(&build(&Input::new(&ds, &filters, &PlainFormat)));
        json["series"][0]["data"].as_array().unwrap().iter().map(|d| d["name"].as_str().unwrap().to_string()).collect()
    };
    // Maghreb Daily News and bosla.info's first and later count: "Maghreb Daily News / bosla.info: 27332" twice said nothing of which is which.
    assert_eq!(names("regularisation_applications", 2014), ["Maghreb Daily News / bosla.info: 27332 (First regularisation campaign)", "Maghreb Daily News / bosla.info: 27643 (First regularisation campaign, later count)"]);
    // Two publishers' figures need no note; one counted to its report's
    // date, in a row whose label is the other's period, says so.
    let two = names("networks_dismantled", 2017);
    assert_eq!(two, ["Le360: 73", "North Africa Post: 80 (Jan 2017 – report date)"], "{two:?}");
}

#[test]
fn a_dot_s_tooltip_says_what_and_when_as_its_row_does() {
    let ds = default_dataset();
    let filters = Filters { years: Some((2017, 2017)), ..Filters::default() };
    let json = crate::charts::option::option(&build(&Input::new(&ds, &filters, &PlainFormat)));
    let tooltips: Vec<&str> = json["series"][0]["data"].as_array().unwrap().iter().map(|d| d["tooltip"]["formatter"].as_str().unwrap()).collect();
    assert!(tooltips.contains(&"Smuggling networks dismantled Jan 2017 – Nov 2017<br/>Le360: 73"), "{tooltips:?}");
    // The data table's cell and the PNG's line say the row once.
    let points = crate::charts::describe::points(&json);
    let le360 = points.iter().find(|p| p.text.ends_with("Le360: 73")).unwrap();
    assert_eq!(crate::text::cited_title(&le360.category, &le360.text), "Le360: 73");
    let lines = crate::charts::describe::lines_by_category(&points, crate::data::Lang::En);
    assert!(lines.contains(&"Smuggling networks dismantled Jan 2017 – Nov 2017 — Le360: 73; North Africa Post: 80 (Jan 2017 – report date)".to_string()), "{lines:?}");
}

#[test]
fn a_source_filter_keeps_the_other_publishers_of_its_disagreements() {
    let ds = default_dataset();
    let mut filters = Filters::default();
    Filters::toggle(&mut filters.sources, "le360-2017");
    let input = Input::new(&ds, &filters, &PlainFormat);
    let groups = drawn(&input).groups;
    let rows: Vec<(&str, Vec<(&str, f64)>)> =
        groups.iter().map(|g| (g.indicator, g.observations.iter().map(|o| (o.source.as_str(), o.value)).collect())).collect();
    assert_eq!(rows, [
        ("attempts_foiled", vec![("le360-2017", 50000.0), ("northafricapost-2017", 50000.0)]),
        ("networks_dismantled", vec![("le360-2017", 73.0), ("northafricapost-2017", 80.0)]),
    ]);
    // The other publisher alone, chosen: the same two rows.
    let mut other = Filters::default();
    Filters::toggle(&mut other.sources, "northafricapost-2017");
    assert_eq!(drawn(&Input::new(&ds, &other, &PlainFormat)).groups.len(), 2);
    // Other filters still hold: no attempts, no attempts' row.
    Filters::toggle(&mut filters.indicators, "networks_dismantled");
    let input = Input::new(&ds, &filters, &PlainFormat);
    assert_eq!(drawn(&input).groups.iter().map(|g| g.indicator).collect::<Vec<_>>(), ["networks_dismantled"]);
}
