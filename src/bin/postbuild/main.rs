//! Trunk post-build hook for the built index.html, written out as the page
//! of each language (index.html, fr.html, ar.html: pages.rs):
//! 1. a summary of the featured report's figures with their sources, for
//!    readers without JavaScript, search engines and feed readers, and the
//!    title, description and Open Graph tags from the dataset, each in the
//!    page's language;
//! 2. the shell (shell.rs): title, featured figures and the featured chart's
//!    option, shown before the wasm arrives;
//!    and the words shown while the app's code comes, where there is no
//!    shell, or if it cannot arrive (unloaded.rs);
//! 3. a strict Content-Security-Policy. Trunk's loader is an inline module
//!    script, so the policy allows exactly that script by its SHA-256 hash;
//! 4. without index.html's comments and indentation, which are for us and
//!    not for readers to download (HTML comments, whole-line `//` comments in
//!    inline scripts);
//! 5. Trunk's preload of the wasm left for index.html's script to start (see
//!    `deferred_wasm_preload`);
//! 6. wasm-bindgen's JS loader minified, with its integrity made anew, and
//!    index.html's own inline scripts minified (loader.rs).
//!
//! Usage: `postbuild [DIST_DIR]`; default `$TRUNK_STAGING_DIR`.

mod html;
mod loader;
mod pages;
mod shell;
mod unloaded;

use base64::Engine;
use lol_html::html_content::ContentType;
use marsad::data::{Dataset, Lang};
use marsad::state::pages::lang_page;
use marsad::state::data_path::DEFAULT_DATASET;
use sha2::{Digest, Sha256};

/// Everything but the script hashes, which depend on the build.
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; \
style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; \
object-src 'none'; base-uri 'self'; form-action 'none'";

fn policy_for(html: &str) -> String {
    let hashes: Vec<String> = html::inline_scripts(html)
        .into_iter()
        .map(|s| format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))))
        .collect();
    POLICY.replace("{hashes}", &hashes.join(" "))
}

/// Trunk's preload of the wasm with its `rel` renamed to "marsad-preload",
/// which the browser ignores: index.html's script turns it back into a
/// preload, at once or, when the shell draws the featured chart, once the
/// ECharts bundle has arrived. Without its `integrity`, which a preload
/// `as="fetch"` ignores, with a console warning on every page (and
/// wasm-bindgen's loader fetches the wasm without one).
fn deferred_wasm_preload(html: &str) -> Option<String> {
    html::edit_first(html, r#"link[rel="preload"][href$="_bg.wasm"]"#, |el| {
        el.remove_attribute("integrity");
        Ok(el.set_attribute("rel", "marsad-preload")?)
    })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The bundled dataset, for the tests of each part of the page.
#[cfg(test)]
fn default_dataset() -> Dataset {
    serde_json::from_str(include_str!("../../../public/data/morocco.json")).unwrap()
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .expect("give the dist folder or run as a Trunk hook");
    let path = format!("{dir}/index.html");
    let mut html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    // Already done (a second run of the hook on the same folder).
    if html::edit_first(&html, r#"meta[http-equiv="Content-Security-Policy"]"#, |_| Ok(())).is_some() {
        return;
    }
    html = html::without_comments(&html);
    html = deferred_wasm_preload(&html).unwrap_or_else(|| panic!("{path}: Trunk's preload of the wasm was not found"));
    html = loader::minify(&dir, &html);
    // The head script's early request must be for the dataset the app reads.
    let early = html::inline_scripts(&html).into_iter().find(|s| s.contains("marsadEarlyData")).unwrap_or_default();
    assert!(early.contains(&format!("'{DEFAULT_DATASET}'")), "{path}: the head script does not ask for {DEFAULT_DATASET}");
    let data = format!("{dir}/{DEFAULT_DATASET}");
    // Read as the app reads it: checked, and with what reading adds (the
    // attempts' note where a dataset gives none), so the shell and the
    // no-JavaScript summary say what the app then says.
    let text = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("cannot read {data}: {e}"));
    let ds: Dataset = marsad::data::validate::parse_and_validate(&text)
        .unwrap_or_else(|problems| panic!("{data} has problems:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")));
    let replaced = |html: &str, selector: &str, content: &str| {
        html::replace_first(html, selector, content).unwrap_or_else(|| panic!("{path} has no {selector}"))
    };
    html = replaced(&html, "#marsad-shell", &shell::shell(&ds));
    html = replaced(&html, "#marsad-unloaded", &unloaded::unloaded());
    html = replaced(&html, "#marsad-loading", &unloaded::loading());
    // Before the policy, which allows each inline script by its hash.
    html = loader::minify_inline_scripts(&html);

    // index.html, fr.html and ar.html: the same page, each in its language
    // where a page is read without its script (pages.rs).
    for lang in [Lang::En, Lang::Fr, Lang::Ar] {
        let page = pages::page(&html, &ds, lang);
        let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", policy_for(&page));
        let page = html::edit_first(&page, "meta[charset]", |el| {
            el.after(&format!("\n{meta}"), ContentType::Html);
            Ok(())
        })
        .unwrap_or_else(|| panic!("{path} has no <meta charset>"));
        let written = format!("{dir}/{}", lang_page(lang).unwrap_or("index.html"));
        std::fs::write(&written, page).unwrap_or_else(|e| panic!("cannot write {written}: {e}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_code_stays() {
        let html = "<head><!-- for us,\n over lines --><meta charset=\"utf-8\">\n<script>\n  // why\n  var u = 'http://x'; // kept: code\n  f(); /* kept */\n</script>\n\
<script type=\"module\">\n// a module's comment\nimport x from './a.js';\n</script>\n<script defer src=\"e.js\"></script>\n// text, not a script\n</head>";
        let out = html::without_comments(html);
        assert_eq!(
            out,
            "<head><meta charset=\"utf-8\">\n<script>\nvar u = 'http://x'; // kept: code\nf(); /* kept */\n</script>\n\
<script type=\"module\">\nimport x from './a.js';\n</script>\n<script defer src=\"e.js\"></script>\n// text, not a script\n</head>"
        );
        // Indentation and empty lines go; a line's newline stays.
        assert_eq!(html::without_comments("<p>\n    a\n\n  <b>b</b>\n</p>\n"), "<p>\na\n<b>b</b>\n</p>\n");
        // An unclosed comment takes the rest, as a browser reads it.
        assert_eq!(html::without_comments("a<!-- b"), "a");
    }

    #[test]
    fn only_the_wasm_preload_waits() {
        let html = "<link rel=\"preload\" href=\"data/morocco.json\" as=\"fetch\" crossorigin>\
<link rel=\"modulepreload\" href=\"./marsad-1.js\" crossorigin=\"anonymous\">\
<link rel=\"preload\" href=\"./marsad-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-x\" as=\"fetch\" type=\"application/wasm\">";
        assert_eq!(
            deferred_wasm_preload(html).unwrap(),
            "<link rel=\"preload\" href=\"data/morocco.json\" as=\"fetch\" crossorigin>\
<link rel=\"modulepreload\" href=\"./marsad-1.js\" crossorigin=\"anonymous\">\
<link rel=\"marsad-preload\" href=\"./marsad-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">"
        );
    }

    #[test]
    fn hashes_only_inline_scripts() {
        let html = "<script type=\"module\">import x from './a.js';</script><script defer src=\"e.js\"></script>";
        assert_eq!(html::inline_scripts(html), ["import x from './a.js';"]);
        let policy = policy_for(html);
        // echo -n "import x from './a.js';" | openssl dgst -sha256 -binary | base64
        assert!(policy.contains("'sha256-BbaJ48i2gRiToTqD22b5M4ACw8JNIwDjQAlgEE8aULE='"), "{policy}");
        assert!(!policy.contains("'unsafe-inline'") && !policy.contains("'unsafe-eval'"), "{policy}");
        assert_eq!(policy.matches("'sha256-").count(), 1);
    }
}
