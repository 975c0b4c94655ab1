//! The data layer: schema, validation and derived facts. Pure Rust, no Leptos.

mod cache;
pub mod date;
pub mod derived;
pub mod export;
mod id_set;
pub mod model;
pub mod number;
pub mod rows;
mod used;
pub(crate) mod text_de;
pub mod validate;

pub use id_set::IdSet;
pub use model::*;
pub use used::Used;
