//! Where sources disagree: every indicator and coverage that two or more
//! observations give, one dot per observation, its publisher in the tooltip.
//! The chart shows them side by side and never picks one.

use charming::component::{Axis, Grid};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{AxisType, Symbol, Tooltip, Trigger};
use charming::series::Scatter;
use charming::Chart;

use super::{finite, palette, Input};
use crate::data::date::Coverage;
use crate::data::Observation;

/// A group of observations of one indicator over one coverage that differ.
pub struct Disagreement<'a> {
    pub indicator: &'a str,
    pub coverage: Coverage,
    pub observations: Vec<&'a Observation>,
}

/// Groups of two or more observations that share indicator and coverage,
/// among those the filters let through, in dataset order. Equal figures are
/// kept too: "more than 50,000" and "50,000" are two sources, not one.
pub fn disagreements<'a>(input: &Input<'a>) -> Vec<Disagreement<'a>> {
    let mut groups: Vec<Disagreement<'a>> = Vec::new();
    for o in input.filters.apply(input.dataset) {
        let (Some(coverage), Some(_)) = (o.coverage(), finite(o.value)) else { continue };
        match groups.iter_mut().find(|g| g.indicator == o.indicator && g.coverage == coverage) {
            Some(g) => g.observations.push(o),
            None => groups.push(Disagreement { indicator: &o.indicator, coverage, observations: vec![o] }),
        }
    }
    groups.retain(|g| g.observations.len() > 1);
    groups
}

/// The observations in the order the chart draws its dots.
pub fn dots<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    disagreements(input).into_iter().flat_map(|g| g.observations).collect()
}

pub fn build(input: &Input) -> Chart {
    let groups = disagreements(input);
    let rows: Vec<String> = groups
        .iter()
        .map(|g| format!("{} · {}", input.short_label(g.indicator), input.coverage(g.observations[0])))
        .collect();
    let mut data = Vec::new();
    for (row, g) in groups.iter().enumerate() {
        for o in &g.observations {
            let value = vec![CompositeValue::from(o.value), CompositeValue::from(row as i64)];
            let name = format!("{}: {}", super::shorten(input.publisher(&o.source), 60), input.value(o));
            data.push(DataPointItem::new(value).name(name));
        }
    }
    Chart::new()
        .aria(input.aria())
        .color(palette())
        .grid(Grid::new().left(8).right(24).top(16).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        .x_axis(input.value_axis(true).scale(true))
        .y_axis(Axis::new().type_(AxisType::Category).position(if input.rtl() { "right" } else { "left" }).inverse(true).data(rows))
        .series(Scatter::new().symbol(Symbol::Circle).symbol_size(12).data(data))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::*;
    use crate::state::Filters;

    #[test]
    fn sources_disagree_about_2017() {
        let ds = default_dataset();
        let mut filters = Filters::default();
        filters.years = Some((2017, 2017));
        let input = Input { dataset: &ds, filters: &filters, format: &PlainFormat };
        let groups = disagreements(&input);
        let publishers: Vec<Vec<&str>> = groups
            .iter()
            .map(|g| g.observations.iter().map(|o| input.publisher(&o.source)).collect())
            .collect();
        assert!(publishers.iter().all(|p| p.contains(&"Le360") && p.contains(&"North Africa Post")), "{publishers:?}");
        assert_eq!(groups.len(), 2, "attempts and networks");
        assert_snapshot("discrepancy-2017", &build(&input));
    }
}
