//! Whom some rows come from: the years and publishers a chart's caption
//! names, and each source's name as a filter offers it, with the years of
//! its figures.

use super::{row_years, spanned};
use crate::data::model::{Dataset, Lang, Observation};

/// What a chart's caption says of the rows it shows.
#[derive(Debug, PartialEq)]
pub struct Shown<'d> {
    /// The first and last year (see `year_range`).
    pub years: Option<(i32, i32)>,
    /// Each publisher once, in the order its first figure comes.
    pub publishers: Vec<&'d str>,
    /// Each source once, by its place in the dataset's list, in the same
    /// order: a publisher can stand for several (an embed links each).
    pub sources: Vec<usize>,
}

impl Dataset {
    /// The years and publishers of the rows at `positions`, in one pass over
    /// the rows side by side. The tests' measure of every publisher of some
    /// rows: the app credits the figures its charts draw (`shown_of`).
    #[cfg(test)]
    pub fn shown(&self, positions: &[u32], lang: Lang) -> Shown<'_> {
        let rows = self.rows();
        let mut seen = vec![false; self.sources.len()];
        let mut publishers: Vec<&str> = Vec::new();
        let mut sources = Vec::new();
        let years = super::year_range(positions.iter().map(|&p| &rows.rows[p as usize]).inspect(|row| {
            if let Some(source) = row.source().filter(|&s| !seen[s]) {
                seen[source] = true;
                sources.push(source);
                let publisher = self.sources[source].publisher.get(lang);
                if !publishers.contains(&publisher) {
                    publishers.push(publisher);
                }
            }
        }));
        Shown { years, publishers, sources }
    }

    /// The same for the figures one chart draws, in the order of its marks:
    /// a chart's caption names the publishers of its own figures, not of
    /// every row the filters let through.
    pub fn shown_of<'d>(&'d self, drawn: &[&'d Observation], lang: Lang) -> Shown<'d> {
        let mut publishers: Vec<&str> = Vec::new();
        let mut sources = Vec::new();
        let mut years = None;
        for o in drawn {
            if let Some(coverage) = o.coverage() {
                years = Some(spanned(years, coverage.start.year, coverage.year()));
            }
            if let Some(at) = self.source_position(&o.source) {
                if !sources.contains(&at) {
                    sources.push(at);
                }
                let publisher = self.sources[at].publisher.get(lang);
                if !publishers.contains(&publisher) {
                    publishers.push(publisher);
                }
            }
        }
        Shown { years, publishers, sources }
    }

    /// Each source's name as a filter offers it: its publisher and the years
    /// of its figures ("Morocco World News · 2019"), since one publisher can
    /// stand for several sources (three of Morocco World News in the default
    /// dataset, which a list of publishers alone showed as three alike).
    pub fn source_names(&self, lang: Lang) -> Vec<String> {
        let mut years: Vec<Option<(i32, i32)>> = vec![None; self.sources.len()];
        for (position, row) in (0u32..).zip(&self.rows().rows) {
            if let (Some(source), Some(_)) = (row.source(), row.kind()) {
                years[source] = Some(row_years(years[source], row));
                // The figures a source printed after another are its too,
                // as a source filter keeps them: "ArabKhabar · 2024".
                if row.also {
                    for at in self.co_publishers(position) {
                        years[at] = Some(row_years(years[at], row));
                    }
                }
            }
        }
        let names = self.sources.iter().zip(years).map(|(source, years)| {
            let publisher = source.publisher.get(lang);
            match years {
                Some((a, b)) if a == b => format!("{publisher} · {a}"),
                Some((a, b)) => format!("{publisher} · {a}–{b}"),
                None => publisher.to_string(),
            }
        });
        names.collect()
    }
}
