//! Every source cited, and how to cite Marsad, with the access date.

use leptos::prelude::*;

use super::copier::Copier;
use super::{live_text, Ctx};
use crate::data::date::Day;
use crate::data::{Lang, Source};
use crate::interop::intl::{sentence_start, IntlFormat};
use crate::state::url::lang_code;
use crate::text::{self, Key};

/// The reader's day, as their own calendar shows it: in UTC, a reader in Los
/// Angeles in the evening or in Paris after midnight cited another day.
fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}

/// One line of a sources list, in one language.
#[derive(Clone, PartialEq)]
pub struct SourceLine {
    /// The source and the language: a new language redraws the line.
    key: String,
    anchor: String,
    publisher: String,
    /// The direction of each text where its language is known (`Text::dir`).
    publisher_dir: Option<&'static str>,
    colon: &'static str,
    title: String,
    /// `Some("en")` for a title given only in English, for screen readers.
    title_lang: Option<&'static str>,
    title_dir: Option<&'static str>,
    url: String,
    /// The publication date as written in the dataset and as `Intl` writes it.
    published: Option<(String, String)>,
    /// Whether its title is given in more than one language: translated.
    translated: bool,
}

impl SourceLine {
    pub fn new(source: &Source, lang: Lang, format: &IntlFormat) -> SourceLine {
        let (publisher, title) = (source.publisher.get(lang), source.title.get(lang));
        // A title that starts with its publisher's name ("Frontex: irregular
        // border crossings…") stands alone, as written: not after "Frontex:"
        // again, nor cut to "irregular border crossings…", a title changed.
        let named = text::cited_title(publisher, title).len() != title.len();
        SourceLine {
            key: format!("{} {}", source.id, lang_code(lang)),
            anchor: format!("source-{}", source.id),
            publisher: if named { String::new() } else { publisher.to_string() },
            publisher_dir: source.publisher.dir(lang),
            colon: if named { "" } else { text::colon(lang) },
            title: title.to_string(),
            title_lang: source.title.falls_back_to_english(lang).then_some("en"),
            title_dir: source.title.dir(lang),
            url: source.url.clone(),
            translated: source.title.is_translated(),
            published: source.published.as_ref().map(|d| (d.clone(), format.iso_day(d))),
        }
    }
}

/// Sources as a numbered list: publisher, the title linked to the source,
/// and its date. The dashboard lists every source; an embed, those of its
/// figures.
#[component]
pub fn SourceList(lines: Memo<Vec<SourceLine>>) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        // Most sources published in another language than the page's: a
        // headline read here ("Morocco stopped 56,000 migrants…") may be a
        // translation, not the words to quote.
        // Said by the dataset's publisher, who translated them; and only
        // where some title was, or a dataset of one language said it too.
        <p class="source-titles-note" hidden=move || !lines.with(|l| l.iter().any(|s| s.translated))>{move || {
            let publisher = ctx.dataset.with(|d| d.metadata.publisher.get(ctx.lang.get()).to_string());
            text::fill(ctx.t(Key::SourceTitles), &[("publisher", &publisher)])
        }}</p>
        <ol class="source-list">
            <For each=move || lines.get() key=|s| s.key.clone() let:s>
                <li id=s.anchor>
                    {(!s.publisher.is_empty()).then(|| view! { <bdi dir=s.publisher_dir>{s.publisher.clone()}</bdi> {s.colon} })}
                    <a href=s.url target="_blank" rel="noopener noreferrer" lang=s.title_lang>
                        <bdi dir=s.title_dir>{s.title}</bdi>
                    </a>
                    {s.published.map(|(iso, shown)| view! { " (" <time datetime=iso>{shown}</time> ")" })}
                </li>
            </For>
        </ol>
    }
}

#[component]
pub fn SourcesPanel() -> impl IntoView {
    let ctx = Ctx::get();
    // Each source as the page's language writes it; a new language redraws the list.
    let sources = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let format = IntlFormat::shared(lang);
        ctx.dataset.with(|ds| ds.sources.iter().map(|s| SourceLine::new(s, lang, &format)).collect::<Vec<_>>())
    });
    // The dates as the language writes them, apart from the link, which
    // changes with every filter.
    let dates = Memo::new(move |_| {
        let format = IntlFormat::shared(ctx.lang.get());
        (ctx.dataset.with(|ds| format.iso_day(&ds.metadata.last_updated)), format.day(&today()))
    });
    let citation = Memo::new(move |_| {
        let ds = ctx.dataset.get();
        let lang = ctx.lang.get();
        let md = &ds.metadata;
        let (updated, accessed) = dates.get();
        let url = ctx.link();
        let publisher = md.publisher.get(lang);
        let title = text::cited_title(publisher, md.title.get(lang));
        let mut parts = [
            ("publisher", publisher),
            ("title", title),
            ("year", md.last_updated.get(..4).unwrap_or("")),
            ("updated", &updated),
            ("licence", &md.licence),
            ("url", &url),
            ("accessed", &accessed),
        ];
        let short = text::fill(ctx.t(Key::CitationShort), &parts);
        // The long form starts a sentence with the title: "Marsad. Chiffres
        // de la migration…", where the short one reads "Marsad, chiffres…".
        let sentence = sentence_start(lang, title);
        parts[1].1 = &sentence;
        (short, text::fill(ctx.t(Key::CitationLong), &parts))
    });
    // The citation holds the view's link: once a filter or the language
    // rewrites it, "Copied." and a box to copy by hand were of the old one.
    let copier = Copier::of(Memo::new(move |_| citation.with(|c| c.1.clone())));
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{move || ctx.t(Key::Sources)}</h2>
            <SourceList lines=sources/>
            <footer class="citation">
                <h3>{move || ctx.t(Key::HowToCite)}</h3>
                <p class="cite-short" prop:textContent=live_text(move || citation.get().0)></p>
                <p class="cite-long" prop:textContent=live_text(move || citation.get().1)></p>
                // The long form, with the link to this view and the day: on a
                // phone, selecting a paragraph by hand took its heading too.
                <button class="copy-citation" on:click=move |_| copier.copy(citation.get_untracked().1)>{move || ctx.t(Key::CopyCitation)}</button>
                {copier.view("cite-status", "cite-manual", None)}
            </footer>
        </section>
    }
}
