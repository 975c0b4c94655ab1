//! The file read in one pass into the dataset's sections. Each list element
//! is parsed into a small tree and deserialized into the model at once, then
//! dropped, so a large file is never one `serde_json::Value` tree in memory
//! (at 100,000 observations that tree is several times the text). A fault of
//! the JSON itself stops the pass with serde_json's line and column.

use std::marker::PhantomData;

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::deserialize::deserialize_at;
use super::json_path::key_path;
use super::problem::ProblemKind::*;
use super::problem::{describe, quote, Problem};
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
    pub unknown: Vec<String>,
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

/// The sections of `text`, or what it holds instead of an object; an error
/// when it is not sound JSON.
pub(super) fn read(text: &str) -> Result<Shape<Sections>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let shape = (&mut de).deserialize_any(RootVisitor)?;
    de.end()?;
    Ok(shape)
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

struct RootVisitor;

impl<'de> Visitor<'de> for RootVisitor {
    type Value = Shape<Sections>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a dataset object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut s = Sections::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "schema_version" => s.schema_version = Some(map.next_value()?),
                "metadata" => {
                    let value: Value = map.next_value()?;
                    let mut problems = Vec::new();
                    let metadata = deserialize_at(&value, &|| key_path("$", "metadata"), &mut problems);
                    s.metadata = Some(Section { value: metadata, problems });
                }
                "sources" => s.sources = Some(map.next_value_seed(ListSeed::new("sources"))?),
                "categories" => s.categories = Some(map.next_value_seed(ListSeed::new("categories"))?),
                "indicators" => s.indicators = Some(map.next_value_seed(ListSeed::new("indicators"))?),
                "observations" => s.observations = Some(map.next_value_seed(ListSeed::new("observations"))?),
                _ => {
                    map.next_value::<Value>()?;
                    s.unknown.push(key);
                }
            }
        }
        Ok(Shape::Wanted(s))
    }

    other_values!(seq);
}

/// A list section: each element deserialized as a `T` as soon as it is parsed.
struct ListSeed<T> {
    key: &'static str,
    element: PhantomData<T>,
}

impl<T> ListSeed<T> {
    fn new(key: &'static str) -> Self {
        ListSeed { key, element: PhantomData }
    }
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for ListSeed<T> {
    type Value = Section<Vec<T>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let path = key_path("$", self.key);
        Ok(match d.deserialize_any(ListVisitor { path: &path, element: self.element })? {
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
    element: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for ListVisitor<'_, T> {
    type Value = Shape<Section<Vec<T>>>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let (mut out, mut problems, mut ok) = (Vec::new(), Vec::new(), true);
        let mut i = 0;
        while let Some(item) = seq.next_element::<Value>()? {
            // Its path is written only for a problem: 100,000 sound elements
            // need none. After one bad element the list is lost, but the rest
            // are still read for their own problems.
            match deserialize_at::<T>(&item, &|| format!("{}[{i}]", self.path), &mut problems) {
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
