//! The malformed-dataset corpus in `tests/corpus/`: each file must give
//! exactly the (path, kind) problems `expected.json` lists for it, each with
//! a message; `valid-minimal.json` must pass. Also: the committed JSON Schema
//! must equal the one generated from the serde types.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use marsad::data::validate::{json_schema_text, parse_and_validate, Problem};
use serde::Deserialize;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Want {
    path: String,
    kind: String,
    /// Text the message must contain, e.g. "line 3, column 14".
    #[serde(default)]
    message_contains: Option<String>,
}

fn kind_name(p: &Problem) -> String {
    serde_json::to_value(p.kind).unwrap().as_str().unwrap().to_string()
}

#[test]
fn every_corpus_file_gives_exactly_its_expected_problems() {
    let dir = corpus_dir();
    let expected: BTreeMap<String, Vec<Want>> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    assert!(expected.len() >= 30, "the corpus has only {} cases", expected.len());

    // Every file in the folder is listed, and every listed file exists.
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "expected.json" && n != "valid-minimal.json")
        .collect();
    on_disk.sort();
    assert_eq!(on_disk, expected.keys().cloned().collect::<Vec<_>>(), "tests/corpus and expected.json disagree");

    let mut failures = Vec::new();
    for (name, wants) in &expected {
        assert!(
            name.chars().all(|c| c.is_ascii_alphanumeric() || "-._".contains(c)),
            "{name}: corpus names must be URL-safe"
        );
        assert!(!wants.is_empty(), "{name}: a corpus case must expect at least one problem");
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let problems = match parse_and_validate(&text) {
            Ok(_) => {
                failures.push(format!("{name}: accepted, but should have problems"));
                continue;
            }
            Err(problems) => problems,
        };
        for p in &problems {
            if p.message.trim().is_empty() {
                failures.push(format!("{name}: empty message at {}", p.path));
            }
            if kind_name(p) == "InvalidJson" && !has_line_and_column(&p.message) {
                failures.push(format!("{name}: InvalidJson message lacks \"line N, column M\": {}", p.message));
            }
        }
        let mut got: Vec<(String, String)> = problems.iter().map(|p| (p.path.clone(), kind_name(p))).collect();
        let mut want: Vec<(String, String)> = wants.iter().map(|w| (w.path.clone(), w.kind.clone())).collect();
        got.sort();
        want.sort();
        if got != want {
            let listed: Vec<String> = problems.iter().map(|p| format!("    {:?} {p}", p.kind)).collect();
            failures.push(format!("{name}: expected {want:?}\n  got:\n{}", listed.join("\n")));
            continue;
        }
        for w in wants {
            let Some(needle) = &w.message_contains else { continue };
            let p = problems.iter().find(|p| p.path == w.path && kind_name(p) == w.kind).unwrap();
            if !p.message.contains(needle.as_str()) {
                failures.push(format!("{name}: message at {} should contain {needle:?}: {}", w.path, p.message));
            }
        }
    }
    assert!(failures.is_empty(), "{} corpus failures:\n{}", failures.len(), failures.join("\n"));
}

fn has_line_and_column(message: &str) -> bool {
    let Some((_, rest)) = message.split_once("line ") else { return false };
    let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
    let n = digits(rest);
    n > 0 && rest[n..].strip_prefix(", column ").is_some_and(|r| digits(r) > 0)
}

#[test]
fn the_valid_base_dataset_passes() {
    let text = std::fs::read_to_string(corpus_dir().join("valid-minimal.json")).unwrap();
    match parse_and_validate(&text) {
        Ok(ds) => assert!(!ds.observations.is_empty()),
        Err(problems) => panic!("valid-minimal.json has problems:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")),
    }
}

#[test]
fn committed_json_schema_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema/marsad-v1.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = json_schema_text();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "public/schema/marsad-v1.schema.json is out of date with src/data/model.rs. Regenerate it with:\n\n    \
         cargo run --bin validate -- --schema > public/schema/marsad-v1.schema.json\n"
    );
}
