//! Every source cited, and how to cite Marsad, with the access date.

use leptos::prelude::*;

use super::Ctx;
use crate::data::date::Day;
use crate::interop::intl::IntlFormat;
use crate::text::{self, Key};

fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day { year: now.get_utc_full_year() as i32, month: now.get_utc_month() + 1, day: now.get_utc_date() }
}

#[component]
pub fn SourcesPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let sources = Memo::new(move |_| ctx.dataset.get().sources.clone());
    let citation = Memo::new(move |_| {
        let ds = ctx.dataset.get();
        let lang = ctx.lang.get();
        let format = IntlFormat::shared(lang);
        let md = &ds.metadata;
        let updated = format.iso_day(&md.last_updated);
        let url = ctx.link();
        let accessed = format.day(&today());
        let parts = [
            ("publisher", md.publisher.get(lang)),
            ("title", md.title.get(lang)),
            ("year", md.last_updated.get(..4).unwrap_or("")),
            ("updated", &updated),
            ("licence", &md.licence),
            ("url", &url),
            ("accessed", &accessed),
        ];
        (text::fill(ctx.t(Key::CitationShort), &parts), text::fill(ctx.t(Key::CitationLong), &parts))
    });
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{move || ctx.t(Key::Sources)}</h2>
            <ol class="source-list">
                <For each=move || sources.get() key=|s| s.id.clone() let:s>
                    <li id=format!("source-{}", s.id)>
                        <bdi>{s.publisher.clone()}</bdi> {move || text::colon(ctx.lang.get())}
                        <a href=s.url.clone() target="_blank" rel="noopener noreferrer"><bdi>{s.title.en().to_string()}</bdi></a>
                        {s.published.clone().map(|d| view! { " (" <time datetime=d.clone()>{d.clone()}</time> ")" })}
                    </li>
                </For>
            </ol>
            <footer class="citation">
                <h3>{move || ctx.t(Key::HowToCite)}</h3>
                <p class="cite-short">{move || citation.get().0}</p>
                <p class="cite-long">{move || citation.get().1}</p>
            </footer>
        </section>
    }
}
