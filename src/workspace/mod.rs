//! The workspace model: what an assessment records. Pure: no files, no terminal.

mod catalogue;
mod edit;
mod model;
mod progress;
mod time;

pub use catalogue::{UnknownCatalogue, known_catalogue};
pub use model::*;
pub use progress::Progress;
pub use time::{Day, Timestamp};
