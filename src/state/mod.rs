//! View state: the filters every view reads, and their form in the URL.
//! Pure Rust; the components keep it in one signal and sync it with history.

pub mod chart_id;
pub mod data_path;
pub mod embed;
pub mod filters;
pub mod offered;
pub mod pages;
pub mod table_order;
pub mod url;

pub use chart_id::ChartId;
pub use filters::*;
pub use offered::Offered;
pub use table_order::{Column, TableSort};
pub use crate::data::IdSet;
