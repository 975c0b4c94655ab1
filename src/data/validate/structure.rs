//! The structural pass: from JSON text to a typed [`Dataset`], reporting
//! every place where the JSON does not have a dataset's shape. Each section
//! and each list element is read on its own (`sections`), so one bad element
//! does not hide the faults of the next.

use serde_json::Value;

use super::json_path::key_path;
use super::problem::ProblemKind::*;
use super::problem::{describe, missing_field, quote, unsupported_version, Problem};
use super::sections::{read, JsonFault, Section, Sections, Shape};
use crate::data::model::{Dataset, SCHEMA_VERSION};

const TOP_FIELDS: [&str; 6] = ["schema_version", "metadata", "sources", "categories", "indicators", "observations"];

/// The dataset in `text` (a byte-order mark already dropped), or every
/// structural problem in it.
pub(super) fn dataset_from_text(text: &str) -> Result<Dataset, Vec<Problem>> {
    dataset_from_read(read(text), text)
}

/// The dataset from a reading of `text`, or every structural problem.
pub(super) fn dataset_from_read(read: Result<Shape<Sections>, JsonFault>, text: &str) -> Result<Dataset, Vec<Problem>> {
    match read {
        Err(e) => Err(vec![invalid_json(&e, text)]),
        Ok(Shape::Other(root)) => Err(vec![Problem::new(
            "$",
            WrongType,
            format!("A dataset must be a JSON object ({{ … }}), but this file holds {}.", describe(Some(&root))),
        )]),
        Ok(Shape::Wanted(sections)) => dataset_from_sections(sections),
    }
}

/// The dataset from the file's sections, with their problems in the order
/// the fields are listed in a dataset.
fn dataset_from_sections(s: Sections) -> Result<Dataset, Vec<Problem>> {
    let mut problems = Vec::new();
    if let Some(problem) = schema_version_problem(s.schema_version.as_ref()) {
        // The rest of the file is written to another schema: checking it
        // against this one would only add noise.
        if problem.kind == UnsupportedVersion {
            return Err(vec![problem]);
        }
        problems.push(problem);
    }
    // Once each, in key order, as a parsed JSON object would list them.
    for key in &s.unknown {
        problems.push(Problem::new(
            key_path("$", key),
            UnknownField,
            format!("Unknown field {}: a dataset has only the fields {}.", quote(key), TOP_FIELDS.join(", ")),
        ));
    }

    let metadata = section(s.metadata, "metadata", &mut problems);
    let sources = section(s.sources, "sources", &mut problems);
    let categories = section(s.categories, "categories", &mut problems);
    let indicators = section(s.indicators, "indicators", &mut problems);
    let observations = section(s.observations, "observations", &mut problems);

    match (metadata, sources, categories, indicators, observations) {
        (Some(metadata), Some(sources), Some(categories), Some(indicators), Some(observations)) if problems.is_empty() => {
            Ok(Dataset { schema_version: SCHEMA_VERSION, metadata, sources, categories, indicators, observations, rows: Default::default() })
        }
        _ => Err(problems),
    }
}

/// A required section's value, its problems added to `problems`; a problem
/// of its own when it is missing.
fn section<T>(read: Option<Section<T>>, key: &str, problems: &mut Vec<Problem>) -> Option<T> {
    let Some(read) = read else {
        problems.push(missing_field(&key_path("$", key), key));
        return None;
    };
    problems.extend(read.problems);
    read.value
}

/// What is wrong with `schema_version`, if anything. An
/// [`UnsupportedVersion`] problem means the file should be read no further.
fn schema_version_problem(version: Option<&Value>) -> Option<Problem> {
    let path = "$.schema_version";
    match version {
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

/// A reader's wording of serde_json's message `serde`.
fn plain_json_error(serde: &str) -> Option<&'static str> {
    PLAIN_JSON_ERRORS.iter().find(|(said, _)| *said == serde).map(|(_, plain)| *plain)
}

/// Text that is not JSON at all, as one problem at `$` naming the line and
/// column, with serde's wording of the common mistakes put plainly.
fn invalid_json(fault: &JsonFault, text: &str) -> Problem {
    let (line, column, inner) = (fault.line, fault.column, fault.message.as_str());
    let plain = if text.trim().is_empty() {
        "the file is empty.".to_string()
    } else if text.trim_start().starts_with('<') {
        // A server's error or sign-in page sent as the file ("soft 404"):
        // "expected a value here" sent a reader looking for a typo.
        "the file is a web page (it starts with \"<\"), not JSON: the address may lead to an error or sign-in page.".to_string()
    } else if let Some(what) = inner.strip_prefix("EOF while parsing ") {
        format!("the file ends in the middle of {what}. Is it cut short?")
    } else if closes_after_a_comma(text, line, column) {
        // serde_json names what it wanted after the comma ("key must be a
        // string" at a '}'), which sent a reader to look for a quote.
        plain_json_error("trailing comma").unwrap_or_default().to_string()
    } else if let Some(plain) = plain_json_error(inner) {
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

/// Whether `text` has a closing bracket at `line` and `column` (1-based,
/// as serde_json counts them) just after a comma.
fn closes_after_a_comma(text: &str, line: usize, column: usize) -> bool {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let at = start + column.saturating_sub(1);
    text.get(at..).is_some_and(|rest| rest.starts_with(['}', ']'])) && text.get(..at).is_some_and(|before| before.trim_end().ends_with(','))
}

#[cfg(test)]
#[path = "structure_tests.rs"]
mod tests;
