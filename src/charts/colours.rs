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

/// Each indicator's colour in the charts that draw it by indicator (the
/// trend, the European chart), given among every indicator either may draw
/// under these filters, in the dataset's order: an indicator in both has
/// one colour, whatever else each draws. Each chart giving colours among
/// its own drew Spain's mainland routes blue beside the attempts foiled in
/// the trend and ochre alone in the European chart.
pub struct IndicatorColours<'a> {
    ids: Vec<&'a str>,
    colours: Vec<&'static str>,
}

impl<'a> IndicatorColours<'a> {
    pub fn new(input: &super::Input<'a>) -> Self {
        let ds = input.dataset;
        let europe = super::europe::drawn_indicators(input);
        let ids: Vec<&'a str> = (ds.indicators.iter())
            .filter(|i| input.filters.shows_indicator(ds, &i.id) || europe.iter().any(|(id, _)| *id == i.id))
            .map(|i| i.id.as_str())
            .collect();
        let places: Vec<usize> = ids.iter().map(|id| colour_place(ds, id)).collect();
        IndicatorColours { colours: steady_colours(&places, &[]), ids }
    }

    pub fn of(&self, id: &str) -> &'static str {
        self.ids.iter().position(|i| *i == id).map_or(PALETTE[0], |at| self.colours[at])
    }
}

pub fn palette() -> Vec<charming::element::Color> {
    PALETTE.iter().map(|c| (*c).into()).collect()
}
