//! The file read in one pass into the dataset's sections, so a large file is
//! never one `serde_json::Value` tree in memory (at 100,000 observations
//! that tree is several times the text). A sound file goes straight into the
//! model; a file with a fault is read again, each list element taken as its
//! own JSON text (borrowed, not copied) and deserialized on its own, so that
//! one fault does not hide the next. A fault of the JSON itself stops the
//! pass with its line and column.

use std::cell::Cell;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

use super::deserialize::deserialize_at;
use crate::data::IdSet;
use super::json_path::key_path;
use super::problem::ProblemKind::*;
use super::problem::{describe, quote, Problem};
use super::serde_error::message;
use crate::data::model::{Category, Indicator, Metadata, Observation, Source};

/// One section as read: its value when sound, and its problems.
pub(super) struct Section<T> {
    pub value: Option<T>,
    pub problems: Vec<Problem>,
}

/// The file's top-level fields. A field given twice counts once, the later
/// one, as in a parsed JSON object.
#[derive(Default)]
pub(super) struct Sections {
    pub schema_version: Option<Value>,
    /// Fields a dataset does not have.
    pub unknown: IdSet<String>,
    pub metadata: Option<Section<Metadata>>,
    pub sources: Option<Section<Vec<Source>>>,
    pub categories: Option<Section<Vec<Category>>>,
    pub indicators: Option<Section<Vec<Indicator>>>,
    pub observations: Option<Section<Vec<Observation>>>,
}

/// What a part of the file holds: the shape wanted there, or another value
/// (kept only to say what it is).
pub(super) enum Shape<T> {
    Wanted(T),
    Other(Value),
}

/// Where and why a text is not sound JSON: serde's message without its
/// position, and the position in the whole file.
pub(super) struct JsonFault {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl From<serde_json::Error> for JsonFault {
    fn from(e: serde_json::Error) -> Self {
        JsonFault { line: e.line(), column: e.column(), message: message(&e) }
    }
}

/// The sections of `text`, or what it holds instead of an object; a fault
/// when it is not sound JSON.
pub(super) fn read(text: &str) -> Result<Shape<Sections>, JsonFault> {
    // A sound file, the usual case, is read in one pass, each element
    // straight into the model. Element by element (its syntax, then its
    // fields, so as to report every fault) the text is read twice: at
    // 100,000 observations reading it once takes a fifth off parsing and
    // validating. A fault stops the one pass, and the file is read again
    // the long way, which finds every fault.
    read_as(text, Pass::Direct).or_else(|_| read_as(text, Pass::ByElement))
}

/// How the elements of the file are read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Pass {
    /// Straight into the model; the first fault stops the read.
    Direct,
    /// Each on its own, so that every fault is found.
    ByElement,
}

pub(super) fn read_as(text: &str, pass: Pass) -> Result<Shape<Sections>, JsonFault> {
    let unsound = Cell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let shape = (&mut de).deserialize_any(RootVisitor { file: File { text, unsound: &unsound, pass } });
    // An element's own fault is the one to report, not the abort it caused.
    if let Some(fault) = unsound.take() {
        return Err(fault);
    }
    let shape = shape?;
    de.end()?;
    Ok(shape)
}

/// The file being read, as its visitors need it for an element's JSON fault.
#[derive(Clone, Copy)]
struct File<'f> {
    text: &'f str,
    /// An element's fault, kept while the parse is stopped: serde's own error
    /// cannot carry it out.
    unsound: &'f Cell<Option<JsonFault>>,
    pass: Pass,
}

impl File<'_> {
    /// Deserialize one element; a JSON fault in it stops the parse.
    fn element<T: DeserializeOwned, E: Error>(self, element: &RawValue, base: &dyn Fn() -> String, problems: &mut Vec<Problem>) -> Result<Option<T>, E> {
        deserialize_at(element.get(), base, problems).map_err(|e| {
            self.unsound.set(Some(self.fault_in(element.get(), e)));
            E::custom("unsound element")
        })
    }

    /// An element's JSON fault at its place in the file. Elements are taken
    /// with their syntax checked but their numbers unread: only reading one
    /// as a tree finds a number too large to store.
    fn fault_in(self, element: &str, e: serde_json::Error) -> JsonFault {
        let start = element.as_ptr() as usize - self.text.as_ptr() as usize;
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = self.text[..line_start].matches('\n').count() + 1;
        let column = if e.line() == 1 { start - line_start + e.column() } else { e.column() };
        JsonFault { line: line + e.line() - 1, column, message: message(&e) }
    }
}

/// Visits that answer "another value": scalars are kept, containers are read
/// through (their JSON must still be sound) and only their kind is kept.
macro_rules! other_values {
    ($($container:ident)*) => {
        fn visit_bool<E: Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Shape::Other(Value::Bool(v)))
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Shape::Other(Value::from(v)))
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Shape::Other(Value::from(v)))
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Shape::Other(Value::from(v)))
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Shape::Other(Value::String(v.to_owned())))
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(Shape::Other(Value::Null))
        }
        $(other_values!(@$container);)*
    };
    (@map) => {
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<String, Value>()?.is_some() {}
            Ok(Shape::Other(Value::Object(Default::default())))
        }
    };
    (@seq) => {
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<Value>()?.is_some() {}
            Ok(Shape::Other(Value::Array(Vec::new())))
        }
    };
}

struct RootVisitor<'f> {
    file: File<'f>,
}

impl<'de> Visitor<'de> for RootVisitor<'_> {
    type Value = Shape<Sections>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a dataset object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut s = Sections::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "schema_version" => s.schema_version = Some(map.next_value()?),
                "metadata" if self.file.pass == Pass::Direct => {
                    s.metadata = Some(Section { value: Some(map.next_value()?), problems: Vec::new() });
                }
                "metadata" => {
                    let text: &RawValue = map.next_value()?;
                    let mut problems = Vec::new();
                    let metadata = self.file.element(text, &|| key_path("$", "metadata"), &mut problems)?;
                    s.metadata = Some(Section { value: metadata, problems });
                }
                "sources" => s.sources = Some(map.next_value_seed(ListSeed::new("sources", self.file))?),
                "categories" => s.categories = Some(map.next_value_seed(ListSeed::new("categories", self.file))?),
                "indicators" => s.indicators = Some(map.next_value_seed(ListSeed::new("indicators", self.file))?),
                "observations" => s.observations = Some(map.next_value_seed(ListSeed::new("observations", self.file))?),
                _ => {
                    map.next_value::<Value>()?;
                    s.unknown.insert(key);
                }
            }
        }
        Ok(Shape::Wanted(s))
    }

    other_values!(seq);
}

/// A list section: each element deserialized as a `T` as soon as it is parsed.
struct ListSeed<'f, T> {
    key: &'static str,
    file: File<'f>,
    element: PhantomData<T>,
}

impl<'f, T> ListSeed<'f, T> {
    fn new(key: &'static str, file: File<'f>) -> Self {
        ListSeed { key, file, element: PhantomData }
    }
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for ListSeed<'_, T> {
    type Value = Section<Vec<T>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let path = key_path("$", self.key);
        Ok(match d.deserialize_any(ListVisitor { path: &path, file: self.file, element: self.element })? {
            Shape::Wanted(section) => section,
            Shape::Other(value) => Section {
                value: None,
                problems: vec![Problem::new(
                    &path,
                    WrongType,
                    format!("{} must be a list ([ … ]), not {}.", quote(self.key), describe(Some(&value))),
                )],
            },
        })
    }
}

struct ListVisitor<'p, T> {
    path: &'p str,
    file: File<'p>,
    element: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for ListVisitor<'_, T> {
    type Value = Shape<Section<Vec<T>>>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        if self.file.pass == Pass::Direct {
            let mut out = Vec::new();
            while let Some(item) = seq.next_element()? {
                out.push(item);
            }
            return Ok(Shape::Wanted(Section { value: Some(out), problems: Vec::new() }));
        }
        let (mut out, mut problems, mut ok) = (Vec::new(), Vec::new(), true);
        let mut i = 0;
        while let Some(item) = seq.next_element::<&RawValue>()? {
            // Its path is written only for a problem: 100,000 sound elements
            // need none. After one bad element the list is lost, but the rest
            // are still read for their own problems.
            match self.file.element::<T, A::Error>(item, &|| format!("{}[{i}]", self.path), &mut problems)? {
                Some(t) if ok => out.push(t),
                Some(_) => {}
                None => ok = false,
            }
            i += 1;
        }
        Ok(Shape::Wanted(Section { value: ok.then_some(out), problems }))
    }

    other_values!(map);
}
