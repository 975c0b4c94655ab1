//! Joining the interface's words with values as each language writes them:
//! a colon, a label inside a sentence, a template filled in one pass.

use crate::data::Lang;

/// What comes between a label and its value: ": ", and in French ": " after
/// a no-break space ("Source : Le360"), as French sets a colon.
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Fr {
        "\u{a0}: "
    } else {
        ": "
    }
}

/// `items` as a list, with the Arabic comma in Arabic.
pub fn list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if lang == Lang::Ar { "، " } else { ", " });
        }
        // In Arabic each item of a list isolated (U+2068 … U+2069): Latin
        // names that only an Arabic comma parts ran together left to right,
        // so that "Elnashra، Yabiladi (المرصد …)" was read from Yabiladi,
        // and the Observatory's name stood beside Elnashra.
        if lang == Lang::Ar && items.len() > 1 {
            out.push('\u{2068}');
            out.push_str(item.as_ref());
            out.push('\u{2069}');
        } else {
            out.push_str(item.as_ref());
        }
    }
    out
}

/// Between items that have commas of their own: "; ", with French's narrow
/// no-break space before it, and the Arabic semicolon in Arabic.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "؛ ",
        // French sets a narrow no-break space before it, as before "!" and "?".
        Lang::Fr => "\u{202f}; ",
        Lang::En => "; ",
    }
}

/// " (+12)": how many more a list leaves out. In Arabic a left-to-right mark
/// keeps the sign before its number, which otherwise read "(12+)".
pub fn more(lang: Lang, n: usize) -> String {
    format!(" ({}+{n})", if lang == Lang::Ar { "\u{200e}" } else { "" })
}

/// A sum as it is worked out: "4,388 − 1,664 = 2,724", each sign held to
/// the figure after it by a no-break space (a line breaks before a sign,
/// never between it and its figure), and left to right in Arabic too, as
/// Moroccan schools write it with these digits (U+2066 … U+2069 isolate
/// it): else the right-to-left page read "2,724 = 1,664 − 4,388".
/// A figure given with a word ("حوالي 4.388") is isolated in its own
/// direction within it (U+2068 … U+2069): after an Arabic word the digits
/// read as Arabic, and the sum ran right to left from it.
pub fn equation(lang: Lang, whole: String, parts: impl IntoIterator<Item = String>, result: &str) -> String {
    let rtl = lang == Lang::Ar;
    let term = |out: &mut String, figure: &str| {
        if rtl && figure.chars().any(char::is_alphabetic) {
            out.push('\u{2068}');
            out.push_str(figure);
            out.push('\u{2069}');
        } else {
            out.push_str(figure);
        }
    };
    let mut out = String::from(if rtl { "\u{2066}" } else { "" });
    term(&mut out, &whole);
    for part in parts {
        out.push_str(" −\u{a0}");
        term(&mut out, &part);
    }
    out.push_str(" =\u{a0}");
    term(&mut out, result);
    if rtl {
        out.push('\u{2069}');
    }
    out
}

/// A text holding a sum (`equation`) with the sum cut to its whole: "2024:
/// 63,970 − 46,843 − 14,431 = 2,696 · Pledge Times" is "2024: 63,970 ·
/// Pledge Times". A text without one is as it is.
pub fn equation_whole(text: &str) -> String {
    let Some(equals) = text.find(" =\u{a0}") else { return text.to_string() };
    let start = text.find(" −\u{a0}").map_or(equals, |minus| minus.min(equals));
    let end = text[equals..].find(" · ").map_or(text.len(), |i| equals + i);
    // An Arabic sum's isolate closes after its result: kept, as it opened.
    let close = if text[..end].ends_with('\u{2069}') { "\u{2069}" } else { "" };
    [&text[..start], close, &text[end..]].concat()
}

/// `label` and `value` joined as `lang` sets a colon: "Source: Le360",
/// "Source : Le360".
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    [label, colon(lang), value].concat()
}

/// A label inside a sentence ("1,664 of 4,388 voluntary returns (Interior
/// Ministry)"): its first letter in lower case, unless an acronym starts it
/// ("IOM returns"); never the rest, where proper nouns keep their capitals.
/// ASCII only: Rust's full case tables would weigh on the wasm for letters
/// that the labels do not start with.
pub fn mid_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_ascii_uppercase() && !second.is_ascii_uppercase() => {
            [&first.to_ascii_lowercase().to_string(), &label[1..]].concat()
        }
        _ => label.to_string(),
    }
}

/// A title as a citation gives it after its `publisher`: without the
/// publisher's name where the title starts with it, and the dash or colon
/// after that ("Marsad — Morocco irregular migration figures" by Marsad
/// cites as "Marsad, Morocco irregular migration figures", not "Marsad,
/// Marsad — …"). Any other title, or one that is the name alone, as it is.
/// A chart's data table leaves out so the year or indicator its row's
/// header gives ("2017: 55,000 · Elnashra" under "2017"); a part of the
/// year ("Jan – Sep 2024: …" under "2024") stays whole.
pub fn cited_title<'a>(publisher: &str, title: &'a str) -> &'a str {
    let space: &[char] = &[' ', '\u{a0}', '\u{202f}'];
    title
        .strip_prefix(publisher)
        .filter(|_| !publisher.is_empty())
        // A hyphen only between spaces: "Marsad-Maroc" is a name of its own.
        .and_then(|rest| rest.trim_start_matches(space).strip_prefix(['—', '–', ':']).or_else(|| rest.strip_prefix(space).map(|r| r.trim_start_matches(space)).and_then(|r| r.strip_prefix('-'))))
        .map(|rest| rest.trim_start_matches(space))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(title)
}

/// `template` with each `{name}` of `values` replaced by its value, in one
/// pass: a value that itself holds "{url}" (a dataset's title may hold
/// anything) is left as it is. Names not in `values` stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A period with its aside ("Sep 2023 (as of the report)") written without
/// the brackets, before a parenthesis of its own: "vs Sep 2023 as of the
/// report (about 2,300 · Alyaoum24)", where "(as of the report) (about
/// 2,300…)" read as two asides in a row. Any other text as it is.
pub fn without_brackets(period: &str) -> String {
    match period.strip_suffix(')').and_then(|p| p.rsplit_once(" (")) {
        Some((period, aside)) => format!("{period} {aside}"),
        None => period.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{get, Key};

    #[test]
    fn a_list_and_its_count_of_more_are_written_as_the_language_writes_them() {
        let names = ["Le360", "CGTN"];
        assert_eq!(list(Lang::En, &names), "Le360, CGTN");
        assert_eq!(list(Lang::Fr, &names), "Le360, CGTN");
        // Each isolated, that Latin names run right to left as listed.
        assert_eq!(list(Lang::Ar, &names), "\u{2068}Le360\u{2069}، \u{2068}CGTN\u{2069}");
        assert_eq!(list::<&str>(Lang::Ar, &[]), "");
        assert_eq!(list(Lang::Ar, &["Le360"]), "Le360");
        assert_eq!(more(Lang::En, 12), " (+12)");
        assert_eq!(more(Lang::Ar, 12), " (\u{200e}+12)");
        let parts = ["73 · Le360", "80 · North Africa Post"];
        assert_eq!(parts.join(semicolon(Lang::En)), "73 · Le360; 80 · North Africa Post");
        assert_eq!(parts.join(semicolon(Lang::Fr)), "73 · Le360\u{202f}; 80 · North Africa Post");
        assert_eq!(parts.join(semicolon(Lang::Ar)), "73 · Le360؛ 80 · North Africa Post");
    }

    #[test]
    fn a_worked_out_sum_breaks_only_before_a_sign_and_reads_left_to_right_in_arabic() {
        let parts = |sep: &str| [format!("39{sep}910"), format!("15{sep}435")];
        assert_eq!(equation(Lang::En, "56,852".into(), parts(","), "1,507"), "56,852 −\u{a0}39,910 −\u{a0}15,435 =\u{a0}1,507");
        assert_eq!(equation(Lang::Ar, "56.852".into(), parts("."), "1.507"), "\u{2066}56.852 −\u{a0}39.910 −\u{a0}15.435 =\u{a0}1.507\u{2069}");
        assert_eq!(equation(Lang::Fr, "4\u{202f}388".into(), [], "4\u{202f}388"), "4\u{202f}388 =\u{a0}4\u{202f}388");
        // A figure with its word keeps it on its side, in its own isolate.
        assert_eq!(
            equation(Lang::Ar, "حوالي 4.388".into(), ["1.664".to_string()], "حوالي 2.724"),
            "\u{2066}\u{2068}حوالي 4.388\u{2069} −\u{a0}1.664 =\u{a0}\u{2068}حوالي 2.724\u{2069}\u{2069}"
        );
        assert_eq!(equation(Lang::En, "about 4,388".into(), [], "about 2,724"), "about 4,388 =\u{a0}about 2,724");
        // Cut back to its whole, with what is around it.
        let said = |lang, whole: &str, parts: &str, result| format!("2024: {} · Pledge Times", equation(lang, whole.into(), parts.split(' ').map(String::from), result));
        assert_eq!(equation_whole(&said(Lang::En, "63,970", "46,843 14,431", "2,696")), "2024: 63,970 · Pledge Times");
        assert_eq!(equation_whole(&said(Lang::Ar, "63.970", "46.843 14.431", "2.696")), "2024: \u{2066}63.970\u{2069} · Pledge Times");
        assert_eq!(equation_whole("2024: 63,970 =\u{a0}63,970"), "2024: 63,970");
        assert_eq!(equation_whole("2024: 63,970 · Pledge Times"), "2024: 63,970 · Pledge Times");
    }

    #[test]
    fn mid_sentence_lowers_the_first_letter_only() {
        assert_eq!(mid_sentence("Voluntary returns (Interior Ministry)"), "voluntary returns (Interior Ministry)");
        assert_eq!(mid_sentence("Retours volontaires (ministère de l'Intérieur)"), "retours volontaires (ministère de l'Intérieur)");
        assert_eq!(mid_sentence("IOM returns"), "IOM returns");
        assert_eq!(mid_sentence("العودة الطوعية"), "العودة الطوعية");
        assert_eq!(mid_sentence("V"), "V");
        assert_eq!(mid_sentence(""), "");
    }

    #[test]
    fn fill_replaces_each_name_once_and_leaves_the_values_alone() {
        let filled = fill("{title} at {url} ({missing}) {", &[("title", "A {url} title"), ("url", "https://x.org/")]);
        assert_eq!(filled, "A {url} title at https://x.org/ ({missing}) {");
    }

    #[test]
    fn every_citation_names_every_part_in_each_language() {
        for lang in [Lang::En, Lang::Fr, Lang::Ar] {
            for name in ["{publisher}", "{title}", "{updated}", "{licence}", "{url}", "{accessed}"] {
                assert!(get(lang, Key::CitationLong).contains(name), "{lang:?} {name}");
            }
            for name in ["{publisher}", "{title}", "{year}"] {
                assert!(get(lang, Key::CitationShort).contains(name), "{lang:?} {name}");
            }
        }
    }

    /// The string literals of `source`, escapes left as written.
    fn literals(source: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut chars = source.chars();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let mut literal = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => literal.extend([Some(c), chars.next()].into_iter().flatten()),
                    '"' => break,
                    _ => literal.push(c),
                }
            }
            found.push(literal);
        }
        found
    }

    /// French sets a space before `:`, `;`, `!` and `?`; a plain one lets
    /// the sign wrap alone onto the next line of a phone's narrow column, so
    /// the interface's words take a no-break space (`\u{a0}`) there.
    #[test]
    fn french_punctuation_is_kept_on_its_line() {
        let table = literals(include_str!("words.rs"));
        assert!(table.len() > 250 && table.iter().any(|l| l == "Tout effacer"), "the table's words are read");
        let plain: Vec<&String> = table.iter().filter(|l| [" :", " ;", " !", " ?"].iter().any(|p| l.contains(p))).collect();
        assert!(plain.is_empty(), "a plain space before French punctuation: {plain:#?}");
    }

    #[test]
    fn a_cited_title_does_not_repeat_its_publisher() {
        assert_eq!(cited_title("Marsad", "Marsad — Morocco irregular migration figures"), "Morocco irregular migration figures");
        assert_eq!(cited_title("مرصد", "مرصد — أرقام الهجرة غير النظامية في المغرب"), "أرقام الهجرة غير النظامية في المغرب");
        assert_eq!(cited_title("Marsad", "Marsad\u{a0}: chiffres"), "chiffres");
        // A word that only starts like the name, the name alone, another title: as they are.
        assert_eq!(cited_title("Mar", "Marsad — figures"), "Marsad — figures");
        assert_eq!(cited_title("Marsad", "Marsad"), "Marsad");
        assert_eq!(cited_title("Marsad", "Marsad figures"), "Marsad figures");
        assert_eq!(cited_title("Marsad", "Marsad - figures"), "figures");
        assert_eq!(cited_title("Marsad", "Marsad-Maroc: figures"), "Marsad-Maroc: figures");
        assert_eq!(cited_title("IOM", "Returns in 2024"), "Returns in 2024");
        assert_eq!(cited_title("", "— figures"), "— figures");
    }

    #[test]
    fn a_period_before_a_parenthesis_loses_its_brackets() {
        assert_eq!(without_brackets("Sep 2023 (as of the report)"), "Sep 2023 as of the report");
        assert_eq!(without_brackets("Jan – Nov 2017 (to report date)"), "Jan – Nov 2017 to report date");
        assert_eq!(without_brackets("Jan – Sep 2023"), "Jan – Sep 2023");
        assert_eq!(without_brackets("2023)"), "2023)");
    }
}
