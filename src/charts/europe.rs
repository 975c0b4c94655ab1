//! The European side of the same flows: Spain's arrivals by route, stacked,
//! and Frontex's Western African route beside them. Frontex counts
//! detections, not people, so it is a bar of its own, never stacked. The
//! routes do not make up Spain's total (the sources give the rest by no route):
//! what they leave of it is stacked on them, so the stack is the total.

use charming::component::Axis;
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{AxisType, ItemStyle};
use charming::series::Bar;
use charming::Chart;

use super::{colour_place, colours_beside, finite, year_bar_style, years_chart, Input, PerYear, PALETTE};
use crate::data::date::CoverageKind;
use crate::data::rows::year_range;
use crate::data::{Observation, Qualifier};

mod drawn;
pub use drawn::{drawn_indicators, drawn_with_a_year, indicator_of_series};

/// What the chart draws: its indicators (routes stacked or not), the years
/// along its axis, and the matching figures per indicator slot and year
/// (one drawn, the others named beside it, as on the trend); the totals
/// whose every route is drawn, with the routes' places in `drawn`.
struct Layout<'a> {
    drawn: Vec<(String, bool)>,
    drawn_slots: Vec<Option<usize>>,
    axis_years: Vec<i32>,
    by_slot: Vec<PerYear<'a>>,
    totals: Vec<(String, usize, Vec<usize>)>,
}

impl<'a> Layout<'a> {
    /// Indicator `i`'s figure in `year`, if it has one.
    fn figure(&self, i: usize, year: i32) -> Option<&'a Observation> {
        self.drawn_slots[i].and_then(|slot| self.of_slot(slot, year))
    }

    fn of_slot(&self, slot: usize, year: i32) -> Option<&'a Observation> {
        self.by_slot[slot].get(year)
    }

    /// The other figures of `year` that the bar of indicator `slot` does
    /// not draw (`PerYear::also`).
    fn also(&self, slot: usize, year: i32) -> (&[&'a Observation], usize) {
        self.by_slot[slot].also(year)
    }

    /// The same for drawn indicator `i`.
    fn also_of(&self, i: usize, year: i32) -> (&[&'a Observation], usize) {
        self.drawn_slots[i].map_or((&[], 0), |slot| self.also(slot, year))
    }

    /// What total `t`'s routes leave of it in `year`, and the total: only
    /// where the total and each route are figures of one coverage, all
    /// stated exactly, and the routes make less than the total.
    fn rest(&self, t: usize, year: i32) -> Option<(f64, &'a Observation)> {
        let (_, slot, routes) = &self.totals[t];
        let total = self.of_slot(*slot, year)?;
        let exact = |o: &Observation| o.qualifier == Qualifier::Exact && o.coverage() == total.coverage();
        let parts: Option<Vec<_>> = routes.iter().map(|&i| self.figure(i, year).filter(|o| exact(o))).collect();
        let rest = total.value - parts?.iter().map(|o| o.value).sum::<f64>();
        (exact(total) && rest > 0.0).then_some((rest, total))
    }
}

/// The figures the chart draws, in the order of its bars.
pub fn marks<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    figures(input, false)
}

/// The figures the chart draws and those its bars name beside them: its
/// caption credits the publishers of both.
pub fn credited<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    figures(input, true)
}

fn figures<'a>(input: &Input<'a>, named: bool) -> Vec<&'a Observation> {
    layout_figures(&layout(input), named)
}

fn layout_figures<'a>(layout: &Layout<'a>, named: bool) -> Vec<&'a Observation> {
    let mut marks = Vec::new();
    for i in 0..layout.drawn.len() {
        for &year in &layout.axis_years {
            marks.extend(layout.figure(i, year));
            if named {
                marks.extend(layout.also_of(i, year).0);
            }
        }
    }
    for (t, (_, slot, _)) in layout.totals.iter().enumerate() {
        for &year in &layout.axis_years {
            let Some((_, total)) = layout.rest(t, year) else { continue };
            marks.push(total);
            if named {
                marks.extend(layout.also(*slot, year).0);
            }
        }
    }
    marks
}

fn layout<'a>(input: &Input<'a>) -> Layout<'a> {
    let drawn = drawn_indicators(input);
    let ds = input.dataset;
    // Only the drawn indicators' rows (the rest of the dataset is not
    // Europe's), told apart by indicator position rather than by id.
    let drawn_slots: Vec<Option<usize>> = drawn.iter().map(|(id, _)| ds.indicator_position(id)).collect();
    // A total the filters show, whose every route is drawn.
    let part_of = |id: &str| ds.indicator(id).and_then(|i| i.part_of.as_deref());
    let totals: Vec<(String, usize, Vec<usize>)> = (ds.indicators.iter().enumerate())
        .filter_map(|(slot, whole)| {
            let routes: Vec<usize> = (drawn.iter().enumerate()).filter(|(_, (id, is_route))| *is_route && part_of(id) == Some(whole.id.as_str())).map(|(i, _)| i).collect();
            let parts = ds.indicators.iter().filter(|i| i.part_of.as_deref() == Some(whole.id.as_str())).count();
            (!routes.is_empty() && routes.len() == parts && input.filters.shows_indicator(ds, &whole.id)).then(|| (whole.id.clone(), slot, routes))
        })
        .collect();
    let mut is_drawn = vec![false; ds.indicators.len()];
    for &slot in drawn_slots.iter().flatten() {
        is_drawn[slot] = true;
    }
    let mut is_total = vec![false; ds.indicators.len()];
    for (_, slot, _) in &totals {
        is_total[*slot] = true;
    }
    let rows = ds.rows();
    let drawable = |p: u32| {
        let row = &rows.rows[p as usize];
        row.indicator().is_some_and(|slot| is_drawn[slot] || is_total[slot])
            && row.kind().is_some_and(|k| k != CoverageKind::Other)
            && finite(row.value).is_some()
    };
    // Routes brought by their total: their rows pass every filter but the
    // indicators', which every other drawn indicator passes too. Only the
    // drawn indicators' and totals' rows are read, each indicator's in
    // dataset order (a year's figure is chosen among one indicator's).
    let brought = !drawn.iter().all(|(id, _)| input.filters.shows_indicator(ds, id));
    let mut own_rows: Vec<u32> = Vec::new();
    let candidates = if brought {
        for slot in (0..ds.indicators.len()).filter(|&slot| is_drawn[slot] || is_total[slot]) {
            own_rows.extend_from_slice(&rows.of_indicator[slot]);
        }
        &own_rows
    } else {
        input.positions()
    };
    let matching: Vec<u32> = candidates.iter().copied().filter(|&p| drawable(p) && (!brought || input.filters.keeps_row(ds, p))).collect();
    // The years of the drawn figures: a total's alone draws nothing.
    let drawn_rows = matching.iter().map(|&p| &rows.rows[p as usize]).filter(|row| row.indicator().is_some_and(|slot| is_drawn[slot]));
    let (first, last) = year_range(drawn_rows).unwrap_or((0, -1));
    let axis_years: Vec<i32> = (first..=last).collect();
    // Each indicator's figures by year, found once rather than by a scan of
    // every row for every bar: the one a bar draws is the trend's (the
    // latest end, then an exact figure), and the others are named beside it.
    let mut by_slot: Vec<PerYear> = ds.indicators.iter().map(|_| PerYear::default()).collect();
    for &p in &matching {
        if let Some(slot) = rows.rows[p as usize].indicator() {
            by_slot[slot].offer(ds, p);
        }
    }
    Layout { drawn, drawn_slots, axis_years, by_slot, totals }
}

pub fn build(input: &Input) -> Chart {
    chart(input, &layout(input)).0
}

/// The chart, and its note: the figures it draws that were not given
/// exactly (`scope::qualified_line`), the sums of its "(other)" bars and
/// the months its dashed bars cover (`scope::part_year_line`), from the
/// same pass over the rows.
pub fn build_noted<'a>(input: &Input<'a>) -> super::Noted<'a> {
    let layout = layout(input);
    let drawn = layout_figures(&layout, false);
    let qualified = super::scope::qualified_line(input, &drawn);
    let (chart, worked_out) = chart(input, &layout);
    let part_year = super::scope::part_year_line(input, &drawn);
    let lines: Vec<String> = qualified.into_iter().chain(worked_out).chain(part_year).collect();
    (chart, (!lines.is_empty()).then(|| lines.join("\n")), layout_figures(&layout, true))
}

/// The chart, and a line for each total of the sums its "(other)" bars are
/// worked out by, as the ring's (`Input::worked_out_line`): written once,
/// for the bars' names and the line.
fn chart(input: &Input, layout: &Layout) -> (Chart, Vec<String>) {
    let axis_years = &layout.axis_years;
    let mut chart = years_chart(input, axis_years)
        .y_axis(Axis::new().type_(AxisType::Value).position(if input.rtl() { "right" } else { "left" }));
    // An indicator the trend beside it draws too in the trend's colour; the
    // others by their places, never the "(other)"'s. Looked up from the
    // trend's indicators, not its layout: a few ids.
    let ds = input.dataset;
    let in_trend = super::trend::indicators(input);
    let given: Vec<(usize, &str)> = in_trend.iter().map(|id| colour_place(ds, id)).zip(super::trend::colours(input, &in_trend)).collect();
    let places: Vec<usize> = layout.drawn.iter().map(|(id, _)| colour_place(ds, id)).collect();
    let colours = colours_beside(&places, &given, &[REST_PLACE]);
    // The "(other)"'s own colour, unless the trend gave it to a drawn
    // indicator: then the first no drawn indicator has.
    let rest_colour = [REST_COLOR].iter().chain(&PALETTE).find(|c| !colours.contains(c)).copied().unwrap_or(REST_COLOR);
    for (i, (id, is_route)) in layout.drawn.iter().enumerate() {
        let color = colours[i];
        let data: Vec<DataPoint> = axis_years
            .iter()
            .map(|y| {
                match layout.figure(i, *y) {
                    None => DataPoint::Value(CompositeValue::from("-")),
                    Some(o) => DataPointItem::new(o.value)
                        .name(input.with_also(input.with_note(input.year_point_name(o), o), layout.also_of(i, *y)))
                        .item_style(year_bar_style(o.coverage_kind() == Some(CoverageKind::FullYear), color))
                        .into(),
                }
            })
            .collect();
        let mut bar = Bar::new().name(input.short_label(id)).item_style(ItemStyle::new().color(color)).data(data);
        // Stacked under the whole's name, which the description reads
        // (`describe`: a stack's total is one figure).
        if let Some(whole) = input.indicator(id).and_then(|i| i.part_of.as_deref()).filter(|_| *is_route) {
            bar = bar.stack(input.short_label(whole));
        }
        chart = chart.series(bar);
    }
    // After every indicator's, so that a click's series index still finds
    // its indicator in `drawn_indicators`, and on top of its routes' stack.
    let mut worked_out = Vec::new();
    for (t, (whole, slot, _)) in layout.totals.iter().enumerate() {
        let mut sums = Vec::new();
        let data: Vec<DataPoint> = axis_years
            .iter()
            .map(|&year| match layout.rest(t, year) {
                None => DataPoint::Value(CompositeValue::from("-")),
                Some((rest, total)) => {
                    let parts = layout.totals[t].2.iter().filter_map(|&i| layout.figure(i, year));
                    let sum = input.worked_out(total, parts, &input.format.number(rest));
                    sums.push(sum.clone());
                    DataPointItem::new(rest)
                        .name(input.with_also_of(sum, whole, layout.also(*slot, year)))
                        .item_style(year_bar_style(total.coverage_kind() == Some(CoverageKind::FullYear), rest_colour))
                        .into()
                }
            })
            .collect();
        let id = format!("{}{whole}", super::describe::REMAINDER);
        let name = input.other_of(whole);
        worked_out.extend(input.worked_out_line(&name, sums));
        chart = chart.series(Bar::new().id(id).name(name).item_style(ItemStyle::new().color(rest_colour)).stack(input.short_label(whole)).data(data));
    }
    (chart, worked_out)
}

/// What a total's routes leave of it: a colour of its own in the palette.
const REST_PLACE: usize = 4;
const REST_COLOR: &str = PALETTE[REST_PLACE];

#[cfg(test)]
mod tests;
