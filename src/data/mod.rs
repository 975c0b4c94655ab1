//! The data layer: schema, validation and derived facts. Pure Rust, no Leptos.

mod cache;
pub mod date;
pub mod derived;
pub mod export;
pub mod model;
pub mod number;
pub mod rows;
pub(crate) mod text_de;
pub mod validate;

pub use model::*;
