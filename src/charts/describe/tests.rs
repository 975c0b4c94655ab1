use super::*;
use crate::charts::test_support::*;
use crate::charts::{composition, discrepancy, featured, trend, Input};
use crate::state::Filters;

#[test]
fn featured_points_and_description() {
    let (pts, _) = described(featured::build);
    assert_eq!(pts.len(), 6);
    assert_eq!(pts[1].category, "Smuggling networks dismantled");
    assert_eq!(pts[1].value, 210.0);
    let text = describe(&pts, &PlainFormat);
    assert!(text.contains("6 figures shown"), "{text}");
    // Each with its period and publisher, as its tooltip says.
    assert!(text.contains("Highest: Irregular migration attempts foiled — Jan 2024 – Sep 2024: 48963 · migrantaffairs.info."), "{text}");
    assert!(text.contains("Lowest: Smuggling networks dismantled — Jan 2024 – Sep 2024: 210 · migrantaffairs.info."), "{text}");
}

#[test]
fn a_figure_whose_text_ends_its_own_sentence_gets_no_second_full_stop() {
    let point = |value: f64, text: &str| Point {
        series_index: 0,
        data_index: 0,
        series: String::new(),
        category: "Refugees".into(),
        value,
        text: text.into(),
        stack: None,
        remainder: false,
    };
    let noted = point(1638.0, "As of mid-September 2024, cumulative; exact date not published.");
    assert_eq!(describe(std::slice::from_ref(&noted), &PlainFormat), "1 figure shown. Refugees — As of mid-September 2024, cumulative; exact date not published.");
    let text = describe(&[noted, point(614.0, "2015: 614")], &PlainFormat);
    assert!(text.contains("Highest: Refugees — As of mid-September 2024, cumulative; exact date not published. Lowest: Refugees — 2015: 614."), "{text}");
    assert!(!text.contains(".."), "{text}");
}

#[test]
fn one_figure_is_counted_in_the_singular() {
    let (pts, _) = described(featured::build);
    let one = &pts[..1];
    assert_eq!(describe(one, &PlainFormat), "1 figure shown. Irregular migration attempts foiled — Jan 2024 – Sep 2024: 48963 · migrantaffairs.info.");
    assert!(describe(one, &ArabicPlainFormat).starts_with("رقم واحد معروض."));
    assert!(describe(&pts, &ArabicPlainFormat).starts_with("عدد الأرقام المعروضة: 6."));
    // The count is written as the page writes numbers (Intl: "1,234").
    assert!(describe(&pts, &MarkedFormat).starts_with("#6# figures shown."));
}

#[test]
fn the_disagreements_read_a_line_a_row_with_each_publisher_s_figure() {
    let (pts, _) = described(discrepancy::build);
    let lines = lines_by_category(&pts, crate::data::Lang::En);
    assert_eq!(lines.len(), pts.iter().map(|p| &p.category).collect::<std::collections::BTreeSet<_>>().len());
    assert!(lines.iter().any(|l| l.starts_with("Smuggling networks dismantled") && l.contains("Le360: 73") && l.contains("; North Africa Post: 80")), "{lines:#?}");
}

#[test]
fn bars_under_a_hundredth_of_the_tallest_are_too_short_to_see() {
    let (pts, _) = described(trend::build);
    assert!(some_too_short(&pts), "networks dismantled beside attempts");
    let mut rescue = Filters::default();
    rescue.categories.insert("rescue_at_sea".into());
    let ds = default_dataset();
    assert!(!some_too_short(&points(&crate::charts::option::option(&trend::build(&Input::new(&ds, &rescue, &PlainFormat))))));
    assert!(!some_too_short(&[]));
}

#[test]
fn no_figure_is_described_by_nothing_as_the_panel_says_so() {
    assert_eq!(describe(&[], &PlainFormat), "");
}

#[test]
fn equal_figures_are_said_once_not_as_a_highest_and_a_lowest() {
    let (pts, _) = described(featured::build);
    let mut two = pts[..2].to_vec();
    two[1].value = two[0].value;
    two[1].text = two[0].text.clone();
    two[1].category = two[0].category.clone();
    let text = describe(&two, &PlainFormat);
    assert_eq!(text, "2 figures shown. Each figure: 48963.");
    assert!(describe(&two, &ArabicPlainFormat).contains("كل رقم: 48963."));
    // Said differently (another publisher, "at least"): each as the chart
    // gives it, and not "Each figure: 48963", which "at least" is not.
    two[1].text = "Le360: at least 48963".into();
    let text = describe(&two, &PlainFormat);
    assert!(text.starts_with("2 figures shown. Irregular migration attempts foiled — "), "{text}");
    assert!(!text.contains("Each figure"), "{text}");
    assert!(text.ends_with("; Irregular migration attempts foiled — Le360: at least 48963."), "{text}");
}

#[test]
fn trend_points_skip_gaps_and_describe_the_trend() {
    let ds = default_dataset();
    let mut filters = Filters::default();
    filters.categories.insert("rescue_at_sea".into());
    filters.years = Some((2018, 2024));
    filters.coverage = crate::state::CoverageFilter::FullYear;
    let input = Input::new(&ds, &filters, &PlainFormat);
    let option = serde_json::to_value(trend::build(&input)).unwrap();
    let pts = points(&option);
    assert_eq!(pts.iter().map(|p| p.category.as_str()).collect::<Vec<_>>(), ["2018", "2019", "2021", "2022", "2023", "2024"]);
    assert!(pts[0].announcement(true).contains("2018"), "{}", pts[0].announcement(true));
    let text = describe(&pts, &PlainFormat);
    assert!(text.contains("— 2018: 29715 · Yabiladi (National Migration Observatory) → 2024: 18645 · MRE News (ministry)."), "{text}");
}

fn described(build: fn(&Input) -> charming::Chart) -> (Vec<Point>, String) {
    let ds = default_dataset();
    let filters = Filters::default();
    let input = Input::new(&ds, &filters, &PlainFormat);
    let pts = points(&crate::charts::option::option(&build(&input)));
    let text = describe(&pts, &PlainFormat);
    (pts, text)
}

#[test]
fn only_a_series_over_years_is_described_from_first_to_last_year() {
    for build in [featured::build, discrepancy::build] {
        let (_, text) = described(build);
        assert!(!text.contains("From first to last year"), "{text}");
    }
    let (_, text) = described(trend::build);
    assert!(text.contains("From first to last year, Irregular migration attempts foiled (full year) — 2017: 55000 · Elnashra → 2024: 78685 · MRE News (ministry)."), "{text}");
}

#[test]
fn extremes_of_several_series_name_their_series() {
    let (_, text) = described(trend::build);
    assert!(text.contains("Highest: Irregular migration attempts foiled (full year) — 2018: 88761 · Yabiladi (National Migration Observatory)."), "{text}");
    assert!(text.contains("Lowest: Smuggling networks dismantled (year to date) — Jan 2017 – Nov 2017: 73 · Le360; Report to members of parliament, January–November 2017; Other figures for this year: Jan 2017 – report date: 80 · North Africa Post."), "{text}");
}

#[test]
fn extremes_of_a_ring_are_its_slices() {
    let (_, text) = described(composition::build);
    // Each with where it comes from: the worked-out "(other)" with its sum.
    assert!(text.contains("Highest: Voluntary returns (Interior Ministry) [other]: 2724 (62.1%) — Jan 2024 – Sep 2024: 4388 −\u{a0}1664 =\u{a0}2724 · migrantaffairs.info. Lowest: Voluntary returns coordinated with IOM: 1664 (37.9%) — Jan 2024 – Sep 2024 · migrantaffairs.info."), "{text}");
    assert!(!text.contains(": :"), "{text}");
}

#[test]
fn a_ring_s_parts_are_named_apart_from_their_figures_for_their_rows_headers() {
    let (pts, _) = described(composition::build);
    // Each name whole, on one line, where the canvas wraps it.
    assert_eq!(pts.iter().map(|p| p.category.as_str()).collect::<Vec<_>>(), ["Voluntary returns coordinated with IOM", "Voluntary returns (Interior Ministry) [other]"]);
    // Its row's cell then says its figure, not its name again.
    assert_eq!(crate::text::cited_title(&pts[0].category, &pts[0].text), "1664 (37.9%) \u{2014} Jan 2024 \u{2013} Sep 2024 \u{b7} migrantaffairs.info");
    // French sets its colon apart.
    let ds = default_dataset();
    let filters = Filters { lang: Some(crate::data::Lang::Fr), ..Filters::default() };
    let input = Input::new(&ds, &filters, &PlainFormat);
    let pts = points(&crate::charts::option::option(&composition::build(&input)));
    assert!(pts.iter().all(|p| !p.category.is_empty() && !p.category.ends_with([' ', '\u{a0}', ':'])), "{pts:?}");
    assert!(pts.iter().all(|p| !crate::text::cited_title(&p.category, &p.text).starts_with(':')), "{pts:?}");
}

#[test]
fn a_year_is_announced_once() {
    let (pts, _) = described(trend::build);
    // A series by year keeps its name alone too: "2017" names no figure.
    assert_eq!(pts[0].announcement(false), pts[0].announcement(true));
    assert_eq!(pts[0].announcement(true), "Irregular migration attempts foiled (full year) — 2017: 55000 · Elnashra");
    let partial = pts.iter().find(|p| p.value == 73.0).unwrap();
    // With its own note, and the other publisher's figure for the year,
    // which no bar draws.
    assert_eq!(partial.announcement(true), "Smuggling networks dismantled (year to date) — Jan 2017 – Nov 2017: 73 · Le360; Report to members of parliament, January–November 2017; Other figures for this year: Jan 2017 – report date: 80 · North Africa Post");
    let (pts, _) = described(featured::build);
    // One series, the report: its name is the chart's title, not each
    // step's first words.
    assert!(!several_series(&pts));
    assert_eq!(pts[1].announcement(several_series(&pts)), "Smuggling networks dismantled — Jan 2024 – Sep 2024: 210 · migrantaffairs.info");
    // A total at a date: how exact the date is, not the report's months.
    let refugees = pts.iter().find(|p| p.value == 1638.0).unwrap();
    assert_eq!(refugees.text, "Refugees recognised by the state (BRA) — Sep 2024 (as of the report): 1638 · migrantaffairs.info — As of mid-September 2024, cumulative; exact date not published.");
}


#[test]
fn a_stack_drawn_up_to_its_total_is_one_figure_that_total_among_the_extremes() {
    let (_, text) = described(crate::charts::europe::build);
    // Spain's 2024 arrivals, 63,970, stacked from its routes and what they
    // leave, above Frontex's about 47,000, said with its publisher, without
    // the sum whose last figure, what the routes leave, was heard as the
    // highest; no worked-out remainder as the lowest.
    assert!(text.contains("Highest: Irregular arrivals in Spain — 2024: 63970 · Pledge Times (Spanish Interior Ministry). Lowest: Frontex detections, Western African route — Jan 2025 – Aug 2025: about 12150 · Frontex"), "{text}");
    // Routes picked alone sum to no published figure: each is its own,
    // with its publisher.
    let ds = default_dataset();
    let mut filters = Filters::default();
    for id in ["spain_arrivals_canaries", "spain_arrivals_mainland_balearics"] {
        Filters::toggle(&mut filters.indicators, id);
    }
    let input = Input::new(&ds, &filters, &PlainFormat);
    let text = describe(&points(&crate::charts::option::option(&crate::charts::europe::build(&input))), &PlainFormat);
    assert!(text.contains("Highest: Irregular arrivals in the Canary Islands — 2024: 46843 · Pledge Times (Spanish Interior Ministry). Lowest: Irregular arrivals on the Spanish mainland and Balearic Islands — 2022: 12995 · Infobae"), "{text}");
}

#[test]
fn a_data_table_row_leaves_out_the_category_its_header_gives() {
    // As a citation leaves out the publisher a title starts with.
    let after_category = |text, category| crate::text::cited_title(category, text);
    let featured = "Irregular migration attempts foiled \u{2014} Jan \u{2013} Sep 2024: 48,963 \u{b7} migrantaffairs.info";
    assert_eq!(after_category(featured, "Irregular migration attempts foiled"), "Jan \u{2013} Sep 2024: 48,963 \u{b7} migrantaffairs.info");
    assert_eq!(after_category("2017: 55,000 \u{b7} Elnashra", "2017"), "55,000 \u{b7} Elnashra");
    assert_eq!(after_category("2017\u{a0}: 55\u{202f}000 \u{b7} Elnashra", "2017"), "55\u{202f}000 \u{b7} Elnashra");
    // A part of the year says more than its year; a label that only starts
    // like the category is not it; nothing is left blank.
    assert_eq!(after_category("Jan \u{2013} Sep 2024: 48,963", "2024"), "Jan \u{2013} Sep 2024: 48,963");
    assert_eq!(after_category("Irregular migration attempts foiled: 1", "Irregular migration"), "Irregular migration attempts foiled: 1");
    assert_eq!(after_category("2017", "2017"), "2017");
    assert_eq!(after_category("2017: 5", ""), "2017: 5");
}

#[test]
fn a_png_lists_the_bars_whose_tooltip_names_other_figures_of_their_year() {
    use crate::data::Lang;
    let ds = default_dataset();
    let filters = filters_with(|f| {
        f.categories.insert("enforcement".into());
        f.years = Some((2022, 2024));
        f.coverage = crate::state::filters::CoverageFilter::YearToDate;
    });
    let pts = points(&crate::charts::option::option(&trend::build(&Input::new(&ds, &filters, &PlainFormat))));
    let lines = naming_other_figures(&pts, Lang::En);
    // The New Arab's larger figure for a shorter period of 2022, which the
    // trend's PNG credited without showing it, after the bar it is named by.
    let new_arab = lines.iter().find(|l| l.contains("The New Arab")).expect("The New Arab's line");
    assert!(new_arab.starts_with("Irregular migration attempts foiled (year to date) — Jan 2022 – report date: 40589 · Alyaoum24"), "{new_arab}");
    assert!(new_arab.contains("Other figures for this year: Jan 2022 – Aug 2022: at least 56000 · The New Arab (Anadolu)"), "{new_arab}");
    // A bar with only its own note is not listed: 2022's networks, 125 to
    // the autumn report's date.
    assert!(!lines.iter().any(|l| l.starts_with("Smuggling networks dismantled (year to date) — Jan 2022")), "{lines:#?}");
    assert_eq!(lines.len(), 5, "{lines:#?}");
}

