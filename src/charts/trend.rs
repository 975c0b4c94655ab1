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
/// out (`other_sources`), a line each.
pub fn build_noted<'a>(input: &Input<'a>) -> super::Noted<'a> {
    let layout = layout(input);
    let above = contradictions::note(input, &contradictions::among(&layout));
    let others = super::other_sources::note(input, |id| layout.ids.iter().any(|drawn| drawn == id));
    let qualified = super::scope::qualified_line(input, &layout_figures(&layout, false));
    let notes: Vec<String> = qualified.into_iter().chain(above).chain(others).collect();
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
mod tests {
    use super::*;
    use crate::charts::test_support::*;
    use crate::data::{Observation, Qualifier};
    use crate::state::Filters;

    #[test]
    fn trend_snapshot_keeps_year_to_date_apart() {
        let ds = default_dataset();
        let filters = Filters::default();
        let input = Input::new(&ds, &filters, &PlainFormat);
        let chart = build(&input);
        let json = serde_json::to_value(&chart).unwrap();
        let names: Vec<&str> = json["series"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
        assert!(names.contains(&"Irregular migration attempts foiled (full year)"), "{names:?}");
        assert!(names.contains(&"Irregular migration attempts foiled (year to date)"), "{names:?}");
        assert_snapshot("trend", &chart);
    }

    #[test]
    fn rescue_at_sea_2018_to_2024_full_years() {
        let ds = default_dataset();
        let mut filters = Filters::default();
        filters.categories.insert("rescue_at_sea".into());
        filters.years = Some((2018, 2024));
        filters.coverage = CoverageFilter::FullYear;
        let input = Input::new(&ds, &filters, &PlainFormat);
        let json = serde_json::to_value(build(&input)).unwrap();
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 1);
        assert_eq!(json["xAxis"]["data"], serde_json::json!(["2018", "2019", "2020", "2021", "2022", "2023", "2024"]));
        let values: Vec<serde_json::Value> =
            series[0]["data"].as_array().unwrap().iter().map(|d| d.get("value").cloned().unwrap_or(d.clone())).collect();
        assert_eq!(
            values,
            serde_json::json!([29715.0, 19554.0, "-", 14236.0, 12478.0, 16818.0, 18645.0]).as_array().unwrap().clone()
        );
    }

    #[test]
    fn a_log_axis_with_a_zero_starts_at_one() {
        let mut ds = default_dataset();
        let mut filters = Filters::default();
        filters.indicators.insert("networks_dismantled".into());
        filters.log_scale = true;
        let axis = |ds: &crate::data::Dataset, f: &Filters| serde_json::to_value(build(&Input::new(ds, f, &PlainFormat))).unwrap()["yAxis"].clone();
        assert_eq!(axis(&ds, &filters)["type"], "log");
        assert_eq!(axis(&ds, &filters).get("min"), None, "ECharts ranges an axis without a zero");
        ds.observations.iter_mut().find(|o| o.indicator == "networks_dismantled").unwrap().value = 0.0;
        let ds = ds.clone(); // afresh: the rows are made once (see `Kept`)
        assert_eq!(axis(&ds, &filters)["min"], 1);
        filters.log_scale = false;
        assert_eq!(axis(&ds, &filters).get("min"), None, "a linear axis has room for 0");
    }

    #[test]
    fn a_featured_indicator_with_no_year_to_draw_gives_way_to_the_category() {
        let ds = default_dataset();
        let mut filters = Filters::default();
        filters.categories.insert("protection".into());
        let input = Input::new(&ds, &filters, &PlainFormat);
        // Refugees recognised (BRA), featured, is a stock at a date: nothing by year.
        assert!(ds.metadata.featured.indicators.contains(&"refugees_recognised".to_string()));
        let ids = indicators(&input);
        assert!(ids.contains(&"regularisation_applications".to_string()), "{ids:?}");
        let json = serde_json::to_value(build(&input)).unwrap();
        let names: Vec<&str> = json["series"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["Regularisation applications (full year)", "Regularisation applications approved (full year)"]);
        assert_eq!(json["xAxis"]["data"], serde_json::json!(["2014"]));
        // Where the featured indicators have years, they alone are drawn, as before.
        filters.categories = Default::default();
        filters.categories.insert("returns".into());
        let input = Input::new(&ds, &filters, &PlainFormat);
        assert_eq!(indicators(&input), ["voluntary_returns", "voluntary_returns_iom"]);
    }

    #[test]
    fn a_year_shows_the_latest_end_then_an_exact_figure_then_the_first() {
        let mut ds = default_dataset();
        let model = ds.observations.iter().find(|o| o.indicator == "attempts_foiled").unwrap().clone();
        let figure = |start: &str, end: &str, value: f64, qualifier: Qualifier| Observation {
            start: start.into(),
            end: end.into(),
            value,
            qualifier,
            ..model.clone()
        };
        ds.observations.extend([
            // 1990, year to date: the later end wins, offered first or last.
            figure("1990-01-01", "1990-09-30", 20.0, Qualifier::Exact),
            figure("1990-01-01", "1990-06-30", 10.0, Qualifier::Exact),
            // 1991, full year: an exact figure wins over an estimate.
            figure("1991-01-01", "1991-12-31", 30.0, Qualifier::Approx),
            figure("1991-01-01", "1991-12-31", 40.0, Qualifier::Exact),
            // 1992, full year: two exact figures, the first stays.
            figure("1992-01-01", "1992-12-31", 50.0, Qualifier::Exact),
            figure("1992-01-01", "1992-12-31", 60.0, Qualifier::Exact),
            figure("1992-01-01", "1992-12-31", 70.0, Qualifier::AtLeast),
        ]);
        let mut filters = Filters::default();
        filters.indicators.insert("attempts_foiled".into());
        filters.years = Some((1990, 1992));
        let input = Input::new(&ds, &filters, &PlainFormat);
        let json = serde_json::to_value(build(&input)).unwrap();
        let values = |kind: &str| -> Vec<serde_json::Value> {
            let series = json["series"].as_array().unwrap().iter().find(|s| s["name"].as_str().unwrap().ends_with(kind)).unwrap();
            series["data"].as_array().unwrap().iter().map(|d| d.get("value").cloned().unwrap_or(d.clone())).collect()
        };
        assert_eq!(values("(year to date)"), [serde_json::json!(20.0), "-".into(), "-".into()]);
        assert_eq!(values("(full year)"), ["-".into(), serde_json::json!(40.0), serde_json::json!(50.0)]);
    }
}
