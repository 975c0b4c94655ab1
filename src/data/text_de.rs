//! Reading a [`Text`]: a string, or an object of an `en` string and optional
//! `fr` and `ar` strings.
//!
//! Written by hand rather than derived with `#[serde(untagged)]`: serde's
//! untagged enums buffer the value and report a mismatch only once the
//! enclosing object is read, so its position in the text named the wrong
//! field (the validator finds a faulty element's paths from positions, see
//! `validate/located.rs`). Here a mismatch is reported on the value itself,
//! as one fault of the whole text, as the derived enum did. A key other than
//! the three languages is such a fault.

use std::fmt;

use serde::de::{Deserialize, Deserializer, Error, MapAccess, SeqAccess, Unexpected, Visitor};
use serde_json::Value;

use super::model::Text;

/// What serde's messages say a text was expected to be; the validator words
/// such a fault for the reader.
pub const EXPECTED_TEXT: &str = "Marsad text";

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(EXPECTED_TEXT)
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::Plain(v.to_owned()))
    }

    fn visit_string<E: Error>(self, v: String) -> Result<Text, E> {
        Ok(Text::Plain(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let (mut en, mut fr, mut ar) = (None, None, None);
        let mut sound = true;
        // Read through to the end whatever is wrong, so that the fault is
        // placed after the object; a key given twice keeps its later value,
        // as in a tree.
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "en" => &mut en,
                "fr" => &mut fr,
                "ar" => &mut ar,
                // Another key is no language Marsad has: "Fr" or "es" would
                // read in English without a word.
                _ => {
                    map.next_value::<Value>()?;
                    sound = false;
                    continue;
                }
            };
            let value: Value = map.next_value()?;
            *slot = match value {
                Value::String(s) => Some(s),
                // Only the optional languages may be null.
                Value::Null if key != "en" => None,
                _ => {
                    sound = false;
                    None
                }
            };
        }
        match en {
            Some(en) if sound => Ok(Text::Localized { en, fr, ar }),
            _ => Err(A::Error::invalid_type(Unexpected::Map, &self)),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
        // Read through, as for an object: left unread, the fault would be
        // placed at the list's first item.
        while seq.next_element::<Value>()?.is_some() {}
        Err(A::Error::invalid_type(Unexpected::Seq, &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Text, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    fn localized(en: &str, fr: Option<&str>, ar: Option<&str>) -> Text {
        Text::Localized { en: en.into(), fr: fr.map(Into::into), ar: ar.map(Into::into) }
    }

    #[test]
    fn a_string_or_an_object_of_languages_is_text() {
        assert_eq!(read(r#""plain""#), Ok(Text::Plain("plain".into())));
        assert_eq!(read(r#"{"en": "a", "fr": "b", "ar": null}"#), Ok(localized("a", Some("b"), None)));
        assert_eq!(read(r#"{"en": "a", "en": "b"}"#), Ok(localized("b", None, None)));
        // Another language is a fault: "Fr" or "es" read in English unsaid.
        assert!(read(r#"{"en": "a", "de": {"x": [1]}}"#).is_err());
        assert!(read(r#"{"en": "a", "Fr": "b"}"#).is_err());
    }

    #[test]
    fn anything_else_is_one_fault_of_the_whole_value_placed_after_it() {
        let lists = ["[]", r#"["a"]"#, r#"[{"en": "a"}, 2]"#];
        let objects = [r#"{"fr": "b"}"#, r#"{"en": null}"#, r#"{"en": "a", "fr": 1}"#, r#"{"de": "b"}"#];
        for bad in ["5", "null", "true"].iter().chain(&lists).chain(&objects) {
            let e = serde_json::from_str::<Text>(bad).unwrap_err();
            assert!(e.to_string().contains(&format!("expected {EXPECTED_TEXT}")), "{bad}: {e}");
            // The validator finds the faulty part by where serde_json stopped.
            assert_eq!(e.column(), bad.len(), "{bad}: {e}");
        }
    }

    #[test]
    fn it_reads_back_what_it_writes() {
        for text in [Text::Plain("a".into()), localized("a", None, Some("ب"))] {
            assert_eq!(read(&serde_json::to_string(&text).unwrap()), Ok(text));
        }
    }
}
