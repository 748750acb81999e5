//! User text made safe for the screen: the crate-wide rules, under the name the views use.

pub use crate::text::{ellipsize, neutralise, one_line, truncate, wrap, wrap_rows};

/// Shown for what nobody has recorded yet (a provider's deployment model): the form offers
/// it as a choice and the views show it, in the same words.
pub const NOT_RECORDED: &str = "not recorded";
