//! Every observation that matches the filters, sortable by each column.

use std::cmp::Ordering;

use leptos::prelude::*;

use super::Ctx;
use crate::data::{Observation, Qualifier};
use crate::text::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Indicator,
    Coverage,
    Value,
    Qualifier,
    Source,
    Note,
}

#[derive(Clone, Debug, PartialEq)]
struct Row {
    indicator: String,
    coverage: String,
    coverage_key: (String, String),
    value: f64,
    value_text: String,
    qualifier: &'static str,
    source: String,
    url: String,
    note: String,
}

fn compare(a: &Row, b: &Row, column: Column) -> Ordering {
    match column {
        Column::Indicator => a.indicator.cmp(&b.indicator),
        Column::Coverage => a.coverage_key.cmp(&b.coverage_key),
        Column::Value => a.value.total_cmp(&b.value),
        Column::Qualifier => a.qualifier.cmp(b.qualifier),
        Column::Source => a.source.cmp(&b.source),
        Column::Note => a.note.cmp(&b.note),
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::AtLeast => "at_least",
    }
}

#[component]
pub fn ObservationsTable() -> impl IntoView {
    let ctx = Ctx::get();
    let sort = RwSignal::new((Column::Coverage, false));
    let rows = Memo::new(move |_| {
        ctx.with_input(|input| {
            let lang = input.lang();
            input
                .filters
                .apply(input.dataset)
                .into_iter()
                .map(|o: &Observation| {
                    let source = input.dataset.sources.iter().find(|s| s.id == o.source);
                    Row {
                        indicator: input.label(&o.indicator),
                        coverage: input.coverage(o),
                        coverage_key: (o.start.clone(), o.end.clone()),
                        value: o.value,
                        value_text: input.value(o),
                        qualifier: qualifier_name(o.qualifier),
                        source: source.map(|s| s.publisher.clone()).unwrap_or_default(),
                        url: source.map(|s| s.url.clone()).unwrap_or_default(),
                        note: o.note.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default(),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let sorted = Memo::new(move |_| {
        let (column, descending) = sort.get();
        let mut rows = rows.get();
        rows.sort_by(|a, b| {
            let o = compare(a, b, column);
            if descending { o.reverse() } else { o }
        });
        rows
    });
    let header = move |column: Column, key: Key, name: &'static str| {
        let state = move || match sort.get() {
            (c, false) if c == column => "ascending",
            (c, true) if c == column => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=state>
                <button data-sort=name on:click=move |_| sort.update(|(c, desc)| {
                    *desc = *c == column && !*desc;
                    *c = column;
                })>{move || ctx.t(key)}</button>
            </th>
        }
    };
    view! {
        <div class="table-wrap">
            <table class="observations">
                <thead><tr>
                    {header(Column::Indicator, Key::Indicator, "indicator")}
                    {header(Column::Coverage, Key::Coverage, "coverage")}
                    {header(Column::Value, Key::Value, "value")}
                    {header(Column::Qualifier, Key::Qualifier, "qualifier")}
                    {header(Column::Source, Key::Source, "source")}
                    {header(Column::Note, Key::Note, "note")}
                </tr></thead>
                <tbody>
                    {move || sorted.get().into_iter().map(|r| view! {
                        <tr>
                            <td><bdi>{r.indicator}</bdi></td>
                            <td>{r.coverage}</td>
                            <td class="num" data-value=r.value.to_string()>{r.value_text}</td>
                            <td>{r.qualifier}</td>
                            <td><a href=r.url target="_blank" rel="noopener noreferrer"><bdi>{r.source}</bdi></a></td>
                            <td><bdi>{r.note}</bdi></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
