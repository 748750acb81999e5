//! The command line's shape (clap derive). Usage errors exit with clap's code 2.

use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::workspace::Day;

/// Assess and compare providers of video, voice and messaging services against the NZ
/// GCSB/NCSC "Principles for Secure Video, Voice, and Messaging Communications".
///
/// Without a subcommand, tiaki opens the terminal interface (on WORKSPACE when given).
/// Everything stays on this machine: tiaki never uses the network.
#[derive(Debug, Parser)]
#[command(
    name = "tiaki",
    version,
    override_usage = "tiaki [OPTIONS] [WORKSPACE]\n       tiaki [OPTIONS] <COMMAND>",
    after_help = "Exit codes: 0 success, 1 an error (said on standard error), 2 a mistake in \
                  the command line, 3 done in part (import-answers: some rows could not be \
                  used, the others were recorded), 4 checked and found something needing \
                  attention (verify-evidence: a file changed, missing or unreadable)."
)]
pub struct Cli {
    /// Folder for workspaces and settings [default: the user's config folder]
    #[arg(long, global = true, env = "TIAKI_DATA_DIR", value_name = "PATH")]
    pub data_dir: Option<PathBuf>,

    /// The name stamped on the changes this run makes [default: the one in the settings,
    /// else the system's full name]
    #[arg(long, global = true, env = "TIAKI_ASSESSOR", value_name = "NAME")]
    pub assessor: Option<String>,

    /// Draw with ASCII characters only, for terminals without Unicode
    #[arg(long)]
    pub ascii: bool,

    /// Let the mouse click and scroll (stops the terminal's own text selection)
    #[arg(long)]
    pub mouse: bool,

    /// Workspace to open, by name or file name (slug)
    #[arg(value_name = "WORKSPACE")]
    pub workspace: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Parses the process's arguments; a usage error exits with clap's message and code 2.
    pub fn from_env() -> Self {
        Self::try_parse_checked(std::env::args_os()).unwrap_or_else(|error| error.exit())
    }

    /// Parses `args`, refusing a WORKSPACE given together with a subcommand, which clap
    /// alone would accept and then ignore.
    pub fn try_parse_checked<I, T>(args: I) -> Result<Self, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let cli = Self::try_parse_from(args)?;
        if let (Some(workspace), Some(_)) = (&cli.workspace, &cli.command) {
            return Err(Self::command().error(
                ErrorKind::ArgumentConflict,
                format!(
                    "WORKSPACE ('{workspace}') opens the terminal interface and cannot be \
                     combined with a subcommand"
                ),
            ));
        }
        Ok(cli)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an empty workspace
    New {
        /// The workspace's name, e.g. "Video conferencing procurement 2026"
        name: String,
    },
    /// List the workspaces with their progress
    List,
    /// Create the demo workspace (slug `demo`) with fictional providers
    Demo {
        /// Replace the demo workspace if it exists (its previous version becomes the backup)
        #[arg(long)]
        force: bool,
    },
    /// Write a workspace out in full, to standard output or a file
    Export {
        /// Name or slug of the workspace
        workspace: String,
        /// The file format to write
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to FILE (atomically) instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Add a workspace from a JSON or RON export, after checking it
    Import {
        file: PathBuf,
        /// Import under this name instead of the one in the file
        #[arg(long)]
        name: Option<String>,
    },
    /// Find items, notes, providers, evidence and actions, as `/` does in the interface;
    /// prints kind, where it belongs and text, tab-separated, best match first
    Search {
        /// Name or slug of the workspace
        workspace: String,
        /// What to look for: its letters in order, not necessarily together
        query: String,
        /// Print at most N results
        #[arg(long, value_name = "N", default_value = "20")]
        limit: std::num::NonZeroUsize,
    },
    /// Check a catalogue or workspace file and report every problem
    Validate { file: PathBuf },
    /// Prove a workspace's record was not altered: check its history's hash chain and that
    /// replaying it gives the workspace as saved; exit code 1 names the first bad event
    Verify {
        /// Name or slug of the workspace, or the path of a workspace file
        workspace: String,
    },
    /// Hash every evidence file again: unchanged, changed since recorded, missing or
    /// unreadable, each with the items relying on it; expired entries are marked
    #[command(
        after_help = "A relative path is read from the current folder.\n\nExit codes: 0 every \
                      file is unchanged (expired entries are listed but do not fail), 4 a file \
                      changed since recorded, is missing or unreadable, or an item links to an \
                      entry the library lacks (listed on standard output, summed up on \
                      standard error), 1 the workspace could not be read."
    )]
    VerifyEvidence {
        /// Name or slug of the workspace
        workspace: String,
        /// The day expiry is measured against [default: today]
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = Day::parse)]
        date: Option<Day>,
    },
    /// Print the built-in catalogue's sections and items
    Catalogue {
        #[arg(long, value_enum, default_value_t = CatalogueFormat::Text)]
        format: CatalogueFormat,
    },
    /// Print a shell completion script
    Completions { shell: clap_complete::Shell },
    /// Write a report: Markdown or printable HTML for people, CSV or JSON for other tools
    Report {
        /// Name or slug of the workspace
        workspace: String,
        /// The file format to write
        #[arg(long, value_enum)]
        format: ReportFormat,
        /// Write to FILE (atomically) instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The report's date, which overdue actions are measured against [default: today]
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = Day::parse)]
        date: Option<Day>,
        /// Count a required item left Unknown as disqualifying in this report, whatever the
        /// workspace's setting (which Compare shows and switches; on at High by default)
        #[arg(long)]
        unknown_disqualifies: bool,
        /// In the change history, list every change to a finding made on or after this day:
        /// who, when, and what it was before
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = Day::parse)]
        since: Option<Day>,
        /// Hash every evidence file first and list those changed, missing or unreadable
        /// (with the items relying on them) beside the expired ones
        #[arg(long)]
        verify_evidence: bool,
    },
    /// Write the questions a provider must answer, as a document to send to the provider
    Questionnaire {
        /// Name or slug of the workspace
        workspace: String,
        /// The provider's name (or id)
        #[arg(long)]
        provider: String,
        /// Markdown to read, or Excel or CSV to fill in and take back with
        /// `tiaki import-answers`
        #[arg(long, value_enum)]
        format: QuestionnaireFormat,
        /// Write to FILE (atomically) instead of standard output; required for xlsx
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The questionnaire's date [default: today]
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = Day::parse)]
        date: Option<Day>,
        /// When the answers are due back [default: 14 days after the date]
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = Day::parse)]
        due: Option<Day>,
    },
    /// Record a provider's answers from its filled questionnaire (Excel or CSV) as the
    /// provider's claims, beside the assessor's findings and never in their place
    #[command(
        after_help = "A claim that disagrees with a finding flags the item for review and is \
                      listed; an item with no finding takes the claim as a provisional one, \
                      marked \"provider claim — not verified\". `--undo` takes the latest \
                      import back.\n\nExit codes: 0 every row was used, 3 some rows could not \
                      be used (listed on standard error) and the others were recorded, 1 \
                      nothing was imported."
    )]
    ImportAnswers {
        /// Name or slug of the workspace
        workspace: String,
        /// The provider's name (or id)
        #[arg(long, required_unless_present = "undo", conflicts_with = "undo")]
        provider: Option<String>,
        /// The questionnaire, .xlsx or CSV, with its self-assessment, answer and evidence
        /// columns filled in
        #[arg(required_unless_present = "undo", conflicts_with = "undo")]
        file: Option<PathBuf>,
        /// Take back the workspace's latest import instead: its claims, the provisional
        /// findings it made and the flags it raised
        #[arg(long)]
        undo: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown
    Md,
    /// One self-contained page that prints on A4
    Html,
    /// One row per provider and item, for spreadsheets
    Csv,
    /// The whole workspace with its scores, for other tools
    Json,
    /// The action plan, one row per action, for a task tracker
    ActionsCsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuestionnaireFormat {
    /// Markdown, to read
    Md,
    /// One row per question, for spreadsheets
    Csv,
    /// An Excel workbook with a drop-down for each self-assessment
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Ron,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CatalogueFormat {
    /// Readable in 80 columns
    Text,
    /// The catalogue file format, a starting point for a catalogue of your own
    Ron,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_bare_workspace_name_opens_it() {
        let cli = Cli::try_parse_checked(["tiaki", "trial-2026"]).expect("parses");
        assert_eq!(cli.workspace.as_deref(), Some("trial-2026"));
        assert!(cli.command.is_none());
    }

    #[test]
    fn a_workspace_named_like_a_subcommand_opens_after_a_double_dash() {
        let cli = Cli::try_parse_checked(["tiaki", "--", "demo"]).expect("parses");
        assert_eq!(cli.workspace.as_deref(), Some("demo"));
        assert!(cli.command.is_none());
    }

    #[test]
    fn a_workspace_and_a_subcommand_together_are_a_usage_error() {
        let error = Cli::try_parse_checked(["tiaki", "trial", "list"]).expect_err("refused");
        assert_eq!(error.kind(), ErrorKind::ArgumentConflict);
        assert_eq!(error.exit_code(), 2);
    }

    #[test]
    fn the_data_dir_may_follow_the_subcommand() {
        let cli =
            Cli::try_parse_checked(["tiaki", "list", "--data-dir", "/tmp/x"]).expect("parses");
        assert_eq!(cli.data_dir, Some(PathBuf::from("/tmp/x")));
        assert!(matches!(cli.command, Some(Command::List)));
    }
}
