//! wasm-bindgen's JS loader, minified with esbuild (from npm, as the ECharts
//! bundle and the CSS are), and its `integrity` in index.html made anew to
//! match; index.html's own inline scripts minified too. Trunk 0.21 minifies
//! JS only together with the HTML, whose minifier rewrites the page past
//! what this hook reads, and its own JS minifier fails on the loader.
//! 10.3 KB gzip before, 7.9 KB after.

use base64::Engine;
use sha2::{Digest, Sha384};

/// esbuild as `npm ci` installs it; Trunk runs hooks from the project root.
const ESBUILD: &str = "node_modules/.bin/esbuild";

/// Minify the loader that `html` preloads from `dir`, and return `html`
/// with the loader's new integrity. Panics (failing the build) when the
/// loader or esbuild is missing, rather than shipping a page whose
/// integrity check would refuse its own script.
pub fn minify(dir: &str, html: &str) -> String {
    let (href, _) = preloaded_module(html).unwrap_or_else(|| panic!("{dir}/index.html: no modulepreload of the loader with an integrity"));
    let file = format!("{dir}/{}", href.trim_start_matches("./"));
    let status = std::process::Command::new(ESBUILD)
        .args([&file, "--minify", "--format=esm", "--allow-overwrite", &format!("--outfile={file}"), "--log-level=warning"])
        .status()
        .unwrap_or_else(|e| panic!("cannot run {ESBUILD} (run npm ci): {e}"));
    assert!(status.success(), "{ESBUILD} failed on {file}");
    let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
    let new = integrity(&bytes);
    super::html::edit_first(html, MODULE_PRELOAD, |el| Ok(el.set_attribute("integrity", &new)?)).unwrap_or_else(|| panic!("{dir}/index.html: the loader's preload went"))
}

/// index.html's own inline scripts minified by esbuild: 0.3 KB less of the
/// page before its first paint (gzip). Their top-level names, which the
/// scripts and the app share (`marsadEarlyData`...), are kept: esbuild
/// renames them only in a module format, and none is given.
pub fn minify_inline_scripts(html: &str) -> String {
    use std::io::Write;
    super::html::edit_classic_scripts(html, |code| {
        let mut esbuild = std::process::Command::new(ESBUILD)
            .args(["--minify", "--loader=js", "--log-level=warning"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {ESBUILD} (run npm ci): {e}"));
        esbuild.stdin.take().expect("piped").write_all(code.as_bytes()).expect("esbuild reads the script");
        let out = esbuild.wait_with_output().expect("esbuild runs");
        assert!(out.status.success(), "{ESBUILD} failed on an inline script of index.html");
        String::from_utf8(out.stdout).expect("esbuild writes UTF-8")
    })
}

/// Trunk's `<link>` that preloads wasm-bindgen's loader.
const MODULE_PRELOAD: &str = r#"link[rel="modulepreload"]"#;

/// The `href` and `integrity` of the loader's preload.
fn preloaded_module(html: &str) -> Option<(String, String)> {
    let [href, integrity] = super::html::attributes_of_first(html, MODULE_PRELOAD, ["href", "integrity"])?;
    Some((href?, integrity?))
}

/// Subresource integrity as Trunk writes it: sha384, base64.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_loader_and_its_integrity() {
        let html = "<link rel=\"preload\" href=\"data/morocco.json\" as=\"fetch\" crossorigin>\
<link rel=\"modulepreload\" href=\"./marsad-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-abc\">\
<link rel=\"marsad-preload\" href=\"./marsad-1_bg.wasm\" integrity=\"sha384-def\">";
        assert_eq!(preloaded_module(html), Some(("./marsad-1.js".into(), "sha384-abc".into())));
        assert_eq!(preloaded_module("<link rel=\"modulepreload\" href=\"./a.js\">"), None, "no integrity");
        assert_eq!(preloaded_module("<p>"), None);
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // printf 'abc' | openssl dgst -sha384 -binary | base64
        assert_eq!(integrity(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
    }
}
