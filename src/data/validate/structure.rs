//! The structural pass: from parsed JSON to a typed [`Dataset`], reporting
//! every place where the JSON does not have a dataset's shape. Each section
//! and each list element is read on its own, so one bad element does not
//! hide the faults of the next.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::deserialize::deserialize_at;
use super::json_path::key_path;
use super::problem::ProblemKind::*;
use super::problem::{describe, missing_field, quote, unsupported_version, Problem};
use crate::data::model::{Category, Dataset, Indicator, Metadata, Observation, Source, SCHEMA_VERSION};

const TOP_FIELDS: [&str; 6] = ["schema_version", "metadata", "sources", "categories", "indicators", "observations"];

/// The dataset held in `root`, or every structural problem in it.
pub(super) fn dataset_from_json(root: Value) -> Result<Dataset, Vec<Problem>> {
    let Value::Object(root) = root else {
        return Err(vec![Problem::new(
            "$",
            WrongType,
            format!("A dataset must be a JSON object ({{ … }}), but this file holds {}.", describe(Some(&root))),
        )]);
    };

    let mut problems = Vec::new();
    if let Some(problem) = schema_version_problem(&root) {
        // The rest of the file is written to another schema: checking it
        // against this one would only add noise.
        if problem.kind == UnsupportedVersion {
            return Err(vec![problem]);
        }
        problems.push(problem);
    }
    for key in root.keys().filter(|k| !TOP_FIELDS.contains(&k.as_str())) {
        problems.push(Problem::new(
            key_path("$", key),
            UnknownField,
            format!("Unknown field {}: a dataset has only the fields {}.", quote(key), TOP_FIELDS.join(", ")),
        ));
    }

    let metadata = object_section::<Metadata>(&root, "metadata", &mut problems);
    let sources = list_section::<Source>(&root, "sources", &mut problems);
    let categories = list_section::<Category>(&root, "categories", &mut problems);
    let indicators = list_section::<Indicator>(&root, "indicators", &mut problems);
    let observations = list_section::<Observation>(&root, "observations", &mut problems);

    match (metadata, sources, categories, indicators, observations) {
        (Some(metadata), Some(sources), Some(categories), Some(indicators), Some(observations)) if problems.is_empty() => {
            Ok(Dataset { schema_version: SCHEMA_VERSION, metadata, sources, categories, indicators, observations, rows: Default::default() })
        }
        _ => Err(problems),
    }
}

/// What is wrong with `schema_version`, if anything. An
/// [`UnsupportedVersion`] problem means the file should be read no further.
fn schema_version_problem(root: &Map<String, Value>) -> Option<Problem> {
    let path = "$.schema_version";
    match root.get("schema_version") {
        None => Some(Problem::new(
            path,
            MissingField,
            format!("The required field \"schema_version\" is missing: write \"schema_version\": {SCHEMA_VERSION}."),
        )),
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION as u64) => None,
        Some(Value::Number(n)) if n.as_f64() == Some(SCHEMA_VERSION as f64) => Some(Problem::new(
            path,
            WrongType,
            format!("\"schema_version\" must be the whole number {SCHEMA_VERSION}, written without a decimal point, not {n}."),
        )),
        Some(Value::Number(n)) => Some(unsupported_version(n)),
        Some(other) => Some(Problem::new(
            path,
            WrongType,
            format!("\"schema_version\" must be the number {SCHEMA_VERSION}, not {}.", describe(Some(other))),
        )),
    }
}

/// serde_json's wording of common JSON mistakes, and a reader's.
const PLAIN_JSON_ERRORS: [(&str, &str); 6] = [
    ("trailing comma", "a comma comes just before a closing bracket; remove it."),
    ("number out of range", "a number is too large to store."),
    ("key must be a string", "a field name must be in double quotes."),
    ("trailing characters", "there is more text after the end of the dataset."),
    ("recursion limit exceeded", "the data is nested too deeply."),
    ("expected value", "expected a value here: text in double quotes, a number, an object, a list, true, false or null."),
];

/// Text that is not JSON at all, as one problem at `$` naming the line and
/// column, with serde's wording of the common mistakes put plainly.
pub(super) fn invalid_json(e: &serde_json::Error, text: &str) -> Problem {
    let (line, column) = (e.line(), e.column());
    let raw = e.to_string();
    let suffix = format!(" at line {line} column {column}");
    let inner = raw.strip_suffix(&suffix).unwrap_or(&raw);
    let plain = if text.trim().is_empty() {
        "the file is empty.".to_string()
    } else if let Some(what) = inner.strip_prefix("EOF while parsing ") {
        format!("the file ends in the middle of {what}. Is it cut short?")
    } else if let Some((_, plain)) = PLAIN_JSON_ERRORS.iter().find(|(serde, _)| *serde == inner) {
        plain.to_string()
    } else if inner.starts_with("control character") {
        "a text value contains a raw line break or other control character; write it as \\n or remove it.".to_string()
    } else {
        let mut s = inner.replace('`', "'");
        if !s.ends_with('.') {
            s.push('.');
        }
        s
    };
    Problem::new("$", InvalidJson, format!("Invalid JSON at line {line}, column {column}: {plain}"))
}

/// The required top-level field `key` and its path; a problem if it is missing.
fn section<'r>(root: &'r Map<String, Value>, key: &str, problems: &mut Vec<Problem>) -> Option<(&'r Value, String)> {
    let path = key_path("$", key);
    match root.get(key) {
        Some(value) => Some((value, path)),
        None => {
            problems.push(missing_field(&path, key));
            None
        }
    }
}

fn object_section<T: DeserializeOwned>(root: &Map<String, Value>, key: &str, problems: &mut Vec<Problem>) -> Option<T> {
    let (value, path) = section(root, key, problems)?;
    deserialize_at(value, &path, problems)
}

fn list_section<T: DeserializeOwned>(root: &Map<String, Value>, key: &str, problems: &mut Vec<Problem>) -> Option<Vec<T>> {
    let (value, path) = section(root, key, problems)?;
    let Value::Array(items) = value else {
        problems.push(Problem::new(
            &path,
            WrongType,
            format!("{} must be a list ([ … ]), not {}.", quote(key), describe(Some(value))),
        ));
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        // After one bad element the list is lost, but the rest are still
        // read for their own problems.
        match deserialize_at::<T>(item, &format!("{path}[{i}]"), problems) {
            Some(t) if ok => out.push(t),
            Some(_) => {}
            None => ok = false,
        }
    }
    ok.then_some(out)
}
