//! `parse_and_validate` must never panic, whatever it is given, and must
//! always answer with a dataset or at least one problem with a message.
//! 256 cases per property by default; raise with PROPTEST_CASES=10000.

use marsad::data::validate::{parse_and_validate, validate};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Map, Value};

const BASE: &str = include_str!("corpus/valid-minimal.json");

fn base() -> Value {
    serde_json::from_str(BASE).unwrap()
}

/// The answer is a sound dataset or a non-empty list of explained problems.
fn check_answer(text: &str) -> Result<(), TestCaseError> {
    match parse_and_validate(text) {
        Ok(ds) => {
            prop_assert!(validate(&ds).is_empty(), "accepted a dataset that validate() rejects");
            // What was accepted writes back out as an acceptable dataset.
            let again = serde_json::to_string(&ds).unwrap();
            prop_assert!(parse_and_validate(&again).is_ok(), "re-serialized dataset was refused: {again}");
        }
        Err(problems) => {
            prop_assert!(!problems.is_empty(), "Err with no problems");
            for p in &problems {
                prop_assert!(!p.message.trim().is_empty(), "empty message at {}", p.path);
                prop_assert!(p.path.starts_with('$'), "path {:?} does not start with $", p.path);
            }
        }
    }
    Ok(())
}

/// Strings a dataset would hold, and some it should not.
fn text_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("2024-02-29".to_string()),
        Just("2023-02-29".to_string()),
        Just("2024-13-01".to_string()),
        Just("30/09/2024".to_string()),
        Just("https://example.org/x".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("//example.org".to_string()),
        Just("https://[".to_string()),
        Just("attempts_foiled".to_string()),
        Just("voluntary_returns".to_string()),
        Just("voluntary_returns_iom".to_string()),
        Just("mi-2024".to_string()),
        Just("returns".to_string()),
        Just("people".to_string()),
        Just("at_least".to_string()),
        Just("morocco".to_string()),
        "\\PC{0,12}",
        ".{0,8}",
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "schema_version", "metadata", "sources", "categories", "indicators", "observations", "id", "en", "fr",
            "ar", "title", "label", "url", "start", "end", "value", "part_of", "unit", "indicator", "source",
            "category", "qualifier", "featured", "embed_origins", "expected", "`",
        ])
        .prop_map(str::to_string),
        1 => "\\PC{0,6}",
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // NaN and infinities become null
        (0u32..5).prop_map(Value::from),
        Just(Value::from(-1)),
        Just(Value::from(1.0)),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        text_value().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Every node of `v`, depth first, as a list of steps from the root.
fn node_paths(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                here.push(Step::Key(k.clone()));
                node_paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                here.push(Step::Index(i));
                node_paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn node_mut<'v>(mut v: &'v mut Value, steps: &[Step]) -> &'v mut Value {
    for s in steps {
        v = match s {
            Step::Key(k) => v.get_mut(k.as_str()).unwrap(),
            Step::Index(i) => v.get_mut(*i).unwrap(),
        };
    }
    v
}

#[derive(Clone, Debug)]
enum Mutation {
    Replace(Value),
    Remove,
    AddField(String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => json().prop_map(Mutation::Replace),
        2 => Just(Mutation::Remove),
        1 => (key(), json()).prop_map(|(k, v)| Mutation::AddField(k, v)),
    ]
}

fn mutate(v: &mut Value, at: &Index, m: Mutation) {
    let mut paths = Vec::new();
    node_paths(v, &mut Vec::new(), &mut paths);
    let steps = at.get(&paths).clone();
    match m {
        Mutation::Replace(new) => *node_mut(v, &steps) = new,
        Mutation::AddField(k, new) => match node_mut(v, &steps) {
            Value::Object(o) => {
                o.insert(k, new);
            }
            other => *other = new,
        },
        Mutation::Remove => match steps.split_last() {
            Some((Step::Key(k), parent)) => {
                node_mut(v, parent).as_object_mut().unwrap().remove(k);
            }
            Some((Step::Index(i), parent)) => {
                node_mut(v, parent).as_array_mut().unwrap().remove(*i);
            }
            None => *v = Value::Null,
        },
    }
}

proptest! {
    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_answer(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn random_json(v in json()) {
        check_answer(&v.to_string())?;
    }

    #[test]
    fn mutated_base_dataset(mutations in prop::collection::vec((any::<Index>(), mutation()), 1..4)) {
        let mut v = base();
        for (at, m) in mutations {
            mutate(&mut v, &at, m);
        }
        check_answer(&v.to_string())?;
        check_answer(&serde_json::to_string_pretty(&v).unwrap())?;
    }

    #[test]
    fn edited_base_text(at in any::<Index>(), cut in 0usize..16, insert in "[\\[\\]{}:,\"0-9a-z .eE+-]{0,6}") {
        let mut chars: Vec<char> = BASE.chars().collect();
        let start = at.index(chars.len() + 1);
        let end = (start + cut).min(chars.len());
        chars.splice(start..end, insert.chars());
        check_answer(&chars.into_iter().collect::<String>())?;
    }
}

#[test]
fn the_base_dataset_is_valid() {
    assert!(parse_and_validate(BASE).is_ok());
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse_and_validate(&deep).is_err());
    let deep_in_field = BASE.replacen("\"value\": 48963", &format!("\"value\": {}1{}", "[".repeat(120), "]".repeat(120)), 1);
    assert!(parse_and_validate(&deep_in_field).is_err());
}
