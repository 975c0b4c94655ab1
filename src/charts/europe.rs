//! The European side of the same flows: Spain's arrivals by route, stacked,
//! and Frontex's Western African route beside them. Frontex counts
//! detections, not people, so it is a bar of its own, never stacked.

use rustc_hash::FxHashMap;

use charming::component::Axis;
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{AxisType, ItemStyle};
use charming::series::Bar;
use charming::Chart;

use super::{finite, year_to_date_style, years_chart, Input, PALETTE};
use crate::data::date::CoverageKind;
use crate::data::rows::year_range;
use crate::data::{Geography, Observation};

/// Indicators drawn: the parts of a Spanish total (stacked routes), then
/// every EU-border indicator. A total whose routes are drawn is left out.
pub fn drawn_indicators(input: &Input) -> Vec<(String, bool)> {
    let ds = input.dataset;
    let mut out = Vec::new();
    for i in ds.indicators.iter().filter(|i| input.filters.shows_indicator(ds, &i.id)) {
        let is_route = i.geography == Geography::Spain && i.part_of.is_some();
        if is_route || i.geography == Geography::EuExternalBorder {
            out.push((i.id.clone(), is_route));
        }
    }
    out
}

/// What the chart draws: its indicators (routes stacked or not), the years
/// along its axis, and the first matching figure per indicator and year.
struct Layout<'a> {
    drawn: Vec<(String, bool)>,
    drawn_slots: Vec<Option<usize>>,
    axis_years: Vec<i32>,
    first_by_year: FxHashMap<(usize, i32), &'a Observation>,
}

impl<'a> Layout<'a> {
    /// Indicator `i`'s figure in `year`, if it has one.
    fn figure(&self, i: usize, year: i32) -> Option<&'a Observation> {
        self.drawn_slots[i].and_then(|slot| self.first_by_year.get(&(slot, year)).copied())
    }
}

/// The figures the chart draws, in the order of its bars (for its caption).
pub fn marks<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    let layout = layout(input);
    let mut marks = Vec::new();
    for i in 0..layout.drawn.len() {
        for &year in &layout.axis_years {
            marks.extend(layout.figure(i, year));
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
    let mut is_drawn = vec![false; ds.indicators.len()];
    for &slot in drawn_slots.iter().flatten() {
        is_drawn[slot] = true;
    }
    let rows = ds.rows();
    let matching: Vec<u32> = input
        .positions()
        .iter()
        .copied()
        .filter(|&p| {
            let row = &rows.rows[p as usize];
            row.indicator().is_some_and(|slot| is_drawn[slot])
                && row.kind().is_some_and(|k| k != CoverageKind::Other)
                && finite(row.value).is_some()
        })
        .collect();
    let (first, last) = year_range(matching.iter().map(|&p| &rows.rows[p as usize])).unwrap_or((0, -1));
    let axis_years: Vec<i32> = (first..=last).collect();
    // The first matching observation per indicator and year, found once
    // rather than by a scan of every row for every bar.
    let mut first_by_year: FxHashMap<(usize, i32), &Observation> = FxHashMap::default();
    for &p in &matching {
        let row = &rows.rows[p as usize];
        if let Some(slot) = row.indicator() {
            first_by_year.entry((slot, row.year)).or_insert(ds.observation(p));
        }
    }
    Layout { drawn, drawn_slots, axis_years, first_by_year }
}

pub fn build(input: &Input) -> Chart {
    let layout = layout(input);
    let axis_years = &layout.axis_years;
    let mut chart = years_chart(input, axis_years)
        .y_axis(Axis::new().type_(AxisType::Value).position(if input.rtl() { "right" } else { "left" }));
    for (i, (id, is_route)) in layout.drawn.iter().enumerate() {
        let color = PALETTE[(i + 5) % PALETTE.len()];
        let data: Vec<DataPoint> = axis_years
            .iter()
            .map(|y| {
                match layout.figure(i, *y) {
                    None => DataPoint::Value(CompositeValue::from("-")),
                    Some(o) => {
                        let style = if o.coverage_kind() == Some(CoverageKind::FullYear) {
                            ItemStyle::new().color(color)
                        } else {
                            year_to_date_style(color)
                        };
                        DataPointItem::new(o.value)
                            .name(input.year_point_name(o))
                            .item_style(style)
                            .into()
                    }
                }
            })
            .collect();
        let mut bar = Bar::new().name(input.short_label(id)).item_style(ItemStyle::new().color(color)).data(data);
        if *is_route {
            bar = bar.stack("spain");
        }
        chart = chart.series(bar);
    }
    chart
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;
    use crate::state::Filters;

    #[test]
    fn spain_routes_stack_and_frontex_stands_apart() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let chart = build(&input);
        let json = serde_json::to_value(&chart).unwrap();
        let series = json["series"].as_array().unwrap();
        let stacked = series.iter().filter(|s| s["stack"] == "spain").count();
        assert_eq!(stacked, 2);
        assert_eq!(series.len(), 3);
        assert_eq!(json["xAxis"]["data"], serde_json::json!(["2022", "2023", "2024", "2025"]));
        assert_snapshot("europe", &chart);
    }
}
