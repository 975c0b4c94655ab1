//! Unit tests of the whole flow: each edits a valid dataset and checks the
//! problems reported, by path and kind. This file holds the fixtures and the
//! structural-pass tests; the semantic ones are in `tests/semantic.rs`.

use std::collections::HashSet;

use serde_json::Value;

use super::json_path::key_path;
use super::ProblemKind::{self, *};
use super::{parse_and_validate, too_large_message, utf8_text, validate, Problem, MAX_DATASET_BYTES, MB};

mod passes;
mod semantic;

fn base() -> Value {
    serde_json::json!({
        "schema_version": 1,
        "metadata": {
            "title": "Test",
            "description": {"en": "A test dataset", "fr": "Un jeu de test"},
            "publisher": "Marsad",
            "licence": "CC BY 4.0",
            "last_updated": "2024-11-01",
            "featured": {
                "title": "Report",
                "start": "2024-01-01",
                "end": "2024-09-30",
                "presented": "2024-10-01",
                "indicators": ["returns", "returns_iom"]
            },
            "embed_origins": ["https://example.org"]
        },
        "sources": [
            {"id": "mi", "publisher": "Interior Ministry", "title": "Report", "url": "https://example.org/report", "published": "2024-10-01"},
            {"id": "iom", "publisher": "IOM", "title": "Returns", "url": "http://example.org/iom"}
        ],
        "categories": [{"id": "returns", "label": "Returns"}],
        "indicators": [
            {"id": "returns", "category": "returns", "label": "Voluntary returns", "unit": "people",
             "definition": "People helped home.", "geography": "morocco"},
            {"id": "returns_iom", "category": "returns", "label": "Voluntary returns with IOM", "unit": "people",
             "definition": "Returns organised with IOM.", "geography": "morocco", "part_of": "returns"}
        ],
        "observations": [
            {"indicator": "returns", "start": "2024-01-01", "end": "2024-09-30", "value": 2000, "source": "mi"},
            {"indicator": "returns_iom", "start": "2024-01-01", "end": "2024-09-30", "value": 1664, "source": "mi"}
        ]
    })
}

fn check(v: &Value) -> Vec<(String, ProblemKind)> {
    match parse_and_validate(&v.to_string()) {
        Ok(_) => vec![],
        Err(ps) => {
            for p in &ps {
                assert!(!p.message.is_empty(), "{p:?}");
            }
            ps.into_iter().map(|p| (p.path, p.kind)).collect()
        }
    }
}

fn with(edit: impl FnOnce(&mut Value)) -> Vec<(String, ProblemKind)> {
    let mut v = base();
    edit(&mut v);
    check(&v)
}

fn one(path: &str, kind: ProblemKind) -> Vec<(String, ProblemKind)> {
    vec![(path.to_string(), kind)]
}

fn message_of(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = base();
    edit(&mut v);
    let ps = parse_and_validate(&v.to_string()).unwrap_err();
    assert_eq!(ps.len(), 1, "{ps:?}");
    ps[0].message.clone()
}

#[test]
fn base_is_valid() {
    let ds = parse_and_validate(&base().to_string()).unwrap();
    assert_eq!(ds.observations.len(), 2);
    assert!(validate(&ds).is_empty());
}

#[test]
fn attempts_without_a_scope_note_get_marsads_in_each_language() {
    let mut v = base();
    v["indicators"][0]["unit"] = "attempts".into();
    v["indicators"][1]["unit"] = "attempts".into();
    v["indicators"][1]["scope_note"] = "The dataset's own words.".into();
    let ds = parse_and_validate(&v.to_string()).unwrap();
    let note = ds.indicators[0].scope_note.as_ref().expect("a note of Marsad's");
    assert_eq!(note.get(crate::data::Lang::En), "Attempts are events, not people: one person can be counted several times.");
    assert!(note.get(crate::data::Lang::Fr).starts_with("Les tentatives sont des événements"));
    assert!(note.get(crate::data::Lang::Ar).starts_with("المحاولات أحداث"));
    // A dataset's own note stays; another unit gets none.
    assert_eq!(ds.indicators[1].scope_note.as_ref().unwrap().get(crate::data::Lang::En), "The dataset's own words.");
    assert!(parse_and_validate(&base().to_string()).unwrap().indicators[0].scope_note.is_none());
}

#[test]
fn default_dataset_is_valid() {
    let text = include_str!("../../../public/data/morocco.json");
    if let Err(ps) = parse_and_validate(text) {
        panic!("{}", ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
    }
}

#[test]
fn invalid_json_names_line_and_column() {
    let ps = parse_and_validate("{\n  \"schema_version\": 1,\n  \"a\": [1, 2,]\n}").unwrap_err();
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0].kind, InvalidJson);
    assert_eq!(ps[0].path, "$");
    assert!(ps[0].message.contains("line 3, column 14"), "{}", ps[0].message);
    let ps = parse_and_validate("{\"a\": 1 \"b\": 2}").unwrap_err();
    assert_eq!(ps[0].message, "Invalid JSON at line 1, column 9: expected ',' or '}'.");
    // A server's error page in the file's place.
    let ps = parse_and_validate("\n<!DOCTYPE html><html><title>404 Not Found</title></html>").unwrap_err();
    assert_eq!(ps[0].message, "Invalid JSON at line 2, column 1: the file is a web page (it starts with \"<\"), not JSON: the address may lead to an error or sign-in page.");
    let ps = parse_and_validate("").unwrap_err();
    assert_eq!(ps[0].kind, InvalidJson);
    assert!(ps[0].message.contains("line 1, column 0"), "{}", ps[0].message);
    let ps = parse_and_validate("{\"v\": 1e400}").unwrap_err();
    assert_eq!(ps[0].kind, InvalidJson);
    assert!(ps[0].message.contains("line 1, column"), "{}", ps[0].message);
}

#[test]
fn too_large_is_refused_before_parsing() {
    let text = " ".repeat(MAX_DATASET_BYTES + 1);
    let ps = parse_and_validate(&text).unwrap_err();
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0].kind, TooLarge);
    assert_eq!(ps[0].message, "The dataset is 20.0 MB, over the 20 MB limit, so it was not read.");
}

#[test]
fn a_size_over_the_limit_is_told_in_megabytes_to_a_tenth_as_the_f64_formatter_would() {
    for bytes in [21 * MB, 21 * MB + MB / 20 - 1, 21 * MB + MB / 20 + 1, 130 * MB + 123_456, 1 << 50] {
        let message = too_large_message(bytes);
        let expected = format!("{:.1}", bytes as f64 / MB as f64);
        assert!(message.starts_with(&format!("The dataset is {expected} MB, over the 20 MB limit")), "{message} against {expected}");
    }
}

#[test]
fn root_must_be_an_object() {
    assert_eq!(check(&serde_json::json!([1, 2])), one("$", WrongType));
}

#[test]
fn schema_version() {
    assert_eq!(with(|v| { v.as_object_mut().unwrap().remove("schema_version"); }), one("$.schema_version", MissingField));
    assert_eq!(
        with(|v| {
            v["schema_version"] = 2.into();
            v["observations"][0]["value"] = "x".into();
        }),
        one("$.schema_version", UnsupportedVersion)
    );
    assert!(message_of(|v| v["schema_version"] = 2.into()).contains("version 1"));
    assert_eq!(with(|v| v["schema_version"] = "1".into()), one("$.schema_version", WrongType));
}

#[test]
fn wrong_types_in_several_elements_are_all_reported() {
    let got = with(|v| {
        v["observations"][0]["value"] = "2000".into();
        v["observations"][1]["value"] = Value::Null;
        v["categories"][0]["label"] = 5.into();
    });
    assert_eq!(
        got,
        vec![
            ("$.categories[0].label".to_string(), WrongType),
            ("$.observations[0].value".to_string(), WrongType),
            ("$.observations[1].value".to_string(), WrongType),
        ]
    );
    assert_eq!(with(|v| v["observations"] = serde_json::json!({})), one("$.observations", WrongType));
    assert_eq!(message_of(|v| v["observations"][0]["value"] = "2000".into()), "\"value\" must be a number, not the text \"2000\".");
    assert!(message_of(|v| v["indicators"][0]["unit"] = "persons".into()).contains("attempts, people"));
}

#[test]
fn several_faults_in_one_element_are_all_reported() {
    let got = with(|v| {
        let o = v["observations"][1].as_object_mut().unwrap();
        o.remove("source");
        o.insert("colour".into(), "red".into());
        o.insert("value".into(), "many".into());
        o.insert("qualifier".into(), "roughly".into());
        v["metadata"]["featured"]["end"] = 20240930.into();
    });
    assert_eq!(got.len(), 5, "{got:?}");
    let kinds: HashSet<_> = got.iter().cloned().collect();
    assert!(kinds.contains(&("$.observations[1].source".to_string(), MissingField)), "{got:?}");
    assert!(kinds.contains(&("$.observations[1].colour".to_string(), UnknownField)), "{got:?}");
    assert!(kinds.contains(&("$.observations[1].value".to_string(), WrongType)), "{got:?}");
    assert!(kinds.contains(&("$.observations[1].qualifier".to_string(), WrongType)), "{got:?}");
    assert!(kinds.contains(&("$.metadata.featured.end".to_string(), WrongType)), "{got:?}");
}

#[test]
fn missing_and_unknown_fields() {
    assert_eq!(with(|v| { v["sources"][1].as_object_mut().unwrap().remove("url"); }), one("$.sources[1].url", MissingField));
    assert_eq!(with(|v| { v.as_object_mut().unwrap().remove("categories"); }), one("$.categories", MissingField));
    assert_eq!(with(|v| v["indicators"][0]["colour"] = "red".into()), one("$.indicators[0].colour", UnknownField));
    assert_eq!(with(|v| v["extra field"] = 1.into()), one("$[\"extra field\"]", UnknownField));
    assert!(message_of(|v| v["indicators"][0]["colour"] = "red".into()).contains("geography"));
    // Odd field names: serde's message cannot be split on backticks or "expected".
    assert_eq!(with(|v| v["observations"][0]["expected"] = 1.into()), one("$.observations[0].expected", UnknownField));
    let msg = message_of(|v| v["observations"][0]["expected"] = 1.into());
    assert!(msg.contains("are indicator, start, end"), "{msg}");
    assert_eq!(with(|v| v["observations"][0]["x`y"] = 1.into()), one("$.observations[0][\"x`y\"]", UnknownField));
}

#[test]
fn display_is_path_then_message() {
    let p = Problem::new("$.a", BadValue, "Bad.");
    assert_eq!(p.to_string(), "$.a: Bad.");
    assert_eq!(serde_json::to_value(&p).unwrap()["kind"], "BadValue");
}

#[test]
fn long_and_odd_values_are_quoted_safely() {
    let long = "é".repeat(200);
    let msg = message_of(|v| v["observations"][0]["source"] = long.clone().into());
    assert!(msg.len() < 300, "{msg}");
    assert_eq!(key_path("$", "a b"), "$[\"a b\"]");
    assert_eq!(key_path("$", "ok_1"), "$.ok_1");
}

#[test]
fn a_file_not_in_utf8_is_refused_where_its_first_bad_byte_is() {
    assert_eq!(utf8_text(b"\xEF\xBB\xBF{\"a\": 1}"), Ok("{\"a\": 1}"), "a byte-order mark is dropped");
    let latin1 = b"{\"title\": \"Testl\xE2nd\"}";
    let problem = utf8_text(latin1).unwrap_err();
    assert_eq!((problem.path.as_str(), problem.kind), ("$", InvalidJson));
    assert_eq!(problem.message, "Invalid JSON: the file is not UTF-8 text (the bytes at offset 16 are not); save it as UTF-8.");
    // Counted in the file as saved, its byte-order mark too.
    assert!(utf8_text(b"\xEF\xBB\xBF{\"title\": \"Testl\xE2nd\"}").unwrap_err().message.contains("offset 19 "));
    // Cut short within a character ("é" is two bytes): said as a file cut
    // short is, where it stops; not taken up to the cut, which accepted a
    // file whose only fault was a broken last character.
    let cut = utf8_text(b"{\n  \"title\": \"Caf\xC3").unwrap_err();
    assert_eq!(cut.message, "Invalid JSON at line 2, column 15: the file ends in the middle of a character (at byte 17). Is it cut short?");
}
