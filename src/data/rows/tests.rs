use super::*;
use crate::data::model::Lang;

/// Every row says what its observation says, and rows with equal
/// coverages share a number.
#[test]
fn rows_agree_with_their_observations() {
    let ds: Dataset = serde_json::from_str(include_str!("../../../public/data/morocco.json")).unwrap();
    let rows = ds.rows();
    assert_eq!(rows.rows.len(), ds.observations.len());
    for (row, o) in rows.rows.iter().zip(&ds.observations) {
        assert_eq!(row.indicator(), ds.indicator_position(&o.indicator));
        assert_eq!(row.source(), ds.sources.iter().position(|s| s.id == o.source));
        assert_eq!(rows.coverage(row), o.coverage());
        assert_eq!(row.kind(), o.coverage_kind());
        assert_eq!(row.year, o.coverage().unwrap().year());
        assert_eq!(row.value, o.value);
        assert_eq!(row.exact, o.qualifier == Qualifier::Exact);
    }
    assert!(rows.rows.iter().any(|r| !r.exact), "the default dataset has estimates");
    // One subject number per indicator and coverage.
    let positions = 0..ds.observations.len() as u32;
    for a in positions.clone() {
        for b in positions.clone() {
            let (ra, rb) = (&rows.rows[a as usize], &rows.rows[b as usize]);
            let same = ra.indicator() == rb.indicator() && ra.coverage_number() == rb.coverage_number();
            assert_eq!(rows.subject(a) == rows.subject(b), same, "{a} and {b}");
        }
    }
    assert!(rows.subjects < ds.observations.len(), "the default dataset has figures of one subject from two sources");
    assert_eq!((0..ds.observations.len() as u32).filter_map(|p| rows.subject(p)).max(), Some(rows.subjects - 1));
    // What "24 bytes" in the module's comment says, `exact` included.
    assert_eq!(std::mem::size_of::<Row>(), 24);
    for a in &rows.rows {
        for b in &rows.rows {
            assert_eq!(a.coverage_number() == b.coverage_number(), rows.coverage(a) == rows.coverage(b));
        }
    }
    assert!(rows.coverages.len() > 5 && rows.coverages.len() < ds.observations.len(), "coverages are shared");
    for (slot, positions) in rows.of_indicator.iter().enumerate() {
        let expected: Vec<u32> = (0u32..).zip(&ds.observations).filter(|(_, o)| o.indicator == ds.indicators[slot].id).map(|(i, _)| i).collect();
        assert_eq!(positions, &expected);
    }
}

#[test]
fn unknown_ids_and_bad_dates_have_no_position() {
    let mut ds: Dataset = serde_json::from_str(include_str!("../../../public/data/morocco.json")).unwrap();
    ds.observations[0].indicator = "no_such_indicator".into();
    ds.observations[1].source = "no_such_source".into();
    ds.observations[2].end = "2024-02-30".into();
    let rows = ds.rows();
    assert_eq!(rows.rows[0].indicator(), None);
    assert_eq!(rows.rows[1].source(), None);
    assert_eq!((rows.coverage(&rows.rows[2]), rows.rows[2].kind()), (None, None));
    assert!(!rows.of_indicator.iter().flatten().any(|&p| p == 0));
    // Nor a subject: an unknown indicator or bad dates group with nothing.
    assert_eq!((rows.subject(0), rows.subject(2)), (None, None));
    assert!(rows.subject(1).is_some(), "an unknown source still has a subject");
}

#[test]
fn the_year_range_spans_the_rows_whose_dates_parse() {
    let text = include_str!("../../../public/data/morocco.json");
    let fresh: Dataset = serde_json::from_str(text).unwrap();
    let years: Vec<i32> = fresh.observations[1..].iter().filter_map(|o| o.coverage()).map(|c| c.year()).collect();
    let all = (*years.iter().min().unwrap(), *years.iter().max().unwrap());
    assert!(all.0 < all.1);
    // A bad date (year 1900) is left out, not taken as the first year.
    let mut ds: Dataset = serde_json::from_str(text).unwrap();
    ds.observations[0].start = "1900-01-01".into();
    ds.observations[0].end = "1900-02-30".into();
    let rows = ds.rows();
    assert_eq!(year_range(&rows.rows), Some(all));
    assert_eq!(year_range(&rows.rows[1..2]), Some((rows.rows[1].year, rows.rows[1].year)));
    assert_eq!(year_range(&rows.rows[0..1]), None);
    assert_eq!(year_range(&[]), None);
}

#[test]
fn a_source_is_named_by_its_publisher_and_the_years_of_its_figures() {
    let ds: Dataset = serde_json::from_str(include_str!("../../../public/data/morocco.json")).unwrap();
    let names = ds.source_names(Lang::En);
    let name = |id: &str| names[ds.sources.iter().position(|s| s.id == id).unwrap()].as_str();
    // One publisher, three sources, each told apart.
    assert_eq!([name("mwn-2018"), name("mwn-dgsn-2019"), name("mwn-dgsn-2020")], ["Morocco World News · 2018", "Morocco World News · 2019", "Morocco World News · 2020"]);
    assert_eq!(name("yabiladi-iom-2022"), "Yabiladi (EFE) · 2021–2022");
    // A second publisher, by the years of the figures it printed after another.
    assert!(name("arabkhabar-2024").ends_with(" · 2024"), "{}", name("arabkhabar-2024"));
    assert_eq!(ds.source_names(Lang::Fr)[ds.sources.iter().position(|s| s.id == "kaayxol-2025").unwrap()], "Kaayxol (ministère) · 2025");
    let distinct: std::collections::HashSet<&String> = names.iter().collect();
    assert_eq!(distinct.len(), ds.sources.len(), "no two sources named alike: {names:#?}");
}

#[test]
fn shown_rows_give_their_years_and_each_publisher_once_in_order() {
    let ds: Dataset = serde_json::from_str(include_str!("../../../public/data/morocco.json")).unwrap();
    let publisher_of = |o: &Observation| ds.source(&o.source).unwrap().publisher.get(Lang::En);
    let mut in_order: Vec<&str> = ds.observations.iter().map(publisher_of).collect();
    let mut once = std::collections::HashSet::new();
    in_order.retain(|p| once.insert(*p));
    assert!(in_order.len() > 2, "{in_order:?}");
    // Each source once, by its place in the list, in the order of its first figure.
    let mut sources: Vec<usize> = ds.observations.iter().map(|o| ds.sources.iter().position(|s| s.id == o.source).unwrap()).collect();
    let mut once_source = std::collections::HashSet::new();
    sources.retain(|s| once_source.insert(*s));
    assert!(sources.len() > in_order.len(), "a publisher stands for several sources: {sources:?}");
    let all: Vec<u32> = (0..ds.observations.len() as u32).collect();
    assert_eq!(ds.shown(&all, Lang::En), Shown { years: year_range(&ds.rows().rows), publishers: in_order.clone(), sources });
    // Backwards, the publishers come in the order of the rows given.
    let backwards: Vec<u32> = all.iter().rev().copied().collect();
    let last_first = publisher_of(ds.observations.last().unwrap());
    assert_eq!(ds.shown(&backwards, Lang::En).publishers[0], last_first);
    // One publisher's rows: that publisher alone, over its own years.
    let theirs: Vec<u32> = all.iter().copied().filter(|&p| publisher_of(ds.observation(p)) == in_order[1]).collect();
    let years = year_range(theirs.iter().map(|&p| &ds.rows().rows[p as usize]));
    let their_sources: Vec<usize> = (0..ds.sources.len()).filter(|&s| ds.sources[s].publisher.get(Lang::En) == in_order[1] && theirs.iter().any(|&p| ds.observation(p).source == ds.sources[s].id)).collect();
    let shown = ds.shown(&theirs, Lang::En);
    assert_eq!((shown.years, shown.publishers), (years, vec![in_order[1]]));
    let mut sorted = shown.sources.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, their_sources);
    assert_eq!(ds.shown(&[], Lang::En), Shown { years: None, publishers: vec![], sources: vec![] });
}
