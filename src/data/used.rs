//! What of a dataset's lists has figures. The filters offer only those: a
//! category, indicator, source or geography without a figure could only
//! empty the dashboard. A dataset may list what it has no figure for: the
//! default lists two sources that published a report's figures second,
//! beside the first publisher its figures cite.

use super::model::{Dataset, Geography};
use super::rows::Row;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Used {
    /// By position in `Dataset::indicators`.
    pub indicators: Vec<bool>,
    /// By position in `Dataset::sources`.
    pub sources: Vec<bool>,
    /// By position in `Dataset::categories`: a category with an indicator
    /// that has figures.
    pub categories: Vec<bool>,
    /// The geographies of indicators that have figures.
    pub geographies: Vec<Geography>,
}

impl Used {
    pub(super) fn new(ds: &Dataset, rows: &[Row]) -> Used {
        let mut indicators = vec![false; ds.indicators.len()];
        let mut sources = vec![false; ds.sources.len()];
        for row in rows {
            if let Some(i) = row.indicator() {
                indicators[i] = true;
            }
            if let Some(s) = row.source() {
                sources[s] = true;
            }
        }
        let mut categories = vec![false; ds.categories.len()];
        let mut geographies = Vec::new();
        for indicator in ds.indicators.iter().zip(&indicators).filter(|(_, used)| **used).map(|(i, _)| i) {
            if let Some(c) = ds.categories.iter().position(|c| c.id == indicator.category) {
                categories[c] = true;
            }
            if !geographies.contains(&indicator.geography) {
                geographies.push(indicator.geography);
            }
        }
        Used { indicators, sources, categories, geographies }
    }
}

impl Dataset {
    /// Made with the rows, once per dataset.
    pub fn used(&self) -> &Used {
        &self.rows().used
    }
}

#[cfg(test)]
mod tests {
    use crate::charts::test_support::default_dataset;
    use crate::data::Geography;

    #[test]
    fn the_default_dataset_has_figures_for_everything_but_two_second_publishers() {
        let ds = default_dataset();
        let used = ds.used();
        assert!(used.indicators.iter().chain(&used.categories).all(|u| *u));
        assert_eq!(used.geographies, [Geography::Morocco, Geography::Spain, Geography::EuExternalBorder]);
        // Listed beside a report's figures that cite its first publisher.
        let unused: Vec<&str> = ds.sources.iter().zip(&used.sources).filter(|(_, u)| !**u).map(|(s, _)| s.id.as_str()).collect();
        assert_eq!(unused, ["planeteverte-2023", "arabkhabar-2024"]);
    }

    #[test]
    fn what_has_no_figure_is_not_used() {
        let mut ds = default_dataset();
        let european = |id: &str| ds.indicator(id).is_some_and(|i| i.category == "europe");
        let kept: Vec<_> = ds.observations.iter().filter(|o| !european(&o.indicator)).cloned().collect();
        ds.observations = kept;
        let frontex = ds.sources.iter().position(|s| s.id == "frontex-2025").unwrap();
        let used = ds.used();
        assert_eq!(used.geographies, [Geography::Morocco]);
        assert_eq!(used.categories, [true, true, true, true, false]);
        assert!(!used.sources[frontex]);
        let spain = ds.indicators.iter().position(|i| i.id == "spain_arrivals").unwrap();
        assert!(!used.indicators[spain]);
        assert_eq!(used.indicators.iter().filter(|u| **u).count(), ds.indicators.len() - 4);
    }
}
