//! The marks' colours: one palette, and each series' colour kept as other
//! series come and go.

/// Okabe–Ito hues, told apart by the common forms of colour blindness,
/// darkened where needed so every mark has 3:1 contrast on both the light
/// background and ECharts' dark one (tested in `tests.rs`).
pub const PALETTE: [&str; 8] =
    ["#0072B2", "#B07800", "#009E73", "#D55E00", "#BE6A9A", "#2B8CC4", "#8C6D00", "#767676"];

/// Colours that stay with what they draw: each of `own` (a place in
/// `PALETTE`, counted on past its end) takes its place's colour whatever
/// else is drawn, so that a series picked alone keeps the colour it had
/// among the others. Where a lower place drawn has that colour too (places
/// 8 apart), or `reserved` does, it takes the next free one, after every
/// series has taken its own: one handed out first cannot take another's.
pub fn steady_colours(own: &[usize], reserved: &[usize]) -> Vec<&'static str> {
    let n = PALETTE.len();
    let mut taken = [false; PALETTE.len()];
    for &r in reserved {
        taken[r] = true;
    }
    let mut given: Vec<Option<usize>> = vec![None; own.len()];
    for (i, &o) in own.iter().enumerate() {
        let lower_claims = own.iter().any(|&other| other < o && other % n == o % n);
        if !taken[o % n] && !lower_claims {
            taken[o % n] = true;
            given[i] = Some(o % n);
        }
    }
    own.iter()
        .zip(given)
        .map(|(&o, given)| {
            let c = given.unwrap_or_else(|| {
                // More series than colours: a colour repeats.
                let c = (0..n).map(|k| (o + k) % n).find(|&c| !taken[c]).unwrap_or(o % n);
                taken[c] = true;
                c
            });
            PALETTE[c]
        })
        .collect()
}

/// An indicator's place for its colour in the charts by indicator (the
/// featured report's, the trend): the featured report's indicators in its
/// order, then the others in the dataset's.
pub fn colour_place(ds: &crate::data::Dataset, id: &str) -> usize {
    let featured = &ds.metadata.featured.indicators;
    match featured.iter().position(|f| f == id) {
        Some(place) => place,
        None => featured.len() + ds.indicators.iter().filter(|i| !featured.contains(&i.id)).position(|i| i.id == id).unwrap_or(0),
    }
}

/// Colours for a chart beside another that gave `given` (its places and
/// their colours): each of `own` (places) that the other draws takes its
/// colour there; the rest are given steadily among themselves, never a
/// colour the shared ones have here nor one of `reserved`. Spain's mainland
/// routes, picked with the attempts foiled, were ochre in the trend and
/// blue alone in the European chart beside it.
pub fn colours_beside(own: &[usize], given: &[(usize, &'static str)], reserved: &[usize]) -> Vec<&'static str> {
    let shared: Vec<Option<&'static str>> = own.iter().map(|p| given.iter().find(|(q, _)| q == p).map(|(_, c)| *c)).collect();
    let mut taken = reserved.to_vec();
    taken.extend(shared.iter().flatten().filter_map(|c| PALETTE.iter().position(|p| p == c)));
    let rest: Vec<usize> = own.iter().zip(&shared).filter(|(_, s)| s.is_none()).map(|(p, _)| *p).collect();
    let mut rest_colours = steady_colours(&rest, &taken).into_iter();
    shared.into_iter().map(|s| s.or_else(|| rest_colours.next()).unwrap_or(PALETTE[0])).collect()
}

pub fn palette() -> Vec<charming::element::Color> {
    PALETTE.iter().map(|c| (*c).into()).collect()
}
