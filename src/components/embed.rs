//! The embed view (`?embed=1`): title, chart(s), a source line and a link to
//! the full dashboard; the filter bar only with `controls=1`.

use leptos::prelude::*;

use super::charts_grid::ChartsGrid;
use super::credit::{caption_memo, chart_caption};
use super::filter_bar::FilterBar;
use super::match_count::AloneChart;
use super::sources::{SourceLine, SourceList};
use super::{live_text, Ctx, DataText};
use crate::interop::intl::IntlFormat;
use crate::state::embed::EmbedConfig;
use crate::text::{self, Key};

#[component]
pub fn EmbedView() -> impl IntoView {
    let ctx = Ctx::get();
    let config = expect_context::<EmbedConfig>();
    // The charts are made before the filter bar above them, whose count
    // line counts the figures of an embed's one chart (`AloneChart`).
    if config.chart.is_some() {
        provide_context(AloneChart::default());
    }
    let charts = view! { <ChartsGrid/> };
    let title = Memo::new(move |_| ctx.dataset.with(|d| DataText::of(&d.metadata.title, ctx.lang.get())));
    // The publishers behind what is on screen, so a quote can be traced:
    // of the one chart shown, or of every chart's figures.
    let caption = match config.chart {
        Some(id) => chart_caption(ctx, id),
        None => caption_memo(ctx),
    };
    // Each of those publishers' sources, linked: an article's reader can
    // check a quoted figure where it was published without leaving for the
    // dashboard. Folded, as the article already holds the embed's height.
    let sources = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let format = IntlFormat::shared(lang);
        ctx.dataset.with(|ds| caption.with(|c| c.sources.iter().filter_map(|&at| ds.sources.get(at)).map(|s| SourceLine::new(s, lang, &format)).collect::<Vec<_>>()))
    });
    let links_title = move || {
        let count = IntlFormat::shared(ctx.lang.get()).number_text(sources.with(Vec::len) as f64);
        text::fill(ctx.t(Key::SourceLinks), &[("count", &count)])
    };
    // The dashboard itself: the same dataset and filters, without embed mode.
    let full = move || ctx.link();
    view! {
        <div class="embed">
            <h1 class="title embed-title" title=move || title.with(|t| t.text.clone()) tabindex="-1" lang=move || title.with(|t| t.lang) dir=move || title.with(|t| t.dir)>{move || title.with(|t| t.text.clone())}</h1>
            <Show when=move || config.controls>
                <FilterBar/>
            </Show>
            <h2 class="sr-only">{move || ctx.t(Key::ViewChart)}</h2>
            {charts}
            <p class="embed-source">
                <bdi prop:textContent=live_text(move || caption.with(|c| c.line.clone()))></bdi> " · "
                <a href=full target="_blank" rel="noopener">{move || ctx.t(Key::FullDashboard)}</a>
            </p>
            <details class="embed-links" hidden=move || sources.with(Vec::is_empty)>
                <summary prop:textContent=live_text(links_title)></summary>
                <SourceList lines=sources/>
            </details>
        </div>
    }
}
