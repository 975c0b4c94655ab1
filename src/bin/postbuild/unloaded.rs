//! The words index.html shows when the app's code cannot arrive or run: one
//! line per language, each with a link that the page's script points at the
//! full dashboard (in an embed) or removes; and while it comes, where no
//! shell is shown.

use marsad::data::Lang;
use marsad::state::url::lang_code;
use marsad::text::{self, Key};

use crate::escape;

/// The content for index.html's `<div id="marsad-unloaded" hidden></div>`.
pub fn unloaded() -> String {
    let lines = each_language("unloaded", |lang| {
        format!("{} <a target=\"_blank\" rel=\"noopener\">{}</a>", escape(text::get(lang, Key::AppUnavailable)), escape(text::get(lang, Key::FullDashboard)))
    });
    format!("<div id=\"marsad-unloaded\" role=\"alert\" hidden>{lines}</div>")
}

/// The content for index.html's `<div id="marsad-loading" hidden></div>`:
/// what an embed or another dataset's page, which get no shell, say while
/// the app's code comes (a blank frame stood in an article for seconds).
pub fn loading() -> String {
    let lines = each_language("loading", |lang| escape(text::get(lang, Key::Loading)));
    format!("<div id=\"marsad-loading\" class=\"loading\" hidden>{lines}</div>")
}

/// A hidden line per language, `data-{kind}-lang` naming it for the
/// page's script to show.
fn each_language(kind: &str, line: impl Fn(Lang) -> String) -> String {
    [Lang::En, Lang::Fr, Lang::Ar]
        .into_iter()
        .map(|lang| {
            let (code, dir) = (lang_code(lang), if lang == Lang::Ar { "rtl" } else { "ltr" });
            format!("<p data-{kind}-lang=\"{code}\" lang=\"{code}\" dir=\"{dir}\" hidden>{}</p>", line(lang))
        })
        .collect()
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

    #[test]
    fn one_hidden_loading_line_per_language() {
        let html = loading();
        assert!(html.starts_with("<div id=\"marsad-loading\" class=\"loading\" hidden><p data-loading-lang=\"en\" lang=\"en\" dir=\"ltr\" hidden>Loading the figures…</p>"), "{html}");
        assert!(html.contains("<p data-loading-lang=\"ar\" lang=\"ar\" dir=\"rtl\" hidden>جارٍ تحميل الأرقام…</p>"), "{html}");
        assert_eq!(html.matches(" hidden>").count(), 4);
    }
}
