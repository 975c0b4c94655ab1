//! Share and take away: copy link, embed code, CSV and JSON downloads.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::charts_grid::has_figures;
use super::copier::Copier;
use super::Ctx;
use crate::data::export::to_csv;
use crate::data::{Lang, Observation};
use crate::charts::scope::figures_of;
use crate::interop::download;
use crate::state::embed::snippet;
use crate::state::pages::page_path;
use crate::state::data_path::dataset_file;
use crate::state::url::lang_code;
use crate::state::{ChartId, Filters, Theme};
use crate::text::Key;

/// The address of the dashboard's page for `lang` (`state::pages`), without
/// query: where links and embeds point.
pub fn page_url(lang: Option<Lang>) -> String {
    let loc = window().location();
    format!("{}{}", loc.origin().unwrap_or_default(), page_path(&loc.pathname().unwrap_or_default(), lang))
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let ctx = Ctx::get();
    let show_embed = RwSignal::new(false);
    let with_script = RwSignal::new(true);
    // One chart, as an article most often wants, or all of them: by its
    // place in `ChartId::ALL`. Back to all when the box closes, as its menu
    // then shows again.
    let chart = RwSignal::new(None::<usize>);
    // The embed's theme is the article's, chosen here: the producer's own
    // dark screen had gone into the code, a dark block in every reader's
    // white article. Light unless chosen, as most articles are; "Auto"
    // follows each reader's device.
    let embed_theme = RwSignal::new(Theme::Light);
    let code = Memo::new(move |_| {
        let mut title = ctx.dataset.with(|d| d.metadata.title.get(ctx.lang.get()).to_string());
        let picked = chart.get().map(|i| ChartId::ALL[i]);
        if let Some(picked) = picked {
            title = format!("{} — {title}", ctx.t(picked.title()));
        }
        ctx.with_view(|_, filters, data| {
            // The language on screen, always, and its page: an address with
            // none (a browser's language chose it) gave an embed that
            // followed each reader's browser, from index.html.
            let lang = ctx.lang.get();
            let filters = Filters { lang: Some(lang), theme: embed_theme.get(), ..filters.clone() };
            snippet(&page_url(Some(lang)), &filters, data, picked, &title, with_script.get())
        })
    });
    // The charts this dataset has figures for (`ChartsGrid` leaves the others out).
    // One the filters leave empty is offered but disabled, unless picked: its
    // embed would show nothing but "No figures".
    let empty_here = move |chart: ChartId| ctx.with_input(|input| figures_of(chart)(input).is_empty());
    let chart_options = move || {
        let charts = ChartId::ALL.into_iter().filter(|chart| has_figures(ctx, *chart));
        charts.map(|chart| (chart.as_str().to_string(), ctx.t(chart.title()).to_string())).collect::<Vec<_>>()
    };
    // A keyboard goes into the box as it opens (it comes after the download
    // buttons), and Escape closes it, back to the button that opened it.
    let focus = |selector: &'static str| {
        if let Some(el) = document().query_selector(selector).ok().flatten().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    };
    // As the embed box opens or closes, or a download starts, what was said
    // of an earlier copy goes: "Copied." of the link, or the link to copy by
    // hand, stood under the box's own Copy, and read as a CSV's outcome.
    // And as a filter, the language or the embed's options rewrite what was
    // copied: "Copied." stood under a link that was no longer the one copied.
    let copier = Copier::of(Memo::new(move |_| format!("{}\n{}", ctx.link(), code.get())));
    let forget_copy = move || copier.forget();
    // As the box opens or closes: every chart, the light theme, nothing said.
    let start_over = move || {
        chart.set(None);
        embed_theme.set(Theme::Light);
        forget_copy();
    };
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            show_embed.set(false);
            start_over();
            focus(".share button.embed-code");
        }
    };
    let copy = move |text: String| copier.copy(text);
    let csv = move |all: bool| {
        forget_copy();
        let ds = ctx.dataset.get_untracked();
        let rows: Vec<&Observation> = if all {
            ds.observations.iter().collect()
        } else {
            // In the table's order, as the reader sorted it.
            ctx.ordered.with_untracked(|order| ds.observations_at(order))
        };
        let lang = ctx.lang.get_untracked();
        let bytes = to_csv(&ds, &rows, lang);
        // Its labels and notes are in the page's language: a newsroom that
        // takes two keeps them apart.
        let rows = if all { "all".to_string() } else { ctx.filters.with_untracked(Filters::file_name_part) };
        let name = format!("marsad-{rows}-{}.csv", lang_code(lang));
        download::save(&name, "text/csv;charset=utf-8", &bytes);
    };
    // The dataset as published, byte for byte, from where the page read it
    // (a `?data=` path is this site's): written anew from what was read,
    // every count became a decimal ("value": 73.0).
    let dataset_file = ctx.data_param.with_value(|p| dataset_file(p.as_deref())).unwrap_or_default();
    view! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title" class="sr-only">{move || ctx.t(Key::Share)}</h2>
            <div class="share-buttons">
                <button class="copy-link" on:click=move |_| copy(untrack(|| ctx.link()))>
                    {move || ctx.t(Key::CopyLink)}
                </button>
                <button class="embed-code" aria-expanded=move || show_embed.get().to_string()
                    on:click=move |_| {
                        show_embed.update(|s| *s = !*s);
                        start_over();
                        // Once the box is drawn.
                        if show_embed.get_untracked() {
                            request_animation_frame(move || focus(".embed-box select.embed-chart"));
                        }
                    }>{move || ctx.t(Key::EmbedCode)}</button>
                <button class="download-csv-shown" on:click=move |_| csv(false)>{move || ctx.t(Key::CsvShown)}</button>
                <button class="download-csv-all" on:click=move |_| csv(true)>{move || ctx.t(Key::CsvAll)}</button>
                <a class="download-json" href=dataset_file download="marsad-dataset.json" on:click=move |_| forget_copy()>{move || ctx.t(Key::DatasetJson)}</a>
            </div>
            <Show when=move || show_embed.get()>
                <div class="embed-box" on:keydown=close_on_escape>
                    <label class="embed-charts">
                        {move || ctx.t(Key::EmbedCharts)} " "
                        <select class="embed-chart" on:change=move |ev| {
                            let picked = event_target_value(&ev);
                            chart.set(ChartId::parse(&picked).map(ChartId::index));
                        }>
                            <option value="">{move || ctx.t(Key::AllCharts)}</option>
                            // As the filter menus' options are made (one copy of the code).
                            {move || chart_options().into_iter().map(|(id, text)| {
                                let option = ChartId::parse(&id);
                                let disabled = move || chart.get() != option.map(ChartId::index) && option.is_some_and(empty_here);
                                view! { <option value=id prop:textContent=text disabled=disabled></option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="embed-themes">
                        {move || ctx.t(Key::Theme)} " "
                        <select class="embed-theme" on:change=move |ev| embed_theme.set(match event_target_value(&ev).as_str() {
                            "dark" => Theme::Dark,
                            "auto" => Theme::Auto,
                            _ => Theme::Light,
                        })>
                            <option value="light" selected=true>{move || ctx.t(Key::ThemeLight)}</option>
                            <option value="dark">{move || ctx.t(Key::ThemeDark)}</option>
                            <option value="auto">{move || ctx.t(Key::ThemeAuto)}</option>
                        </select>
                    </label>
                    // Over the code it names: above the chart menu, it read as that menu's.
                    <label for="embed-snippet">{move || ctx.t(Key::EmbedCode)}</label>
                    // HTML and addresses read left to right: on an Arabic page the code
                    // showed as "iframe>" then its attributes out of order.
                    <textarea id="embed-snippet" class="embed-snippet" dir="ltr" readonly rows="4" prop:value=move || code.get()></textarea>
                    <label class="embed-script">
                        <input type="checkbox" prop:checked=move || with_script.get()
                            on:change=move |ev| with_script.set(event_target_checked(&ev))/>
                        " " {move || ctx.t(Key::EmbedScript)}
                    </label>
                    <button class="copy-embed" on:click=move |_| copy(code.get_untracked())>{move || ctx.t(Key::Copy)}</button>
                </div>
            </Show>
            {copier.view("share-status", "copy-manual", Some("ltr"))}
        </section>
    }
}
