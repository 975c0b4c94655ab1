//! Every problem in a dataset, each with a JSON path (`$.observations[3].value`)
//! and a plain-language message for a newsroom reader. Pure Rust, no Leptos,
//! no I/O: the app, the `validate` command and the tests share it.
//!
//! [`parse_and_validate`] works in two passes. The structural pass reads the
//! text once, deserializing each top-level section and each list element on
//! its own as soon as it is parsed (never the whole file as one
//! `serde_json::Value` tree), so a type error in one observation does not
//! hide one in the next; within one element it patches the offending spot
//! and tries again, so several faults in one object are all reported; then it
//! checks `schema_version`. Only when everything deserialized does the
//! semantic pass, [`validate`], run: ids, references, dates, values, links.

mod checks;
mod deserialize;
mod json_path;
mod located;
mod problem;
mod serde_error;
mod sections;
mod structure;
mod web_url;

#[cfg(test)]
mod tests;

use super::date::in_report;
use super::model::{Dataset, Lang, Observation, Text, Unit, SCHEMA_VERSION};
use crate::text::{self, Key};
use checks::{check_coverage, check_day, check_parts, check_repeats, check_value, index_ids, part_of_cycles, Found};
use problem::ProblemKind::*;
use problem::{quote, unknown_id, unsupported_version};
use web_url::{check_origin, check_url};

pub use problem::{Problem, ProblemKind};

/// Largest dataset text read, in bytes. Larger files are refused unread.
pub const MAX_DATASET_BYTES: usize = MAX_DATASET_MB * MB as usize;
/// The same limit as readers are told it.
pub const MAX_DATASET_MB: usize = 20;
pub const MB: u64 = 1_048_576;

/// The JSON Schema of [`Dataset`], pretty-printed, as committed at
/// `public/schema/marsad-v1.schema.json` (with a final newline).
pub fn json_schema_text() -> String {
    let schema = schemars::schema_for!(Dataset);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}

/// A size in tenths of a MB, rounded half up: what readers are told.
pub fn tenths_of_mb(bytes: u64) -> u64 {
    (bytes.saturating_mul(10).saturating_add(MB / 2)) / MB
}

/// What a dataset's author is told of a dataset of `bytes` over the size
/// limit: the reader's English sentence (`Key::LoadTooLarge`), in MB to a
/// tenth. Integer arithmetic rather than `{:.1}` of an f64, whose formatter
/// would cost the gzipped wasm 7.5 KB (`data::number`).
pub fn too_large_message(bytes: u64) -> String {
    let tenths = tenths_of_mb(bytes);
    let size = format!("{}.{}", tenths / 10, tenths % 10);
    text::sentence(Lang::En, Key::LoadTooLarge, &[("size", &size), ("limit", &MAX_DATASET_MB.to_string())])
}

/// A dataset file's bytes as text, without a byte-order mark; or, where
/// they are not UTF-8, the problem that says where (offsets in the file as
/// saved, its mark counted). A Latin-1 file had been read with U+FFFD in
/// place of its accents ("Testl?nd" shown as a publisher's name), with
/// nothing to say the file was wrong.
pub fn utf8_text(bytes: &[u8]) -> Result<&str, Problem> {
    let marked = bytes.starts_with(b"\xEF\xBB\xBF");
    let body = if marked { &bytes[3..] } else { bytes };
    std::str::from_utf8(body).map_err(|e| {
        let valid = &body[..e.valid_up_to()];
        let at = e.valid_up_to() + if marked { 3 } else { 0 };
        let message = if e.error_len().is_none() {
            // Cut within its last character: said as a file cut short is,
            // at the line and column where it stops.
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
            let column = std::str::from_utf8(&valid[line_start..]).map_or(0, |l| l.chars().count());
            format!("Invalid JSON at line {line}, column {column}: the file ends in the middle of a character (at byte {at}). Is it cut short?")
        } else {
            format!("Invalid JSON: the file is not UTF-8 text (the bytes at offset {at} are not); save it as UTF-8.")
        };
        Problem::new("$", InvalidJson, message)
    })
}

/// Read a dataset from JSON text: the dataset, or every problem found.
pub fn parse_and_validate(text: &str) -> Result<Dataset, Vec<Problem>> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(vec![Problem::new(
            "$",
            TooLarge,
            too_large_message(text.len() as u64),
        )]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let ds = structure::dataset_from_text(text)?;
    let semantic = validate(&ds);
    if semantic.is_empty() {
        Ok(with_attempts_note(ds))
    } else {
        Err(semantic)
    }
}

/// "Attempts foiled" are events, not people, whatever the dataset: an
/// indicator counted in attempts without a scope note of its own gets
/// Marsad's, in the three languages, so that its charts, cards, table and
/// CSV say so (a dataset's attempts were shown with no such word).
fn with_attempts_note(mut ds: Dataset) -> Dataset {
    for indicator in ds.indicators.iter_mut().filter(|i| i.unit == Unit::Attempts && i.scope_note.is_none()) {
        let [en, fr, ar] = [Lang::En, Lang::Fr, Lang::Ar].map(|lang| text::get(lang, Key::AttemptsAreEvents).to_string());
        indicator.scope_note = Some(Text::Localized { en, fr: Some(fr), ar: Some(ar) });
    }
    ds
}

/// Every semantic problem in a typed dataset: ids, references, dates,
/// values, links. Empty when the dataset is sound.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut p = Vec::new();
    if ds.schema_version != SCHEMA_VERSION {
        p.push(unsupported_version(ds.schema_version));
    }

    // Metadata.
    let md = &ds.metadata;
    check_day(&md.last_updated, "$.metadata.last_updated", &mut p);
    let f = &md.featured;
    let report = check_coverage(&f.start, &f.end, "$.metadata.featured", &mut p);
    if let Some(presented) = &f.presented {
        check_day(presented, "$.metadata.featured.presented", &mut p);
    }
    for (i, origin) in md.embed_origins.iter().enumerate() {
        if let Err(why) = check_origin(origin) {
            p.push(Problem::new(format!("$.metadata.embed_origins[{i}]"), BadUrl, why));
        }
    }

    // Sources, categories, indicators: unique ids.
    let sources = index_ids(ds.sources.iter().map(|s| s.id.as_str()), "sources", "Source", &mut p);
    let categories = index_ids(ds.categories.iter().map(|c| c.id.as_str()), "categories", "Category", &mut p);
    let indicators = index_ids(ds.indicators.iter().map(|i| i.id.as_str()), "indicators", "Indicator", &mut p);

    for (k, id) in f.indicators.iter().enumerate() {
        if !indicators.contains_key(id.as_str()) {
            p.push(unknown_id(format!("$.metadata.featured.indicators[{k}]"), UnknownIndicator, "indicator", "indicators", id));
        }
    }

    for (i, s) in ds.sources.iter().enumerate() {
        if let Err(why) = check_url(&s.url) {
            p.push(Problem::new(format!("$.sources[{i}].url"), BadUrl, why));
        }
        if let Some(published) = &s.published {
            check_day(published, &format!("$.sources[{i}].published"), &mut p);
        }
    }

    let cycles = part_of_cycles(ds, &indicators);
    for (i, ind) in ds.indicators.iter().enumerate() {
        if !categories.contains_key(ind.category.as_str()) {
            p.push(unknown_id(format!("$.indicators[{i}].category"), UnknownCategory, "category", "categories", &ind.category));
        }
        let Some(whole) = &ind.part_of else { continue };
        let path = format!("$.indicators[{i}].part_of");
        if whole == &ind.id {
            p.push(Problem::new(path, UnknownPartOf, format!("Indicator {} is declared part of itself.", quote(whole))));
        } else if !indicators.contains_key(whole.as_str()) {
            p.push(Problem::new(
                path,
                UnknownPartOf,
                format!(
                    "Indicator {} is declared part of {}, but no entry in $.indicators has this id.",
                    quote(&ind.id),
                    quote(whole)
                ),
            ));
        } else if let Some(cycle) = cycles.get(&i) {
            p.push(Problem::new(
                path,
                UnknownPartOf,
                format!("The part_of links {cycle} go round in a circle, so none of them is the whole."),
            ));
        }
    }

    // Observations.
    let mut found = Vec::with_capacity(ds.observations.len());
    for (i, o) in ds.observations.iter().enumerate() {
        // A path is written only for a fault: three per observation were a
        // fifth of this pass.
        let path = |field: &str| format!("$.observations[{i}]{field}");
        let indicator = indicators.get(o.indicator.as_str()).copied();
        if indicator.is_none() {
            p.push(unknown_id(path(".indicator"), UnknownIndicator, "indicator", "indicators", &o.indicator));
        }
        let source = sources.get(o.source.as_str()).copied();
        if source.is_none() {
            p.push(unknown_id(path(".source"), UnknownSource, "source", "sources", &o.source));
        }
        for (j, also) in o.also_reported_by.iter().enumerate() {
            // The table would show "Also in: X" under X, or X twice.
            let at = || path(&format!(".also_reported_by[{j}]"));
            if !sources.contains_key(also.as_str()) {
                p.push(unknown_id(at(), UnknownSource, "source", "sources", also));
            } else if *also == o.source {
                p.push(Problem::new(at(), DuplicateId, format!("Source {} is this figure's own source: also_reported_by lists the other publications of it.", quote(also))));
            } else if o.also_reported_by[..j].contains(also) {
                p.push(Problem::new(at(), DuplicateId, format!("Source {} is listed twice in also_reported_by.", quote(also))));
            }
        }
        // Read through the observation's kept coverage, which the rows made
        // next then find parsed.
        let coverage = match o.coverage() {
            Some(c) if c.start <= c.end => Some(c),
            _ => check_coverage(&o.start, &o.end, &path(""), &mut p),
        };
        let value = check_value(o.value);
        let value_sound = value.is_ok();
        if let Err(why) = value {
            p.push(Problem::new(path(".value"), BadValue, why));
        }
        found.push(Found { coverage, indicator, source, value_sound });
    }
    check_parts(ds, &indicators, &cycles, &found, &mut p);
    check_repeats(ds, &found, &mut p);
    // Nothing to show: the page drew a report's title over no card and no
    // chart, with no word of why.
    if f.indicators.is_empty() {
        p.push(Problem::new(
            "$.metadata.featured.indicators",
            NoFigures,
            "The featured report names no indicator, so its cards and first chart would be empty: list the indicators of its figures.",
        ));
    }
    if ds.observations.is_empty() {
        p.push(Problem::new("$.observations", NoFigures, "The dataset has no observations, so there is nothing to show."));
    } else if let Some(report) = report {
        let of_report = |(o, found): (&Observation, &Found)| found.coverage.is_some_and(|c| in_report(c, report)) && f.indicators.contains(&o.indicator);
        if !f.indicators.is_empty() && !ds.observations.iter().zip(&found).any(of_report) {
            p.push(Problem::new(
                "$.metadata.featured",
                NoFigures,
                format!("No observation of the featured indicators covers the report's period ({} to {}), so its cards and charts would be empty.", f.start, f.end),
            ));
        }
    }
    p
}
