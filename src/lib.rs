//! Marsad: an embeddable dashboard of Morocco's official irregular-migration figures.
//!
//! The modules follow the data's path: `data` (model, validation, derived
//! facts) → `state` (filters and the URL) → `charts` (pure option builders)
//! → `components` (views). `interop` is the only place that talks to ECharts
//! or browser APIs beyond web-sys basics.

pub mod charts;
pub mod data;
pub mod state;
pub mod text;
pub mod api;
pub mod components;
pub mod interop;
