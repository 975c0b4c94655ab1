//! The European chart's tests.

use super::*;
use crate::charts::test_support::*;
use crate::state::Filters;
use super::drawn::is_european;

#[test]
fn spain_routes_stack_and_frontex_stands_apart() {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let chart = build(&input);
    let json = serde_json::to_value(&chart).unwrap();
    let series = json["series"].as_array().unwrap();
    let stacked = series.iter().filter(|s| s["stack"] == "Irregular arrivals in Spain").count();
    // Two routes and what they leave of the total, then Frontex.
    assert_eq!(stacked, 3);
    assert_eq!(series.len(), 4);
    assert_eq!(json["xAxis"]["data"], serde_json::json!(["2022", "2023", "2024", "2025"]));
    let rest = &series[3];
    assert_eq!(rest["name"], "Irregular arrivals in Spain (other)");
    let values: Vec<serde_json::Value> = rest["data"].as_array().unwrap().iter().map(|d| d.get("value").cloned().unwrap_or(d.clone())).collect();
    // 31,219 - 15,682 - 12,995; 56,852 - 39,910 - 15,435; 63,970 - 46,843 - 14,431.
    assert_eq!(values, [serde_json::json!(2542.0), serde_json::json!(1507.0), serde_json::json!(2696.0), serde_json::json!("-")]);
    // Worked out, and said so: not a figure Infobae published.
    assert_eq!(rest["data"][0]["name"], "2022: 31219 −\u{a0}15682 −\u{a0}12995 =\u{a0}2542 · Infobae (Spanish Interior Ministry)");
    // Each year's stack stands as high as Spain's total.
    for (year, total) in [(0, 31219.0), (1, 56852.0), (2, 63970.0)] {
        let top: f64 = series.iter().filter(|s| s["stack"] == "Irregular arrivals in Spain").map(|s| s["data"][year]["value"].as_f64().unwrap()).sum();
        assert_eq!(top, total);
    }
    // The totals' publishers are in the caption's marks.
    assert!(marks(&input).iter().any(|o| o.indicator == "spain_arrivals"));
    assert_snapshot("europe", &chart);
}

#[test]
fn a_total_picked_alone_brings_its_routes_and_what_they_leave() {
    let ds = default_dataset();
    let mut filters = Filters::default();
    filters.indicators.insert("spain_arrivals".into());
    let input = Input::new(&ds, &filters, &PlainFormat);
    let json = serde_json::to_value(build(&input)).unwrap();
    let names: Vec<&str> = json["series"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 3, "the two routes and the rest, not Frontex: {names:?}");
    assert_eq!(names[2], "Irregular arrivals in Spain (other)");
    assert_eq!(json["series"][2]["data"][0]["value"], 2542.0);
    // A click on each series filters to its indicator: the rest to the total.
    let ids: Vec<Option<String>> = names.iter().map(|name| indicator_of_series(&input, name)).collect();
    assert_eq!(ids, [Some("spain_arrivals_canaries".into()), Some("spain_arrivals_mainland_balearics".into()), Some("spain_arrivals".into())]);
    assert_eq!(drawn_with_a_year(&input), ["spain_arrivals_canaries", "spain_arrivals_mainland_balearics"]);
    // Under a year the routes' rows follow that filter too.
    filters.years = Some((2023, 2023));
    let input = Input::new(&ds, &filters, &PlainFormat);
    let json = serde_json::to_value(build(&input)).unwrap();
    assert_eq!(json["xAxis"]["data"], serde_json::json!(["2023"]));
    assert_eq!(json["series"][2]["data"][0]["value"], 1507.0);
    // With no filter, the rest's series still finds its total.
    let all = Filters::default();
    let input = Input::new(&ds, &all, &PlainFormat);
    assert_eq!(indicator_of_series(&input, "Irregular arrivals in Spain (other)").as_deref(), Some("spain_arrivals"));
    assert_eq!(indicator_of_series(&input, "Frontex detections, Western African route").as_deref(), Some("frontex_western_african"));
    assert_eq!(indicator_of_series(&input, "Irregular arrivals in Spain"), None, "the total draws no bar of its own");
}

#[test]
fn no_rest_where_a_route_or_the_total_is_filtered_out() {
    let ds = default_dataset();
    for (shown, series, why) in [
        (["spain_arrivals_canaries", "spain_arrivals"], 1, "the canaries alone"),
        (["spain_arrivals_canaries", "spain_arrivals_mainland_balearics"], 2, "routes without their total"),
    ] {
        let mut filters = Filters::default();
        for id in shown {
            filters.indicators.insert(id.into());
        }
        let json = serde_json::to_value(build(&Input::new(&ds, &filters, &PlainFormat))).unwrap();
        assert_eq!(json["series"].as_array().unwrap().len(), series, "{why}: {json}");
    }
}

#[test]
fn a_year_of_two_figures_draws_one_and_names_the_other() {
    let mut ds = default_dataset();
    let at = ds.observations.iter().position(|o| o.indicator == "spain_arrivals_canaries" && o.start == "2023-01-01").unwrap();
    let model = ds.observations[at].clone();
    let total = ds.observations.iter().find(|o| o.indicator == "spain_arrivals" && o.start == "2023-01-01").unwrap().clone();
    let le360 = "le360-2017".to_string();
    assert_eq!(ds.source(&le360).unwrap().publisher.get(crate::data::Lang::En), "Le360");
    // A shorter period of the same year, offered before it: the full year is drawn.
    ds.observations.insert(at, Observation { end: "2023-06-30".into(), value: 20000.0, source: le360.clone(), ..model.clone() });
    ds.observations.extend([
        // Another publisher's full year, offered after: the first stays.
        Observation { value: 39000.0, source: le360.clone(), ..model.clone() },
        // And another total for Spain's year.
        Observation { value: 58000.0, source: le360, ..total },
    ]);
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let json = serde_json::to_value(build(&input)).unwrap();
    let canaries = &json["series"][0];
    assert_eq!(canaries["name"], "Irregular arrivals in the Canary Islands");
    let bar = &canaries["data"][1];
    assert_eq!(bar["value"], 39910.0);
    let name = bar["name"].as_str().unwrap();
    assert!(name.starts_with("2023: 39910 · Infobae"), "{name}");
    assert!(name.contains("Other figures for this year:\nJan 2023 – Jun 2023: 20000 · Le360;\n2023: 39000 · Le360"), "{name}");
    // What the routes leave of the total is worked out from the drawn
    // figures, and the total's other figure is named as the total's.
    let rest = &json["series"][3]["data"][1];
    assert_eq!(rest["value"], 1507.0);
    assert!(rest["name"].as_str().unwrap().ends_with(" =\u{a0}1507 · Infobae (Spanish Interior Ministry);\nOther figures of irregular arrivals in Spain for this year:\n2023: 58000 · Le360"), "{rest}");
    // The caption credits the publisher of the figures named, not drawn.
    let publishers = |figures: Vec<&Observation>| ds.shown_of(&figures, crate::data::Lang::En).publishers.iter().map(|p| p.to_string()).collect::<Vec<String>>();
    assert!(!publishers(marks(&input)).contains(&"Le360".to_string()), "Le360 drew nothing");
    assert!(publishers(credited(&input)).contains(&"Le360".to_string()));
    assert_eq!(credited(&input).len(), marks(&input).len() + 3);
}

#[test]
fn each_european_indicator_has_the_colour_the_trend_gives_it() {
    let ds = default_dataset();
    let europe_only = crate::charts::test_support::filters_with(|f| {
        f.categories.insert("europe".into());
    });
    // Mixed with indicators from elsewhere, whose places share a colour with
    // Europe's (16 and 0, 15 and 7): each chart once gave its own.
    let chosen = |ids: &[&str]| {
        let mut filters = Filters::default();
        for id in ids {
            filters.indicators.insert(id.to_string());
        }
        filters
    };
    let cases = [
        (europe_only, 3),
        (chosen(&["attempts_foiled", "spain_arrivals_mainland_balearics"]), 1),
        (chosen(&["dgsn_arrests", "spain_arrivals_canaries", "frontex_western_african"]), 2),
        // More than 8 between the two charts: colours given across them both
        // gave Frontex the ochre of networks dismantled in the same trend.
        (
            chosen(&["attempts_foiled", "networks_dismantled", "rescued_at_sea", "voluntary_returns", "voluntary_returns_iom", "spain_arrivals", "frontex_western_african"]),
            1,
        ),
    ];
    for (filters, expected) in cases {
        let input = Input::new(&ds, &filters, &PlainFormat);
        let europe = serde_json::to_value(build(&input)).unwrap();
        let trend = serde_json::to_value(crate::charts::trend::build(&input)).unwrap();
        let colour_of = |json: &serde_json::Value, name: &str| {
            json["series"].as_array().unwrap().iter().find(|s| s["name"] == name).map(|s| s["itemStyle"]["color"].clone())
        };
        let mut compared = 0;
        for i in ds.indicators.iter().filter(|i| is_european(i)) {
            // Those both draw (Spain's routes come with its total here, not there).
            let Some(here) = colour_of(&europe, &input.short_label(&i.id)) else { continue };
            let Some(there) = colour_of(&trend, &crate::charts::trend::series_name(&input, &i.id, CoverageKind::FullYear)) else { continue };
            assert_eq!(here, there, "{} in {:?}", i.id, filters.indicators);
            compared += 1;
        }
        // Under Europe, the two routes and Frontex (Spain's total is drawn
        // by its routes).
        assert_eq!(compared, expected, "{:?}", filters.indicators);
        // Within each chart, no two indicators share a colour (a year-to-date
        // series has its full years' colour).
        for json in [&europe, &trend] {
            let mut named: Vec<(String, String)> = (json["series"].as_array().unwrap().iter())
                .map(|s| {
                    let name = s["name"].as_str().unwrap();
                    let indicator = [" (full year)", " (year to date)", " [full year]", " [year to date]"].iter().fold(name, |n, kind| n.split(kind).next().unwrap());
                    // A year-to-date bar is outlined in its colour, filled clear.
                    let style = &s["itemStyle"];
                    let colour = if style["color"] == "rgba(255,255,255,0)" { &style["borderColor"] } else { &style["color"] };
                    (indicator.to_string(), colour.to_string())
                })
                .collect();
            named.sort();
            named.dedup();
            let mut colours: Vec<&String> = named.iter().map(|(_, c)| c).collect();
            let n = colours.len();
            colours.sort();
            colours.dedup();
            assert_eq!(colours.len(), n, "{:?}: {named:?}", filters.indicators);
        }
    }
}

#[test]
fn the_note_names_the_figures_not_given_exactly_of_those_drawn() {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let (_, note, _) = build_noted(&input);
    let note = note.unwrap();
    let mut lines = note.lines();
    assert_eq!(lines.next().map(String::from), crate::charts::scope::qualified_line(&input, &marks(&input)));
    assert!(note.contains("at least 40000"));
    // Then each "(other)" bar's sum, which no publisher printed: a PNG
    // keeps no tooltip to say so.
    assert_eq!(
        lines.next(),
        Some(
            "Worked out by Marsad, as no publisher printed it: Irregular arrivals in Spain (other) — \
             2022: 31219 −\u{a0}15682 −\u{a0}12995 =\u{a0}2542 · Infobae (Spanish Interior Ministry); \
             2023: 56852 −\u{a0}39910 −\u{a0}15435 =\u{a0}1507 · Infobae (Spanish Interior Ministry); \
             2024: 63970 −\u{a0}46843 −\u{a0}14431 =\u{a0}2696 · Pledge Times (Spanish Interior Ministry)"
        )
    );
    // Then the months of its dashed bar.
    assert_eq!(lines.next(), Some("Striped bars cover: Jan 2025 – Aug 2025"));
    assert_eq!(lines.next(), None);
    // None where no total is drawn with its routes.
    let mut filters = Filters::default();
    Filters::toggle(&mut filters.indicators, "spain_arrivals_canaries");
    let (_, note, _) = build_noted(&Input::new(&ds, &filters, &PlainFormat));
    assert!(!note.unwrap_or_default().contains("Worked out"));
}
