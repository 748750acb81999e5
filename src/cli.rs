//! The command line: parse, then run a headless subcommand or open the terminal
//! interface. Subcommands call the same store and domain code as the TUI.

mod answers;
mod args;
mod catalogue;
mod check;
mod error;
mod evidence;
mod problems;
mod report;
mod search;
mod text;
mod transfer;
mod verify;
mod workspaces;

use std::io::{self, IsTerminal, Write};

use clap::CommandFactory;

pub use args::{CatalogueFormat, Cli, Command, ExportFormat, QuestionnaireFormat, ReportFormat};
pub use error::{CliError, EXIT_ATTENTION, EXIT_FAILURE, EXIT_PARTIAL};

use crate::store::{Store, StoreError};

impl From<StoreError> for CliError {
    /// One harmless line: the message may quote a name from a file (an existing
    /// workspace's, an imported one's).
    fn from(error: StoreError) -> Self {
        CliError::new(text::printable(&error.to_string()))
    }
}

/// Runs what the command line asks for, writing results to standard output and notes to
/// standard error. Nothing is printed with `print!` or `eprint!`, which panic when the
/// reader has gone: output goes through handles whose errors are handled.
pub fn run(cli: Cli) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    let mut err = io::stderr().lock();
    let result = dispatch(cli, &mut out, &mut err).and_then(|()| Ok(out.flush()?));
    match result {
        // A reader that stopped early (`tiaki catalogue | head`) is not a failure.
        Err(error) if error.is_closed_pipe() => Ok(()),
        other => other,
    }
}

fn dispatch(cli: Cli, out: &mut impl Write, err: &mut impl Write) -> Result<(), CliError> {
    let data_dir = cli.data_dir.as_deref();
    match cli.command {
        None => {
            // Checked first: without it a script gets the terminal library's bare OS error.
            if !io::stdout().is_terminal() {
                return Err(CliError::new(
                    "the terminal interface needs a terminal; in scripts use a subcommand \
                     (see `tiaki --help`)",
                ));
            }
            let options = crate::tui::Options {
                workspace: cli.workspace,
                ascii: cli.ascii,
                mouse: cli.mouse,
                assessor: cli.assessor,
            };
            Ok(crate::tui::run(Store::open(data_dir)?, &options)?)
        }
        Some(Command::New { name }) => {
            let store = Store::open(data_dir)?;
            let by = assessor(cli.assessor, &store)?;
            workspaces::new(&store, &name, &by, out)
        }
        Some(Command::List) => workspaces::list(&Store::open(data_dir)?, out),
        Some(Command::Demo { force }) => workspaces::demo(&Store::open(data_dir)?, force, out),
        Some(Command::Export {
            workspace,
            format,
            output,
        }) => transfer::export(
            &Store::open(data_dir)?,
            &workspace,
            format,
            output.as_deref(),
            out,
        ),
        Some(Command::Import { file, name }) => {
            transfer::import(&Store::open(data_dir)?, &file, name.as_deref(), out)
        }
        Some(Command::Search {
            workspace,
            query,
            limit,
        }) => search::search(
            &Store::open(data_dir)?,
            &workspace,
            &query,
            limit.get(),
            out,
            err,
        ),
        Some(Command::Validate { file }) => check::validate(&file, out),
        Some(Command::Verify { workspace }) => {
            verify::verify(&Store::open(data_dir)?, &workspace, out)
        }
        Some(Command::VerifyEvidence { workspace, date }) => {
            evidence::verify(&Store::open(data_dir)?, &workspace, date, out)
        }
        Some(Command::Catalogue { format }) => {
            let catalogue = crate::catalogue::builtin();
            match format {
                CatalogueFormat::Text => catalogue::write_text(catalogue, out)?,
                CatalogueFormat::Ron => catalogue::write_ron(catalogue, out)?,
            }
            Ok(())
        }
        Some(Command::Report {
            workspace,
            format,
            output,
            date,
            unknown_disqualifies,
            since,
            verify_evidence,
        }) => report::report(
            &Store::open(data_dir)?,
            &report::ReportRequest {
                workspace: &workspace,
                format,
                output: output.as_deref(),
                date,
                unknown_disqualifies,
                since,
                verify_evidence,
            },
            out,
        ),
        Some(Command::Questionnaire {
            workspace,
            provider,
            format,
            output,
            date,
            due,
        }) => report::questionnaire(
            &Store::open(data_dir)?,
            &report::QuestionnaireRequest {
                workspace: &workspace,
                provider: &provider,
                format,
                output: output.as_deref(),
                date,
                due,
            },
            out,
        ),
        Some(Command::ImportAnswers {
            workspace,
            provider,
            file,
            undo,
        }) => {
            let store = Store::open(data_dir)?;
            let by = assessor(cli.assessor, &store)?;
            match (provider, file) {
                (Some(provider), Some(file)) if !undo => {
                    answers::import_answers(&store, &workspace, &provider, &file, &by, out)
                }
                _ => answers::undo_import(&store, &workspace, &by, out),
            }
        }
        Some(Command::Completions { shell }) => {
            // Generated in memory first: clap_complete panics when its writer fails.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "tiaki", &mut script);
            Ok(out.write_all(&script)?)
        }
    }
}

/// The name a command stamps on what it changes: `--assessor` when given, else the
/// settings' (or the system's) name.
fn assessor(given: Option<String>, store: &Store) -> Result<String, CliError> {
    match given {
        Some(name) if !name.trim().is_empty() => Ok(name.trim().to_owned()),
        _ => Ok(store.load_settings()?.assessor_name()),
    }
}
