//! The root: loads the dataset, owns the filter state and keeps it in step
//! with the URL (pushState per discrete change, Back/Forward restore it).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::dashboard::{Dashboard, Masthead};
use super::embed::EmbedView;
use super::focus::{carry_focus_from_shell, focus_first};
use super::load_error::LoadErrorPanel;
use super::url_sync::{location, sync_url};
use super::Ctx;
use crate::api::{self, LoadError};
use crate::data::{Dataset, Lang};
use crate::interop::media::{self, prefers_dark, MediaWatch};
use crate::interop::echarts::dispose_within;
use crate::interop::intl::collation_ranks;
use crate::interop::host::{post_state, HeightReporter, HostListener};
use crate::state::embed::{allowed_origins, apply_host_message, state_message, EmbedConfig};
use crate::state::data_path::dataset_file;
use crate::state::url::{lang_code, lang_from_code, parse_query, passthrough};
use crate::state::{Filters, Theme};
use crate::text::Key;

#[derive(Clone, Debug, PartialEq)]
enum Status {
    Loading,
    Ready,
    Failed(LoadError),
}

#[component]
pub fn App() -> impl IntoView {
    let (_, search) = location();
    let (mut initial, url_notices) = parse_query(&search);
    // fr.html and ar.html are their language's pages (`state::pages`): their
    // `?lang=`, written into the address as the app loads, unless it has one.
    if initial.lang.is_none() {
        initial.lang = page_language();
    }
    let extra = passthrough(&search);
    let filters = RwSignal::new(initial);
    let notices = RwSignal::new(url_notices);
    let status = RwSignal::new(Status::Loading);
    let last_good = RwSignal::new(None::<Arc<Dataset>>);
    // The next URL write corrects the address rather than adding a step.
    let replace_next = StoredValue::new(true);

    let embed = EmbedConfig::from_pairs(&extra);
    provide_context(embed.clone());
    let data_param = extra.iter().find(|(k, _)| k == "data").map(|(_, v)| v.clone());
    let path = dataset_file(data_param.as_deref());
    let load = move || {
        let path = path.clone();
        status.set(Status::Loading);
        spawn_local(async move {
            let result = match path {
                Err(why) => Err(LoadError::Refused(why)),
                Ok(path) => api::fetch_dataset(&path).await,
            };
            match result {
                Ok(ds) => {
                    // Filter ids the dataset doesn't know are dropped, with a
                    // notice, and years cut to its own; the cleaned URL
                    // replaces the shared one.
                    let mut known = filters.get_untracked();
                    let dropped = known.retain_known(&ds);
                    if filters.with_untracked(|f| *f != known) {
                        replace_next.set_value(true);
                        filters.set(known);
                    }
                    if !dropped.is_empty() {
                        notices.update(|n| n.extend(dropped));
                    }
                    last_good.set(Some(Arc::new(ds)));
                    status.set(Status::Ready);
                }
                Err(e) => status.set(Status::Failed(e)),
            }
        });
    };
    // The Retry button goes with the panel it is in: the focus follows
    // what takes its place (the loading line, then the dashboard's title,
    // or the next panel's Retry) rather than falling to the page's body.
    let retrying = StoredValue::new(false);
    let retry = Callback::new({
        let load = load.clone();
        move |_: ()| {
            retrying.set_value(true);
            load()
        }
    });
    Effect::new(move |_| {
        let (next, loading) = status.with(|s| match s {
            Status::Loading => ("#app .loading", true),
            Status::Ready => ("#app h1", false),
            Status::Failed(_) => ("#app button.retry", false),
        });
        if retrying.get_value() {
            retrying.set_value(loading);
            focus_first(next);
        }
    });
    load();

    // ?lang= first (a language's page has its own, above), then the
    // browser's language, then English.
    let browser = browser_language();
    let lang = Memo::new(move |_| filters.with(|f| f.lang).or(browser).unwrap_or(Lang::En));
    // The system's colours, followed while the page is open, for Auto.
    let system_dark = RwSignal::new(prefers_dark());
    let watch = StoredValue::new_local(MediaWatch::start(media::DARK, move |dark| system_dark.set(dark)));
    on_cleanup(move || watch.update_value(|w| drop(w.take())));
    let dark = Memo::new(move |_| match filters.with(|f| f.theme) {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => system_dark.get(),
    });
    let empty = Arc::new(empty_dataset());
    let dataset = Memo::new(move |_| last_good.get().unwrap_or_else(|| empty.clone()));
    let selection = Memo::new(move |_| filters.with(Filters::selection));
    let matching = Memo::new(move |_| dataset.with(|ds| Arc::new(selection.with(|s| s.matching_indices(ds)))));
    let sort = Memo::new(move |_| filters.with(|f| f.sort));
    let ordered = Memo::new(move |_| {
        let mut order = matching.with(|m| m.to_vec());
        let lang = lang.get();
        dataset.with(|ds| sort.get().apply(&mut order, ds, lang, &|texts| collation_ranks(lang, texts)));
        Arc::new(order)
    });
    let data_param = StoredValue::new(data_param);
    let with_other_sources = Memo::new(move |_| {
        Arc::new(selection.with(|s| if s.sources.is_empty() { Vec::new() } else { dataset.with(|ds| matching.with(|m| crate::charts::other_sources::widen(ds, s, m))) }))
    });
    provide_context(Ctx { dataset, filters, selection, matching, with_other_sources, ordered, sort, lang, dark, data_param });

    // In an iframe, replace history entries: a pushed one would hijack the
    // Back button of the article around us.
    sync_url(filters, extra, !embed.enabled, replace_next);
    sync_document(lang, dark, dataset, status);
    talk_to_host(&embed, filters, last_good);

    // index.html's shell shows the title, figures and featured chart until
    // the dashboard (or an error) replaces it, in the same frame.
    Effect::new(move |_| {
        if status.with(|s| *s != Status::Loading) {
            if let Some(shell) = document().get_element_by_id("marsad-shell") {
                carry_focus_from_shell(&shell);
                dispose_within(&shell);
                shell.remove();
            }
        }
    });

    let ctx = Ctx::get();
    let embed_enabled = embed.enabled;
    // The dashboard's header outside `main`, a banner landmark of its own:
    // inside, a reader jumping to the main content landed on the language
    // switch. The notices open `main`, after the header's skip link, which
    // stays the first Tab.
    view! {
        <div id="app" class="app" class:embedded=embed_enabled class:framed=crate::interop::host::in_frame()>
            <Show when=move || !embed_enabled && last_good.with(Option::is_some)>
                <Masthead/>
            </Show>
            <main>
                // A live region there, empty, from the start, its notices
                // coming with the dataset or its failure: a region put in
                // with its text already in it is not read out, and a screen
                // reader said nothing of a link's ignored parameters.
                <div class="notices-live" role="status">
                    <Show when=move || !notices.with(Vec::is_empty) && status.with(|s| !matches!(s, Status::Loading))>
                        <div class="notices">
                            <ul>{move || notices.get().into_iter().map(|n| view! { <li prop:textContent=n.message(ctx.lang.get())></li> }).collect_view()}</ul>
                            <button class="dismiss" aria-label=move || ctx.t(Key::Dismiss) on:click=move |_| {
                                // Out of the notice, which goes: to the page's first control after it.
                                focus_first("#app main :is(button, select, input, a[href]):not(.notices *)");
                                notices.set(vec![]);
                            }>"×"</button>
                        </div>
                    </Show>
                </div>
                {move || match status.get() {
                    Status::Loading => view! { <p class="loading" role="status" tabindex="-1">{ctx.t(Key::Loading)}</p> }.into_any(),
                    Status::Failed(e) => view! { <LoadErrorPanel error=e retry=retry/> }.into_any(),
                    Status::Ready => ().into_any(),
                }}
                <Show when=move || last_good.with(Option::is_some)>
                    {if embed_enabled { view! { <EmbedView/> }.into_any() } else { view! { <Dashboard/> }.into_any() }}
                </Show>
            </main>
        </div>
    }
}

/// When framed: post our height, accept `marsad:set` from an allowed host
/// and tell it our state after each change.
fn talk_to_host(embed: &EmbedConfig, filters: RwSignal<Filters>, dataset: RwSignal<Option<Arc<Dataset>>>) {
    let origins = move || allowed_origins(&dataset.with_untracked(|d| d.as_ref().map(|d| d.metadata.embed_origins.clone()).unwrap_or_default()));
    let reporter = StoredValue::new_local(HeightReporter::start(embed.id.clone()));
    let listener = StoredValue::new_local(HostListener::start(
        move |origin| origins().iter().any(|o| o == origin),
        move |json| {
            let Ok(message) = serde_json::from_str::<serde_json::Value>(&json) else { return };
            let Some(mut next) = filters.with_untracked(|f| apply_host_message(f, &message)) else { return };
            // A message naming ids or years the dataset does not have (a
            // host's typo) does nothing, rather than empty the article's chart.
            if dataset.with_untracked(|d| d.as_ref().is_some_and(|d| next.retain_known(d).is_empty())) {
                filters.update(|f| f.step(|f| *f = next));
            }
        },
    ));
    let id = embed.id.clone();
    Effect::new(move |_| {
        let message = filters.with(|f| state_message(&id, f));
        // Only once the dataset (and its allow-list) is in.
        if dataset.with(Option::is_some) {
            post_state(&message, &origins());
        }
    });
    on_cleanup(move || {
        reporter.update_value(|r| drop(r.take()));
        listener.update_value(|l| drop(l.take()));
    });
}

/// Keep `<html lang dir data-theme>` and the page's title in step with the
/// reader's choices: the tab, the history and a screen reader name the page
/// in its language (index.html's title is English).
fn sync_document(lang: Memo<Lang>, dark: Memo<bool>, dataset: Memo<Arc<Dataset>>, status: RwSignal<Status>) {
    Effect::new(move |_| {
        let (lang, dark) = (lang.get(), dark.get());
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang_code(lang));
            let _ = html.set_attribute("dir", if lang == Lang::Ar { "rtl" } else { "ltr" });
            let _ = html.set_attribute("data-theme", if dark { "dark" } else { "light" });
        }
        let title = dataset.with(|d| d.metadata.title.get(lang).to_string());
        if !title.is_empty() {
            document().set_title(&title);
        } else if status.with(|s| matches!(s, Status::Failed(_))) {
            // No dataset came: not the default's title, in the page's
            // language (fr.html's French over an English page).
            document().set_title("Marsad");
        }
    });
}

/// The language of the page itself: fr.html and ar.html say theirs in
/// `<html data-page-lang>` (index.html's script changes `lang`, not this).
fn page_language() -> Option<Lang> {
    document().document_element()?.get_attribute("data-page-lang").as_deref().and_then(lang_from_code)
}

/// The first of the browser's languages that Marsad speaks.
fn browser_language() -> Option<Lang> {
    let languages = window().navigator().languages();
    languages.iter().filter_map(|l| l.as_string()).find_map(|tag| lang_from_code(&tag.split('-').next().unwrap_or("").to_ascii_lowercase()))
}

fn empty_dataset() -> Dataset {
    use crate::data::*;
    let blank = || Text::Plain(String::new());
    Dataset {
        schema_version: SCHEMA_VERSION,
        metadata: Metadata {
            title: blank(),
            description: blank(),
            publisher: blank(),
            licence: String::new(),
            last_updated: String::new(),
            featured: FeaturedReport { title: blank(), start: String::new(), end: String::new(), presented: None, indicators: vec![] },
            embed_origins: vec![],
        },
        sources: vec![],
        categories: vec![],
        indicators: vec![],
        observations: vec![],
        rows: Default::default(),
    }
}
