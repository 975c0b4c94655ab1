//! Deserializing one element so that every fault in it is reported, not only
//! the first one serde meets.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::json_path::{get, remove, render, set, Step};
use super::problem::Problem;
use super::problem::ProblemKind::*;
use super::serde_error::{classify, expected_names, structural_message};

/// Most repairs tried in one element before giving up on finding more.
const MAX_REPAIRS: usize = 64;

/// Deserialize `value` as a `T`, reporting every fault found under the path
/// `base` writes (`base` is called only when there is a fault to report).
///
/// serde stops at the first error, so on an error this records it, patches
/// a copy of the value at that spot (drops an unknown field, fills a missing
/// or mistyped one with a stand-in) and tries again. Errors that arise inside
/// a stand-in are the stand-in's fault: the next stand-in is tried instead.
pub(super) fn deserialize_at<T: DeserializeOwned>(value: &Value, base: &dyn Fn() -> String, problems: &mut Vec<Problem>) -> Option<T> {
    let mut err = match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(t) => return Some(t),
        Err(e) => e,
    };
    let mut work = value.clone();
    let mut reported: HashSet<Vec<Step>> = HashSet::new();
    // Stand-ins still to try, by the spot they fill.
    let mut stand_ins: HashMap<Vec<Step>, Vec<Value>> = HashMap::new();
    for _ in 0..MAX_REPAIRS {
        let mut steps = steps_of(err.path());
        let inner = err.inner().to_string();
        let kind = classify(&inner);
        if kind == MissingField {
            // serde points at the object; point at the field it lacks.
            let field = inner.strip_prefix("missing field `").and_then(|r| r.strip_suffix('`')).unwrap_or("");
            steps.push(Step::Key(field.to_string()));
        }
        let names = expected_names(&inner, &steps, get(&work, &steps));
        let filled = stand_ins.keys().find(|k| steps.starts_with(k)).cloned();
        let spot = match filled {
            // The stand-in at `spot` did not fit: try the next one.
            Some(spot) => spot,
            None => {
                if reported.insert(steps.clone()) {
                    let message = structural_message(kind, &inner, &names, &steps, get(&work, &steps));
                    problems.push(Problem::new(render(&base(), &steps), kind, message));
                }
                if kind == UnknownField {
                    if !remove(&mut work, &steps) {
                        return None;
                    }
                    match serde_path_to_error::deserialize::<_, T>(&work) {
                        Ok(_) => return None,
                        Err(e) => {
                            err = e;
                            continue;
                        }
                    }
                }
                stand_ins.insert(steps.clone(), initial_stand_ins());
                steps
            }
        };
        let list = stand_ins.get_mut(&spot)?;
        // An enum says which names it takes: try the first of them next.
        if let Some(name) = names.first() {
            let v = Value::String(name.clone());
            if !list.contains(&v) && get(&work, &spot) != Some(&v) {
                list.insert(0, v);
            }
        }
        if list.is_empty() {
            return None;
        }
        let next = list.remove(0);
        if !set(&mut work, &spot, next) {
            return None;
        }
        match serde_path_to_error::deserialize::<_, T>(&work) {
            Ok(_) => return None,
            Err(e) => err = e,
        }
    }
    None
}

/// serde_path_to_error's path as steps; enum segments name no place in the JSON.
fn steps_of(path: &serde_path_to_error::Path) -> Vec<Step> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|s| match s {
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Map { key } => Some(Step::Key(key.clone())),
            Segment::Enum { .. } | Segment::Unknown => None,
        })
        .collect()
}

/// Stand-ins tried in turn at a missing or mistyped spot until one fits,
/// so that serde gets past it and reports the faults beyond.
fn initial_stand_ins() -> Vec<Value> {
    vec![
        Value::String(String::new()),
        Value::from(0),
        Value::Bool(false),
        Value::Array(Vec::new()),
        Value::Null,
    ]
}
