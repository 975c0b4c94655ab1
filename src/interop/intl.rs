//! Numbers and periods written by the browser's `Intl` for the chosen
//! locale, never by hand: 48,963 (en), 48 963 (fr), ٤٨٬٩٦٣ or 48.963 (ar-MA).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Date, Intl, Object, Reflect};
use rustc_hash::FxHashMap;
use wasm_bindgen::{JsCast, JsValue};

use crate::charts::Format;
use crate::data::date::{Coverage, CoverageKind, Day};
use crate::data::rows::sort_positions;
use crate::data::Lang;

pub fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Fr => "fr",
        Lang::Ar => "ar-MA",
    }
}

pub struct IntlFormat {
    lang: Lang,
    number: Intl::NumberFormat,
    percent: Intl::NumberFormat,
    /// A percentage with its sign, + included.
    change: Intl::NumberFormat,
    year: Intl::DateTimeFormat,
    month_year: Intl::DateTimeFormat,
    day: Intl::DateTimeFormat,
    /// Which counts take the singular (`Format::is_one`).
    plural: Intl::PluralRules,
    /// Coverages written already. `formatRange` costs tens of microseconds
    /// a call, and a redraw writes the same few periods hundreds of times
    /// (5 ms of a filter click at 100,000 rows).
    written: RefCell<FxHashMap<Coverage, String>>,
}

/// Past this many periods the cache starts afresh: a generated dataset can
/// hold a different one per row, and a page should not keep them all.
const MOST_WRITTEN: usize = 4096;

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), &(*v).into());
    }
    o
}

fn utc(day: &Day) -> Date {
    Date::new(&JsValue::from_f64(Date::utc(day.year as f64, (day.month - 1) as f64) + (day.day as f64 - 1.0) * 86_400_000.0))
}

fn write(format: &Intl::NumberFormat, value: f64) -> String {
    format.format().call1(format, &JsValue::from_f64(value)).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// `text` with its first letter as `lang` starts a sentence ("chiffres" →
/// "Chiffres"), by the browser: Rust's case tables cost kilobytes of wasm.
pub fn sentence_start(lang: Lang, text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    let first: String = js_sys::JsString::from(first).to_locale_upper_case(Some(locale(lang))).into();
    first + chars.as_str()
}

/// Each of `texts`' place in `lang`'s order (`Intl.Collator`, numeric:
/// "2 …" before "10 …"), texts the collator finds equal in one place, for
/// the table's sort (`TableSort::apply`), which gives each distinct text
/// once: a few dozen labels or publishers, asked of the collator a pair at
/// a time.
pub fn collation_ranks(lang: Lang, texts: &[&str]) -> Vec<u32> {
    let collator = Intl::Collator::new(&Array::of1(&locale(lang).into()), &options(&[("numeric", "true")]));
    let compare = collator.compare();
    let texts: Vec<JsValue> = texts.iter().map(|t| JsValue::from_str(t)).collect();
    let order_of = |a: u32, b: u32| {
        let sign = compare.call2(&JsValue::NULL, &texts[a as usize], &texts[b as usize]).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        sign.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    };
    let mut sorted: Vec<u32> = (0..texts.len() as u32).collect();
    sort_positions(&mut sorted, &order_of);
    let mut ranks = vec![0; texts.len()];
    for (place, pair) in sorted.windows(2).enumerate() {
        let rank = ranks[pair[0] as usize];
        ranks[pair[1] as usize] = if order_of(pair[0], pair[1]).is_eq() { rank } else { place as u32 + 1 };
    }
    ranks
}

thread_local! {
    static MADE: RefCell<Vec<Rc<IntlFormat>>> = const { RefCell::new(Vec::new()) };
}

impl IntlFormat {
    /// The formatters for `lang`, made once per page: every view asks for
    /// them on every change, and making five `Intl` formatters cost more than
    /// a filter click's formatting (3 ms of a click at 100,000 rows).
    pub fn shared(lang: Lang) -> Rc<IntlFormat> {
        MADE.with(|made| {
            if let Some(f) = made.borrow().iter().find(|f| f.lang == lang) {
                return f.clone();
            }
            let f = Rc::new(IntlFormat::new(lang));
            made.borrow_mut().push(f.clone());
            f
        })
    }

    fn new(lang: Lang) -> IntlFormat {
        let locales = Array::of1(&locale(lang).into());
        IntlFormat {
            lang,
            number: Intl::NumberFormat::new(&locales, &options(&[("maximumFractionDigits", "1")])),
            percent: Intl::NumberFormat::new(&locales, &options(&[("style", "percent"), ("maximumFractionDigits", "1")])),
            change: Intl::NumberFormat::new(&locales, &options(&[("style", "percent"), ("maximumFractionDigits", "1"), ("signDisplay", "exceptZero")])),
            year: Intl::DateTimeFormat::new(&locales, &options(&[("year", "numeric"), ("timeZone", "UTC")])),
            month_year: Intl::DateTimeFormat::new(&locales, &options(&[("month", "short"), ("year", "numeric"), ("timeZone", "UTC")])),
            day: Intl::DateTimeFormat::new(&locales, &options(&[("day", "numeric"), ("month", "short"), ("year", "numeric"), ("timeZone", "UTC")])),
            plural: Intl::PluralRules::new(&locales, &Object::new()),
            written: RefCell::default(),
        }
    }

    /// A change: 0.37 → "+37%", "+37 %", "\u{200e}+37\u{200e}%\u{200e}"; a
    /// change that rounds to 0 gets no sign. The sign is Intl's rather than
    /// ours: in Arabic, Intl puts marks around it that keep it beside its
    /// number, where a "+" written before Intl's text was shown as 37%+.
    pub fn change(&self, ratio: f64) -> String {
        write(&self.change, ratio)
    }

    /// `Format::number` as a JS function (the formatter's bound `format`),
    /// for ECharts to call.
    pub fn number_function(&self) -> js_sys::Function {
        self.number.format()
    }

    /// A plain number, as `Format::number` (callable without the trait in scope).
    pub fn number_text(&self, value: f64) -> String {
        Format::number(self, value)
    }

    pub fn day(&self, day: &Day) -> String {
        format_date(&self.day, day)
    }

    /// A day written "YYYY-MM-DD" (a dataset's last update) as `day` writes
    /// it; the text as it is if it is not one (validation says so already).
    pub fn iso_day(&self, text: &str) -> String {
        Day::parse(text).map_or_else(|_| text.to_string(), |day| self.day(&day))
    }

    fn range(&self, fmt: &Intl::DateTimeFormat, a: &Day, b: &Day) -> String {
        // formatRange is in every current browser but not yet in js-sys.
        let f = Reflect::get(fmt, &"formatRange".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        f.and_then(|f| f.call2(fmt, &utc(a), &utc(b)).ok()).and_then(|v| v.as_string()).unwrap_or_else(|| format!("{a} – {b}"))
    }
}

fn format_date(fmt: &Intl::DateTimeFormat, day: &Day) -> String {
    fmt.format().call1(fmt, &utc(day)).ok().and_then(|v| v.as_string()).unwrap_or_else(|| day.to_string())
}

impl Format for IntlFormat {
    fn number(&self, value: f64) -> String {
        write(&self.number, value)
    }

    fn percent(&self, ratio: f64) -> String {
        write(&self.percent, ratio)
    }

    fn is_one(&self, count: f64) -> bool {
        self.plural.select(count) == "one"
    }

    fn coverage(&self, c: &Coverage) -> String {
        if let Some(text) = self.written.borrow().get(c) {
            return text.clone();
        }
        let text = match c.kind() {
            CoverageKind::FullYear => format_date(&self.year, &c.end),
            _ if c.start == c.end => self.day(&c.end),
            // Whole months by their months; else by their days: a campaign
            // from 15 December 2016 read "Dec 2016 – Dec 2017", and a year
            // one day short of its end "Jan – Dec 2022", as a whole year.
            _ if c.is_whole_months() => self.range(&self.month_year, &c.start, &c.end),
            _ => self.range(&self.day, &c.start, &c.end),
        };
        let mut written = self.written.borrow_mut();
        if written.len() >= MOST_WRITTEN {
            written.clear();
        }
        written.insert(*c, text.clone());
        text
    }

    fn lang(&self) -> Lang {
        self.lang
    }
}
