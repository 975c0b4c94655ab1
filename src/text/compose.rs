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
#[path = "compose_tests.rs"]
mod tests;
