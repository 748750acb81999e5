//! The `tiaki` binary: parse the command line, run it, turn the outcome into an exit code.
//! Exit codes: 0 ok, 1 runtime error, 2 usage error (clap's own), 3 done in part
//! (`import-answers` with rows it could not use), 4 checked and found something needing
//! attention (`verify-evidence`).

use std::io;
use std::process::ExitCode;

use tiaki::cli::{self, Cli};

fn main() -> ExitCode {
    tiaki::crash::install();
    // Without it a file-size limit kills tiaki mid-save with no message. Failing to set
    // it up changes nothing else, so tiaki carries on.
    let _ = tiaki::signals::ignore_file_size_limit();
    match cli::run(Cli::from_env()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            error.report(&mut io::stderr().lock());
            ExitCode::from(error.exit_code())
        }
    }
}
