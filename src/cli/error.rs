//! The one error type every subcommand returns: a clear first line for stderr, and
//! optional further lines (other problems, what to do next).

use std::fmt;
use std::io::{self, Write};

/// The exit code of a command that failed: it did not do what was asked.
pub const EXIT_FAILURE: u8 = 1;
/// The exit code of a command that did only part of what was asked: `import-answers`
/// recorded the rows it could use but not the others. (2 is clap's, for usage errors.)
pub const EXIT_PARTIAL: u8 = 3;
/// The exit code of a check that ran and found something needing attention:
/// `verify-evidence` found a file changed since recorded, missing or unreadable.
pub const EXIT_ATTENTION: u8 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    /// Printed first, after `tiaki: `; a script that reads one line gets the gist.
    pub headline: String,
    /// Printed after the headline, one per line.
    pub details: Vec<String>,
    /// Set when the output could not be written: a closed pipe is not worth a message.
    output_error: Option<io::ErrorKind>,
    /// What the process exits with: `EXIT_FAILURE` unless the command did part of its work.
    exit_code: u8,
}

impl CliError {
    pub fn new(headline: impl Into<String>) -> Self {
        Self {
            headline: headline.into(),
            details: Vec::new(),
            output_error: None,
            exit_code: EXIT_FAILURE,
        }
    }

    /// An error for a command that did part of its work: the process exits with
    /// `EXIT_PARTIAL`, so that a script can tell it from one that did nothing.
    pub fn partial(headline: impl Into<String>) -> Self {
        Self {
            exit_code: EXIT_PARTIAL,
            ..Self::new(headline)
        }
    }

    /// The same error, exiting with `code` (`EXIT_ATTENTION`, say).
    #[must_use]
    pub fn with_exit_code(self, code: u8) -> Self {
        Self {
            exit_code: code,
            ..self
        }
    }

    pub fn exit_code(&self) -> u8 {
        self.exit_code
    }

    /// Writes the error to `stderr`. A standard error nobody reads (a closed pipe) is
    /// ignored: there is nowhere left to say anything, and the exit code still tells.
    pub fn report(&self, stderr: &mut impl Write) {
        let _ = write!(stderr, "{self}").and_then(|()| stderr.flush());
    }

    /// True when the reader of standard output went away (`tiaki catalogue | head`).
    pub fn is_closed_pipe(&self) -> bool {
        self.output_error == Some(io::ErrorKind::BrokenPipe)
    }

    #[must_use]
    pub fn with_details(mut self, details: impl IntoIterator<Item = String>) -> Self {
        self.details.extend(details);
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "tiaki: {}", self.headline)?;
        for line in &self.details {
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CliError {}

impl From<io::Error> for CliError {
    fn from(error: io::Error) -> Self {
        Self {
            output_error: Some(error.kind()),
            ..Self::new(format!("could not write the output: {error}"))
        }
    }
}

impl From<anyhow::Error> for CliError {
    /// Keeps the outermost message as the headline and the causes beneath it.
    fn from(error: anyhow::Error) -> Self {
        Self::new(error.to_string()).with_details(
            error
                .chain()
                .skip(1)
                .map(|cause| format!("  caused by: {cause}")),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_comes_first_and_details_follow() {
        let error = CliError::new("a.ron:3:1: unexpected end")
            .with_details(["a.ron:9:2: second".to_owned()]);
        assert_eq!(
            error.to_string(),
            "tiaki: a.ron:3:1: unexpected end\na.ron:9:2: second\n"
        );
    }

    /// Standard error as a closed pipe: every write fails.
    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> io::Result<()> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn an_error_nobody_reads_is_dropped_quietly() {
        CliError::new("gone").report(&mut ClosedPipe);
        let mut stderr = Vec::new();
        CliError::new("said").report(&mut stderr);
        assert_eq!(stderr, b"tiaki: said\n");
    }

    #[test]
    fn work_done_in_part_has_its_own_exit_code() {
        assert_eq!(CliError::new("x").exit_code(), EXIT_FAILURE);
        let partial = CliError::partial("x").with_details(["row 3".to_owned()]);
        assert_eq!(partial.exit_code(), EXIT_PARTIAL);
    }

    #[test]
    fn anyhow_causes_become_details() {
        let error = anyhow::anyhow!("disk full").context("could not save");
        let error = CliError::from(error);
        assert_eq!(error.headline, "could not save");
        assert_eq!(error.details, vec!["  caused by: disk full".to_owned()]);
    }
}
