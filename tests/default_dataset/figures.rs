//! Every sourced figure of `SOURCES.md`, written out by hand: the table the
//! default dataset is checked against (see `main.rs`).

use marsad::data::Qualifier::{self, Approx as A, AtLeast as L, Exact as E};

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
pub const LISTED_TOO: &[&str] = &["https://planeteverte.ma/9644", "https://www.arabkhabar.com/a/3538697"];

/// SOURCES.md's reports with two URLs: (start, end, the figures' source,
/// the other publication each of its figures names in `also_reported_by`).
pub const ALSO_REPORTED: &[(&str, &str, &str, &str)] = &[
    ("2023-01-01", "2023-09-30", ALYAOUM24_2023, LISTED_TOO[0]),
    ("2024-01-01", "2024-09-30", MIGRANTAFFAIRS, LISTED_TOO[1]),
];

/// (indicator, start, end, value, qualifier, source URL)
pub type Row = (&'static str, &'static str, &'static str, f64, Qualifier, &'static str);

#[rustfmt::skip]
pub const EXPECTED: &[Row] = &[
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
