//! The catalogue of questions and checks, its validation and the built-in copy of the
//! NCSC guidance. Bytes in, checked values out: no terminal, no file system.

mod builtin;
mod migration;
mod model;
mod validate;

pub use builtin::builtin;
pub use migration::{AnswerMove, ItemMove, Migration, OptionRef, builtin_migration};
pub use model::*;
pub use validate::{CatalogueError, ValidationProblem, parse_catalogue};
