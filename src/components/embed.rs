//! The embed view (`?embed=1`): title, chart(s), a source line and a link to
//! the full dashboard; the filter bar only with `controls=1`.

use leptos::prelude::*;

use super::charts_grid::{caption_memo, chart_caption, ChartsGrid};
use super::filter_bar::FilterBar;
use super::{live_text, Ctx};
use crate::state::embed::EmbedConfig;
use crate::text::Key;

#[component]
pub fn EmbedView() -> impl IntoView {
    let ctx = Ctx::get();
    let config = expect_context::<EmbedConfig>();
    let title = move || ctx.dataset.with(|d| d.metadata.title.get(ctx.lang.get()).to_string());
    // The publishers behind what is on screen, so a quote can be traced:
    // of the one chart shown, or of every row the filters let through.
    let caption = match config.chart {
        Some(id) => chart_caption(ctx, id),
        None => caption_memo(ctx),
    };
    // The dashboard itself: the same dataset and filters, without embed mode.
    let full = move || ctx.link();
    view! {
        <div class="embed">
            <h1 class="title embed-title" title=title>{title}</h1>
            <Show when=move || config.controls>
                <FilterBar/>
            </Show>
            <h2 class="sr-only">{move || ctx.t(Key::ViewChart)}</h2>
            <ChartsGrid/>
            <p class="embed-source">
                <bdi prop:textContent=live_text(move || caption.with(|(_, source)| source.clone()))></bdi> " · "
                <a href=full target="_blank" rel="noopener">{move || ctx.t(Key::FullDashboard)}</a>
            </p>
        </div>
    }
}
