//! Where sources disagree: every indicator and coverage that two or more
//! observations give, one dot per observation, its publisher in the tooltip.
//! The chart shows them side by side and never picks one, and a source
//! filter keeps the other publishers of a chosen one's disagreements.
//!
//! A row's dots are placed as percentages of its highest figure, not as the
//! figures themselves: on one axis of figures, 73 and 80 smuggling networks
//! were one dot at 0 beside 50,000 attempts, and 27,332 and 27,643
//! applications one dot too. The figures stay in each dot's name and value.

use charming::component::{Axis, Grid};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{AxisType, ItemStyle, NameLocation, Symbol, TextStyle, Tooltip, Trigger};
use charming::series::Scatter;
use charming::Chart;

use super::option::with_tooltip;
use super::other_sources::with_other_sources;
use super::{finite, palette, Input};
use crate::data::date::Coverage;
use crate::data::rows::sort_positions;
use crate::data::Observation;
use crate::text::{self, Key};

/// A group of observations of one indicator over one coverage that differ.
pub struct Disagreement<'a> {
    pub indicator: &'a str,
    pub coverage: Coverage,
    pub observations: Vec<&'a Observation>,
}

/// Every group of observations sharing indicator and coverage, counted
/// before any is gathered: at 100,000 rows growing thousands of lists one
/// push at a time was most of this chart.
struct Tally {
    /// Per group in order of first appearance: its size, its coverage's
    /// number and its first observation's position.
    groups: Vec<(u32, u32, u32)>,
    /// Per matching position, its group (`u32::MAX`: in none).
    group_of: Vec<u32>,
}

fn tally(input: &Input, positions: &[u32]) -> Tally {
    let rows = input.dataset.rows();
    // By the rows' subject numbers (indicator and coverage, numbered once
    // per dataset): an array index per row. A hash of indicator and
    // coverage per row, on every click, was most of this chart at 100,000
    // rows (and a linear search per row before it, quadratic).
    let mut group_of_subject = vec![u32::MAX; rows.subjects];
    let mut groups: Vec<(u32, u32, u32)> = Vec::new();
    let group_of = positions
        .iter()
        .map(|&position| {
            let row = &rows.rows[position as usize];
            let (Some(subject), Some(number), Some(_)) = (rows.subject(position), row.coverage_number(), finite(row.value)) else { return u32::MAX };
            let group = &mut group_of_subject[subject];
            if *group == u32::MAX {
                *group = groups.len() as u32;
                groups.push((0, number, position));
            }
            groups[*group as usize].0 += 1;
            *group
        })
        .collect();
    Tally { groups, group_of }
}

/// The groups `chosen` (indexes into `tally.groups`, in order), each with
/// all its observations among `positions`, those `tally` was counted over.
fn gather<'a>(input: &Input<'a>, positions: &[u32], tally: &Tally, chosen: &[usize]) -> Vec<Disagreement<'a>> {
    let ds = input.dataset;
    let rows = ds.rows();
    let mut slot_of = vec![usize::MAX; tally.groups.len()];
    let mut out: Vec<Disagreement<'a>> = Vec::with_capacity(chosen.len());
    for (i, &g) in chosen.iter().enumerate() {
        slot_of[g] = i;
        let (size, number, first) = tally.groups[g];
        out.push(Disagreement {
            indicator: &ds.observation(first).indicator,
            coverage: rows.coverages[number as usize],
            observations: Vec::with_capacity(size as usize),
        });
    }
    for (&position, &g) in positions.iter().zip(&tally.group_of) {
        if let Some(&i) = slot_of.get(g as usize).filter(|&&i| i != usize::MAX) {
            out[i].observations.push(ds.observation(position));
        }
    }
    out
}

/// The groups of two or more.
fn shared(tally: &Tally) -> Vec<usize> {
    (0..tally.groups.len()).filter(|&g| tally.groups[g].0 > 1).collect()
}

/// Groups of two or more observations that share indicator and coverage,
/// among those the filters let through, in dataset order, with the other
/// publishers' figures that a source filter alone leaves out
/// (`other_sources`): a disagreement is between publishers, and choosing
/// one must not hide it. Equal figures are kept too: "more than 50,000"
/// and "50,000" are two sources, not one.
pub fn disagreements<'a>(input: &Input<'a>) -> Vec<Disagreement<'a>> {
    let positions = with_other_sources(input);
    let tally = tally(input, &positions);
    gather(input, &positions, &tally, &shared(&tally))
}

/// The most rows the chart draws: past this a dot plot is unreadable (and
/// slow: 100,000 generated observations make about 5,000 groups).
pub const MAX_ROWS: usize = 30;
/// The most dots: thirty groups of a hundred figures each are no more
/// readable, and each dot costs ECharts time on every redraw.
pub const MAX_DOTS: usize = 400;

/// The groups the chart draws, and how many there are in all.
pub struct Drawn<'a> {
    pub groups: Vec<Disagreement<'a>>,
    pub all: usize,
}

impl<'a> Drawn<'a> {
    /// The observations in the order the chart draws its dots.
    pub fn dots(&self) -> Vec<&'a Observation> {
        self.groups.iter().flat_map(|g| g.observations.iter().copied()).collect()
    }

    /// "30 of 4,812", when the chart leaves groups out.
    pub fn left_out(&self) -> Option<(usize, usize)> {
        (self.groups.len() < self.all).then_some((self.groups.len(), self.all))
    }
}

/// The groups the chart draws: all of them, or the latest ones (ties in
/// dataset order) up to `MAX_ROWS` rows and `MAX_DOTS` dots, at least one,
/// still in dataset order. Every figure of a drawn group is drawn, and
/// only the drawn groups' figures are gathered.
pub fn drawn<'a>(input: &Input<'a>) -> Drawn<'a> {
    let positions = with_other_sources(input);
    let tally = tally(input, &positions);
    let shared = shared(&tally);
    let all = shared.len();
    let size = |g: usize| tally.groups[g].0 as usize;
    let dots: usize = shared.iter().map(|&g| size(g)).sum();
    if all <= MAX_ROWS && dots <= MAX_DOTS {
        return Drawn { groups: gather(input, &positions, &tally, &shared), all };
    }
    let coverages = &input.dataset.rows().coverages;
    let end = |g: usize| coverages[tally.groups[g].1 as usize].end;
    let mut latest: Vec<u32> = shared.iter().map(|&g| g as u32).collect();
    // Latest first; ties keep dataset order.
    sort_positions(&mut latest, &|a, b| end(b as usize).cmp(&end(a as usize)));
    let mut keep = vec![false; tally.groups.len()];
    let (mut rows, mut dots) = (0, 0);
    for g in latest.into_iter().map(|g| g as usize) {
        if rows == MAX_ROWS || (rows > 0 && dots + size(g) > MAX_DOTS) {
            break;
        }
        keep[g] = true;
        rows += 1;
        dots += size(g);
    }
    let chosen: Vec<usize> = shared.into_iter().filter(|&g| keep[g]).collect();
    Drawn { groups: gather(input, &positions, &tally, &chosen), all }
}

/// The observations in the order the chart draws its dots.
pub fn dots<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    drawn(input).dots()
}

pub fn build(input: &Input) -> Chart {
    chart(input, &drawn(input))
}

/// Where a figure is drawn: its percentage of its row's highest figure
/// (figures are never negative). A row of zeros agrees: all at 100.
fn percent_of(value: f64, highest: f64) -> f64 {
    if highest > 0.0 {
        value / highest * 100.0
    } else {
        100.0
    }
}

/// The chart of groups already chosen (`drawn`), so a caller that also
/// shows `left_out` groups the rows once.
pub fn chart(input: &Input, drawn: &Drawn) -> Chart {
    let groups = &drawn.groups;
    // A row's period as its first figure gives it.
    let periods: Vec<String> = groups.iter().map(|g| input.coverage(g.observations[0])).collect();
    let rows: Vec<String> = groups
        .iter()
        .zip(&periods)
        .map(|(g, period)| format!("{}\n{period}", super::wrap(&input.short_label(g.indicator), 24, 2)))
        .collect();
    let mut data = Vec::new();
    let mut lowest = 100.0_f64;
    for (row, g) in groups.iter().enumerate() {
        let highest = g.observations.iter().map(|o| o.value).fold(0.0, f64::max);
        let publishers: Vec<String> = g.observations.iter().map(|o| input.short_publisher(o)).collect();
        for (o, publisher) in g.observations.iter().zip(&publishers) {
            lowest = lowest.min(percent_of(o.value, highest));
            // [where it is drawn, its row, the figure]: `describe::points`
            // reads the figure.
            let value = vec![CompositeValue::from(percent_of(o.value, highest)), CompositeValue::from(row as i64), CompositeValue::from(o.value)];
            let mut name = text::labelled(input.lang(), publisher, &input.value(o));
            // One publisher's two counts (a first and a later one) read as
            // the same dot twice: their notes tell them apart. The row's
            // publishers are compared only for a dot with a note.
            let twice = || publishers.iter().filter(|&other| other == publisher).count() > 1;
            // In brackets: a note's own semicolons would run into those
            // between a row's figures on paper (`describe::lines_by_category`).
            if let Some(note) = o.note.as_ref().map(|n| n.get(input.lang()).trim_end_matches('.')).filter(|n| !n.is_empty() && twice()) {
                name = format!("{name} ({note})");
            }
            // A figure whose period is written otherwise than its row's
            // label (the row's first figure's) says its own: counted to its
            // report's date beside one that ends on a day given, its dot had
            // read "50,000" for Jan – Nov 2017 as if its cut-off were known.
            let period = input.coverage(o);
            if period != periods[row] {
                name = format!("{name} ({})", text::without_brackets(&period));
            }
            // Its tooltip says what and when, as its row's label does: an
            // embed's reader hovering a dot read "Le360: at least 50,000"
            // alone. Its name stays the figure, drawn beside it.
            data.push(DataPointItem::new(value).name(with_tooltip(&name, &[rows[row].replace('\n', " "), name.clone()])));
        }
    }
    // Every dot at 100 (publishers that agree, as "at least" a figure and
    // the figure): ECharts ranged 100 alone from 30, in steps of 30.
    let axis = Axis::new().type_(AxisType::Value).scale(true).max(100);
    let axis = if lowest >= 100.0 { axis.min(90) } else { axis };
    Chart::new()
        .aria(input.aria())
        .color(palette())
        // Room for the half of the last figure that passes the axis's end,
        // and for the axis's name under its numbers.
        .grid(Grid::new().left(if input.rtl() { 24 } else { 8 }).right(if input.rtl() { 8 } else { 24 }).top(16).bottom(44).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        // Percentages up to 100, from just below the lowest (`scale`), so
        // that close figures are drawn apart; in two steps (90, 95, 100), so
        // that the axis's numbers stay apart on a phone and 100 is one. Not
        // on a log axis: the reader's choice is for figures, and these are
        // shares of one. Named on the canvas too, so that a PNG or a
        // screenshot, which leave the note out, says what the numbers are;
        // in two lines, which a phone's plot is wide enough for, apart as
        // `option`'s category labels are (ECharts' default runs them together).
        .x_axis(
            input.directed(
                axis.split_number(2)
                    .name(super::wrap(text::get(input.lang(), Key::PercentOfRowHighest), 22, 2))
                    .name_location(NameLocation::Middle)
                    .name_gap(26)
                    .name_text_style(TextStyle::new().line_height(16)),
                true,
            ),
        )
        .y_axis(Axis::new().type_(AxisType::Category).position(if input.rtl() { "right" } else { "left" }).inverse(true).data(rows))
        // Opaque: at ECharts' 0.8 a dot on the dark theme's ground fell to
        // 2.75:1 of contrast, below the palette's 3:1.
        .series(Scatter::new().symbol(Symbol::Circle).symbol_size(12).item_style(ItemStyle::new().opacity(1)).data(data))
}

#[cfg(test)]
mod tests;
