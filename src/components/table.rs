//! Every observation that matches the filters, sortable by each column and
//! shown a page at a time: sorting covers every matching row, but only one
//! page of them is drawn (creating 100,000 rows takes seconds).

use leptos::prelude::*;

use super::source_links::{links_view, source_links, SourceLink};
use super::{live_text, Ctx, DataText};
use crate::charts::scope::scope_notes;
use crate::charts::Input;
use crate::data::number::number_text;
use crate::data::Observation;
use crate::interop::intl::IntlFormat;
use crate::state::{Column, TableSort};
use crate::text::Key;

use crate::state::filters::TABLE_PAGE_ROWS as PAGE_SIZE;

/// One drawn row, formatted for the reader's language.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    /// With their languages where a translation is left out.
    indicator: DataText,
    coverage: String,
    value: f64,
    value_text: String,
    qualifier: &'static str,
    /// The figure's source, then its other publications, each after "Also
    /// in: " on a line of its own.
    sources: Vec<SourceLink>,
    note: DataText,
}

impl Row {
    fn of(input: &Input, o: &Observation) -> Row {
        let lang = input.lang();
        Row {
            indicator: DataText::label(input, &o.indicator),
            coverage: input.coverage(o),
            value: o.value,
            value_text: input.value(o),
            qualifier: crate::text::get(lang, crate::text::qualifier(o.qualifier)),
            sources: source_links(input, o),
            note: o.note.as_ref().map(|n| DataText::of(n, lang)).unwrap_or_default(),
        }
    }
}

/// One page of the sorted rows: the `index`th (0-based) of `last + 1`, rows
/// `start..end` of `total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Page {
    index: usize,
    last: usize,
    start: usize,
    end: usize,
    total: usize,
}

impl Page {
    /// Page `index` of `total` rows, or the last page if there are fewer.
    fn of(total: usize, index: usize) -> Page {
        let last = total.saturating_sub(1) / PAGE_SIZE;
        let index = index.min(last);
        let start = index * PAGE_SIZE;
        Page { index, last, start, end: (start + PAGE_SIZE).min(total), total }
    }
}

#[component]
pub fn ObservationsTable() -> impl IntoView {
    let ctx = Ctx::get();
    // In the filter state, so in the URL: a shared link keeps the order.
    let sort = ctx.sort;
    // In the filter state, so in the URL, as a step Back undoes; a new
    // selection, order or view goes back to the first (`Filters::step`).
    let index = Memo::new(move |_| ctx.filters.with(|f| f.page));
    let page = Memo::new(move |_| Page::of(ctx.ordered.with(|order| order.len()), index.get()));
    let table = NodeRef::<leptos::html::Table>::new();
    let go = Callback::new(move |index: usize| {
        ctx.update(|f| f.page = index);
        // Pressed at the foot of a page, Next had left the reader at the foot
        // of the next, its first row a hundred rows up. The focus stays on
        // the button.
        if let Some(el) = table.get_untracked().filter(|el| el.get_bounding_client_rect().top() < 0.0) {
            el.scroll_into_view();
        }
    });
    // The rows drawn, in a memo of their own: the view reads this one memo,
    // as a render effect that read both `page` and `ordered` (on which `page`
    // depends) could miss a new sort in reactive_graph 0.2.
    let shown = Memo::new(move |_| {
        let p = page.get();
        ctx.ordered.with(|order| {
            ctx.with_input(|input| order[p.start..p.end].iter().map(|&i| Row::of(input, &input.dataset.observations[i as usize])).collect::<Vec<_>>())
        })
    });
    // What the page's figures count where their label alone misleads
    // ("attempts are events, not people"), as under each chart. A memo, as
    // `shown` is, for the same reason.
    let scope = Memo::new(move |_| {
        let p = page.get();
        ctx.ordered.with(|order| {
            ctx.with_input(|input| {
                let indicators: Vec<String> = order[p.start..p.end].iter().map(|&i| input.dataset.observations[i as usize].indicator.clone()).collect();
                scope_notes(input, &indicators).join("\n")
            })
        })
    });
    let header = move |column: Column, key: Key| {
        let state = move || match sort.get() {
            TableSort { column: c, descending: false } if c == column => "ascending",
            TableSort { column: c, descending: true } if c == column => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" role="columnheader" aria-sort=state>
                <button data-sort=column.name() on:click=move |_| ctx.update(|f| f.sort = f.sort.clicked(column))>
                    {move || ctx.t(key)}
                </button>
            </th>
        }
    };
    view! {
        <div class="table-wrap">
            // Roles, since on a phone the table is laid out as blocks
            // (style/main.css), which can make a browser forget it is one.
            <table class="observations" role="table" node_ref=table>
                <caption class="sr-only">{move || ctx.t(Key::TableCaption)}</caption>
                <thead role="rowgroup"><tr role="row">
                    {header(Column::Indicator, Key::Indicator)}
                    {header(Column::Coverage, Key::Coverage)}
                    {header(Column::Value, Key::Value)}
                    {header(Column::Qualifier, Key::Qualifier)}
                    {header(Column::Source, Key::Source)}
                    {header(Column::Note, Key::Note)}
                </tr></thead>
                <tbody role="rowgroup">
                    {move || shown.get().into_iter().map(|r| view! {
                        <tr role="row">
                            <td role="cell"><bdi lang=r.indicator.lang prop:textContent=r.indicator.text></bdi></td>
                            <td role="cell" prop:textContent=r.coverage></td>
                            <td role="cell" class="num" data-value=number_text(r.value) prop:textContent=r.value_text></td>
                            <td role="cell" prop:textContent=r.qualifier></td>
                            <td role="cell">{links_view(r.sources)}</td>
                            <td role="cell"><bdi lang=r.note.lang prop:textContent=r.note.text></bdi></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            // As a chart says so in its place: headers over nothing read as
            // a table that failed to load.
            <p class="table-empty" hidden=move || ctx.ordered.with(|o| !o.is_empty())>{move || ctx.t(Key::NoRows)}</p>
        </div>
        <p class="table-scope" prop:textContent=live_text(move || scope.get())></p>
        <Pager page=page go=go/>
    }
}

/// "Rows 101–200 of 1,000" with Previous and Next; nothing when every row fits
/// on one page.
#[component]
fn Pager(page: Memo<Page>, go: Callback<usize>) -> impl IntoView {
    let ctx = Ctx::get();
    let paged = move || page.get().last > 0;
    let at_first = move || page.get().index == 0;
    let at_last = move || page.with(|p| p.index == p.last);
    let status = move || {
        let format = IntlFormat::shared(ctx.lang.get());
        let n = |v: usize| format.number_text(v as f64);
        let p = page.get();
        format!("{} {}–{} {} {}", ctx.t(Key::Rows), n(p.start + 1), n(p.end), ctx.t(Key::RowsOf), n(p.total))
    };
    view! {
        <Show when=paged>
            <nav class="pager" aria-label=move || ctx.t(Key::TablePages)>
                // aria-disabled, not disabled: Next pressed onto the last page
                // would drop the keyboard's focus to the page's start.
                <button class="page-prev" aria-disabled=move || at_first().to_string()
                    on:click=move |_| if !at_first() { go.run(page.get_untracked().index - 1) }>{move || ctx.t(Key::PreviousPage)}</button>
                <p class="page-status" aria-live="polite" prop:textContent=live_text(status)></p>
                <button class="page-next" aria-disabled=move || at_last().to_string()
                    on:click=move |_| if !at_last() { go.run(page.get_untracked().index + 1) }>{move || ctx.t(Key::NextPage)}</button>
            </nav>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_every_row_once() {
        let rows = |total, index| {
            let p = Page::of(total, index);
            (p.index, p.last, p.start..p.end)
        };
        assert_eq!(rows(0, 0), (0, 0, 0..0));
        assert_eq!(rows(97, 0), (0, 0, 0..97));
        assert_eq!(rows(100, 0), (0, 0, 0..100));
        assert_eq!(rows(101, 1), (1, 1, 100..101));
        assert_eq!(rows(1000, 9), (9, 9, 900..1000));
        // A page past the end (a link's) is the last.
        assert_eq!(rows(1000, 42), (9, 9, 900..1000));
        assert_eq!(rows(250, 7), (2, 2, 200..250));
    }
}
