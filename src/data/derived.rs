//! Facts computed from a dataset: like-for-like change, shares, latest
//! periods. Pure, so the cards and charts can trust them and tests can pin them.

use super::date::{Coverage, CoverageKind};
use super::model::{Dataset, Observation};

/// Change against the same coverage months of the year before.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'a> {
    pub previous: &'a Observation,
    /// (current - previous) / previous; `None` when previous is 0, or when
    /// either is not given exactly: "-28.8%" from "about 2,300" is a
    /// precision no publisher gave.
    pub ratio: Option<f64>,
}

/// Observations of `indicator` with exactly `coverage`, in dataset order.
/// From the indicator's own rows (`Dataset::rows`) rather than a scan of
/// every observation comparing ids: the cards ask this for each featured
/// figure, at first render and on each change of language.
pub fn observations_for<'a>(ds: &'a Dataset, indicator: &str, coverage: Coverage) -> Vec<&'a Observation> {
    let rows = ds.rows();
    ds.positions_of(indicator)
        .iter()
        .filter(|&&p| rows.coverage(&rows.rows[p as usize]) == Some(coverage))
        .map(|&p| ds.observation(p))
        .collect()
}

/// Like-for-like change for `current`: only against an observation of the
/// same indicator covering the same months one year earlier (Jan–Sep 2024 vs
/// Jan–Sep 2023), never against a full year; a count at its report's date
/// against one at a report's date in the same month a year earlier, which
/// publishers give by the month ("as of mid-September 2024", "by September
/// 2023"). `None` when no such observation exists. Where several sources
/// give that period, the first exact one wins.
pub fn like_for_like<'a>(ds: &'a Dataset, current: &Observation) -> Option<Change<'a>> {
    let coverage = current.coverage()?;
    let mut candidates = observations_for(ds, &current.indicator, coverage.year_before());
    if candidates.is_empty() && current.end_is_report_date && coverage.start == coverage.end {
        let month = coverage.year_before().end;
        let in_month = |o: &&Observation| o.end_is_report_date && o.coverage().is_some_and(|c| c.start == c.end && (c.end.year, c.end.month) == (month.year, month.month));
        candidates = ds.positions_of(&current.indicator).iter().map(|&p| ds.observation(p)).filter(in_month).collect();
    }
    // Prefer a figure stated exactly over "about" or "more than".
    let exact = |o: &Observation| o.qualifier == super::model::Qualifier::Exact;
    let previous = *candidates.iter().find(|o| exact(o)).or(candidates.first())?;
    let ratio = (previous.value != 0.0 && exact(previous) && exact(current)).then(|| (current.value - previous.value) / previous.value);
    Some(Change { previous, ratio })
}

/// Share of a part in its whole: the observation of `part.part_of`'s
/// indicator with the same coverage. `None` if the indicator is not a part or
/// no whole is published for that coverage.
pub fn share_of_whole<'a>(ds: &'a Dataset, part: &Observation) -> Option<(f64, &'a Observation)> {
    let whole_id = ds.indicator(&part.indicator)?.part_of.as_deref()?;
    let whole = *observations_for(ds, whole_id, part.coverage()?).first()?;
    (whole.value > 0.0).then(|| (part.value / whole.value, whole))
}

/// The latest full-year observation of an indicator.
pub fn latest_full_year<'a>(ds: &'a Dataset, indicator: &str) -> Option<&'a Observation> {
    latest_of_kind(ds, indicator, CoverageKind::FullYear)
}

/// The latest year-to-date observation of an indicator.
pub fn latest_year_to_date<'a>(ds: &'a Dataset, indicator: &str) -> Option<&'a Observation> {
    latest_of_kind(ds, indicator, CoverageKind::YearToDate)
}

fn latest_of_kind<'a>(ds: &'a Dataset, indicator: &str, kind: CoverageKind) -> Option<&'a Observation> {
    let rows = ds.rows();
    ds.positions_of(indicator)
        .iter()
        .map(|&p| (p, &rows.rows[p as usize]))
        .filter(|(_, row)| row.kind() == Some(kind))
        // max_by_key keeps the last of equal keys; reverse so the first listed wins.
        .rev()
        .max_by_key(|(_, row)| rows.coverage(row).map(|c| c.end))
        .map(|(p, _)| ds.observation(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::*;

    fn obs(indicator: &str, start: &str, end: &str, value: f64) -> Observation {
        Observation {
            indicator: indicator.into(),
            start: start.into(),
            end: end.into(),
            end_is_report_date: false,
            value,
            qualifier: Qualifier::Exact,
            source: "s".into(),
            also_reported_by: vec![],
            note: None,
            parsed: Default::default(),
        }
    }

    fn indicator(id: &str, part_of: Option<&str>) -> Indicator {
        Indicator {
            id: id.into(),
            category: "c".into(),
            label: Text::Plain(id.into()),
            unit: Unit::People,
            definition: Text::Plain(String::new()),
            scope_note: None,
            geography: Geography::Morocco,
            part_of: part_of.map(Into::into),
        }
    }

    fn dataset(observations: Vec<Observation>) -> Dataset {
        Dataset {
            schema_version: 1,
            metadata: Metadata {
                title: Text::Plain("t".into()),
                description: Text::Plain("d".into()),
                publisher: Text::Plain("p".into()),
                licence: "CC BY 4.0".into(),
                last_updated: "2026-11-28".into(),
                featured: FeaturedReport {
                    title: Text::Plain("f".into()),
                    start: "2024-01-01".into(),
                    end: "2024-09-30".into(),
                    presented: None,
                    indicators: vec![],
                },
                embed_origins: vec![],
            },
            sources: vec![],
            categories: vec![],
            indicators: vec![indicator("attempts", None), indicator("returns", None), indicator("returns_iom", Some("returns"))],
            observations,
            rows: Default::default(),
        }
    }

    #[test]
    fn like_for_like_uses_the_same_months_only() {
        let ds = dataset(vec![
            obs("attempts", "2023-01-01", "2023-12-31", 75_184.0),
            obs("attempts", "2023-01-01", "2023-09-30", 60_192.0),
            obs("attempts", "2024-01-01", "2024-09-30", 48_963.0),
        ]);
        let change = like_for_like(&ds, &ds.observations[2]).unwrap();
        assert_eq!(change.previous.value, 60_192.0);
        let ratio = change.ratio.unwrap();
        assert!((ratio - (48_963.0 - 60_192.0) / 60_192.0).abs() < 1e-12);
        assert!((ratio * 100.0 + 18.655).abs() < 0.001, "{ratio}");
    }

    #[test]
    fn like_for_like_prefers_an_exact_figure_and_else_takes_the_first() {
        let about = |value| Observation { qualifier: Qualifier::Approx, ..obs("attempts", "2023-01-01", "2023-09-30", value) };
        let now = obs("attempts", "2024-01-01", "2024-09-30", 48_963.0);
        let ds = dataset(vec![about(60_000.0), obs("attempts", "2023-01-01", "2023-09-30", 60_192.0), now.clone()]);
        assert_eq!(like_for_like(&ds, &ds.observations[2]).unwrap().previous.value, 60_192.0);
        let ds = dataset(vec![about(60_000.0), about(61_000.0), now]);
        assert_eq!(like_for_like(&ds, &ds.observations[2]).unwrap().previous.value, 60_000.0);
    }

    #[test]
    fn like_for_like_is_none_without_a_matching_period() {
        // Only a full year before: never compared with a Jan–Sep figure.
        let ds = dataset(vec![
            obs("attempts", "2023-01-01", "2023-12-31", 75_184.0),
            obs("attempts", "2024-01-01", "2024-09-30", 48_963.0),
        ]);
        assert_eq!(like_for_like(&ds, &ds.observations[1]), None);
    }

    #[test]
    fn share_of_a_part_in_its_whole() {
        let ds = dataset(vec![
            obs("returns", "2024-01-01", "2024-09-30", 4_388.0),
            obs("returns_iom", "2024-01-01", "2024-09-30", 1_664.0),
            obs("returns_iom", "2023-01-01", "2023-09-30", 3_317.0),
        ]);
        let (share, whole) = share_of_whole(&ds, &ds.observations[1]).unwrap();
        assert_eq!(whole.value, 4_388.0);
        assert!((share - 1_664.0 / 4_388.0).abs() < 1e-12);
        // No whole published for Jan–Sep 2023.
        assert_eq!(share_of_whole(&ds, &ds.observations[2]), None);
        // Not a part.
        assert_eq!(share_of_whole(&ds, &ds.observations[0]), None);
    }

    #[test]
    fn latest_full_year_and_year_to_date() {
        let ds = dataset(vec![
            obs("attempts", "2023-01-01", "2023-12-31", 75_184.0),
            obs("attempts", "2024-01-01", "2024-12-31", 78_685.0),
            obs("attempts", "2024-01-01", "2024-09-30", 48_963.0),
            obs("attempts", "2025-01-01", "2025-08-31", 42_437.0),
            obs("attempts", "2016-12-15", "2017-12-31", 1.0),
        ]);
        assert_eq!(latest_full_year(&ds, "attempts").unwrap().value, 78_685.0);
        assert_eq!(latest_year_to_date(&ds, "attempts").unwrap().value, 42_437.0);
        assert_eq!(latest_full_year(&ds, "nothing"), None);
    }

    #[test]
    fn a_count_at_a_report_date_is_compared_with_one_in_the_same_month_a_year_before() {
        let at = |start: &str, value, qualifier| Observation { end_is_report_date: true, qualifier, ..obs("attempts", start, start, value) };
        // "About 2,300" by September 2023, 1,638 as of mid-September 2024:
        // both shown, with no percentage from a figure given as about.
        let ds = dataset(vec![at("2023-09-30", 2_300.0, Qualifier::Approx), at("2024-09-15", 1_638.0, Qualifier::Exact), at("2015-11-30", 614.0, Qualifier::Exact)]);
        let change = like_for_like(&ds, &ds.observations[1]).unwrap();
        assert_eq!((change.previous.value, change.ratio), (2_300.0, None));
        // Exact both, a percentage; another month a year before, nothing.
        let ds = dataset(vec![at("2023-09-30", 2_000.0, Qualifier::Exact), at("2024-09-15", 1_500.0, Qualifier::Exact)]);
        assert_eq!(like_for_like(&ds, &ds.observations[1]).unwrap().ratio, Some(-0.25));
        let ds = dataset(vec![at("2023-08-31", 2_000.0, Qualifier::Exact), at("2024-09-15", 1_500.0, Qualifier::Exact)]);
        assert_eq!(like_for_like(&ds, &ds.observations[1]), None);
        // A flow to a report's date is compared by its months only.
        let flow = Observation { end_is_report_date: true, ..obs("attempts", "2024-01-01", "2024-09-15", 1.0) };
        let ds = dataset(vec![at("2023-09-30", 2_000.0, Qualifier::Exact), flow]);
        assert_eq!(like_for_like(&ds, &ds.observations[1]), None);
    }
}
