//! The five charts. Each option is a memo of its own, so a chart redraws
//! only when its own inputs change; clicks toggle the matching filter.

use std::time::Duration;

use leptos::prelude::*;

use super::chart_panel::ChartPanel;
use super::chart_picked::ChartPick;
use super::credit::chart_caption;
use super::match_count::AloneChart;
use super::{live_text, Ctx};
use crate::charts::option::{drawing, Drawing};
use crate::charts::scope::{drawn_indicators, figures_of, indicators_of, scope_notes};
use crate::charts::shown::{positions_of, InCharts};
use crate::charts::{composition, discrepancy, europe, featured, trend, Format, Input, Noted};
use crate::data::date::CoverageKind;
use crate::data::Lang;
use crate::interop::intl::IntlFormat;
use crate::interop::echarts::ChartEvent;
use crate::state::embed::EmbedConfig;
use crate::state::{ChartId, Filters};
use crate::text::{self, Key};

/// A chart drawn with its note (`trend::build_noted`, `europe::build_noted`,
/// `composition::build_noted`, `featured::build_noted`) and the figures it shows,
/// all from its one pass over the rows; and the line under it: the scope
/// notes of what it draws, then that note, which its PNG and paper keep.
fn noted_memos(ctx: Ctx, chart: ChartId, build: for<'a> fn(&Input<'a>) -> Noted<'a>) -> (Memo<Drawing>, Memo<Option<String>>) {
    let drawn = Memo::new(move |_| {
        ctx.with_input(|input| {
            let (option, footnote, shown) = build(input);
            Drawing { footnote, shown: positions_of(input.dataset, &shown), ..drawing(&option) }
        })
    });
    let counts = scope_memo(ctx, chart);
    (drawn, Memo::new(move |_| lines(counts.get().into_iter().chain(drawn.with(|d| d.footnote.clone())).collect())))
}

/// The indicator a click on a trend bar or legend item stands for.
fn trend_indicator(input: &Input, event: &ChartEvent) -> Option<String> {
    let series = if event.component == "legend" { event.name.clone() } else { String::new() };
    trend::indicators(input).into_iter().find(|id| {
        [CoverageKind::FullYear, CoverageKind::YearToDate].iter().any(|k| {
            let name = trend::series_name(input, id, *k);
            name == series || (event.component == "series" && event.series_name.as_deref() == Some(name.as_str()))
        })
    })
}

/// Whether a chart has a figure to draw under some filters: with none
/// (another dataset, without Europe's figures, say), the dashboard leaves
/// it out rather than show it empty, with a message that blames the filters.
/// Asked as the grid is made, of a chart the filters leave empty, and as
/// the embed code's chart menu opens: the dataset stays for the page's life.
pub fn has_figures(ctx: Ctx, chart: ChartId) -> bool {
    let unfiltered = Filters::default();
    let format = IntlFormat::shared(Lang::En);
    ctx.dataset.with_untracked(|ds| !figures_of(chart)(&Input::new(ds, &unfiltered, &*format)).is_empty())
}

/// What a chart's figures count where their label alone misleads
/// (`charts::scope`), a note a line: under the chart, in its description
/// and its PNG.
fn scope_memo(ctx: Ctx, chart: ChartId) -> Memo<Option<String>> {
    Memo::new(move |_| ctx.with_input(|input| lines(scope_notes(input, &drawn_indicators(input, chart)))))
}

fn lines(notes: Vec<String>) -> Option<String> {
    (!notes.is_empty()).then(|| notes.join("\n"))
}


#[component]
pub fn ChartsGrid() -> impl IntoView {
    let ctx = Ctx::get();
    // What a click on one of the charts last narrowed (`chart_picked`).
    provide_context(ChartPick(RwSignal::new(None)));
    let toggle_indicator = move |id: Option<String>| {
        if let Some(id) = id {
            ctx.update(|f| Filters::toggle(&mut f.indicators, &id));
        }
    };
    let on_featured = Callback::new(move |e: ChartEvent| {
        let id = untrack(|| ctx.with_input(|input| {
            e.data_index.and_then(|i| featured::bars(input).get(i).map(|o| o.indicator.clone()))
        }));
        toggle_indicator(id);
    });
    let on_trend = Callback::new(move |e: ChartEvent| {
        toggle_indicator(untrack(|| ctx.with_input(|input| trend_indicator(input, &e))));
    });
    // A slice: its part's indicator, or the whole's for the "other" slice.
    let on_composition = Callback::new(move |e: ChartEvent| {
        toggle_indicator(untrack(|| ctx.with_input(|input| {
            let (whole, parts) = composition::parts(input)?;
            let i = e.data_index?;
            Some(parts.get(i).map_or(whole.indicator.clone(), |p| p.indicator.clone()))
        })));
    });
    let on_europe = Callback::new(move |e: ChartEvent| {
        toggle_indicator(untrack(|| ctx.with_input(|input| {
            let name = if e.component == "legend" { &e.name } else { e.series_name.as_ref()? };
            europe::indicator_of_series(input, name)
        })));
    });
    // A dot stands for one source's figure: filter to that source.
    let on_discrepancy = Callback::new(move |e: ChartEvent| {
        let source = untrack(|| ctx.with_input(|input| discrepancy::dots(input).get(e.data_index?).map(|o| o.source.clone())));
        if let Some(id) = source {
            ctx.update(|f| Filters::toggle(&mut f.sources, &id));
        }
    });
    // An embed's `chart=` is fixed for the page's life: no need to react.
    let embed = use_context::<EmbedConfig>().unwrap_or_default();
    let alone = embed.chart;
    // An embed without the filter bar, whose address chose its view: a
    // chart its filters leave empty is left out, unless every one is (an
    // article showed panels saying "No figure…" that its reader could do
    // nothing about). Decided once, from the address: a reader's click
    // that empties one does not pull it from under their finger.
    let fixed = embed.enabled && !embed.controls && alone.is_none() && {
        untrack(|| ctx.with_input(|input| ChartId::ALL.iter().any(|&chart| !figures_of(chart)(input).is_empty())))
    };
    // A chart shows where it has a figure: under the filters as they are,
    // or else (asked only then) under none. An embed of one chart shows it
    // alone, empty or not: it was asked for.
    let shows = move |chart: ChartId, drawing: Memo<Drawing>| match alone {
        Some(asked) => asked == chart,
        None => drawing.with_untracked(|d| !d.points.is_empty()) || (!fixed && has_figures(ctx, chart)),
    };
    // The featured chart draws first; the other four mount after its first
    // frame, so the chart readers came for does not wait behind them.
    let (featured_drawing, featured_scope) = noted_memos(ctx, ChartId::Featured, featured::build_noted);
    let featured_shown = shows(ChartId::Featured, featured_drawing);
    let others_mounted = RwSignal::new(!featured_shown);
    // The discrepancy chart, its note and its scope share one grouping of the rows.
    let discrepancy_drawing = Memo::new(move |_| {
        ctx.with_input(|input| {
            let drawn = discrepancy::drawn(input);
            // How to read the dots, and whether some rows are left out.
            let note = (!drawn.groups.is_empty()).then(|| {
                let mut note = ctx.t(Key::DisagreementScale).to_string();
                if let Some((shown, all)) = drawn.left_out() {
                    let number = |n: usize| input.format.number(n as f64);
                    note.push(' ');
                    note.push_str(&text::fill(ctx.t(Key::LatestDisagreements), &[("shown", &number(shown)), ("all", &number(all))]));
                }
                note
            });
            let dots = drawn.dots();
            let scope = lines(scope_notes(input, &indicators_of(&dots)));
            (Drawing { shown: positions_of(input.dataset, &dots), ..drawing(&discrepancy::chart(input, &drawn)) }, note, scope)
        })
    });
    // The featured report's period under its two charts' titles: in an
    // embed of one, with no cards above, its figures read as a year's.
    let report_note = Memo::new(move |_| {
        Some(ctx.dataset.with(|d| d.metadata.featured.title.get(ctx.lang.get()).to_string())).filter(|t| !t.is_empty())
    });
    let discrepancy_chart = Memo::new(move |_| discrepancy_drawing.with(|(chart, _, _)| chart.clone()));
    let discrepancy_note = Memo::new(move |_| discrepancy_drawing.with(|(_, note, _)| note.clone()));
    let discrepancy_scope = Memo::new(move |_| discrepancy_drawing.with(|(_, _, scope)| scope.clone()));
    if featured_shown {
        request_animation_frame(move || set_timeout(move || { let _ = others_mounted.try_set(true); }, Duration::ZERO));
    }
    // The ring's with its note of the slice Marsad worked out; Europe's
    // with that of its "(other)" bars and of the figures given as
    // approximate or minimum; the trend's with that note, figures above a
    // longer period's and those a source filter leaves out; both, with the
    // months their dashed bars cover.
    let (europe, europe_scope) = noted_memos(ctx, ChartId::Europe, europe::build_noted);
    let (trend, trend_scope) = noted_memos(ctx, ChartId::Trend, trend::build_noted);
    let (composition, composition_scope) = noted_memos(ctx, ChartId::Composition, composition::build_noted);
    let drawings = [featured_drawing, trend, composition, europe, discrepancy_chart];
    if let (Some(AloneChart(slot)), Some(at)) = (use_context(), ChartId::ALL.iter().position(|&c| Some(c) == alone)) {
        let _ = slot.set(drawings[at]);
    }
    // Figures match that no chart shows: all of them (a year of
    // regularisation figures alone), where every chart said "No figure…" and
    // nothing said the table had them; or, once the reader filters, some
    // (with the refugees recognised picked, the featured chart's of 2024,
    // not 2023's "about 2,300"), which a reader of the charts alone would not
    // know of. Not on the page as it opens, whose Table button is beside the
    // charts: a line there moved them down under the reader after the first
    // paint, and was read out on every load. Once the charts are mounted,
    // whose drawings it reads.
    let only_in_table = Memo::new(move |_| {
        if embed.enabled || !others_mounted.get() {
            return String::new();
        }
        let all = ctx.matching.with(|m| m.len());
        let nowhere = if all == 0 || drawings.iter().all(|d| d.with(|d| d.points.is_empty())) {
            all
        } else if !ctx.narrowed() {
            0
        } else {
            let mut shown = ctx.dataset.with(|ds| InCharts::new(ds));
            drawings.iter().for_each(|d| d.with(|d| shown.mark(&d.shown)));
            ctx.matching.with(|m| shown.nowhere(m))
        };
        let format = IntlFormat::shared(ctx.lang.get());
        let one = format.is_one(nowhere as f64);
        match nowhere {
            0 => String::new(),
            // Charts drew only figures the filters let through for another
            // reason (a source's others): "No chart shows 3 of the 3" said less.
            n if n == all => ctx.t(if one { Key::OnlyInTableOne } else { Key::OnlyInTable }).to_string(),
            n => text::fill(ctx.t(if one { Key::InNoChartOne } else { Key::InNoChart }), &[("n", &format.number_text(n as f64)), ("all", &format.number_text(all as f64))]),
        }
    });
    view! {
        // Its words in a region there from the start, so that they are
        // announced; attributes rather than a view made when needed, which
        // compiled to 1.5 KB of wasm.
        <p class="only-in-table">
            <span role="status" prop:textContent=live_text(move || only_in_table.get())></span>
            // Paper's own words (CSS): a printed chart view has no table to list them.
            <span class="on-paper" prop:textContent=move || ctx.t(Key::PrintTableView)></span>
            " "
            // The button goes with the charts: the focus goes to the view's own.
            <button hidden=move || only_in_table.with(String::is_empty) on:click=move |_| {
                ctx.update(|f| f.view = crate::state::View::Table);
                super::focus::focus_first(".view-switch [data-view=\"table\"]");
            }>{move || ctx.t(Key::ShowTable)}</button>
        </p>
        <div class="chart-grid">
            {featured_shown.then(|| view! { <ChartPanel id=ChartId::Featured drawing=featured_drawing on_event=on_featured caption=chart_caption(ctx, ChartId::Featured) scope=featured_scope note=report_note always_drawn=true/> })}
            {move || others_mounted.get().then(|| {
                view! {
                    {shows(ChartId::Trend, trend).then(|| view! { <ChartPanel id=ChartId::Trend drawing=trend on_event=on_trend caption=chart_caption(ctx, ChartId::Trend) scope=trend_scope/> })}
                    {shows(ChartId::Composition, composition).then(|| view! { <ChartPanel id=ChartId::Composition drawing=composition on_event=on_composition caption=chart_caption(ctx, ChartId::Composition) scope=composition_scope note=report_note/> })}
                    {shows(ChartId::Europe, europe).then(|| view! { <ChartPanel id=ChartId::Europe drawing=europe on_event=on_europe caption=chart_caption(ctx, ChartId::Europe) scope=europe_scope/> })}
                    {shows(ChartId::Discrepancy, discrepancy_chart).then(|| view! { <ChartPanel id=ChartId::Discrepancy drawing=discrepancy_chart on_event=on_discrepancy caption=chart_caption(ctx, ChartId::Discrepancy) scope=discrepancy_scope note=discrepancy_note/> })}
                }
            })}
        </div>
    }
}
