//! The URL-state parser takes whatever a link holds: it must never panic,
//! must round-trip what it accepts, and must refuse every `?data=` that
//! could leave this site. 256 cases per property by default; `./dev fuzz`
//! runs 100,000.

use marsad::data::Lang;
use marsad::state::data_path::dataset_path;
use marsad::state::url::{parse_query, passthrough, to_query};
use proptest::prelude::*;

/// Query strings built from the names Marsad knows and hostile values.
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        prop::sample::select(vec!["cat", "ind", "yr", "cov", "src", "geo", "log", "pat", "view", "lang", "theme", "data", "embed", "chart", "controls"])
            .prop_map(str::to_string),
        "\\PC{0,6}",
    ];
    let value = prop_oneof![
        Just("enforcement~returns".to_string()),
        Just("2018~2024".to_string()),
        Just("full".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("%3Cimg%20onerror%3D1%3E".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("//evil.example/x.json".to_string()),
        "[a-z0-9_~.-]{0,24}",
        "\\PC{0,24}",
        "[%&=~+#?]{0,12}",
    ];
    prop::collection::vec((key, value), 0..8)
        .prop_map(|pairs| pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
}

proptest! {
    #[test]
    fn any_text_parses_without_panic(q in "\\PC{0,200}") {
        let (_, notices) = parse_query(&q);
        for n in notices {
            for lang in [Lang::En, Lang::Fr, Lang::Ar] {
                let message = n.message(lang);
                prop_assert!(message.chars().count() < 200, "notice too long: {message}");
            }
        }
        let _ = passthrough(&q);
        let _ = dataset_path(&q);
    }

    #[test]
    fn what_is_accepted_round_trips(q in query()) {
        let (filters, _) = parse_query(&q);
        let again = to_query(&filters, &[]);
        let (reparsed, notices) = parse_query(&again);
        prop_assert_eq!(&reparsed, &filters, "{} -> {}", q, again);
        prop_assert!(notices.is_empty(), "our own URL raised notices: {:?}", notices);
    }

    #[test]
    fn data_paths_never_leave_the_site(p in "\\PC{0,40}") {
        if let Ok(path) = dataset_path(&p) {
            let lower = path.to_ascii_lowercase();
            prop_assert!(!path.starts_with("//"), "{}", path);
            prop_assert!(!path.contains('\\'), "{}", path);
            let before_path = lower.split(['/', '?', '#']).next().unwrap_or("");
            prop_assert!(!before_path.contains(':'), "scheme in {}", path);
        }
    }
}
