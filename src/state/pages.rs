//! The page of each language. index.html is English for what reads a page
//! without running its script: a link's preview card (title, description,
//! Open Graph tags) and the no-JavaScript summary. postbuild writes fr.html
//! and ar.html beside it, the same page in those languages, so a link to the
//! French dashboard previews in French. The address names the page of its
//! `?lang=`, and a language's page always has its `?lang=` (the app adds it
//! to an address without one as it loads): so Back and Forward, which read
//! the query, find the language its page says, and a host which serves only
//! index.html still opens the link in that language.

use crate::data::Lang;

/// The page `lang` has beside index.html; English's is index.html itself.
pub fn lang_page(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Fr => Some("fr.html"),
        Lang::Ar => Some("ar.html"),
    }
}

/// The path of the page for `lang` in the folder of `path`, a URL's path:
/// `/m/` → `/m/fr.html` in French, `/m/ar.html` → `/m/index.html` in English
/// or with no language chosen (named, as a host may not serve a folder's
/// index); on a page of no language (`/m/`, `/m/index.html`), `path` itself.
pub fn page_path(path: &str, lang: Option<Lang>) -> String {
    let (folder, file) = match path.rfind('/') {
        Some(slash) => path.split_at(slash + 1),
        None => ("", path),
    };
    let on_lang_page = [Lang::Fr, Lang::Ar].into_iter().any(|l| lang_page(l) == Some(file));
    match lang.and_then(lang_page) {
        Some(page) => format!("{folder}{page}"),
        None if on_lang_page => format!("{folder}index.html"),
        None => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_page_in_the_same_folder() {
        assert_eq!(page_path("/", Some(Lang::Fr)), "/fr.html");
        assert_eq!(page_path("/marsad/", Some(Lang::Ar)), "/marsad/ar.html");
        assert_eq!(page_path("/marsad/index.html", Some(Lang::Fr)), "/marsad/fr.html");
        assert_eq!(page_path("/marsad/fr.html", Some(Lang::Ar)), "/marsad/ar.html");
        assert_eq!(page_path("/marsad/ar.html", Some(Lang::Ar)), "/marsad/ar.html");
        // English is the folder's own page, index.html.
        assert_eq!(page_path("/marsad/fr.html", Some(Lang::En)), "/marsad/index.html");
        assert_eq!(page_path("/marsad/index.html", Some(Lang::En)), "/marsad/index.html");
        assert_eq!(page_path("/marsad/", Some(Lang::En)), "/marsad/");
    }

    #[test]
    fn with_no_language_chosen_the_page_is_of_no_language() {
        for path in ["/", "/marsad/", "/marsad/index.html", "/marsad/other.html"] {
            assert_eq!(page_path(path, None), path);
        }
        // A language's page names its language: without one (a host's
        // message cleared it), the address leaves it.
        assert_eq!(page_path("/a/ar.html", None), "/a/index.html");
        // A page merely named like one, in a folder of that name, is not one.
        assert_eq!(page_path("/fr.html/", Some(Lang::En)), "/fr.html/");
    }
}
