//! The default dataset (`public/data/morocco.json`) against the figures in
//! `SOURCES.md` and the seed text. The table below is written out by hand from
//! those documents: every sourced figure must be in the dataset, cited on a
//! source with the listed URL, and the dataset holds nothing else.

use std::collections::HashSet;

use marsad::data::date::Day;
use marsad::data::{Dataset, Qualifier};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/morocco.json");

fn load() -> Dataset {
    let text = std::fs::read_to_string(PATH).expect("read public/data/morocco.json");
    serde_json::from_str(&text).expect("morocco.json deserializes into Dataset")
}

use Qualifier::{Approx as A, AtLeast as L, Exact as E};

// URLs, as SOURCES.md gives them.
const LE360: &str = "https://ar.le360.ma/societe/121359";
const NAP: &str = "https://northafricapost.com/20703-morocco-foils-50k-illegal-migration-attempts-dismantles-80-human-trafficking-networks-2017.html";
const ELNASHRA: &str = "https://www.elnashra.com/news/show/1158602";
const MWN_2018: &str = "https://www.moroccoworldnews.com/2018/11/257295/interior-ministry-migrants-morocco/";
const AGENCE_AFRIQUE: &str = "https://www.agenceafrique.com/13889-le-maroc-a-demantele-174-reseaux-criminels-en-2018.html";
const YABILADI_2018: &str = "https://www.yabiladi.com/articles/details/73492/maroc-pres-tentatives-d-emigration-avortees.html";
const INFOMEDIAIRE: &str = "https://www.infomediaire.net/migration-irreguliere-pres-de-74-000-tentatives-avortees-en-2019-par-le-maroc/";
const ANDALUSPRESS: &str = "https://www.maghress.com/andaluspress/169817";
const EL_FARO: &str = "https://elfarodeceuta.es/marruecos-aborto-intentos-emigracion-irregular/amp";
const CGTN: &str = "https://news.cgtn.com/news/2022-05-08/Morocco-says-it-foiled-63-121-illegal-immigration-attempts-in-2021-19RvtHDPWbS/index.html";
const ALYAOUM24_2022: &str = "https://www.maghress.com/alyaoum24/1736972";
const NEW_ARAB: &str = "https://www.newarab.com/news/morocco-stopped-56000-migrants-reaching-europe";
const LINFORMATION: &str = "https://mail.linformation.ma/news/actualite/ministere-de-l-interieur-le-maroc-a-avorte-25-519-tentatives-d-emigration-clandestine-a-fin-mai-2023/41746";
const ALYAOUM24_2023: &str = "https://www.maghress.com/alyaoum24/1847642";
const MOROCCO_TIMES: &str = "https://moroccotimes.tv/irregular-migration-more-than-75000-attempts-aborted-in-2023-ministry-of-interior/";
const LEBRIEF: &str = "https://lebrief.ma/?p=181902";
const MIGRANTAFFAIRS: &str = "https://migrantaffairs.info/morocco-strengthens-measures-against-migrant-smuggling-with-over-48000-attempts-halted/";
const MRE_NEWS: &str = "https://mre.news/blog/plus-de-78-600-tentatives-demigration-irreguliere-interrompues-en-2024";
const KAAYXOL: &str = "https://kaayxol.ma/info/news/index/view/rapport-la-pression-de-l-immigration-irreguliere-reste-forte-sur";
const DGSN_2019: &str = "https://www.moroccoworldnews.com/2020/02/292684/";
const DGSN_2020: &str = "https://www.moroccoworldnews.com/2020/12/329946/";
const DGSN_2021: &str = "https://www.i24news.tv/en/news/international/africa/1640033935";
const DGSN_2022: &str = "https://www.maghress.com/lakome/292445";
const DGSN_2023: &str = "https://www.maghress.com/almaghreb24/229288";
const YABILADI_EFE: &str = "https://www.yabiladi.com/articles/details/135405/";
const YABILADI_IOM: &str = "https://www.yabiladi.com/articles/details/137990/";
const AUJOURDHUI: &str = "https://aujourdhui.ma/societe/";
const MAGHREB_DAILY: &str = "https://maghrebdailynews.com/11245";
const CNDH: &str = "https://www.cndh.org.ma/an/article/second-campaign";
const YABILADI_BRA: &str = "https://www.yabiladi.com/articles/details/40521/";
const JOURNAUXAFRIQUE: &str = "https://journauxafrique.com/17791";
const INFOBAE: &str = "https://www.infobae.com/america/agencias/2024/01/03/";
const PLEDGE_TIMES: &str = "https://pledgetimes.com/in-2024-spain-exceeded-60000";
const FLEXI_NEWS: &str = "https://flexi-news.com/post/irregular-border-crossings";
const ITALYNEWS: &str = "https://italynews.online/";
const FRONTEX: &str = "https://www.frontex.europa.eu/";

/// Sources that SOURCES.md lists beside a figure's main citation; they must be
/// present as source entries even though the figures are cited on the first.
const LISTED_TOO: &[&str] = &["https://planeteverte.ma/9644", "https://www.arabkhabar.com/a/3538697"];

/// (indicator, start, end, value, qualifier, source URL)
type Row = (&'static str, &'static str, &'static str, f64, Qualifier, &'static str);

#[rustfmt::skip]
const EXPECTED: &[Row] = &[
    // A. Interior Ministry series.
    // 2017 Jan–Nov (report to MPs), Le360
    ("attempts_foiled",     "2017-01-01", "2017-11-30", 50_000.0, L, LE360),
    ("networks_dismantled", "2017-01-01", "2017-11-30", 73.0,     E, LE360),
    // 2017 so far (Nov), North Africa Post
    ("attempts_foiled",     "2017-01-01", "2017-11-30", 50_000.0, E, NAP),
    ("networks_dismantled", "2017-01-01", "2017-11-30", 80.0,     E, NAP),
    // 2017, Elnashra
    ("attempts_foiled",     "2017-01-01", "2017-12-31", 55_000.0, E, ELNASHRA),
    ("networks_dismantled", "2017-01-01", "2017-12-31", 100.0,    L, ELNASHRA),
    // 2018 Jan–Sep, Morocco World News
    ("attempts_foiled",     "2018-01-01", "2018-09-30", 68_000.0, E, MWN_2018),
    ("networks_dismantled", "2018-01-01", "2018-09-30", 122.0,    E, MWN_2018),
    // 2018 to late Nov, Agence Afrique
    ("attempts_foiled",     "2018-01-01", "2018-11-30", 76_000.0, E, AGENCE_AFRIQUE),
    ("networks_dismantled", "2018-01-01", "2018-11-30", 174.0,    E, AGENCE_AFRIQUE),
    // 2018 full year, Yabiladi
    ("attempts_foiled",     "2018-01-01", "2018-12-31", 88_761.0, E, YABILADI_2018),
    ("networks_dismantled", "2018-01-01", "2018-12-31", 229.0,    E, YABILADI_2018),
    ("rescued_at_sea",      "2018-01-01", "2018-12-31", 29_715.0, E, YABILADI_2018),
    ("voluntary_returns",   "2018-01-01", "2018-12-31", 5_608.0,  E, YABILADI_2018),
    // 2019 full year, Infomédiaire
    ("attempts_foiled",     "2019-01-01", "2019-12-31", 73_973.0, E, INFOMEDIAIRE),
    ("networks_dismantled", "2019-01-01", "2019-12-31", 208.0,    E, INFOMEDIAIRE),
    ("rescued_at_sea",      "2019-01-01", "2019-12-31", 19_554.0, E, INFOMEDIAIRE),
    // 2020 to report date (autumn), Andaluspress
    ("attempts_foiled",             "2020-01-01", "2020-11-30", 26_800.0, A, ANDALUSPRESS),
    ("networks_dismantled",         "2020-01-01", "2020-11-30", 196.0,    L, ANDALUSPRESS),
    ("voluntary_return_operations", "2020-01-01", "2020-11-30", 587.0,    L, ANDALUSPRESS),
    // 2021 Jan–Aug, El Faro de Ceuta
    ("attempts_foiled",     "2021-01-01", "2021-08-31", 42_071.0, E, EL_FARO),
    ("networks_dismantled", "2021-01-01", "2021-08-31", 156.0,    E, EL_FARO),
    ("voluntary_returns",   "2021-01-01", "2021-08-31", 8_890.0,  E, EL_FARO),
    // 2021 full year, CGTN
    ("attempts_foiled",     "2021-01-01", "2021-12-31", 63_121.0, E, CGTN),
    ("networks_dismantled", "2021-01-01", "2021-12-31", 256.0,    E, CGTN),
    ("rescued_at_sea",      "2021-01-01", "2021-12-31", 14_236.0, E, CGTN),
    ("voluntary_returns",   "2021-01-01", "2021-12-31", 3_500.0,  A, CGTN),
    // 2022 to report date (autumn), Alyaoum24
    ("attempts_foiled",     "2022-01-01", "2022-11-30", 40_589.0, E, ALYAOUM24_2022),
    ("networks_dismantled", "2022-01-01", "2022-11-30", 125.0,    E, ALYAOUM24_2022),
    ("voluntary_returns",   "2022-01-01", "2022-11-30", 2_326.0,  E, ALYAOUM24_2022),
    // 2022 Jan–Aug, The New Arab
    ("attempts_foiled",     "2022-01-01", "2022-08-31", 56_000.0, L, NEW_ARAB),
    ("rescued_at_sea",      "2022-01-01", "2022-08-31", 12_000.0, A, NEW_ARAB),
    // 2022 full year, L'Information
    ("attempts_foiled",     "2022-01-01", "2022-12-31", 70_781.0, E, LINFORMATION),
    ("networks_dismantled", "2022-01-01", "2022-12-31", 290.0,    A, LINFORMATION),
    ("rescued_at_sea",      "2022-01-01", "2022-12-31", 12_478.0, E, LINFORMATION),
    // 2023 Jan–May, L'Information
    ("attempts_foiled",     "2023-01-01", "2023-05-31", 25_519.0, E, LINFORMATION),
    ("networks_dismantled", "2023-01-01", "2023-05-31", 117.0,    E, LINFORMATION),
    ("rescued_at_sea",      "2023-01-01", "2023-05-31", 3_150.0,  E, LINFORMATION),
    // 2023 Jan–Sep, Alyaoum24 (Planète Verte listed too)
    ("attempts_foiled",       "2023-01-01", "2023-09-30", 60_192.0, E, ALYAOUM24_2023),
    ("networks_dismantled",   "2023-01-01", "2023-09-30", 250.0,    E, ALYAOUM24_2023),
    ("rescued_at_sea",        "2023-01-01", "2023-09-30", 10_405.0, E, ALYAOUM24_2023),
    ("voluntary_returns_iom", "2023-01-01", "2023-09-30", 3_317.0,  E, ALYAOUM24_2023),
    // By September 2023 about 2,300 refugees recognised, Alyaoum24
    ("refugees_recognised",   "2023-09-30", "2023-09-30", 2_300.0,  A, ALYAOUM24_2023),
    // 2023 full year, Morocco Times
    ("attempts_foiled",     "2023-01-01", "2023-12-31", 75_184.0, E, MOROCCO_TIMES),
    ("networks_dismantled", "2023-01-01", "2023-12-31", 419.0,    L, MOROCCO_TIMES),
    ("rescued_at_sea",      "2023-01-01", "2023-12-31", 16_818.0, E, MOROCCO_TIMES),
    ("voluntary_returns",   "2023-01-01", "2023-12-31", 5_844.0,  E, MOROCCO_TIMES),
    // 2024 Jan–Aug, LeBrief
    ("attempts_foiled",     "2024-01-01", "2024-08-31", 45_015.0, E, LEBRIEF),
    ("networks_dismantled", "2024-01-01", "2024-08-31", 177.0,    E, LEBRIEF),
    ("rescued_at_sea",      "2024-01-01", "2024-08-31", 10_589.0, E, LEBRIEF),
    // 2024 Jan–Sep, the seed's report (migrantaffairs.info; ArabKhabar listed too)
    ("attempts_foiled",       "2024-01-01", "2024-09-30", 48_963.0, E, MIGRANTAFFAIRS),
    ("networks_dismantled",   "2024-01-01", "2024-09-30", 210.0,    E, MIGRANTAFFAIRS),
    ("rescued_at_sea",        "2024-01-01", "2024-09-30", 14_260.0, E, MIGRANTAFFAIRS),
    ("voluntary_returns",     "2024-01-01", "2024-09-30", 4_388.0,  E, MIGRANTAFFAIRS),
    ("voluntary_returns_iom", "2024-01-01", "2024-09-30", 1_664.0,  E, MIGRANTAFFAIRS),
    // Seed text: 1,638 refugees recognised as of mid-September 2024
    ("refugees_recognised",   "2024-09-15", "2024-09-15", 1_638.0,  E, MIGRANTAFFAIRS),
    // 2024 full year, MRE News
    ("attempts_foiled",     "2024-01-01", "2024-12-31", 78_685.0, E, MRE_NEWS),
    ("networks_dismantled", "2024-01-01", "2024-12-31", 332.0,    E, MRE_NEWS),
    ("rescued_at_sea",      "2024-01-01", "2024-12-31", 18_645.0, E, MRE_NEWS),
    ("voluntary_returns",   "2024-01-01", "2024-12-31", 6_135.0,  E, MRE_NEWS),
    // 2025 Jan–Aug, Kaayxol
    ("attempts_foiled",     "2025-01-01", "2025-08-31", 42_437.0, E, KAAYXOL),
    ("networks_dismantled", "2025-01-01", "2025-08-31", 188.0,    E, KAAYXOL),
    ("rescued_at_sea",      "2025-01-01", "2025-08-31", 9_518.0,  E, KAAYXOL),

    // B. National police (DGSN).
    ("dgsn_arrests",  "2019-01-01", "2019-12-31", 27_317.0, E, DGSN_2019),
    ("dgsn_networks", "2019-01-01", "2019-12-31", 62.0,     E, DGSN_2019),
    ("dgsn_arrests",  "2020-01-01", "2020-12-31", 9_179.0,  E, DGSN_2020),
    ("dgsn_networks", "2020-01-01", "2020-12-31", 123.0,    E, DGSN_2020),
    ("dgsn_arrests",  "2021-01-01", "2021-12-31", 12_231.0, E, DGSN_2021),
    ("dgsn_networks", "2021-01-01", "2021-12-31", 150.0,    E, DGSN_2021),
    ("dgsn_arrests",  "2022-01-01", "2022-12-31", 32_733.0, E, DGSN_2022),
    ("dgsn_networks", "2022-01-01", "2022-12-31", 92.0,     E, DGSN_2022),
    ("dgsn_arrests",  "2023-01-01", "2023-12-31", 28_863.0, E, DGSN_2023),
    ("dgsn_networks", "2023-01-01", "2023-12-31", 121.0,    E, DGSN_2023),

    // C. IOM assisted returns, regularisation, refugees.
    ("iom_avrr", "2021-01-01", "2021-12-31", 2_370.0, A, YABILADI_EFE),
    ("iom_avrr", "2022-01-01", "2022-10-31", 2_377.0, E, YABILADI_EFE),
    ("iom_avrr", "2022-01-01", "2022-12-31", 2_457.0, E, YABILADI_IOM),
    ("iom_avrr", "2024-01-01", "2024-12-31", 2_196.0, E, AUJOURDHUI),
    ("regularisation_approved",     "2014-01-01", "2014-12-31", 17_916.0, E, MAGHREB_DAILY),
    ("regularisation_applications", "2014-01-01", "2014-12-31", 27_332.0, E, MAGHREB_DAILY),
    ("regularisation_approved",     "2014-01-01", "2014-12-31", 18_694.0, E, MAGHREB_DAILY),
    ("regularisation_applications", "2014-01-01", "2014-12-31", 27_643.0, E, MAGHREB_DAILY),
    ("regularisation_applications", "2016-12-15", "2017-12-31", 28_400.0, E, CNDH),
    ("refugees_recognised", "2015-11-30", "2015-11-30", 614.0, E, YABILADI_BRA),
    ("unhcr_refugees",                "2024-08-31", "2024-08-31", 9_120.0,  E, JOURNAUXAFRIQUE),
    ("unhcr_refugees_asylum_seekers", "2024-08-31", "2024-08-31", 17_791.0, E, JOURNAUXAFRIQUE),

    // D. Spain's Interior Ministry, Frontex.
    ("spain_arrivals",                    "2022-01-01", "2022-12-31", 31_219.0, E, INFOBAE),
    ("spain_arrivals_canaries",           "2022-01-01", "2022-12-31", 15_682.0, E, INFOBAE),
    ("spain_arrivals_mainland_balearics", "2022-01-01", "2022-12-31", 12_995.0, E, INFOBAE),
    ("spain_arrivals",                    "2023-01-01", "2023-12-31", 56_852.0, E, INFOBAE),
    ("spain_arrivals_canaries",           "2023-01-01", "2023-12-31", 39_910.0, E, INFOBAE),
    ("spain_arrivals_mainland_balearics", "2023-01-01", "2023-12-31", 15_435.0, E, INFOBAE),
    ("spain_arrivals",                    "2024-01-01", "2024-12-31", 63_970.0, E, PLEDGE_TIMES),
    ("spain_arrivals_canaries",           "2024-01-01", "2024-12-31", 46_843.0, E, PLEDGE_TIMES),
    ("spain_arrivals_mainland_balearics", "2024-01-01", "2024-12-31", 14_431.0, E, PLEDGE_TIMES),
    ("frontex_western_african", "2023-01-01", "2023-12-31", 40_000.0, L, FLEXI_NEWS),
    ("frontex_western_african", "2024-01-01", "2024-12-31", 47_000.0, A, ITALYNEWS),
    ("frontex_western_african", "2025-01-01", "2025-08-31", 12_150.0, A, FRONTEX),
];

fn day(s: &str) -> Day {
    Day::parse(s).unwrap_or_else(|e| panic!("bad day {s:?}: {e:?}"))
}

fn assert_unique<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(seen.insert(id), "duplicate {what} id {id:?}");
    }
}

#[test]
fn deserializes_with_schema_v1_and_consistent_references() {
    let ds = load();
    assert_eq!(ds.schema_version, 1);
    assert_eq!(ds.schema_version, marsad::data::model::SCHEMA_VERSION);

    assert_unique("source", ds.sources.iter().map(|s| s.id.as_str()));
    assert_unique("category", ds.categories.iter().map(|c| c.id.as_str()));
    assert_unique("indicator", ds.indicators.iter().map(|i| i.id.as_str()));
    assert_unique("source url", ds.sources.iter().map(|s| s.url.as_str()));

    let categories: HashSet<&str> = ds.categories.iter().map(|c| c.id.as_str()).collect();
    let wanted_categories: HashSet<&str> =
        ["enforcement", "rescue_at_sea", "returns", "protection", "europe"].into_iter().collect();
    assert_eq!(categories, wanted_categories);

    let indicators: HashSet<&str> = ds.indicators.iter().map(|i| i.id.as_str()).collect();
    let sources: HashSet<&str> = ds.sources.iter().map(|s| s.id.as_str()).collect();

    for ind in &ds.indicators {
        assert!(categories.contains(ind.category.as_str()), "{}: unknown category {}", ind.id, ind.category);
        if let Some(parent) = &ind.part_of {
            assert!(indicators.contains(parent.as_str()), "{}: unknown part_of {parent}", ind.id);
            assert_ne!(parent, &ind.id);
        }
    }

    for src in &ds.sources {
        assert!(
            src.url.starts_with("http://") || src.url.starts_with("https://"),
            "{}: url {:?} is not http(s)",
            src.id,
            src.url
        );
        if let Some(p) = &src.published {
            day(p);
        }
    }

    day(&ds.metadata.last_updated);
    for (i, o) in ds.observations.iter().enumerate() {
        assert!(indicators.contains(o.indicator.as_str()), "observation {i}: unknown indicator {}", o.indicator);
        assert!(sources.contains(o.source.as_str()), "observation {i}: unknown source {}", o.source);
        let (start, end) = (day(&o.start), day(&o.end));
        assert!(start <= end, "observation {i}: start {} after end {}", o.start, o.end);
        assert!(o.value.is_finite() && o.value >= 0.0, "observation {i}: value {}", o.value);
        if o.end_is_report_date {
            assert!(o.note.is_some(), "observation {i}: an approximate end needs a note");
        }
    }

    for url in LISTED_TOO {
        assert!(ds.sources.iter().any(|s| s.url == *url), "source {url} missing");
    }
}

#[test]
fn every_sourced_figure_is_in_the_dataset_and_nothing_else() {
    let ds = load();
    let url_of = |source_id: &str| -> &str {
        &ds.sources.iter().find(|s| s.id == source_id).expect("source exists").url
    };

    // Match one to one: each row claims a distinct observation.
    let mut used = vec![false; ds.observations.len()];
    let mut missing = Vec::new();
    for &(indicator, start, end, value, qualifier, url) in EXPECTED {
        assert!(
            url.starts_with("https://") || url.starts_with("http://"),
            "table url {url}"
        );
        let found = ds.observations.iter().enumerate().position(|(i, o)| {
            !used[i]
                && o.indicator == indicator
                && o.start == start
                && o.end == end
                && o.value == value
                && o.qualifier == qualifier
                && url_of(&o.source) == url
        });
        match found {
            Some(i) => used[i] = true,
            None => missing.push(format!("{indicator} {start}..{end} {value} {qualifier:?} {url}")),
        }
    }
    assert!(missing.is_empty(), "figures missing from the dataset:\n{}", missing.join("\n"));

    let extra: Vec<String> = ds
        .observations
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(o, _)| format!("{} {}..{} {} {}", o.indicator, o.start, o.end, o.value, o.source))
        .collect();
    assert!(extra.is_empty(), "observations not in SOURCES.md:\n{}", extra.join("\n"));
    assert_eq!(ds.observations.len(), EXPECTED.len());
}

#[test]
fn seed_report_is_the_featured_one() {
    let ds = load();
    let f = &ds.metadata.featured;
    assert_eq!(f.start, "2024-01-01");
    assert_eq!(f.end, "2024-09-30");
    assert_eq!(f.presented.as_deref(), Some("2024-10-01"));
    assert_eq!(
        f.indicators,
        [
            "attempts_foiled",
            "networks_dismantled",
            "rescued_at_sea",
            "voluntary_returns",
            "voluntary_returns_iom",
            "refugees_recognised"
        ]
    );
    for id in &f.indicators {
        assert!(ds.indicators.iter().any(|i| &i.id == id), "featured indicator {id} missing");
    }

    let (fs, fe) = (day(&f.start), day(&f.end));
    let seed: [(&str, f64); 6] = [
        ("attempts_foiled", 48_963.0),
        ("networks_dismantled", 210.0),
        ("rescued_at_sea", 14_260.0),
        ("voluntary_returns", 4_388.0),
        ("voluntary_returns_iom", 1_664.0),
        ("refugees_recognised", 1_638.0),
    ];
    for (indicator, value) in seed {
        let o = ds
            .observations
            .iter()
            .find(|o| o.indicator == indicator && o.value == value)
            .unwrap_or_else(|| panic!("seed figure {indicator} {value} missing"));
        assert!(
            fs <= day(&o.start) && day(&o.end) <= fe,
            "seed figure {indicator} {value} ({}..{}) is outside the featured coverage",
            o.start,
            o.end
        );
    }
}

#[test]
fn scopes_are_kept_apart() {
    let ds = load();
    let ind = |id: &str| ds.indicators.iter().find(|i| i.id == id).unwrap_or_else(|| panic!("{id}"));
    use marsad::data::{Geography, Unit};
    assert_eq!(ind("attempts_foiled").unit, Unit::Attempts);
    assert!(ind("attempts_foiled").scope_note.is_some());
    assert_eq!(ind("voluntary_returns_iom").part_of.as_deref(), Some("voluntary_returns"));
    assert_eq!(ind("iom_avrr").part_of, None);
    assert_eq!(ind("dgsn_arrests").part_of, None);
    assert_eq!(ind("voluntary_return_operations").unit, Unit::Operations);
    assert_eq!(ind("regularisation_approved").part_of.as_deref(), Some("regularisation_applications"));
    assert_eq!(ind("unhcr_refugees").part_of.as_deref(), Some("unhcr_refugees_asylum_seekers"));
    assert_eq!(ind("spain_arrivals_canaries").part_of.as_deref(), Some("spain_arrivals"));
    assert_eq!(ind("spain_arrivals_mainland_balearics").part_of.as_deref(), Some("spain_arrivals"));
    assert_eq!(ind("spain_arrivals").geography, Geography::Spain);
    let frontex = ind("frontex_western_african");
    assert_eq!(frontex.unit, Unit::Detections);
    assert_eq!(frontex.geography, Geography::EuExternalBorder);
    assert!(frontex.scope_note.is_some());
}

/// French and Arabic readers see the dataset's own words (labels, scope
/// notes, the notes that qualify a figure: "exact cut-off not published") in
/// their language: every translated text has all three, and every note is
/// translated. Source titles are the one text kept in English, as the
/// dataset's authors wrote them, and given as `{"en": …}` so that French and
/// Arabic pages can mark them as English for screen readers.
#[test]
fn every_text_a_reader_sees_is_in_english_french_and_arabic() {
    fn walk(value: &serde_json::Value, path: &str, missing: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                let source_title = path.starts_with("$.sources[") && path.ends_with("].title");
                if map.contains_key("en") && !source_title {
                    for lang in ["en", "fr", "ar"] {
                        if map.get(lang).and_then(|t| t.as_str()).is_none_or(|t| t.trim().is_empty()) {
                            missing.push(format!("{path}.{lang}"));
                        }
                    }
                }
                for (key, inner) in map {
                    if key == "note" && inner.is_string() {
                        missing.push(format!("{path}.note (English only)"));
                    }
                    walk(inner, &format!("{path}.{key}"), missing);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), missing);
                }
            }
            _ => {}
        }
    }
    let tree: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(PATH).unwrap()).unwrap();
    let mut missing = Vec::new();
    walk(&tree, "$", &mut missing);
    assert!(missing.is_empty(), "not in every language: {missing:#?}");
    for source in load().sources {
        assert!(
            matches!(&source.title, marsad::data::Text::Localized { fr: None, ar: None, .. }),
            "{}: a title given as English, and only English",
            source.id
        );
    }
    let notes = load().observations.iter().filter(|o| o.note.is_some()).count();
    assert_eq!(notes, 31, "every note kept");
}
