//! Reusable pieces of the screen.

pub mod finder;
pub mod form;
pub mod list;
pub mod popup;
pub mod text_keys;
