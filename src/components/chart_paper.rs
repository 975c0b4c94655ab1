//! A chart panel on paper. A printed page shows every chart, seen or not,
//! as it ends: without the animation, which paper showed at its first frame
//! (bars of no height, an empty ring), and with every name of its legend.
//! Back on screen, the chart is drawn as it was.

use leptos::html::Div;
use leptos::prelude::*;

use crate::interop::echarts::Drawn;
use crate::interop::media::{self, MediaWatch};
use crate::interop::paper;

/// Follows the page to paper and back, by `beforeprint`, `afterprint` and
/// print media, for the panel whose chart `make` creates in `canvas` (for
/// paper or screen) and `draw` draws; `dark` tells whether the screen's is
/// in the dark theme. On paper it shows its data table: what only tooltips
/// say (a trend bar's period, publisher and the other figures of its year;
/// whose figure a disagreement's dot is) printed nowhere else, and a printed
/// brief showed bars that no one could quote. `framed`: in a host's frame,
/// which print does not make taller, it prints as high as on screen, without
/// the table (`Drawn::ForPaperInFrame`).
pub(super) fn follow_paper(
    canvas: NodeRef<Div>,
    make: impl Fn(&web_sys::HtmlElement, bool) -> bool + Copy + Send + Sync + 'static,
    dark: impl Fn() -> bool + Copy + Send + Sync + 'static,
    draw: impl Fn(Drawn) + Copy + Send + Sync + 'static,
    data_open: RwSignal<bool>,
    framed: bool,
) {
    // Whether its data table was open before paper.
    let table_before_paper = StoredValue::new(None::<bool>);
    // The instance is made anew for paper where the screen has fewer than
    // two pixels to a CSS pixel (at one, its words and lines printed soft),
    // and in the dark theme (paper's is light). `printed` holds whether it
    // was.
    let printed = StoredValue::new_local(None::<bool>);
    let to_paper = move || {
        // Once, whether `beforeprint` or print media comes first.
        if printed.get_value().is_some() {
            return;
        }
        let remade = match canvas.get_untracked() {
            Some(el) if paper::pixel_ratio().is_some() || dark() => make(&el, true),
            _ => false,
        };
        printed.set_value(Some(remade));
        if framed {
            draw(Drawn::ForPaperInFrame);
            return;
        }
        draw(Drawn::ForPaper);
        table_before_paper.set_value(Some(data_open.get_untracked()));
        data_open.set(true);
    };
    let to_screen = move || {
        let Some(remade) = printed.get_value() else { return };
        printed.set_value(None);
        if let Some(open) = table_before_paper.get_value() {
            table_before_paper.set_value(None);
            data_open.set(open);
        }
        match canvas.get_untracked() {
            Some(el) if remade => {
                if make(&el, false) {
                    draw(Drawn::Still);
                }
            }
            _ => draw(Drawn::Still),
        }
    };
    // One callback for the three ways paper comes and goes, compiled once.
    let paper = Callback::new(move |printing: bool| if printing { to_paper() } else { to_screen() });
    let print = window_event_listener_untyped("beforeprint", move |_| paper.run(true));
    let after_print = window_event_listener_untyped("afterprint", move |_| paper.run(false));
    // A headless browser making a PDF emulates print media and fires
    // neither event: its charts printed blank.
    let print_media = StoredValue::new_local(MediaWatch::start(media::PRINT, move |printing| paper.run(printing)));
    on_cleanup(move || {
        print.remove();
        after_print.remove();
        print_media.update_value(|watch| drop(watch.take()));
    });
}
