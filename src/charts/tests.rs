use super::{wrap, PALETTE};

fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn wrap_breaks_at_spaces_within_the_width() {
    assert_eq!(wrap("Irregular migration attempts foiled", 20, 3), "Irregular migration\nattempts foiled");
    assert_eq!(wrap("People rescued at sea", 20, 3), "People rescued\nat sea", "lines as even as their number allows");
    assert_eq!(wrap("Short", 20, 3), "Short");
    assert_eq!(wrap("Smuggling  networks", 40, 3), "Smuggling networks");
    assert_eq!(wrap("Regularisation", 5, 3), "Regularisation", "a long word stands alone, uncut");
    assert_eq!(wrap("", 10, 3), "");
    assert_eq!(wrap("a b c d e f", 3, 2), "a b c\nd e f", "widened to keep to two lines");
    // Characters, not bytes: Arabic letters are two bytes each.
    assert_eq!(wrap("محاولات الهجرة غير النظامية", 14, 3), "محاولات الهجرة\nغير النظامية");
}

#[test]
fn every_mark_colour_has_3_to_1_contrast_on_light_and_dark() {
    for colour in PALETTE {
        for background in ["#ffffff", "#100c2a"] {
            let c = contrast(colour, background);
            assert!(c >= 3.0, "{colour} on {background}: {c:.2}:1");
        }
    }
}

/// The palette's contrast holds as drawn: no chart draws its marks
/// see-through (ECharts' scatter is at 0.8 unless told).
#[test]
fn every_chart_draws_its_marks_opaque() {
    use super::test_support::*;
    use super::{composition, discrepancy, europe, featured, trend, Input};
    let ds = default_dataset();
    let filters = crate::state::Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    for chart in [featured::build(&input), trend::build(&input), composition::build(&input), europe::build(&input), discrepancy::build(&input)] {
        let option = serde_json::to_value(super::option::option(&chart)).unwrap();
        for series in option["series"].as_array().unwrap() {
            let opacity = series["itemStyle"]["opacity"].as_f64();
            let default = if series["type"] == "scatter" { 0.8 } else { 1.0 };
            assert_eq!(opacity.unwrap_or(default), 1.0, "{}", series["type"]);
        }
    }
}

#[test]
fn a_colour_stays_with_its_place_and_yields_to_a_lower_place() {
    use super::steady_colours;
    assert_eq!(steady_colours(&[3], &[]), [PALETTE[3]], "alone, its own colour");
    assert_eq!(steady_colours(&[0, 8, 1], &[]), [PALETTE[0], PALETTE[2], PALETTE[1]], "8 apart: the next free one, not place 1's");
    assert_eq!(steady_colours(&[4, 5], &[4]), [PALETTE[6], PALETTE[5]], "never a reserved one, nor place 5's");
    assert_eq!(steady_colours(&(0..9).collect::<Vec<_>>(), &[])[8], PALETTE[0], "past 8 series a colour repeats");
    // Place 9 drawn first yields colour 1 to place 1 drawn after it.
    assert_eq!(steady_colours(&[9, 1], &[]), [PALETTE[2], PALETTE[1]]);
    assert_eq!(steady_colours(&[9], &[]), [PALETTE[1]], "alone, its own");
}

/// Each series' (or bar's) colour by its name, as ECharts gets them.
fn colours(chart: &charming::Chart) -> Vec<(String, String)> {
    let option = serde_json::to_value(super::option::option(chart)).unwrap();
    let mut out = Vec::new();
    for series in option["series"].as_array().unwrap() {
        // A year-to-date series is outlined in its colour.
        match series["itemStyle"]["borderColor"].as_str().or(series["itemStyle"]["color"].as_str()) {
            Some(colour) => out.push((series["name"].as_str().unwrap().to_string(), colour.to_string())),
            None => out.extend(series["data"].as_array().unwrap().iter().map(|d| (d["name"].as_str().unwrap().to_string(), d["itemStyle"]["color"].as_str().unwrap().to_string()))),
        }
    }
    out
}

#[test]
fn an_indicator_picked_alone_keeps_its_colour_in_each_chart() {
    use super::test_support::*;
    use super::{europe, featured, trend, Input};
    use crate::state::Filters;
    let ds = default_dataset();
    let colour_of = |build: fn(&Input) -> charming::Chart, filters: &Filters, name: &str| {
        let found = colours(&build(&Input::new(&ds, filters, &PlainFormat))).into_iter().find(|(n, _)| n.starts_with(name));
        found.unwrap_or_else(|| panic!("no {name}")).1
    };
    let all = Filters::default();
    let alone = |id: &str| {
        let mut f = Filters::default();
        f.indicators.insert(id.into());
        f
    };
    // The trend: the IOM's returns, fifth of the featured report's.
    let iom = colour_of(trend::build, &all, "Voluntary returns coordinated with IOM");
    assert_eq!(iom, PALETTE[4]);
    assert_eq!(colour_of(trend::build, &alone("voluntary_returns_iom"), "Voluntary returns coordinated with IOM"), iom);
    // The featured report's chart, under a category that leaves its fifth bar first.
    let mut protection = Filters::default();
    protection.categories.insert("protection".into());
    let refugees = colour_of(featured::build, &all, "");
    assert_ne!(colour_of(featured::build, &protection, ""), refugees, "the first bar's colour is not the one alone");
    let last = colours(&featured::build(&Input::new(&ds, &all, &PlainFormat))).pop().unwrap().1;
    assert_eq!(colours(&featured::build(&Input::new(&ds, &protection, &PlainFormat)))[0].1, last, "the refugees' bar keeps its colour");
    // Europe: the second route, picked alone.
    let mainland = colour_of(europe::build, &all, "Irregular arrivals on the Spanish mainland");
    assert_eq!(colour_of(europe::build, &alone("spain_arrivals_mainland_balearics"), "Irregular arrivals on the Spanish mainland"), mainland);
    assert_ne!(mainland, colour_of(europe::build, &all, "Irregular arrivals in the Canary"));
}

#[test]
fn a_period_to_its_reports_date_is_written_from_its_first_month_and_any_other_by_its_days() {
    let ds = crate::charts::test_support::default_dataset();
    let filters = crate::state::Filters::default();
    let input = crate::charts::Input::new(&ds, &filters, &crate::charts::test_support::PlainFormat);
    // Made anew for each period: an observation keeps the coverage it parsed.
    let obs = |start: &str, end: &str, to_report: bool| -> crate::data::Observation {
        serde_json::from_value(serde_json::json!({"indicator": "attempts_foiled", "start": start, "end": end, "end_is_report_date": to_report, "value": 1, "source": "le360-2017"})).unwrap()
    };
    // The report's cut-off, the last day it can cover: not a day, nor a
    // month, it gave. An autumn report's 40,589 read "Jan – Nov 2022"
    // beside the year's 70,781, as if 30,000 attempts were December's.
    assert_eq!(input.coverage(&obs("2024-01-01", "2024-10-15", true)), "Jan 2024 – report date");
    // From a day within a month: that day, not the whole month.
    assert_eq!(input.coverage(&obs("2016-12-15", "2017-11-30", true)), "15 Dec 2016 – report date");
    for o in ds.observations.iter().filter(|o| o.end_is_report_date && o.start != o.end) {
        let label = input.coverage(o);
        assert!(label.ends_with("– report date") && !label.contains("Nov") && !label.contains("Sep"), "{label}");
    }
    // A campaign from the 15th of a month: by its days; whole months by their months.
    assert_eq!(input.coverage(&obs("2016-12-15", "2017-12-31", false)), "15 Dec 2016 – 31 Dec 2017");
    assert_eq!(input.coverage(&obs("2024-01-01", "2024-09-30", false)), "Jan 2024 – Sep 2024");
    assert_eq!(input.coverage(&obs("2024-09-01", "2024-09-15", false)), "1 Sep 2024 – 15 Sep 2024");
}
