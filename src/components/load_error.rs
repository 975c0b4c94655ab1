//! Why the dataset can't be shown: one message per failure, the file it
//! came from, the dataset's problems listed with their JSON paths, a Retry
//! button, and a way back to Marsad's own figures.

use leptos::prelude::*;

use super::Ctx;
use crate::api::LoadError;
use crate::interop::intl::IntlFormat;
use crate::state::embed::EmbedConfig;
use crate::state::data_path::names_default_dataset;
use crate::state::url::dashboard_link;
use crate::text::Key;

#[component]
pub fn LoadErrorPanel(error: LoadError, retry: Callback<()>) -> impl IntoView {
    let ctx = Ctx::get();
    let problems = match &error {
        LoadError::Invalid(problems) => problems.clone(),
        _ => vec![],
    };
    let has_problems = !problems.is_empty();
    // Retrying a refused link would only refuse it again.
    let can_retry = !matches!(error, LoadError::Refused(_));
    let kind = error.kind();
    // A `?data=` link of someone else's file: the reader who followed it
    // learns which file failed (a refused link and a missing file name it
    // in their message already) and can still open the figures Marsad
    // publishes, with the same filters and language. Without `?data=`, or
    // with one naming Marsad's own file, it was that file that failed:
    // there is no other to offer.
    let data_file = ctx.data_param.get_value().filter(|p| !names_default_dataset(p));
    let names_file = !matches!(error, LoadError::Refused(_) | LoadError::NotFound(_));
    let file_line = data_file.clone().filter(|_| names_file);
    let offers_own = data_file.is_some();
    // Framed in an article, the page of Marsad's figures opens beside it,
    // as the embed's own link to the full dashboard does.
    let target = use_context::<EmbedConfig>().is_some_and(|e| e.enabled).then_some("_blank");
    view! {
        <section class="load-error" role="alert" data-error=kind>
            <h2>{move || ctx.t(Key::DatasetProblems)}</h2>
            <p class="load-error-message">{move || {
                let lang = ctx.lang.get();
                error.message(lang, &*IntlFormat::shared(lang))
            }}</p>
            {file_line.map(|file| view! {
                <p class="load-error-file">{move || ctx.t(Key::LoadFile)} " " <code dir="ltr">{file}</code></p>
            })}
            <Show when=move || has_problems>
                // In English whatever the page's language, as the README
                // says, with JSON paths that run left to right: in Arabic
                // "$.indicators" read as ".entry in $.indicators".
                <ul class="problems" lang="en" dir="ltr">
                    {problems.iter().map(|p| view! {
                        <li data-kind=format!("{:?}", p.kind)><code class="problem-path">{p.path.clone()}</code> " " <span>{p.message.clone()}</span></li>
                    }).collect_view()}
                </ul>
            </Show>
            <Show when=move || can_retry>
                <button class="retry" on:click=move |_| retry.run(())>{move || ctx.t(Key::Retry)}</button>
            </Show>
            {offers_own.then(|| view! {
                <p class="load-error-home">
                    <a href=move || ctx.with_view(|page, filters, _| dashboard_link(page, filters, None)) target=target rel="noopener">{move || ctx.t(Key::OwnFigures)}</a>
                </p>
            })}
        </section>
    }
}
