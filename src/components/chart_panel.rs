//! One chart: a titled region whose canvas ECharts owns. The instance is
//! created once, updated when its option changes, and disposed on unmount.

use leptos::html::Div;
use leptos::prelude::*;

use crate::interop::echarts::{self, ChartEvent, EChart};

#[component]
pub fn ChartPanel(
    /// Stable id, also `data-chart` for tests and embeds.
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    /// The chart option as JSON; the chart redraws only when it changes.
    option: Memo<String>,
    #[prop(optional)] on_event: Option<Callback<ChartEvent>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let canvas = NodeRef::<Div>::new();
    let chart = StoredValue::new_local(None::<EChart>);
    let error = RwSignal::new(None::<String>);

    Effect::new(move |_| {
        let json = option.get();
        let Some(el) = canvas.get() else { return };
        if chart.with_value(|c| c.is_none()) {
            if !echarts::available() {
                error.set(Some("The chart library did not load.".into()));
                return;
            }
            match EChart::new(&el, None) {
                Ok(mut created) => {
                    if let Some(cb) = on_event {
                        created.on_event(move |e| cb.run(e));
                    }
                    chart.set_value(Some(created));
                }
                Err(e) => {
                    error.set(Some(e));
                    return;
                }
            }
        }
        // One bad chart fails alone: its panel says so, the others draw on.
        let result = chart.with_value(|c| c.as_ref().map(|c| c.set(&json)));
        error.set(result.and_then(Result::err));
    });
    on_cleanup(move || chart.update_value(|c| drop(c.take())));

    let heading = format!("chart-{id}-title");
    let labelled_by = heading.clone();
    view! {
        <figure class="chart" data-chart=id role="region" aria-labelledby=labelled_by>
            <figcaption id=heading>{move || title.get()}</figcaption>
            {children.map(|c| c())}
            <div class="chart-canvas" node_ref=canvas aria-hidden="true"></div>
            <Show when=move || error.get().is_some()>
                <p class="chart-error" role="alert">{move || error.get().unwrap_or_default()}</p>
            </Show>
        </figure>
    }
}
