//! Calendar days as the dataset writes them (YYYY-MM-DD).
//!
//! Hand-written rather than pulling a date crate: we only need parsing,
//! ordering and month arithmetic, and every kilobyte of wasm counts.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayError {
    /// Not of the form YYYY-MM-DD.
    Format,
    /// Well formed, but no such day (2023-02-29, 2024-13-01).
    NoSuchDay,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Day {
    pub fn parse(s: &str) -> Result<Day, DayError> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(DayError::Format);
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().map_err(|_| DayError::Format);
        let (year, month, day) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DayError::NoSuchDay);
        }
        Ok(Day { year, month, day })
    }

    pub fn is_first_of_year(&self) -> bool {
        self.month == 1 && self.day == 1
    }

    pub fn is_last_of_month(&self) -> bool {
        self.day == days_in_month(self.year, self.month)
    }

    /// The same calendar day one year earlier (29 Feb becomes 28 Feb).
    pub fn year_before(&self) -> Day {
        let year = self.year - 1;
        Day { year, month: self.month, day: self.day.min(days_in_month(year, self.month)) }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Whether a figure of coverage `c` is one of a report's of coverage
/// `report`: a flow over exactly the report's coverage, or a stock counted
/// on a day within it (refugees recognised "as of mid-September").
pub fn in_report(c: Coverage, report: Coverage) -> bool {
    c == report || (c.start == c.end && report.start <= c.end && c.end <= report.end)
}

/// An observation's coverage, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Coverage {
    pub start: Day,
    pub end: Day,
}

/// Whether a coverage is a whole calendar year or a part of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CoverageKind {
    FullYear,
    YearToDate,
    /// Anything else: spans years, or starts mid-year (a campaign, a stock).
    Other,
}

impl Coverage {
    pub fn parse(start: &str, end: &str) -> Option<Coverage> {
        Some(Coverage { start: Day::parse(start).ok()?, end: Day::parse(end).ok()? })
    }

    pub fn kind(&self) -> CoverageKind {
        let same_year = self.start.year == self.end.year;
        if same_year && self.start.is_first_of_year() && self.end.month == 12 && self.end.day == 31 {
            CoverageKind::FullYear
        } else if same_year && self.start.is_first_of_year() {
            CoverageKind::YearToDate
        } else {
            CoverageKind::Other
        }
    }

    /// The year a chart files this coverage under: the year it ends in.
    /// Whether it runs from the first day of a month to the last of one:
    /// written by its months ("Jan – Sep 2024"), else by its days.
    pub fn is_whole_months(&self) -> bool {
        self.start.day == 1 && self.end.is_last_of_month()
    }

    pub fn year(&self) -> i32 {
        self.end.year
    }

    /// The same months one year earlier: Jan–Sep 2024 gives Jan–Sep 2023.
    pub fn year_before(&self) -> Coverage {
        let end = if self.end.is_last_of_month() {
            let year = self.end.year - 1;
            Day { year, month: self.end.month, day: days_in_month(year, self.end.month) }
        } else {
            self.end.year_before()
        };
        Coverage { start: self.start.year_before(), end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days_and_refuses_others() {
        assert_eq!(Day::parse("2024-02-29"), Ok(Day { year: 2024, month: 2, day: 29 }));
        assert_eq!(Day::parse("2023-02-29"), Err(DayError::NoSuchDay));
        assert_eq!(Day::parse("2024-13-01"), Err(DayError::NoSuchDay));
        assert_eq!(Day::parse("2024-04-31"), Err(DayError::NoSuchDay));
        assert_eq!(Day::parse("2024-9-30"), Err(DayError::Format));
        assert_eq!(Day::parse("30/09/2024"), Err(DayError::Format));
        assert_eq!(Day::parse("+024-01-01"), Err(DayError::Format));
        assert_eq!(Day::parse("1900-02-29"), Err(DayError::NoSuchDay));
        assert!(Day::parse("2000-02-29").is_ok());
    }

    #[test]
    fn classifies_coverage() {
        let c = |a, b| Coverage::parse(a, b).unwrap();
        assert_eq!(c("2024-01-01", "2024-12-31").kind(), CoverageKind::FullYear);
        assert_eq!(c("2024-01-01", "2024-09-30").kind(), CoverageKind::YearToDate);
        assert_eq!(c("2016-12-15", "2017-12-31").kind(), CoverageKind::Other);
        assert_eq!(c("2024-01-01", "2024-09-30").year_before(), c("2023-01-01", "2023-09-30"));
        assert_eq!(c("2024-01-01", "2024-02-29").year_before(), c("2023-01-01", "2023-02-28"));
    }
}
