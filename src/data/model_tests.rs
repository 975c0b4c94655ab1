use super::*;

#[test]
fn an_english_text_standing_in_for_another_language_is_known() {
    let only_en = Text::Localized { en: "Report".into(), fr: None, ar: Some(String::new()) };
    let all = Text::Localized { en: "Report".into(), fr: Some("Report".into()), ar: Some("تقرير".into()) };
    assert!(only_en.falls_back_to_english(Lang::Fr));
    assert!(only_en.falls_back_to_english(Lang::Ar), "an empty translation reads in English");
    assert!(!only_en.falls_back_to_english(Lang::En));
    assert!(!all.falls_back_to_english(Lang::Fr), "a translation that is spelt as in English is still French");
    assert!(!all.falls_back_to_english(Lang::Ar));
    assert!(!Text::Plain("Rapport".into()).falls_back_to_english(Lang::Fr));
    assert_eq!(only_en.element_attrs(Lang::Ar), (Some("en"), Some("ltr")));
    assert_eq!(only_en.element_attrs(Lang::Fr), (Some("en"), None), "French reads left to right as English does");
    assert_eq!(only_en.element_attrs(Lang::En), (None, None));
    assert_eq!(all.element_attrs(Lang::Ar), (None, None));
    assert_eq!(Text::Plain("Rapport".into()).element_attrs(Lang::Ar), (None, Some("auto")));
}

#[test]
fn a_text_in_a_known_language_has_that_language_direction() {
    let named = Text::Localized { en: "Kaayxol (ministry)".into(), fr: Some("Kaayxol (ministère)".into()), ar: Some("Kaayxol (الوزارة)".into()) };
    assert_eq!(named.dir(Lang::Ar), Some("rtl"), "an Arabic translation, though its first letter is Latin");
    assert_eq!(named.dir(Lang::Fr), Some("ltr"));
    assert_eq!(named.dir(Lang::En), Some("ltr"));
    let only_en = Text::Localized { en: "Report".into(), fr: None, ar: None };
    assert_eq!(only_en.dir(Lang::Ar), Some("ltr"), "English standing in for Arabic");
    assert_eq!(Text::Plain("Le360".into()).dir(Lang::Ar), None);
    assert_eq!(Text::Plain("المغرب".into()).dir(Lang::En), None);
}
