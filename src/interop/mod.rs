//! The only code that talks to ECharts or to browser APIs beyond web-sys
//! basics. Everything here cleans up after itself on drop.

mod axis_labels;
pub mod chart_event;
pub mod download;
mod drawer;
pub mod early_fetch;
pub mod echarts;
pub mod host;
pub mod intl;
pub mod js;
mod drawer_size;
mod legend_layout;
pub mod legend_wrap;
pub mod media;
pub mod panic;
pub mod paper;
pub mod visibility;
