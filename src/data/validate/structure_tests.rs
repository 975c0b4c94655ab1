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
