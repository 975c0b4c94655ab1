//! serde's error text, turned into a [`ProblemKind`] and a message a
//! newsroom reader can act on. serde words its errors for programmers
//! (`invalid type: string "x", expected f64`), so they are parsed, not shown.

use serde_json::Value;

use super::json_path::Step;
use super::problem::ProblemKind::{self, *};
use super::problem::{describe, quote};
use crate::data::text_de::EXPECTED_TEXT;

/// serde's message without the position serde_json adds to it.
pub(super) fn message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&position).map(str::to_owned).unwrap_or(text)
}

/// serde's message → our kind.
pub(super) fn classify(inner: &str) -> ProblemKind {
    if inner.starts_with("missing field `") {
        MissingField
    } else if inner.starts_with("unknown field `") {
        UnknownField
    } else {
        WrongType
    }
}

/// The names serde lists after "expected" (`expected one of `a`, `b``): the
/// fields an object takes, or the variants of an enum. The bad name itself
/// is cut off first, since it may hold backticks or the word "expected".
pub(super) fn expected_names(inner: &str, steps: &[Step], found: Option<&Value>) -> Vec<String> {
    let after_bad_name = |prefix: &str, bad: &str| {
        inner.strip_prefix(prefix).and_then(|r| r.strip_prefix(bad)).and_then(|r| r.strip_prefix('`')).map(str::to_string)
    };
    let rest = match (steps.last(), found) {
        (Some(Step::Key(k)), _) if inner.starts_with("unknown field `") => after_bad_name("unknown field `", k),
        (_, Some(Value::String(s))) if inner.starts_with("unknown variant `") => after_bad_name("unknown variant `", s),
        _ if inner.starts_with("unknown ") => None,
        _ => Some(inner.to_string()),
    };
    let Some(rest) = rest else { return Vec::new() };
    let Some((_, listed)) = rest.split_once("expected") else { return Vec::new() };
    listed.split('`').skip(1).step_by(2).filter(|n| !n.is_empty()).map(str::to_string).collect()
}

/// The message for a fault serde reported as `inner` at `steps`.
pub(super) fn structural_message(kind: ProblemKind, inner: &str, names: &[String], steps: &[Step], found: Option<&Value>) -> String {
    let name = match steps.last() {
        Some(Step::Key(k)) => quote(k),
        Some(Step::Index(i)) => format!("Item {i}"),
        None => "This entry".to_string(),
    };
    match kind {
        MissingField => format!("The required field {name} is missing."),
        UnknownField if names.is_empty() => format!("Unknown field {name}: no fields are allowed here."),
        UnknownField => format!("Unknown field {name}: the fields allowed here are {}.", names.join(", ")),
        _ => {
            let text_without_english = matches!(found, Some(Value::Object(o)) if !o.contains_key("en"));
            let object = match found {
                Some(Value::Object(o)) => Some(o),
                _ => None,
            };
            let found = describe(found);
            if inner.ends_with(&format!("expected {EXPECTED_TEXT}")) {
                // What is wrong with an object: it lacks the one language required.
                // A key that is none of the languages: "Fr", or "EN" for "en".
                let other_key = object.and_then(|o| o.keys().find(|k| !matches!(k.as_str(), "en" | "fr" | "ar")));
                let found = match (text_without_english, other_key) {
                    (true, Some(key)) => format!("{found} without \"en\" and with {}, which is none of them", quote(key)),
                    (true, None) => format!("{found} without \"en\""),
                    (false, Some(key)) => format!("{found} with {}, which is none of them", quote(key)),
                    (false, None) => found,
                };
                format!(
                    "{name} must be text: a string, or an object with an \"en\" string and optional \"fr\" and \"ar\" strings; it is {found}."
                )
            } else if inner.starts_with("unknown variant") && !names.is_empty() {
                format!("{name} cannot be {found}: it must be one of {}.", names.join(", "))
            } else {
                let expected = inner.rsplit_once("expected ").map(|(_, e)| plain_expected(e)).unwrap_or("of another type");
                format!("{name} must be {expected}, not {found}.")
            }
        }
    }
}

/// serde's name for the type it wanted, as a reader would say it.
fn plain_expected(serde_expected: &str) -> &'static str {
    match serde_expected {
        "f64" | "f32" => "a number",
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" => "a whole number",
        "a string" | "string or map" | "a borrowed string" => "text in double quotes",
        "a boolean" => "true or false",
        "a sequence" => "a list ([ … ])",
        e if e.starts_with("struct ") || e == "a map" => "an object ({ … })",
        _ => "of another type",
    }
}
