//! The observations table's order: a column, low to high or high to low. In
//! the filter state and the URL, so that a shared link shows the table, and
//! "CSV of the rows shown" lists them, in the order the reader chose.

use std::cmp::Ordering;

use rustc_hash::FxHashMap;

use crate::data::rows::sort_positions;
use crate::data::{Dataset, Lang, Qualifier};
use crate::text;

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

    /// Whether it is ordered by words, which each language orders its own way.
    pub fn is_words(self) -> bool {
        !matches!(self, Column::Coverage | Column::Value)
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
    /// row took most of a sort at 100,000 rows. Texts go in the reader's
    /// language's order (`collate`): "Maghreb" before "MRE", "Réfugiés" before
    /// "Retours", lower-case names among the others. Ties go by coverage,
    /// oldest first, then in dataset order, either way round. One comparator
    /// type, so the sort is compiled once (a sort per key type cost 6 KB of
    /// wasm).
    pub fn apply(self, order: &mut [u32], dataset: &Dataset, lang: Lang, collate: Collate) {
        let TableSort { column, descending } = self;
        type Compare<'a> = Box<dyn Fn(u32, u32) -> Ordering + 'a>;
        // Labels and publishers by the positions `Dataset::rows` keeps, not by id.
        let rows = dataset.rows();
        let row = |p: u32| &rows.rows[p as usize];
        let obs = |p: u32| dataset.observation(p);
        let coverage = move |a: u32, b: u32| (&obs(a).start, &obs(a).end).cmp(&(&obs(b).start, &obs(b).end));
        let compare: Compare = match column {
            Column::Indicator => {
                let ranks = collate(&dataset.indicators.iter().map(|i| i.label.get(lang)).collect::<Vec<_>>());
                Box::new(move |a, b| row(a).indicator().map(|i| ranks[i]).cmp(&row(b).indicator().map(|i| ranks[i])))
            }
            Column::Coverage => Box::new(coverage),
            Column::Value => Box::new(move |a, b| obs(a).value.total_cmp(&obs(b).value)),
            // By the words the column shows, not the dataset's codes.
            Column::Qualifier => {
                let ranks = collate(&QUALIFIERS.map(|q| text::get(lang, text::qualifier(q))));
                let rank = move |p: u32| ranks[qualifier_place(obs(p).qualifier)];
                Box::new(move |a, b| rank(a).cmp(&rank(b)))
            }
            Column::Source => {
                let ranks = collate(&dataset.sources.iter().map(|s| s.publisher.get(lang)).collect::<Vec<_>>());
                Box::new(move |a, b| row(a).source().map(|s| ranks[s]).cmp(&row(b).source().map(|s| ranks[s])))
            }
            // Each distinct note ranked once: a generated dataset can
            // repeat a few notes over 100,000 rows.
            Column::Note => {
                let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
                let mut notes: Vec<&str> = Vec::new();
                let mut note_of: Vec<usize> = Vec::with_capacity(dataset.observations.len());
                for o in &dataset.observations {
                    let note = o.note.as_ref().map_or("", |n| n.get(lang));
                    let at = match seen.get(note) {
                        Some(&at) => at,
                        None => {
                            seen.insert(note, notes.len());
                            notes.push(note);
                            notes.len() - 1
                        }
                    };
                    note_of.push(at);
                }
                let ranks = collate(&notes);
                Box::new(move |a, b| ranks[note_of[a as usize]].cmp(&ranks[note_of[b as usize]]))
            }
        };
        sort_positions(order, &|a, b| {
            let o = compare(a, b);
            let o = if descending { o.reverse() } else { o };
            if column == Column::Coverage { o } else { o.then_with(|| coverage(a, b)) }
        });
    }
}

/// Gives each of some texts its place in the reader's language's order,
/// equal texts equal places: `Intl.Collator` in the page
/// (`intl::collation_ranks`), code-point order in tests. The sort then
/// compares numbers, and the collator sees each text once, not each pair
/// of rows.
pub type Collate<'c> = &'c dyn Fn(&[&str]) -> Vec<u32>;

const QUALIFIERS: [Qualifier; 3] = [Qualifier::Exact, Qualifier::Approx, Qualifier::AtLeast];

/// A qualifier's place in `QUALIFIERS`: a new one must be given one here.
fn qualifier_place(q: Qualifier) -> usize {
    match q {
        Qualifier::Exact => 0,
        Qualifier::Approx => 1,
        Qualifier::AtLeast => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code-point order, as a stand-in for the browser's collator: a text's
    /// place is how many texts come before it.
    fn code_points(texts: &[&str]) -> Vec<u32> {
        texts.iter().map(|t| texts.iter().filter(|other| other < &t).count() as u32).collect()
    }

    fn dataset_of(values: &[(f64, &str)]) -> Dataset {
        let mut ds = crate::charts::test_support::default_dataset();
        let template = ds.observations[0].clone();
        ds.observations.clear();
        for (value, start) in values {
            let mut o = template.clone();
            o.value = *value;
            o.start = (*start).into();
            ds.observations.push(o);
        }
        ds
    }

    fn sorted(ds: &Dataset, column: Column, descending: bool, lang: Lang, collate: Collate) -> Vec<u32> {
        let mut order: Vec<u32> = (0..ds.observations.len() as u32).collect();
        TableSort { column, descending }.apply(&mut order, ds, lang, collate);
        order
    }

    #[test]
    fn sorts_every_row_on_raw_values_ties_by_coverage() {
        let ds = dataset_of(&[(3.0, "2020-01-01"), (-1.0, "2019-01-01"), (3.0, "2018-01-01"), (f64::NAN, "2021-01-01"), (10.0, "2017-01-01")]);
        let sorted = |column, descending| sorted(&ds, column, descending, Lang::En, &code_points);
        // 10 after 3 (not as text), and NaN last as total_cmp has it; the
        // two 3s oldest first.
        assert_eq!(sorted(Column::Value, false), vec![1, 2, 0, 4, 3]);
        // Equal figures oldest first when reversed too.
        assert_eq!(sorted(Column::Value, true), vec![3, 4, 2, 0, 1]);
        assert_eq!(sorted(Column::Coverage, false), vec![4, 2, 1, 0, 3]);
        assert_eq!(sorted(Column::Indicator, true), vec![4, 2, 1, 0, 3], "one indicator: all ties, by coverage");
    }

    #[test]
    fn texts_go_in_the_order_the_collator_gives_qualifiers_by_their_words() {
        let mut ds = dataset_of(&[(1.0, "2020-01-01"), (2.0, "2020-01-01"), (3.0, "2020-01-01")]);
        // Before any sort, which lays the rows out once for the dataset.
        let sources = ["le360-2017", "yabiladi-iom-2022", "elnashra-2017"];
        for ((o, q), id) in ds.observations.iter_mut().zip([Qualifier::Exact, Qualifier::Approx, Qualifier::AtLeast]).zip(sources) {
            o.qualifier = q;
            o.source = id.into();
        }
        // "about", "as published", "at least"; "au moins", "environ", "tel que publié".
        assert_eq!(sorted(&ds, Column::Qualifier, false, Lang::En, &code_points), vec![1, 0, 2]);
        assert_eq!(sorted(&ds, Column::Qualifier, false, Lang::Fr, &code_points), vec![2, 1, 0]);
        // The collator's order, whatever it is: here the reverse of code points.
        let reversed = |texts: &[&str]| code_points(texts).into_iter().map(|r| u32::MAX - r).collect();
        assert_eq!(sorted(&ds, Column::Qualifier, false, Lang::Fr, &reversed), vec![0, 1, 2]);
        let publishers: Vec<&str> = sources.iter().map(|id| ds.source(id).unwrap().publisher.get(Lang::En)).collect();
        let mut expected: Vec<u32> = vec![0, 1, 2];
        expected.sort_by_key(|&i| publishers[i as usize]);
        assert_eq!(sorted(&ds, Column::Source, false, Lang::En, &code_points), expected, "{publishers:?}");
        expected.reverse();
        assert_eq!(sorted(&ds, Column::Source, false, Lang::En, &reversed), expected);
    }

    #[test]
    fn notes_sort_each_distinct_note_once_none_first_ties_by_coverage() {
        let mut ds = dataset_of(&[(1.0, "2021-01-01"), (2.0, "2020-01-01"), (3.0, "2019-01-01"), (4.0, "2018-01-01")]);
        let note = |text: &str| Some(serde_json::from_value(serde_json::json!({ "en": text })).unwrap());
        for (o, n) in ds.observations.iter_mut().zip([note("b"), None, note("a"), note("b")]) {
            o.note = n;
        }
        let asked = std::cell::RefCell::new(Vec::new());
        let counting = |texts: &[&str]| {
            asked.borrow_mut().push(texts.iter().map(|t| t.to_string()).collect::<Vec<_>>());
            code_points(texts)
        };
        // No note first, then "a", then the two "b"s oldest first.
        assert_eq!(sorted(&ds, Column::Note, false, Lang::En, &counting), vec![1, 2, 3, 0]);
        // The collator saw each note once.
        assert_eq!(asked.borrow().as_slice(), [vec!["b".to_string(), String::new(), "a".into()]]);
        // High to low: the "b"s, still oldest first, then "a", then none.
        assert_eq!(sorted(&ds, Column::Note, true, Lang::En, &code_points), vec![3, 0, 2, 1]);
    }
}
