//! A figure's source and its other publications, linked: the table's cell
//! and a card's "Also in" line. One shape of view for both, as the wasm
//! weighs each (a second shape, for the others alone, cost 2 KB).

use leptos::prelude::*;

use crate::charts::Input;
use crate::data::Observation;
use crate::text::Key;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SourceLink {
    before: &'static str,
    publisher: String,
    dir: Option<&'static str>,
    url: String,
}

/// `o`'s source, then its other publications, each after "Also in: ".
pub fn source_links(input: &Input, o: &Observation) -> Vec<SourceLink> {
    let lang = input.lang();
    let also = crate::text::get(lang, Key::AlsoReportedBy);
    let ids = std::iter::once(&o.source).chain(&o.also_reported_by);
    ids.filter_map(|id| input.dataset.source(id))
        .enumerate()
        .map(|(i, s)| SourceLink { before: if i == 0 { "" } else { also }, publisher: s.publisher.get(lang).to_string(), dir: s.publisher.dir(lang), url: s.url.clone() })
        .collect()
}

/// Each in a span of its own, which the stylesheet puts on a line.
pub fn links_view(links: Vec<SourceLink>) -> impl IntoView {
    links
        .into_iter()
        .map(|s| view! { <span>{s.before}<a href=s.url target="_blank" rel="noopener noreferrer"><bdi dir=s.dir prop:textContent=s.publisher></bdi></a></span> })
        .collect_view()
}
