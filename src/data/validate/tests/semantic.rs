//! Tests of the semantic pass: references, part_of, ids, dates, values, links.

use super::*;
use crate::data::model::{Dataset, Indicator, Observation, Qualifier};
use serde_json::{json, Value};

#[test]
fn a_featured_report_of_no_indicator_is_a_problem() {
    // Its title had stood over no card and no chart, the file accepted.
    assert_eq!(with(|v| v["metadata"]["featured"]["indicators"] = json!([])), one("$.metadata.featured.indicators", NoFigures));
}

#[test]
fn unknown_references() {
    assert_eq!(with(|v| v["indicators"][0]["category"] = "nope".into()), one("$.indicators[0].category", UnknownCategory));
    assert_eq!(with(|v| v["observations"][0]["source"] = "foo".into()), one("$.observations[0].source", UnknownSource));
    assert_eq!(
        message_of(|v| v["observations"][0]["source"] = "foo".into()),
        "Unknown source id \"foo\": no entry in $.sources has this id."
    );
    assert_eq!(with(|v| v["metadata"]["featured"]["indicators"][1] = "x".into()), one("$.metadata.featured.indicators[1]", UnknownIndicator));
    // A second publisher of a figure is a source too.
    assert_eq!(with(|v| v["observations"][0]["also_reported_by"] = json!(["iom"])), vec![]);
    let got = with(|v| v["observations"][0]["also_reported_by"] = json!(["iom", "nope"]));
    assert_eq!(got, one("$.observations[0].also_reported_by[1]", UnknownSource));
    // Neither the figure's own source, nor one source twice.
    let own = |v: &mut Value| v["observations"][0]["also_reported_by"] = json!([v["observations"][0]["source"].clone()]);
    assert_eq!(with(own), one("$.observations[0].also_reported_by[0]", DuplicateId));
    let message = message_of(own);
    assert!(message.ends_with("is this figure's own source: also_reported_by lists the other publications of it."), "{message}");
    let twice = |v: &mut Value| v["observations"][0]["also_reported_by"] = json!(["iom", "iom"]);
    assert_eq!(with(twice), one("$.observations[0].also_reported_by[1]", DuplicateId));
    assert_eq!(message_of(twice), "Source \"iom\" is listed twice in also_reported_by.");
    let got = with(|v| v["observations"][0]["also_reported_by"] = "iom".into());
    assert_eq!(got, one("$.observations[0].also_reported_by", WrongType));
    let got = with(|v| v["observations"][0]["indicator"] = "x".into());
    assert_eq!(got, one("$.observations[0].indicator", UnknownIndicator));
}

#[test]
fn part_of_must_name_another_indicator_without_loops() {
    assert_eq!(with(|v| v["indicators"][1]["part_of"] = "nope".into()), one("$.indicators[1].part_of", UnknownPartOf));
    assert_eq!(with(|v| v["indicators"][1]["part_of"] = "returns_iom".into()), one("$.indicators[1].part_of", UnknownPartOf));
    let got = with(|v| v["indicators"][0]["part_of"] = "returns_iom".into());
    assert_eq!(
        got,
        vec![("$.indicators[0].part_of".to_string(), UnknownPartOf), ("$.indicators[1].part_of".to_string(), UnknownPartOf)]
    );
    // A long chain is checked in linear time, and a long loop is written out shortly.
    let mut ds = parse_and_validate(&base().to_string()).unwrap();
    let n = 50_000;
    ds.indicators = (0..n)
        .map(|k| Indicator { id: format!("i{k}"), part_of: Some(format!("i{}", (k + 1) % n)), ..ds.indicators[0].clone() })
        .collect();
    ds.metadata.featured.indicators.clear();
    ds.observations.clear();
    // Of no figures, which is said once too.
    let loops = |ds: &crate::data::Dataset| validate(ds).into_iter().filter(|p| p.kind != NoFigures).collect::<Vec<_>>();
    let ps = loops(&ds);
    assert_eq!(ps.len(), n);
    assert!(ps.iter().all(|p| p.kind == UnknownPartOf && p.message.len() < 200), "{}", ps[0].message);
    ds.indicators[n - 1].part_of = None;
    assert_eq!(loops(&ds), vec![]);
}

#[test]
fn duplicate_ids() {
    assert_eq!(with(|v| v["sources"][1]["id"] = "mi".into()), one("$.sources[1].id", DuplicateId));
    let got = with(|v| {
        let c = v["categories"][0].clone();
        v["categories"].as_array_mut().unwrap().push(c);
    });
    assert_eq!(got, one("$.categories[1].id", DuplicateId));
    let got = with(|v| {
        let mut i = v["indicators"][0].clone();
        i["label"] = "again".into();
        v["indicators"].as_array_mut().unwrap().push(i);
    });
    assert_eq!(got, one("$.indicators[2].id", DuplicateId));
}

#[test]
fn dates() {
    assert_eq!(with(|v| v["observations"][0]["start"] = "30/09/2024".into()), one("$.observations[0].start", BadDate));
    assert_eq!(with(|v| v["observations"][0]["end"] = "2023-02-29".into()), one("$.observations[0].end", BadDate));
    assert_eq!(message_of(|v| v["observations"][0]["end"] = "2023-02-29".into()), "2023-02-29 is not a day of the calendar.");
    assert_eq!(with(|v| v["metadata"]["last_updated"] = "2024-13-01".into()), one("$.metadata.last_updated", BadDate));
    assert_eq!(with(|v| v["metadata"]["featured"]["presented"] = "soon".into()), one("$.metadata.featured.presented", BadDate));
    assert_eq!(with(|v| v["sources"][0]["published"] = "2024-9-1".into()), one("$.sources[0].published", BadDate));
}

#[test]
fn a_dataset_or_report_without_figures_is_refused() {
    assert_eq!(with(|v| v["observations"] = serde_json::json!([])), one("$.observations", NoFigures));
    // The report's figures are of its period; the same ones a year on are not.
    let later = |v: &mut Value| {
        for o in v["observations"].as_array_mut().unwrap() {
            o["start"] = "2025-01-01".into();
            o["end"] = "2025-09-30".into();
        }
    };
    assert_eq!(with(later), one("$.metadata.featured", NoFigures));
    assert_eq!(message_of(later), "No observation of the featured indicators covers the report's period (2024-01-01 to 2024-09-30), so its cards and charts would be empty.");
    // One figure of it is enough, a stock counted on a day within it too.
    let stock = |v: &mut Value| {
        later(v);
        v["observations"][0]["start"] = "2024-09-15".into();
        v["observations"][0]["end"] = "2024-09-15".into();
    };
    assert_eq!(with(stock), vec![]);
}

#[test]
fn start_after_end() {
    let edit = |v: &mut Value| v["observations"][0]["start"] = "2024-10-01".into();
    assert_eq!(with(edit), one("$.observations[0].start", StartAfterEnd));
    assert_eq!(message_of(edit), "Coverage starts on 2024-10-01, after it ends on 2024-09-30.");
    assert_eq!(with(|v| v["metadata"]["featured"]["end"] = "2023-12-31".into()), one("$.metadata.featured.start", StartAfterEnd));
}

#[test]
fn bad_values() {
    assert_eq!(with(|v| v["observations"][0]["value"] = (-5).into()), one("$.observations[0].value", BadValue));
    let mut ds = parse_and_validate(&base().to_string()).unwrap();
    assert_eq!(message_of(|v| v["observations"][0]["value"] = 12.5.into()), "The value 12.5 is not a whole number; a count has no fraction.");
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 0.25] {
        ds.observations[0].value = bad;
        let ps = validate(&ds);
        assert_eq!(ps.iter().map(|p| (p.path.as_str(), p.kind)).collect::<Vec<_>>(), [("$.observations[0].value", BadValue)]);
    }
}

#[test]
fn part_exceeding_whole() {
    let edit = |v: &mut Value| v["observations"][0]["value"] = 1000.into();
    assert_eq!(with(edit), one("$.observations[1].value", PartExceedsWhole));
    assert!(message_of(edit).contains("1,664"), "{}", message_of(edit));
    // Another coverage, an "at least" whole, or another source's whole alongside the same source's: fine.
    assert_eq!(with(|v| { v["observations"][0]["value"] = 1000.into(); v["observations"][0]["end"] = "2024-12-31".into(); }), vec![]);
    assert_eq!(with(|v| { v["observations"][0]["value"] = 1000.into(); v["observations"][0]["qualifier"] = "at_least".into(); }), vec![]);
    let got = with(|v| {
        let mut other = v["observations"][0].clone();
        other["value"] = 1000.into();
        other["source"] = "iom".into();
        v["observations"].as_array_mut().unwrap().push(other);
    });
    assert_eq!(got, vec![]);
}

/// The rule as first written, a scan of every whole per part: the pass that
/// finds each whole's bound once must report the same parts, naming the same
/// whole.
fn parts_over_wholes_by_scanning(ds: &Dataset) -> Vec<(String, String)> {
    let limit = |o: &Observation| if o.qualifier == Qualifier::Approx { o.value * 1.1 } else { o.value };
    let sound = |o: &Observation| o.value.is_finite() && o.value >= 0.0 && o.start <= o.end;
    let mut found = Vec::new();
    for (i, o) in ds.observations.iter().enumerate() {
        let Some(whole) = ds.indicator(&o.indicator).and_then(|ind| ind.part_of.clone()) else { continue };
        if !sound(o) {
            continue;
        }
        let wholes: Vec<usize> = (0..ds.observations.len())
            .filter(|&w| {
                let ob = &ds.observations[w];
                ob.indicator == whole && ob.start == o.start && ob.end == o.end && sound(ob) && ob.qualifier != Qualifier::AtLeast
            })
            .collect();
        let same: Vec<usize> = wholes.iter().copied().filter(|&w| ds.observations[w].source == o.source).collect();
        let pool = if same.is_empty() { wholes } else { same };
        let largest = pool.into_iter().max_by(|&a, &b| limit(&ds.observations[a]).total_cmp(&limit(&ds.observations[b])));
        if let Some(w) = largest.filter(|&w| o.value > limit(&ds.observations[w])) {
            found.push((format!("$.observations[{i}].value"), format!("at $.observations[{w}])")));
        }
    }
    found
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    #[test]
    fn parts_are_judged_as_by_a_scan_of_every_whole(
        rows in proptest::collection::vec((0..4usize, 0..3usize, 0..6u8, 0..3usize, 0..2usize), 0..30)
    ) {
        let mut ds = parse_and_validate(&base().to_string()).unwrap();
        // A chain, where returns_iom is a part and a whole, and an indicator
        // that is neither, whose figures bound nothing.
        let like_returns_iom = |id: &str, part_of: Option<&str>| Indicator { id: id.into(), part_of: part_of.map(Into::into), ..ds.indicators[1].clone() };
        let (minors, other) = (like_returns_iom("returns_iom_minors", Some("returns_iom")), like_returns_iom("other", None));
        ds.indicators.extend([minors, other]);
        let template = ds.observations[0].clone();
        let ends = ["2024-09-30", "2024-12-31", "2023-12-31"];
        ds.observations = rows
            .iter()
            .map(|&(indicator, end, value, qualifier, source)| Observation {
                indicator: ["returns", "returns_iom", "returns_iom_minors", "other"][indicator].to_string(),
                end: ends[end].to_string(),
                // Ties on purpose: the later of equal wholes is named.
                value: [-1.0, 0.0, 100.0, 105.0, 110.0, 200.0][value as usize],
                qualifier: [Qualifier::Exact, Qualifier::Approx, Qualifier::AtLeast][qualifier],
                source: ["mi", "iom"][source].to_string(),
                ..template.clone()
            })
            .collect();
        let found: Vec<(String, String)> = validate(&ds)
            .into_iter()
            .filter(|p| p.kind == PartExceedsWhole)
            .map(|p| {
                let whole = p.message.find("at $.observations[").map(|at| &p.message[at..]).unwrap_or("");
                (p.path, whole.split_inclusive(')').next().unwrap_or("").to_string())
            })
            .collect();
        proptest::prop_assert_eq!(found, parts_over_wholes_by_scanning(&ds));
    }
}

#[test]
fn urls() {
    for bad in ["javascript:alert(1)", "ftp://example.org/x", "data:text/html,hi", "//example.org/x", "https://", "https:example.org", "example.org", "", "https://exa mple.org", "JavaScript://example.org"] {
        assert_eq!(with(|v| v["sources"][0]["url"] = bad.into()), one("$.sources[0].url", BadUrl), "{bad}");
    }
    for good in ["HTTPS://EXAMPLE.ORG", "http://example.org:8080/a?b#c", "https://[::1]/", "https://مثال.ma/x"] {
        assert_eq!(with(|v| v["sources"][0]["url"] = good.into()), vec![], "{good}");
    }
    for bad in ["https://example.org/", "https://example.org/embed", "*", "null", "ftp://example.org"] {
        assert_eq!(with(|v| v["metadata"]["embed_origins"][0] = bad.into()), one("$.metadata.embed_origins[0]", BadUrl), "{bad}");
    }
    assert_eq!(with(|v| v["metadata"]["embed_origins"][0] = "http://localhost:8080".into()), vec![]);
}
