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
mod tests {
    use super::*;

    const DEFAULT: &str = include_str!("../../../public/data/morocco.json");

    /// The dataset deserialized from one tree of the whole file: what reading
    /// it section by section must agree with.
    fn from_one_tree(text: &str) -> Dataset {
        serde_json::from_value(serde_json::from_str(text).unwrap()).unwrap()
    }

    #[test]
    fn a_sound_file_reads_the_same_section_by_section_as_from_one_tree() {
        let ds = dataset_from_text(DEFAULT).unwrap();
        assert!(ds.observations.len() > 20);
        assert_eq!(ds, from_one_tree(DEFAULT));
    }

    #[test]
    fn a_field_given_twice_counts_once_the_later_as_in_one_tree() {
        let text = DEFAULT.replacen('{', r#"{"observations": 5, "extra": 1, "extra": 2, "#, 1);
        let mut tree: Value = serde_json::from_str(&text).unwrap();
        tree.as_object_mut().unwrap().remove("extra");
        assert_eq!(dataset_from_text(&text).unwrap_err(), vec![Problem::new(
            "$.extra",
            UnknownField,
            format!("Unknown field \"extra\": a dataset has only the fields {}.", TOP_FIELDS.join(", ")),
        )]);
        assert_eq!(dataset_from_text(&tree.to_string()).unwrap(), from_one_tree(DEFAULT));
    }

    #[test]
    fn unknown_top_fields_are_named_once_each_in_key_order() {
        let text = DEFAULT.trim_start().replacen('{', "{\"zeta\": 1, \"alpha\": 2, \"zeta\": 3,", 1);
        let problems = dataset_from_text(&text).unwrap_err();
        let paths: Vec<_> = problems.iter().map(|p| (p.path.as_str(), p.kind)).collect();
        assert_eq!(paths, [("$.alpha", UnknownField), ("$.zeta", UnknownField)]);
    }

    #[test]
    fn a_field_given_twice_in_an_element_counts_once_the_later_as_in_one_tree() {
        // An element is read straight from its text, where serde refuses a
        // field given twice: it must still read as its tree would.
        let text = serde_json::to_string(&serde_json::from_str::<Value>(DEFAULT).unwrap()).unwrap();
        // Observations are the only objects with an "indicator" field.
        let fourth = text.match_indices("\"indicator\"").nth(3).unwrap().0;
        // Its end: the brace that closes it, past a translated note's own.
        let (mut depth, mut end) = (0, fourth);
        for (i, c) in text[fourth..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    end = fourth + i;
                    break;
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
        let earlier = format!("{}\"value\": \"x\", {}", &text[..fourth], &text[fourth..]);
        assert_eq!(dataset_from_text(&earlier).unwrap(), from_one_tree(DEFAULT));
        let later = format!("{}, \"value\": \"x\"{}", &text[..end], &text[end..]);
        let problems = dataset_from_text(&later).unwrap_err();
        assert_eq!(problems.iter().map(|p| (p.path.as_str(), p.kind)).collect::<Vec<_>>(), [("$.observations[3].value", WrongType)]);
    }

    #[test]
    fn a_text_of_the_wrong_shape_is_one_fault_at_its_field() {
        // "title" is metadata's last field in the file: serde reports some
        // faults only after the enclosing object, and must not name it.
        for (bad, found) in [(serde_json::json!(["a"]), "a list"), (serde_json::json!({"fr": "b"}), "an object without \"en\""), (serde_json::json!(5), "the number 5")] {
            let mut tree: Value = serde_json::from_str(DEFAULT).unwrap();
            tree["metadata"]["title"] = bad;
            let problems = dataset_from_text(&tree.to_string()).unwrap_err();
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!((problems[0].path.as_str(), problems[0].kind), ("$.metadata.title", WrongType));
            assert!(problems[0].message.starts_with("\"title\" must be text") && problems[0].message.ends_with(&format!("it is {found}.")), "{}", problems[0].message);
        }
        // A language other than en, fr and ar is named: a typo ("Fr") read
        // in English without a word.
        let mut tree: Value = serde_json::from_str(DEFAULT).unwrap();
        tree["metadata"]["title"]["de"] = serde_json::json!("Marsad");
        let problems = dataset_from_text(&tree.to_string()).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.ends_with("it is an object with \"de\", which is none of them."), "{}", problems[0].message);
    }

    #[test]
    fn a_comma_before_a_closing_bracket_is_named_as_such() {
        for (text, line, column) in [("{\n  \"a\": 1,\n}", 3, 1), ("{\"a\": [1, 2, ]}", 1, 14)] {
            let problems = dataset_from_text(text).unwrap_err();
            assert_eq!(problems[0].message, format!("Invalid JSON at line {line}, column {column}: a comma comes just before a closing bracket; remove it."), "{text}");
        }
        // A missing value is not.
        let problems = dataset_from_text("{\"a\": }").unwrap_err();
        assert!(problems[0].message.ends_with("expected a value here: text in double quotes, a number, an object, a list, true, false or null."), "{}", problems[0].message);
    }

    #[test]
    fn a_number_out_of_range_on_a_later_line_is_placed_in_the_file() {
        let tree: Value = serde_json::from_str(DEFAULT).unwrap();
        let text = serde_json::to_string_pretty(&tree).unwrap();
        let at = text.match_indices("\"value\": ").nth(3).unwrap().0 + "\"value\": ".len();
        let end = at + text[at..].find(|c: char| !c.is_ascii_digit() && c != '.').unwrap();
        let text = format!("{}1e400{}", &text[..at], &text[end..]);
        let line = text[..at].matches('\n').count() + 1;
        let column = at - text[..at].rfind('\n').unwrap() - 1 + 5;
        let problems = dataset_from_text(&text).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].message, format!("Invalid JSON at line {line}, column {column}: a number is too large to store."));
    }

    #[test]
    fn a_number_out_of_range_is_a_fault_of_the_json_at_its_place() {
        // In an element, and in a field the dataset does not have: both are
        // parsed, so the fault is found wherever it is.
        for in_extra in [false, true] {
            let (marked, other) = (serde_json::json!(123456789.5), serde_json::json!(7.0));
            let mut tree: Value = serde_json::from_str(DEFAULT).unwrap();
            tree["observations"][3]["value"] = if in_extra { other.clone() } else { marked.clone() };
            tree["extra"] = serde_json::json!([if in_extra { marked } else { other }]);
            let text = tree.to_string().replace("123456789.5", "1e400");
            let problems = dataset_from_text(&text).unwrap_err();
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].kind, InvalidJson);
            let column = text.find("1e400").unwrap() + 5;
            assert_eq!(problems[0].message, format!("Invalid JSON at line 1, column {column}: a number is too large to store."));
        }
    }

    #[test]
    fn problems_come_in_the_order_of_a_datasets_fields_not_of_the_file() {
        // serde_json writes keys in alphabetical order: categories before
        // metadata, and schema_version after both.
        let mut tree: Value = serde_json::from_str(DEFAULT).unwrap();
        tree["categories"][0]["label"] = serde_json::json!(5);
        tree["metadata"]["licence"] = serde_json::json!(true);
        tree["schema_version"] = serde_json::json!(1.0);
        let text = tree.to_string();
        assert!(text.find("\"categories\"") < text.find("\"metadata\""));
        let paths: Vec<String> = dataset_from_text(&text).unwrap_err().into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["$.schema_version", "$.metadata.licence", "$.categories[0].label"]);
    }
}
