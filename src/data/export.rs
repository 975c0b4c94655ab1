//! Observations as CSV for people who take the data away: UTF-8 with a BOM
//! (so spreadsheet programs read Arabic and French correctly), one row per
//! observation, with its exact coverage, qualifier and source URL.

use super::date::CoverageKind;
use super::model::{Dataset, Lang, Observation, Qualifier};
use super::number::number_text;

pub const HEADER: [&str; 15] = [
    "indicator", "indicator_label", "category", "unit", "geography", "start", "end", "coverage_kind",
    "end_is_report_date", "value", "qualifier", "source", "publisher", "source_url", "note",
];

fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

/// CSV bytes for `rows`, labels in `lang` (English where missing).
pub fn to_csv(ds: &Dataset, rows: &[&Observation], lang: Lang) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = out.write_record(HEADER);
    for o in rows {
        let indicator = ds.indicators.iter().find(|i| i.id == o.indicator);
        let source = ds.sources.iter().find(|s| s.id == o.source);
        let kind = match o.coverage_kind() {
            Some(CoverageKind::FullYear) => "full_year",
            Some(CoverageKind::YearToDate) => "year_to_date",
            _ => "other",
        };
        let qualifier = match o.qualifier {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
        };
        let _ = out.write_record([
            o.indicator.clone(),
            indicator.map(|i| i.label.get(lang).to_string()).unwrap_or_default(),
            indicator.map(|i| i.category.clone()).unwrap_or_default(),
            indicator.map(|i| name(&i.unit)).unwrap_or_default(),
            indicator.map(|i| name(&i.geography)).unwrap_or_default(),
            o.start.clone(),
            o.end.clone(),
            kind.to_string(),
            o.end_is_report_date.to_string(),
            number_text(o.value),
            qualifier.to_string(),
            o.source.clone(),
            source.map(|s| s.publisher.clone()).unwrap_or_default(),
            source.map(|s| s.url.clone()).unwrap_or_default(),
            o.note.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default(),
        ]);
    }
    out.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_bom_header_and_one_row_per_observation() {
        let ds: Dataset = serde_json::from_str(include_str!("../../public/data/morocco.json")).unwrap();
        let rows: Vec<&Observation> = ds.observations.iter().collect();
        let bytes = to_csv(&ds, &rows, Lang::En);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), HEADER);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), ds.observations.len());
        let seed = records.iter().find(|r| &r[0] == "attempts_foiled" && &r[6] == "2024-09-30").unwrap();
        assert_eq!(&seed[5], "2024-01-01");
        assert_eq!(&seed[7], "year_to_date");
        assert_eq!(&seed[9], "48963");
        assert_eq!(&seed[10], "exact");
        assert!(seed[13].starts_with("https://"));
        let french = to_csv(&ds, &rows[..1], Lang::Fr);
        assert!(String::from_utf8(french).unwrap().lines().count() == 2);
    }
}
