use super::*;
use crate::charts::test_support::default_dataset;
use crate::data::Observation;

/// What the filters mean, said of one observation and read from the
/// observation itself rather than from `Dataset::rows`: the statement
/// `matching_indices` is held to.
fn matches(f: &Filters, ds: &Dataset, obs: &Observation) -> bool {
    let Some(coverage) = obs.coverage() else { return false };
    ds.indicators.iter().any(|i| i.id == obs.indicator && f.shows_indicator(ds, &i.id))
        && (f.sources.is_empty() || f.sources.contains(&obs.source) || obs.also_reported_by.iter().any(|id| f.sources.contains(id)))
        && f.years.is_none_or(|(from, to)| coverage.start.year <= to && coverage.end.year >= from)
        && match f.coverage {
            CoverageFilter::All => true,
            CoverageFilter::FullYear => coverage.kind() == CoverageKind::FullYear,
            CoverageFilter::YearToDate => coverage.kind() == CoverageKind::YearToDate,
        }
}

/// The one pass the views share lets through exactly the observations
/// that `matches` accepts, for every combination of categories, coverage
/// kind, a year range and a source, rows with an unknown indicator,
/// an unknown source or dates that don't parse included.
#[test]
fn matching_indices_agree_with_matches() {
    let mut ds = default_dataset();
    ds.observations[0].indicator = "no_such_indicator".into();
    ds.observations[1].source = "no_such_source".into();
    ds.observations[2].end = "2024-02-30".into();
    let categories: Vec<String> = ds.categories.iter().map(|c| c.id.clone()).collect();
    let source = ds.sources[0].id.clone();
    let mut nonempty = 0;
    for mask in 0..1u32 << categories.len() {
        for coverage in [CoverageFilter::All, CoverageFilter::FullYear, CoverageFilter::YearToDate] {
            for years in [None, Some((2017, 2019)), Some((2016, 2016))] {
                // A co-publisher too, which published its figures after another.
                let co_publisher = IdSet::from(["arabkhabar-2024".to_string()]);
                for (sources, geographies) in [IdSet::new(), IdSet::from([source.clone()]), co_publisher, IdSet::from(["no_such_source".to_string()])]
                    .into_iter()
                    .flat_map(|s| [(s.clone(), IdSet::new()), (s, IdSet::from([crate::data::Geography::Spain]))])
                {
                    let f = Filters {
                        categories: (0..categories.len()).filter(|i| mask & (1 << i) != 0).map(|i| categories[i].clone()).collect(),
                        coverage,
                        years,
                        sources,
                        geographies,
                        ..Filters::default()
                    };
                    let expected: Vec<u32> = (0u32..).zip(&ds.observations).filter(|(_, o)| matches(&f, &ds, o)).map(|(i, _)| i).collect();
                    assert_eq!(f.matching_indices(&ds), expected, "{f:?}");
                    // And the report's charts' test of a row: the filters
                    // that choose indicators, and `keeps_row` for the rest.
                    let kept: Vec<u32> = (0u32..)
                        .zip(&ds.observations)
                        .filter(|(p, o)| ds.indicators.iter().any(|i| i.id == o.indicator && f.passes_indicator(i)) && f.keeps_row(&ds, *p))
                        .map(|(p, _)| p)
                        .collect();
                    assert_eq!(kept, expected, "{f:?}");
                    nonempty += usize::from(!expected.is_empty());
                }
            }
        }
    }
    assert!(nonempty > 100, "the combinations let rows through ({nonempty})");
}

/// The regularisation campaign of Dec 15, 2016 – Dec 31, 2017 under
/// 2017 alone left a reader of 2016 with nothing of it.
#[test]
fn a_period_over_two_years_is_in_each() {
    let ds = default_dataset();
    let campaign = ds.observations.iter().position(|o| o.start == "2016-12-15" && o.end == "2017-12-31").expect("the campaign") as u32;
    for years in [(2016, 2016), (2017, 2017), (2014, 2016), (2017, 2020)] {
        let f = Filters { years: Some(years), ..Filters::default() };
        assert!(f.matching_indices(&ds).contains(&campaign), "{years:?}");
        assert!(f.offered(&ds).sources[ds.rows().rows[campaign as usize].source().unwrap()], "its source is offered in {years:?}");
    }
    for years in [(2015, 2015), (2018, 2019)] {
        assert!(!Filters { years: Some(years), ..Filters::default() }.matching_indices(&ds).contains(&campaign), "{years:?}");
    }
    assert_eq!(std::mem::size_of::<crate::data::rows::Row>(), 24, "no bigger per row");
    // Its source is offered under its years, as the filter keeps it.
    let source = ds.rows().rows[campaign as usize].source().unwrap();
    assert!(ds.source_names(crate::data::Lang::En)[source].ends_with(" · 2016–2017"), "{}", ds.source_names(crate::data::Lang::En)[source]);
}

#[test]
fn the_selection_leaves_out_what_does_not_choose_rows() {
    let ds = default_dataset();
    let chosen = Filters { years: Some((2017, 2019)), coverage: CoverageFilter::FullYear, ..Filters::default() };
    let dressed = Filters { log_scale: true, patterns: true, view: View::Table, lang: Some(Lang::Ar), theme: Theme::Dark, ..chosen.clone() };
    assert_eq!(dressed.selection(), chosen);
    assert_eq!(dressed.selection().matching_indices(&ds), dressed.matching_indices(&ds));
    assert_ne!(Filters { years: Some((2018, 2019)), ..dressed.clone() }.selection(), chosen);
}

/// A source that only published figures after another (`also_reported_by`)
/// keeps those figures, and its menu offers it.
#[test]
fn a_co_publisher_keeps_the_figures_it_published() {
    let ds = default_dataset();
    let co = Filters { sources: IdSet::from(["arabkhabar-2024".to_string()]), ..Filters::default() };
    let kept = co.matching_indices(&ds);
    assert_eq!(kept.len(), 5, "{kept:?}");
    assert!(kept.iter().all(|&p| ds.observation(p).also_reported_by.contains(&"arabkhabar-2024".to_string())));
    let at = ds.sources.iter().position(|s| s.id == "arabkhabar-2024").unwrap();
    assert!(Filters::default().offered(&ds).sources[at], "offered in the Source menu");
}

#[test]
fn the_table_s_page_holds_for_its_rows_order_and_view() {
    let paged = || Filters { view: View::Table, page: 3, ..Filters::default() };
    let stepped = |change: &dyn Fn(&mut Filters)| {
        let mut f = paged();
        f.step(change);
        f.page
    };
    // A language, the theme, a chart option, or the page itself: kept.
    assert_eq!(stepped(&|f| f.lang = Some(Lang::Fr)), 3);
    assert_eq!(stepped(&|f| f.theme = Theme::Dark), 3);
    assert_eq!(stepped(&|f| f.log_scale = true), 3);
    assert_eq!(stepped(&|f| f.page = 0), 0, "Previous onto the first page");
    assert_eq!(stepped(&|f| f.page = 5), 5);
    // Other rows, another order or the charts: the first page.
    assert_eq!(stepped(&|f| _ = f.categories.insert("returns".into())), 0);
    assert_eq!(stepped(&|f| f.years = Some((2020, 2021))), 0);
    assert_eq!(stepped(&|f| f.sort = f.sort.clicked(crate::state::Column::Value)), 0);
    assert_eq!(stepped(&|f| f.view = View::Chart), 0);
    // Each of the fields that choose rows.
    assert_eq!(stepped(&|f| _ = f.indicators.insert("returns_total".into())), 0);
    assert_eq!(stepped(&|f| _ = f.sources.insert("frontex".into())), 0);
    assert_eq!(stepped(&|f| _ = f.geographies.insert(crate::data::Geography::Morocco)), 0);
    assert_eq!(stepped(&|f| f.coverage = CoverageFilter::FullYear), 0);
    // Rows sorted by words: a language orders them anew, the theme does not.
    let by_words = |change: &dyn Fn(&mut Filters)| {
        let mut f = Filters { sort: TableSort { column: crate::state::Column::Indicator, descending: false }, ..paged() };
        f.step(change);
        f.page
    };
    assert_eq!(by_words(&|f| f.lang = Some(Lang::Ar)), 0);
    assert_eq!(by_words(&|f| f.theme = Theme::Dark), 3);
    // A page alone is no filter for Clear all to clear.
    assert!(!paged().is_filtering());
}

#[test]
fn a_file_of_filtered_rows_is_named_for_them() {
    let mut f = Filters { view: View::Table, page: 2, lang: Some(Lang::Fr), theme: Theme::Dark, ..Filters::default() };
    assert_eq!(f.file_name_part(), "filtered", "nothing chosen: the view, page, language and theme are not rows");
    f.categories.insert("returns".into());
    f.categories.insert("rescue_at_sea".into());
    f.years = Some((2018, 2024));
    f.coverage = CoverageFilter::FullYear;
    f.sort = f.sort.clicked(crate::state::Column::Value);
    assert_eq!(f.file_name_part(), "filtered-cat-rescue_at_sea~returns_yr-2018~2024_cov-full");
    // Too many to name.
    for i in 0..10 {
        f.sources.insert(format!("source-{i}"));
    }
    assert_eq!(f.file_name_part(), "filtered");
}

#[test]
fn a_link_s_page_past_the_last_is_the_last() {
    let ds = default_dataset();
    // 97 rows: one page.
    let mut f = Filters { view: View::Table, page: 98, ..Filters::default() };
    assert!(f.retain_known(&ds).is_empty(), "no notice: the table shows the last page");
    assert_eq!(f.page, 0);
    let mut f = Filters { view: View::Table, page: 98, ..Filters::default() };
    let model = ds.observations[0].clone();
    let mut big = ds.clone();
    big.observations.extend((0..150).map(|i| Observation { value: f64::from(i), ..model.clone() }));
    f.retain_known(&big);
    assert_eq!(f.page, 2, "247 rows: three pages");
}
