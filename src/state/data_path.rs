//! The `?data=` dataset path: which file a page reads, and the paths a
//! link may not name.

use crate::data::Lang;
use crate::text::{self, Key};

use super::url::shorten;

/// The bundled dataset, shown without `?data=`; relative, so that dist/
/// works from any folder. index.html's head script asks for it too
/// (postbuild checks that it names this path).
pub const DEFAULT_DATASET: &str = "data/morocco.json";

/// A `?data=` value refused, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedDataPath {
    /// The parameter as the reader's link has it, shortened.
    pub link: String,
    /// One of `Key::LinkEmpty`, `LinkCharacters`, `LinkOtherSite`, `LinkFullAddress`.
    pub why: Key,
}

impl RefusedDataPath {
    /// What a reader is told, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        text::sentence(lang, Key::LinkRefused, &[("link", &self.link), ("why", text::get(lang, self.why))])
    }
}

/// The dataset a page reads: its `?data=` path, or the default one.
pub fn dataset_file(data_param: Option<&str>) -> Result<String, RefusedDataPath> {
    data_param.map_or(Ok(DEFAULT_DATASET.to_string()), dataset_path)
}

/// Whether a `?data=` path names the bundled dataset itself, as a link
/// may spell it ("./data/morocco.json" too).
pub fn names_default_dataset(param: &str) -> bool {
    param.trim().trim_start_matches("./") == DEFAULT_DATASET
}

/// Accept only a same-origin relative path for `?data=`. A crafted link must
/// not show forged figures under a newsroom's domain, so absolute URLs,
/// `javascript:`, `data:` and protocol-relative `//host` are refused.
pub fn dataset_path(param: &str) -> Result<String, RefusedDataPath> {
    let refuse = |why: Key| Err(RefusedDataPath { link: shorten("data", param), why });
    let p = param.trim();
    if p.is_empty() {
        return refuse(Key::LinkEmpty);
    }
    if p.chars().any(|c| c.is_control() || c == '\\') {
        return refuse(Key::LinkCharacters);
    }
    if p.starts_with("//") {
        return refuse(Key::LinkOtherSite);
    }
    // A scheme is letters, digits, + - . followed by ':' before any '/', '?' or '#'.
    let before_path = p.split(['/', '?', '#']).next().unwrap_or("");
    if before_path.contains(':') {
        return refuse(Key::LinkFullAddress);
    }
    Ok(p.to_string())
}
