//! Composition of a whole in the featured report: voluntary returns split
//! into those coordinated with IOM and the rest.

use charming::datatype::DataPointItem;
use charming::element::{Label, Orient, TextStyle, Tooltip, Trigger};
use charming::series::Pie;
use charming::Chart;

use super::featured::{first_of_report_kept, of_report};
use super::option::with_tooltip;
use super::{palette, worded, wrap, Input};
use crate::data::date::Coverage;
use crate::data::{Observation, Qualifier};
use crate::text::{self, Key};

/// The whole and its published parts for the featured coverage: the first
/// whole indicator (in featured order) that passes the filters and has a part.
pub fn parts<'a>(input: &Input<'a>) -> Option<(&'a Observation, Vec<&'a Observation>)> {
    let ds = input.dataset;
    let featured = &ds.metadata.featured;
    let report = Coverage::parse(&featured.start, &featured.end)?;
    let rows = ds.rows();
    // From `Dataset::rows`, not the observations: scanning every
    // observation for its indicator cost 6 ms at 100,000 rows. The parts
    // follow the period, source and region filters, not the indicator
    // filter: a reader who picks the whole alone (a click on "other") keeps
    // the ring. So does one who picks a part (a click, or Enter, on its
    // slice), whose ring had emptied under the focus.
    let shown = |id: &str| input.filters.shows_indicator(ds, id);
    let whole_or_part_shown = |id: &&String| shown(id) || ds.indicators.iter().any(|i| i.part_of.as_deref() == Some(id.as_str()) && shown(&i.id));
    featured.indicators.iter().filter(whole_or_part_shown).find_map(|whole_id| {
        let whole = first_of_report_kept(input, rows, whole_id, report)?;
        let is_part: Vec<bool> = ds.indicators.iter().map(|i| i.part_of.as_deref() == Some(whole_id)).collect();
        // The parts in dataset order: one pass over the compact rows.
        let parts: Vec<&Observation> = (0u32..)
            .zip(&rows.rows)
            .filter(|&(p, row)| row.indicator().is_some_and(|slot| is_part[slot]) && of_report(rows, row, report) && input.filters.keeps_row(ds, p))
            .map(|(p, _)| ds.observation(p))
            .collect();
        (!parts.is_empty()).then_some((whole, parts))
    })
}

/// The figures the chart draws: the whole, then its parts (for its caption).
pub fn marks<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    parts(input).map(|(whole, parts)| std::iter::once(whole).chain(parts).collect()).unwrap_or_default()
}

/// The word what `parts` leave of `whole` is said with, as well as it is
/// known: about, where any of them is given as about ("about 1,200 − about
/// 1,050" is about 150, not 150); at least, under a whole given as a
/// minimum less exact parts; at most, where a part is a minimum. `None`
/// where it is not known exactly (a minimum less a figure given as about).
fn rest_word(whole: &Observation, parts: &[&Observation]) -> Option<Key> {
    let given = |q: Qualifier| std::iter::once(whole).chain(parts.iter().copied()).any(|o| o.qualifier == q);
    if whole.qualifier == Qualifier::AtLeast {
        parts.iter().all(|p| p.qualifier == Qualifier::Exact).then_some(Key::AtLeast)
    } else if parts.iter().any(|p| p.qualifier == Qualifier::AtLeast) {
        (!given(Qualifier::Approx)).then_some(Key::AtMost)
    } else if given(Qualifier::Approx) {
        Some(Key::About)
    } else {
        Some(Key::Exact)
    }
}

/// A slice of the ring: its name, figure and figure as written, where it
/// comes from (period and publisher, or the sum it is worked out by) for
/// its tooltip, and whether its share of the whole is known.
struct Slice {
    label: String,
    value: f64,
    figure: String,
    origin: String,
    share_known: bool,
}

/// Characters per line of a legend entry: two entries fit under the ring on
/// a phone.
const LEGEND_WIDTH: usize = 44;

pub fn build(input: &Input) -> Chart {
    build_noted(input).0
}

/// The ring, and its note: the slice Marsad worked out, with its sum
/// (`Input::worked_out_line`).
pub fn build_noted<'a>(input: &Input<'a>) -> super::Noted<'a> {
    let lang = input.lang();
    let mut note = None;
    let mut slices: Vec<Slice> = Vec::new();
    let mut shown = Vec::new();
    if let Some((whole, parts)) = parts(input) {
        shown = std::iter::once(whole).chain(parts.iter().copied()).collect();
        let parts_total: f64 = parts.iter().map(|p| p.value).sum();
        for p in &parts {
            let origin = format!("{} · {}", input.coverage(p), input.short_publisher(p));
            slices.push(Slice { label: input.short_label(&p.indicator), value: p.value, figure: input.value(p), origin, share_known: true });
        }
        let rest = whole.value - parts_total;
        if rest >= 0.0 {
            let word = rest_word(whole, &parts);
            let figure = word.map_or_else(|| text::get(lang, Key::NotKnownExactly).to_string(), |word| worded(input.format, word, rest));
            let (label, sum) = (input.other_of(&whole.indicator), input.worked_out(whole, parts.iter().copied(), &figure));
            // Said where the parts leave something: "4,388 − 4,388 = 0" is no
            // figure; nor is one not known exactly.
            note = (rest > 0.0 && word.is_some()).then(|| input.worked_out_line(&label, vec![sum.clone()])).flatten();
            slices.push(Slice { label, value: rest, figure, origin: sum, share_known: word.is_some() });
        }
    }
    // Each slice's share written by the locale (37,9 % in French), in its
    // name, so the legend, tooltip, data table and keyboard walk say it:
    // ECharts' own {d} writes 37.91% in every language.
    let drawn_total: f64 = slices.iter().map(|s| s.value).sum();
    let data: Vec<DataPointItem> = slices
        .into_iter()
        .map(|Slice { label, value, figure, origin, share_known }| {
            let share = input.format.percent(if drawn_total > 0.0 { value / drawn_total } else { 0.0 });
            let name = text::labelled(lang, &label, &if share_known { format!("{figure} ({share})") } else { figure });
            DataPointItem::new(value).name(with_tooltip(&wrap(&name, LEGEND_WIDTH, 3), &[name, origin]))
        })
        .collect();
    let chart = Chart::new()
        .aria(input.aria())
        .color(palette())
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        // The names in a legend under the ring, not beside it: there a
        // phone's width left them a letter or two. Wrapped entries need a
        // line height (see `option`).
        .legend(input.legend().orient(Orient::Vertical).bottom(0).left("center").text_style(TextStyle::new().line_height(16)))
        .series(Pie::new().center(vec!["50%", "38%"]).radius(vec!["30%", "55%"]).label(Label::new().show(false)).data(data));
    (chart, note, shown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;
    use crate::state::Filters;

    #[test]
    fn returns_split_into_iom_and_other() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let chart = build(&input);
        let json = serde_json::to_value(&chart).unwrap();
        let values: Vec<f64> =
            json["series"][0]["data"].as_array().unwrap().iter().map(|d| d["value"].as_f64().unwrap()).collect();
        assert_eq!(values, [1_664.0, 2_724.0]);
        assert_snapshot("composition", &chart);
        // The worked-out slice's sum under the ring, for a PNG and paper.
        assert_eq!(
            build_noted(&input).1.as_deref(),
            Some("Worked out by Marsad, as no publisher printed it: Voluntary returns (Interior Ministry) [other] — Jan 2024 – Sep 2024: 4388 −\u{a0}1664 =\u{a0}2724 · migrantaffairs.info")
        );
    }

    /// The default dataset with the ring's whole (`voluntary_returns`) and
    /// part given with these qualifiers.
    fn ring_given_as(whole: &str, part: &str) -> crate::data::Dataset {
        let mut json: serde_json::Value = serde_json::from_str(include_str!("../../public/data/morocco.json")).unwrap();
        for o in json["observations"].as_array_mut().unwrap() {
            let (id, start) = (o["indicator"].as_str().unwrap().to_string(), o["start"].as_str().unwrap().to_string());
            if start == "2024-01-01" && (id == "voluntary_returns" || id == "voluntary_returns_iom") {
                o["qualifier"] = (if id == "voluntary_returns" { whole } else { part }).into();
            }
        }
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn what_the_parts_leave_is_as_exact_as_its_figures() {
        let filters = Filters::default();
        let rest = |ds: &crate::data::Dataset| {
            let input = Input::new(ds, &filters, &PlainFormat);
            let json = serde_json::to_value(build(&input)).unwrap();
            let names: Vec<String> = json["series"][0]["data"].as_array().unwrap().iter().map(|d| {
                // Its tooltip: the name unwrapped, and where it comes from.
                let name = d["name"].as_str().unwrap();
                name.split('\u{1f}').nth(1).unwrap_or(name).to_string()
            }).collect();
            (names, build_noted(&input).1)
        };
        // "about 4,388 − 1,664" is about 2,724, in the legend and the sum.
        let (names, note) = rest(&ring_given_as("approx", "exact"));
        assert!(names[1].starts_with("Voluntary returns (Interior Ministry) [other]: about 2724 (62.1%)"), "{names:?}");
        assert!(note.unwrap().contains(": about 4388 −\u{a0}1664 =\u{a0}about 2724 · "));
        let (names, _) = rest(&ring_given_as("exact", "approx"));
        assert!(names[1].contains("[other]: about 2724 ("), "{names:?}");
        // Under a whole given as a minimum, the rest is one too.
        let (names, note) = rest(&ring_given_as("at_least", "exact"));
        assert!(names[1].contains("[other]: at least 2724 ("), "{names:?}");
        assert!(note.unwrap().contains("=\u{a0}at least 2724 · "));
        // A part given as a minimum leaves the rest a most; the part keeps
        // its share of the whole.
        let (names, note) = rest(&ring_given_as("exact", "at_least"));
        assert!(names[0].starts_with("Voluntary returns coordinated with IOM: at least 1664 (37.9%)"), "{names:?}");
        assert!(names[1].contains("[other]: at most 2724 (62.1%)"), "{names:?}");
        assert!(note.unwrap().contains("4388 −\u{a0}at least 1664 =\u{a0}at most 2724 · "));
        // A minimum less a figure given as about, or a most: not known
        // exactly, and no share or line of a figure no one can work out.
        for (whole, part) in [("at_least", "approx"), ("at_least", "at_least"), ("approx", "at_least")] {
            let (names, note) = rest(&ring_given_as(whole, part));
            assert!(names[1].starts_with("Voluntary returns (Interior Ministry) [other]: not known exactly\n"), "{whole} {part}: {names:?}");
            assert_eq!(note, None, "{whole} {part}");
        }
    }

    #[test]
    fn the_ring_stays_when_its_whole_or_a_part_is_picked_alone() {
        let ds = default_dataset();
        for picked in ["voluntary_returns", "voluntary_returns_iom"] {
            let mut filters = Filters::default();
            Filters::toggle(&mut filters.indicators, picked);
            let (whole, parts) = parts(&Input::new(&ds, &filters, &PlainFormat)).expect(picked);
            assert_eq!((whole.value, parts.iter().map(|p| p.value).collect::<Vec<_>>()), (4_388.0, vec![1_664.0]), "{picked}");
        }
        // Another indicator alone: no ring.
        let mut filters = Filters::default();
        Filters::toggle(&mut filters.indicators, "attempts_foiled");
        assert!(parts(&Input::new(&ds, &filters, &PlainFormat)).is_none());
    }
}
