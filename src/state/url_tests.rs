use crate::state::data_path::*;
use super::*;
use crate::state::Column;

#[test]
fn round_trips_every_filter() {
    let f = Filters {
        categories: ["enforcement".to_string(), "returns".to_string()].into(),
        indicators: ["attempts_foiled".to_string()].into(),
        years: Some((2018, 2024)),
        coverage: CoverageFilter::FullYear,
        sources: ["le360-2017".to_string()].into(),
        geographies: [Geography::Morocco, Geography::Spain].into(),
        log_scale: true,
        patterns: true,
        view: View::Table,
        sort: TableSort { column: Column::Value, descending: true },
        page: 3,
        lang: Some(Lang::Ar),
        theme: Theme::Dark,
    };
    let q = to_query(&f, &[]);
    assert_eq!(
        q,
        "cat=enforcement~returns&ind=attempts_foiled&yr=2018~2024&cov=full&src=le360-2017&geo=morocco~spain&log=1&pat=1&view=table&sort=-value&page=4&lang=ar&theme=dark"
    );
    assert_eq!(parse_query(&q), (f, vec![]));
}

#[test]
fn default_state_is_an_empty_query() {
    assert_eq!(to_query(&Filters::default(), &[]), "");
    assert_eq!(parse_query(""), (Filters::default(), vec![]));
}

#[test]
fn keeps_the_data_parameter_first() {
    let extra = passthrough("?data=data/other.json&cat=returns&x=1");
    assert_eq!(extra, vec![("data".to_string(), "data/other.json".to_string())]);
    let mut f = Filters::default();
    f.categories.insert("returns".into());
    assert_eq!(to_query(&f, &extra), "data=data/other.json&cat=returns");
}

#[test]
fn dashboard_link_is_the_page_with_the_dataset_and_filters() {
    let page = "https://example.org/marsad/";
    assert_eq!(dashboard_link(page, &Filters::default(), None), page);
    let mut f = Filters::default();
    f.categories.insert("returns".into());
    f.lang = Some(Lang::Fr);
    assert_eq!(dashboard_link(page, &f, None), "https://example.org/marsad/?cat=returns&lang=fr");
    assert_eq!(
        dashboard_link(page, &f, Some("data/other.json")),
        "https://example.org/marsad/?data=data/other.json&cat=returns&lang=fr"
    );
    // The address the URL sync writes for the same state, so a citation matches the address bar.
    let extra = passthrough("?data=data/other.json&cat=returns&lang=fr");
    assert_eq!(dashboard_link(page, &f, Some("data/other.json")), format!("{page}?{}", to_query(&f, &extra)));
    // The reader's theme stays with the reader.
    for theme in [Theme::Dark, Theme::Light] {
        let themed = Filters { theme, ..f.clone() };
        assert_eq!(dashboard_link(page, &themed, None), "https://example.org/marsad/?cat=returns&lang=fr");
    }
}

#[test]
fn ignores_unknown_and_invalid_parameters_with_a_notice() {
    let (f, notices) = parse_query("?lang=%3Cscript%3E&yr=2024~2018~&cov=weekly&foo=bar&cat=enforcement&log=yes&cat=%3Cb%3E");
    // The valid `cat` survives; the invalid repeat is ignored, not merged.
    assert_eq!(f.categories, ["enforcement".to_string()].into());
    assert_eq!(f.lang, None);
    assert_eq!(f.years, None);
    assert_eq!(notices.len(), 6, "{notices:?}");
    assert!(notices[0].value.contains("lang=<script>"), "{notices:?}");
    assert_eq!(notices[0].message(Lang::En), "Ignored the link parameter \u{201c}lang=<script>\u{201d}.");
    assert_eq!(notices[0].message(Lang::Fr), "Paramètre du lien ignoré\u{a0}: «\u{a0}lang=<script>\u{a0}».");
}

#[test]
fn an_embed_or_controls_switch_other_than_1_or_0_is_said() {
    for (query, said) in [("?embed=true&chart=trend", "embed=true"), ("?embed=1&controls=yes", "controls=yes")] {
        let (_, notices) = parse_query(query);
        assert_eq!(notices.len(), 1, "{query}: {notices:?}");
        assert_eq!(notices[0].message(Lang::En), format!("Ignored the link parameter \u{201c}{said}\u{201d}."));
    }
    for query in ["?embed=1&controls=1", "?embed=0&controls=0"] {
        assert!(parse_query(query).1.is_empty(), "{query}");
    }
}

#[test]
fn a_misspelt_chart_is_said_and_a_known_one_carried_through() {
    let (_, notices) = parse_query("?embed=1&chart=trnd");
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].message(Lang::En), "Ignored the link parameter \u{201c}chart=trnd\u{201d}.");
    for chart in ["featured", "trend", "composition", "europe", "discrepancy"] {
        assert!(parse_query(&format!("?embed=1&chart={chart}")).1.is_empty(), "{chart}");
    }
}

#[test]
fn huge_values_are_refused_and_quoted_short() {
    let long = "a".repeat(10_000);
    let (f, notices) = parse_query(&format!("cat={long}&yr=99999999999999999999"));
    assert!(f.categories.is_empty());
    assert_eq!(notices.len(), 2);
    assert!(notices[0].message(Lang::En).chars().count() < 100);
}

#[test]
fn data_paths_must_stay_on_this_site() {
    assert_eq!(dataset_path("data/other.json"), Ok("data/other.json".into()));
    assert_eq!(dataset_path("/data/x.json?v=2"), Ok("/data/x.json?v=2".into()));
    assert_eq!(dataset_path("./x.json"), Ok("./x.json".into()));
    assert!(names_default_dataset("data/morocco.json") && names_default_dataset(" ./data/morocco.json"));
    assert!(!names_default_dataset("data/morocco-2.json") && !names_default_dataset("other/data/morocco.json"));
    for bad in [
        "https://evil.example/forged.json",
        "http://evil.example/x.json",
        "//evil.example/x.json",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:application/json,{}",
        "/\\evil.example/x.json",
        "",
        " ",
        "x\u{0}y",
    ] {
        let err = dataset_path(bad).expect_err(bad);
        // The reader's link as given, even where it holds a template's "{why}".
        assert_eq!(dataset_path("{why}:x").unwrap_err().message(Lang::En), "The data link \u{201c}data={why}:x\u{201d} was refused: only a path on this site is allowed, not a full address (http:, javascript:, data:…).");
        assert!(err.message(Lang::En).contains("was refused"), "{bad}: {}", err.message(Lang::En));
        assert!(err.message(Lang::Fr).contains("a été refusé"), "{bad}: {}", err.message(Lang::Fr));
    }
}

#[test]
fn the_table_order_is_a_column_with_a_minus_for_high_to_low() {
    let order = |q: &str| parse_query(q).0.sort;
    assert_eq!(order("sort=value"), TableSort { column: Column::Value, descending: false });
    assert_eq!(order("sort=-source"), TableSort { column: Column::Source, descending: true });
    for column in Column::ALL {
        for descending in [false, true] {
            let f = Filters { sort: TableSort { column, descending }, ..Filters::default() };
            assert_eq!(parse_query(&to_query(&f, &[])), (f, vec![]), "{column:?} {descending}");
        }
    }
    // The default order (by coverage, low to high) is the plain URL.
    assert_eq!(to_query(&Filters { sort: TableSort::parse("coverage").unwrap(), ..Filters::default() }, &[]), "");
    for bad in ["size", "-", "--value", "Value", ""] {
        let (f, notices) = parse_query(&format!("sort={bad}"));
        assert_eq!(f, Filters::default(), "{bad}");
        assert_eq!(notices.len(), 1, "sort={bad} gets a notice");
    }
}

#[test]
fn a_header_click_sorts_low_to_high_then_high_to_low() {
    let by_value = TableSort::default().clicked(Column::Value);
    assert_eq!(by_value, TableSort { column: Column::Value, descending: false });
    assert_eq!(by_value.clicked(Column::Value), TableSort { column: Column::Value, descending: true });
    assert_eq!(by_value.clicked(Column::Value).clicked(Column::Value), by_value);
    assert_eq!(by_value.clicked(Column::Note), TableSort { column: Column::Note, descending: false });
}

#[test]
fn the_table_order_is_no_filter() {
    let sorted = Filters { sort: TableSort { column: Column::Value, descending: true }, ..Filters::default() };
    assert!(!sorted.is_filtering(), "Clear all has nothing to clear");
    assert_eq!(sorted.cleared().sort, sorted.sort, "and keeps the order");
    assert_eq!(sorted.selection(), Filters::default().selection(), "the rows are the same rows");
}

#[test]
fn a_link_s_years_past_the_dataset_s_are_cut_to_them_or_ignored_with_a_notice() {
    let ds = crate::charts::test_support::default_dataset();
    let (lo, hi) = crate::data::rows::year_range(&ds.rows().rows).unwrap();
    let years_after = |query: &str| {
        let (mut f, _) = parse_query(query);
        let notices = f.retain_known(&ds);
        (f.years, notices.iter().map(|n| n.message(Lang::En)).collect::<Vec<_>>())
    };
    // Overlapping: the same rows, in years the menus offer.
    assert_eq!(years_after(&format!("yr={}~{}", lo + 1, hi + 6)), (Some((lo + 1, hi)), vec![]));
    assert_eq!(years_after(&format!("yr={}~{}", lo - 10, hi - 1)), (Some((lo, hi - 1)), vec![]));
    // Covering them all: no year filter.
    assert_eq!(years_after(&format!("yr={}~{}", lo - 1, hi + 1)), (None, vec![]));
    // Missing them all: ignored, and said so.
    let after = hi + 5;
    assert_eq!(years_after(&format!("yr={after}~{}", after + 10)), (None, vec![format!("Ignored the link parameter \u{201c}yr={after}~{}\u{201d}.", after + 10)]));
    // One year is said as one year, as the link wrote it.
    assert_eq!(years_after(&format!("yr={after}")), (None, vec![format!("Ignored the link parameter \u{201c}yr={after}\u{201d}.")]));
    // Within them: as the link says.
    assert_eq!(years_after(&format!("yr={}~{}", lo + 1, lo + 2)), (Some((lo + 1, lo + 2)), vec![]));
}

#[test]
fn a_repeated_list_adds_to_the_first_and_a_repeated_value_says_the_one_it_overrode() {
    let (f, notices) = parse_query("?cat=returns&cat=rescue_at_sea~returns&geo=spain&geo=morocco&src=a&src=b");
    assert_eq!(f.categories, ["rescue_at_sea".to_string(), "returns".to_string()].into());
    assert_eq!(f.geographies, [Geography::Morocco, Geography::Spain].into());
    assert_eq!(f.sources, ["a".to_string(), "b".to_string()].into());
    assert!(notices.is_empty(), "{notices:?}");

    let (f, notices) = parse_query("?lang=fr&cov=full&lang=ar&cov=full&theme=dark&theme=nope&yr=2018&yr=2019~2020");
    assert_eq!((f.lang, f.coverage, f.theme, f.years), (Some(Lang::Ar), CoverageFilter::FullYear, Theme::Dark, Some((2019, 2020))));
    let said: Vec<String> = notices.iter().map(|n| n.value.clone()).collect();
    // The same value twice is no conflict; an invalid repeat is said as invalid and overrides nothing.
    assert_eq!(said, ["lang=fr", "theme=nope", "yr=2018"]);
}

#[test]
fn a_year_range_written_backwards_is_read_forwards() {
    assert_eq!(parse_query("?yr=2024~2018"), (Filters { years: Some((2018, 2024)), ..Filters::default() }, vec![]));
    assert_eq!(parse_query("?yr=2019").0.years, Some((2019, 2019)));
}

#[test]
fn a_dataset_or_embed_parameter_given_twice_keeps_the_last_and_says_the_first() {
    let query = "?data=data/mine.json&embed=1&data=data/other.json&chart=trend";
    assert_eq!(parse_query(query).1, vec![Notice { about: Key::IgnoredParameter, value: "data=data/mine.json".into() }]);
    let kept = passthrough(query);
    assert_eq!(kept, [("embed", "1"), ("data", "data/other.json"), ("chart", "trend")].map(|(k, v)| (k.to_string(), v.to_string())));
    assert!(parse_query("?data=a.json&data=a.json").1.is_empty(), "the same twice is no conflict");
    // Told apart by their whole values, not by what a notice quotes of them.
    let long = "data/a-dataset-with-a-long-name-of-its-own";
    assert_eq!(parse_query(&format!("?data={long}-1.json&data={long}-2.json")).1.len(), 1);
    // An invalid repeat is ignored, as said, and overrides nothing.
    for (query, kept, said) in [("?embed=1&embed=true", ("embed", "1"), "embed=true"), ("?embed=1&chart=trend&chart=trnd", ("chart", "trend"), "chart=trnd")] {
        assert!(passthrough(query).contains(&(kept.0.to_string(), kept.1.to_string())), "{query}");
        assert_eq!(parse_query(query).1.iter().map(|n| n.value.as_str()).collect::<Vec<_>>(), [said], "{query}");
    }
}

#[test]
fn a_table_page_is_read_from_one_and_kept_for_the_table_only() {
    let (f, notices) = parse_query("view=table&page=4");
    assert_eq!((f.page, notices), (3, vec![]));
    // The charts have no page: it goes, unsaid, and the link has none.
    let (f, notices) = parse_query("page=4");
    assert_eq!((f.page, notices), (0, vec![]));
    assert_eq!(to_query(&Filters { page: 3, ..Filters::default() }, &[]), "");
    // The first page is the plain table.
    assert_eq!(to_query(&Filters { view: View::Table, ..Filters::default() }, &[]), "view=table");
    for bad in ["0", "-1", "abc", "2.5", ""] {
        let (f, notices) = parse_query(&format!("view=table&page={bad}"));
        assert_eq!(f.page, 0, "{bad}");
        assert_eq!(notices, vec![Notice { about: Key::IgnoredParameter, value: format!("page={bad}") }], "{bad}");
    }
    // Given twice, the last.
    let (f, notices) = parse_query("view=table&page=2&page=5");
    assert_eq!(f.page, 4);
    assert_eq!(notices.len(), 1, "{notices:?}");
}
