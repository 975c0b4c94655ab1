//! What the filters offer: the chips, menus and kinds of coverage that the
//! other filters leave figures of, so that no pick empties the view.

use super::Filters;
use crate::data::date::CoverageKind;
use crate::data::{Dataset, Geography};

/// What the filters offer (`Filters::offered`), the categories, indicators
/// and sources by position in the dataset's lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Offered {
    /// By position in the dataset's categories.
    pub categories: Vec<bool>,
    pub geographies: Vec<Geography>,
    pub indicators: Vec<bool>,
    pub sources: Vec<bool>,
    /// Whether a full year's figure, and a year-to-date one, pass the others.
    pub full_year: bool,
    pub year_to_date: bool,
}

impl Filters {
    /// What the filters offer: those categories, geographies, indicators,
    /// sources and kinds of coverage with figures among the rows that every
    /// other filter lets through, so that no pick empties the view (with
    /// "Enforcement" chosen, "People rescued at sea" did, and so did the
    /// chip "Spain"; under Protection "Year to date").
    pub fn offered(&self, ds: &Dataset) -> Offered {
        let shown: Vec<bool> = ds.indicators.iter().map(|i| self.passes_indicator(i)).collect();
        let source_shown = self.sources_shown(ds);
        let (from, to) = self.years.unwrap_or((i32::MIN, i32::MAX));
        let wanted = self.wanted_kind();
        let mut offered = Offered { sources: vec![false; ds.sources.len()], ..Offered::default() };
        // Per row only what needs the row; the rest per indicator after:
        // whether it has a figure of a shown source in the period.
        let mut live = vec![false; ds.indicators.len()];
        for (position, row) in (0u32..).zip(&ds.rows().rows).filter(|(_, row)| row.in_years(from, to)) {
            let (Some(i), Some(s), Some(kind)) = (row.indicator(), row.source(), row.kind()) else { continue };
            let source_passes = source_shown[s] || (row.also && self.shows_a_co_publisher(ds, position));
            if shown[i] && source_passes {
                offered.full_year |= kind == CoverageKind::FullYear;
                offered.year_to_date |= kind == CoverageKind::YearToDate;
            }
            if wanted.is_none_or(|wanted| kind == wanted) {
                live[i] |= source_passes;
                offered.sources[s] |= shown[i];
                // Its co-publishers too, whose pick keeps it.
                if row.also && shown[i] {
                    ds.co_publishers(position).for_each(|at| offered.sources[at] = true);
                }
            }
        }
        // An indicator, a category chip, a geography chip: live under every
        // filter but its own kind's.
        offered.indicators = ds.indicators.iter().zip(&live).map(|(i, live)| *live && self.passes_category_and_geography(i)).collect();
        offered.categories = ds.categories.iter().map(|c| {
            ds.indicators.iter().zip(&live).any(|(i, live)| *live && i.category == c.id && self.in_geographies(i) && self.in_indicators(i))
        }).collect();
        for (i, _) in ds.indicators.iter().zip(&live).filter(|(i, live)| **live && self.in_categories(i) && self.in_indicators(i)) {
            if !offered.geographies.contains(&i.geography) {
                offered.geographies.push(i.geography);
            }
        }
        offered
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::{default_dataset, filters_with};
    use crate::state::CoverageFilter;

    /// A menu offers an indicator or a source exactly when picking it
    /// alone, with every other filter as it is, leaves figures.
    #[test]
    fn a_menu_offers_what_leaves_figures() {
        let ds = default_dataset();
        let mut states = vec![Filters::default()];
        let with = filters_with;
        states.push(with(|f| { f.categories.insert("enforcement".into()); }));
        states.push(with(|f| { f.geographies.insert(Geography::Spain); }));
        states.push(with(|f| f.years = Some((2017, 2017))));
        states.push(with(|f| f.coverage = CoverageFilter::YearToDate));
        states.push(with(|f| { f.sources.insert("le360-2017".into()); }));
        states.push(with(|f| { f.indicators.insert("rescued_at_sea".into()); f.coverage = CoverageFilter::FullYear; }));
        states.push(with(|f| { f.categories.insert("protection".into()); }));
        states.push(with(|f| { f.geographies.insert(Geography::EuExternalBorder); f.categories.insert("europe".into()); }));
        states.push(with(|f| { f.indicators.insert("spain_arrivals".into()); }));
        states.push(with(|f| { f.sources.insert("le360-2017".into()); f.coverage = CoverageFilter::FullYear; }));
        for filters in states {
            let Offered { categories, geographies, indicators, sources, full_year, year_to_date } = filters.offered(&ds);
            for (c, category) in ds.categories.iter().enumerate() {
                let alone = Filters { categories: [category.id.clone()].into_iter().collect(), ..filters.clone() };
                assert_eq!(categories[c], !alone.matching_indices(&ds).is_empty(), "{} under {filters:?}", category.id);
            }
            for geography in [Geography::Morocco, Geography::Spain, Geography::EuExternalBorder] {
                let alone = Filters { geographies: [geography].into_iter().collect(), ..filters.clone() };
                assert_eq!(geographies.contains(&geography), !alone.matching_indices(&ds).is_empty(), "{geography:?} under {filters:?}");
            }
            for (kind, offered) in [(CoverageFilter::FullYear, full_year), (CoverageFilter::YearToDate, year_to_date)] {
                let alone = Filters { coverage: kind, ..filters.clone() };
                assert_eq!(offered, !alone.matching_indices(&ds).is_empty(), "{kind:?} under {filters:?}");
            }
            for (i, indicator) in ds.indicators.iter().enumerate() {
                let alone = Filters { indicators: [indicator.id.clone()].into_iter().collect(), ..filters.clone() };
                assert_eq!(indicators[i], !alone.matching_indices(&ds).is_empty(), "{} under {filters:?}", indicator.id);
            }
            for (s, source) in ds.sources.iter().enumerate() {
                let alone = Filters { sources: [source.id.clone()].into_iter().collect(), ..filters.clone() };
                assert_eq!(sources[s], !alone.matching_indices(&ds).is_empty(), "{} under {filters:?}", source.id);
            }
        }
        let beside_enforcement = with(|f| { f.categories.insert("enforcement".into()); }).offered(&ds);
        assert!(!beside_enforcement.indicators[ds.indicator_position("rescued_at_sea").unwrap()], "not offered beside Enforcement");
        let protection = with(|f| { f.categories.insert("protection".into()); }).offered(&ds);
        assert!(!protection.year_to_date, "Protection's figures are stocks and full years");
        assert_eq!(beside_enforcement.geographies, [Geography::Morocco], "no Spain chip beside Enforcement");
    }
}
