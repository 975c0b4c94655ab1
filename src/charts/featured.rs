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
#[path = "featured_tests.rs"]
mod tests;
