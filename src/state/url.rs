//! The filter state as a query string, with short stable names, and the
//! `?data=` dataset path. Lists are joined with `~`.
//!
//! | name  | meaning                      | example                 |
//! |-------|------------------------------|-------------------------|
//! | cat   | categories                   | `cat=enforcement~returns` |
//! | ind   | indicators                   | `ind=attempts_foiled`   |
//! | yr    | year range                   | `yr=2018~2024`          |
//! | cov   | coverage kind                | `cov=full` or `cov=ytd` |
//! | src   | sources                      | `src=yabiladi-2018`     |
//! | geo   | geographies                  | `geo=morocco~spain`     |
//! | log   | log axis                     | `log=1`                 |
//! | pat   | decal patterns on marks      | `pat=1`                 |
//! | view  | chart or table               | `view=table`            |
//! | sort  | table order (`-`: high to low) | `sort=-value`         |
//! | page  | table page, from 1           | `view=table&page=4`     |
//! | lang  | language                     | `lang=fr`               |
//! | theme | light, dark or auto          | `theme=dark`            |
//! | data  | another dataset (same origin)| `data=data/other.json`  |

use super::IdSet;

use super::filters::{CoverageFilter, Filters, Theme, View};
use super::table_order::TableSort;
use crate::data::{Geography, Lang};
use crate::text::{self, Key};

/// Parameters that are not filters but are carried through unchanged.
const PASSTHROUGH: &[&str] = &["data", "embed", "controls", "chart", "id"];

/// Parameters that hold one value: where a link repeats one with another
/// value, the last is taken and the one it overrode is said.
const ONE_VALUE: &[&str] = &["yr", "cov", "log", "pat", "view", "sort", "page", "lang", "theme", "data", "embed", "controls", "chart", "id"];

/// Parse a query string (with or without the leading `?`). Unknown or
/// invalid parameters are skipped, each with a notice; never an error.
/// A repeated list (`cat=a&cat=b`) adds to the first.
pub fn parse_query(query: &str) -> (Filters, Vec<Notice>) {
    let mut filters = Filters::default();
    let mut notices = Vec::new();
    // The parameters of one value taken so far, with their values.
    let mut taken: Vec<(std::borrow::Cow<str>, std::borrow::Cow<str>)> = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let ok = match key.as_ref() {
            "cat" => add_ids(&mut filters.categories, &value),
            "ind" => add_ids(&mut filters.indicators, &value),
            "src" => add_ids(&mut filters.sources, &value),
            "yr" => parse_years(&value).map(|y| filters.years = Some(y)).is_some(),
            "cov" => match value.as_ref() {
                "full" => set(&mut filters.coverage, CoverageFilter::FullYear),
                "ytd" => set(&mut filters.coverage, CoverageFilter::YearToDate),
                "all" => set(&mut filters.coverage, CoverageFilter::All),
                _ => false,
            },
            "geo" => parse_geographies(&value).map(|g| g.iter().for_each(|&g| _ = filters.geographies.insert(g))).is_some(),
            "log" => match value.as_ref() {
                "1" => set(&mut filters.log_scale, true),
                "0" => set(&mut filters.log_scale, false),
                _ => false,
            },
            "pat" => match value.as_ref() {
                "1" => set(&mut filters.patterns, true),
                "0" => set(&mut filters.patterns, false),
                _ => false,
            },
            "view" => match value.as_ref() {
                "chart" => set(&mut filters.view, View::Chart),
                "table" => set(&mut filters.view, View::Table),
                _ => false,
            },
            "sort" => TableSort::parse(&value).map(|sort| filters.sort = sort).is_some(),
            "page" => value.parse::<usize>().ok().filter(|&n| n > 0).map(|n| filters.page = n - 1).is_some(),
            "lang" => lang_from_code(&value).map(|lang| filters.lang = Some(lang)).is_some(),
            "theme" => match value.as_ref() {
                "auto" => set(&mut filters.theme, Theme::Auto),
                "light" => set(&mut filters.theme, Theme::Light),
                "dark" => set(&mut filters.theme, Theme::Dark),
                _ => false,
            },
            k if PASSTHROUGH.contains(&k) => carried(k, &value),
            _ => false,
        };
        if !ok {
            notices.push(Notice { about: Key::IgnoredParameter, value: shorten(&key, &value) });
        } else if ONE_VALUE.contains(&key.as_ref()) {
            match taken.iter_mut().find(|(k, _)| *k == key) {
                Some((_, earlier)) if *earlier != value => {
                    notices.push(Notice { about: Key::IgnoredParameter, value: shorten(&key, earlier) });
                    *earlier = value;
                }
                Some(_) => {}
                None => taken.push((key, value)),
            }
        }
    }
    // A page is the table's: the charts have none to keep.
    if filters.view != View::Table {
        filters.page = 0;
    }
    (filters, notices)
}

/// The query string for a filter state (without `?`), keeping `extra`
/// pass-through pairs such as `data=`. Default values are left out, so the
/// plain dashboard has a plain URL.
pub fn to_query(filters: &Filters, extra: &[(String, String)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    let join = |set: &IdSet<String>| set.iter().cloned().collect::<Vec<_>>().join("~");
    for (key, value) in extra {
        out.append_pair(key, value);
    }
    if !filters.categories.is_empty() {
        out.append_pair("cat", &join(&filters.categories));
    }
    if !filters.indicators.is_empty() {
        out.append_pair("ind", &join(&filters.indicators));
    }
    if let Some((from, to)) = filters.years {
        out.append_pair("yr", &format!("{from}~{to}"));
    }
    if let Some(coverage) = filters.coverage.param() {
        out.append_pair("cov", coverage);
    }
    if !filters.sources.is_empty() {
        out.append_pair("src", &join(&filters.sources));
    }
    if !filters.geographies.is_empty() {
        let geo: Vec<&str> = filters.geographies.iter().map(|g| geography_name(*g)).collect();
        out.append_pair("geo", &geo.join("~"));
    }
    if filters.log_scale {
        out.append_pair("log", "1");
    }
    if filters.patterns {
        out.append_pair("pat", "1");
    }
    if filters.view == View::Table {
        out.append_pair("view", "table");
    }
    if let Some(sort) = filters.sort.param() {
        out.append_pair("sort", &sort);
    }
    if filters.view == View::Table && filters.page > 0 {
        out.append_pair("page", &(filters.page + 1).to_string());
    }
    if let Some(lang) = filters.lang {
        out.append_pair("lang", lang_code(lang));
    }
    if let Some(theme) = filters.theme.param() {
        out.append_pair("theme", theme);
    }
    // `~` and `/` are safe in a query; keep them readable rather than %7E
    // and %2F ("?data=data/other.json", as the README writes it).
    out.finish().replace("%7E", "~").replace("%2F", "/")
}

/// The dashboard's address for a filter state: `page` (its URL without
/// query) and the filters, keeping `data=` so the link opens the same
/// figures. The citation, "Copy link" and an embed's link to the full
/// dashboard give this address. It leaves out the theme, which is the
/// reader's own: a dark-mode reader's link had opened dark for everyone,
/// and an embed's light theme had followed its reader to the dashboard.
pub fn dashboard_link(page: &str, filters: &Filters, data: Option<&str>) -> String {
    let shared = Filters { theme: Theme::Auto, ..filters.clone() };
    let query = to_query(&shared, &data_pair(data));
    if query.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{query}")
    }
}

/// `data=` as the first pass-through pair, where the URL sync puts it too.
pub fn data_pair(data: Option<&str>) -> Vec<(String, String)> {
    data.map(|d| ("data".to_string(), d.to_string())).into_iter().collect()
}

/// Whether a pass-through pair is carried: a misspelt chart or a mistyped
/// switch is not, and is said (`parse_query`): the embed had shown every
/// chart, or `embed=true` the whole dashboard in an article, unsaid.
fn carried(key: &str, value: &str) -> bool {
    match key {
        "chart" => super::ChartId::parse(value).is_some(),
        "embed" | "controls" => matches!(value, "1" | "0"),
        _ => true,
    }
}

/// The pass-through pairs (`data=`, `embed=`…) of a query, to keep across
/// changes: the last valid one of each name, as for the filters
/// (`parse_query`).
pub fn passthrough(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (k, v) in form_urlencoded::parse(query.as_bytes()).filter(|(k, v)| PASSTHROUGH.contains(&k.as_ref()) && carried(k, v)) {
        pairs.retain(|(key, _)| *key != k);
        pairs.push((k.into_owned(), v.into_owned()));
    }
    pairs
}

pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Fr => "fr",
        Lang::Ar => "ar",
    }
}

/// The language `lang_code` writes as `code`, if Marsad speaks it.
pub fn lang_from_code(code: &str) -> Option<Lang> {
    [Lang::En, Lang::Fr, Lang::Ar].into_iter().find(|&lang| lang_code(lang) == code)
}

pub fn geography_name(geo: Geography) -> &'static str {
    match geo {
        Geography::Morocco => "morocco",
        Geography::Spain => "spain",
        Geography::EuExternalBorder => "eu_external_border",
    }
}

/// Something a link asked for that was ignored, for the notice above the
/// dashboard: `about` is one of the `Key::Ignored…` texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub about: Key,
    pub value: String,
}

impl Notice {
    /// What a reader is told, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        text::sentence(lang, self.about, &[("value", &self.value)])
    }
}

fn set<T>(slot: &mut T, value: T) -> bool {
    *slot = value;
    true
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
}

fn add_ids(set: &mut IdSet<String>, value: &str) -> bool {
    let ids: Vec<&str> = value.split('~').filter(|s| !s.is_empty()).collect();
    if ids.is_empty() || set.len() + ids.len() > 200 || !ids.iter().all(|id| is_id(id)) {
        return false;
    }
    for id in ids {
        set.insert(id.to_string());
    }
    true
}

/// `from~to`, or one year; a range written backwards (`2024~2018`) is
/// read forwards, as its reader meant it.
fn parse_years(value: &str) -> Option<(i32, i32)> {
    let (from, to) = value.split_once('~').unwrap_or((value, value));
    let year = |s: &str| s.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
    let (from, to) = (year(from)?, year(to)?);
    Some((from.min(to), from.max(to)))
}

fn parse_geographies(value: &str) -> Option<IdSet<Geography>> {
    value
        .split('~')
        .map(|g| match g {
            "morocco" => Some(Geography::Morocco),
            "spain" => Some(Geography::Spain),
            "eu_external_border" => Some(Geography::EuExternalBorder),
            _ => None,
        })
        .collect()
}

/// Quote at most 40 characters of a hostile parameter back to the reader.
pub(super) fn shorten(key: &str, value: &str) -> String {
    let text = format!("{key}={value}");
    match text.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

#[cfg(test)]
#[path = "url_tests.rs"]
mod tests;
