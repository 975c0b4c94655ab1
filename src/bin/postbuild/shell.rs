//! The shell: the title, the featured figures and the featured chart in
//! every language, so that readers see them (and LCP happens) before the
//! wasm arrives. An inline script in index.html shows the reader's language,
//! writes numbers and periods with the browser's `Intl` (the same options as
//! `src/interop/intl.rs`), draws the chart with ECharts as soon as the bundle
//! has run, and the app removes the shell when it has drawn.
//!
//! Texts and the chart's option come from the same code as the app's:
//! `Input::value`, `Input::coverage`, `featured::bars` and `featured::build`,
//! with a `Format` that leaves placeholders for the script instead of
//! formatting by hand.

use marsad::charts::featured::{self, bars, card_note};
use marsad::charts::option::option_json;
use marsad::charts::{Format, Input};
use marsad::data::date::{Coverage, CoverageKind};
use marsad::data::{Dataset, Lang};
use marsad::state::url::lang_code;
use marsad::state::Filters;
use marsad::text::{self, Key};

use super::escape;

// Private-use characters delimit a placeholder; escaping leaves them alone.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

struct PlaceholderFormat(Lang);

impl Format for PlaceholderFormat {
    fn number(&self, value: f64) -> String {
        format!("{OPEN}n {value}{CLOSE}")
    }

    /// The shell draws only the featured chart, which shows no share. Should
    /// it ever, the script must first learn to write one: the build fails
    /// here rather than put a share formatted by hand on the page.
    fn percent(&self, _ratio: f64) -> String {
        panic!("postbuild: the shell's script writes no percentages; teach it (index.html) before a shell chart shows one")
    }

    fn coverage(&self, c: &Coverage) -> String {
        let kind = match c.kind() {
            CoverageKind::FullYear => "y",
            _ if c.start == c.end => "d",
            // As `IntlFormat::coverage`: by its months, or by its days.
            _ if c.is_whole_months() => "r",
            _ => "D",
        };
        format!("{OPEN}{kind} {} {}{CLOSE}", c.start, c.end)
    }

    fn lang(&self) -> Lang {
        self.0
    }
}

/// Escape `text`, then turn each placeholder into an element the script fills
/// in; its content until then is the exact ISO value.
fn html(text: &str) -> String {
    let mut out = String::new();
    let mut rest = escape(text);
    while let Some(open) = rest.find(OPEN) {
        let Some(len) = rest[open..].find(CLOSE) else { break };
        out.push_str(&rest[..open]);
        let inner = &rest[open + OPEN.len_utf8()..open + len];
        let parts: Vec<&str> = inner.split(' ').collect();
        match parts.as_slice() {
            ["n", value] => out.push_str(&format!("<data value=\"{value}\">{value}</data>")),
            [kind, start, end] => out.push_str(&format!("<time data-kind=\"{kind}\" data-start=\"{start}\" datetime=\"{end}\">{start}/{end}</time>")),
            _ => out.push_str(inner),
        }
        rest = rest[open + len + CLOSE.len_utf8()..].to_string();
    }
    out.push_str(&rest);
    out
}

/// The app's language and theme switchers, which index.html's script works
/// until the app replaces them: the same boxes, so the title and figures sit
/// where the app's will (no layout shift, and no larger paint to count as a
/// later LCP).
fn switchers(lang: Lang) -> String {
    let button = |other: Lang, name: &str| {
        format!(
            "<button class=\"lang\" lang=\"{code}\" data-lang=\"{code}\" aria-pressed=\"{}\">{name}</button>",
            other == lang,
            code = lang_code(other)
        )
    };
    let option = |value: &str, key: Key| format!("<option value=\"{value}\">{}</option>", escape(text::get(lang, key)));
    format!(
        "<nav class=\"switchers\"><span class=\"chips\" role=\"group\" aria-label=\"{}\">{}{}{}</span>\
<label>{} <select class=\"theme\">{}{}{}</select></label></nav>",
        escape(text::get(lang, Key::Language)),
        button(Lang::En, "English"),
        button(Lang::Fr, "Français"),
        button(Lang::Ar, "العربية"),
        escape(text::get(lang, Key::Theme)),
        option("auto", Key::ThemeAuto),
        option("light", Key::ThemeLight),
        option("dark", Key::ThemeDark),
    )
}

fn block(ds: &Dataset, lang: Lang) -> String {
    let format = PlaceholderFormat(lang);
    let all = Filters::default();
    let input = Input::new(ds, &all, &format);
    let meta = &ds.metadata;
    let mut cards = String::new();
    for o in bars(&input) {
        let source = ds.source(&o.source);
        let (publisher, url) = source.map(|s| (s.publisher.get(lang), s.url.as_str())).unwrap_or(("", ""));
        // As the app's card has it: 48,963 attempts are events, not people,
        // from the first paint, which on a slow phone stands for seconds.
        let scope = input.indicator(&o.indicator).and_then(|i| i.scope_note.as_ref()).map(|n| n.get(lang));
        let scope = scope.map(|n| format!("<p class=\"card-scope\">{}</p>", escape(n))).unwrap_or_default();
        let date_note = card_note(o, lang).map(|n| format!("<p class=\"card-date-note\">{}</p>", escape(n))).unwrap_or_default();
        // As the app's card links them (`components/source_links.rs`): the
        // figure's other publications, a line each.
        let also: String = o.also_reported_by.iter().filter_map(|id| ds.source(id)).map(|s| {
            let dir = s.publisher.dir(lang).map(|d| format!(" dir=\"{d}\"")).unwrap_or_default();
            format!("<span>{}<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\"><bdi{dir}>{}</bdi></a></span>", escape(text::get(lang, Key::AlsoReportedBy)), escape(&s.url), escape(s.publisher.get(lang)))
        }).collect();
        let also = if also.is_empty() { String::new() } else { format!("<p class=\"card-also\">{also}</p>") };
        cards.push_str(&format!(
            "<article class=\"card\"><h3 class=\"card-label\">{}</h3><p class=\"card-value\">{}</p>\
<p class=\"card-coverage\">{}</p>{date_note}{scope}<a class=\"card-source\" href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>{also}</article>",
            escape(&input.label(&o.indicator)),
            html(&input.value(o)),
            html(&input.coverage(o)),
            escape(url),
            escape(&text::labelled(lang, text::get(lang, Key::Source), publisher))
        ));
    }
    format!(
        "<div data-shell-lang=\"{lang}\" lang=\"{lang}\" hidden><header class=\"masthead\">{}<h1 class=\"title\">{}</h1>\
<p class=\"subtitle\">{}</p><p class=\"byline\">{} · {} <time data-kind=\"d\" data-start=\"{updated}\" datetime=\"{updated}\">{updated}</time></p></header>\
<section class=\"cards\"><h2>{}</h2><div class=\"card-grid\">{cards}</div></section>{}</div>",
        switchers(lang),
        escape(meta.title.get(lang)),
        escape(meta.description.get(lang)),
        escape(meta.publisher.get(lang)),
        escape(text::get(lang, Key::LastUpdated)),
        escape(meta.featured.title.get(lang)),
        featured_chart(&input),
        lang = lang_code(lang),
        updated = escape(&meta.last_updated),
    )
}

/// The featured chart as the app draws it with no filter, its option (with
/// placeholders) in `data-option` for the script: the app's markup around it,
/// so that it takes the box the app's chart will.
fn featured_chart(input: &Input) -> String {
    let option = option_json(&featured::build(input));
    // The report's period under the title, as the app's panel has it.
    let report = input.dataset.metadata.featured.title.get(input.lang());
    let note = if report.is_empty() { String::new() } else { format!("<p class=\"chart-note\">{}</p>", escape(report)) };
    format!(
        "<div class=\"chart-grid\"><section class=\"chart\" data-shell-chart=\"featured\"><h3 class=\"chart-title\">{}</h3>{note}\
<div class=\"chart-canvas\" aria-hidden=\"true\" data-option=\"{}\"></div></section></div>",
        escape(text::get(input.lang(), Key::ChartFeatured)),
        escape(&option)
    )
}

/// The shell for index.html's `<div id="marsad-shell" hidden></div>`.
pub fn shell(ds: &Dataset) -> String {
    let blocks: String = [Lang::En, Lang::Fr, Lang::Ar].into_iter().map(|lang| block(ds, lang)).collect();
    format!("<div id=\"marsad-shell\" class=\"app\" hidden>{blocks}</div>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_dataset;

    #[test]
    fn every_language_has_the_featured_figures_with_exact_periods() {
        let ds = default_dataset();
        let html = shell(&ds);
        for lang in ["en", "fr", "ar"] {
            let start = html.find(&format!("data-shell-lang=\"{lang}\"")).unwrap();
            let block = &html[start..];
            let block = &block[..block[1..].find("data-shell-lang").map_or(block.len(), |i| i + 1)];
            for value in ["48963", "210", "14260", "4388", "1664", "1638"] {
                assert!(block.contains(&format!("<data value=\"{value}\">{value}</data>")), "{lang}: {value} missing");
            }
            // January–September 2024, never shown as a full year.
            assert!(block.contains("<time data-kind=\"r\" data-start=\"2024-01-01\" datetime=\"2024-09-30\">"), "{lang}: {block}");
            assert_eq!(block.matches("class=\"card\"").count(), 6, "{lang}");
            // Attempts, the ministry's returns and BRA's refugees, as the app's cards.
            assert_eq!(block.matches("class=\"card-scope\"").count(), 3, "{lang}");
            // The refugees' date, "mid-September", as the app's card says it.
            assert_eq!(block.matches("class=\"card-date-note\"").count(), 1, "{lang}");
            let attempts = ds.indicator("attempts_foiled").unwrap().scope_note.as_ref().unwrap().get(match lang { "en" => Lang::En, "fr" => Lang::Fr, _ => Lang::Ar });
            assert!(block.contains(&escape(attempts)), "{lang}: {attempts}");
            assert!(block.contains("href=\"https://"), "{lang}");
        }
        assert!(html.contains(&escape(ds.metadata.title.get(Lang::Ar))) && html.contains(&escape(ds.metadata.title.get(Lang::Fr))));
        // Placeholders are left only in the chart options, for the script.
        let outside: String = html.split("data-option=\"").enumerate().map(|(i, part)| if i == 0 { part } else { &part[part.find('"').unwrap()..] }).collect();
        assert!(!outside.contains(OPEN) && !outside.contains(CLOSE) && !html.contains("<script"));
    }

    /// The attribute's value as the browser reads it.
    fn unescape(s: &str) -> String {
        s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    }

    #[test]
    fn every_language_has_the_featured_chart_as_the_app_builds_it() {
        let ds = default_dataset();
        let html = shell(&ds);
        let options: Vec<serde_json::Value> = html
            .split("data-option=\"")
            .skip(1)
            .map(|part| serde_json::from_str(&unescape(&part[..part.find('"').unwrap()])).unwrap())
            .collect();
        assert_eq!(options.len(), 3);
        for (option, lang) in options.iter().zip([Lang::En, Lang::Fr, Lang::Ar]) {
            let format = PlaceholderFormat(lang);
            let all = Filters::default();
            let built = marsad::charts::option::option(&featured::build(&Input::new(&ds, &all, &format)));
            assert_eq!(option, &built, "{lang:?}");
            // Figures wait for the script's Intl, with their qualifiers around them.
            let names: Vec<&str> = option["series"][0]["data"].as_array().unwrap().iter().map(|d| d["name"].as_str().unwrap()).collect();
            assert_eq!(names[0], "\u{E000}n 48963\u{E001}", "{lang:?}");
            assert_eq!(names.len(), 6);
            assert_eq!(option["series"][0]["name"], ds.metadata.featured.title.get(lang));
        }
        let (title, report) = (escape(text::get(Lang::Ar, Key::ChartFeatured)), escape(ds.metadata.featured.title.get(Lang::Ar)));
        assert!(html.contains(&format!("<h3 class=\"chart-title\">{title}</h3><p class=\"chart-note\">{report}</p>")), "the report's period under the title");
    }

    #[test]
    fn text_is_escaped_and_placeholders_become_elements() {
        assert_eq!(html("a<b \u{E000}n 5.5\u{E001}"), "a&lt;b <data value=\"5.5\">5.5</data>");
        assert_eq!(
            html("\u{E000}y 2023-01-01 2023-12-31\u{E001} (x)"),
            "<time data-kind=\"y\" data-start=\"2023-01-01\" datetime=\"2023-12-31\">2023-01-01/2023-12-31</time> (x)"
        );
    }
}
