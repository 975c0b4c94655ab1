//! The one pass that reads a sound file straight into the model must read
//! every file it takes as the pass by elements does; what it refuses goes
//! the long way.

use super::*;
use crate::data::Dataset;
use crate::data::validate::sections::{read_as, Pass};
use crate::data::validate::structure::dataset_from_read;

/// Every place in `v` where an edit can go: objects, lists and their members.
fn spots(v: &Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    let children: Vec<(String, &Value)> = match v {
        Value::Object(m) => m.iter().map(|(k, c)| (k.clone(), c)).collect(),
        Value::Array(a) => a.iter().enumerate().map(|(i, c)| (i.to_string(), c)).collect(),
        _ => return,
    };
    for (key, child) in children {
        let mut next = at.clone();
        next.push(key);
        spots(child, next, out);
    }
}

fn at_mut<'v>(mut v: &'v mut Value, steps: &[String]) -> &'v mut Value {
    for step in steps {
        v = match v {
            Value::Array(a) => &mut a[step.parse::<usize>().unwrap()],
            other => &mut other[step.as_str()],
        };
    }
    v
}

/// `base()` with `edits` applied (each a spot and what to do there), as text.
fn edited(edits: &[(usize, u8)]) -> String {
    let mut v = base();
    for &(spot, edit) in edits {
        let mut all = Vec::new();
        spots(&v, Vec::new(), &mut all);
        let steps = &all[spot % all.len()];
        let target = at_mut(&mut v, steps);
        match edit {
            0 => *target = Value::from("text"),
            1 => *target = Value::from(7),
            2 => *target = Value::from(1.5),
            3 => *target = Value::Null,
            4 => *target = Value::Bool(true),
            5 => *target = serde_json::json!([]),
            6 => *target = serde_json::json!({}),
            7 => {
                if let Value::Object(m) = target {
                    m.insert("unexpected".into(), Value::from(1));
                }
            }
            8 => {
                if let Value::Object(m) = target {
                    if let Some(first) = m.keys().next().cloned() {
                        m.remove(&first);
                    }
                }
            }
            _ => {
                if let Value::Array(a) = target {
                    a.pop();
                }
            }
        }
    }
    v.to_string()
}

type Outcome = Result<Dataset, Vec<Problem>>;

/// The direct pass's outcome when it takes the file, and the other pass's.
fn both_passes(text: &str) -> (Option<Outcome>, Outcome) {
    let direct = read_as(text, Pass::Direct).ok().map(|read| dataset_from_read(Ok(read), text));
    (direct, dataset_from_read(read_as(text, Pass::ByElement), text))
}

#[test]
fn a_sound_file_is_read_in_one_pass() {
    for text in [base().to_string(), include_str!("../../../../public/data/morocco.json").to_string()] {
        let (direct, by_element) = both_passes(&text);
        assert!(by_element.is_ok(), "{by_element:?}");
        assert_eq!(direct, Some(by_element));
    }
}

/// Text a tree cannot show: the one pass refuses a key given twice in an
/// element (the long way keeps the later one, as a parsed object would) and
/// a number too large to store; a top-level key twice it reads as the long
/// way does.
#[test]
fn what_the_one_pass_refuses_is_read_the_long_way() {
    let sound = base().to_string();
    let cases = [
        ("\"value\":", "\"value\":1,\"value\":", false),
        ("\"value\":", "\"value\":1e999,\"value\":", false),
        ("\"sources\":", "\"sources\":[],\"sources\":", true),
    ];
    for (from, to, one_pass_takes_it) in cases {
        let text = sound.replacen(from, to, 1);
        let (direct, by_element) = both_passes(&text);
        assert_eq!(direct.is_some(), one_pass_takes_it, "{to}");
        if let Some(direct) = direct {
            assert_eq!(direct, by_element, "{to}");
        }
        let validated = by_element.and_then(|ds| match validate(&ds) {
            problems if problems.is_empty() => Ok(ds),
            problems => Err(problems),
        });
        assert_eq!(parse_and_validate(&text), validated, "{to}");
    }
}

#[test]
fn every_single_edit_is_read_alike_by_both_passes() {
    let mut all = Vec::new();
    spots(&base(), Vec::new(), &mut all);
    let mut direct_took = 0;
    for spot in 0..all.len() {
        for edit in 0..10 {
            let text = edited(&[(spot, edit)]);
            let (direct, by_element) = both_passes(&text);
            if let Some(direct) = direct {
                assert_eq!(direct, by_element, "{text}");
                direct_took += 1;
            }
        }
    }
    // The one pass takes many of them, so the comparison is not idle.
    assert!(direct_took > all.len() * 3, "{direct_took} of {}", all.len() * 10);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
    #[test]
    fn the_one_pass_reads_what_it_takes_as_the_pass_by_elements(
        edits in proptest::collection::vec((0..400usize, 0..10u8), 0..4)
    ) {
        let text = edited(&edits);
        let (direct, by_element) = both_passes(&text);
        if let Some(direct) = direct {
            proptest::prop_assert_eq!(direct, by_element);
        }
    }
}
