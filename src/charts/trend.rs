//! Trend by year for the selected indicators. Full-year values are solid
//! bars; year-to-date values are dashed outlines in a series of their own,
//! with their coverage in the tooltip. The two kinds are never one line.

use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::series::Bar;
use charming::Chart;

mod contradictions;

use super::{colour_place, steady_colours, year_bar_style, years_chart, Input, PerYear};
use crate::data::date::CoverageKind;
use crate::data::rows::widened;
use crate::data::Observation;
use crate::state::CoverageFilter;
use crate::text::{self, Key};

/// Indicator ids the trend shows: the reader's choice, else the featured
/// report's indicators that pass the filters and have a year to draw, else
/// every indicator that passes them. "A year to draw": under Protection the
/// featured indicator is a stock of refugees at a date, which the trend does
/// not draw, and the chart stood empty beside the 2014 regularisation figures.
pub fn indicators(input: &Input) -> Vec<String> {
    let ds = input.dataset;
    let f = input.filters;
    if !f.indicators.is_empty() {
        return ds.indicators.iter().filter(|i| f.shows_indicator(ds, &i.id)).map(|i| i.id.clone()).collect();
    }
    let featured: Vec<String> =
        ds.metadata.featured.indicators.iter().filter(|id| f.shows_indicator(ds, id) && has_a_year(input, id)).cloned().collect();
    if !featured.is_empty() {
        return featured;
    }
    ds.indicators.iter().filter(|i| f.shows_indicator(ds, &i.id)).map(|i| i.id.clone()).collect()
}

/// Whether the filters let through a figure of `id` for a year (or part of
/// one). Looked up in the indicator's own positions (`Rows`), the first
/// figure found that passes the filters enough: no pass over every row per click.
pub fn has_a_year(input: &Input, id: &str) -> bool {
    let shown = input.positions();
    has_a_year_kept(input, id, &|p| shown.binary_search(&p).is_ok())
}

/// Whether `id` has a figure of a year (or part of one) at a position
/// `kept` keeps.
pub fn has_a_year_kept(input: &Input, id: &str, kept: &dyn Fn(u32) -> bool) -> bool {
    let rows = input.dataset.rows();
    input.dataset.positions_of(id).iter().any(|&p| matches!(rows.rows[p as usize].kind(), Some(CoverageKind::FullYear | CoverageKind::YearToDate)) && kept(p))
}

/// Series names map back to indicators for legend clicks.
pub fn series_name(input: &Input, indicator: &str, kind: CoverageKind) -> String {
    let kind = if kind == CoverageKind::FullYear { Key::FullYear } else { Key::YearToDate };
    super::with_aside(input.short_label(indicator), text::get(input.lang(), kind))
}

/// What the chart draws: its indicators, each one's figure per year (full
/// years, then years to date), the years along its axis and the kinds shown.
struct Layout<'a> {
    ids: Vec<String>,
    per_year: Vec<[PerYear<'a>; 2]>,
    axis_years: Vec<i32>,
    kinds: &'static [CoverageKind],
}

impl<'a> Layout<'a> {
    /// Each series that has a figure: its indicator's index, its kind, and
    /// its figures by year.
    fn series(&self) -> Vec<(usize, CoverageKind, &PerYear<'a>)> {
        let mut series = Vec::new();
        for (i, per_kind) in self.per_year.iter().enumerate() {
            for &kind in self.kinds {
                let by_year = &per_kind[usize::from(kind != CoverageKind::FullYear)];
                if !by_year.is_empty() {
                    series.push((i, kind, by_year));
                }
            }
        }
        series
    }
}

/// The figures the chart draws and those its bars name beside them
/// (`PerYear::also`): its caption credits the publishers of both.
pub fn credited<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    figures(input, true)
}

/// The figures the chart draws, in the order of its bars (its dashed
/// bars' periods, whether it has any).
pub fn marks<'a>(input: &Input<'a>) -> Vec<&'a Observation> {
    figures(input, false)
}

/// Each bar's figure in the order of the bars, with the others it names
/// where `named` says.
fn figures<'a>(input: &Input<'a>, named: bool) -> Vec<&'a Observation> {
    layout_figures(&layout(input), named)
}

fn layout_figures<'a>(layout: &Layout<'a>, named: bool) -> Vec<&'a Observation> {
    let mut figures = Vec::new();
    for (_, _, by_year) in layout.series() {
        for &year in &layout.axis_years {
            figures.extend(by_year.get(year));
            if named {
                figures.extend(by_year.also(year).0);
            }
        }
    }
    figures
}

fn layout<'a>(input: &Input<'a>) -> Layout<'a> {
    let ids = indicators(input);
    // Each indicator's figure per year and kind, and the years they span,
    // in one pass over the rows, by indicator position rather than by
    // comparing ids (string comparisons were most of this chart at 100,000 rows).
    let ds = input.dataset;
    let rows = ds.rows();
    let mut shown_at: Vec<Option<usize>> = vec![None; ds.indicators.len()];
    for (i, id) in ids.iter().enumerate() {
        if let Some(slot) = ds.indicator_position(id) {
            shown_at[slot] = Some(i);
        }
    }
    // Per indicator: full years, then years to date.
    let mut per_year: Vec<[PerYear; 2]> = ids.iter().map(|_| Default::default()).collect();
    let mut years: Option<(i32, i32)> = None;
    for &position in input.positions() {
        let row = &rows.rows[position as usize];
        let Some(i) = row.indicator().and_then(|slot| shown_at[slot]) else { continue };
        let kind = match row.kind() {
            Some(CoverageKind::FullYear) => 0,
            Some(CoverageKind::YearToDate) => 1,
            _ => continue,
        };
        per_year[i][kind].offer(ds, position);
        let year = row.year;
        years = Some(widened(years, year));
    }
    let (first, last) = match input.filters.years {
        Some(range) => range,
        None => years.unwrap_or((0, -1)),
    };
    let axis_years: Vec<i32> = (first..=last).collect();
    let kinds: &[CoverageKind] = match input.filters.coverage {
        CoverageFilter::All => &[CoverageKind::FullYear, CoverageKind::YearToDate],
        CoverageFilter::FullYear => &[CoverageKind::FullYear],
        CoverageFilter::YearToDate => &[CoverageKind::YearToDate],
    };
    Layout { ids, per_year, axis_years, kinds }
}

pub fn build(input: &Input) -> Chart {
    chart(input, &layout(input))
}

/// The chart, and its notes: the figures it draws that were not given
/// exactly (`scope::qualified_line`), figures above those of longer periods
/// including theirs (`contradictions`), from one pass over the rows, and
/// other publishers' figures for its periods that the source filter leaves
/// out (`other_sources`), and the months its dashed bars cover
/// (`scope::part_year_line`), a line each.
pub fn build_noted<'a>(input: &Input<'a>) -> super::Noted<'a> {
    let layout = layout(input);
    let above = contradictions::note(input, &contradictions::among(&layout));
    let others = super::other_sources::note(input, |id| layout.ids.iter().any(|drawn| drawn == id));
    let drawn = layout_figures(&layout, false);
    let qualified = super::scope::qualified_line(input, &drawn);
    let part_year = super::scope::part_year_line(input, &drawn);
    let notes: Vec<String> = qualified.into_iter().chain(above).chain(others).chain(part_year).collect();
    (chart(input, &layout), (!notes.is_empty()).then(|| notes.join("\n")), layout_figures(&layout, true))
}

/// Each of `ids`' colour by its place (`colour_place`), as the trend draws
/// them; the European chart beside it takes these too (`europe::chart`).
pub fn colours(input: &Input, ids: &[String]) -> Vec<&'static str> {
    let places: Vec<usize> = ids.iter().map(|id| colour_place(input.dataset, id)).collect();
    steady_colours(&places, &[])
}

fn chart(input: &Input, layout: &Layout) -> Chart {
    let axis_years = &layout.axis_years;
    let mut chart = years_chart(input, axis_years);
    let mut figures = Vec::new();
    let colours = colours(input, &layout.ids);
    for (i, kind, by_year) in layout.series() {
        let color = colours[i];
        let data: Vec<DataPoint> = axis_years
            .iter()
            .map(|&y| match by_year.get(y) {
                // "-" is ECharts' empty value: a gap stays a gap.
                None => DataPoint::Value(CompositeValue::from("-")),
                Some(o) => {
                    figures.push(o.value);
                    DataPointItem::new(o.value).name(input.with_also(input.with_note(input.year_point_name(o), o), by_year.also(y))).into()
                }
            })
            .collect();
        let style = year_bar_style(kind == CoverageKind::FullYear, color);
        chart = chart.series(Bar::new().name(series_name(input, &layout.ids[i], kind)).item_style(style).data(data));
    }
    chart.y_axis(input.value_axis(false, &figures))
}

#[cfg(test)]
#[path = "trend_tests.rs"]
mod tests;
