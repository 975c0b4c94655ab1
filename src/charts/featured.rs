//! The featured report (Jan–Sep 2024) across indicators: one bar each.
//! 210 networks and 48,963 attempts on one axis: the log toggle keeps both readable.

use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::{AxisLabel, AxisType, ItemStyle, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

use super::option::with_tooltip;
use super::{colour_place, finite, palette, steady_colours, Input};
use crate::data::date::{in_report, Coverage};
use crate::data::rows::{Row, Rows};
use crate::data::{Lang, Observation, Qualifier};
use crate::text;

/// The bars, in order: for each featured indicator the filters let through,
/// its observation for the featured coverage. Click handling maps a bar's
/// index back through this same list.
pub fn bars<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    let ds = input.dataset;
    let featured = &ds.metadata.featured;
    let Some(report) = Coverage::parse(&featured.start, &featured.end) else { return vec![] };
    let rows = ds.rows();
    featured
        .indicators
        .iter()
        .filter(|id| input.filters.shows_indicator(ds, id))
        .filter_map(|id| first_of_report_kept(input, rows, id, report))
        .collect()
}

/// The first figure of the report for indicator `id` that the period,
/// source and region filters keep (`Filters::keeps_row`).
pub fn first_of_report_kept<'a>(input: &Input<'a>, rows: &Rows, id: &str, report: Coverage) -> Option<&'a Observation> {
    let ds = input.dataset;
    ds.positions_of(id)
        .iter()
        .find(|&&p| of_report(rows, &rows.rows[p as usize], report) && input.filters.keeps_row(ds, p))
        .map(|&p| ds.observation(p))
}

/// What a card says under a figure counted at a date (a total so far, on
/// the day its report gives): its note, which says how exact that date is.
/// "Sep 15, 2024 (to report date)" alone read as an exact day where the
/// source says mid-September.
pub fn card_note(o: &Observation, lang: Lang) -> Option<&str> {
    o.note.as_ref().filter(|_| o.start == o.end).map(|n| n.get(lang))
}

/// Whether the observation of `row` is a finite figure of the report's
/// coverage (`in_report`), read from its row: reading the observations
/// themselves was a cache miss per row (the composition chart took 3.5
/// instead of 2.1 ms natively at 100,000 rows).
pub fn of_report(rows: &Rows, row: &Row, report: Coverage) -> bool {
    finite(row.value).is_some() && rows.coverage(row).is_some_and(|c| in_report(c, report))
}

/// Characters per line of a bar's name, in at most three lines: on a phone
/// the names then leave the bars about half the width, and six bars' names
/// fit the chart's height.
const LABEL_WIDTH: usize = 20;

/// A bar's tooltip, which its label (the figure) does not say: what it
/// counts, its own period and its publisher (1,638 refugees recognised by
/// a date, not over the report's January–September). Under a total counted
/// at a date, what its card says of it too: how exact that date is
/// (`card_note`).
fn tooltip(input: &Input, o: &Observation) -> Vec<String> {
    let mut lines = vec![input.label(&o.indicator), input.year_point_name(o)];
    lines.extend(card_note(o, input.lang()).map(str::to_string));
    lines
}

/// Room for a bar's figure beside it, in pixels, from its characters: the
/// grid's `contain_label` does not count it, and a fixed 56 px cut "at least
/// 59,000" to "at least 59" (in Arabic, to its words alone). Seven pixels a
/// character, as ECharts' 12 px sans-serif draws digits and letters, and a
/// gap of 14; never less than the figures of the default report need.
/// Counted from the figure and its qualifier's word, not from the text the
/// format writes: the page's shell writes placeholders that its script
/// fills in, and its bars were laid out for those.
fn figure_room(input: &Input, figures: &[&Observation]) -> i32 {
    let chars = |o: &&Observation| {
        let digits = ((o.value.abs().round() as u64).to_string().len() as i32).max(1);
        let word = match o.qualifier {
            Qualifier::Exact => 0,
            q => text::get(input.lang(), text::qualifier(q)).chars().count() as i32 + 1,
        };
        // A group separator every three digits.
        digits + (digits - 1) / 3 + word
    };
    (figures.iter().map(chars).max().unwrap_or(0) * 7 + 14).max(56)
}

pub fn build(input: &Input) -> Chart {
    chart(input, &bars(input))
}

/// The chart, with no line of its builder's, and the figures it draws.
pub fn build_noted<'a>(input: &Input<'a>) -> super::Noted<'a> {
    let bars = bars(input);
    (chart(input, &bars), None, bars)
}

fn chart(input: &Input, bars: &[&Observation]) -> Chart {
    let room = figure_room(input, bars);
    let labels: Vec<String> = bars.iter().map(|o| super::wrap(&input.short_label(&o.indicator), LABEL_WIDTH, 3)).collect();
    let places: Vec<usize> = bars.iter().map(|o| colour_place(input.dataset, &o.indicator)).collect();
    let colours = steady_colours(&places, &[]);
    let data: Vec<DataPointItem> = bars
        .iter()
        .zip(colours)
        .map(|(o, colour)| {
            // The name carries the figure as the reader's locale writes it,
            // with its qualifier, for the bar label; its own tooltip says
            // the rest.
            DataPointItem::new(o.value)
                .name(with_tooltip(&input.value(o), &tooltip(input, o)))
                .item_style(ItemStyle::new().color(colour))
        })
        .collect();
    Chart::new()
        .aria(input.aria())
        .color(palette())
        // Room beside the longest bar for its figure, which the grid's
        // `contain_label` does not count.
        .grid(Grid::new().left(if input.rtl() { room } else { 8 }).right(if input.rtl() { 8 } else { room }).top(16).bottom(8).contain_label(true))
        // Each bar's own tooltip (`tooltip`) takes the place of this one.
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{a}<br/>{b}"))
        // Every bar carries its figure: the axis's own numbers would only
        // crowd a phone's width.
        .x_axis(input.value_axis(true, &bars.iter().map(|o| o.value).collect::<Vec<_>>()).axis_label(AxisLabel::new().show(false)))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .position(if input.rtl() { "right" } else { "left" })
                .inverse(true)
                .data(labels),
        )
        .series(
            Bar::new()
                .name(input.dataset.metadata.featured.title.get(input.lang()))
                .label(Label::new().show(true).position(if input.rtl() { LabelPosition::Left } else { LabelPosition::Right }).formatter("{b}"))
                .data(data),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;
    use crate::state::Filters;

    #[test]
    fn the_report_charts_follow_the_years_source_and_region_filters() {
        let ds = default_dataset();
        let values = |f: &Filters| bars(&Input::new(&ds, f, &PlainFormat)).iter().map(|o| o.value).collect::<Vec<f64>>();
        let ring = |f: &Filters| crate::charts::composition::marks(&Input::new(&ds, f, &PlainFormat)).iter().map(|o| o.value).collect::<Vec<f64>>();
        let all = Filters::default();
        // Years that leave the report out: nothing, beside "0 figures match".
        let years_2016 = Filters { years: Some((2016, 2016)), ..Filters::default() };
        assert!(values(&years_2016).is_empty());
        assert!(ring(&years_2016).is_empty());
        // Its year, its source: all of it.
        let year_2024 = Filters { years: Some((2024, 2024)), ..Filters::default() };
        assert_eq!(values(&year_2024), values(&all));
        let source = bars(&Input::new(&ds, &all, &PlainFormat))[0].source.clone();
        let mut its_source = Filters::default();
        its_source.sources.insert(source);
        assert_eq!(values(&its_source), values(&all));
        // Another source, full years only, or Spain: none of it.
        let mut le360 = Filters::default();
        le360.sources.insert("le360-2017".into());
        assert!(values(&le360).is_empty());
        let full_years = Filters { coverage: crate::state::CoverageFilter::FullYear, ..Filters::default() };
        assert!(values(&full_years).is_empty() && ring(&full_years).is_empty());
        let mut spain = Filters::default();
        spain.geographies.insert(crate::data::Geography::Spain);
        assert!(values(&spain).is_empty());
        // The ring's whole picked alone keeps its parts.
        let whole = crate::charts::composition::marks(&Input::new(&ds, &all, &PlainFormat))[0].indicator.clone();
        let mut whole_alone = Filters::default();
        whole_alone.indicators.insert(whole);
        assert_eq!(ring(&whole_alone), ring(&all));
        assert_eq!(ring(&all), [4_388.0, 1_664.0]);
    }

    #[test]
    fn featured_report_snapshot() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let values: Vec<f64> = bars(&input).iter().map(|o| o.value).collect();
        assert_eq!(values, [48_963.0, 210.0, 14_260.0, 4_388.0, 1_664.0, 1_638.0]);
        assert_snapshot("featured", &build(&input));
    }

    #[test]
    fn a_qualified_figure_has_room_beside_its_bar() {
        let mut ds = default_dataset();
        let attempts = ds.observations.iter_mut().find(|o| o.value == 48_963.0).unwrap();
        attempts.value = 59_000.0;
        attempts.qualifier = crate::data::Qualifier::AtLeast;
        for (format, side) in [(&PlainFormat as &dyn crate::charts::Format, "right"), (&ArabicPlainFormat, "left")] {
            let json = serde_json::to_value(build(&Input::new(&ds, &Filters::default(), format))).unwrap();
            let room = json["grid"][0][side].as_u64().unwrap();
            // "at least 59000" (13 characters), "ما لا يقل عن 59000" (18).
            assert!(room >= 13 * 7, "{side}: {room}");
        }
        // The default report's figures keep the room they had, whatever the
        // format writes: the page's shell writes placeholders
        // ("\u{E000}n 48963\u{E001}") for its script to fill in, and was laid
        // out for them, 21 px apart from the app's.
        for format in [&PlainFormat as &dyn crate::charts::Format, &MarkedFormat] {
            let json = serde_json::to_value(build(&Input::new(&default_dataset(), &Filters::default(), format))).unwrap();
            assert_eq!(json["grid"][0]["right"], 56);
        }
    }

    #[test]
    fn arabic_mirrors_the_axes() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &ArabicPlainFormat);
        let json = serde_json::to_value(build(&input)).unwrap();
        assert_eq!(json["xAxis"]["inverse"], true, "bars grow from the right");
        assert_eq!(json["yAxis"]["position"], "right");
        assert_eq!(json["series"][0]["label"]["position"], "left");
        let trend = serde_json::to_value(crate::charts::trend::build(&input)).unwrap();
        assert_eq!(trend["xAxis"]["inverse"], true, "years run from the right");
        assert_eq!(trend["yAxis"]["position"], "right");
        let dots = serde_json::to_value(crate::charts::discrepancy::build(&input)).unwrap();
        assert_eq!(dots["xAxis"]["inverse"], true, "percentages run from the right");
        assert_eq!(dots["yAxis"]["position"], "right");
        // A legend's colour keys sit where its names begin.
        assert_eq!(trend["legend"]["align"], "right");
        let parts = serde_json::to_value(crate::charts::composition::build(&input)).unwrap();
        assert_eq!(parts["legend"]["align"], "right");
        let english = Input::new(&ds, &filters, &PlainFormat);
        let dots = serde_json::to_value(crate::charts::discrepancy::build(&english)).unwrap();
        assert_eq!(dots["xAxis"].get("inverse"), None, "left to right in English");
        let trend = serde_json::to_value(crate::charts::trend::build(&english)).unwrap();
        assert_eq!(trend["legend"].get("align"), None, "ECharts' keys left of the names");
    }

    #[test]
    fn category_filter_and_log_axis() {
        let ds = default_dataset();
        let mut filters = Filters::default();
        filters.categories.insert("returns".into());
        filters.log_scale = true;
        let input = Input::new(&ds, &filters, &PlainFormat);
        let json = serde_json::to_value(build(&input)).unwrap();
        assert_eq!(json["xAxis"]["type"], "log");
        let values: Vec<f64> = json["series"][0]["data"].as_array().unwrap().iter().map(|d| d["value"].as_f64().unwrap()).collect();
        assert_eq!(values, [4_388.0, 1_664.0]);
    }

    #[test]
    fn a_log_axis_of_one_figure_spans_its_decade() {
        let ds = default_dataset();
        let mut filters = Filters::default();
        filters.indicators.insert("rescued_at_sea".into());
        filters.log_scale = true;
        let axis = |f: &Filters| serde_json::to_value(build(&Input::new(&ds, f, &PlainFormat))).unwrap()["xAxis"].clone();
        // 14,260 alone: ECharts would range it from 100 to 10,000,000.
        assert_eq!((axis(&filters)["min"].as_f64(), axis(&filters)["max"].as_f64()), (Some(1_000.0), Some(100_000.0)));
        // Figures across decades are ECharts' to range.
        filters.indicators.insert("networks_dismantled".into());
        assert_eq!((axis(&filters).get("min"), axis(&filters).get("max")), (None, None));
        filters.log_scale = false;
        filters.indicators.remove("networks_dismantled");
        assert_eq!(axis(&filters).get("max"), None, "a linear axis ranges a figure alone well");
        // No figure at all: nothing to range (the page had hung on it).
        filters.log_scale = true;
        filters.years = Some((1990, 1991));
        assert_eq!(axis(&filters)["type"], "log");
        assert_eq!(axis(&filters).get("min"), None);
    }

    #[test]
    fn a_card_notes_how_exact_a_date_is_for_a_figure_counted_at_one() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let notes: Vec<(&str, Option<&str>)> = bars(&input).into_iter().map(|o| (o.indicator.as_str(), card_note(o, input.lang()))).collect();
        // The refugees recognised, counted "as of mid-September": the others cover months.
        assert_eq!(notes.iter().filter(|(_, n)| n.is_some()).count(), 1, "{notes:?}");
        assert_eq!(notes.last().copied(), Some(("refugees_recognised", Some("As of mid-September 2024, cumulative; exact date not published."))));
        // Stored as the 15th, at the report's date: dated by its month, as
        // its publisher dated it; the note says more, under it.
        let refugees = bars(&input).into_iter().last().unwrap();
        assert_eq!(input.coverage(refugees), "Sep 2024 (as of the report)");
        assert_eq!(tooltip(&input, refugees)[1..], ["Sep 2024 (as of the report): 1638 · migrantaffairs.info", "As of mid-September 2024, cumulative; exact date not published."]);
        // A total counted on a day its publisher gave keeps the day.
        let exact = Observation { end_is_report_date: false, ..refugees.clone() };
        assert_eq!(input.coverage(&exact), "15 Sep 2024");
        // At a report's date on the 1st, still its month.
        let first = Observation { start: "2024-10-01".into(), end: "2024-10-01".into(), ..refugees.clone() };
        assert_eq!(input.coverage(&first), "Oct 2024 (as of the report)");
        // Whatever its note says, a figure keeps its date.
        let noted = Observation { note: Some(crate::data::Text::Plain("Includes 120 minors.".into())), ..refugees.clone() };
        assert_eq!(tooltip(&input, &noted)[1..], ["Sep 2024 (as of the report): 1638 · migrantaffairs.info", "Includes 120 minors."]);
    }
}
