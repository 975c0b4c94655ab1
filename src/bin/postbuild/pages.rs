//! The page in each language: index.html in English, fr.html and ar.html
//! (`marsad::state::pages`). What reads a page without running its script
//! reads these parts of it, so each is in the page's language: `<html lang
//! dir>`, the title, the description and Open Graph tags that a link's
//! preview card shows, and the summary of the featured report for readers
//! without JavaScript and for search engines. `data-page-lang` makes the
//! page's language the one the app and the shell show, unless `?lang=` says
//! otherwise.

use marsad::charts::featured::card_note;
use marsad::data::date::in_report;
use marsad::data::date::Coverage;
use marsad::data::{Dataset, Lang, Qualifier};
use marsad::state::data_path::DEFAULT_DATASET;
use marsad::state::url::lang_code;
use marsad::text::{self, Key};
use num_format::{Locale, ToFormattedString};

use crate::{escape, html};

/// The built index.html as the page for `lang`.
pub fn page(html: &str, ds: &Dataset, lang: Lang) -> String {
    let replaced = |html: &str, selector: &str, content: &str| {
        html::replace_first(html, selector, content).unwrap_or_else(|| panic!("index.html has no {selector}"))
    };
    let mut out = replaced(html, "noscript", &summary(ds, lang));
    out = replaced(&out, "meta[name=description]", &meta_tags(ds, lang));
    let title = ds.metadata.title.get(lang);
    out = html::edit_first(&out, "title", |el| {
        if !title.is_empty() {
            el.set_inner_content(title, lol_html::html_content::ContentType::Text);
        }
        Ok(())
    })
    .expect("index.html has no <title>");
    html::edit_first(&out, "html", |el| {
        el.set_attribute("lang", lang_code(lang))?;
        el.set_attribute("dir", if lang == Lang::Ar { "rtl" } else { "ltr" })?;
        // index.html's language is the browser's default, not a choice.
        if lang != Lang::En {
            el.set_attribute("data-page-lang", lang_code(lang))?;
        }
        Ok(())
    })
    .expect("index.html has no <html>")
}

/// The words of the summary that the interface does not have: a figure's
/// period in ISO dates (there is no browser here to ask `Intl`), and what to
/// do without JavaScript.
struct Words {
    on: &'static str,
    from_to: &'static str,
    needs_script: &'static str,
    dataset: &'static str,
    /// CLDR's grouping for the locale the app asks `Intl` for.
    locale: Locale,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            on: "on {day}",
            from_to: "{start} to {end}",
            needs_script: "The interactive charts need JavaScript. Every figure, with its coverage and source:",
            dataset: "the dataset (JSON)",
            locale: Locale::en,
        },
        Lang::Fr => Words {
            on: "au {day}",
            from_to: "du {start} au {end}",
            needs_script: "Les graphiques interactifs ont besoin de JavaScript. Chaque chiffre, avec sa période couverte et sa source\u{a0}:",
            dataset: "le jeu de données (JSON)",
            locale: Locale::fr,
        },
        Lang::Ar => Words {
            on: "في {day}",
            from_to: "من {start} إلى {end}",
            needs_script: "تحتاج الرسوم البيانية التفاعلية إلى JavaScript. كل رقم مع الفترة التي يغطيها ومصدره:",
            dataset: "مجموعة البيانات (JSON)",
            locale: Locale::ar_MA,
        },
    }
}

/// "48,963", "48 963", "48.963", with its qualifier's word.
fn figure(value: f64, qualifier: Qualifier, lang: Lang) -> String {
    let number = if value.fract() == 0.0 && value.abs() < 9e15 {
        (value as i64).to_formatted_string(&words(lang).locale)
    } else {
        value.to_string()
    };
    match qualifier {
        Qualifier::Exact => number,
        q => format!("{} {number}", text::get(lang, text::qualifier(q))),
    }
}

/// The featured report as plain HTML: each headline figure, its exact
/// coverage and its source link.
fn summary(ds: &Dataset, lang: Lang) -> String {
    let featured = &ds.metadata.featured;
    let words = words(lang);
    let mut items = String::new();
    if let Some(report) = Coverage::parse(&featured.start, &featured.end) {
        for id in &featured.indicators {
            let Some(o) = ds.observations.iter().find(|o| &o.indicator == id && o.coverage().is_some_and(|c| in_report(c, report))) else { continue };
            let label = ds.indicator(id).map(|i| i.label.get(lang)).unwrap_or(id);
            let source = ds.source(&o.source);
            let (publisher, url) = source.map(|s| (s.publisher.get(lang), s.url.as_str())).unwrap_or(("", ""));
            // A stock at a date is of that day, not "from it to it"; at its
            // report's date, of its month, as the app dates it (`Input::coverage`).
            let from_to = || text::fill(words.from_to, &[("start", o.start.as_str()), ("end", o.end.as_str())]);
            let period = match (o.start == o.end, o.end_is_report_date) {
                (true, true) => format!("{} ({})", text::fill(words.on, &[("day", o.end.get(..7).unwrap_or(&o.end))]), text::get(lang, Key::AtReportDate)),
                (true, false) => text::fill(words.on, &[("day", o.end.as_str())]),
                (false, true) => text::fill(text::get(lang, Key::ToReportDate), &[("start", o.start.get(..7).unwrap_or(&o.start))]),
                (false, false) => from_to(),
            };
            // How exact that day is, as the cards say: "mid-September" was
            // stored as the 15th, which the day alone gave as published.
            let date_note = card_note(o, lang).map(|n| format!(" {}", escape(n))).unwrap_or_default();
            // What the figure counts, where its label alone misleads: a
            // snippet that quotes "attempts foiled: 48,963" quotes this too.
            let scope = ds.indicator(id).and_then(|i| i.scope_note.as_ref()).map(|n| format!(" {}", escape(n.get(lang)))).unwrap_or_default();
            let figure = format!("<strong>{}</strong>", figure(o.value, o.qualifier, lang));
            let link = |url: &str, publisher: &str| format!("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", escape(url), escape(publisher));
            // The figure's other publications, as the table lists them.
            let also: Vec<String> = o.also_reported_by.iter().filter_map(|id| ds.source(id)).map(|s| link(&s.url, s.publisher.get(lang))).collect();
            let also = if also.is_empty() { String::new() } else { format!(" {}{}.", text::get(lang, Key::AlsoReportedBy), text::list(lang, &also)) };
            items.push_str(&format!(
                "<li>{} ({period}).{date_note} {}.{also}{scope}</li>",
                text::labelled(lang, &escape(label), &figure),
                text::labelled(lang, text::get(lang, Key::Source), &link(url, publisher))
            ));
        }
    }
    format!(
        "<noscript><section class=\"static-summary\"><h1>{}</h1><p>{}</p><h2>{}</h2><ul>{items}</ul>\
<p>{} <a href=\"{DEFAULT_DATASET}\" download>{}</a>.</p></section></noscript>",
        escape(ds.metadata.title.get(lang)),
        escape(ds.metadata.description.get(lang)),
        escape(featured.title.get(lang)),
        words.needs_script,
        words.dataset
    )
}

fn meta_tags(ds: &Dataset, lang: Lang) -> String {
    let title = escape(ds.metadata.title.get(lang));
    let description = escape(ds.metadata.description.get(lang));
    format!(
        "<meta name=\"description\" content=\"{description}\">\n  <meta property=\"og:title\" content=\"{title}\">\n  \
<meta property=\"og:description\" content=\"{description}\">\n  <meta property=\"og:type\" content=\"website\">"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_dataset as dataset;

    #[test]
    fn summary_lists_the_featured_figures_with_sources() {
        let html = summary(&dataset(), Lang::En);
        for figure in ["48,963", "210", "14,260", "4,388", "1,664", "1,638"] {
            assert!(html.contains(&format!("<strong>{figure}</strong>")), "{figure} missing: {html}");
        }
        assert!(html.contains("Irregular migration attempts foiled: <strong>48,963</strong> (2024-01-01 to 2024-09-30). Source: <a href=\"https://"), "{html}");
        // The month the source gave, and how exact it is: mid-September, stored as the 15th.
        assert!(html.contains("(on 2024-09 (as of the report)). As of mid-September 2024, cumulative; exact date not published. Source:"), "{html}");
        // A figure over a period has no such note.
        assert!(html.contains("(2024-01-01 to 2024-09-30). Source:"), "{html}");
        // The report's other publication, for its five figures, not the refugees' seed-only one.
        let also = "Also in: <a href=\"https://www.arabkhabar.com/a/3538697\" rel=\"noopener noreferrer\">Alyaoum24 via ArabKhabar</a>.";
        assert_eq!(html.matches(also).count(), 5, "{html}");
        assert!(html.contains("</a>. Attempts are events, not people: one person can be counted several times.</li>"), "{html}");
        assert!(html.contains(">the dataset (JSON)</a>"));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn each_language_has_its_summary_with_its_grouping_and_colon() {
        let ds = dataset();
        let fr = summary(&ds, Lang::Fr);
        assert!(fr.contains("Tentatives d'émigration irrégulière avortées\u{a0}: <strong>48\u{202f}963</strong> (du 2024-01-01 au 2024-09-30). Source\u{a0}: <a href="), "{fr}");
        assert!(fr.contains("(au 2024-09 (à la date du rapport))"), "{fr}");
        assert!(fr.contains("Les tentatives sont des événements, pas des personnes"), "{fr}");
        assert!(fr.contains(&escape(ds.metadata.title.get(Lang::Fr))));
        let ar = summary(&ds, Lang::Ar);
        assert!(ar.contains("<strong>48.963</strong> (من 2024-01-01 إلى 2024-09-30). المصدر: <a href="), "{ar}");
        assert!(ar.contains(">مجموعة البيانات (JSON)</a>"), "{ar}");
        for (lang, html) in [("fr", &fr), ("ar", &ar)] {
            assert!(!html.contains("Source: ") && !html.contains("the dataset"), "{lang}: English left in {html}");
        }
    }

    #[test]
    fn a_page_says_its_language_to_what_runs_no_script() {
        let index = "<!doctype html><html lang=\"en\" dir=\"ltr\"><head><title>Marsad</title>\
<meta name=\"description\" content=\"x\"></head><body><noscript><p>JS</p></noscript></body></html>";
        let ds = dataset();
        let ar = page(index, &ds, Lang::Ar);
        assert!(ar.starts_with("<!doctype html><html lang=\"ar\" dir=\"rtl\" data-page-lang=\"ar\"><head><title>مرصد — أرقام"), "{ar}");
        assert!(ar.contains(&format!("<meta property=\"og:title\" content=\"{}\">", escape(ds.metadata.title.get(Lang::Ar)))), "{ar}");
        assert!(ar.contains(&format!("<meta name=\"description\" content=\"{}\">", escape(ds.metadata.description.get(Lang::Ar)))));
        assert!(ar.contains("<noscript><section class=\"static-summary\"><h1>مرصد"), "{ar}");
        let en = page(index, &ds, Lang::En);
        assert!(en.starts_with("<!doctype html><html lang=\"en\" dir=\"ltr\"><head><title>Marsad — Morocco"), "no data-page-lang: {en}");
    }

    /// A featured report of one count to its report's date, whose cut-off
    /// was not published: the 2022 autumn report's attempts.
    #[test]
    fn a_count_to_its_report_s_date_is_dated_from_its_first_month() {
        let mut ds = dataset();
        let featured = &mut ds.metadata.featured;
        (featured.start, featured.end, featured.indicators) = ("2022-01-01".into(), "2022-11-30".into(), vec!["attempts_foiled".into()]);
        for lang in [Lang::En, Lang::Fr] {
            let summary = summary(&ds, lang);
            let words = text::fill(text::get(lang, Key::ToReportDate), &[("start", "2022-01")]);
            assert!(summary.contains(&words), "{summary}");
            // No month the publisher did not give.
            assert!(!summary.contains("2022-11"), "{summary}");
        }
    }
}
