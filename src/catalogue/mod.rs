//! The catalogue of questions and checks, its validation and the built-in copy of the
//! NCSC guidance. Bytes in, checked values out: no terminal, no file system.

mod builtin;
mod model;
mod validate;

pub use builtin::builtin;
pub use model::*;
pub use validate::{CatalogueError, ValidationProblem, parse_catalogue};
