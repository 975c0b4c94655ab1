//! A year's figures of one indicator that cannot both hold as published: a
//! shorter period's figure above that of a longer period including it
//! (January–August 2021's 8,890 voluntary returns against the full year's
//! about 3,500). Both stay drawn or named; the note under the trend says
//! so, as a reader comparing the bars would ask which to quote.

use super::Layout;
use crate::data::date::CoverageKind;
use crate::charts::Input;
use crate::data::{Observation, Qualifier};
use crate::text::{self, Key};

use crate::charts::NAMED;

/// A figure above another whose period includes its own: (shorter, longer).
pub type Pair<'a> = (&'a Observation, &'a Observation);

/// The pairs among the figures the chart draws and names (`PerYear::also`),
/// by indicator, then year.
pub(super) fn among<'a>(layout: &Layout<'a>) -> Vec<Pair<'a>> {
    let mut pairs = Vec::new();
    let mut figures: Vec<&'a Observation> = Vec::new();
    for per_kind in &layout.per_year {
        for &year in &layout.axis_years {
            figures.clear();
            // Full years, then years to date, as the filters show them.
            for &kind in layout.kinds {
                let by_year = &per_kind[usize::from(kind != CoverageKind::FullYear)];
                figures.extend(by_year.get(year));
                figures.extend(by_year.also(year).0);
            }
            for &shorter in &figures {
                for &longer in &figures {
                    if exceeds(shorter, longer) {
                        pairs.push((shorter, longer));
                    }
                }
            }
        }
    }
    pairs
}

/// Whether `shorter`'s period lies within `longer`'s, not the same, and its
/// figure is above `longer`'s as published: its least above the other's
/// most, where "about" a figure is within a tenth of it and "at least" one
/// has no most. A figure counted to its report's date has no known end
/// (the stored one is the report's), so it holds no shorter period.
fn exceeds(shorter: &Observation, longer: &Observation) -> bool {
    let (Some(a), Some(b)) = (shorter.coverage(), longer.coverage()) else { return false };
    let within = a.start >= b.start && a.end <= b.end && a != b && !longer.end_is_report_date;
    let least = if shorter.qualifier == Qualifier::Approx { shorter.value * 0.9 } else { shorter.value };
    let most = match longer.qualifier {
        Qualifier::Approx => longer.value * 1.1,
        Qualifier::AtLeast => f64::INFINITY,
        Qualifier::Exact => longer.value,
    };
    within && least > most
}

/// The note under the chart naming `pairs`: "Some figures are above
/// those of a longer period including theirs (sources may count
/// differently): Voluntary returns (Interior Ministry): Jan – Aug 2021:
/// 8,890 · El Faro de Ceuta (EFE), against 2021: about 3,500 · CGTN
/// (Xinhua)."
pub fn note(input: &Input, pairs: &[Pair]) -> Option<String> {
    if pairs.is_empty() {
        return None;
    }
    let lang = input.lang();
    let named = pairs.iter().take(NAMED).map(|(shorter, longer)| {
        let against = text::fill(text::get(lang, Key::Against), &[("shorter", &input.year_point_name(shorter)), ("longer", &input.year_point_name(longer))]);
        text::labelled(lang, &input.short_label(&shorter.indicator), &against)
    });
    let list = input.listed(named, pairs.len() - pairs.len().min(NAMED));
    Some(text::fill(text::get(lang, Key::AboveLongerPeriod), &[("pairs", &list)]))
}

#[cfg(test)]
mod tests {
    use super::super::{build_noted, layout};
    use super::*;
    use crate::charts::test_support::*;
    use crate::state::Filters;

    fn named(pairs: &[Pair]) -> Vec<(String, String, f64, f64)> {
        pairs.iter().map(|(a, b)| (a.indicator.clone(), a.start[..4].to_string(), a.value, b.value)).collect()
    }

    #[test]
    fn the_default_dataset_s_shorter_periods_above_longer_ones_are_noted() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let pairs = among(&layout(&input));
        // January–August 2021's 8,890 returns against the full year's about
        // 3,500. Not January–August 2022's at least 56,000 attempts against
        // 40,589 "to the report's date": that count's cut-off is unpublished,
        // so it may end before August.
        assert_eq!(named(&pairs), [("voluntary_returns".into(), "2021".into(), 8_890.0, 3_500.0)]);
        // Its line after the figures not given exactly; then the months of
        // the dashed bars.
        let (_, note, _) = build_noted(&input);
        let note = note.unwrap();
        let lines: Vec<&str> = note.lines().collect();
        assert!(lines[lines.len() - 1].starts_with("Striped bars cover: Jan 2017 – Nov 2017, Jan 2017 – report date, "), "{note}");
        assert_eq!(lines.get(lines.len() - 2).copied(), Some("Some figures are above those of a longer period including theirs (sources may count differently): Voluntary returns (Interior Ministry): Jan 2021 – Aug 2021: 8890 · El Faro de Ceuta (EFE), against 2021: about 3500 · CGTN (Xinhua)."));
        // Only what the filters show: the full years alone hold none.
        let full_years = filters_with(|f| f.coverage = crate::state::CoverageFilter::FullYear);
        let full_note = build_noted(&Input::new(&ds, &full_years, &PlainFormat)).1.unwrap_or_default();
        assert!(!full_note.contains("Some figures are above"), "{full_note}");
        assert!(build_noted(&Input::new(&ds, &filters, &ArabicPlainFormat)).1.unwrap().lines().any(|l| l.starts_with("بعض الأرقام تفوق")));
    }

    #[test]
    fn a_figure_is_above_another_only_as_published_least_above_most() {
        let ds = default_dataset();
        let model = ds.observations[0].clone();
        let figure = |end: &str, value: f64, qualifier: Qualifier| Observation { start: "2021-01-01".into(), end: end.into(), value, qualifier, ..model.clone() };
        let year = |value, qualifier| figure("2021-12-31", value, qualifier);
        let august = |value| figure("2021-08-31", value, Qualifier::Exact);
        assert!(exceeds(&august(105.0), &year(100.0, Qualifier::Exact)));
        assert!(!exceeds(&august(100.0), &year(100.0, Qualifier::Exact)));
        // "At least" a figure has no most.
        assert!(!exceeds(&august(1e9), &year(100.0, Qualifier::AtLeast)));
        assert!(exceeds(&figure("2021-08-31", 105.0, Qualifier::AtLeast), &year(100.0, Qualifier::Exact)));
        // "About" a figure is within a tenth of it, either way.
        assert!(!exceeds(&august(110.0), &year(100.0, Qualifier::Approx)), "within a tenth of about 100");
        assert!(exceeds(&august(111.0), &year(100.0, Qualifier::Approx)));
        assert!(!exceeds(&figure("2021-08-31", 111.0, Qualifier::Approx), &year(100.0, Qualifier::Exact)), "about 111 may be 99.9");
        assert!(exceeds(&figure("2021-08-31", 112.0, Qualifier::Approx), &year(100.0, Qualifier::Exact)));
        assert!(!exceeds(&figure("2021-08-31", 122.0, Qualifier::Approx), &year(100.0, Qualifier::Approx)), "both about: 109.8 against 110");
        assert!(exceeds(&figure("2021-08-31", 123.0, Qualifier::Approx), &year(100.0, Qualifier::Approx)));
        // Not a shorter period: the same one, a longer one, one reaching past it.
        assert!(!exceeds(&year(105.0, Qualifier::Exact), &year(100.0, Qualifier::Exact)));
        assert!(!exceeds(&year(105.0, Qualifier::Exact), &august(100.0)));
        assert!(!exceeds(&figure("2022-03-31", 105.0, Qualifier::Exact), &year(100.0, Qualifier::Exact)));
        // Nor one counted to its report's date, whose cut-off is unknown.
        let to_report = Observation { end_is_report_date: true, ..year(100.0, Qualifier::Exact) };
        assert!(!exceeds(&august(105.0), &to_report));
    }

    #[test]
    fn past_three_pairs_the_note_counts_the_rest() {
        let mut ds = default_dataset();
        let model = ds.observations.iter().find(|o| o.indicator == "attempts_foiled").unwrap().clone();
        for year in 1990..1995 {
            for (end, value) in [("08-31", 20.0), ("12-31", 10.0)] {
                ds.observations.push(Observation { start: format!("{year}-01-01"), end: format!("{year}-{end}"), value, qualifier: Qualifier::Exact, ..model.clone() });
            }
        }
        let filters = Filters { years: Some((1990, 1994)), ..Default::default() };
        let note = build_noted(&Input::new(&ds, &filters, &PlainFormat)).1.unwrap();
        let note = note.lines().find(|l| l.starts_with("Some figures")).unwrap();
        assert!(note.ends_with("; 2 more."), "{note}");
        assert_eq!(note.matches(", against ").count(), 3, "{note}");
    }
}
