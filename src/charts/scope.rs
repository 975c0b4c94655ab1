//! What each chart draws, and what its figures count where their label
//! alone misleads: the scope notes of the indicators it draws. The cards
//! carry them; a chart embedded alone, or saved as a PNG, showed 48,963
//! "attempts foiled" with nothing to say that they are events, not people.

use super::{composition, discrepancy, europe, featured, shorten, trend, Input};
use crate::data::date::{CoverageKind, Day};
use crate::data::{Observation, Qualifier};
use crate::state::ChartId;
use crate::text::{self, Key};

/// The default dataset's longest note has 149 characters.
const NOTE_MAX: usize = 300;
/// Labels named before a note shared by more, as "(+15)": the default
/// dataset's notes are shared by two at most.
const LABELS_MAX: usize = 3;

/// One line per note, "Label: note", in the order of `indicators`; a label
/// and a note of another dataset cut where they would bury the chart (a note
/// of 10,000 letters). Indicators with the same note share its line
/// ("National police arrests, Networks dismantled by the national police: …"),
/// up to `LABELS_MAX` of them.
pub fn scope_notes(input: &Input, indicators: &[String]) -> Vec<String> {
    let lang = input.lang();
    let mut seen: Vec<&str> = Vec::new();
    // Each note with the labels it is said of.
    let mut notes: Vec<(&str, Vec<String>)> = Vec::new();
    for id in indicators {
        if seen.contains(&id.as_str()) {
            continue;
        }
        seen.push(id);
        let Some(note) = input.indicator(id).and_then(|i| i.scope_note.as_ref()).map(|n| n.get(lang)).filter(|n| !n.is_empty()) else {
            continue;
        };
        let label = input.short_label(id);
        match notes.iter_mut().find(|(text, _)| *text == note) {
            Some((_, labels)) => labels.push(label),
            None => notes.push((note, vec![label])),
        }
    }
    notes
        .iter()
        .map(|(note, labels)| {
            let mut named = text::list(lang, &labels[..labels.len().min(LABELS_MAX)]);
            if labels.len() > LABELS_MAX {
                named.push_str(&text::more(lang, labels.len() - LABELS_MAX));
            }
            text::labelled(lang, &named, &shorten(note, NOTE_MAX))
        })
        .collect()
}

/// Part-year periods named in a chart's line, before "n more": the
/// default dataset's trend has 9; a generated one of 36 years, hundreds.
const PERIODS_MAX: usize = 12;
/// Qualified figures named in a chart's line, before "(+n)".
const QUALIFIED_MAX: usize = 8;

/// The figures of `figures` that their publishers did not give exactly
/// ("about 47,000", "at least 40,000"), in a line: "Approximate or minimum
/// figures, as published: Frontex detections — 2023: at least 40,000 ·
/// flexi-news; …".
/// The trend's and Europe's bars carry no figure, and their tooltips and
/// data tables, which do, are neither in a PNG nor on paper: a quoted
/// picture showed 40,000 as exact.
pub fn qualified_line(input: &Input, figures: &[&Observation]) -> Option<String> {
    let qualified: Vec<&&Observation> = figures.iter().filter(|o| o.qualifier != Qualifier::Exact).collect();
    if qualified.is_empty() {
        return None;
    }
    let lang = input.lang();
    let named = qualified.iter().take(QUALIFIED_MAX).map(|o| format!("{} — {}", input.short_label(&o.indicator), input.year_point_name(o)));
    let list = input.listed(named, qualified.len().saturating_sub(QUALIFIED_MAX));
    Some(text::labelled(lang, text::get(lang, Key::NotExact), &list))
}

/// The indicators of `figures`, in their order.
pub fn indicators_of(figures: &[&Observation]) -> Vec<String> {
    figures.iter().map(|o| o.indicator.clone()).collect()
}

/// The figures a chart draws, from one of its builder's own functions.
pub type Figures = for<'a> fn(&Input<'a>) -> Vec<&'a Observation>;

/// The figures `chart` draws: whether it has any to draw, and the
/// indicators whose scope notes go under it.
pub fn figures_of(chart: ChartId) -> Figures {
    match chart {
        ChartId::Featured => featured::bars,
        ChartId::Trend => trend::marks,
        ChartId::Composition => composition::marks,
        ChartId::Europe => europe::marks,
        ChartId::Discrepancy => discrepancy::dots,
    }
}

/// The figures whose publishers `chart`'s caption names: those it draws,
/// and the other figures that the trend's and Europe's bars name beside them.
pub fn credited_of(chart: ChartId) -> Figures {
    match chart {
        ChartId::Trend => trend::credited,
        ChartId::Europe => europe::credited,
        chart => figures_of(chart),
    }
}

/// The periods of the part-year figures of `figures`, each once, earliest
/// first, in a line: "Striped bars cover: Jan 2017 – report date,
/// Jan – Sep 2018, …". Under the chart, on screen as on paper and in its
/// PNG: side by side, a Jan–Aug 2025 bar and a Jan–Sep 2024 one looked
/// alike, and only their tooltips gave the months.
pub fn part_year_line(input: &Input, figures: &[&Observation]) -> Option<String> {
    // A few periods: each put in its place as found, rather than a sort
    // (which weighed 1 KB of wasm).
    // By period and whether it ends at its report's date: a count to Nov 30
    // and one to an autumn report stored as Nov 30 are said apart.
    // Written by `Intl` only for those named: a generated dataset's
    // hundreds of periods had each been written on every click, for a line
    // that names 12.
    let mut periods: Vec<((Day, Day, bool), &Observation)> = Vec::new();
    for o in figures.iter().filter(|o| o.coverage_kind() == Some(CoverageKind::YearToDate)) {
        let Some(c) = o.coverage() else { continue };
        let key = (c.start, c.end, o.end_is_report_date);
        if !periods.iter().any(|(k, _)| *k == key) {
            let at = periods.iter().position(|(k, _)| *k > key).unwrap_or(periods.len());
            periods.insert(at, (key, o));
        }
    }
    let lang = input.lang();
    let more = periods.len().saturating_sub(PERIODS_MAX);
    let mut periods: Vec<String> = periods.into_iter().take(PERIODS_MAX).map(|(_, o)| input.coverage(o)).collect();
    if more > 0 {
        periods.push(text::fill(text::get(lang, Key::MoreItems), &[("n", &input.format.number(more as f64))]));
    }
    (!periods.is_empty()).then(|| text::labelled(lang, text::get(lang, Key::PartYearMonths), &text::list(lang, &periods)))
}

/// The indicators a chart draws, in the order it draws them, found without
/// laying out its figures a second time: its notes are shown on every change,
/// for charts out of view too, and at 100,000 rows the trend's layout again
/// cost a filter several milliseconds. (The dashboard's disagreements chart
/// takes them from the grouping it draws, made once for both.)
pub fn drawn_indicators(input: &Input, chart: ChartId) -> Vec<String> {
    match chart {
        ChartId::Featured | ChartId::Composition | ChartId::Discrepancy => indicators_of(&figures_of(chart)(input)),
        // Their series, less those the filters leave no year's figure of,
        // which draw nothing.
        ChartId::Europe => europe::drawn_with_a_year(input),
        ChartId::Trend => with_a_year(input, trend::indicators(input)),
    }
}

/// Of `ids`, those with a figure of a year (or part of one) among the rows
/// the filters let through.
fn with_a_year(input: &Input, ids: impl IntoIterator<Item = String>) -> Vec<String> {
    ids.into_iter().filter(|id| trend::has_a_year(input, id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::{default_dataset, filters_with, PlainFormat};
    use crate::data::Lang;
    use crate::state::Filters;

    #[test]
    fn the_featured_chart_says_attempts_are_events_and_what_each_return_count_holds() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let notes = scope_notes(&input, &indicators_of(&featured::bars(&input)));
        assert_eq!(notes.len(), 3, "{notes:#?}");
        assert_eq!(notes[0], "Irregular migration attempts foiled: Attempts are events, not people: one person can be counted several times.");
        assert!(notes[1].starts_with("Voluntary returns (Interior Ministry): Includes returns arranged with embassies"), "{notes:#?}");
        assert!(notes[2].starts_with("Refugees recognised by the state (BRA): A stock at a date, not a flow."), "{notes:#?}");
    }

    #[test]
    fn the_figures_of_europe_not_given_exactly_are_named_with_their_qualifier_and_publisher() {
        let ds = default_dataset();
        let filters = filters_with(|f| { f.categories.insert("europe".into()); });
        let input = Input::new(&ds, &filters, &PlainFormat);
        let line = qualified_line(&input, &europe::marks(&input)).expect("Frontex's figures are qualified");
        assert!(line.starts_with("Approximate or minimum figures, as published: "), "{line}");
        assert!(line.contains("2023: at least 40000 · "), "{line}");
        assert!(line.contains("2024: about 47000 · "), "{line}");
        assert!(line.contains("about 12150 · "), "{line}");
        // Spain's figures, given exactly, are not named.
        assert!(!line.contains("63970"), "{line}");
        // Exact figures alone: no line.
        let exact: Vec<&Observation> = europe::marks(&input).into_iter().filter(|o| o.qualifier == Qualifier::Exact).collect();
        assert!(!exact.is_empty());
        assert_eq!(qualified_line(&input, &exact), None);
    }

    #[test]
    fn indicators_with_one_note_share_its_line_and_those_without_say_nothing() {
        let ds = default_dataset();
        let filters = Filters { indicators: ["dgsn_arrests", "dgsn_networks", "networks_dismantled"].map(String::from).into(), ..Filters::default() };
        let input = Input::new(&ds, &filters, &PlainFormat);
        let marks = trend::marks(&input);
        assert!(marks.iter().any(|o| o.indicator == "networks_dismantled"));
        let notes = scope_notes(&input, &indicators_of(&marks));
        assert_eq!(notes.len(), 1, "{notes:#?}");
        let police = |id: &str| ds.indicator(id).unwrap().label.get(Lang::En).to_string();
        let both = format!("{}, {}", police("dgsn_arrests"), police("dgsn_networks"));
        assert!(notes[0].starts_with(&format!("{both}: National police operations only")), "{notes:#?}");
    }

    #[test]
    fn a_note_of_another_dataset_is_cut_where_it_would_bury_the_chart() {
        let mut ds = default_dataset();
        let attempts = ds.indicators.iter_mut().find(|i| i.id == "attempts_foiled").unwrap();
        attempts.scope_note = Some(crate::data::Text::Plain("L".repeat(10_000)));
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let notes = scope_notes(&input, &indicators_of(&featured::bars(&input)));
        let cut = format!("Irregular migration attempts foiled: {}…", "L".repeat(300));
        assert_eq!(notes[0], cut);
    }

    #[test]
    fn a_note_shared_by_many_names_three_of_them_and_counts_the_rest() {
        let mut ds = default_dataset();
        for indicator in &mut ds.indicators {
            indicator.scope_note = Some(crate::data::Text::Plain("Provisional.".into()));
        }
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let ids: Vec<String> = ds.indicators.iter().map(|i| i.id.clone()).collect();
        assert!(ids.len() > 10);
        let notes = scope_notes(&input, &ids);
        let three: Vec<String> = ids[..3].iter().map(|id| input.short_label(id)).collect();
        assert_eq!(notes, [format!("{} (+{}): Provisional.", three.join(", "), ids.len() - 3)]);
    }

    /// The cheap way to a chart's indicators says what its figures would:
    /// the same notes, in the same order.
    #[test]
    fn a_chart_says_the_notes_of_the_figures_it_draws() {
        use crate::data::Geography;
        let ds = default_dataset();
        let with = filters_with;
        let states = [
            Filters::default(),
            with(|f| { f.categories.insert("enforcement".into()); }),
            with(|f| { f.categories.insert("returns".into()); }),
            with(|f| { f.geographies.insert(Geography::Spain); }),
            with(|f| f.years = Some((2019, 2020))),
            with(|f| f.coverage = crate::state::CoverageFilter::YearToDate),
            with(|f| { f.sources.insert("le360-2017".into()); }),
            with(|f| { f.indicators.insert("dgsn_arrests".into()); f.indicators.insert("frontex_western_african".into()); }),
        ];
        for filters in states {
            let input = Input::new(&ds, &filters, &PlainFormat);
            for chart in ChartId::ALL {
                let expected = scope_notes(&input, &indicators_of(&figures_of(chart)(&input)));
                assert_eq!(scope_notes(&input, &drawn_indicators(&input, chart)), expected, "{chart:?} under {filters:?}");
            }
        }
    }

    #[test]
    fn nothing_drawn_has_no_note() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        assert!(scope_notes(&input, &[]).is_empty());
    }

    #[test]
    fn a_chart_names_the_periods_of_its_part_year_figures_once_each() {
        let ds = default_dataset();
        let filters = Filters { years: Some((2017, 2018)), ..filters_with(|f| {
            f.indicators.insert("attempts_foiled".into());
        }) };
        let input = Input::new(&ds, &filters, &PlainFormat);
        let line = part_year_line(&input, &figures_of(ChartId::Trend)(&input)).unwrap();
        assert_eq!(line, "Striped bars cover: Jan 2017 – report date, Jan 2018 – report date");
        // Full years only: none.
        let filters = Filters { coverage: crate::state::CoverageFilter::FullYear, ..Filters::default() };
        let input = Input::new(&ds, &filters, &PlainFormat);
        assert_eq!(part_year_line(&input, &figures_of(ChartId::Trend)(&input)), None);
    }

    #[test]
    fn past_twelve_periods_the_line_counts_the_rest() {
        let mut ds = default_dataset();
        let model = ds.observations.iter().find(|o| o.indicator == "attempts_foiled").unwrap().clone();
        for year in 1990..2004 {
            ds.observations.push(Observation { start: format!("{year}-01-01"), end: format!("{year}-08-31"), ..model.clone() });
        }
        let filters = Filters { years: Some((1990, 2003)), ..Default::default() };
        let input = Input::new(&ds, &filters, &PlainFormat);
        let line = part_year_line(&input, &figures_of(ChartId::Trend)(&input)).unwrap();
        assert!(line.starts_with("Striped bars cover: Jan 1990 – Aug 1990, Jan 1991 – Aug 1991, "), "{line}");
        assert!(line.ends_with(", Jan 2001 – Aug 2001, 2 more"), "{line}");
    }
}
