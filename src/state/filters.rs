//! One filter state for the whole dashboard, and what it selects.

use super::table_order::TableSort;
use super::url::Notice;
use super::IdSet;
use crate::data::date::CoverageKind;
use crate::data::rows::{year_range, Row};
use crate::data::{Dataset, Geography, Indicator, Lang};
use crate::text::Key;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CoverageFilter {
    #[default]
    All,
    FullYear,
    YearToDate,
}

impl CoverageFilter {
    /// Its value in a link (`cov=`), none for the default, as `TableSort::param`.
    pub fn param(self) -> Option<&'static str> {
        match self {
            CoverageFilter::All => None,
            CoverageFilter::FullYear => Some("full"),
            CoverageFilter::YearToDate => Some("ytd"),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Chart,
    Table,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// Its value in a link (`theme=`), none for the default.
    pub fn param(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// The most rows the table draws at once: a page.
pub const TABLE_PAGE_ROWS: usize = 100;

/// Everything a reader has chosen. Empty sets mean "no restriction".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub categories: IdSet<String>,
    pub indicators: IdSet<String>,
    /// Inclusive range of years (a coverage is filed under the year it ends in).
    pub years: Option<(i32, i32)>,
    pub coverage: CoverageFilter,
    pub sources: IdSet<String>,
    pub geographies: IdSet<Geography>,
    /// Log value axis on the featured-period chart, so 210 and 48,963 both read.
    pub log_scale: bool,
    /// Decal patterns on chart marks, for readers who can't tell colours apart.
    pub patterns: bool,
    pub view: View,
    pub sort: TableSort,
    /// The table's page, from 0 (`page=` from 1 in the URL): a shared link
    /// to the fourth hundred rows opened at the first. It holds for the
    /// rows, order and view it was chosen in (`Filters::step`).
    pub page: usize,
    pub lang: Option<Lang>,
    pub theme: Theme,
}

impl Filters {
    /// The category, indicator and geography filters: decided once per
    /// indicator, not once per observation.
    pub(super) fn passes_indicator(&self, indicator: &Indicator) -> bool {
        self.passes_category_and_geography(indicator) && self.in_indicators(indicator)
    }

    pub(super) fn passes_category_and_geography(&self, indicator: &Indicator) -> bool {
        self.in_categories(indicator) && self.in_geographies(indicator)
    }

    pub(super) fn in_categories(&self, indicator: &Indicator) -> bool {
        self.categories.is_empty() || self.categories.contains(&indicator.category)
    }

    pub(super) fn in_geographies(&self, indicator: &Indicator) -> bool {
        self.geographies.is_empty() || self.geographies.contains(&indicator.geography)
    }

    pub(super) fn in_indicators(&self, indicator: &Indicator) -> bool {
        self.indicators.is_empty() || self.indicators.contains(&indicator.id)
    }

    /// Whether each of the dataset's sources passes the source filter.
    pub(super) fn sources_shown(&self, ds: &Dataset) -> Vec<bool> {
        ds.sources.iter().map(|s| self.sources.is_empty() || self.sources.contains(&s.id)).collect()
    }

    /// Whether a source chosen published the figure at `position` too: a
    /// source filter keeps the figures a source published, its own and
    /// those it printed after another (`?src=arabkhabar-2024` had found
    /// nothing, beside rows that said "Also in: ArabKhabar").
    pub(super) fn shows_a_co_publisher(&self, ds: &Dataset, position: u32) -> bool {
        ds.observation(position).also_reported_by.iter().any(|id| self.sources.contains(id))
    }

    /// The kind of coverage the coverage filter keeps, if one.
    pub(super) fn wanted_kind(&self) -> Option<CoverageKind> {
        match self.coverage {
            CoverageFilter::All => None,
            CoverageFilter::FullYear => Some(CoverageKind::FullYear),
            CoverageFilter::YearToDate => Some(CoverageKind::YearToDate),
        }
    }

    /// Whether a row's coverage passes the coverage-kind and year filters.
    fn in_period(&self) -> impl Fn(&Row) -> bool {
        let kind = self.wanted_kind();
        let (from, to) = self.years.unwrap_or((i32::MIN, i32::MAX));
        move |row| row.kind().is_some_and(|k| kind.is_none_or(|wanted| k == wanted)) && row.in_years(from, to)
    }

    /// Positions in `ds.observations` of those that pass every filter, in
    /// dataset order: what the views share, one pass per filter change. It
    /// reads `Dataset::rows`, and decides each indicator and source once
    /// rather than per row. (The tests hold it to a plain per-observation
    /// statement of the same filters.)
    pub fn matching_indices(&self, ds: &Dataset) -> Vec<u32> {
        let shown: Vec<bool> = ds.indicators.iter().map(|i| self.passes_indicator(i)).collect();
        if !shown.contains(&true) {
            return Vec::new();
        }
        let source_shown = self.sources_shown(ds);
        let in_period = self.in_period();
        (0u32..)
            .zip(&ds.rows().rows)
            .filter(|(position, row)| {
                row.indicator().is_some_and(|slot| shown[slot])
                    && in_period(row)
                    && match row.source() {
                        Some(source) => source_shown[source] || (row.also && self.shows_a_co_publisher(ds, *position)),
                        // An id no source has: only its own id lets it through.
                        None => self.sources.is_empty() || self.sources.contains(&ds.observation(*position).source),
                    }
            })
            .map(|(position, _)| position)
            .collect()
    }

    /// Whether the observation at `position` passes the filters that do not
    /// choose indicators: its period (years, kind of coverage), its source
    /// and its indicator's region. The featured report's charts pick their
    /// indicators themselves (the ring keeps its parts when a reader picks
    /// the whole alone), and drew the report's figures whatever the years
    /// or source chosen, beside "0 figures match the filters".
    pub fn keeps_row(&self, ds: &Dataset, position: u32) -> bool {
        let row = &ds.rows().rows[position as usize];
        let source = match row.source() {
            Some(source) => &ds.sources[source].id,
            None => &ds.observation(position).source,
        };
        self.in_period()(row)
            && (self.sources.is_empty() || self.sources.contains(source) || (row.also && self.shows_a_co_publisher(ds, position)))
            && row.indicator().is_some_and(|slot| self.in_geographies(&ds.indicators[slot]))
    }

    /// Whether an indicator passes the category, indicator and geography filters
    /// (the ones that don't depend on a particular observation).
    pub fn shows_indicator(&self, ds: &Dataset, id: &str) -> bool {
        ds.indicators.iter().any(|i| i.id == id && self.passes_indicator(i))
    }

    /// A year range as the filter keeps it, over a dataset whose years are
    /// `all`: none where it is all of them, as a link without `yr=` reads.
    pub fn year_filter(years: (i32, i32), all: (i32, i32)) -> Option<(i32, i32)> {
        (years != all).then_some(years)
    }

    /// Toggle one id in a set filter: add it if absent, remove it if present.
    pub fn toggle(set: &mut IdSet<String>, id: &str) {
        if !set.remove(id) {
            set.insert(id.to_string());
        }
    }

    /// Drop ids the dataset doesn't know, and years it has no figure of,
    /// returning a notice for each; a table page past the last, the last.
    pub fn retain_known(&mut self, ds: &Dataset) -> Vec<Notice> {
        let mut notices = Vec::new();
        let mut keep = |set: &mut IdSet<String>, about: Key, known: &dyn Fn(&str) -> bool| {
            set.retain(|id| {
                let ok = known(id);
                if !ok {
                    notices.push(Notice { about, value: id.clone() });
                }
                ok
            })
        };
        keep(&mut self.categories, Key::IgnoredCategory, &|id| ds.categories.iter().any(|c| c.id == id));
        keep(&mut self.indicators, Key::IgnoredIndicator, &|id| ds.indicators.iter().any(|i| i.id == id));
        keep(&mut self.sources, Key::IgnoredSource, &|id| ds.sources.iter().any(|s| s.id == id));
        // Years past the dataset's: the year menus, which offer only its
        // own, read "2020 – 2014" for a link's 2020–2031. A range that
        // overlaps them is cut to them (the same rows); one that misses
        // them all is ignored, as a link's bad parameter is.
        if let Some((from, to)) = self.years {
            match year_range(&ds.rows().rows) {
                Some((lo, hi)) if from <= hi && to >= lo => self.years = Filters::year_filter((from.max(lo), to.min(hi)), (lo, hi)),
                _ => {
                    let said = if from == to { format!("yr={from}") } else { format!("yr={from}~{to}") };
                    notices.push(Notice { about: Key::IgnoredParameter, value: said });
                    self.years = None;
                }
            }
        }
        // A link's page past the last is the last, in the address too: it
        // had gone on into Copy link and the citation as given.
        if self.page > 0 {
            self.page = self.page.min(self.matching_indices(ds).len().saturating_sub(1) / TABLE_PAGE_ROWS);
        }
        notices
    }

    /// The filters that decide which rows match: not the view, order, table
    /// page, language, theme or chart options. A change of those keeps the
    /// rows without a new pass over them.
    pub fn selection(&self) -> Filters {
        Filters { log_scale: false, patterns: false, view: View::Chart, sort: TableSort::default(), page: 0, lang: None, theme: Theme::Auto, ..self.clone() }
    }

    /// The rows chosen, for the name of a file of them, in the link's own
    /// words: "filtered-cat-returns_yr-2018~2024". Two downloads of other
    /// rows had come as "marsad-filtered-en.csv" and "… (1).csv", and a
    /// researcher could not tell which was which. "filtered" alone where
    /// nothing is chosen, or too much to name.
    pub fn file_name_part(&self) -> String {
        let query = super::url::to_query(&self.selection(), &[]);
        if query.is_empty() || query.len() > 80 {
            return "filtered".into();
        }
        format!("filtered-{}", query.replace('&', "_").replace('=', "-"))
    }

    /// `change` made as one step of the reading: where it changes the rows,
    /// their order or the view, the table goes back to its first page; the
    /// theme or a chart option keeps the page, and a language too, unless
    /// the rows are sorted by words, which it orders anew (its page would
    /// hold other rows).
    pub fn step(&mut self, change: impl FnOnce(&mut Filters)) {
        let before = self.clone();
        change(self);
        let reordered = self.sort != before.sort || (self.lang != before.lang && self.sort.column.is_words());
        if reordered || self.view != before.view || !self.selects_as(&before) {
            self.page = 0;
        }
    }

    /// Whether `other` chooses the same rows, as `selection` would tell,
    /// without a copy of either.
    fn selects_as(&self, other: &Filters) -> bool {
        // Whole, so that a new field must be placed here or among the rest.
        let Filters { categories, indicators, years, coverage, sources, geographies, log_scale: _, patterns: _, view: _, sort: _, page: _, lang: _, theme: _ } = self;
        *categories == other.categories && *indicators == other.indicators && *years == other.years && *coverage == other.coverage && *sources == other.sources && *geographies == other.geographies
    }

    /// Reset every data filter at once, keeping view, the table's order,
    /// language and theme.
    pub fn cleared(&self) -> Filters {
        Filters { log_scale: false, ..self.with_rows_of(&Filters::default()) }
    }

    /// These filters with the rows chosen as in `other`: a chart's Undo puts
    /// back the rows before its click, and keeps the language, view and
    /// chart options chosen since.
    pub fn with_rows_of(&self, other: &Filters) -> Filters {
        Filters { log_scale: self.log_scale, patterns: self.patterns, view: self.view, sort: self.sort, lang: self.lang, theme: self.theme, ..other.clone() }
    }

    pub fn is_filtering(&self) -> bool {
        Filters { page: 0, ..self.clone() } != self.cleared()
    }
}

#[cfg(test)]
#[path = "filters_tests.rs"]
mod tests;
