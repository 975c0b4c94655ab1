use super::*;
use charming::component::Axis;
use charming::element::{AxisType, Tooltip};
use charming::series::Pie;

#[test]
fn category_axes_get_a_line_height_and_value_axes_do_not() {
    let chart = Chart::new()
        .x_axis(Axis::new().type_(AxisType::Value))
        .y_axis(Axis::new().type_(AxisType::Category).data(vec!["a\nb"]));
    let option = option(&chart);
    assert_eq!(option["yAxis"]["axisLabel"]["lineHeight"], 16);
    assert!(option["xAxis"].get("axisLabel").is_none());
    let two = Chart::new().y_axis(Axis::new().type_(AxisType::Category)).y_axis(Axis::new().type_(AxisType::Category));
    let option = super::option(&two);
    assert_eq!(option["yAxis"][1]["axisLabel"]["lineHeight"], 16, "each of several axes");
}

#[test]
fn a_drawing_holds_the_option_and_its_points() {
    let chart = Chart::new()
        .x_axis(Axis::new().type_(AxisType::Category).data(vec!["2023", "2024"]))
        .series(charming::series::Bar::new().name("Foiled").data(vec![3, 5]));
    let drawing = drawing(&chart);
    assert_eq!(drawing.json, option_json(&chart));
    let marks: Vec<(&str, &str, f64)> = drawing.points.iter().map(|p| (p.series.as_str(), p.category.as_str(), p.value)).collect();
    assert_eq!(marks, [("Foiled", "2023", 3.0), ("Foiled", "2024", 5.0)]);
}

#[test]
fn an_item_named_with_a_tooltip_gets_it_escaped_and_its_name_alone() {
    use charming::datatype::DataPointItem;
    use charming::series::Bar;
    let name = super::with_tooltip("48,963", &["Attempts <foiled> & \"more\" {b}".into(), "Jan – Sep 2024: 48,963 · Le360".into()]);
    let option = super::option(&Chart::new().series(Bar::new().data(vec![DataPointItem::new(48963).name(name), DataPointItem::new(1).name("1")])));
    let items = &option["series"][0]["data"];
    assert_eq!(items[0]["name"], "48,963");
    assert_eq!(items[0]["tooltip"]["formatter"], "Attempts &lt;foiled&gt; &amp; &quot;more&quot; &#123;b&#125;<br/>Jan – Sep 2024: 48,963 · Le360");
    assert_eq!(items[1]["name"], "1");
    assert!(items[1].get("tooltip").is_none(), "an item without one keeps the series'");
}

#[test]
fn a_ring_s_legend_is_a_key_and_other_legends_stay_switches() {
    use charming::component::Legend;
    use charming::series::Bar;
    let ring = option(&Chart::new().legend(Legend::new()).series(Pie::new()));
    assert_eq!(ring["legend"]["selectedMode"], false);
    let bars = option(&Chart::new().legend(Legend::new()).series(Bar::new()));
    assert!(bars["legend"].get("selectedMode").is_none());
}

#[test]
fn a_chart_without_axes_gets_none() {
    let option = option(&Chart::new().series(Pie::new()));
    assert!(option.get("xAxis").is_none() && option.get("yAxis").is_none());
}

#[test]
fn a_templated_tooltip_is_html_inside_the_chart_and_any_other_is_drawn() {
    let option = option(&Chart::new().tooltip(Tooltip::new().formatter("{b}")));
    assert_eq!(option["tooltip"]["renderMode"], "html");
    assert_eq!(option["tooltip"]["enterable"], true);
    assert_eq!(option["tooltip"]["confine"], true);
    assert_eq!(option["tooltip"]["className"], "chart-tooltip");
    let option = super::option(&Chart::new().tooltip(Tooltip::new()));
    assert_eq!(option["tooltip"]["renderMode"], "richText");
    assert_eq!(option["tooltip"]["enterable"], false);
    assert!(super::option(&Chart::new()).get("tooltip").is_none());
}

#[test]
fn part_year_bars_are_striped_in_their_colour_unless_patterns_are_asked_for() {
    use crate::charts::test_support::{default_dataset, PlainFormat};
    use crate::charts::{trend, Input};
    use crate::state::Filters;
    let ds = default_dataset();
    let striped = |filters: &Filters| {
        let option = option(&trend::build(&Input::new(&ds, filters, &PlainFormat)));
        let series = option["series"].as_array().unwrap().clone();
        series.into_iter().map(|s| (s["itemStyle"]["borderType"] == "dashed", s["itemStyle"]["decal"].clone(), s["itemStyle"]["borderColor"].clone())).collect::<Vec<_>>()
    };
    let plain = striped(&Filters::default());
    assert!(plain.iter().any(|(dashed, _, _)| *dashed));
    for (dashed, decal, colour) in &plain {
        match dashed {
            true => assert_eq!((&decal["dashArrayY"], &decal["color"]), (&serde_json::json!([2, 2]), colour)),
            false => assert!(decal.is_null(), "a full year's bar is solid"),
        }
    }
    let patterned = striped(&Filters { patterns: true, ..Filters::default() });
    assert!(patterned.iter().all(|(_, decal, _)| decal.is_null()), "the reader's patterns tell the series apart");
}

#[test]
fn a_drawing_knows_its_part_year_bars() {
    use crate::charts::test_support::{default_dataset, PlainFormat};
    use crate::charts::{europe, featured, trend, Input};
    use crate::state::{CoverageFilter, Filters};
    let ds = default_dataset();
    let mut filters = Filters::default();
    let drawn = |build: fn(&Input) -> Chart, filters: &Filters| drawing(&build(&Input::new(&ds, filters, &PlainFormat)));
    assert!(drawn(trend::build, &filters).draws_part_year());
    assert!(drawn(europe::build, &filters).draws_part_year(), "Frontex, January to August 2025");
    assert!(!drawn(featured::build, &filters).draws_part_year(), "a report's bars are not by year");
    filters.coverage = CoverageFilter::FullYear;
    assert!(!drawn(trend::build, &filters).draws_part_year());
    filters.coverage = CoverageFilter::All;
    filters.years = Some((2022, 2024));
    assert!(!drawn(europe::build, &filters).draws_part_year());
}

#[test]
fn dots_at_one_place_are_drawn_apart_around_it() {
    use charming::datatype::{CompositeValue, DataPointItem};
    use charming::series::Scatter;
    let at = |x: f64, row: i64| DataPointItem::new(vec![CompositeValue::from(x), CompositeValue::from(row)]);
    let chart = Chart::new().series(Scatter::new().data(vec![at(100.0, 0), at(91.25, 1), at(100.0, 0), at(91.25, 0), at(100.0, 0)]));
    let data = &option(&chart)["series"][0]["data"];
    let offsets: Vec<Value> = (0..5).map(|i| data[i]["symbolOffset"].clone()).collect();
    assert_eq!(offsets, [serde_json::json!([0, -13.0]), Value::Null, serde_json::json!([0, 0.0]), Value::Null, serde_json::json!([0, 13.0])]);
}
