//! Whom a view's figures come from: the years and the publishers of the
//! figures a chart draws (or every chart of an embed), for the line under
//! an embed, a PNG's caption and the links to the sources.

use leptos::prelude::*;

use super::Ctx;
use crate::charts::scope::credited_of;
use crate::data::rows::Shown;
use crate::data::Observation;
use crate::state::ChartId;
use crate::text::{self, Key};

/// Whom a view's figures come from: their years ("Years 2017–2025"), a
/// line naming their publishers ("Sources: …"), and their sources by place
/// in the dataset's list, which an embed links (one publisher can stand for
/// several sources).
#[derive(Clone, PartialEq)]
pub struct Credit {
    pub years: String,
    pub line: String,
    /// The line naming every publisher, for a PNG: a picture taken away
    /// has no list of sources beside it to name the rest ("(+12)").
    pub every: String,
    pub sources: Vec<usize>,
}

/// The credit of the figures every chart draws: an embed's when it shows
/// them all. Not of every row the filters let through, which credited
/// twelve sources of figures no chart of the embed showed.
pub fn caption_memo(ctx: Ctx) -> Memo<Credit> {
    Memo::new(move |_| {
        ctx.with_input(|input| {
            let marks: Vec<&Observation> = ChartId::ALL.iter().flat_map(|&chart| credited_of(chart)(input)).collect();
            caption_text(ctx, input.dataset.shown_of(&marks, input.lang()))
        })
    })
}

/// One chart's caption, for its PNG and for an embed of it alone: the
/// publishers of the figures it draws, not of every row the filters let
/// through (the featured chart's six figures were credited to 33
/// publishers), and their years, or the featured report's title for the
/// report's two charts.
pub fn chart_caption(ctx: Ctx, chart: ChartId) -> Memo<Credit> {
    let marks = credited_of(chart);
    let of_report = chart.of_report();
    Memo::new(move |_| {
        ctx.with_input(|input| {
            let ds = input.dataset;
            let credit = caption_text(ctx, ds.shown_of(&marks(input), input.lang()));
            if of_report {
                return Credit { years: ds.metadata.featured.title.get(input.lang()).to_string(), ..credit };
            }
            credit
        })
    })
}

fn caption_text(ctx: Ctx, shown: Shown) -> Credit {
    let Shown { years, publishers, sources } = shown;
    let years = match years {
        // One year is not a range: "Year 2017", not "Years 2017–2017".
        Some((a, b)) if a == b => format!("{} {a}", ctx.t(Key::Year)),
        Some((a, b)) => format!("{} {a}–{b}", ctx.t(Key::Years)),
        None => String::new(),
    };
    // A chart with no figure (an embed of it alone) credits no one.
    let marsad = ctx.t(Key::Marsad);
    if publishers.is_empty() {
        return Credit { years, line: marsad.into(), every: marsad.into(), sources };
    }
    let lang = ctx.lang.get();
    // The first `shown` publishers, and how many more.
    let line = |shown: usize| {
        // "Source: migrantaffairs.info" for one publisher.
        let heading = ctx.t(if publishers.len() == 1 { Key::Source } else { Key::Sources });
        let mut source = text::labelled(lang, heading, &text::list(lang, &publishers[..shown]));
        if publishers.len() > shown {
            source.push_str(&text::more(lang, publishers.len() - shown));
        }
        format!("{source} · {marsad}")
    };
    Credit { years, line: line(publishers.len().min(4)), every: line(publishers.len()), sources }
}
