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
