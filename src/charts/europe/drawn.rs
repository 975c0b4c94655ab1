//! Which indicators the European chart draws under the filters, and which
//! one a click on its series stands for.

use crate::charts::Input;
use crate::data::{Geography, Indicator};

/// Indicators drawn: the parts of a Spanish total (stacked routes), then
/// every EU-border indicator. A total whose routes are drawn is left out.
/// A total picked without any of its routes brings them (a click on
/// "(other)" picks it): as the ring keeps its parts when its whole is
/// picked alone, and this chart had stood empty when Spain's arrivals were.
pub fn drawn_indicators(input: &Input) -> Vec<(String, bool)> {
    let ds = input.dataset;
    let shows = |id: &str| input.filters.shows_indicator(ds, id);
    let alone = |whole: &str| {
        shows(whole) && !ds.indicators.iter().any(|r| r.geography == Geography::Spain && r.part_of.as_deref() == Some(whole) && shows(&r.id))
    };
    let mut out = Vec::new();
    for i in ds.indicators.iter().filter(|i| is_european(i)) {
        let is_route = i.geography == Geography::Spain;
        let drawn = match &i.part_of {
            Some(whole) if is_route => shows(&i.id) || alone(whole),
            _ => shows(&i.id),
        };
        if drawn {
            out.push((i.id.clone(), is_route));
        }
    }
    out
}

/// Whether the chart draws `i` where the filters show it: a route into
/// Spain, or a count at the EU's external border.
pub(super) fn is_european(i: &Indicator) -> bool {
    (i.geography == Geography::Spain && i.part_of.is_some()) || i.geography == Geography::EuExternalBorder
}

/// The indicators drawn that have a figure of a year (or part of one) to
/// draw, found without laying the chart out (`scope::drawn_indicators`).
pub fn drawn_with_a_year(input: &Input) -> Vec<String> {
    let ds = input.dataset;
    drawn_indicators(input)
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| match input.filters.shows_indicator(ds, id) {
            true => crate::charts::trend::has_a_year(input, id),
            // A route its total brought, whose rows the indicator filter leaves out.
            false => crate::charts::trend::has_a_year_kept(input, id, &|p| input.filters.keeps_row(ds, p)),
        })
        .collect()
}

/// The indicator the series named `name` draws, which a click on it or
/// its legend name filters to: for what routes leave of a total
/// ("(other)"), the total.
pub fn indicator_of_series(input: &Input, name: &str) -> Option<String> {
    let ds = input.dataset;
    let drawn = drawn_indicators(input).into_iter().map(|(id, _)| id).find(|id| input.short_label(id) == name);
    drawn.or_else(|| ds.indicators.iter().find(|i| input.other_of(&i.id) == name).map(|i| i.id.clone()))
}
