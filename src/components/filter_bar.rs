//! The filter bar: category chips, coverage kind, year range, log axis,
//! the active filters as removable chips, "Clear all" and a live count.

use leptos::prelude::*;

use super::focus::focus_chip_successor;
use super::match_count::MatchCount;
use super::pick::Pick;
use super::Ctx;
use crate::data::rows::year_range;
use crate::state::{CoverageFilter, Filters, Offered};
use crate::text::{self, Key};

#[component]
pub fn FilterBar() -> impl IntoView {
    let ctx = Ctx::get();
    // What the other filters leave figures of (`Filters::offered`): one pass
    // over the rows per change, for the chips, the menus and the coverage.
    let offered = Memo::new(move |_| ctx.dataset.with(|ds| ctx.selection.with(|f| f.offered(ds))));
    // Only what has figures is offered: a category chip where the dataset
    // has some (`Dataset::used`; one pressed from a link stays, to let go
    // of), and usable where the other filters leave it some; an indicator,
    // source or kind of coverage in a menu where picking it leaves some.
    let categories = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let ds = ctx.dataset.get();
        let offered = ds.categories.iter().zip(&ds.used().categories).filter(|(c, used)| **used || ctx.selection.with(|f| f.categories.contains(&c.id)));
        // With "en" where a translation is left out (`Text::element_attrs`);
        // its `<bdi>` sets its direction.
        offered.map(|(c, _)| (c.id.clone(), c.label.get(lang).to_string(), c.label.element_attrs(lang).0)).collect::<Vec<_>>()
    });
    let years = Memo::new(move |_| year_range(&ctx.dataset.get().rows().rows).unwrap_or((2017, 2025)));
    let year_options = move || {
        let (a, b) = years.get();
        (a..=b).collect::<Vec<_>>()
    };
    // The year picked stays where it was picked; the other end follows it
    // past: "from 2024" over 2019–2021 gives 2024–2024, not 2021–2024.
    let set_years = move |from: Option<i32>, to: Option<i32>| {
        let (lo, hi) = years.get_untracked();
        ctx.update(|f| {
            let (cur_from, cur_to) = f.years.unwrap_or((lo, hi));
            let (from, to) = match (from, to) {
                (Some(from), _) => (from, cur_to.max(from)),
                (None, Some(to)) => (cur_from.min(to), to),
                (None, None) => (cur_from, cur_to),
            };
            f.years = Filters::year_filter((from, to), (lo, hi));
        })
    };
    let year_select = move |which: &'static str| {
        let current = move || {
            let (lo, hi) = years.get();
            let (from, to) = ctx.filters.with(|f| f.years).unwrap_or((lo, hi));
            if which == "from" { from } else { to }
        };
        let pick = Pick::new(move |value: String| {
            let y = value.parse().ok();
            if which == "from" { set_years(y, None) } else { set_years(None, y) }
        });
        view! {
            <select class=format!("year-{which}") aria-label=move || ctx.t(if which == "from" { Key::FirstYear } else { Key::LastYear })
                on:keydown=pick.on_keydown() on:change=pick.on_change() on:blur=pick.on_blur() on:pointerdown=pick.on_pointerdown()>
                {move || year_options().into_iter().map(|y| view! {
                    <option value=y.to_string() prop:selected=move || current() == y>{y.to_string()}</option>
                }).collect_view()}
            </select>
        }
    };
    let coverage_pick = Pick::new(move |value: String| {
        let kind = match value.as_str() {
            "full" => CoverageFilter::FullYear,
            "ytd" => CoverageFilter::YearToDate,
            _ => CoverageFilter::All,
        };
        ctx.update(|f| f.coverage = kind);
    });
    let coverage_value = move || match ctx.filters.with(|f| f.coverage) {
        CoverageFilter::All => "all",
        CoverageFilter::FullYear => "full",
        CoverageFilter::YearToDate => "ytd",
    };
    let indicator_options = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let ds = ctx.dataset.get();
        offered.with(|o| {
            let offered = ds.indicators.iter().zip(&o.indicators).filter(|(_, offered)| **offered);
            offered.map(|(i, _)| (i.id.clone(), i.label.get(lang).to_string())).collect::<Vec<_>>()
        })
    });
    let source_names = Memo::new(move |_| {
        let ds = ctx.dataset.get();
        ds.sources.iter().map(|s| s.id.clone()).zip(ds.source_names(ctx.lang.get())).collect::<Vec<_>>()
    });
    let source_options = Memo::new(move |_| {
        offered.with(|o| {
            let offered = source_names.get().into_iter().zip(&o.sources).filter(|(_, offered)| **offered);
            offered.map(|(option, _)| option).collect::<Vec<_>>()
        })
    });
    view! {
        <section class="filter-bar" tabindex="-1" aria-labelledby="filters-title">
            // A heading to reach the filters by, as the cards and charts have.
            <h2 id="filters-title" class="sr-only">{move || ctx.t(Key::Filters)}</h2>
            <div class="chips" role="group" aria-label=move || ctx.t(Key::Categories)>
                // Keyed by label too: a chip keyed by its id alone kept the
                // words of the language it was made in. A String key, as
                // every list's: another key type compiles another copy of
                // the keyed list into the wasm.
                <For each=move || categories.get() key=|c| format!("{} {}", c.0, c.1) let:c>
                    {
                        let id = c.0.clone();
                        let pressed = {
                            let id = id.clone();
                            move || ctx.filters.with(|f| f.categories.contains(&id))
                        };
                        // Not to be pressed where it would leave nothing (a source's
                        // figures all of another category); pressed, it can be let go.
                        // `aria-disabled` rather than `disabled`: a chip let go of
                        // keeps the focus, and a screen reader says it is unavailable.
                        let closed = {
                            let (id, pressed) = (id.clone(), pressed.clone());
                            move || {
                                let position = ctx.dataset.with(|d| d.categories.iter().position(|c| c.id == id));
                                !pressed() && !offered.with(|o| position.is_some_and(|p| o.categories[p]))
                            }
                        };
                        view! {
                            <button class="chip" data-category=id.clone() aria-pressed=move || pressed().to_string() aria-disabled={ let closed = closed.clone(); move || closed().to_string() }
                                on:click=move |_| if !closed() { ctx.update(|f| Filters::toggle(&mut f.categories, &id)) }>
                                <bdi title=c.1.clone() lang=c.2>{c.1.clone()}</bdi>
                            </button>
                        }
                    }
                </For>
            </div>
            <div class="filter-controls">
                <label>
                    {move || ctx.t(Key::Coverage)} " "
                    <select class="coverage-kind" prop:value=coverage_value
                        on:keydown=coverage_pick.on_keydown() on:change=coverage_pick.on_change() on:blur=coverage_pick.on_blur() on:pointerdown=coverage_pick.on_pointerdown()>
                        <option value="all">{move || ctx.t(Key::CoverageAll)}</option>
                        // A kind with no figure under the other filters is not to be
                        // picked (under Protection, year to date emptied the view),
                        // unless a link chose it: then it stays, to read as chosen.
                        <option value="full" disabled=move || !offered.with(|o| o.full_year) && coverage_value() != "full">{move || ctx.t(Key::FullYear)}</option>
                        <option value="ytd" disabled=move || !offered.with(|o| o.year_to_date) && coverage_value() != "ytd">{move || ctx.t(Key::YearToDate)}</option>
                    </select>
                </label>
                <span class="year-range">{move || ctx.t(Key::Years)} " " {year_select("from")} " – " {year_select("to")}</span>
                <label class="log-toggle">
                    <input type="checkbox" prop:checked=move || ctx.filters.with(|f| f.log_scale)
                        on:change=move |ev| { let on = event_target_checked(&ev); ctx.update(|f| f.log_scale = on) }/>
                    " " {move || ctx.t(Key::LogScale)}
                </label>
                <label class="patterns-toggle">
                    <input type="checkbox" prop:checked=move || ctx.filters.with(|f| f.patterns)
                        on:change=move |ev| { let on = event_target_checked(&ev); ctx.update(|f| f.patterns = on) }/>
                    " " {move || ctx.t(Key::Patterns)}
                </label>
                <AddToSet class="add-indicator" label=Key::Indicator options=indicator_options
                    on_pick=move |id: String| ctx.update(|f| { f.indicators.insert(id); })/>
                <AddToSet class="add-source" label=Key::Source options=source_options
                    on_pick=move |id: String| ctx.update(|f| { f.sources.insert(id); })/>
                <GeographyChips offered=offered/>
                // aria-disabled, not disabled: a disabled button drops the
                // focus, and a keyboard reader who cleared all lost their place.
                <button class="clear-all" aria-disabled=move || (!ctx.filters.with(Filters::is_filtering)).to_string()
                    on:click=move |_| if ctx.filters.with(Filters::is_filtering) { ctx.filters.update(|f| *f = f.cleared()) }>
                    {move || ctx.t(Key::ClearAll)}
                </button>
            </div>
            <ActiveFilters source_names=source_names/>
            <MatchCount/>
        </section>
    }
}

/// A select that adds one id to a set filter; the set shows as removable chips.
#[component]
fn AddToSet(
    class: &'static str,
    label: Key,
    options: Memo<Vec<(String, String)>>,
    #[prop(into)] on_pick: Callback<String>,
) -> impl IntoView {
    let ctx = Ctx::get();
    // Back to the prompt: the pick now shows as a chip instead.
    let pick = Pick::new(move |id: String| if !id.is_empty() { on_pick.run(id) }).back_to("");
    view! {
        <select class=class aria-label=move || ctx.t(label) prop:value=""
            on:keydown=pick.on_keydown() on:change=pick.on_change() on:blur=pick.on_blur() on:pointerdown=pick.on_pointerdown()>
            <option value="">{move || format!("{}…", ctx.t(label))}</option>
            {move || options.get().into_iter().map(|(id, text)| view! { <option value=id prop:textContent=text></option> }).collect_view()}
        </select>
    }
}

/// Morocco, Spain, EU external border: multi-select chips, each where the
/// dataset has figures of it and of another (one alone would filter to
/// everything), or where it is pressed; disabled where the other filters
/// leave it no figure (Spain beside Enforcement).
#[component]
fn GeographyChips(offered: Memo<Offered>) -> impl IntoView {
    use crate::data::Geography;
    use crate::state::url::geography_name;
    let ctx = Ctx::get();
    let chip = move |geo: Geography, key: Key| {
        let shown = move || {
            ctx.dataset.with(|d| d.used().geographies.len() > 1 && d.used().geographies.contains(&geo))
                || ctx.filters.with(|f| f.geographies.contains(&geo))
        };
        let pressed = move || ctx.filters.with(|f| f.geographies.contains(&geo));
        let closed = move || !pressed() && !offered.with(|o| o.geographies.contains(&geo));
        view! {
            <button class="chip geo" data-geography=geography_name(geo) hidden=move || !shown()
                aria-disabled=move || closed().to_string() aria-pressed=move || pressed().to_string()
                on:click=move |_| if !closed() { ctx.update(|f| { if !f.geographies.remove(&geo) { f.geographies.insert(geo); } }) }>
                {move || ctx.t(key)}
            </button>
        }
    };
    view! {
        <span class="chips" role="group" aria-label=move || ctx.t(Key::Regions)>
            {chip(Geography::Morocco, Key::Morocco)}
            {chip(Geography::Spain, Key::Spain)}
            {chip(Geography::EuExternalBorder, Key::EuBorder)}
        </span>
    }
}

/// Indicator and source filters (set by clicking a chart) as removable chips.
#[component]
fn ActiveFilters(
    /// Each source's id and name, as the source menu offers them.
    source_names: Memo<Vec<(String, String)>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let active = Memo::new(move |_| {
        let ds = ctx.dataset.get();
        let lang = ctx.lang.get();
        ctx.filters.with(|f| {
            let mut chips = Vec::new();
            for id in &f.indicators {
                let indicator = ds.indicator(id);
                let label = indicator.map(|i| i.label.get(lang).to_string());
                chips.push((format!("ind:{id}"), label.unwrap_or_else(|| id.clone()), indicator.and_then(|i| i.label.dir(lang))));
            }
            for id in &f.sources {
                let source = ds.source(id);
                let label = source_names.with(|names| names.iter().find(|(s, _)| s == id).map(|(_, name)| name.clone()));
                chips.push((format!("src:{id}"), label.unwrap_or_else(|| id.clone()), source.and_then(|s| s.publisher.dir(lang))));
            }
            chips
        })
    });
    view! {
        // Hidden when empty, from screen readers only (style/main.css): an
        // empty list was read out in the filters, between their chips.
        <ul class="active-filters" hidden=move || active.with(Vec::is_empty)>
            // Keyed by label too, for a new language (as the category chips).
            <For each=move || active.get() key=|c| format!("{} {}", c.0, c.1) let:c>
                {
                    let key = c.0.clone();
                    view! {
                        <li>
                            <button class="active-filter" data-filter=key.clone() aria-label=move || text::fill(ctx.t(Key::RemoveFilter), &[("label", &c.1)])
                                on:click=move |ev| {
                                    let (kind, id) = key.split_once(':').unwrap_or(("", ""));
                                    focus_chip_successor(&ev, if kind == "ind" { ".add-indicator" } else { ".add-source" });
                                    let id = id.to_string();
                                    match kind {
                                        "ind" => ctx.update(|f| { f.indicators.remove(&id); }),
                                        _ => ctx.update(|f| { f.sources.remove(&id); }),
                                    }
                                }>
                                <bdi dir=c.2>{c.1.clone()}</bdi> " ×"
                            </button>
                        </li>
                    }
                }
            </For>
        </ul>
    }
}
