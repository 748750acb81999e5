//! Reports for decision-makers and other tools: Markdown, printable HTML, CSV and JSON, all
//! from one model computed once (`Report::build`), plus the questionnaire a provider fills
//! in and the import of its answers. Pure but for `output`: text in memory, no clock;
//! callers pass the report's date and write the result with `output::write`.

mod actions_csv;
mod answers;
mod csv;
mod document;
mod html;
mod json;
mod markdown;
mod model;
mod output;
mod questionnaire;
mod rfc4180;
mod svg;

pub use actions_csv::COLUMNS as ACTIONS_CSV_COLUMNS;
pub use answers::{
    Disagreement, FileProblem, Import, Imported, QUESTIONS_SHEET, RowProblem, SELF_ASSESSMENTS,
    SelfAssessment, import as import_answers, import_xlsx as import_answers_xlsx, parse_status,
};
pub use csv::COLUMNS as CSV_COLUMNS;
pub use json::REPORT_VERSION;
pub use model::{Options, Report};
pub use output::local_day;
pub use questionnaire::{
    Dates as QuestionnaireDates, QUESTIONNAIRE_COLUMNS, Question, csv as questionnaire_csv,
    markdown as questionnaire_markdown, questions, xlsx as questionnaire_xlsx,
};

use std::borrow::Cow;

use crate::catalogue::Catalogue;
use crate::codec::DecodeError;
use crate::text::neutralise;
use crate::workspace::{FileStates, Workspace};

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Csv,
    Json,
    /// The action plan alone, one row per action, for a task tracker.
    ActionsCsv,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Html,
        Format::Csv,
        Format::Json,
        Format::ActionsCsv,
    ];

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv | Format::ActionsCsv => "csv",
            Format::Json => "json",
        }
    }

    /// The usual name of a report of workspace `slug` made on `day`:
    /// "demo-report-2026-11-28.html", or for the actions alone "demo-actions-2026-11-28.csv".
    pub fn file_name(self, slug: &str, day: crate::workspace::Day) -> String {
        let holds = if self == Format::ActionsCsv {
            "actions"
        } else {
            "report"
        };
        format!("{slug}-{holds}-{day}.{}", self.extension())
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::Html => "HTML (printable)",
            Format::Csv => "CSV (spreadsheet)",
            Format::Json => "JSON",
            Format::ActionsCsv => "Actions CSV (task tracker)",
        }
    }
}

/// Writes the report on `workspace` in `format`. The same inputs always give the same
/// bytes. Only JSON can fail, and only through a bug: the error says so.
pub fn render(
    catalogue: &Catalogue,
    workspace: &Workspace,
    options: Options,
    format: Format,
) -> Result<String, DecodeError> {
    render_checked(catalogue, workspace, options, &FileStates::new(), format)
}

/// As `render`, listing also the evidence files `files` (a check's findings) found changed,
/// missing or unreadable, with the items relying on them.
pub fn render_checked(
    catalogue: &Catalogue,
    workspace: &Workspace,
    options: Options,
    files: &FileStates,
    format: Format,
) -> Result<String, DecodeError> {
    let report = Report::build(catalogue, workspace, options).with_checked_files(files);
    Ok(match format {
        Format::Markdown => markdown::render(&running_head(&report), &document::build(&report)),
        Format::Html => html::render(
            &report_title(&report),
            &running_head(&report),
            &document::build(&report),
        ),
        Format::Csv => csv::render(&report, &running_head(&report)),
        Format::Json => json::render(&report)?,
        Format::ActionsCsv => actions_csv::render(&report, &running_head(&report)),
    })
}

/// Text as the readable formats show it: line ends as `\n`, other control characters and
/// bidirectional overrides as visible stand-ins (as on the terminal), so that a note can
/// neither hide what it holds nor read differently from it.
fn displayable(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        let unified = text.replace("\r\n", "\n").replace('\r', "\n");
        Cow::Owned(neutralise(&unified, false).into_owned())
    } else {
        neutralise(text, false)
    }
}

/// What every page carries at its top and bottom: the protective marking, and "DRAFT"
/// until assessor, reviewer and approver have signed.
fn running_head(report: &Report<'_>) -> String {
    let marking = report
        .workspace
        .marking()
        .unwrap_or_else(|| "PROTECTIVE MARKING NOT SET".to_owned());
    if report.workspace.decision.is_signed() {
        marking
    } else {
        format!("{marking} · DRAFT — not signed off")
    }
}

fn report_title(report: &Report<'_>) -> String {
    format!(
        "{} — assessment report, {}",
        report.workspace.name, report.date
    )
}
