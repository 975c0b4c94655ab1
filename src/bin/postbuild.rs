//! Trunk post-build hook: put a strict Content-Security-Policy into the built
//! index.html. Trunk's loader is an inline module script, so the policy
//! allows exactly that script by its SHA-256 hash, and nothing inline else.
//!
//! Usage: `csp [INDEX_HTML]`; default `$TRUNK_STAGING_DIR/index.html`.

use base64::Engine;
use sha2::{Digest, Sha256};

/// Everything but the script hashes, which depend on the build.
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; \
style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; \
object-src 'none'; base-uri 'self'; form-action 'none'";

/// The contents of every inline `<script>` (one without `src`).
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let tag_end = match rest[open..].find('>') {
            Some(i) => open + i + 1,
            None => break,
        };
        let tag = &rest[open..tag_end];
        let close = match rest[tag_end..].find("</script>") {
            Some(i) => tag_end + i,
            None => break,
        };
        if !tag.contains(" src=") {
            out.push(&rest[tag_end..close]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    out
}

fn policy_for(html: &str) -> String {
    let hashes: Vec<String> = inline_scripts(html)
        .into_iter()
        .map(|s| format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))))
        .collect();
    POLICY.replace("{hashes}", &hashes.join(" "))
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        let dir = std::env::var("TRUNK_STAGING_DIR").expect("give a path or run as a Trunk hook");
        format!("{dir}/index.html")
    });
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    if html.contains("Content-Security-Policy") {
        return;
    }
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", policy_for(&html));
    let marker = "<meta charset=\"utf-8\">";
    let Some(at) = html.find(marker) else { panic!("{path} has no {marker}") };
    let at = at + marker.len();
    let out = format!("{}\n  {meta}{}", &html[..at], &html[at..]);
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    println!("csp: {}", policy_for(&html));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_only_inline_scripts() {
        let html = "<script type=\"module\">import x from './a.js';</script><script defer src=\"e.js\"></script>";
        assert_eq!(inline_scripts(html), ["import x from './a.js';"]);
        let policy = policy_for(html);
        // echo -n "import x from './a.js';" | openssl dgst -sha256 -binary | base64
        assert!(policy.contains("'sha256-BbaJ48i2gRiToTqD22b5M4ACw8JNIwDjQAlgEE8aULE='"), "{policy}");
        assert!(!policy.contains("'unsafe-inline'") && !policy.contains("'unsafe-eval'"), "{policy}");
        assert_eq!(policy.matches("'sha256-").count(), 1);
    }
}
