//! What an observation computes once and keeps: its parsed coverage and the
//! position of its indicator. Filters and charts ask for both for every row
//! on every change; parsing dates or comparing id strings each time was most
//! of a filter click at 100,000 rows.

use std::sync::OnceLock;

use super::date::{Coverage, CoverageKind};
use super::model::{Dataset, Observation};

impl Observation {
    /// The coverage, or `None` when the dates don't parse (validation reports those).
    pub fn coverage(&self) -> Option<Coverage> {
        *self.parsed.coverage.get_or_init(|| Coverage::parse(&self.start, &self.end))
    }

    pub fn coverage_kind(&self) -> Option<CoverageKind> {
        self.coverage().map(|c| c.kind())
    }
}

impl Dataset {
    /// The position in `indicators` of the indicator `id`.
    pub fn indicator_position(&self, id: &str) -> Option<usize> {
        self.indicators.iter().position(|i| i.id == id)
    }

    /// The position in `indicators` of `obs`'s indicator, or `None` for an id
    /// no indicator has (validation reports those). `obs` must be one of this
    /// dataset's observations: the answer is kept in it.
    pub fn indicator_slot(&self, obs: &Observation) -> Option<usize> {
        let slot = *obs.parsed.indicator.get_or_init(|| {
            self.indicator_position(&obs.indicator).and_then(|p| u16::try_from(p).ok()).unwrap_or(u16::MAX)
        });
        (slot != u16::MAX).then_some(slot as usize)
    }

    /// The observations at `positions` (from `Filters::matching_indices`).
    pub fn observations_at(&self, positions: &[u32]) -> Vec<&Observation> {
        positions.iter().filter_map(|&i| self.observations.get(i as usize)).collect()
    }
}

/// An observation's computed facts, kept once computed. A clone starts empty
/// (so a copy whose dates or indicator are then edited computes them afresh),
/// and it takes no part in equality: it is a cache, not data.
#[derive(Default)]
pub struct ObservationCache {
    coverage: OnceLock<Option<Coverage>>,
    indicator: OnceLock<u16>,
}

impl Clone for ObservationCache {
    fn clone(&self) -> Self {
        ObservationCache::default()
    }
}

impl PartialEq for ObservationCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for ObservationCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ObservationCache")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_observation_knows_its_indicator_and_a_clone_forgets() {
        let text = include_str!("../../public/data/morocco.json");
        let mut ds: Dataset = serde_json::from_str(text).unwrap();
        let last = ds.indicators.len() - 1;
        let mut o = ds.observations[0].clone();
        o.indicator = ds.indicators[last].id.clone();
        assert_eq!(ds.indicator_slot(&o), Some(last));
        let mut unknown = o.clone();
        unknown.indicator = "no_such_indicator".into();
        assert_eq!(ds.indicator_slot(&unknown), None);
        // Kept: the same answer after the indicators change; a clone asks anew.
        ds.indicators.truncate(1);
        assert_eq!(ds.indicator_slot(&o), Some(last));
        assert_eq!(ds.indicator_slot(&o.clone()), None);
    }
}
