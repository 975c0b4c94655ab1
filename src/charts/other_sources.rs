//! Figures that the source filter alone leaves out, which share indicator
//! and period with a figure it keeps. Where publishers disagree, both are
//! shown, also to a reader (or an article's embed) who chose one publisher:
//! Le360's 73 smuggling networks for January–November 2017 came without
//! the North Africa Post's 80 for the same months.

use std::borrow::Cow;

use super::{Input, NAMED};
use crate::data::{Dataset, Observation};
use crate::state::Filters;
use crate::text::{self, Key};

/// The positions the filters keep, with those of the figures that the
/// source filter alone leaves out and that share indicator and coverage
/// with one kept, in dataset order. The positions kept alone when no
/// source is chosen. Worked out once per change by the page
/// (`Input::with_other_sources_found`), which several charts read.
pub fn with_other_sources<'i>(input: &'i Input) -> Cow<'i, [u32]> {
    let kept = input.positions();
    match input.other_sources_found() {
        _ if input.filters.sources.is_empty() => Cow::Borrowed(kept),
        Some(found) => Cow::Borrowed(found),
        None => Cow::Owned(widen(input.dataset, input.filters, kept)),
    }
}

/// `kept` (what `filters` keep of `ds`, a source being chosen) with the
/// other sources' figures for the same indicators and coverages: a second
/// filter pass, without the source filter.
pub fn widen(ds: &Dataset, filters: &Filters, kept: &[u32]) -> Vec<u32> {
    let rows = ds.rows();
    let mut subject_kept = vec![false; rows.subjects];
    for &position in kept {
        if let Some(subject) = rows.subject(position) {
            subject_kept[subject] = true;
        }
    }
    let any_source = Filters { sources: Default::default(), ..filters.clone() };
    // A kept row with a subject has it marked: only one without (its dates
    // unparsed) is looked for among those kept.
    any_source.matching_indices(ds).into_iter().filter(|&p| rows.subject(p).is_some_and(|s| subject_kept[s]) || kept.binary_search(&p).is_ok()).collect()
}

/// Those figures the source filter alone leaves out, in dataset order.
pub fn left_out<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    if input.filters.sources.is_empty() {
        return Vec::new();
    }
    // Both in dataset order: what the wider has beyond those kept, in one walk.
    let mut kept = input.positions().iter().peekable();
    let all = with_other_sources(input);
    all.iter()
        .filter(|&&p| {
            while kept.next_if(|&&k| k < p).is_some() {}
            kept.next_if_eq(&&p).is_none()
        })
        .map(|&p| input.dataset.observation(p))
        .collect()
}

/// The note under a chart of the indicators `draws` keeps, naming the
/// figures left out for them: "Other sources give figures for the same
/// periods, left out by the source filter: Smuggling networks dismantled:
/// Jan 2017 – report date: 80 · North Africa Post."
pub fn note(input: &Input, draws: impl Fn(&str) -> bool) -> Option<String> {
    let figures: Vec<&Observation> = left_out(input).into_iter().filter(|o| draws(&o.indicator)).collect();
    if figures.is_empty() {
        return None;
    }
    let lang = input.lang();
    let named = figures.iter().take(NAMED).map(|o| text::labelled(lang, &input.short_label(&o.indicator), &input.year_point_name(o)));
    let list = input.listed(named, figures.len() - figures.len().min(NAMED));
    Some(text::fill(text::get(lang, Key::OtherSourcesLeftOut), &[("figures", &list)]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;

    fn left_out_of(sources: &[&str]) -> Vec<(String, String, f64)> {
        let ds = default_dataset();
        let mut filters = Filters::default();
        for id in sources {
            Filters::toggle(&mut filters.sources, id);
        }
        let input = Input::new(&ds, &filters, &PlainFormat);
        let figures = |input: &Input| left_out(input).into_iter().map(|o| (o.indicator.clone(), o.source.clone(), o.value)).collect::<Vec<_>>();
        let own = figures(&input);
        // The same from the positions the page finds once per change.
        let kept = filters.matching_indices(&ds);
        let found = widen(&ds, &filters, &kept);
        let given = Input::with_matching(&ds, &filters, &PlainFormat, &kept).with_other_sources_found(Some(&found));
        assert_eq!(figures(&given), own);
        own
    }

    #[test]
    fn a_chosen_publisher_keeps_the_others_figures_for_its_periods() {
        let hidden = left_out_of(&["le360-2017"]);
        assert!(hidden.contains(&("networks_dismantled".into(), "northafricapost-2017".into(), 80.0)), "{hidden:?}");
        assert!(hidden.contains(&("attempts_foiled".into(), "northafricapost-2017".into(), 50000.0)), "{hidden:?}");
        // Elnashra's 2017 covers the whole year, not Le360's months.
        assert!(hidden.iter().all(|(_, source, _)| source == "northafricapost-2017"), "{hidden:?}");
    }

    #[test]
    fn nothing_is_left_out_without_a_source_filter_or_when_both_are_chosen() {
        assert_eq!(left_out_of(&[]), []);
        assert_eq!(left_out_of(&["le360-2017", "northafricapost-2017"]), []);
        // A publisher no other shares a period with.
        assert_eq!(left_out_of(&["kaayxol-2025"]), []);
    }
}

#[cfg(test)]
mod note_tests {
    use super::*;
    use crate::charts::test_support::*;
    use crate::charts::trend::build_noted;

    #[test]
    fn the_trend_names_the_other_publishers_figures_a_source_filter_leaves_out() {
        let ds = default_dataset();
        let mut filters = Filters::default();
        Filters::toggle(&mut filters.sources, "le360-2017");
        // Its line after the figures not given exactly, before the months of
        // the dashed bars.
        let note = build_noted(&Input::new(&ds, &filters, &PlainFormat)).1.unwrap();
        let lines: Vec<&str> = note.lines().collect();
        assert!(lines[lines.len() - 1].starts_with("Striped bars cover: "), "{note}");
        assert_eq!(
            lines[lines.len() - 2],
            "Other sources give figures for the same periods, left out by the source filter: \
             Irregular migration attempts foiled: Jan 2017 – report date: 50000 · North Africa Post; \
             Smuggling networks dismantled: Jan 2017 – report date: 80 · North Africa Post."
        );
        // Not for an indicator the trend does not draw.
        Filters::toggle(&mut filters.indicators, "networks_dismantled");
        let note = build_noted(&Input::new(&ds, &filters, &PlainFormat)).1.unwrap();
        assert!(note.contains(": 80 · North Africa Post") && !note.contains("50000"), "{note}");
        assert_eq!(build_noted(&Input::new(&ds, &Filters::default(), &PlainFormat)).1.map(|n| n.contains("left out")), Some(false));
    }
}
