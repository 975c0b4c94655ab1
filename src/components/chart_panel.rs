//! One chart: a titled, focusable region whose canvas ECharts owns. The
//! instance is created once per theme and language, updated when its option
//! changes, and disposed on unmount. Screen readers get a description and a
//! data table; keyboards walk the points with the arrow keys.

use leptos::html::Div;
use leptos::prelude::*;

use super::chart_paper::follow_paper;
use super::chart_keys::explore_by_keys;
use super::chart_picked::{chart_picked, noting, ChartPick};
use super::credit::Credit;
use super::data_table::DataTable;
use super::{live_text, Ctx};
use crate::charts::describe::{describe, lines_by_category, naming_other_figures, several_series, some_too_short};
use crate::charts::Format;
use crate::charts::option::Drawing;
use crate::data::Lang;
use crate::interop::download::{save_chart_png, Caption};
use crate::interop::echarts::{self, ChartEvent, Drawn, EChart};
use crate::interop::intl::IntlFormat;
use crate::interop::{host, paper};
use crate::interop::visibility::{self, VisibilityWatch};
use crate::state::url::lang_code;
use crate::state::ChartId;
use crate::text::{self, Key};

fn echarts_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "EN",
        Lang::Fr => "FR",
        Lang::Ar => "AR",
    }
}

#[component]
pub fn ChartPanel(
    /// Which chart: its title, and `data-chart` for tests and embeds.
    id: ChartId,
    /// The chart's option and marks; the chart redraws only when its option changes.
    drawing: Memo<Drawing>,
    #[prop(optional)] on_event: Option<Callback<ChartEvent>>,
    /// Coverage and source lines drawn into the PNG download.
    caption: Memo<Credit>,
    /// What its figures count, a note a line (`charts::scope`): under the
    /// chart, in its description and in its PNG.
    scope: Memo<Option<String>>,
    /// A line under the title, e.g. that the chart leaves figures out.
    #[prop(optional)] note: Option<Memo<Option<String>>>,
    /// Drawn on every change even out of view: the chart readers came for,
    /// ready when they scroll to it.
    #[prop(optional)] always_drawn: bool,
) -> impl IntoView {
    let ctx = Ctx::get();
    let pick = use_context::<ChartPick>().unwrap_or_else(|| ChartPick(RwSignal::new(None)));
    let on_event = noting(on_event, pick, id);
    let title = Signal::derive(move || ctx.t(id.title()).to_string());
    let chart_id = id;
    let id = id.as_str();
    let canvas = NodeRef::<Div>::new();
    let chart = StoredValue::new_local(None::<EChart>);
    let error = RwSignal::new(None::<String>);
    let focused = RwSignal::new(None::<usize>);
    let data_open = RwSignal::new(false);
    let description = Memo::new(move |_| drawing.with(|d| describe(&d.points, &*IntlFormat::shared(ctx.lang.get()))));
    // A chart the filters leave without a figure says so where it would be
    // drawn, rather than show bare axes or a grey ring.
    let empty = Memo::new(move |_| drawing.with(|d| d.points.is_empty()));
    let part_year = Memo::new(move |_| drawing.with(Drawing::draws_part_year));
    // The trend's bars too short to see beside the tallest, on a linear
    // axis (its log axis shows them; the European chart has none).
    let too_short = Memo::new(move |_| {
        chart_id == ChartId::Trend && !ctx.filters.with(|f| f.log_scale) && drawing.with(|d| some_too_short(&d.points))
    });
    // Out of view, a chart keeps its last drawing and skips redraws until it
    // is scrolled to: `drawn` is the option it shows, `in_view` is kept by
    // an IntersectionObserver (always true where there is none, and for a
    // chart `always_drawn`).
    let in_view = RwSignal::new(true);
    let drawn = StoredValue::new_local(None::<String>);
    // Drawn as `how` says; `Drawn::Animated` only when its option changed,
    // the others anew in any case (for paper, and back from it).
    let draw = move |how: Drawn| {
        drawing.with_untracked(|Drawing { json, .. }| {
            if how == Drawn::Animated && drawn.with_value(|d| d.as_deref() == Some(json.as_str())) {
                return;
            }
            let Some(result) = chart.with_value(|c| c.as_ref().map(|c| c.set(json, how))) else { return };
            if drawn.with_value(Option::is_some) {
                focused.set(None);
            }
            // One bad chart fails alone: its panel says so, the others draw on.
            error.set(result.err());
            drawn.set_value(Some(json.clone()));
        })
    };
    // Out of view: its element as high as its option will draw it.
    let fit = move || drawing.with_untracked(|d| chart.with_value(|c| if let Some(c) = c { c.fit(&d.json) }));
    // Before the instance, so that a chart out of view is not drawn at once.
    let watch = StoredValue::new_local(None::<VisibilityWatch>);
    Effect::new(move |_| {
        let Some(el) = canvas.get().filter(|_| !always_drawn) else { return };
        in_view.set(visibility::in_view_now(&el));
        watch.set_value(VisibilityWatch::start(&el, move |seen| {
            if in_view.get_untracked() != seen {
                in_view.set(seen);
            }
        }));
    });
    // The instance in the current theme and language, or for paper (light,
    // at `paper::pixel_ratio`); whether there is one.
    let make = move |el: &web_sys::HtmlElement, for_paper: bool| {
        // The height the chart had on screen, which a new instance made
        // for paper cannot read off an element laid out for print.
        let screen_heights = chart.with_value(|c| c.as_ref().map(EChart::screen_heights));
        chart.update_value(|c| drop(c.take()));
        drawn.set_value(None);
        if !echarts::available() {
            error.set(Some(ctx.t(Key::ChartLibraryMissing).into()));
            return false;
        }
        // Paper is white: a dark theme's navy ground and light words would
        // print as a dark block, and fade where backgrounds are not printed.
        let (dark, lang) = (ctx.dark.get_untracked() && !for_paper, ctx.lang.get_untracked());
        let pixel_ratio = if for_paper { paper::pixel_ratio() } else { None };
        match EChart::new(el, dark.then_some("dark"), echarts_locale(lang), IntlFormat::shared(lang).number_function(), pixel_ratio) {
            Ok(mut created) => {
                if let Some(heights) = screen_heights {
                    created.keep_screen_heights(heights);
                }
                if let Some(cb) = on_event {
                    created.on_event(move |e| cb.run(e));
                }
                chart.set_value(Some(created));
                true
            }
            Err(e) => {
                error.set(Some(e));
                false
            }
        }
    };
    // A new theme or language pack needs a new instance.
    Effect::new(move |_| {
        ctx.dark.track();
        ctx.lang.track();
        let Some(el) = canvas.get() else { return };
        if make(&el, false) {
            if in_view.get_untracked() {
                draw(Drawn::Animated);
            } else {
                fit();
            }
        }
    });
    // Redraw on a new option while in view, and on coming into view; out
    // of view, only take the height it will be drawn at.
    Effect::new(move |_| {
        drawing.track();
        if in_view.get() {
            draw(Drawn::Animated);
        } else {
            fit();
        }
    });
    follow_paper(canvas, make, move || ctx.dark.get_untracked(), draw, data_open, host::in_frame());
    // Escape closes a tooltip wherever the focus is (WCAG 1.4.13).
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            chart.with_value(|c| if let Some(c) = c { c.blur() });
        }
    });
    on_cleanup(move || {
        escape.remove();
        watch.update_value(|w| drop(w.take()));
        chart.update_value(|c| drop(c.take()));
    });

    let on_keydown = explore_by_keys(ctx, drawing, focused, chart, on_event);
    let announcement = move || focused.get().and_then(|i| drawing.with(|d| d.points.get(i).map(|p| p.announcement(several_series(&d.points))))).unwrap_or_default();
    // Whatever the chart, a dashed bar covers part of a year: the panel says
    // so under its title, and its PNG beside the years. Frontex's
    // January–August 2025 bar, at "2025", read as the whole year's.
    let log_control = use_context::<crate::state::embed::EmbedConfig>().is_none_or(|e| !e.enabled || e.controls);
    // "Log scale shows them" only where there is a Log scale to turn on:
    // not in an embed without controls, nor in a PNG.
    let too_short_text = move |control: bool| {
        let key = if control { Key::TooShortToSee } else { Key::TooShortNoControl };
        text::fill(ctx.t(key), &[("share", &IntlFormat::shared(ctx.lang.get()).percent(0.01))])
    };
    let note_text = move || {
        let lines: Vec<String> = (note.and_then(|n| n.get()).into_iter())
            .chain(part_year.get().then(|| ctx.t(Key::PartYearBars).to_string()))
            .chain(too_short.get().then(|| too_short_text(log_control)))
            .collect();
        (!lines.is_empty()).then(|| lines.join(" "))
    };

    // Drawn for it as for paper, then as before, in one task (the screen
    // never shows it): a PNG of the paging legend named one series, cut
    // short on a phone, under "1/9".
    let save_png = move |_| {
        draw(Drawn::ForPaper);
        let png = chart.with_value(|c| c.as_ref().map(|c| c.png(if ctx.dark.get_untracked() { "#100c2a" } else { "#ffffff" })));
        draw(Drawn::Still);
        let Some(png) = png else { return };
        let Credit { years: mut coverage, every: source, .. } = caption.get_untracked();
        if part_year.get_untracked() {
            coverage = format!("{coverage} · {}", ctx.t(Key::PartYearShort));
        }
        let lang = ctx.lang.get_untracked();
        let mut notes = scope.get_untracked().unwrap_or_default();
        // What only a tooltip says, first: a picture has no table beside it.
        // Whose figure each dot is; a bar's other figures of its year, whose
        // publishers the source line names.
        let lines = drawing.with_untracked(|d| match chart_id {
            ChartId::Discrepancy => lines_by_category(&d.points, lang),
            ChartId::Trend | ChartId::Europe => naming_other_figures(&d.points, lang),
            _ => Vec::new(),
        });
        if !lines.is_empty() {
            notes = with_line(lines.join("\n"), Some(notes).filter(|n| !n.is_empty()));
        }
        // As under the chart: the networks' bars beside the attempts' were
        // flat lines in the picture, with nothing to say why.
        if too_short.get_untracked() {
            notes = with_line(notes, Some(too_short_text(false)));
        }
        let caption = Caption { title: title.get_untracked(), coverage, source, notes, dark: ctx.dark.get_untracked(), rtl: lang == Lang::Ar };
        // In the page's language, as the CSVs: a newsroom that takes two keeps them apart.
        save_chart_png(format!("marsad-{id}-{}.png", lang_code(lang)), png, caption);
    };

    // What a screen reader hears on reaching the chart, after its title:
    // its figures and the keys, then what they count (the footnote under
    // the canvas, by its id: browsing the page reads it once, not twice).
    let spoken = move || if empty.get() { String::new() } else { format!("{} {}", description.get(), ctx.t(Key::ChartKeys)) };
    let heading = format!("chart-{id}-title");
    let described = format!("chart-{id}-description");
    let footnote = format!("chart-{id}-scope");
    let (labelled_by, described_by) = (heading.clone(), format!("{described} {footnote}"));
    let table_title = heading.clone();
    // A chart the filters emptied is no tab stop: it has no figure to walk,
    // and says so to a reader of the page as to the eye.
    view! {
        <section class="chart" class:empty=move || empty.get() data-chart=id tabindex=move || if empty.get() { "-1" } else { "0" }
            aria-labelledby=labelled_by aria-describedby=described_by on:keydown=on_keydown
            on:blur=move |_| { focused.set(None); chart.with_value(|c| if let Some(c) = c { c.blur() }); }>
            <h3 class="chart-title" id=heading prop:textContent=title></h3>
            <p id=described class="sr-only chart-description" prop:textContent=live_text(spoken)></p>
            {move || note_text().map(|text| view! { <p class="chart-note" prop:textContent=text></p> })}
            {chart_picked(pick, chart_id)}
            // Before the canvas, of no height, so that the chart keeps its place;
            // shown by the panel's `empty` class (CSS).
            // "The filters" where they narrow the rows (`Ctx::selection`); the
            // log axis is none. Its whole text set at once (`live_text`): a
            // page translator's wrappers kept the words of the first.
            <p class="chart-empty" prop:textContent=live_text(move || {
                ctx.t(if ctx.narrowed() { Key::NoFigures } else { Key::NoFiguresInDataset }).to_string()
            })></p>
            <div class="chart-canvas" node_ref=canvas aria-hidden="true"></div>
            // Under the chart, as a footnote: "attempts foiled" are events,
            // not people, wherever the chart is shown, embedded or saved.
            <p class="chart-scope" id=footnote prop:textContent=live_text(move || scope.get().unwrap_or_default())></p>
            <p class="sr-only chart-live" aria-live="polite" prop:textContent=live_text(announcement)></p>
            <Show when=move || error.get().is_some()>
                <p class="chart-error" role="alert" prop:textContent=live_text(move || error.get().unwrap_or_default())></p>
            </Show>
            <button class="download-png" on:click=save_png disabled=move || empty.get()>{move || ctx.t(Key::DownloadPng)}</button>
            // Built when first opened: a chart of thousands of marks would
            // otherwise create a hidden row for each of them on every redraw.
            <details class="chart-data" prop:hidden=move || empty.get() prop:open=move || data_open.get() on:toggle=move |ev| data_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{move || ctx.t(Key::DataTable)}</summary>
                <Show when=move || data_open.get()>
                    <DataTable drawing=drawing title_id=table_title.clone()/>
                </Show>
            </details>
        </section>
    }
}

/// `notes` with `line` under them, if there is one: in a chart's PNG, what
/// only its tooltips and its Log scale control say.
fn with_line(notes: String, line: Option<String>) -> String {
    match line {
        Some(line) if !notes.is_empty() => format!("{notes}\n{line}"),
        Some(line) => line,
        None => notes,
    }
}
