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
        let rows = (0u32..)
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
                    _ => ds.sources.iter().position(|s| s.id == o.source),
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
                }
            })
            .collect();
        Rows { rows, coverages, subject, subjects: subjects.len(), of_indicator }
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

/// The first and last year of the rows whose dates parse, `None` for none.
/// Sort positions (of rows, of groups) by `compare`, stably: ties keep
/// their order. Every such sort goes through here, so that the wasm holds
/// one sort for `u32` rather than one per comparison (4 KB each).
pub fn sort_positions(positions: &mut [u32], compare: &dyn Fn(u32, u32) -> std::cmp::Ordering) {
    positions.sort_by(|&a, &b| compare(a, b));
}

pub fn year_range<'r>(rows: impl IntoIterator<Item = &'r Row>) -> Option<(i32, i32)> {
    rows.into_iter()
        .filter(|row| row.kind().is_some())
        .fold(None, |range, row| Some(range.map_or((row.year, row.year), |(a, b): (i32, i32)| (a.min(row.year), b.max(row.year)))))
}

/// What a chart's caption says of the rows it shows.
#[derive(Debug, PartialEq)]
pub struct Shown<'d> {
    /// The first and last year (see `year_range`).
    pub years: Option<(i32, i32)>,
    /// Each publisher once, in the order its first figure comes.
    pub publishers: Vec<&'d str>,
}

impl Dataset {
    /// The years and publishers of the rows at `positions`, in one pass over
    /// the rows side by side: sources by position, since at 100,000 rows a
    /// pass comparing source ids cost a click dearly.
    pub fn shown(&self, positions: &[u32]) -> Shown<'_> {
        let rows = self.rows();
        let mut seen = vec![false; self.sources.len()];
        let mut publishers: Vec<&str> = Vec::new();
        let years = year_range(positions.iter().map(|&p| &rows.rows[p as usize]).inspect(|row| {
            if let Some(source) = row.source().filter(|&s| !seen[s]) {
                seen[source] = true;
                let publisher = self.sources[source].publisher.as_str();
                if !publishers.contains(&publisher) {
                    publishers.push(publisher);
                }
            }
        }));
        Shown { years, publishers }
    }

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

    /// Positions of the indicator `id`'s observations, in dataset order
    /// (none for an id no indicator has).
    pub fn positions_of(&self, id: &str) -> &[u32] {
        self.indicator_position(id).map_or(&[], |slot| &self.rows().of_indicator[slot])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row says what its observation says, and rows with equal
    /// coverages share a number.
    #[test]
    fn rows_agree_with_their_observations() {
        let ds: Dataset = serde_json::from_str(include_str!("../../public/data/morocco.json")).unwrap();
        let rows = ds.rows();
        assert_eq!(rows.rows.len(), ds.observations.len());
        for (row, o) in rows.rows.iter().zip(&ds.observations) {
            assert_eq!(row.indicator(), ds.indicator_position(&o.indicator));
            assert_eq!(row.source(), ds.sources.iter().position(|s| s.id == o.source));
            assert_eq!(rows.coverage(row), o.coverage());
            assert_eq!(row.kind(), o.coverage_kind());
            assert_eq!(row.year, o.coverage().unwrap().year());
            assert_eq!(row.value, o.value);
            assert_eq!(row.exact, o.qualifier == Qualifier::Exact);
        }
        assert!(rows.rows.iter().any(|r| !r.exact), "the default dataset has estimates");
        // One subject number per indicator and coverage.
        let positions = 0..ds.observations.len() as u32;
        for a in positions.clone() {
            for b in positions.clone() {
                let (ra, rb) = (&rows.rows[a as usize], &rows.rows[b as usize]);
                let same = ra.indicator() == rb.indicator() && ra.coverage_number() == rb.coverage_number();
                assert_eq!(rows.subject(a) == rows.subject(b), same, "{a} and {b}");
            }
        }
        assert!(rows.subjects < ds.observations.len(), "the default dataset has figures of one subject from two sources");
        assert_eq!((0..ds.observations.len() as u32).filter_map(|p| rows.subject(p)).max(), Some(rows.subjects - 1));
        // What "24 bytes" in the module's comment says, `exact` included.
        assert_eq!(std::mem::size_of::<Row>(), 24);
        for a in &rows.rows {
            for b in &rows.rows {
                assert_eq!(a.coverage_number() == b.coverage_number(), rows.coverage(a) == rows.coverage(b));
            }
        }
        assert!(rows.coverages.len() > 5 && rows.coverages.len() < ds.observations.len(), "coverages are shared");
        for (slot, positions) in rows.of_indicator.iter().enumerate() {
            let expected: Vec<u32> = (0u32..).zip(&ds.observations).filter(|(_, o)| o.indicator == ds.indicators[slot].id).map(|(i, _)| i).collect();
            assert_eq!(positions, &expected);
        }
    }

    #[test]
    fn unknown_ids_and_bad_dates_have_no_position() {
        let mut ds: Dataset = serde_json::from_str(include_str!("../../public/data/morocco.json")).unwrap();
        ds.observations[0].indicator = "no_such_indicator".into();
        ds.observations[1].source = "no_such_source".into();
        ds.observations[2].end = "2024-02-30".into();
        let rows = ds.rows();
        assert_eq!(rows.rows[0].indicator(), None);
        assert_eq!(rows.rows[1].source(), None);
        assert_eq!((rows.coverage(&rows.rows[2]), rows.rows[2].kind()), (None, None));
        assert!(!rows.of_indicator.iter().flatten().any(|&p| p == 0));
        // Nor a subject: an unknown indicator or bad dates group with nothing.
        assert_eq!((rows.subject(0), rows.subject(2)), (None, None));
        assert!(rows.subject(1).is_some(), "an unknown source still has a subject");
    }

    #[test]
    fn the_year_range_spans_the_rows_whose_dates_parse() {
        let text = include_str!("../../public/data/morocco.json");
        let fresh: Dataset = serde_json::from_str(text).unwrap();
        let years: Vec<i32> = fresh.observations[1..].iter().filter_map(|o| o.coverage()).map(|c| c.year()).collect();
        let all = (*years.iter().min().unwrap(), *years.iter().max().unwrap());
        assert!(all.0 < all.1);
        // A bad date (year 1900) is left out, not taken as the first year.
        let mut ds: Dataset = serde_json::from_str(text).unwrap();
        ds.observations[0].start = "1900-01-01".into();
        ds.observations[0].end = "1900-02-30".into();
        let rows = ds.rows();
        assert_eq!(year_range(&rows.rows), Some(all));
        assert_eq!(year_range(&rows.rows[1..2]), Some((rows.rows[1].year, rows.rows[1].year)));
        assert_eq!(year_range(&rows.rows[0..1]), None);
        assert_eq!(year_range(&[]), None);
    }

    #[test]
    fn shown_rows_give_their_years_and_each_publisher_once_in_order() {
        let ds: Dataset = serde_json::from_str(include_str!("../../public/data/morocco.json")).unwrap();
        let publisher_of = |o: &Observation| ds.sources.iter().find(|s| s.id == o.source).unwrap().publisher.as_str();
        let mut in_order: Vec<&str> = ds.observations.iter().map(publisher_of).collect();
        let mut once = std::collections::HashSet::new();
        in_order.retain(|p| once.insert(*p));
        assert!(in_order.len() > 2, "{in_order:?}");
        let all: Vec<u32> = (0..ds.observations.len() as u32).collect();
        assert_eq!(ds.shown(&all), Shown { years: year_range(&ds.rows().rows), publishers: in_order.clone() });
        // Backwards, the publishers come in the order of the rows given.
        let backwards: Vec<u32> = all.iter().rev().copied().collect();
        let last_first = publisher_of(ds.observations.last().unwrap());
        assert_eq!(ds.shown(&backwards).publishers[0], last_first);
        // One publisher's rows: that publisher alone, over its own years.
        let theirs: Vec<u32> = all.iter().copied().filter(|&p| publisher_of(ds.observation(p)) == in_order[1]).collect();
        let years = year_range(theirs.iter().map(|&p| &ds.rows().rows[p as usize]));
        assert_eq!(ds.shown(&theirs), Shown { years, publishers: vec![in_order[1]] });
        assert_eq!(ds.shown(&[]), Shown { years: None, publishers: vec![] });
    }
}
