//! The `tiaki` binary: parse the command line, run it, turn the outcome into an exit code.
//! Exit codes: 0 ok, 1 runtime error, 2 usage error (clap's own).

use std::io;
use std::process::ExitCode;

use tiaki::cli::{self, Cli};

fn main() -> ExitCode {
    match cli::run(Cli::from_env()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            error.report(&mut io::stderr().lock());
            ExitCode::FAILURE
        }
    }
}
