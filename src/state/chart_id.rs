//! The dashboard's charts by name. `?chart=` names one, and each chart panel
//! is one. An enum rather than id strings, so that what each chart draws,
//! its title and its notes are matched for every chart: an id string
//! unknown to one of those matches fell through to the trend's.

use crate::text::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartId {
    Featured,
    Trend,
    Composition,
    Europe,
    Discrepancy,
}

impl ChartId {
    /// In the order the dashboard shows them.
    pub const ALL: [ChartId; 5] = [ChartId::Featured, ChartId::Trend, ChartId::Composition, ChartId::Europe, ChartId::Discrepancy];

    /// Its name in `?chart=`, in `data-chart` and in its PNG's file name.
    pub fn as_str(self) -> &'static str {
        match self {
            ChartId::Featured => "featured",
            ChartId::Trend => "trend",
            ChartId::Composition => "composition",
            ChartId::Europe => "europe",
            ChartId::Discrepancy => "discrepancy",
        }
    }

    /// The chart `name` names, if any: a link's unknown `chart=` names none.
    pub fn parse(name: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|chart| chart.as_str() == name)
    }

    /// Its place in `ALL`: a chart kept in a signal the app already has
    /// (`RwSignal<Option<usize>>`), which a new type would add to the wasm.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn title(self) -> Key {
        match self {
            ChartId::Featured => Key::ChartFeatured,
            ChartId::Trend => Key::ChartTrend,
            ChartId::Composition => Key::ChartComposition,
            ChartId::Europe => Key::ChartEurope,
            ChartId::Discrepancy => Key::ChartDiscrepancy,
        }
    }

    /// The featured report's two charts, whose figures are the report's and
    /// whose captions name it rather than their years.
    pub fn of_report(self) -> bool {
        matches!(self, ChartId::Featured | ChartId::Composition)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_chart_is_found_by_its_own_name_and_no_other() {
        for (i, chart) in ChartId::ALL.into_iter().enumerate() {
            assert_eq!(ChartId::parse(chart.as_str()), Some(chart));
            assert_eq!(chart.index(), i);
        }
        let names: Vec<_> = ChartId::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names, ["featured", "trend", "composition", "europe", "discrepancy"], "the names links already carry");
        for unknown in ["", "Trend", "trend ", "<script>", "map"] {
            assert_eq!(ChartId::parse(unknown), None, "{unknown:?}");
        }
    }
}
