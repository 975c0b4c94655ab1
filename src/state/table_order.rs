//! The observations table's order: a column, low to high or high to low. In
//! the filter state and the URL, so that a shared link shows the table, and
//! "CSV of the rows shown" lists them, in the order the reader chose.

use std::cmp::Ordering;

use crate::data::rows::sort_positions;
use crate::data::{Dataset, Lang, Qualifier};

/// A column of the observations table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Column {
    Indicator,
    #[default]
    Coverage,
    Value,
    Qualifier,
    Source,
    Note,
}

impl Column {
    pub const ALL: [Column; 6] = [Column::Indicator, Column::Coverage, Column::Value, Column::Qualifier, Column::Source, Column::Note];

    /// Its name in the URL (`sort=`) and the page (`data-sort`).
    pub fn name(self) -> &'static str {
        match self {
            Column::Indicator => "indicator",
            Column::Coverage => "coverage",
            Column::Value => "value",
            Column::Qualifier => "qualifier",
            Column::Source => "source",
            Column::Note => "note",
        }
    }
}

/// The table's order: by a column, low to high or (`descending`) high to
/// low. In the URL as `sort=value` or `sort=-value`, so that a shared link
/// shows the table in the order its sender saw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TableSort {
    pub column: Column,
    pub descending: bool,
}

impl TableSort {
    pub fn parse(value: &str) -> Option<TableSort> {
        let (descending, name) = value.strip_prefix('-').map_or((false, value), |name| (true, name));
        let column = Column::ALL.into_iter().find(|c| c.name() == name)?;
        Some(TableSort { column, descending })
    }

    /// For the URL: `None` for the default order, which a plain URL means.
    pub fn param(self) -> Option<String> {
        (self != TableSort::default()).then(|| format!("{}{}", if self.descending { "-" } else { "" }, self.column.name()))
    }

    /// After a click on `column`'s header: low to high, or high to low if it
    /// was already sorted low to high.
    pub fn clicked(self, column: Column) -> TableSort {
        TableSort { column, descending: self.column == column && !self.descending }
    }

    /// Sorts `order` (positions in `dataset`) in this order, on the raw values a
    /// column shows, so that only the page drawn is formatted: formatting every
    /// row took most of a sort at 100,000 rows. Ties keep dataset order, either
    /// way round. One comparator type, so the sort is compiled once (a sort per
    /// key type cost 6 KB of wasm).
    pub fn apply(self, order: &mut [u32], dataset: &Dataset, lang: Lang) {
        let TableSort { column, descending } = self;
        type Compare<'a> = Box<dyn Fn(u32, u32) -> Ordering + 'a>;
        // Labels and publishers by the positions `Dataset::rows` keeps, not by id.
        let rows = dataset.rows();
        let row = |p: u32| &rows.rows[p as usize];
        let obs = |p: u32| dataset.observation(p);
        let compare: Compare = match column {
            Column::Indicator => {
                let labels: Vec<&str> = dataset.indicators.iter().map(|i| i.label.get(lang)).collect();
                let label = move |p: u32| row(p).indicator().map_or("", |i| labels[i]);
                Box::new(move |a, b| label(a).cmp(label(b)))
            }
            Column::Coverage => Box::new(move |a, b| (&obs(a).start, &obs(a).end).cmp(&(&obs(b).start, &obs(b).end))),
            Column::Value => Box::new(move |a, b| obs(a).value.total_cmp(&obs(b).value)),
            Column::Qualifier => Box::new(move |a, b| qualifier_name(obs(a).qualifier).cmp(qualifier_name(obs(b).qualifier))),
            Column::Source => {
                let publisher = move |p: u32| row(p).source().map_or("", |s| dataset.sources[s].publisher.get(lang));
                Box::new(move |a, b| publisher(a).cmp(publisher(b)))
            }
            Column::Note => {
                let note = move |p: u32| obs(p).note.as_ref().map_or("", |n| n.get(lang));
                Box::new(move |a, b| note(a).cmp(note(b)))
            }
        };
        sort_positions(order, &|a, b| {
            let o = compare(a, b);
            if descending { o.reverse() } else { o }
        });
    }
}

/// The dataset's code for a qualifier: the order the column sorts in.
fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::AtLeast => "at_least",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_every_row_on_raw_values_ties_in_dataset_order() {
        let mut ds = crate::charts::test_support::default_dataset();
        let template = ds.observations[0].clone();
        ds.observations.clear();
        for (value, start) in [(3.0, "2020-01-01"), (-1.0, "2019-01-01"), (3.0, "2018-01-01"), (f64::NAN, "2021-01-01"), (10.0, "2017-01-01")] {
            let mut o = template.clone();
            o.value = value;
            o.start = start.into();
            ds.observations.push(o);
        }
        let sorted = |column, descending| {
            let mut order: Vec<u32> = (0..5).collect();
            TableSort { column, descending }.apply(&mut order, &ds, Lang::En);
            order
        };
        // 10 after 3 (not as text), and NaN last as total_cmp has it.
        assert_eq!(sorted(Column::Value, false), vec![1, 0, 2, 4, 3]);
        // Equal figures keep dataset order when reversed too.
        assert_eq!(sorted(Column::Value, true), vec![3, 4, 0, 2, 1]);
        assert_eq!(sorted(Column::Coverage, false), vec![4, 2, 1, 0, 3]);
        assert_eq!(sorted(Column::Indicator, true), vec![0, 1, 2, 3, 4], "one indicator: all ties");
    }
}
