//! What a chart's figures count, where their label alone misleads: the
//! scope notes of the indicators it draws. The cards carry them; a chart
//! embedded alone, or saved as a PNG, showed 48,963 "attempts foiled" with
//! nothing to say that they are events, not people.

use super::{shorten, Input};
use crate::data::Observation;
use crate::text;

/// The default dataset's longest note has 149 characters.
const NOTE_MAX: usize = 300;

/// One line per note, "Label: note", in the order the chart first draws each
/// indicator; a label and a note of another dataset cut where they would
/// bury the chart (a note of 10,000 letters). Indicators with the same note share
/// its line ("National police arrests, Networks dismantled by the national
/// police: …").
pub fn scope_notes(input: &Input, drawn: &[&Observation]) -> Vec<String> {
    let lang = input.lang();
    let mut seen: Vec<&str> = Vec::new();
    // Each note with the labels it is said of, "A, B".
    let mut notes: Vec<(&str, String)> = Vec::new();
    for o in drawn {
        if seen.contains(&o.indicator.as_str()) {
            continue;
        }
        seen.push(&o.indicator);
        let Some(note) = input.indicator(&o.indicator).and_then(|i| i.scope_note.as_ref()).map(|n| n.get(lang)).filter(|n| !n.is_empty()) else {
            continue;
        };
        let label = input.short_label(&o.indicator);
        match notes.iter_mut().find(|(text, _)| *text == note) {
            Some((_, labels)) => *labels = [labels.as_str(), &label].join(", "),
            None => notes.push((note, label)),
        }
    }
    notes.iter().map(|(note, labels)| text::labelled(lang, labels, &shorten(note, NOTE_MAX))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::{default_dataset, PlainFormat};
    use crate::charts::{featured, trend};
    use crate::data::Lang;
    use crate::state::Filters;

    #[test]
    fn the_featured_chart_says_attempts_are_events_and_what_each_return_count_holds() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let notes = scope_notes(&input, &featured::bars(&input));
        assert_eq!(notes.len(), 3, "{notes:#?}");
        assert_eq!(notes[0], "Irregular migration attempts foiled: Attempts are events, not people: one person can be counted several times.");
        assert!(notes[1].starts_with("Voluntary returns (Interior Ministry): Includes returns arranged with embassies"), "{notes:#?}");
        assert!(notes[2].starts_with("Refugees recognised by the state (BRA): A stock at a date, not a flow."), "{notes:#?}");
    }

    #[test]
    fn indicators_with_one_note_share_its_line_and_those_without_say_nothing() {
        let ds = default_dataset();
        let filters = Filters { indicators: ["dgsn_arrests", "dgsn_networks", "networks_dismantled"].map(String::from).into(), ..Filters::default() };
        let input = Input::new(&ds, &filters, &PlainFormat);
        let marks = trend::marks(&input);
        assert!(marks.iter().any(|o| o.indicator == "networks_dismantled"));
        let notes = scope_notes(&input, &marks);
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
        let notes = scope_notes(&input, &featured::bars(&input));
        let cut = format!("Irregular migration attempts foiled: {}…", "L".repeat(300));
        assert_eq!(notes[0], cut);
    }

    #[test]
    fn nothing_drawn_has_no_note() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        assert!(scope_notes(&input, &[]).is_empty());
    }
}
