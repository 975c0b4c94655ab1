//! How the default dataset's texts write numbers and punctuation, in each
//! language, as the page around them does.

use serde_json::Value;

use super::PATH;

/// Every text given in a language, as (JSON path, language, text).
fn texts() -> Vec<(String, &'static str, String)> {
    fn walk(value: &Value, path: &str, out: &mut Vec<(String, &'static str, String)>) {
        match value {
            Value::Object(map) => {
                for lang in ["en", "fr", "ar"] {
                    if let Some(text) = map.get(lang).and_then(Value::as_str) {
                        out.push((format!("{path}.{lang}"), lang, text.to_string()));
                    }
                }
                for (key, inner) in map {
                    walk(inner, &format!("{path}.{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let tree: Value = serde_json::from_str(&std::fs::read_to_string(PATH).unwrap()).unwrap();
    let mut out = Vec::new();
    walk(&tree, "$", &mut out);
    out
}

/// The separators of each grouped number (1–3 digits, then groups of 3) in `text`.
fn group_separators(text: &str) -> Vec<(String, char)> {
    let is_separator = |c: char| matches!(c, ',' | '.' | '\u{202f}' | '\u{a0}');
    let mut found = Vec::new();
    for span in text.split(|c: char| !c.is_ascii_digit() && !is_separator(c)) {
        let groups: Vec<&str> = span.split(is_separator).collect();
        let grouped = groups.len() > 1
            && (1..=3).contains(&groups[0].len())
            && groups[1..].iter().all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if grouped {
            for separator in span.chars().filter(|&c| is_separator(c)) {
                found.push((span.to_string(), separator));
            }
        }
    }
    found
}

/// A number in a text is grouped as `Intl` groups it for that text's
/// language (en 48,963, fr 48 963, ar-MA 48.963), as the page writes the
/// figures beside it: an English title once read "2.196 migrants", the
/// French headline's way of writing 2,196.
#[test]
fn numbers_in_texts_are_grouped_as_their_language_writes_them() {
    assert_eq!(group_separators("2.196 migrants, 18.7% and 2024."), [("2.196".to_string(), '.')]);
    assert_eq!(
        group_separators("Dont 6\u{202f}495 étrangers, 1,234,567 en tout"),
        [("6\u{202f}495".to_string(), '\u{202f}'), ("1,234,567".to_string(), ','), ("1,234,567".to_string(), ',')]
    );
    let mut wrong = Vec::new();
    for (path, lang, text) in texts() {
        let expected = match lang {
            "en" => ',',
            "fr" => '\u{202f}',
            _ => '.',
        };
        for (number, separator) in group_separators(&text) {
            if separator != expected {
                wrong.push(format!("{path}: {number:?} in {text:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "numbers grouped against their language: {wrong:#?}");
}

/// French sets a space before `:`, `;`, `!` and `?`; a plain one lets the
/// sign wrap alone onto the next line of a phone's narrow column, so it is
/// a no-break space (U+00A0 or U+202F), as in the interface's own French.
#[test]
fn french_punctuation_is_kept_on_its_line() {
    let mut wrong = Vec::new();
    for (path, lang, text) in texts() {
        if lang == "fr" && [" :", " ;", " !", " ?"].iter().any(|plain| text.contains(plain)) {
            wrong.push(format!("{path}: {text:?}"));
        }
    }
    assert!(wrong.is_empty(), "a plain space before French punctuation: {wrong:#?}");
}
