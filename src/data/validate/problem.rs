//! What a validation problem is, and the helpers that word its message, so
//! that both passes name values, numbers and ids the same way.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::data::model::SCHEMA_VERSION;

/// One thing wrong with a dataset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Where: a JSON path such as `$.observations[3].value`; `$` is the root.
    pub path: String,
    pub kind: ProblemKind,
    /// What, in plain language, naming the bad value.
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum ProblemKind {
    InvalidJson,
    TooLarge,
    UnsupportedVersion,
    WrongType,
    MissingField,
    UnknownField,
    UnknownCategory,
    UnknownIndicator,
    UnknownSource,
    DuplicateId,
    BadDate,
    StartAfterEnd,
    BadValue,
    PartExceedsWhole,
    BadUrl,
    UnknownPartOf,
    RepeatedFigure,
    NoFigures,
}

use ProblemKind::*;

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), kind, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The required field `field` is absent; `path` is where it belongs.
pub(super) fn missing_field(path: &str, field: &str) -> Problem {
    Problem::new(path, MissingField, format!("The required field {} is missing.", quote(field)))
}

/// A schema version other than the one this build reads, found as `found`.
pub(super) fn unsupported_version(found: impl fmt::Display) -> Problem {
    Problem::new(
        "$.schema_version",
        UnsupportedVersion,
        format!("Schema version {found} is not supported: this version of Marsad reads schema version {SCHEMA_VERSION} only."),
    )
}

/// An id at `path` that names no `noun` in `$.{section}`.
pub(super) fn unknown_id(path: impl Into<String>, kind: ProblemKind, noun: &str, section: &str, id: &str) -> Problem {
    Problem::new(path, kind, format!("Unknown {noun} id {}: no entry in $.{section} has this id.", quote(id)))
}

/// A value as a reader would name it: `the number 5`, `the text "x"`.
pub(super) fn describe(v: Option<&Value>) -> String {
    match v {
        None => "missing".to_string(),
        Some(Value::Null) => "null".to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => format!("the number {n}"),
        Some(Value::String(s)) => format!("the text {}", quote(s)),
        Some(Value::Array(_)) => "a list".to_string(),
        Some(Value::Object(_)) => "an object".to_string(),
    }
}

/// `s` in double quotes, JSON-escaped, cut to a readable length.
pub(super) fn quote(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() > MAX {
        let cut: String = s.chars().take(MAX).collect();
        let q = serde_json::to_string(&cut).unwrap_or_default();
        format!("{}…\"", &q[..q.len() - 1])
    } else {
        serde_json::to_string(s).unwrap_or_default()
    }
}

/// 1664 → "1,664"; other numbers as `number_text` writes them.
pub(super) fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        crate::data::number::number_text(v)
    }
}
