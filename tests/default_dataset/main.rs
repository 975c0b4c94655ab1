//! The default dataset (`public/data/morocco.json`) against the figures in
//! `SOURCES.md` and the seed text. The table in `figures.rs` is written out by
//! hand from those documents: every sourced figure must be in the dataset,
//! cited on a source with the listed URL, and the dataset holds nothing else.

use std::collections::HashSet;

use marsad::data::date::Day;
use marsad::data::{Dataset, Lang};

mod figures;
mod typography;
use figures::{ALSO_REPORTED, EXPECTED, LISTED_TOO};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/morocco.json");

fn load() -> Dataset {
    let text = std::fs::read_to_string(PATH).expect("read public/data/morocco.json");
    serde_json::from_str(&text).expect("morocco.json deserializes into Dataset")
}

fn day(s: &str) -> Day {
    Day::parse(s).unwrap_or_else(|e| panic!("bad day {s:?}: {e:?}"))
}

fn assert_unique<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(seen.insert(id), "duplicate {what} id {id:?}");
    }
}

#[test]
fn deserializes_with_schema_v1_and_consistent_references() {
    let ds = load();
    assert_eq!(ds.schema_version, 1);
    assert_eq!(ds.schema_version, marsad::data::model::SCHEMA_VERSION);

    assert_unique("source", ds.sources.iter().map(|s| s.id.as_str()));
    assert_unique("category", ds.categories.iter().map(|c| c.id.as_str()));
    assert_unique("indicator", ds.indicators.iter().map(|i| i.id.as_str()));
    assert_unique("source url", ds.sources.iter().map(|s| s.url.as_str()));

    let categories: HashSet<&str> = ds.categories.iter().map(|c| c.id.as_str()).collect();
    let wanted_categories: HashSet<&str> =
        ["enforcement", "rescue_at_sea", "returns", "protection", "europe"].into_iter().collect();
    assert_eq!(categories, wanted_categories);

    let indicators: HashSet<&str> = ds.indicators.iter().map(|i| i.id.as_str()).collect();
    let sources: HashSet<&str> = ds.sources.iter().map(|s| s.id.as_str()).collect();

    for ind in &ds.indicators {
        assert!(categories.contains(ind.category.as_str()), "{}: unknown category {}", ind.id, ind.category);
        if let Some(parent) = &ind.part_of {
            assert!(indicators.contains(parent.as_str()), "{}: unknown part_of {parent}", ind.id);
            assert_ne!(parent, &ind.id);
        }
    }

    for src in &ds.sources {
        assert!(
            src.url.starts_with("http://") || src.url.starts_with("https://"),
            "{}: url {:?} is not http(s)",
            src.id,
            src.url
        );
        if let Some(p) = &src.published {
            day(p);
        }
    }

    day(&ds.metadata.last_updated);
    for (i, o) in ds.observations.iter().enumerate() {
        assert!(indicators.contains(o.indicator.as_str()), "observation {i}: unknown indicator {}", o.indicator);
        assert!(sources.contains(o.source.as_str()), "observation {i}: unknown source {}", o.source);
        let (start, end) = (day(&o.start), day(&o.end));
        assert!(start <= end, "observation {i}: start {} after end {}", o.start, o.end);
        assert!(o.value.is_finite() && o.value >= 0.0, "observation {i}: value {}", o.value);
        if o.end_is_report_date {
            assert!(o.note.is_some(), "observation {i}: an approximate end needs a note");
        }
    }

    for url in LISTED_TOO {
        assert!(ds.sources.iter().any(|s| s.url == *url), "source {url} missing");
    }
}

#[test]
fn a_report_with_two_publications_cites_both_on_each_figure() {
    let ds = load();
    let url_of = |id: &str| ds.sources.iter().find(|s| s.id == id).map(|s| s.url.as_str());
    let mut named = 0;
    for o in &ds.observations {
        let report = ALSO_REPORTED.iter().find(|(start, end, url, _)| o.start == *start && o.end == *end && url_of(&o.source) == Some(url));
        let also: Vec<_> = o.also_reported_by.iter().map(|id| url_of(id)).collect();
        match report {
            Some((.., other)) => {
                assert_eq!(also, [Some(*other)], "{} {}..{}", o.indicator, o.start, o.end);
                named += 1;
            }
            None => assert!(also.is_empty(), "{} {}..{}: {also:?}", o.indicator, o.start, o.end),
        }
    }
    // Four of 2023's report and five of 2024's: the refugees recognised are in
    // neither second publication.
    assert_eq!(named, 9);
}

#[test]
fn every_sourced_figure_is_in_the_dataset_and_nothing_else() {
    let ds = load();
    let url_of = |source_id: &str| -> &str {
        &ds.sources.iter().find(|s| s.id == source_id).expect("source exists").url
    };

    // Match one to one: each row claims a distinct observation.
    let mut used = vec![false; ds.observations.len()];
    let mut missing = Vec::new();
    for &(indicator, start, end, value, qualifier, url) in EXPECTED {
        assert!(
            url.starts_with("https://") || url.starts_with("http://"),
            "table url {url}"
        );
        let found = ds.observations.iter().enumerate().position(|(i, o)| {
            !used[i]
                && o.indicator == indicator
                && o.start == start
                && o.end == end
                && o.value == value
                && o.qualifier == qualifier
                && url_of(&o.source) == url
        });
        match found {
            Some(i) => used[i] = true,
            None => missing.push(format!("{indicator} {start}..{end} {value} {qualifier:?} {url}")),
        }
    }
    assert!(missing.is_empty(), "figures missing from the dataset:\n{}", missing.join("\n"));

    let extra: Vec<String> = ds
        .observations
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(o, _)| format!("{} {}..{} {} {}", o.indicator, o.start, o.end, o.value, o.source))
        .collect();
    assert!(extra.is_empty(), "observations not in SOURCES.md:\n{}", extra.join("\n"));
    assert_eq!(ds.observations.len(), EXPECTED.len());
}

#[test]
fn seed_report_is_the_featured_one() {
    let ds = load();
    let f = &ds.metadata.featured;
    assert_eq!(f.start, "2024-01-01");
    assert_eq!(f.end, "2024-09-30");
    assert_eq!(f.presented.as_deref(), Some("2024-10-01"));
    assert_eq!(
        f.indicators,
        [
            "attempts_foiled",
            "networks_dismantled",
            "rescued_at_sea",
            "voluntary_returns",
            "voluntary_returns_iom",
            "refugees_recognised"
        ]
    );
    for id in &f.indicators {
        assert!(ds.indicators.iter().any(|i| &i.id == id), "featured indicator {id} missing");
    }

    let (fs, fe) = (day(&f.start), day(&f.end));
    let seed: [(&str, f64); 6] = [
        ("attempts_foiled", 48_963.0),
        ("networks_dismantled", 210.0),
        ("rescued_at_sea", 14_260.0),
        ("voluntary_returns", 4_388.0),
        ("voluntary_returns_iom", 1_664.0),
        ("refugees_recognised", 1_638.0),
    ];
    for (indicator, value) in seed {
        let o = ds
            .observations
            .iter()
            .find(|o| o.indicator == indicator && o.value == value)
            .unwrap_or_else(|| panic!("seed figure {indicator} {value} missing"));
        assert!(
            fs <= day(&o.start) && day(&o.end) <= fe,
            "seed figure {indicator} {value} ({}..{}) is outside the featured coverage",
            o.start,
            o.end
        );
    }
}

#[test]
fn scopes_are_kept_apart() {
    let ds = load();
    let ind = |id: &str| ds.indicators.iter().find(|i| i.id == id).unwrap_or_else(|| panic!("{id}"));
    use marsad::data::{Geography, Unit};
    assert_eq!(ind("attempts_foiled").unit, Unit::Attempts);
    assert!(ind("attempts_foiled").scope_note.is_some());
    assert_eq!(ind("voluntary_returns_iom").part_of.as_deref(), Some("voluntary_returns"));
    assert_eq!(ind("iom_avrr").part_of, None);
    assert_eq!(ind("dgsn_arrests").part_of, None);
    assert_eq!(ind("voluntary_return_operations").unit, Unit::Operations);
    assert_eq!(ind("regularisation_approved").part_of.as_deref(), Some("regularisation_applications"));
    assert_eq!(ind("unhcr_refugees").part_of.as_deref(), Some("unhcr_refugees_asylum_seekers"));
    assert_eq!(ind("spain_arrivals_canaries").part_of.as_deref(), Some("spain_arrivals"));
    assert_eq!(ind("spain_arrivals_mainland_balearics").part_of.as_deref(), Some("spain_arrivals"));
    assert_eq!(ind("spain_arrivals").geography, Geography::Spain);
    let frontex = ind("frontex_western_african");
    assert_eq!(frontex.unit, Unit::Detections);
    assert_eq!(frontex.geography, Geography::EuExternalBorder);
    assert!(frontex.scope_note.is_some());
}

/// French and Arabic readers see the dataset's own words (labels, scope
/// notes, the notes that qualify a figure: "exact cut-off not published") in
/// their language: every translated text has all three, and every note is
/// translated. Source titles too: a French or Arabic newsroom's embed lists
/// its sources in the page's language (the link says which publisher's page
/// it opens, whatever that page's language).
#[test]
fn every_text_a_reader_sees_is_in_english_french_and_arabic() {
    fn walk(value: &serde_json::Value, path: &str, missing: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if map.contains_key("en") {
                    for lang in ["en", "fr", "ar"] {
                        if map.get(lang).and_then(|t| t.as_str()).is_none_or(|t| t.trim().is_empty()) {
                            missing.push(format!("{path}.{lang}"));
                        }
                    }
                }
                for (key, inner) in map {
                    if key == "note" && inner.is_string() {
                        missing.push(format!("{path}.note (English only)"));
                    }
                    walk(inner, &format!("{path}.{key}"), missing);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), missing);
                }
            }
            _ => {}
        }
    }
    let tree: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(PATH).unwrap()).unwrap();
    let mut missing = Vec::new();
    walk(&tree, "$", &mut missing);
    assert!(missing.is_empty(), "not in every language: {missing:#?}");
    for source in load().sources {
        for lang in [Lang::Fr, Lang::Ar] {
            assert!(!source.title.falls_back_to_english(lang), "{}: its title in {lang:?}", source.id);
        }
    }
    let notes = load().observations.iter().filter(|o| o.note.is_some()).count();
    assert_eq!(notes, 32, "every note kept");
}

/// A publisher given as one string is a name alone ("Le360"), the same in
/// every language. What it says beyond a name ("Kaayxol (ministry)",
/// "Alyaoum24 via Maghress") is words, given in all three, so that a French
/// card reads "Source : Kaayxol (ministère)".
#[test]
fn a_publisher_in_one_string_is_a_name_alone() {
    let mut worded = Vec::new();
    for source in load().sources {
        if let marsad::data::Text::Plain(name) = &source.publisher {
            if name.contains('(') || name.contains(" via ") {
                worded.push(format!("{}: {name}", source.id));
            }
        }
    }
    assert!(worded.is_empty(), "publishers with words to translate, given in one language: {worded:#?}");
}
