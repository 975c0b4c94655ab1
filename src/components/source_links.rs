//! A figure's source and its other publications, linked: the table's cell
//! and a card's "Also in" line. One shape of view for both, as the wasm
//! weighs each (a shape of the cards' own cost 1.7 KB).

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

fn link(input: &Input, id: &str, before: &'static str) -> Option<SourceLink> {
    let lang = input.lang();
    let s = input.dataset.source(id)?;
    Some(SourceLink { before, publisher: s.publisher.get(lang).to_string(), dir: s.publisher.dir(lang), url: s.url.clone() })
}

/// `o`'s other publications, each after "Also in: ".
pub fn also_links(input: &Input, o: &Observation) -> Vec<SourceLink> {
    let also = crate::text::get(input.lang(), Key::AlsoReportedBy);
    o.also_reported_by.iter().filter_map(|id| link(input, id, also)).collect()
}

/// `o`'s source, then its other publications.
pub fn source_links(input: &Input, o: &Observation) -> Vec<SourceLink> {
    link(input, &o.source, "").into_iter().chain(also_links(input, o)).collect()
}

/// Each in a span of its own, which the stylesheet puts on a line.
pub fn links_view(links: Vec<SourceLink>) -> impl IntoView {
    links
        .into_iter()
        .map(|s| view! { <span>{s.before}<a href=s.url target="_blank" rel="noopener noreferrer"><bdi dir=s.dir prop:textContent=s.publisher></bdi></a></span> })
        .collect_view()
}
