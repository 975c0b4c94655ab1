//! Deserializing one element so that every fault in it is reported, not only
//! the first one serde meets.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::json_path::{get, remove, render, set, Step};
use super::located::Located;
use super::problem::Problem;
use super::problem::ProblemKind::*;
use super::serde_error::{classify, expected_names, message, structural_message};

/// Most repairs tried in one element before giving up on finding more.
const MAX_REPAIRS: usize = 64;

/// Deserialize the JSON `text` of one element as a `T`, reporting every fault
/// found under the path `base` writes (`base` is called only when there is a
/// fault to report).
///
/// A sound element goes straight from its text into the model. On an error,
/// the element is read as a tree, as a parsed JSON object would be (a key
/// given twice keeps its later value), and serde stops at the first error, so
/// this records it, patches the tree at that spot (drops an unknown field,
/// fills a missing or mistyped one with a stand-in) and tries again. Errors
/// that arise inside a stand-in are the stand-in's fault: the next stand-in
/// is tried instead.
///
/// An error when `text` is not JSON a tree can hold (a number too large):
/// the caller only checked its syntax.
pub(super) fn deserialize_at<T: DeserializeOwned>(text: &str, base: &dyn Fn() -> String, problems: &mut Vec<Problem>) -> Result<Option<T>, serde_json::Error> {
    if let Ok(t) = serde_json::from_str(text) {
        return Ok(Some(t));
    }
    let work: Value = serde_json::from_str(text)?;
    Ok(repaired(work, base, problems))
}

/// Every fault in `work` reported; never a `T`, unless the tree (a key given
/// twice keeps its later value) deserializes where its text did not.
fn repaired<T: DeserializeOwned>(mut work: Value, base: &dyn Fn() -> String, problems: &mut Vec<Problem>) -> Option<T> {
    let (mut inner, mut at) = match from_tree::<T>(&work) {
        Ok(t) => return Some(t),
        Err(e) => e,
    };
    // Fx, as every map in the wasm: std's SipHash would be code for these two alone.
    let mut reported: FxHashSet<Vec<Step>> = FxHashSet::default();
    // Stand-ins still to try, by the spot they fill.
    let mut stand_ins: FxHashMap<Vec<Step>, Vec<Value>> = FxHashMap::default();
    for _ in 0..MAX_REPAIRS {
        let mut steps = at;
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
                    match from_tree::<T>(&work) {
                        Ok(_) => return None,
                        Err(e) => {
                            (inner, at) = e;
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
        match from_tree::<T>(&work) {
            Ok(_) => return None,
            Err(e) => (inner, at) = e,
        }
    }
    None
}

/// The tree deserialized through its text, not as a `Value`, so that the
/// model has one deserializer in the wasm, not two (a second costs 12 KB
/// gzip); on an error, serde's message and the path of the part it is about.
fn from_tree<T: DeserializeOwned>(tree: &Value) -> Result<T, (String, Vec<Step>)> {
    let located = Located::new(tree);
    serde_json::from_str(&located.text).map_err(|e| (message(&e), located.path_of(&e)))
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
