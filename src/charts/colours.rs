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
/// among the others. Where one before it has that colour (places 8
/// apart), or `reserved` does, it takes the next free one.
pub fn steady_colours(own: &[usize], reserved: &[usize]) -> Vec<&'static str> {
    let mut taken = [false; PALETTE.len()];
    for &r in reserved {
        taken[r] = true;
    }
    own.iter()
        .map(|&o| {
            // More series than colours: a colour repeats.
            let free = (0..PALETTE.len()).map(|k| (o + k) % PALETTE.len()).find(|&c| !taken[c]);
            let c = free.unwrap_or(o % PALETTE.len());
            taken[c] = true;
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

pub fn palette() -> Vec<charming::element::Color> {
    PALETTE.iter().map(|c| (*c).into()).collect()
}
