//! The words index.html shows when the app's code cannot arrive or run: one
//! line per language, each with a link that the page's script points at the
//! full dashboard (in an embed) or removes.

use marsad::data::Lang;
use marsad::state::url::lang_code;
use marsad::text::{self, Key};

use crate::escape;

/// The content for index.html's `<div id="marsad-unloaded" hidden></div>`.
pub fn unloaded() -> String {
    let lines: String = [Lang::En, Lang::Fr, Lang::Ar]
        .into_iter()
        .map(|lang| {
            let (code, dir) = (lang_code(lang), if lang == Lang::Ar { "rtl" } else { "ltr" });
            format!(
                "<p data-unloaded-lang=\"{code}\" lang=\"{code}\" dir=\"{dir}\" hidden>{} <a target=\"_blank\" rel=\"noopener\">{}</a></p>",
                escape(text::get(lang, Key::AppUnavailable)),
                escape(text::get(lang, Key::FullDashboard))
            )
        })
        .collect();
    format!("<div id=\"marsad-unloaded\" role=\"alert\" hidden>{lines}</div>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_hidden_line_per_language_with_its_link() {
        let html = unloaded();
        for (lang, code) in [(Lang::En, "en"), (Lang::Fr, "fr"), (Lang::Ar, "ar")] {
            let line = format!("<p data-unloaded-lang=\"{code}\" lang=\"{code}\"");
            assert!(html.contains(&line), "{code}: {html}");
            assert!(html.contains(&escape(text::get(lang, Key::AppUnavailable))), "{code}");
        }
        assert_eq!(html.matches(" hidden>").count(), 4, "the box and its three lines start hidden");
        assert!(html.contains("dir=\"rtl\" hidden>تعذّر"));
    }
}
