//! The full dashboard, top to bottom: its header with language and theme
//! (`Masthead`, the page's banner, outside `main`), then in `main` the
//! headline cards, filters, charts or table, share, sources.

use leptos::prelude::*;

use super::cards::HeadlineCards;
use super::charts_grid::ChartsGrid;
use super::filter_bar::FilterBar;
use super::focus::focus_first;
use super::share::SharePanel;
use super::sources::SourcesPanel;
use super::table::ObservationsTable;
use super::{live_text, Ctx, DataText};
use crate::data::Lang;
use crate::interop::intl::IntlFormat;
use crate::state::url::lang_code;
use crate::state::{Theme, View};
use crate::text::Key;

/// The dashboard's header: skip link, language and theme, title and
/// description.
#[component]
pub fn Masthead() -> impl IntoView {
    let ctx = Ctx::get();
    let meta = move || ctx.dataset.get().metadata.clone();
    // With their language and direction where a translation is left out.
    let title = Memo::new(move |_| ctx.dataset.with(|d| DataText::of(&d.metadata.title, ctx.lang.get())));
    let description = Memo::new(move |_| ctx.dataset.with(|d| DataText::of(&d.metadata.description, ctx.lang.get())));
    let publisher = move || meta().publisher.get(ctx.lang.get()).to_string();
    let updated = move || meta().last_updated;
    let updated_text = move || ctx.dataset.with(|d| IntlFormat::shared(ctx.lang.get()).iso_day(&d.metadata.last_updated));
    view! {
        <header class="masthead">
            // Past the switchers and the six cards' links, seen when it has
            // the focus. A link to the filters' heading, followed here: the
            // address's fragment would be one more entry to go back through.
            <a class="skip-link" href="#filters-title" on:click=move |ev| {
                ev.prevent_default();
                focus_first("#app section.filter-bar");
            }>{move || ctx.t(Key::SkipToFilters)}</a>
            <LanguageAndTheme/>
            <h1 class="title" title=move || title.with(|t| t.text.clone()) tabindex="-1" lang=move || title.with(|t| t.lang) dir=move || title.with(|t| t.dir)>{move || title.with(|t| t.text.clone())}</h1>
            <p class="subtitle" title=move || description.with(|t| t.text.clone()) lang=move || description.with(|t| t.lang) dir=move || description.with(|t| t.dir)>{move || description.with(|t| t.text.clone())}</p>
            <p class="byline">
                {publisher} " · " {move || ctx.t(Key::LastUpdated)} " "
                <time datetime=updated>{updated_text}</time>
            </p>
        </header>
    }
}

/// What `main` holds under the masthead.
#[component]
pub fn Dashboard() -> impl IntoView {
    let ctx = Ctx::get();
    // A memo, so that only a change of view (not every filter change)
    // swaps the charts for the table and back.
    let view = Memo::new(move |_| ctx.filters.with(|f| f.view));
    let view_is = move |v: View| view.get() == v;
    view! {
        // The report's figures first, as the shell paints them: on a phone
        // the filter bar above them stood 700 to 850 px tall, and a reader
        // scrolled past it before the first number.
        <HeadlineCards/>
        <FilterBar/>
        <div class="view-switch" role="group" aria-label=move || ctx.t(Key::ViewGroup)>
            <button data-view="chart" aria-pressed=move || view_is(View::Chart).to_string()
                on:click=move |_| ctx.update(|f| f.view = View::Chart)>{move || ctx.t(Key::ViewChart)}</button>
            <button data-view="table" aria-pressed=move || view_is(View::Table).to_string()
                on:click=move |_| ctx.update(|f| f.view = View::Table)>{move || ctx.t(Key::ViewTable)}</button>
        </div>
        // The charts' h3s read as parts of the report's h2 above, by headings.
        // Set whole (`live_text`): a page translator's copy of it would go stale.
        <h2 class="sr-only" prop:textContent=live_text(move || ctx.t(if view_is(View::Table) { Key::ViewTable } else { Key::ViewChart }).to_string())></h2>
        {move || if view_is(View::Table) { view! { <ObservationsTable/> }.into_any() } else { view! { <ChartsGrid/> }.into_any() }}
        <SharePanel/>
        <SourcesPanel/>
    }
}

/// The language switcher and theme choice, in the header.
#[component]
fn LanguageAndTheme() -> impl IntoView {
    let ctx = Ctx::get();
    let lang_button = move |lang: Lang, name: &'static str| {
        view! {
            <button class="lang" lang=lang_code(lang) data-lang=lang_code(lang)
                aria-pressed=move || (ctx.lang.get() == lang).to_string()
                on:click=move |_| {
                    // The language shown already: no new address, nor a history entry to go back through.
                    if ctx.lang.get_untracked() != lang {
                        ctx.update(|f| f.lang = Some(lang));
                    }
                }>{name}</button>
        }
    };
    let theme_pick = super::pick::Pick::new(move |value: String| {
        let theme = match value.as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        };
        ctx.update(|f| f.theme = theme);
    });
    let theme_value = move || match ctx.filters.with(|f| f.theme) {
        Theme::Auto => "auto",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    view! {
        <nav class="switchers">
            <span class="chips" role="group" aria-label=move || ctx.t(Key::Language)>
                {lang_button(Lang::En, "English")}
                {lang_button(Lang::Fr, "Français")}
                {lang_button(Lang::Ar, "العربية")}
            </span>
            <label>
                {move || ctx.t(Key::Theme)} " "
                <select class="theme" prop:value=theme_value
                    on:keydown=theme_pick.on_keydown() on:change=theme_pick.on_change() on:blur=theme_pick.on_blur() on:pointerdown=theme_pick.on_pointerdown()>
                    <option value="auto">{move || ctx.t(Key::ThemeAuto)}</option>
                    <option value="light">{move || ctx.t(Key::ThemeLight)}</option>
                    <option value="dark">{move || ctx.t(Key::ThemeDark)}</option>
                </select>
            </label>
        </nav>
    }
}

