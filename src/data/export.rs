//! Observations as CSV for people who take the data away: UTF-8 with a BOM
//! (so spreadsheet programs read Arabic and French correctly), one row per
//! observation, with its exact coverage, qualifier and source URL.

use super::date::CoverageKind;
use super::model::{Dataset, Lang, Observation, Qualifier};
use super::number::number_text;

/// `note` is the figure's own; `scope_note` is its indicator's ("Attempts
/// are events, not people"), which a figure taken away must not lose.
/// `also_source_urls`, the figure's other publications separated by spaces
/// (which a URL never holds), comes last, as the newest, so that the columns
/// before it keep their places.
pub const HEADER: [&str; 17] = [
    "indicator", "indicator_label", "category", "unit", "geography", "start", "end", "coverage_kind",
    "end_is_report_date", "value", "qualifier", "source", "publisher", "source_url", "note", "scope_note",
    "also_source_urls",
];

fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

/// CSV bytes for `rows`, labels in `lang` (English where missing).
pub fn to_csv(ds: &Dataset, rows: &[&Observation], lang: Lang) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    write_record(&mut out, HEADER);
    for o in rows {
        let indicator = ds.indicator(&o.indicator);
        let source = ds.source(&o.source);
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
        write_record(&mut out, [
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
            source.map(|s| s.publisher.get(lang).to_string()).unwrap_or_default(),
            source.map(|s| s.url.clone()).unwrap_or_default(),
            o.note.as_ref().map(|n| n.get(lang).to_string()).unwrap_or_default(),
            indicator.and_then(|i| i.scope_note.as_ref()).map(|n| n.get(lang).to_string()).unwrap_or_default(),
            o.also_reported_by.iter().filter_map(|id| ds.source(id)).map(|s| s.url.as_str()).collect::<Vec<_>>().join(" "),
        ]);
    }
    out
}

/// One CSV record and its CRLF, as RFC 4180 writes it (and Excel, which
/// some readers' tools expect):
/// a field is quoted, its quotes doubled, when it holds a quote, a comma or
/// a line break (a record of one empty field, which it would quote too, is
/// never written here). By hand rather than with the csv crate's writer,
/// which cost the gzipped wasm 18 KB: it chooses its quoting style at run
/// time, so the f64 and i128 parsers (and tables) of a style we never use
/// came with it, and std's io errors with their formatting. The tests read
/// every record back with the csv crate's reader.
fn write_record<I: IntoIterator<Item = S>, S: AsRef<str>>(out: &mut Vec<u8>, fields: I) {
    for (i, field) in fields.into_iter().enumerate() {
        let field = field.as_ref().as_bytes();
        if i > 0 {
            out.push(b',');
        }
        if field.iter().any(|b| matches!(b, b'"' | b',' | b'\r' | b'\n')) {
            out.push(b'"');
            for &b in field {
                if b == b'"' {
                    out.push(b'"');
                }
                out.push(b);
            }
            out.push(b'"');
        } else {
            out.extend_from_slice(field);
        }
    }
    out.extend_from_slice(b"\r\n");
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
        assert_eq!(&seed[15], "Attempts are events, not people: one person can be counted several times.");
        assert_eq!(&seed[16], "https://www.arabkhabar.com/a/3538697", "the report's other publication");
        let rescued = records.iter().find(|r| &r[0] == "rescued_at_sea").unwrap();
        assert_eq!(&rescued[15], "", "no scope note");
        assert_eq!(&rescued[16], "", "no other publication");
        let french = to_csv(&ds, &rows[..1], Lang::Fr);
        assert!(String::from_utf8(french).unwrap().lines().count() == 2);
    }

    /// What a spreadsheet or the csv crate reads back.
    fn read_back(bytes: &[u8]) -> Vec<Vec<String>> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
        reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect()
    }

    #[test]
    fn fields_with_quotes_commas_and_line_breaks_read_back_whole() {
        let fields = ["plain", "a, b", "the \"exact\" figure", "two\nlines", "cr\r\nlf", "", "مرصد، ٢٠٢٤", "\"", ","];
        let mut out = Vec::new();
        write_record(&mut out, fields);
        write_record(&mut out, ["x"; 9]);
        assert_eq!(read_back(&out), [fields.map(String::from).to_vec(), vec!["x".to_string(); 9]]);
        assert_eq!(out.split(|&b| b == b'\n').next().unwrap(), b"plain,\"a, b\",\"the \"\"exact\"\" figure\",\"two");
        assert!(out.ends_with(b",x\r\n"), "each record ends in CRLF");
    }

    proptest::proptest! {
        #[test]
        fn any_records_read_back_as_written(records in proptest::collection::vec(proptest::collection::vec(".*", 2..6), 1..5)) {
            // After the BOM, as `to_csv` writes: the reader takes a file's
            // leading BOM for one, even as a field's first character.
            let mut out = b"\xEF\xBB\xBF".to_vec();
            for record in &records {
                write_record(&mut out, record);
            }
            proptest::prop_assert_eq!(read_back(&out), records);
        }
    }
}
