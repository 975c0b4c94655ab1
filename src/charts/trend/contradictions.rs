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

/// The most pairs the note names; the rest are counted.
const NAMED: usize = 3;

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
/// figure is above `longer`'s as published: never above "at least" a
/// figure, and above "about" one by more than a tenth.
fn exceeds(shorter: &Observation, longer: &Observation) -> bool {
    let (Some(a), Some(b)) = (shorter.coverage(), longer.coverage()) else { return false };
    let within = a.start >= b.start && a.end <= b.end && a != b;
    let rough = shorter.qualifier == Qualifier::Approx || longer.qualifier == Qualifier::Approx;
    let above = if rough { shorter.value > longer.value * 1.1 } else { shorter.value > longer.value };
    within && above && longer.qualifier != Qualifier::AtLeast
}

/// The note under the chart naming `pairs`: "A shorter period's figure
/// above that of a longer one including it (sources may count differently):
/// Voluntary returns (Interior Ministry): Jan – Aug 2021: 8,890 · El Faro
/// de Ceuta, against 2021: about 3,500 · CGTN."
pub fn note(input: &Input, pairs: &[Pair]) -> Option<String> {
    if pairs.is_empty() {
        return None;
    }
    let lang = input.lang();
    let mut list = String::new();
    for (i, (shorter, longer)) in pairs.iter().take(NAMED).enumerate() {
        if i > 0 {
            list.push_str(text::semicolon(lang));
        }
        let against = text::fill(text::get(lang, Key::Against), &[("shorter", &input.year_point_name(shorter)), ("longer", &input.year_point_name(longer))]);
        list.push_str(&text::labelled(lang, &input.short_label(&shorter.indicator), &against));
    }
    if pairs.len() > NAMED {
        list.push_str(&text::more(lang, pairs.len() - NAMED));
    }
    Some(text::fill(text::get(lang, Key::AboveLongerPeriod), &[("pairs", &list)]))
}

#[cfg(test)]
mod tests {
    use super::super::{build_noted, layout};
    use super::*;
    use crate::charts::test_support::*;
    use crate::data::Observation;
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
        // 3,500; January–August 2022's at least 56,000 attempts against
        // 40,589 to the autumn's report.
        assert_eq!(named(&pairs), [
            ("attempts_foiled".into(), "2022".into(), 56_000.0, 40_589.0),
            ("voluntary_returns".into(), "2021".into(), 8_890.0, 3_500.0),
        ]);
        let (_, note) = build_noted(&input);
        let note = note.unwrap();
        assert!(note.starts_with("A shorter period's figure above that of a longer one including it (sources may count differently): "), "{note}");
        assert!(note.contains("Voluntary returns (Interior Ministry): Jan 2021 – Aug 2021: 8890 · El Faro de Ceuta (EFE), against 2021: about 3500 · CGTN (Xinhua)"), "{note}");
        // Only what the filters show: the full years alone hold none.
        let full_years = filters_with(|f| f.coverage = crate::state::CoverageFilter::FullYear);
        assert_eq!(build_noted(&Input::new(&ds, &full_years, &PlainFormat)).1, None);
        assert!(build_noted(&Input::new(&ds, &filters, &ArabicPlainFormat)).1.unwrap().starts_with("رقم فترة أقصر يفوق"));
    }

    #[test]
    fn a_figure_is_above_an_at_least_one_never_and_an_about_one_by_more_than_a_tenth() {
        let ds = default_dataset();
        let model = ds.observations[0].clone();
        let figure = |end: &str, value: f64, qualifier: Qualifier| Observation { start: "2021-01-01".into(), end: end.into(), value, qualifier, ..model.clone() };
        let year = |value, qualifier| figure("2021-12-31", value, qualifier);
        let august = figure("2021-08-31", 105.0, Qualifier::Exact);
        assert!(exceeds(&august, &year(100.0, Qualifier::Exact)));
        assert!(!exceeds(&august, &year(100.0, Qualifier::AtLeast)));
        assert!(!exceeds(&august, &year(100.0, Qualifier::Approx)), "within a tenth of about 100");
        assert!(exceeds(&figure("2021-08-31", 111.0, Qualifier::Exact), &year(100.0, Qualifier::Approx)));
        // Not a shorter period: the same one, or a longer one.
        assert!(!exceeds(&figure("2021-12-31", 105.0, Qualifier::Exact), &year(100.0, Qualifier::Exact)));
        assert!(!exceeds(&year(105.0, Qualifier::Exact), &figure("2021-08-31", 100.0, Qualifier::Exact)));
        // Nor a period reaching past the other's.
        assert!(!exceeds(&figure("2022-03-31", 105.0, Qualifier::Exact), &year(100.0, Qualifier::Exact)));
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
        assert!(note.ends_with(" (+2)."), "{note}");
        assert_eq!(note.matches(", against ").count(), 3, "{note}");
    }
}
