//! Why the dataset can't be shown: one message per failure, the dataset's
//! problems listed with their JSON paths, and a Retry button.

use leptos::prelude::*;

use super::Ctx;
use crate::api::LoadError;
use crate::interop::intl::IntlFormat;
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
    view! {
        <section class="load-error" role="alert" data-error=kind>
            <h2>{move || ctx.t(Key::DatasetProblems)}</h2>
            <p class="load-error-message">{move || {
                let lang = ctx.lang.get();
                error.message(lang, &*IntlFormat::shared(lang))
            }}</p>
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
        </section>
    }
}
