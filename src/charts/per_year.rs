//! An indicator's figures by year, on the trend and the European chart: one
//! drawn, the others named beside it.

use super::finite;
use crate::data::date::Day;
use crate::data::{Dataset, Observation};

/// Of one indicator's observations (on the trend, of one coverage kind; on
/// the European chart, of either), one per year: the
/// one with the latest end, then the first offered (an exact figure before
/// an approximate one). The others are kept to be named beside it (`also`),
/// the first `ALSO_NAMED`: a bar drew one publisher's figure where another
/// had published one for a shorter period, or the same, unsaid.
/// Keyed by an Fx hash of the year: a `BTreeMap`'s search per row was a
/// quarter of the trend chart's time at 100,000 rows.
#[derive(Default)]
pub struct PerYear<'a>(rustc_hash::FxHashMap<i32, Kept<'a>>);

/// A year's observation, with what deciding against the next one needs
/// (from its row: reading the observation itself is a cache miss per row).
struct Kept<'a> {
    end: Option<Day>,
    exact: bool,
    observation: &'a Observation,
    also: Vec<&'a Observation>,
    more: usize,
}

/// How many of a year's other figures a bar names; the rest are counted.
const ALSO_NAMED: usize = 2;

impl<'a> Kept<'a> {
    fn also(&mut self, other: &'a Observation) {
        if self.also.len() < ALSO_NAMED {
            self.also.push(other);
        } else {
            self.more += 1;
        }
    }
}

impl<'a> PerYear<'a> {
    /// Offer the observation at `position` in `ds.observations`, in dataset
    /// order; one whose value is not finite is never kept.
    pub fn offer(&mut self, ds: &'a Dataset, position: u32) {
        let rows = ds.rows();
        let row = &rows.rows[position as usize];
        if finite(row.value).is_none() {
            return;
        }
        let end = rows.coverage(row).map(|c| c.end);
        let Some(kept) = self.0.get_mut(&row.year) else {
            self.0.insert(row.year, Kept { end, exact: row.exact, observation: ds.observation(position), also: Vec::new(), more: 0 });
            return;
        };
        if end > kept.end || (end == kept.end && !kept.exact && row.exact) {
            let before = std::mem::replace(&mut kept.observation, ds.observation(position));
            (kept.end, kept.exact) = (end, row.exact);
            kept.also(before);
        } else if kept.also.len() < ALSO_NAMED {
            kept.also(ds.observation(position));
        } else {
            // Counted without reading the observation (a cache miss per row).
            kept.more += 1;
        }
    }

    pub fn get(&self, year: i32) -> Option<&'a Observation> {
        self.0.get(&year).map(|kept| kept.observation)
    }

    /// The year's other figures, the first `ALSO_NAMED`, and how many more.
    pub fn also(&self, year: i32) -> (&[&'a Observation], usize) {
        self.0.get(&year).map_or((&[], 0), |kept| (&kept.also, kept.more))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
