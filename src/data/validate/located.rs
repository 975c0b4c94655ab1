//! A tree written as compact JSON text with the span of every value and key,
//! so that serde_json's position of an error names a path in the tree.
//!
//! serde stops at the first error with only a line and column. Each element
//! used to be parsed into a tree and read through `serde_path_to_error`,
//! which gives the path but captures every key as a `String` on the way: at
//! 100,000 observations the trees and paths were 300 of the validation's
//! 690 ms in the browser, for paths a sound file never needs. So sound
//! elements are read plainly from their text, and only a faulty one is
//! written out here and read again to place its errors.

use serde_json::Value;

use super::json_path::Step;

/// The compact text of a tree (as `Value::to_string` writes it) and where
/// each of its parts lies in it.
pub(super) struct Located<'t> {
    pub text: String,
    /// Each value and each object key, parents before their children. Only
    /// the part an error names gets its path written out.
    parts: Vec<Part<'t>>,
}

struct Part<'t> {
    /// Byte span in `text`.
    start: usize,
    end: usize,
    /// The enclosing object or list, and the step from it (a key's step is
    /// that of its value); none for the root.
    parent: Option<(usize, StepRef<'t>)>,
}

#[derive(Clone, Copy)]
enum StepRef<'t> {
    Key(&'t str),
    Index(usize),
}

impl<'t> Located<'t> {
    pub fn new(tree: &'t Value) -> Self {
        let mut located = Located { text: String::new(), parts: Vec::new() };
        located.write(tree, None);
        located
    }

    fn write(&mut self, v: &'t Value, parent: Option<(usize, StepRef<'t>)>) {
        let me = self.parts.len();
        self.parts.push(Part { start: self.text.len(), end: 0, parent });
        match v {
            Value::Object(map) => {
                self.text.push('{');
                for (i, (key, value)) in map.iter().enumerate() {
                    if i > 0 {
                        self.text.push(',');
                    }
                    let step = Some((me, StepRef::Key(key)));
                    let start = self.text.len();
                    self.text.push_str(&serde_json::to_string(key).unwrap_or_default());
                    self.parts.push(Part { start, end: self.text.len(), parent: step });
                    self.text.push(':');
                    self.write(value, step);
                }
                self.text.push('}');
            }
            Value::Array(items) => {
                self.text.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.text.push(',');
                    }
                    self.write(item, Some((me, StepRef::Index(i))));
                }
                self.text.push(']');
            }
            scalar => self.text.push_str(&scalar.to_string()),
        }
        self.parts[me].end = self.text.len();
    }

    /// The path of the part serde_json's error `e` (from reading `text`)
    /// is about. serde_json places an error after what it has read: after a
    /// value of the wrong type or an object missing a field, after an
    /// unknown key; where a list or an object stands instead of a plain
    /// value, before it. No two parts end at the same place, nor start at
    /// the same place, and none starts where another ends (a `,`, `:` or
    /// bracket lies between), so the place names one part; the root when it
    /// names none.
    pub fn path_of(&self, e: &serde_json::Error) -> Vec<Step> {
        // One line: the column counts the bytes read before the error.
        let at = e.column();
        let found = self.parts.iter().position(|p| p.end == at).or_else(|| self.parts.iter().position(|p| p.start == at));
        let mut path = Vec::new();
        let mut next = found.and_then(|i| self.parts[i].parent);
        while let Some((parent, step)) = next {
            path.push(match step {
                StepRef::Key(k) => Step::Key(k.to_owned()),
                StepRef::Index(i) => Step::Index(i),
            });
            next = self.parts[parent].parent;
        }
        path.reverse();
        path
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        n: u32,
        tags: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        inner: Inner,
        kind: Option<Kind>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Exact,
    }

    fn path_of(tree: Value) -> Vec<Step> {
        let located = Located::new(&tree);
        assert_eq!(located.text, tree.to_string());
        let e = serde_json::from_str::<Outer>(&located.text).unwrap_err();
        located.path_of(&e)
    }

    fn key(k: &str) -> Step {
        Step::Key(k.into())
    }

    #[test]
    fn each_kind_of_error_names_its_part() {
        let sound = || json!({"name": "a", "inner": {"n": 1, "tags": ["x", "y"]}, "kind": "exact"});
        let with = |path: &[&str], value: Value| {
            let mut tree = sound();
            let (last, parent) = path.split_last().unwrap();
            let object = parent.iter().fold(&mut tree, |v, k| &mut v[*k]);
            object[*last] = value;
            tree
        };
        // A plain value of the wrong type, first, last or inside.
        assert_eq!(path_of(with(&["name"], json!(5))), [key("name")]);
        assert_eq!(path_of(with(&["kind"], json!("about"))), [key("kind")]);
        assert_eq!(
            path_of(with(&["inner", "n"], json!(-1))),
            [key("inner"), key("n")]
        );
        assert_eq!(
            path_of(with(&["inner", "tags"], json!(["x", 7]))),
            [key("inner"), key("tags"), Step::Index(1)]
        );
        // A list or an object where a plain value should be.
        assert_eq!(path_of(with(&["name"], json!(["a"]))), [key("name")]);
        assert_eq!(
            path_of(with(&["inner", "n"], json!({"n": 1}))),
            [key("inner"), key("n")]
        );
        // An object where a list should be, and a plain value for an object.
        assert_eq!(
            path_of(with(&["inner", "tags"], json!({}))),
            [key("inner"), key("tags")]
        );
        assert_eq!(path_of(with(&["inner"], json!("x"))), [key("inner")]);
        // A missing field: the object that lacks it.
        let mut tree = sound();
        tree["inner"].as_object_mut().unwrap().remove("tags");
        assert_eq!(path_of(tree), [key("inner")]);
        let mut tree = sound();
        tree.as_object_mut().unwrap().remove("name");
        assert_eq!(path_of(tree), Vec::<Step>::new());
        // An unknown field: its key.
        assert_eq!(
            path_of(with(&["inner", "extra"], json!({"deep": [1]}))),
            [key("inner"), key("extra")]
        );
        assert_eq!(path_of(with(&["zzz"], json!(1))), [key("zzz")]);
    }

    #[test]
    fn keys_that_need_escaping_keep_their_spans() {
        let tree = json!({"inner": {"n": 1, "tags": []}, "name": "a", "é\"\n": 1});
        assert_eq!(path_of(tree), [key("é\"\n")]);
    }
}
