use super::*;
use crate::charts::test_support::*;
use crate::state::Filters;

#[test]
fn the_report_charts_follow_the_years_source_and_region_filters() {
    let ds = default_dataset();
    let values = |f: &Filters| bars(&Input::new(&ds, f, &PlainFormat)).iter().map(|o| o.value).collect::<Vec<f64>>();
    let ring = |f: &Filters| crate::charts::composition::marks(&Input::new(&ds, f, &PlainFormat)).iter().map(|o| o.value).collect::<Vec<f64>>();
    let all = Filters::default();
    // Years that leave the report out: nothing, beside "0 figures match".
    let years_2016 = Filters { years: Some((2016, 2016)), ..Filters::default() };
    assert!(values(&years_2016).is_empty());
    assert!(ring(&years_2016).is_empty());
    // Its year, its source: all of it.
    let year_2024 = Filters { years: Some((2024, 2024)), ..Filters::default() };
    assert_eq!(values(&year_2024), values(&all));
    let source = bars(&Input::new(&ds, &all, &PlainFormat))[0].source.clone();
    let mut its_source = Filters::default();
    its_source.sources.insert(source);
    assert_eq!(values(&its_source), values(&all));
    // Another source, full years only, or Spain: none of it.
    let mut le360 = Filters::default();
    le360.sources.insert("le360-2017".into());
    assert!(values(&le360).is_empty());
    let full_years = Filters { coverage: crate::state::CoverageFilter::FullYear, ..Filters::default() };
    assert!(values(&full_years).is_empty() && ring(&full_years).is_empty());
    let mut spain = Filters::default();
    spain.geographies.insert(crate::data::Geography::Spain);
    assert!(values(&spain).is_empty());
    // The ring's whole picked alone keeps its parts.
    let whole = crate::charts::composition::marks(&Input::new(&ds, &all, &PlainFormat))[0].indicator.clone();
    let mut whole_alone = Filters::default();
    whole_alone.indicators.insert(whole);
    assert_eq!(ring(&whole_alone), ring(&all));
    assert_eq!(ring(&all), [4_388.0, 1_664.0]);
}

#[test]
fn featured_report_snapshot() {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let values: Vec<f64> = bars(&input).iter().map(|o| o.value).collect();
    assert_eq!(values, [48_963.0, 210.0, 14_260.0, 4_388.0, 1_664.0, 1_638.0]);
    assert_snapshot("featured", &build(&input));
}

#[test]
fn a_qualified_figure_has_room_beside_its_bar() {
    let mut ds = default_dataset();
    let attempts = ds.observations.iter_mut().find(|o| o.value == 48_963.0).unwrap();
    attempts.value = 59_000.0;
    attempts.qualifier = crate::data::Qualifier::AtLeast;
    for (format, side) in [(&PlainFormat as &dyn crate::charts::Format, "right"), (&ArabicPlainFormat, "left")] {
        let json = serde_json::to_value(build(&Input::new(&ds, &Filters::default(), format))).unwrap();
        let room = json["grid"][0][side].as_u64().unwrap();
        // "at least 59000" (13 characters), "ما لا يقل عن 59000" (18).
        assert!(room >= 13 * 7, "{side}: {room}");
    }
    // The default report's figures keep the room they had, whatever the
    // format writes: the page's shell writes placeholders
    // ("\u{E000}n 48963\u{E001}") for its script to fill in, and was laid
    // out for them, 21 px apart from the app's.
    for format in [&PlainFormat as &dyn crate::charts::Format, &MarkedFormat] {
        let json = serde_json::to_value(build(&Input::new(&default_dataset(), &Filters::default(), format))).unwrap();
        assert_eq!(json["grid"][0]["right"], 56);
    }
}

#[test]
fn arabic_mirrors_the_axes() {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &ArabicPlainFormat);
    let json = serde_json::to_value(build(&input)).unwrap();
    assert_eq!(json["xAxis"]["inverse"], true, "bars grow from the right");
    assert_eq!(json["yAxis"]["position"], "right");
    assert_eq!(json["series"][0]["label"]["position"], "left");
    let trend = serde_json::to_value(crate::charts::trend::build(&input)).unwrap();
    assert_eq!(trend["xAxis"]["inverse"], true, "years run from the right");
    assert_eq!(trend["yAxis"]["position"], "right");
    let dots = serde_json::to_value(crate::charts::discrepancy::build(&input)).unwrap();
    assert_eq!(dots["xAxis"]["inverse"], true, "percentages run from the right");
    assert_eq!(dots["yAxis"]["position"], "right");
    // A legend's colour keys sit where its names begin.
    assert_eq!(trend["legend"]["align"], "right");
    let parts = serde_json::to_value(crate::charts::composition::build(&input)).unwrap();
    assert_eq!(parts["legend"]["align"], "right");
    let english = Input::new(&ds, &filters, &PlainFormat);
    let dots = serde_json::to_value(crate::charts::discrepancy::build(&english)).unwrap();
    assert_eq!(dots["xAxis"].get("inverse"), None, "left to right in English");
    let trend = serde_json::to_value(crate::charts::trend::build(&english)).unwrap();
    assert_eq!(trend["legend"].get("align"), None, "ECharts' keys left of the names");
}

#[test]
fn category_filter_and_log_axis() {
    let ds = default_dataset();
    let mut filters = Filters::default();
    filters.categories.insert("returns".into());
    filters.log_scale = true;
    let input = Input::new(&ds, &filters, &PlainFormat);
    let json = serde_json::to_value(build(&input)).unwrap();
    assert_eq!(json["xAxis"]["type"], "log");
    let values: Vec<f64> = json["series"][0]["data"].as_array().unwrap().iter().map(|d| d["value"].as_f64().unwrap()).collect();
    assert_eq!(values, [4_388.0, 1_664.0]);
}

#[test]
fn a_log_axis_of_one_figure_spans_its_decade() {
    let ds = default_dataset();
    let mut filters = Filters::default();
    filters.indicators.insert("rescued_at_sea".into());
    filters.log_scale = true;
    let axis = |f: &Filters| serde_json::to_value(build(&Input::new(&ds, f, &PlainFormat))).unwrap()["xAxis"].clone();
    // 14,260 alone: ECharts would range it from 100 to 10,000,000.
    assert_eq!((axis(&filters)["min"].as_f64(), axis(&filters)["max"].as_f64()), (Some(1_000.0), Some(100_000.0)));
    // Figures across decades are ECharts' to range.
    filters.indicators.insert("networks_dismantled".into());
    assert_eq!((axis(&filters).get("min"), axis(&filters).get("max")), (None, None));
    filters.log_scale = false;
    filters.indicators.remove("networks_dismantled");
    assert_eq!(axis(&filters).get("max"), None, "a linear axis ranges a figure alone well");
    // No figure at all: nothing to range (the page had hung on it).
    filters.log_scale = true;
    filters.years = Some((1990, 1991));
    assert_eq!(axis(&filters)["type"], "log");
    assert_eq!(axis(&filters).get("min"), None);
}

#[test]
fn a_card_notes_how_exact_a_date_is_for_a_figure_counted_at_one() {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let notes: Vec<(&str, Option<&str>)> = bars(&input).into_iter().map(|o| (o.indicator.as_str(), card_note(o, input.lang()))).collect();
    // The refugees recognised, counted "as of mid-September": the others cover months.
    assert_eq!(notes.iter().filter(|(_, n)| n.is_some()).count(), 1, "{notes:?}");
    assert_eq!(notes.last().copied(), Some(("refugees_recognised", Some("As of mid-September 2024, cumulative; exact date not published."))));
    // Stored as the 15th, at the report's date: dated by its month, as
    // its publisher dated it; the note says more, under it.
    let refugees = bars(&input).into_iter().last().unwrap();
    assert_eq!(input.coverage(refugees), "Sep 2024 (as of the report)");
    assert_eq!(tooltip(&input, refugees)[1..], ["Sep 2024 (as of the report): 1638 · migrantaffairs.info", "As of mid-September 2024, cumulative; exact date not published."]);
    // A total counted on a day its publisher gave keeps the day.
    let exact = Observation { end_is_report_date: false, ..refugees.clone() };
    assert_eq!(input.coverage(&exact), "15 Sep 2024");
    // At a report's date on the 1st, still its month.
    let first = Observation { start: "2024-10-01".into(), end: "2024-10-01".into(), ..refugees.clone() };
    assert_eq!(input.coverage(&first), "Oct 2024 (as of the report)");
    // Whatever its note says, a figure keeps its date.
    let noted = Observation { note: Some(crate::data::Text::Plain("Includes 120 minors.".into())), ..refugees.clone() };
    assert_eq!(tooltip(&input, &noted)[1..], ["Sep 2024 (as of the report): 1638 · migrantaffairs.info", "Includes 120 minors."]);
}
