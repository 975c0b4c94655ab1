//! View state: the filters every view reads, and their form in the URL.
//! Pure Rust; the components keep it in one signal and sync it with history.

pub mod embed;
pub mod filters;
pub mod url;

pub use filters::*;
pub use crate::data::IdSet;
