//! Paths inside a JSON value: walking, patching and writing them out as
//! `$.observations[3].value`.

use serde_json::Value;

/// One step of a path inside a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Step {
    Key(String),
    Index(usize),
}

/// The value at `steps`, if the path leads anywhere.
pub(super) fn get<'v>(mut v: &'v Value, steps: &[Step]) -> Option<&'v Value> {
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
pub(super) fn set(root: &mut Value, steps: &[Step], new: Value) -> bool {
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

/// Drop the object field at `steps`; false if there is none.
pub(super) fn remove(root: &mut Value, steps: &[Step]) -> bool {
    match steps.split_last() {
        Some((Step::Key(k), parent)) => match get_mut(root, parent) {
            Some(Value::Object(m)) => m.remove(k).is_some(),
            _ => false,
        },
        _ => false,
    }
}

/// `steps` written out after `base`, as a reader sees paths: `$.a[0].b`.
pub(super) fn render(base: &str, steps: &[Step]) -> String {
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
pub(super) fn key_path(base: &str, key: &str) -> String {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{base}.{key}")
    } else {
        format!("{base}[{}]", serde_json::to_string(key).unwrap_or_default())
    }
}
