//! Schema v1 of a Marsad dataset: the serde types the app fetches and the
//! JSON Schema in `public/schema/` is generated from. Pure Rust, no Leptos.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The only schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole dataset as published at `public/data/*.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Must be 1.
    #[schemars(range(min = 1, max = 1))]
    pub schema_version: u32,
    pub metadata: Metadata,
    pub sources: Vec<Source>,
    pub categories: Vec<Category>,
    pub indicators: Vec<Indicator>,
    #[schemars(length(min = 1))]
    pub observations: Vec<Observation>,
    /// The observations' facts side by side, made on first use (see
    /// `rows.rs`). Not part of the format.
    #[serde(skip)]
    #[schemars(skip)]
    pub rows: super::cache::Kept<super::rows::Rows>,
}

impl Dataset {
    /// The source with this id, if the dataset lists it.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The indicator with this id, if the dataset lists it.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// Human text, either one English string or per-language strings.
/// English is required and is the fallback for a missing language.
// Deserialized by hand (`text_de.rs`); `untagged` here shapes its JSON and
// its schema.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
pub enum Text {
    Plain(String),
    Localized {
        en: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fr: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ar: Option<String>,
    },
}

/// A UI language Marsad ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Ar,
}

impl Text {
    /// The text in `lang`, falling back to English.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Localized { en, .. } => self.translation(lang).unwrap_or(en),
        }
    }

    /// A localized text's own non-empty `fr` or `ar` string.
    /// Whether it is given in French or Arabic as well: translated.
    pub fn is_translated(&self) -> bool {
        [Lang::Fr, Lang::Ar].into_iter().any(|lang| self.translation(lang).is_some())
    }

    fn translation(&self, lang: Lang) -> Option<&str> {
        let Text::Localized { fr, ar, .. } = self else { return None };
        let wanted = match lang {
            Lang::En => None,
            Lang::Fr => fr.as_deref(),
            Lang::Ar => ar.as_deref(),
        };
        wanted.filter(|s| !s.is_empty())
    }

    pub fn en(&self) -> &str {
        self.get(Lang::En)
    }

    /// `get(lang)` gives the English text in place of a missing `lang` one,
    /// so the page should mark it `lang="en"` for screen readers. A plain
    /// string's language is not known, and stays unmarked.
    pub fn falls_back_to_english(&self, lang: Lang) -> bool {
        matches!(self, Text::Localized { .. }) && lang != Lang::En && self.translation(lang).is_none()
    }

    /// The direction of `get(lang)` where its language is known, for an
    /// isolate (`<bdi dir>`): left to right is what an isolate guesses from
    /// the first letter, and an Arabic translation that starts with a Latin
    /// name ("Almaghreb24 عبر Maghress") would read backwards as one. A plain
    /// string's language is not known: `None` lets the isolate guess.
    pub fn dir(&self, lang: Lang) -> Option<&'static str> {
        match self {
            Text::Plain(_) => None,
            _ if lang == Lang::Ar && self.translation(lang).is_some() => Some("rtl"),
            _ => Some("ltr"),
        }
    }

    /// `lang` and `dir` for an element that holds `get(lang)` alone, where
    /// they differ from the page's: English where it falls back to it (a
    /// screen reader speaks it as English, and an English scope note on
    /// the Arabic page no longer sets its full stop at the wrong end); a
    /// plain string's direction guessed from its first letter.
    pub fn element_attrs(&self, lang: Lang) -> (Option<&'static str>, Option<&'static str>) {
        let falls_back = self.falls_back_to_english(lang);
        let dir = match self {
            Text::Plain(_) => Some("auto"),
            _ if falls_back && lang == Lang::Ar => Some("ltr"),
            _ => None,
        };
        (falls_back.then_some("en"), dir)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    pub title: Text,
    pub description: Text,
    pub publisher: Text,
    /// Licence of the compilation, e.g. "CC BY 4.0".
    pub licence: String,
    /// ISO date (YYYY-MM-DD) of the last edit of this file.
    pub last_updated: String,
    /// The report the headline cards present.
    pub featured: FeaturedReport,
    /// Origins allowed to control an embed via postMessage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embed_origins: Vec<String>,
}

/// The report shown in the headline cards: its exact coverage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeaturedReport {
    pub title: Text,
    /// First day covered (YYYY-MM-DD).
    pub start: String,
    /// Last day covered (YYYY-MM-DD).
    pub end: String,
    /// Day the report was presented (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presented: Option<String>,
    /// Indicator ids shown as headline cards, in order: one at least.
    #[schemars(length(min = 1))]
    pub indicators: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// A name ("Le360"), or a text in each language where it says more than
    /// a name: "Kaayxol (ministry)" reads "Kaayxol (ministère)" in French.
    pub publisher: Text,
    pub title: Text,
    /// http or https only.
    pub url: String,
    /// Publication date (YYYY-MM-DD), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// e.g. enforcement, rescue_at_sea, returns, protection, europe.
    pub id: String,
    pub label: Text,
}

/// What one counted item is. Attempts are events, not people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Attempts,
    People,
    Networks,
    Applications,
    Operations,
    Detections,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Geography {
    Morocco,
    Spain,
    EuExternalBorder,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub category: String,
    pub label: Text,
    pub unit: Unit,
    pub definition: Text,
    /// What the count does and does not include. Left out for an indicator
    /// counted in attempts, Marsad gives its own: "Attempts are events, not
    /// people: one person can be counted several times."
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_note: Option<Text>,
    pub geography: Geography,
    /// Id of the indicator this one is a subset of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
}

/// How a published figure was stated: "48,963", "about 26,800", "more than 100".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    AtLeast,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub indicator: String,
    /// First day covered (YYYY-MM-DD).
    pub start: String,
    /// Last day covered (YYYY-MM-DD). Where the publisher only said "to the
    /// report date", this is the last day the report can cover and
    /// `end_is_report_date` is true.
    pub end: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub end_is_report_date: bool,
    pub value: f64,
    #[serde(default)]
    pub qualifier: Qualifier,
    pub source: String,
    /// Other publications of the same figure, by source id: more places a
    /// reader can check it. The figure stays cited to `source`, which is
    /// not among them; none is named twice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_reported_by: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Its coverage and indicator position, computed on first use (see
    /// `cache.rs`). Not part of the format.
    #[serde(skip)]
    #[schemars(skip)]
    pub parsed: super::cache::ObservationCache,
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
