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

/// `base()` with `edits` applied, as text; some edits are made in the text,
/// as a tree cannot hold them (a key twice, a number too large to store).
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
                    let first = m.keys().next().cloned();
                    first.map(|k| m.remove(&k));
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

#[test]
fn faults_the_tree_cannot_hold_go_the_long_way() {
    let sound = base().to_string();
    let twice = sound.replacen("\"value\":", "\"value\":1,\"value\":", 1);
    let too_large = sound.replacen("\"value\":", "\"value\":1e999,\"x\":", 1);
    let top_twice = sound.replacen("\"sources\":", "\"sources\":[],\"sources\":", 1);
    for text in [twice, too_large, top_twice] {
        assert_ne!(text, sound);
        let (direct, by_element) = both_passes(&text);
        assert!(direct.is_none() || direct == Some(by_element.clone()), "{text}");
        assert_eq!(parse_and_validate(&text).err(), by_element.err(), "{text}");
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
    // Most single edits keep the JSON sound and reach the model's checks.
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
