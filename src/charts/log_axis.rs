//! The value axis on a log scale, which ECharts ranges badly for a figure
//! of 0, a figure alone and figures of one decade.

/// A log axis for `figures`. A figure of 0 has no place on it: ECharts then
/// ranged it from 1 to 10, every bar at its top. Such an axis starts at 1,
/// where a 0 draws no bar; its tooltip and table still say 0. Figures all
/// in one decade (a figure alone): ECharts widened the axis by half the
/// figure's logarithm each way, 14,260 alone on an axis from 100 to
/// 10,000,000. The axis spans their decade and the one under it, where a
/// bar starts: a figure of 10,000 on an axis from 10,000 drew no bar.
pub fn log_axis(figures: &[f64]) -> charming::component::Axis {
    let axis = charming::component::Axis::new().type_(charming::element::AxisType::Log).log_base(10);
    if figures.iter().any(|&v| v <= 0.0) {
        return axis.min(1);
    }
    // The power of ten at or under `v`, by multiplying: no log10 to round.
    let decade = |v: f64| {
        let mut power = 1.0;
        while power * 10.0 <= v {
            power *= 10.0;
        }
        power
    };
    let (low, high) = figures.iter().fold((f64::INFINITY, 0.0_f64), |(low, high), &v| (low.min(v), high.max(v)));
    // Not for no figure (an empty chart, whose lowest is infinite) nor an
    // infinite one: the decade's loop would not end, and the page hung.
    if low.is_finite() && high.is_finite() && low >= 1.0 && decade(low) == decade(high) {
        let power = decade(low);
        axis.min(power / 10.0).max(power * 10.0)
    } else {
        axis
    }
}
