//! A paging legend laid out for a chart on screen: listed whole, or in
//! columns of whole names (`legend_wrap`), and whether a new width needs it
//! laid out again (`Drawer::rewrap`).

use wasm_bindgen::JsValue;

use super::legend_wrap::{self, PagingNames, Wrap};

/// A paging legend's names as measured, and how they wrapped at the width
/// last drawn.
pub(super) struct PagingLegend {
    names: PagingNames,
    wrap: Option<Wrap>,
    /// Where its rows start, if listed whole.
    listed: Option<Vec<usize>>,
}

impl PagingLegend {
    /// Whether a chart `width` px wide lays it out otherwise: other columns
    /// or lines, listed whole or not, or its rows starting elsewhere.
    pub(super) fn moves(&self, width: f64) -> bool {
        let now = self.names.needed(width);
        let listed_now = self.names.listed(now).then(|| self.names.row_starts(width));
        now != self.wrap || listed_now != self.listed
    }
}

/// Lays `option`'s paging legend out for the screen, `width` px wide:
/// listed whole where `PagingNames::listed` says, or in columns of whole
/// names. The legend as laid out (for `Drawer::rewrap`), and the px a
/// listed one's rows add, which its element grows by. For a draw and for
/// a chart out of view alike (`Drawer::fit`).
pub(super) fn lay_out_legend(option: &JsValue, width: f64) -> (Option<PagingLegend>, u32) {
    let Some(names) = legend_wrap::paging_names(option).and_then(PagingNames::measure) else { return (None, 0) };
    let wrap = names.needed(width);
    // No width (hidden): nothing to lay out rows for.
    let listed = width > 0.0 && names.listed(wrap);
    let grown = if listed { names.unpage(option, width).ceil() as u32 } else { 0 };
    if let (Some(wrap), false) = (wrap, listed) {
        legend_wrap::wrap_paged_legend(option, wrap);
    }
    let listed = listed.then(|| names.row_starts(width));
    (Some(PagingLegend { names, wrap, listed }), grown)
}
