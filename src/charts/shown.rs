//! What the charts show of the figures the filters let through: the line
//! that says how many only the table lists ("No chart shows 2 of the 3
//! figures that match": the refugees recognised picked, the featured chart
//! draws 2024's 1,638, and 2023's "about 2,300" and 2015's 614 are in the
//! table alone).

use crate::data::{Dataset, Observation};

/// Where `figures` stand in `dataset.observations`, as the filters' matching
/// positions are given (`Input::positions`). A figure held elsewhere (none
/// of the builders' is) has no place there and is left out.
pub fn positions_of(dataset: &Dataset, figures: &[&Observation]) -> Vec<u32> {
    let held = dataset.observations.as_ptr_range();
    let (first, size) = (held.start as usize, std::mem::size_of::<Observation>());
    figures
        .iter()
        .map(|o| *o as *const Observation)
        .filter(|at| held.contains(at))
        .map(|at| ((at as usize - first) / size) as u32)
        .collect()
}

/// The observations some chart shows, drawn or named in a tooltip, marked
/// chart by chart (`mark`), then the matching ones none shows counted.
pub struct InCharts(Vec<bool>);

impl InCharts {
    pub fn new(dataset: &Dataset) -> InCharts {
        InCharts(vec![false; dataset.observations.len()])
    }

    /// Marks the positions one chart shows (`positions_of`).
    pub fn mark(&mut self, positions: &[u32]) {
        for &at in positions {
            if let Some(seen) = self.0.get_mut(at as usize) {
                *seen = true;
            }
        }
    }

    /// How many of the `matching` positions no chart marked.
    pub fn nowhere(&self, matching: &[u32]) -> usize {
        matching.iter().filter(|&&at| !self.0.get(at as usize).copied().unwrap_or(false)).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::test_support::{default_dataset, filters_with, PlainFormat};
    use crate::charts::{composition, discrepancy, europe, featured, trend, Input};
    use crate::state::Filters;

    /// What each chart shows of the figures the filters let through.
    fn nowhere(filters: &Filters) -> (usize, usize) {
        let ds = default_dataset();
        let input = Input::new(&ds, filters, &PlainFormat);
        let mut shown = InCharts::new(&ds);
        for figures in [featured::build_noted(&input).2, trend::build_noted(&input).2, composition::build_noted(&input).2, europe::build_noted(&input).2, discrepancy::dots(&input)] {
            shown.mark(&positions_of(&ds, &figures));
        }
        (shown.nowhere(input.positions()), input.positions().len())
    }

    #[test]
    fn the_figures_no_chart_shows_are_counted() {
        // The refugees recognised: the featured chart's 1,638 of 2024 alone,
        // not 2023's "about 2,300" nor 2015's 614.
        assert_eq!(nowhere(&filters_with(|f| { f.indicators.insert("refugees_recognised".into()); })), (2, 3));
        // A year whose figures no chart draws: all of them.
        assert_eq!(nowhere(&filters_with(|f| f.years = Some((2015, 2016)))), (2, 2));
        // The trend's bars and the other figures of their years, named in
        // their tooltips, are shown.
        let attempts = nowhere(&filters_with(|f| { f.indicators.insert("attempts_foiled".into()); }));
        assert_eq!(attempts.0, 0, "{attempts:?}");
        // Every chart together leaves some of the whole dataset to the table.
        let all = nowhere(&Filters::default());
        assert!(all.0 > 0 && all.0 < all.1, "{all:?}");
    }

    #[test]
    fn a_figure_held_elsewhere_has_no_position() {
        let ds = default_dataset();
        let copy = ds.observations[3].clone();
        assert_eq!(positions_of(&ds, &[&ds.observations[3], &copy, &ds.observations[0]]), vec![3, 0]);
    }
}
