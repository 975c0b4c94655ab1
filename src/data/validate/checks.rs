//! The semantic checks that [`validate`](super::validate) runs on a typed
//! dataset: unique ids, part_of loops, dates and coverages, values, and parts
//! that exceed their whole.

use rustc_hash::FxHashMap;

use super::problem::ProblemKind::*;
use super::problem::{number, quote, Problem};
use crate::data::date::{Coverage, Day, DayError};
use crate::data::model::{Dataset, Qualifier};
use crate::data::rows::sort_positions;

/// Map each id to its first position; report the repeats.
pub(super) fn index_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    section: &str,
    noun: &str,
    p: &mut Vec<Problem>,
) -> FxHashMap<&'a str, usize> {
    let mut seen = FxHashMap::default();
    for (i, id) in ids.enumerate() {
        if let Some(first) = seen.get(id) {
            p.push(Problem::new(
                format!("$.{section}[{i}].id"),
                DuplicateId,
                format!("{noun} id {} is used more than once: it is first used at $.{section}[{first}].", quote(id)),
            ));
        } else {
            seen.insert(id, i);
        }
    }
    seen
}

/// For each indicator whose part_of links lead back to it (other than
/// straight to itself), the loop written out: `"a" → "b" → "a"`. Linear in
/// the number of indicators: each has one link, so each is walked once.
pub(super) fn part_of_cycles(ds: &Dataset, indicators: &FxHashMap<&str, usize>) -> FxHashMap<usize, String> {
    const SHOWN: usize = 6;
    let next = |i: usize| ds.indicators[i].part_of.as_deref().and_then(|w| indicators.get(w).copied());
    // 0: not seen; 1: on the current walk; 2: done.
    let mut state = vec![0u8; ds.indicators.len()];
    let mut loops = FxHashMap::default();
    for start in 0..ds.indicators.len() {
        let mut walk = Vec::new();
        let mut current = Some(start);
        while let Some(i) = current {
            match state[i] {
                0 => {
                    state[i] = 1;
                    walk.push(i);
                    current = next(i);
                }
                1 => {
                    let cycle = walk.iter().position(|&w| w == i).map_or(&walk[..0], |at| &walk[at..]);
                    if cycle.len() > 1 {
                        for k in 0..cycle.len() {
                            let id = |t: usize| quote(&ds.indicators[cycle[(k + t) % cycle.len()]].id);
                            let mut text: Vec<String> = (0..cycle.len().min(SHOWN)).map(id).collect();
                            if cycle.len() > SHOWN {
                                text.push("…".to_string());
                            }
                            text.push(id(0));
                            loops.insert(cycle[k], text.join(" → "));
                        }
                    }
                    break;
                }
                _ => break,
            }
        }
        for i in walk {
            state[i] = 2;
        }
    }
    loops
}

/// The day `s` names, or a problem at `path` saying why it names none.
pub(super) fn check_day(s: &str, path: &str, p: &mut Vec<Problem>) -> Option<Day> {
    match Day::parse(s) {
        Ok(day) => Some(day),
        Err(DayError::Format) => {
            p.push(Problem::new(
                path,
                BadDate,
                format!("{} is not a date written YYYY-MM-DD (for example 2024-09-30).", quote(s)),
            ));
            None
        }
        Err(DayError::NoSuchDay) => {
            p.push(Problem::new(path, BadDate, format!("{s} is not a day of the calendar.")));
            None
        }
    }
}

/// Check `start` and `end` of the object at `base`; the coverage when both are sound.
pub(super) fn check_coverage(start: &str, end: &str, base: &str, p: &mut Vec<Problem>) -> Option<Coverage> {
    let s = check_day(start, &format!("{base}.start"), p);
    let e = check_day(end, &format!("{base}.end"), p);
    let (s, e) = (s?, e?);
    if s > e {
        p.push(Problem::new(
            format!("{base}.start"),
            StartAfterEnd,
            format!("Coverage starts on {s}, after it ends on {e}."),
        ));
        return None;
    }
    Some(Coverage { start: s, end: e })
}

/// Why `v` cannot be a count, if it cannot.
pub(super) fn check_value(v: f64) -> Result<(), String> {
    if v.is_nan() {
        Err("The value is not a number (NaN).".to_string())
    } else if v.is_infinite() {
        Err("The value is infinite; a count must be a finite number.".to_string())
    } else if v < 0.0 {
        Err(format!("The value {} is negative; a count cannot be below zero.", number(v)))
    } else if v.fract() != 0.0 {
        // Every unit is a count (people, attempts, networks…): 12.5 people
        // is a typo or a rate, shown and summed as if counted.
        Err(format!("The value {} is not a whole number; a count has no fraction.", number(v)))
    } else {
        Ok(())
    }
}

/// Slack allowed over an approximate whole ("about 1,000").
pub(super) const APPROX_SLACK: f64 = 1.1;

/// What the checks of the observations found of one, for `check_parts`:
/// its sound coverage, the positions of its indicator and source, and
/// whether its value can be a count.
#[derive(Clone, Copy)]
pub(super) struct Found {
    pub coverage: Option<Coverage>,
    pub indicator: Option<usize>,
    pub source: Option<usize>,
    pub value_sound: bool,
}

/// A figure listed twice: the same indicator, period, source, value and
/// qualifier. A copied row was drawn as the source disagreeing with itself
/// ("Garde nationale: 3,800" twice, in "Where sources disagree"). Its notes
/// may differ: it is still the one figure. Found by sorting positions by
/// keys made once, with the one sort the wasm holds for positions: a sort
/// reading each observation's key at each comparison took 93 ms natively at
/// 100,000 rows (this one about 25), and a sort of its own cost 4.5 KB of
/// wasm.
pub(super) fn check_repeats(ds: &Dataset, found: &[Found], p: &mut Vec<Problem>) {
    // Packed in four words, made once: the comparisons read them in one
    // place rather than from each observation and its findings.
    let day = |d: Day| (d.year as u64) << 9 | (d.month as u64) << 5 | d.day as u64;
    let keys: Vec<Option<[u64; 4]>> = ds
        .observations
        .iter()
        .zip(found)
        .map(|(o, f)| match (f.indicator, f.coverage, f.source) {
            (Some(k), Some(c), Some(source)) if f.value_sound => {
                Some([(k as u64) << 32 | source as u64, day(c.start) << 32 | day(c.end), o.value.to_bits(), o.qualifier as u64])
            }
            _ => None,
        })
        .collect();
    let mut order: Vec<u32> = (0..keys.len() as u32).filter(|&i| keys[i as usize].is_some()).collect();
    // Stable: a key's rows keep their order, its first row first.
    sort_positions(&mut order, &|a, b| keys[a as usize].cmp(&keys[b as usize]));
    // Each repeat's key's first row, by the repeat's place: said in the
    // rows' order.
    let mut first_of: Vec<Option<u32>> = vec![None; keys.len()];
    let mut first = 0;
    for n in 1..order.len() {
        if keys[order[n] as usize] == keys[order[first] as usize] {
            first_of[order[n] as usize] = Some(order[first]);
        } else {
            first = n;
        }
    }
    for (repeat, first) in first_of.into_iter().enumerate().filter_map(|(repeat, first)| Some((repeat, first?))) {
        p.push(Problem::new(
            format!("$.observations[{repeat}]"),
            RepeatedFigure,
            format!("This figure repeats $.observations[{first}]: the same indicator, period, source, value and qualifier. Remove one of them."),
        ));
    }
}

/// A part's observation must not exceed its whole's for the same coverage.
/// Compared with the whole from the same source where there is one (sources
/// may disagree), else with the largest; "at least" wholes bound nothing.
///
/// Each whole's bound is found once per (indicator, coverage) and once per
/// (indicator, coverage, source), so a part is judged in constant time: a
/// scan of the wholes per part was quadratic in a coverage's observations
/// (most of the 270 ms this pass took natively at 100,000 rows). Only the
/// observations of an indicator that is some part's whole are indexed:
/// tables of every observation's key took 45 of the semantic checks' 70 ms
/// natively at 100,000 rows, most of it reading their scattered entries. Keyed by
/// positions, not ids: an unknown indicator or source is reported already,
/// and a whole that names no indicator bounds nothing.
pub(super) fn check_parts(
    ds: &Dataset,
    indicators: &FxHashMap<&str, usize>,
    cycles: &FxHashMap<usize, String>,
    found: &[Found],
    p: &mut Vec<Problem>,
) {
    // Each indicator's whole, where it is compared with one: not for a part
    // of itself (reported) nor on a loop of part_of links (reported too).
    let whole_of: Vec<Option<usize>> = ds
        .indicators
        .iter()
        .enumerate()
        .map(|(k, ind)| {
            let whole = ind.part_of.as_deref().filter(|w| *w != ind.id)?;
            if cycles.contains_key(&k) {
                return None;
            }
            indicators.get(whole).copied()
        })
        .collect();
    let mut is_whole = vec![false; ds.indicators.len()];
    for &w in whole_of.iter().flatten() {
        is_whole[w] = true;
    }
    let limit = |w: usize| {
        let ob = &ds.observations[w];
        if ob.qualifier == Qualifier::Approx {
            ob.value * APPROX_SLACK
        } else {
            ob.value
        }
    };
    // The largest whole, the later one on a tie (as `Iterator::max_by` keeps).
    let keep_largest = |best: &mut usize, w: usize| {
        if limit(w).total_cmp(&limit(*best)).is_ge() {
            *best = w;
        }
    };
    let mut largest_whole: FxHashMap<(usize, Coverage), usize> = FxHashMap::default();
    let mut largest_whole_of_source: FxHashMap<(usize, Coverage, Option<usize>), usize> = FxHashMap::default();
    for (i, (o, f)) in ds.observations.iter().zip(found).enumerate() {
        let (Some(coverage), Some(k)) = (f.coverage, f.indicator) else { continue };
        if is_whole[k] && f.value_sound && o.qualifier != Qualifier::AtLeast {
            largest_whole.entry((k, coverage)).and_modify(|b| keep_largest(b, i)).or_insert(i);
            largest_whole_of_source.entry((k, coverage, f.source)).and_modify(|b| keep_largest(b, i)).or_insert(i);
        }
    }
    for (i, (o, f)) in ds.observations.iter().zip(found).enumerate() {
        // A part whose value is not a count is reported already.
        let (Some(coverage), Some(k), true) = (f.coverage, f.indicator, f.value_sound) else { continue };
        let Some(whole) = whole_of[k] else { continue };
        let same_source = largest_whole_of_source.get(&(whole, coverage, f.source));
        let Some(&largest) = same_source.or_else(|| largest_whole.get(&(whole, coverage))) else { continue };
        if o.value > limit(largest) {
            let Coverage { start, end } = coverage;
            p.push(Problem::new(
                format!("$.observations[{i}].value"),
                PartExceedsWhole,
                format!(
                    "This figure ({} for {}) is larger than the whole it is part of ({} for {} at $.observations[{largest}]) over the same coverage, {start} to {end}.",
                    number(o.value),
                    quote(&o.indicator),
                    number(ds.observations[largest].value),
                    quote(&ds.indicators[whole].id),
                ),
            ));
        }
    }
}
