//! User text made safe for the screen: the crate-wide rules, under the name the views use.

pub use crate::text::{neutralise, one_line, wrap};
