//! Headline cards for the featured report: value with its qualifier and
//! coverage, its source, the like-for-like change and a part's share.

use leptos::prelude::*;

use super::source_links::{also_links, links_view, SourceLink};
use super::{Ctx, DataText};
use crate::charts::featured::{bars, card_note};
use crate::charts::{Format, Input};
use crate::data::derived::{like_for_like, share_of_whole};
use crate::data::Observation;
use crate::interop::intl::IntlFormat;
use crate::state::Filters;
use crate::text::{self, Key};

/// What one card says, computed once per dataset and language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Card {
    indicator: String,
    label: DataText,
    value: String,
    unit_note: Option<DataText>,
    coverage: String,
    /// How exact the date is, for a figure counted at one.
    date_note: Option<String>,
    source_name: String,
    source_url: String,
    /// The figure's other publications, as the table links them: the
    /// report's figures were credited to migrantaffairs.info alone, where
    /// the table and the CSV named Alyaoum24 via ArabKhabar too.
    also: Vec<SourceLink>,
    change: Option<Change>,
    share: Option<String>,
}

/// "-18.7% vs Jan – Sep 2023 (60,192 · Alyaoum24 via Maghress)": the
/// figure compared with, and its publisher where its source is not the
/// card's, so that a reader quoting both years credits each to its own.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Change {
    versus: String,
    previous: String,
    /// Publisher and URL.
    source: Option<(String, String)>,
}

fn card(input: &Input, format: &IntlFormat, o: &Observation) -> Card {
    let ds = input.dataset;
    let lang = input.lang();
    let source = ds.source(&o.source);
    let change = like_for_like(ds, o).map(|c| {
        // By its page, not its name: one publisher's article of the year
        // before is a source of its own, which the card's link is not.
        let theirs = ds
            .source(&c.previous.source)
            .filter(|s| Some(s.url.as_str()) != source.map(|own| own.url.as_str()))
            .map(|s| (s.publisher.get(lang).to_string(), s.url.clone()));
        // No percentage from a figure not given exactly ("about 2,300" by
        // September 2023, beside 1,638 a year later): both, with their dates.
        let versus = format!("{} {}", text::get(lang, Key::ComparedWith), text::without_brackets(&input.coverage(c.previous)));
        let versus = match c.ratio {
            Some(ratio) => format!("{} {versus}", format.change(ratio)),
            None => versus,
        };
        Change { versus, previous: input.value(c.previous), source: theirs }
    });
    let share = share_of_whole(ds, o).map(|(ratio, whole)| {
        let (part, of, label, percent) = (input.value(o), input.value(whole), text::mid_sentence(&input.label(&whole.indicator)), format.percent(ratio));
        text::fill(text::get(lang, Key::ShareOfWhole), &[("part", &part), ("whole", &of), ("label", &label), ("percent", &percent)])
    });
    Card {
        indicator: o.indicator.clone(),
        label: DataText::label(input, &o.indicator),
        value: input.value(o),
        unit_note: input.indicator(&o.indicator).and_then(|i| i.scope_note.as_ref()).map(|n| DataText::of(n, lang)),
        coverage: input.coverage(o),
        date_note: card_note(o, input.lang()).map(str::to_string),
        source_name: source.map(|s| s.publisher.get(lang).to_string()).unwrap_or_default(),
        source_url: source.map(|s| s.url.clone()).unwrap_or_default(),
        also: also_links(input, o),
        change,
        share,
    }
}

#[component]
pub fn HeadlineCards() -> impl IntoView {
    let ctx = Ctx::get();
    // Cards present the whole featured report whatever the filters, so they
    // depend on the dataset and language only.
    let cards = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let ds = ctx.dataset.get();
        let format = IntlFormat::shared(lang);
        let all = Filters::default();
        let input = Input::new(&ds, &all, &*format);
        bars(&input).into_iter().map(|o| card(&input, &format, o)).collect::<Vec<_>>()
    });
    let report = Memo::new(move |_| ctx.dataset.with(|ds| DataText::of(&ds.metadata.featured.title, ctx.lang.get())));
    view! {
        <section class="cards" aria-labelledby="cards-title">
            <h2 id="cards-title" lang=move || report.with(|r| r.lang) dir=move || report.with(|r| r.dir)>{move || report.with(|r| r.text.clone())}</h2>
            // The filters below and their match count speak of the rows;
            // these figures stay the report's whatever they are, which a
            // reader took for figures that matched them. Its room is kept
            // when no filter is set: the filter bar under it would jump
            // under the reader's pointer at the first chip.
            <p class="cards-unfiltered" class:quiet=move || !ctx.filters.with(Filters::is_filtering)>{move || ctx.t(Key::CardsUnfiltered)}</p>
            <div class="card-grid">
                <For each=move || cards.get() key=|c| c.clone() let:c>
                    <article class="card" data-indicator=c.indicator.clone()>
                        <h3 class="card-label" title=c.label.text.clone() lang=c.label.lang dir=c.label.dir>{c.label.text.clone()}</h3>
                        <p class="card-value">{c.value.clone()}</p>
                        <p class="card-coverage">{c.coverage.clone()}</p>
                        {c.date_note.clone().map(|n| view! { <p class="card-date-note">{n}</p> })}
                        {c.unit_note.clone().map(|n| view! { <p class="card-scope" lang=n.lang dir=n.dir>{n.text}</p> })}
                        {c.change.clone().map(|c| view! {
                            <p class="card-change">
                                {c.versus} " (" {c.previous}
                                {c.source.map(|(name, url)| view! { " · " <a href=url target="_blank" rel="noopener noreferrer">{name}</a> })}
                                ")"
                            </p>
                        })}
                        {c.share.clone().map(|t| view! { <p class="card-share">{t}</p> })}
                        <a class="card-source" href=c.source_url.clone() target="_blank" rel="noopener noreferrer">
                            {move || [ctx.t(Key::Source), text::colon(ctx.lang.get())].concat()} {c.source_name.clone()}
                        </a>
                        <p class="card-also" hidden=c.also.is_empty()>{links_view(c.also.clone())}</p>
                    </article>
                </For>
            </div>
        </section>
    }
}
