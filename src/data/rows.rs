//! What the filters and charts read of every observation, side by side in
//! one array, made once per dataset. Each `Observation` is a few hundred
//! bytes with its strings elsewhere; a filter change reads the indicator,
//! coverage, source and value of every row, and at 100,000 rows reading
//! them from the observations themselves (memory, not arithmetic) was most
//! of a click. Here a row is 24 bytes, rows sharing a coverage share its
//! number, and rows of one indicator over one coverage share a subject
//! number, so that grouping them on a click hashes nothing.

use rustc_hash::FxHashMap;

use super::date::{Coverage, CoverageKind};
use super::model::{Dataset, Observation, Qualifier};

/// One observation's facts, at the same position as the observation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    pub value: f64,
    /// The coverage's number in `Rows::coverages`, `NONE` when the dates
    /// don't parse (validation reports those).
    coverage: u32,
    /// The year the coverage is filed under (the year it ends in).
    pub year: i32,
    indicator: u16,
    source: u16,
    kind: Option<CoverageKind>,
    /// The figure is exact (no "about", "more than" …).
    pub exact: bool,
    /// How many years before `year` the coverage starts (in one of the 2
    /// bytes the row's alignment left free).
    years_before: u8,
    /// Other sources published the figure too (`also_reported_by`), which a
    /// source filter reads from the observation (in the last free byte).
    pub also: bool,
}

const NONE: u32 = u32::MAX;
const NO_SLOT: u16 = u16::MAX;

impl Row {
    /// The indicator's position in `Dataset::indicators`, `None` for an id
    /// no indicator has.
    pub fn indicator(&self) -> Option<usize> {
        (self.indicator != NO_SLOT).then_some(self.indicator as usize)
    }

    /// The source's position in `Dataset::sources`, `None` for an unknown id.
    pub fn source(&self) -> Option<usize> {
        (self.source != NO_SLOT).then_some(self.source as usize)
    }

    /// The coverage's number: equal numbers, equal coverages.
    pub fn coverage_number(&self) -> Option<u32> {
        (self.coverage != NONE).then_some(self.coverage)
    }

    /// The coverage's kind, `None` when the dates don't parse.
    pub fn kind(&self) -> Option<CoverageKind> {
        self.kind
    }

    /// Whether the coverage has a day in the years `from` to `to`: the
    /// campaign of Dec 15, 2016 – Dec 31, 2017 is of 2016 too, where a
    /// reader of 2016 alone found nothing.
    pub fn in_years(&self, from: i32, to: i32) -> bool {
        self.year >= from && self.first_year() <= to
    }

    /// The year the coverage starts in.
    pub fn first_year(&self) -> i32 {
        self.year - i32::from(self.years_before)
    }
}

/// Every observation's `Row`, the distinct coverages, and each indicator's
/// observations.
#[derive(Debug, Default)]
pub struct Rows {
    pub rows: Vec<Row>,
    pub coverages: Vec<Coverage>,
    /// Per row, what its figure is of: rows of one indicator over one
    /// coverage share this number (`Rows::subjects` in all), so that
    /// grouping them is an array index per row rather than a hash.
    subject: Vec<u32>,
    pub subjects: usize,
    /// Positions in `Dataset::observations` per indicator position, in
    /// dataset order.
    pub of_indicator: Vec<Vec<u32>>,
    /// Which categories and geographies have figures (`Dataset::used`).
    pub(super) used: super::Used,
}

impl Rows {
    fn new(ds: &Dataset) -> Rows {
        fn slot(position: Option<usize>) -> u16 {
            position.and_then(|p| u16::try_from(p).ok()).filter(|&p| p != NO_SLOT).unwrap_or(NO_SLOT)
        }
        // Neighbouring rows mostly share an indicator and a source: ask the
        // lists only when they change.
        let mut last_indicator: Option<(&str, Option<usize>)> = None;
        let mut last_source: Option<(&str, Option<usize>)> = None;
        let mut numbers: FxHashMap<Coverage, u32> = FxHashMap::default();
        let mut coverages = Vec::new();
        let mut of_indicator = vec![Vec::new(); ds.indicators.len()];
        let mut subjects: FxHashMap<u64, u32> = FxHashMap::default();
        let mut subject = Vec::with_capacity(ds.observations.len());
        let rows: Vec<Row> = (0u32..)
            .zip(&ds.observations)
            .map(|(position, o)| {
                let indicator = match last_indicator {
                    Some((id, position)) if id == o.indicator => position,
                    _ => ds.indicator_position(&o.indicator),
                };
                last_indicator = Some((&o.indicator, indicator));
                if let Some(i) = indicator {
                    of_indicator[i].push(position);
                }
                let source = match last_source {
                    Some((id, position)) if id == o.source => position,
                    _ => ds.source_position(&o.source),
                };
                last_source = Some((&o.source, source));
                let coverage = o.coverage();
                let number = coverage.map_or(NONE, |c| {
                    *numbers.entry(c).or_insert_with(|| {
                        coverages.push(c);
                        coverages.len() as u32 - 1
                    })
                });
                subject.push(match indicator {
                    Some(slot) if number != NONE => {
                        let next = subjects.len() as u32;
                        *subjects.entry((slot as u64) << 32 | u64::from(number)).or_insert(next)
                    }
                    _ => NONE,
                });
                Row {
                    value: o.value,
                    coverage: number,
                    year: coverage.map_or(0, |c| c.year()),
                    indicator: slot(indicator),
                    source: slot(source),
                    kind: coverage.map(|c| c.kind()),
                    exact: o.qualifier == Qualifier::Exact,
                    years_before: coverage.map_or(0, |c| (c.end.year - c.start.year).clamp(0, 255) as u8),
                    also: !o.also_reported_by.is_empty(),
                }
            })
            .collect();
        let used = super::Used::new(ds, &rows);
        Rows { rows, coverages, subject, subjects: subjects.len(), of_indicator, used }
    }

    /// The row at `position`'s subject number (see `Rows::subject`), `None`
    /// when its indicator is unknown or its dates don't parse.
    pub fn subject(&self, position: u32) -> Option<usize> {
        self.subject.get(position as usize).filter(|&&n| n != NONE).map(|&n| n as usize)
    }

    pub fn coverage(&self, row: &Row) -> Option<Coverage> {
        row.coverage_number().map(|n| self.coverages[n as usize])
    }
}

/// Sort positions (of rows, of groups) by `compare`, stably: ties keep
/// their order. Every such sort goes through here, so that the wasm holds
/// one sort for `u32` rather than one per comparison (4 KB each).
pub fn sort_positions(positions: &mut [u32], compare: &dyn Fn(u32, u32) -> std::cmp::Ordering) {
    positions.sort_by(|&a, &b| compare(a, b));
}

/// The first and last year of the rows whose dates parse, `None` for none:
/// from the year a row's coverage starts in, as the year filter keeps it in
/// each year it has a day in (`Row::in_years`).
pub fn year_range<'r>(rows: impl IntoIterator<Item = &'r Row>) -> Option<(i32, i32)> {
    rows.into_iter().filter(|row| row.kind().is_some()).fold(None, |range, row| Some(row_years(range, row)))
}

/// `range` widened to take in `row`'s years, from its first.
fn row_years(range: Option<(i32, i32)>, row: &Row) -> (i32, i32) {
    spanned(range, row.first_year(), row.year)
}

/// `range` widened to take in the years `first` to `last`.
fn spanned(range: Option<(i32, i32)>, first: i32, last: i32) -> (i32, i32) {
    widened(Some(widened(range, first)), last)
}

/// `range` (first and last year) widened to take in `year`.
pub fn widened(range: Option<(i32, i32)>, year: i32) -> (i32, i32) {
    range.map_or((year, year), |(first, last)| (first.min(year), last.max(year)))
}

impl Dataset {
    /// The rows side by side, made on first use. Made from the observations
    /// as they are then: a dataset is not edited once shown (a clone starts
    /// afresh: see `Kept`).
    pub fn rows(&self) -> &Rows {
        let rows = self.rows.get_or_init(|| Rows::new(self));
        debug_assert_eq!(rows.rows.len(), self.observations.len(), "observations added after the rows were made");
        rows
    }

    /// The observation at `position` (from `Filters::matching_indices` or `Rows`).
    pub fn observation(&self, position: u32) -> &Observation {
        &self.observations[position as usize]
    }

    /// The observations at `positions` (from `Filters::matching_indices`).
    pub fn observations_at(&self, positions: &[u32]) -> Vec<&Observation> {
        positions.iter().filter_map(|&i| self.observations.get(i as usize)).collect()
    }

    /// The position in `indicators` of the indicator `id`.
    pub fn indicator_position(&self, id: &str) -> Option<usize> {
        self.indicators.iter().position(|i| i.id == id)
    }

    /// The position in `sources` of the source `id`.
    pub fn source_position(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id)
    }

    /// The positions in `sources` of those that published the figure at
    /// `position` after its own source (`also_reported_by`).
    pub fn co_publishers(&self, position: u32) -> impl Iterator<Item = usize> + '_ {
        self.observation(position).also_reported_by.iter().filter_map(|id| self.source_position(id))
    }

    /// Positions of the indicator `id`'s observations, in dataset order
    /// (none for an id no indicator has).
    pub fn positions_of(&self, id: &str) -> &[u32] {
        self.indicator_position(id).map_or(&[], |slot| &self.rows().of_indicator[slot])
    }
}

mod publishers;
#[cfg(test)]
mod tests;

pub use publishers::Shown;
