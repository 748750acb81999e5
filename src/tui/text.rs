//! User text made safe for the screen: the crate-wide rules, under the name the views use.

pub use crate::text::{ellipsize, neutralise, one_line, truncate, wrap, wrap_rows};
