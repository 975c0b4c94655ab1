//! Which of a dataset's categories and geographies have figures. A chip
//! without any could only empty the dashboard, so the filter bar leaves it
//! out; a dataset may list what it has no figure for yet. (The menus go
//! further: `Filters::offered`.)

use super::model::{Dataset, Geography};
use super::rows::Row;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Used {
    /// By position in `Dataset::categories`: a category with an indicator
    /// that has figures.
    pub categories: Vec<bool>,
    /// The geographies of indicators that have figures.
    pub geographies: Vec<Geography>,
}

impl Used {
    pub(super) fn new(ds: &Dataset, rows: &[Row]) -> Used {
        let mut indicators = vec![false; ds.indicators.len()];
        for i in rows.iter().filter_map(Row::indicator) {
            indicators[i] = true;
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
        Used { categories, geographies }
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
    fn the_default_dataset_has_figures_in_every_category_and_geography() {
        let used = default_dataset().used().clone();
        assert_eq!(used.categories, [true; 5]);
        assert_eq!(used.geographies, [Geography::Morocco, Geography::Spain, Geography::EuExternalBorder]);
    }

    #[test]
    fn a_category_without_figures_is_not_used() {
        let mut ds = default_dataset();
        let european = |id: &str| ds.indicator(id).is_some_and(|i| i.category == "europe");
        let kept: Vec<_> = ds.observations.iter().filter(|o| !european(&o.indicator)).cloned().collect();
        ds.observations = kept;
        let used = ds.used();
        assert_eq!(used.categories, [true, true, true, true, false]);
        assert_eq!(used.geographies, [Geography::Morocco]);
    }
}
