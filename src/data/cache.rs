//! What an observation computes once and keeps: its parsed coverage, which
//! the views ask for whenever they write a period, and `Dataset::rows` once
//! per row. Parsing dates each time was most of a filter click at 100,000 rows.

use std::sync::OnceLock;

use super::date::{Coverage, CoverageKind};
use super::model::Observation;

impl Observation {
    /// The coverage, or `None` when the dates don't parse (validation reports those).
    pub fn coverage(&self) -> Option<Coverage> {
        *self.parsed.coverage.get_or_init(|| Coverage::parse(&self.start, &self.end))
    }

    pub fn coverage_kind(&self) -> Option<CoverageKind> {
        self.coverage().map(|c| c.kind())
    }
}

/// An observation's computed facts, kept once computed (see `Kept`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObservationCache {
    coverage: Kept<Option<Coverage>>,
}

/// A value computed on first use and kept. It is a cache, not data: a clone
/// starts empty (so a copy whose fields are then edited computes it afresh),
/// and it takes no part in equality.
pub struct Kept<T>(OnceLock<T>);

impl<T> Kept<T> {
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(f)
    }
}

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept(OnceLock::new())
    }
}

impl<T> Clone for Kept<T> {
    fn clone(&self) -> Self {
        Kept::default()
    }
}

impl<T> PartialEq for Kept<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> std::fmt::Debug for Kept<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Kept")
    }
}

#[cfg(test)]
mod tests {
    use crate::data::Dataset;

    #[test]
    fn an_observation_keeps_its_coverage_and_a_clone_forgets() {
        let text = include_str!("../../public/data/morocco.json");
        let ds: Dataset = serde_json::from_str(text).unwrap();
        let mut o = ds.observations[0].clone();
        let first = o.coverage();
        assert!(first.is_some());
        // Kept: the same answer after the dates change; a clone parses anew.
        o.end = "2024-02-30".into();
        assert_eq!(o.coverage(), first);
        assert_eq!(o.clone().coverage(), None);
    }
}
