//! index.html read and rewritten through an HTML parser (lol_html,
//! Cloudflare's streaming rewriter), with CSS selectors for what it looks
//! for: matching tag text by hand missed what a parser knows, such as an
//! attribute written in another order or a `<!--` inside a script.

use std::cell::{Cell, RefCell};

use lol_html::html_content::{ContentType, Element};
use lol_html::{doc_comments, element, rewrite_str, text, HandlerResult, RewriteStrSettings};

/// `html` rewritten by `settings`; a page the parser refuses fails the build.
fn rewrite(html: &str, settings: RewriteStrSettings<'_, '_>) -> String {
    rewrite_str(html, settings).unwrap_or_else(|e| panic!("index.html could not be rewritten: {e}"))
}

/// `html` with `edit` applied to the first element `selector` matches, or
/// `None` when none does.
pub fn edit_first(html: &str, selector: &str, mut edit: impl FnMut(&mut Element) -> HandlerResult) -> Option<String> {
    let found = Cell::new(false);
    let out = rewrite(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(selector, |el| {
            if found.replace(true) {
                return Ok(());
            }
            edit(el)
        })),
    );
    found.get().then_some(out)
}

/// The first element `selector` matches, replaced by `content` (HTML).
pub fn replace_first(html: &str, selector: &str, content: &str) -> Option<String> {
    edit_first(html, selector, |el| {
        el.replace(content, ContentType::Html);
        Ok(())
    })
}

/// The values of `names` on the first element `selector` matches.
pub fn attributes_of_first<const N: usize>(html: &str, selector: &str, names: [&str; N]) -> Option<[Option<String>; N]> {
    let mut values = [const { None }; N];
    edit_first(html, selector, |el| {
        values = names.map(|name| el.get_attribute(name));
        Ok(())
    })?;
    Some(values)
}

/// The contents of every inline `<script>` (one without `src`), in order.
pub fn inline_scripts(html: &str) -> Vec<String> {
    let scripts = RefCell::new(Vec::<String>::new());
    rewrite(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("script:not([src])", |_| {
                scripts.borrow_mut().push(String::new());
                Ok(())
            }))
            .append_element_content_handler(text!("script:not([src])", |chunk| {
                if let Some(script) = scripts.borrow_mut().last_mut() {
                    script.push_str(chunk.as_str());
                }
                Ok(())
            })),
    );
    scripts.into_inner()
}

/// `html` without comments, nor the lines of inline scripts that are only
/// a `//` comment, nor indentation and empty lines. Lines holding code are
/// kept whole, so a `//` inside a string or after code is never cut; each
/// line still ends in its newline, so text keeps its spaces (the page has
/// no `<pre>` or `<textarea>`, where indentation would count).
pub fn without_comments(html: &str) -> String {
    let uncommented = rewrite(
        html,
        RewriteStrSettings::new().append_document_content_handler(doc_comments!(|comment| {
            comment.remove();
            Ok(())
        })),
    );
    let uncommented = edit_scripts(&uncommented, "script:not([src])", |code| {
        code.split_inclusive('\n').filter(|line| !line.trim_start().starts_with("//")).collect()
    });
    uncommented.split_inclusive('\n').filter(|line| !line.trim().is_empty()).map(str::trim_start).collect()
}

/// `html` with the text of every classic inline script (no `src`, no
/// `type`: not Trunk's module loader) replaced by `edit` of it.
pub fn edit_classic_scripts(html: &str, edit: impl FnMut(&str) -> String) -> String {
    edit_scripts(html, "script:not([src]):not([type])", edit)
}

/// `html` with the text of every script `selector` matches replaced by
/// `edit` of it. A script's text comes in chunks that may split a line:
/// gathered, and written out whole in place of the last.
fn edit_scripts(html: &str, selector: &str, mut edit: impl FnMut(&str) -> String) -> String {
    let script = RefCell::new(String::new());
    rewrite(
        html,
        RewriteStrSettings::new().append_element_content_handler(text!(selector, |chunk| {
            let mut whole = script.borrow_mut();
            whole.push_str(chunk.as_str());
            if chunk.last_in_text_node() {
                chunk.replace(&edit(&whole), ContentType::Html);
                whole.clear();
            } else {
                chunk.remove();
            }
            Ok(())
        })),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_match_is_edited_whatever_its_attributes_order() {
        let html = "<link href=\"a_bg.wasm\" rel=\"preload\"><link rel=\"preload\" href=\"b_bg.wasm\">";
        let out = edit_first(html, r#"link[rel="preload"][href$="_bg.wasm"]"#, |el| Ok(el.set_attribute("rel", "x")?));
        assert_eq!(out.as_deref(), Some("<link href=\"a_bg.wasm\" rel=\"x\"><link rel=\"preload\" href=\"b_bg.wasm\">"));
        assert_eq!(replace_first("<p>a</p>", "div", "b"), None, "no match, no page");
        assert_eq!(replace_first("<div id=\"s\" hidden></div><p>", "#s", "<b>s</b>").as_deref(), Some("<b>s</b><p>"));
        assert_eq!(attributes_of_first("<a href=\"x\">", "a", ["href", "title"]), Some([Some("x".into()), None]));
    }

    #[test]
    fn a_script_is_read_as_a_script() {
        // `<!--` and `-->` in a script's code are code, not a comment.
        let html = "<script>if (a <!-- b) c(); // x -->\n</script><!-- gone --><p>t</p>";
        assert_eq!(without_comments(html), "<script>if (a <!-- b) c(); // x -->\n</script><p>t</p>");
        assert_eq!(inline_scripts(html), ["if (a <!-- b) c(); // x -->\n"]);
        // A script's text longer than one of the parser's chunks is written whole.
        let long = format!("<script>\n{}// note\nf();\n</script>", "var a = 1;\n".repeat(2000));
        assert_eq!(without_comments(&long), format!("<script>\n{}f();\n</script>", "var a = 1;\n".repeat(2000)));
    }

    #[test]
    fn only_classic_scripts_are_edited_each_whole() {
        let long = format!("<script>{}</script>", "a();".repeat(5000));
        let html = format!("<script>b();</script><script type=\"module\">c();</script><script src=\"d.js\"></script>{long}");
        let out = edit_classic_scripts(&html, |code| format!("[{}]", code.len()));
        assert_eq!(out, "<script>[4]</script><script type=\"module\">c();</script><script src=\"d.js\"></script><script>[20000]</script>");
    }
}
