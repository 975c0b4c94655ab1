//! Every problem in a dataset, each with a JSON path (`$.observations[3].value`)
//! and a plain-language message for a newsroom reader. Pure Rust, no Leptos,
//! no I/O: the app, the `validate` command and the tests share it.
//!
//! [`parse_and_validate`] works in two passes. The structural pass reads the
//! text into a `serde_json::Value`, checks `schema_version`, then
//! deserializes each top-level section and each array element on its own, so
//! a type error in one observation does not hide one in the next; within one
//! element it patches the offending spot and tries again, so several faults
//! in one object are all reported. Only when everything deserialized does the
//! semantic pass, [`validate`], run: ids, references, dates, values, links.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::date::{Day, DayError};
use super::model::{Dataset, Metadata, Observation, Qualifier, SCHEMA_VERSION};
use super::model::{Category, Indicator, Source};

/// Largest dataset text read, in bytes. Larger files are refused unread.
pub const MAX_DATASET_BYTES: usize = 20 * 1024 * 1024;

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

/// The JSON Schema of [`Dataset`], pretty-printed, as committed at
/// `public/schema/marsad-v1.schema.json` (with a final newline).
pub fn json_schema_text() -> String {
    let schema = schemars::schema_for!(Dataset);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}

// ---------------------------------------------------------------------------
// Structural pass
// ---------------------------------------------------------------------------

const TOP_FIELDS: [&str; 6] = ["schema_version", "metadata", "sources", "categories", "indicators", "observations"];

/// Read a dataset from JSON text: the dataset, or every problem found.
pub fn parse_and_validate(text: &str) -> Result<Dataset, Vec<Problem>> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(vec![Problem::new(
            "$",
            TooLarge,
            format!(
                "The dataset is {:.1} MB, over the {} MB limit, so it was not read.",
                text.len() as f64 / 1_048_576.0,
                MAX_DATASET_BYTES / 1_048_576
            ),
        )]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Err(vec![invalid_json(&e, text)]),
    };
    let Value::Object(root) = root else {
        return Err(vec![Problem::new(
            "$",
            WrongType,
            format!("A dataset must be a JSON object ({{ … }}), but this file holds {}.", describe(Some(&root))),
        )]);
    };

    let mut problems = Vec::new();
    let version_path = "$.schema_version";
    match root.get("schema_version") {
        None => problems.push(Problem::new(
            version_path,
            MissingField,
            format!("The required field \"schema_version\" is missing: write \"schema_version\": {SCHEMA_VERSION}."),
        )),
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION as u64) => {}
        Some(Value::Number(n)) if n.as_f64() == Some(SCHEMA_VERSION as f64) => problems.push(Problem::new(
            version_path,
            WrongType,
            format!("\"schema_version\" must be the whole number {SCHEMA_VERSION}, written without a decimal point, not {n}."),
        )),
        Some(Value::Number(n)) => {
            return Err(vec![Problem::new(
                version_path,
                UnsupportedVersion,
                format!("Schema version {n} is not supported: this version of Marsad reads schema version {SCHEMA_VERSION} only."),
            )])
        }
        Some(other) => problems.push(Problem::new(
            version_path,
            WrongType,
            format!("\"schema_version\" must be the number {SCHEMA_VERSION}, not {}.", describe(Some(other))),
        )),
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
            let ds = Dataset { schema_version: SCHEMA_VERSION, metadata, sources, categories, indicators, observations };
            let semantic = validate(&ds);
            if semantic.is_empty() {
                Ok(ds)
            } else {
                Err(semantic)
            }
        }
        _ => Err(problems),
    }
}

fn invalid_json(e: &serde_json::Error, text: &str) -> Problem {
    let (line, column) = (e.line(), e.column());
    let raw = e.to_string();
    let suffix = format!(" at line {line} column {column}");
    let inner = raw.strip_suffix(&suffix).unwrap_or(&raw);
    let plain = if text.trim().is_empty() {
        "the file is empty.".to_string()
    } else if let Some(what) = inner.strip_prefix("EOF while parsing ") {
        format!("the file ends in the middle of {what}. Is it cut short?")
    } else if inner == "trailing comma" {
        "a comma comes just before a closing bracket; remove it.".to_string()
    } else if inner == "number out of range" {
        "a number is too large to store.".to_string()
    } else if inner == "key must be a string" {
        "a field name must be in double quotes.".to_string()
    } else if inner == "trailing characters" {
        "there is more text after the end of the dataset.".to_string()
    } else if inner == "recursion limit exceeded" {
        "the data is nested too deeply.".to_string()
    } else if inner == "expected value" {
        "expected a value here: text in double quotes, a number, an object, a list, true, false or null.".to_string()
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

fn object_section<T: DeserializeOwned>(
    root: &serde_json::Map<String, Value>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let path = key_path("$", key);
    match root.get(key) {
        None => {
            problems.push(missing_field(&path, key));
            None
        }
        Some(v) => deserialize_at(v, &path, problems),
    }
}

fn list_section<T: DeserializeOwned>(
    root: &serde_json::Map<String, Value>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> Option<Vec<T>> {
    let path = key_path("$", key);
    match root.get(key) {
        None => {
            problems.push(missing_field(&path, key));
            None
        }
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                match deserialize_at::<T>(item, &format!("{path}[{i}]"), problems) {
                    Some(t) if ok => out.push(t),
                    Some(_) => {}
                    None => ok = false,
                }
            }
            ok.then_some(out)
        }
        Some(other) => {
            problems.push(Problem::new(
                &path,
                WrongType,
                format!("{} must be a list ([ … ]), not {}.", quote(key), describe(Some(other))),
            ));
            None
        }
    }
}

fn missing_field(path: &str, field: &str) -> Problem {
    Problem::new(path, MissingField, format!("The required field {} is missing.", quote(field)))
}

/// One step of a path inside a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Step {
    Key(String),
    Index(usize),
}

/// Most repairs tried in one element before giving up on finding more.
const MAX_REPAIRS: usize = 64;

/// Deserialize `value` as a `T`, reporting every fault found under `base`.
///
/// serde stops at the first error, so on an error this records it, patches
/// a copy of the value at that spot (drops an unknown field, fills a missing
/// or mistyped one with a stand-in) and tries again. Errors that arise inside
/// a stand-in are the stand-in's fault: the next stand-in is tried instead.
fn deserialize_at<T: DeserializeOwned>(value: &Value, base: &str, problems: &mut Vec<Problem>) -> Option<T> {
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
                    problems.push(Problem::new(render(base, &steps), kind, message));
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

/// serde's message → our kind.
fn classify(inner: &str) -> ProblemKind {
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
fn expected_names(inner: &str, steps: &[Step], found: Option<&Value>) -> Vec<String> {
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

fn initial_stand_ins() -> Vec<Value> {
    vec![
        Value::String(String::new()),
        Value::from(0),
        Value::Bool(false),
        Value::Array(Vec::new()),
        Value::Null,
    ]
}

fn structural_message(kind: ProblemKind, inner: &str, names: &[String], steps: &[Step], found: Option<&Value>) -> String {
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
            let found = describe(found);
            if inner.contains("untagged enum Text") {
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

fn get<'v>(mut v: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    for step in steps {
        v = match (step, v) {
            (Step::Key(k), Value::Object(m)) => m.get(k)?,
            (Step::Index(i), Value::Array(a)) => a.get(*i)?,
            _ => return None,
        };
    }
    Some(v)
}

fn get_mut<'v>(mut v: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    for step in steps {
        v = match (step, v) {
            (Step::Key(k), Value::Object(m)) => m.get_mut(k)?,
            (Step::Index(i), Value::Array(a)) => a.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(v)
}

/// Put `new` at `steps`, adding the last key to its object if needed.
fn set(root: &mut Value, steps: &[Step], new: Value) -> bool {
    let Some((last, parent)) = steps.split_last() else {
        *root = new;
        return true;
    };
    match (last, get_mut(root, parent)) {
        (Step::Key(k), Some(Value::Object(m))) => {
            m.insert(k.clone(), new);
            true
        }
        (Step::Index(i), Some(Value::Array(a))) if *i < a.len() => {
            a[*i] = new;
            true
        }
        _ => false,
    }
}

fn remove(root: &mut Value, steps: &[Step]) -> bool {
    match steps.split_last() {
        Some((Step::Key(k), parent)) => match get_mut(root, parent) {
            Some(Value::Object(m)) => m.remove(k).is_some(),
            _ => false,
        },
        _ => false,
    }
}

fn render(base: &str, steps: &[Step]) -> String {
    let mut path = base.to_string();
    for step in steps {
        path = match step {
            Step::Key(k) => key_path(&path, k),
            Step::Index(i) => format!("{path}[{i}]"),
        };
    }
    path
}

/// `base.key`, or `base["odd key"]` when the key is not a plain name.
fn key_path(base: &str, key: &str) -> String {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{base}.{key}")
    } else {
        format!("{base}[{}]", serde_json::to_string(key).unwrap_or_default())
    }
}

/// A value as a reader would name it: `the number 5`, `the text "x"`.
fn describe(v: Option<&Value>) -> String {
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
fn quote(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() > MAX {
        let cut: String = s.chars().take(MAX).collect();
        let q = serde_json::to_string(&cut).unwrap_or_default();
        format!("{}…\"", &q[..q.len() - 1])
    } else {
        serde_json::to_string(s).unwrap_or_default()
    }
}

// ---------------------------------------------------------------------------
// Semantic pass
// ---------------------------------------------------------------------------

/// Every semantic problem in a typed dataset: ids, references, dates,
/// values, links. Empty when the dataset is sound.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut p = Vec::new();
    if ds.schema_version != SCHEMA_VERSION {
        p.push(Problem::new(
            "$.schema_version",
            UnsupportedVersion,
            format!(
                "Schema version {} is not supported: this version of Marsad reads schema version {SCHEMA_VERSION} only.",
                ds.schema_version
            ),
        ));
    }

    // Metadata.
    let md = &ds.metadata;
    check_day(&md.last_updated, "$.metadata.last_updated", &mut p);
    let f = &md.featured;
    check_coverage(&f.start, &f.end, "$.metadata.featured", &mut p);
    if let Some(presented) = &f.presented {
        check_day(presented, "$.metadata.featured.presented", &mut p);
    }
    for (i, origin) in md.embed_origins.iter().enumerate() {
        if let Err(why) = check_origin(origin) {
            p.push(Problem::new(format!("$.metadata.embed_origins[{i}]"), BadUrl, why));
        }
    }

    // Sources, categories, indicators: unique ids.
    let sources = index_ids(ds.sources.iter().map(|s| s.id.as_str()), "sources", "Source", &mut p);
    let categories = index_ids(ds.categories.iter().map(|c| c.id.as_str()), "categories", "Category", &mut p);
    let indicators = index_ids(ds.indicators.iter().map(|i| i.id.as_str()), "indicators", "Indicator", &mut p);

    for (k, id) in f.indicators.iter().enumerate() {
        if !indicators.contains_key(id.as_str()) {
            p.push(unknown_indicator(format!("$.metadata.featured.indicators[{k}]"), id));
        }
    }

    for (i, s) in ds.sources.iter().enumerate() {
        if let Err(why) = check_url(&s.url) {
            p.push(Problem::new(format!("$.sources[{i}].url"), BadUrl, why));
        }
        if let Some(published) = &s.published {
            check_day(published, &format!("$.sources[{i}].published"), &mut p);
        }
    }

    let cycles = part_of_cycles(ds, &indicators);
    for (i, ind) in ds.indicators.iter().enumerate() {
        if !categories.contains_key(ind.category.as_str()) {
            p.push(Problem::new(
                format!("$.indicators[{i}].category"),
                UnknownCategory,
                format!("Unknown category id {}: no entry in $.categories has this id.", quote(&ind.category)),
            ));
        }
        let Some(whole) = &ind.part_of else { continue };
        let path = format!("$.indicators[{i}].part_of");
        if whole == &ind.id {
            p.push(Problem::new(path, UnknownPartOf, format!("Indicator {} is declared part of itself.", quote(whole))));
        } else if !indicators.contains_key(whole.as_str()) {
            p.push(Problem::new(
                path,
                UnknownPartOf,
                format!(
                    "Indicator {} is declared part of {}, but no entry in $.indicators has this id.",
                    quote(&ind.id),
                    quote(whole)
                ),
            ));
        } else if let Some(cycle) = cycles.get(&i) {
            p.push(Problem::new(
                path,
                UnknownPartOf,
                format!("The part_of links {cycle} go round in a circle, so none of them is the whole."),
            ));
        }
    }

    // Observations.
    let mut coverages = Vec::with_capacity(ds.observations.len());
    for (i, o) in ds.observations.iter().enumerate() {
        let base = format!("$.observations[{i}]");
        if !indicators.contains_key(o.indicator.as_str()) {
            p.push(unknown_indicator(format!("{base}.indicator"), &o.indicator));
        }
        if !sources.contains_key(o.source.as_str()) {
            p.push(Problem::new(
                format!("{base}.source"),
                UnknownSource,
                format!("Unknown source id {}: no entry in $.sources has this id.", quote(&o.source)),
            ));
        }
        coverages.push(check_coverage(&o.start, &o.end, &base, &mut p));
        if let Err(why) = check_value(o.value) {
            p.push(Problem::new(format!("{base}.value"), BadValue, why));
        }
    }
    check_parts(ds, &indicators, &cycles, &coverages, &mut p);
    p
}

/// Map each id to its first position; report the repeats.
fn index_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    section: &str,
    noun: &str,
    p: &mut Vec<Problem>,
) -> HashMap<&'a str, usize> {
    let mut seen = HashMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(first) = seen.get(id) {
            p.push(Problem::new(
                format!("$.{section}[{i}].id"),
                DuplicateId,
                format!("{noun} id {} is used more than once: it is first used at $.{section}[{first}].", quote(id)),
            ));
        } else {
            seen.insert(id, i);
        }
    }
    seen
}

fn unknown_indicator(path: String, id: &str) -> Problem {
    Problem::new(path, UnknownIndicator, format!("Unknown indicator id {}: no entry in $.indicators has this id.", quote(id)))
}

/// For each indicator whose part_of links lead back to it (other than
/// straight to itself), the loop written out: `"a" → "b" → "a"`. Linear in
/// the number of indicators: each has one link, so each is walked once.
fn part_of_cycles(ds: &Dataset, indicators: &HashMap<&str, usize>) -> HashMap<usize, String> {
    const SHOWN: usize = 6;
    let next = |i: usize| ds.indicators[i].part_of.as_deref().and_then(|w| indicators.get(w).copied());
    // 0: not seen; 1: on the current walk; 2: done.
    let mut state = vec![0u8; ds.indicators.len()];
    let mut loops = HashMap::new();
    for start in 0..ds.indicators.len() {
        let mut walk = Vec::new();
        let mut current = Some(start);
        while let Some(i) = current {
            match state[i] {
                0 => {
                    state[i] = 1;
                    walk.push(i);
                    current = next(i);
                }
                1 => {
                    let cycle = walk.iter().position(|&w| w == i).map_or(&walk[..0], |at| &walk[at..]);
                    if cycle.len() > 1 {
                        for k in 0..cycle.len() {
                            let id = |t: usize| quote(&ds.indicators[cycle[(k + t) % cycle.len()]].id);
                            let mut text: Vec<String> = (0..cycle.len().min(SHOWN)).map(id).collect();
                            if cycle.len() > SHOWN {
                                text.push("…".to_string());
                            }
                            text.push(id(0));
                            loops.insert(cycle[k], text.join(" → "));
                        }
                    }
                    break;
                }
                _ => break,
            }
        }
        for i in walk {
            state[i] = 2;
        }
    }
    loops
}

fn check_day(s: &str, path: &str, p: &mut Vec<Problem>) -> Option<Day> {
    match Day::parse(s) {
        Ok(day) => Some(day),
        Err(DayError::Format) => {
            p.push(Problem::new(
                path,
                BadDate,
                format!("{} is not a date written YYYY-MM-DD (for example 2024-09-30).", quote(s)),
            ));
            None
        }
        Err(DayError::NoSuchDay) => {
            p.push(Problem::new(path, BadDate, format!("{s} is not a day of the calendar.")));
            None
        }
    }
}

/// Check `start` and `end` of the object at `base`; the days when both are sound.
fn check_coverage(start: &str, end: &str, base: &str, p: &mut Vec<Problem>) -> Option<(Day, Day)> {
    let s = check_day(start, &format!("{base}.start"), p);
    let e = check_day(end, &format!("{base}.end"), p);
    let (s, e) = (s?, e?);
    if s > e {
        p.push(Problem::new(
            format!("{base}.start"),
            StartAfterEnd,
            format!("Coverage starts on {s}, after it ends on {e}."),
        ));
        return None;
    }
    Some((s, e))
}

fn check_value(v: f64) -> Result<(), String> {
    if v.is_nan() {
        Err("The value is not a number (NaN).".to_string())
    } else if v.is_infinite() {
        Err("The value is infinite; a count must be a finite number.".to_string())
    } else if v < 0.0 {
        Err(format!("The value {} is negative; a count cannot be below zero.", number(v)))
    } else {
        Ok(())
    }
}

/// Slack allowed over an approximate whole ("about 1,000").
const APPROX_SLACK: f64 = 1.1;

/// A part's observation must not exceed its whole's for the same coverage.
/// Compared with the whole from the same source where there is one (sources
/// may disagree), else with the largest; "at least" wholes bound nothing.
fn check_parts(
    ds: &Dataset,
    indicators: &HashMap<&str, usize>,
    cycles: &HashMap<usize, String>,
    coverages: &[Option<(Day, Day)>],
    p: &mut Vec<Problem>,
) {
    let mut wholes: HashMap<(&str, Day, Day), Vec<usize>> = HashMap::new();
    for (i, o) in ds.observations.iter().enumerate() {
        if let Some((s, e)) = coverages[i] {
            if check_value(o.value).is_ok() && o.qualifier != Qualifier::AtLeast {
                wholes.entry((o.indicator.as_str(), s, e)).or_default().push(i);
            }
        }
    }
    for (i, o) in ds.observations.iter().enumerate() {
        let Some((s, e)) = coverages[i] else { continue };
        let Some(&k) = indicators.get(o.indicator.as_str()) else { continue };
        let ind = &ds.indicators[k];
        if cycles.contains_key(&k) {
            continue;
        }
        let Some(whole_id) = ind.part_of.as_deref().filter(|w| *w != ind.id) else { continue };
        let Some(candidates) = wholes.get(&(whole_id, s, e)) else { continue };
        if check_value(o.value).is_err() {
            continue;
        }
        let same_source: Vec<usize> = candidates.iter().copied().filter(|&w| ds.observations[w].source == o.source).collect();
        let pool = if same_source.is_empty() { candidates.clone() } else { same_source };
        let limit = |w: usize| {
            let ob = &ds.observations[w];
            if ob.qualifier == Qualifier::Approx {
                ob.value * APPROX_SLACK
            } else {
                ob.value
            }
        };
        let Some(&largest) = pool.iter().max_by(|&&a, &&b| limit(a).total_cmp(&limit(b))) else { continue };
        if o.value > limit(largest) {
            p.push(Problem::new(
                format!("$.observations[{i}].value"),
                PartExceedsWhole,
                format!(
                    "This figure ({} for {}) is larger than the whole it is part of ({} for {} at $.observations[{largest}]) over the same coverage, {s} to {e}.",
                    number(o.value),
                    quote(&o.indicator),
                    number(ds.observations[largest].value),
                    quote(whole_id),
                ),
            ));
        }
    }
}

/// 1664 → "1,664"; other numbers as Rust writes them.
fn number(v: f64) -> String {
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
        format!("{v}")
    }
}

/// The parts of an absolute http(s) URL we check: scheme, host, what follows.
struct WebUrl<'a> {
    userinfo: bool,
    rest: &'a str,
}

fn parse_web_url(url: &str) -> Result<WebUrl<'_>, String> {
    let q = quote(url);
    if url.is_empty() {
        return Err("The link is empty: write a full address starting with https:// or http://.".to_string());
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("The link {q} contains spaces or control characters."));
    }
    let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| {
        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    let Some(scheme) = scheme else {
        return Err(format!("The link {q} has no scheme: write it in full, starting with https:// or http://."));
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(format!("The link {q} is a \"{scheme}:\" link; only http:// and https:// links are allowed."));
    }
    let Some(after) = url[scheme.len() + 1..].strip_prefix("//") else {
        return Err(format!("The link {q} has no host: write {scheme}:// and then the site's name."));
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, rest) = after.split_at(end);
    let (userinfo, host_port) = match authority.rsplit_once('@') {
        Some((_, hp)) => (true, hp),
        None => (false, authority),
    };
    let (host, port) = if host_port.starts_with('[') {
        match host_port.find(']') {
            Some(k) => (&host_port[..=k], host_port[k + 1..].strip_prefix(':')),
            None => return Err(format!("The link {q} has a malformed host.")),
        }
    } else {
        match host_port.split_once(':') {
            Some((h, pt)) => (h, Some(pt)),
            None => (host_port, None),
        }
    };
    if host.is_empty() || host == "[]" {
        return Err(format!("The link {q} has no host: write {scheme}:// and then the site's name."));
    }
    let bad_host_char = |c: char| c.is_ascii() && !(c.is_ascii_alphanumeric() || "-._~%[]:".contains(c));
    if host.chars().any(bad_host_char) {
        return Err(format!("The link {q} has a malformed host."));
    }
    if let Some(port) = port {
        if !(port.chars().all(|c| c.is_ascii_digit()) && port.len() <= 5) {
            return Err(format!("The link {q} has a malformed port: write digits only after the colon."));
        }
    }
    Ok(WebUrl { userinfo, rest })
}

fn check_url(url: &str) -> Result<(), String> {
    parse_web_url(url).map(|_| ())
}

fn check_origin(origin: &str) -> Result<(), String> {
    match parse_web_url(origin) {
        Ok(url) if !url.userinfo && url.rest.is_empty() => Ok(()),
        _ => Err(format!(
            "{} is not a web origin: write only http:// or https://, the host and an optional port, like https://example.org, with no path or trailing slash.",
            quote(origin)
        )),
    }
}

// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Value {
        serde_json::json!({
            "schema_version": 1,
            "metadata": {
                "title": "Test",
                "description": {"en": "A test dataset", "fr": "Un jeu de test"},
                "publisher": "Marsad",
                "licence": "CC BY 4.0",
                "last_updated": "2024-11-01",
                "featured": {
                    "title": "Report",
                    "start": "2024-01-01",
                    "end": "2024-09-30",
                    "presented": "2024-10-01",
                    "indicators": ["returns", "returns_iom"]
                },
                "embed_origins": ["https://example.org"]
            },
            "sources": [
                {"id": "mi", "publisher": "Interior Ministry", "title": "Report", "url": "https://example.org/report", "published": "2024-10-01"},
                {"id": "iom", "publisher": "IOM", "title": "Returns", "url": "http://example.org/iom"}
            ],
            "categories": [{"id": "returns", "label": "Returns"}],
            "indicators": [
                {"id": "returns", "category": "returns", "label": "Voluntary returns", "unit": "people",
                 "definition": "People helped home.", "geography": "morocco"},
                {"id": "returns_iom", "category": "returns", "label": "Voluntary returns with IOM", "unit": "people",
                 "definition": "Returns organised with IOM.", "geography": "morocco", "part_of": "returns"}
            ],
            "observations": [
                {"indicator": "returns", "start": "2024-01-01", "end": "2024-09-30", "value": 2000, "source": "mi"},
                {"indicator": "returns_iom", "start": "2024-01-01", "end": "2024-09-30", "value": 1664, "source": "mi"}
            ]
        })
    }

    fn check(v: &Value) -> Vec<(String, ProblemKind)> {
        match parse_and_validate(&v.to_string()) {
            Ok(_) => vec![],
            Err(ps) => {
                for p in &ps {
                    assert!(!p.message.is_empty(), "{p:?}");
                }
                ps.into_iter().map(|p| (p.path, p.kind)).collect()
            }
        }
    }

    fn with(edit: impl FnOnce(&mut Value)) -> Vec<(String, ProblemKind)> {
        let mut v = base();
        edit(&mut v);
        check(&v)
    }

    fn one(path: &str, kind: ProblemKind) -> Vec<(String, ProblemKind)> {
        vec![(path.to_string(), kind)]
    }

    fn message_of(edit: impl FnOnce(&mut Value)) -> String {
        let mut v = base();
        edit(&mut v);
        let ps = parse_and_validate(&v.to_string()).unwrap_err();
        assert_eq!(ps.len(), 1, "{ps:?}");
        ps[0].message.clone()
    }

    #[test]
    fn base_is_valid() {
        let ds = parse_and_validate(&base().to_string()).unwrap();
        assert_eq!(ds.observations.len(), 2);
        assert!(validate(&ds).is_empty());
    }

    #[test]
    fn default_dataset_is_valid() {
        let text = include_str!("../../public/data/morocco.json");
        if let Err(ps) = parse_and_validate(text) {
            panic!("{}", ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
        }
    }

    #[test]
    fn invalid_json_names_line_and_column() {
        let ps = parse_and_validate("{\n  \"schema_version\": 1,\n  \"a\": [1, 2,]\n}").unwrap_err();
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].kind, InvalidJson);
        assert_eq!(ps[0].path, "$");
        assert!(ps[0].message.contains("line 3, column 14"), "{}", ps[0].message);
        let ps = parse_and_validate("{\"a\": 1 \"b\": 2}").unwrap_err();
        assert_eq!(ps[0].message, "Invalid JSON at line 1, column 9: expected ',' or '}'.");
        let ps = parse_and_validate("").unwrap_err();
        assert_eq!(ps[0].kind, InvalidJson);
        assert!(ps[0].message.contains("line 1, column 0"), "{}", ps[0].message);
        let ps = parse_and_validate("{\"v\": 1e400}").unwrap_err();
        assert_eq!(ps[0].kind, InvalidJson);
        assert!(ps[0].message.contains("line 1, column"), "{}", ps[0].message);
    }

    #[test]
    fn too_large_is_refused_before_parsing() {
        let text = " ".repeat(MAX_DATASET_BYTES + 1);
        let ps = parse_and_validate(&text).unwrap_err();
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].kind, TooLarge);
    }

    #[test]
    fn root_must_be_an_object() {
        assert_eq!(check(&serde_json::json!([1, 2])), one("$", WrongType));
    }

    #[test]
    fn schema_version() {
        assert_eq!(with(|v| { v.as_object_mut().unwrap().remove("schema_version"); }), one("$.schema_version", MissingField));
        assert_eq!(
            with(|v| {
                v["schema_version"] = 2.into();
                v["observations"][0]["value"] = "x".into();
            }),
            one("$.schema_version", UnsupportedVersion)
        );
        assert!(message_of(|v| v["schema_version"] = 2.into()).contains("version 1"));
        assert_eq!(with(|v| v["schema_version"] = "1".into()), one("$.schema_version", WrongType));
    }

    #[test]
    fn wrong_types_in_several_elements_are_all_reported() {
        let got = with(|v| {
            v["observations"][0]["value"] = "2000".into();
            v["observations"][1]["value"] = Value::Null;
            v["categories"][0]["label"] = 5.into();
        });
        assert_eq!(
            got,
            vec![
                ("$.categories[0].label".to_string(), WrongType),
                ("$.observations[0].value".to_string(), WrongType),
                ("$.observations[1].value".to_string(), WrongType),
            ]
        );
        assert_eq!(with(|v| v["observations"] = serde_json::json!({})), one("$.observations", WrongType));
        assert_eq!(message_of(|v| v["observations"][0]["value"] = "2000".into()), "\"value\" must be a number, not the text \"2000\".");
        assert!(message_of(|v| v["indicators"][0]["unit"] = "persons".into()).contains("attempts, people"));
    }

    #[test]
    fn several_faults_in_one_element_are_all_reported() {
        let got = with(|v| {
            let o = v["observations"][1].as_object_mut().unwrap();
            o.remove("source");
            o.insert("colour".into(), "red".into());
            o.insert("value".into(), "many".into());
            o.insert("qualifier".into(), "roughly".into());
            v["metadata"]["featured"]["end"] = 20240930.into();
        });
        assert_eq!(got.len(), 5, "{got:?}");
        let kinds: HashSet<_> = got.iter().cloned().collect();
        assert!(kinds.contains(&("$.observations[1].source".to_string(), MissingField)), "{got:?}");
        assert!(kinds.contains(&("$.observations[1].colour".to_string(), UnknownField)), "{got:?}");
        assert!(kinds.contains(&("$.observations[1].value".to_string(), WrongType)), "{got:?}");
        assert!(kinds.contains(&("$.observations[1].qualifier".to_string(), WrongType)), "{got:?}");
        assert!(kinds.contains(&("$.metadata.featured.end".to_string(), WrongType)), "{got:?}");
    }

    #[test]
    fn missing_and_unknown_fields() {
        assert_eq!(with(|v| { v["sources"][1].as_object_mut().unwrap().remove("url"); }), one("$.sources[1].url", MissingField));
        assert_eq!(with(|v| { v.as_object_mut().unwrap().remove("categories"); }), one("$.categories", MissingField));
        assert_eq!(with(|v| v["indicators"][0]["colour"] = "red".into()), one("$.indicators[0].colour", UnknownField));
        assert_eq!(with(|v| v["extra field"] = 1.into()), one("$[\"extra field\"]", UnknownField));
        assert!(message_of(|v| v["indicators"][0]["colour"] = "red".into()).contains("geography"));
        // Odd field names: serde's message cannot be split on backticks or "expected".
        assert_eq!(with(|v| v["observations"][0]["expected"] = 1.into()), one("$.observations[0].expected", UnknownField));
        let msg = message_of(|v| v["observations"][0]["expected"] = 1.into());
        assert!(msg.contains("are indicator, start, end"), "{msg}");
        assert_eq!(with(|v| v["observations"][0]["x`y"] = 1.into()), one("$.observations[0][\"x`y\"]", UnknownField));
    }

    #[test]
    fn unknown_references() {
        assert_eq!(with(|v| v["indicators"][0]["category"] = "nope".into()), one("$.indicators[0].category", UnknownCategory));
        assert_eq!(with(|v| v["observations"][0]["source"] = "foo".into()), one("$.observations[0].source", UnknownSource));
        assert_eq!(
            message_of(|v| v["observations"][0]["source"] = "foo".into()),
            "Unknown source id \"foo\": no entry in $.sources has this id."
        );
        assert_eq!(with(|v| v["metadata"]["featured"]["indicators"][1] = "x".into()), one("$.metadata.featured.indicators[1]", UnknownIndicator));
        let got = with(|v| v["observations"][0]["indicator"] = "x".into());
        assert_eq!(got, one("$.observations[0].indicator", UnknownIndicator));
    }

    #[test]
    fn part_of_must_name_another_indicator_without_loops() {
        assert_eq!(with(|v| v["indicators"][1]["part_of"] = "nope".into()), one("$.indicators[1].part_of", UnknownPartOf));
        assert_eq!(with(|v| v["indicators"][1]["part_of"] = "returns_iom".into()), one("$.indicators[1].part_of", UnknownPartOf));
        let got = with(|v| v["indicators"][0]["part_of"] = "returns_iom".into());
        assert_eq!(
            got,
            vec![("$.indicators[0].part_of".to_string(), UnknownPartOf), ("$.indicators[1].part_of".to_string(), UnknownPartOf)]
        );
        // A long chain is checked in linear time, and a long loop is written out shortly.
        let mut ds = parse_and_validate(&base().to_string()).unwrap();
        let n = 50_000;
        ds.indicators = (0..n)
            .map(|k| Indicator { id: format!("i{k}"), part_of: Some(format!("i{}", (k + 1) % n)), ..ds.indicators[0].clone() })
            .collect();
        ds.metadata.featured.indicators.clear();
        ds.observations.clear();
        let ps = validate(&ds);
        assert_eq!(ps.len(), n);
        assert!(ps.iter().all(|p| p.kind == UnknownPartOf && p.message.len() < 200), "{}", ps[0].message);
        ds.indicators[n - 1].part_of = None;
        assert_eq!(validate(&ds), vec![]);
    }

    #[test]
    fn duplicate_ids() {
        assert_eq!(with(|v| v["sources"][1]["id"] = "mi".into()), one("$.sources[1].id", DuplicateId));
        let got = with(|v| {
            let c = v["categories"][0].clone();
            v["categories"].as_array_mut().unwrap().push(c);
        });
        assert_eq!(got, one("$.categories[1].id", DuplicateId));
        let got = with(|v| {
            let mut i = v["indicators"][0].clone();
            i["label"] = "again".into();
            v["indicators"].as_array_mut().unwrap().push(i);
        });
        assert_eq!(got, one("$.indicators[2].id", DuplicateId));
    }

    #[test]
    fn dates() {
        assert_eq!(with(|v| v["observations"][0]["start"] = "30/09/2024".into()), one("$.observations[0].start", BadDate));
        assert_eq!(with(|v| v["observations"][0]["end"] = "2023-02-29".into()), one("$.observations[0].end", BadDate));
        assert_eq!(message_of(|v| v["observations"][0]["end"] = "2023-02-29".into()), "2023-02-29 is not a day of the calendar.");
        assert_eq!(with(|v| v["metadata"]["last_updated"] = "2024-13-01".into()), one("$.metadata.last_updated", BadDate));
        assert_eq!(with(|v| v["metadata"]["featured"]["presented"] = "soon".into()), one("$.metadata.featured.presented", BadDate));
        assert_eq!(with(|v| v["sources"][0]["published"] = "2024-9-1".into()), one("$.sources[0].published", BadDate));
    }

    #[test]
    fn start_after_end() {
        let edit = |v: &mut Value| v["observations"][0]["start"] = "2024-10-01".into();
        assert_eq!(with(edit), one("$.observations[0].start", StartAfterEnd));
        assert_eq!(message_of(edit), "Coverage starts on 2024-10-01, after it ends on 2024-09-30.");
        assert_eq!(with(|v| v["metadata"]["featured"]["end"] = "2023-12-31".into()), one("$.metadata.featured.start", StartAfterEnd));
    }

    #[test]
    fn bad_values() {
        assert_eq!(with(|v| v["observations"][0]["value"] = (-5).into()), one("$.observations[0].value", BadValue));
        let mut ds = parse_and_validate(&base().to_string()).unwrap();
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0] {
            ds.observations[0].value = bad;
            let ps = validate(&ds);
            assert_eq!(ps.iter().map(|p| (p.path.as_str(), p.kind)).collect::<Vec<_>>(), [("$.observations[0].value", BadValue)]);
        }
    }

    #[test]
    fn part_exceeding_whole() {
        let edit = |v: &mut Value| v["observations"][0]["value"] = 1000.into();
        assert_eq!(with(edit), one("$.observations[1].value", PartExceedsWhole));
        assert!(message_of(edit).contains("1,664"), "{}", message_of(edit));
        // Another coverage, an "at least" whole, or another source's whole alongside the same source's: fine.
        assert_eq!(with(|v| { v["observations"][0]["value"] = 1000.into(); v["observations"][0]["end"] = "2024-12-31".into(); }), vec![]);
        assert_eq!(with(|v| { v["observations"][0]["value"] = 1000.into(); v["observations"][0]["qualifier"] = "at_least".into(); }), vec![]);
        let got = with(|v| {
            let mut other = v["observations"][0].clone();
            other["value"] = 1000.into();
            other["source"] = "iom".into();
            v["observations"].as_array_mut().unwrap().push(other);
        });
        assert_eq!(got, vec![]);
    }

    #[test]
    fn urls() {
        for bad in ["javascript:alert(1)", "ftp://example.org/x", "data:text/html,hi", "//example.org/x", "https://", "https:example.org", "example.org", "", "https://exa mple.org", "JavaScript://example.org"] {
            assert_eq!(with(|v| v["sources"][0]["url"] = bad.into()), one("$.sources[0].url", BadUrl), "{bad}");
        }
        for good in ["HTTPS://EXAMPLE.ORG", "http://example.org:8080/a?b#c", "https://[::1]/", "https://مثال.ma/x"] {
            assert_eq!(with(|v| v["sources"][0]["url"] = good.into()), vec![], "{good}");
        }
        for bad in ["https://example.org/", "https://example.org/embed", "*", "null", "ftp://example.org"] {
            assert_eq!(with(|v| v["metadata"]["embed_origins"][0] = bad.into()), one("$.metadata.embed_origins[0]", BadUrl), "{bad}");
        }
        assert_eq!(with(|v| v["metadata"]["embed_origins"][0] = "http://localhost:8080".into()), vec![]);
    }

    #[test]
    fn display_is_path_then_message() {
        let p = Problem::new("$.a", BadValue, "Bad.");
        assert_eq!(p.to_string(), "$.a: Bad.");
        assert_eq!(serde_json::to_value(&p).unwrap()["kind"], "BadValue");
    }

    #[test]
    fn long_and_odd_values_are_quoted_safely() {
        let long = "é".repeat(200);
        let msg = message_of(|v| v["observations"][0]["source"] = long.clone().into());
        assert!(msg.len() < 300, "{msg}");
        assert_eq!(key_path("$", "a b"), "$[\"a b\"]");
        assert_eq!(key_path("$", "ok_1"), "$.ok_1");
    }
}
