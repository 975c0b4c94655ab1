//! Numbers as text, for the CSV, the table's sort keys and the validation's
//! messages: what readers see is written by `Intl` (`interop::intl`).

/// `value` as the shortest text that reads back as it: a whole number with
/// no fraction ("48963"), any other as serde_json writes it ("0.5", "1e-7").
/// Not `f64::to_string`: Rust's float formatter and its tables (7.5 KB of the
/// gzipped wasm) would be in the wasm for this alone.
pub fn number_text(value: f64) -> String {
    // Below 2^53 every whole f64 is an exact i64.
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        return (value as i64).to_string();
    }
    serde_json::to_string(&value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_are_written_as_they_read_back() {
        for (value, text) in [(48963.0, "48963"), (0.0, "0"), (0.5, "0.5"), (1234.25, "1234.25"), (1e15, "1000000000000000")] {
            assert_eq!(number_text(value), text);
        }
        // Past 2^53 and below 1e-5, exponents: still numbers to a CSV reader.
        assert_eq!(number_text(1e-7).parse::<f64>(), Ok(1e-7));
        assert_eq!(number_text(1.5e300).parse::<f64>(), Ok(1.5e300));
    }

    proptest! {
        // A figure of at most 15 significant digits (any count or share a
        // report prints) has one shortest text, which both must write. Past
        // that, two texts can be as short and read back alike, and the two
        // formatters may choose differently (…471.2 and …471.3).
        #[test]
        fn a_figure_is_written_as_display_writes_it(digits in 0u64..1_000_000_000_000_000, scale in 0i32..8) {
            let value = digits as f64 / 10f64.powi(scale);
            if value == 0.0 || value >= 1e-4 {
                prop_assert_eq!(number_text(value), value.to_string());
            }
        }

        #[test]
        fn any_finite_number_reads_back(value in proptest::num::f64::POSITIVE | proptest::num::f64::NEGATIVE | proptest::num::f64::ZERO) {
            prop_assert_eq!(number_text(value).parse::<f64>().unwrap(), value);
        }
    }
}
