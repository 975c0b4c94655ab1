//! Embed mode (`?embed=1`) and the snippet a newsroom copies. Pure.

use super::url::{data_pair, to_query};
use super::{ChartId, Filters};

/// Height of the snippet before the host script (if allowed) resizes it.
pub const SNIPPET_HEIGHT: u32 = 640;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// `embed=1`: minimal chrome for an iframe.
    pub enabled: bool,
    /// `controls=1`: show the filter bar in the embed.
    pub controls: bool,
    /// `chart=<id>`: only this chart.
    pub chart: Option<ChartId>,
    /// `id=`: names this embed in the height messages it posts.
    pub id: String,
}

impl EmbedConfig {
    /// Read from the pass-through pairs of the URL (see `url::passthrough`).
    pub fn from_pairs(pairs: &[(String, String)]) -> EmbedConfig {
        let get = |k: &str| pairs.iter().rev().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
        EmbedConfig {
            enabled: get("embed") == Some("1"),
            controls: get("controls") == Some("1"),
            chart: get("chart").and_then(ChartId::parse),
            id: get("id").filter(|id| id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or("marsad")
                .to_string(),
        }
    }
}

/// Origins a host page may control an embed from: the build's
/// `MARSAD_EMBED_ORIGINS` (comma-separated, read at compile time) plus the
/// dataset's `metadata.embed_origins`.
pub fn allowed_origins(from_dataset: &[String]) -> Vec<String> {
    let built = option_env!("MARSAD_EMBED_ORIGINS").unwrap_or("");
    built
        .split(',')
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(String::from)
        .chain(from_dataset.iter().cloned())
        .collect()
}

/// Keys a host may set, each with the URL parameter it stands for.
const HOST_KEYS: &[&str] = &["cat", "ind", "src", "geo", "yr", "cov", "log", "pat", "view", "sort", "lang", "theme"];

/// Apply a host's `{type: "marsad:set", …}` message to the current filters.
/// Values are what the URL takes (`"cat": ["returns"]` or `"returns~europe"`,
/// `"yr": [2018, 2024]`, `"lang": "fr"`); `null` clears a key. Anything
/// malformed (another type, an unknown key, a value the URL would refuse)
/// makes the whole message do nothing: `None`.
pub fn apply_host_message(current: &Filters, msg: &serde_json::Value) -> Option<Filters> {
    use serde_json::Value;
    let obj = msg.as_object()?;
    if obj.get("type")?.as_str()? != "marsad:set" {
        return None;
    }
    let mut pairs: Vec<(String, Option<String>)> = Vec::new();
    for (key, value) in obj.iter().filter(|(k, _)| *k != "type") {
        if !HOST_KEYS.contains(&key.as_str()) {
            return None;
        }
        let text = match value {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            Value::Bool(b) => Some(if *b { "1" } else { "0" }.to_string()),
            Value::Number(n) => Some(n.to_string()),
            Value::Array(items) => Some(
                items
                    .iter()
                    .map(|i| match i {
                        Value::String(s) => Some(s.clone()),
                        Value::Number(n) => Some(n.to_string()),
                        _ => None,
                    })
                    .collect::<Option<Vec<_>>>()?
                    .join("~"),
            ),
            Value::Object(_) => return None,
        };
        pairs.push((key.clone(), text));
    }
    // Start from the current state as a query, override, and parse it back:
    // the host gets exactly the URL's validation.
    let current_query = to_query(current, &[]);
    let mut kept: Vec<(String, String)> = form_urlencoded::parse(current_query.as_bytes())
        .filter(|(k, _)| !pairs.iter().any(|(key, _)| key == k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    kept.extend(pairs.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
    let query = form_urlencoded::Serializer::new(String::new()).extend_pairs(kept).finish();
    let (filters, notices) = super::url::parse_query(&query);
    notices.is_empty().then_some(filters)
}

/// The `{type: "marsad:state", …}` message posted back after each change.
pub fn state_message(id: &str, filters: &Filters) -> String {
    serde_json::json!({ "type": "marsad:state", "id": id, "query": to_query(&without_page(filters), &[]) }).to_string()
}

/// An embed shows no table, so it has no page to keep (nor `marsad:set` to take).
fn without_page(filters: &Filters) -> Filters {
    Filters { page: 0, ..filters.clone() }
}

fn escape_attribute(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The `<iframe>` (and optional host script) for the current view. `page`
/// is the dashboard's URL without query, e.g. `https://example.org/marsad/`
/// or its French page `https://example.org/marsad/fr.html`; `data` the
/// `?data=` dataset on screen, if not the default one.
pub fn snippet(page: &str, filters: &Filters, data: Option<&str>, chart: Option<ChartId>, title: &str, with_script: bool) -> String {
    let mut extra = data_pair(data);
    extra.push(("embed".to_string(), "1".to_string()));
    if let Some(chart) = chart {
        extra.push(("chart".to_string(), chart.as_str().to_string()));
    }
    let src = format!("{page}?{}", to_query(&without_page(filters), &extra));
    let mut out = format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" data-marsad style=\"width:100%;height:{SNIPPET_HEIGHT}px;border:0\"></iframe>",
        escape_attribute(&src),
        escape_attribute(title)
    );
    if with_script {
        // Beside the page, in its folder.
        let folder = &page[..page.rfind('/').map_or(0, |slash| slash + 1)];
        out.push_str(&format!("\n<script async src=\"{}\"></script>", escape_attribute(&format!("{folder}embed.js"))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Lang;
    use crate::state::View;

    fn pairs(q: &str) -> Vec<(String, String)> {
        super::super::url::passthrough(q)
    }

    #[test]
    fn reads_embed_parameters() {
        let c = EmbedConfig::from_pairs(&pairs("?embed=1&controls=1&chart=trend&id=story-7"));
        assert_eq!(c, EmbedConfig { enabled: true, controls: true, chart: Some(ChartId::Trend), id: "story-7".into() });
        let c = EmbedConfig::from_pairs(&pairs("?embed=1&chart=%3Cscript%3E&id=%22%3E"));
        assert_eq!(c.chart, None, "unknown chart ids are ignored");
        assert_eq!(c.id, "marsad", "ids are plain names only");
        assert!(!EmbedConfig::from_pairs(&pairs("?embed=yes")).enabled);
    }

    #[test]
    fn host_messages_set_filters_or_do_nothing() {
        use serde_json::json;
        let mut current = Filters::default();
        current.categories.insert("returns".into());
        let set = |m| apply_host_message(&current, &m);
        let f = set(json!({"type": "marsad:set", "cat": ["rescue_at_sea"], "yr": [2018, 2024], "lang": "fr", "theme": "dark"})).unwrap();
        assert_eq!(super::super::url::to_query(&f, &[]), "cat=rescue_at_sea&yr=2018~2024&lang=fr&theme=dark");
        let f = set(json!({"type": "marsad:set", "log": true})).unwrap();
        assert_eq!(super::super::url::to_query(&f, &[]), "cat=returns&log=1", "other filters are kept");
        let f = set(json!({"type": "marsad:set", "view": "table", "sort": "-value"})).unwrap();
        assert_eq!(super::super::url::to_query(&f, &[]), "cat=returns&view=table&sort=-value", "the table's order too");
        let f = set(json!({"type": "marsad:set", "cat": null})).unwrap();
        assert!(f.categories.is_empty(), "null clears");
        for bad in [
            json!("marsad:set"),
            json!({"type": "marsad:other", "cat": "returns"}),
            json!({"cat": "returns"}),
            json!({"type": "marsad:set", "lang": "<script>"}),
            json!({"type": "marsad:set", "sort": "size"}),
            json!({"type": "marsad:set", "cat": [{"x": 1}]}),
            json!({"type": "marsad:set", "data": "https://evil.example/x.json"}),
            json!({"type": "marsad:set", "cat": {"a": 1}}),
        ] {
            assert_eq!(set(bad.clone()), None, "{bad}");
        }
        // As in a link, years written backwards are read forwards.
        assert_eq!(set(json!({"type": "marsad:set", "yr": [2024, 2018]})).and_then(|f| f.years), Some((2018, 2024)));
        assert_eq!(state_message("story", &current), r#"{"id":"story","query":"cat=returns","type":"marsad:state"}"#);
    }

    #[test]
    fn snippet_reflects_filters_and_language_and_escapes() {
        let mut f = Filters::default();
        f.categories.insert("rescue_at_sea".into());
        f.lang = Some(Lang::Fr);
        let s = snippet("https://news.example/marsad/", &f, None, Some(ChartId::Trend), "Marsad \"quoted\" <b>", true);
        assert_eq!(
            s,
            "<iframe src=\"https://news.example/marsad/?embed=1&amp;chart=trend&amp;cat=rescue_at_sea&amp;lang=fr\" \
title=\"Marsad &quot;quoted&quot; &lt;b&gt;\" loading=\"lazy\" data-marsad style=\"width:100%;height:640px;border:0\"></iframe>\n\
<script async src=\"https://news.example/marsad/embed.js\"></script>"
        );
    }

    #[test]
    fn an_embed_has_no_table_page() {
        let f = Filters { view: View::Table, page: 3, ..Filters::default() };
        assert_eq!(to_query(&f, &[]), "view=table&page=4", "the dashboard's own link keeps it");
        assert!(snippet("https://news.example/marsad/", &f, None, None, "Marsad", false).starts_with("<iframe src=\"https://news.example/marsad/?embed=1&amp;view=table\" "));
        assert_eq!(state_message("story", &f), r#"{"id":"story","query":"view=table","type":"marsad:state"}"#);
    }

    #[test]
    fn the_host_script_is_beside_the_page_of_any_name() {
        let f = Filters::default();
        for page in ["https://news.example/marsad/fr.html", "https://news.example/marsad/index.html", "https://news.example/marsad/"] {
            let s = snippet(page, &f, None, None, "Marsad", true);
            assert!(s.starts_with(&format!("<iframe src=\"{page}?embed=1\"")), "{s}");
            assert!(s.ends_with("<script async src=\"https://news.example/marsad/embed.js\"></script>"), "{s}");
        }
    }

    #[test]
    fn snippet_keeps_the_dataset_of_a_data_link() {
        let mut f = Filters::default();
        f.categories.insert("returns".into());
        let s = snippet("https://news.example/marsad/", &f, Some("data/other figures.json"), None, "Marsad", false);
        assert!(
            s.starts_with("<iframe src=\"https://news.example/marsad/?data=data/other+figures.json&amp;embed=1&amp;cat=returns\" "),
            "{s}"
        );
    }
}
