//! `tiaki report` and `tiaki questionnaire`: an assessment out to the people who decide,
//! a questionnaire out to a provider.

use std::io::Write;
use std::path::Path;

use super::CliError;
use super::args::{QuestionnaireFormat, ReportFormat};
use super::text::printable;
use crate::catalogue::Catalogue;
use crate::report::{self, Format, Options};
use crate::scoring::ScoreOptions;
use crate::store::{Delivered, Store};
use crate::workspace::{Day, Provider, Timestamp, Workspace};

impl From<ReportFormat> for Format {
    fn from(format: ReportFormat) -> Self {
        match format {
            ReportFormat::Md => Format::Markdown,
            ReportFormat::Html => Format::Html,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Json => Format::Json,
        }
    }
}

/// What `tiaki report` was asked for.
pub struct ReportRequest<'r> {
    pub workspace: &'r str,
    pub format: ReportFormat,
    pub output: Option<&'r Path>,
    pub date: Option<Day>,
    pub unknown_disqualifies: bool,
}

pub fn report(
    store: &Store,
    request: &ReportRequest<'_>,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (workspace, catalogue) = load(store, request.workspace)?;
    let derivation = crate::assurance::derive(catalogue, &workspace.context);
    let mut scoring = ScoreOptions::for_workspace(&workspace.decision, &derivation);
    scoring.unknown_disqualifies |= request.unknown_disqualifies;
    let options = Options {
        date: request
            .date
            .unwrap_or_else(|| report::local_day(Timestamp::now())),
        scoring,
    };
    let format = Format::from(request.format);
    let text = report::render(catalogue, &workspace, options, format).map_err(|error| {
        CliError::new(format!(
            "could not write the report: {error} — this is a bug in tiaki"
        ))
    })?;
    let what = format!(
        "the {} report on \"{}\"",
        format.label(),
        printable(&workspace.name)
    );
    deliver(store, &text, request.output, &what, out)
}

pub fn questionnaire(
    store: &Store,
    name_or_slug: &str,
    provider: &str,
    format: QuestionnaireFormat,
    output: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (workspace, catalogue) = load(store, name_or_slug)?;
    let provider = find_provider(&workspace, provider)?;
    let text = match format {
        QuestionnaireFormat::Md => report::questionnaire_markdown(
            catalogue,
            &workspace,
            provider,
            report::local_day(Timestamp::now()),
        ),
        QuestionnaireFormat::Csv => report::questionnaire_csv(catalogue, &workspace),
    };
    let what = format!("the questionnaire for \"{}\"", printable(&provider.name));
    deliver(store, &text, output, &what, out)
}

/// Writes `text` to `output` atomically and says so, or to standard output. Never over
/// one of tiaki's own files.
fn deliver(
    store: &Store,
    text: &str,
    output: Option<&Path>,
    what: &str,
    out: &mut impl Write,
) -> Result<(), CliError> {
    match output {
        Some(path) => {
            store.check_output(path)?;
            if report::write(path, text).map_err(CliError::new)? == Delivered::ToFile {
                writeln!(out, "wrote {what} to {}", path.display())?;
            }
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}

fn load(store: &Store, name_or_slug: &str) -> Result<(Workspace, &'static Catalogue), CliError> {
    let slug = store.resolve(name_or_slug)?;
    let workspace = store.load(&slug)?;
    let catalogue = catalogue_of(store, &slug, &workspace)?;
    Ok((workspace, catalogue))
}

/// The workspace's catalogue, or the refusal the TUI gives too (one message, from
/// `Workspace::catalogue_to_use`).
pub(super) fn catalogue_of(
    store: &Store,
    slug: &str,
    workspace: &Workspace,
) -> Result<&'static Catalogue, CliError> {
    workspace
        .catalogue_to_use(&store.workspace_path(slug))
        .map_err(|unknown| CliError::new(unknown.to_string()))
}

pub(super) fn find_provider<'w>(
    workspace: &'w Workspace,
    wanted: &str,
) -> Result<&'w Provider, CliError> {
    workspace
        .provider_by_name(wanted)
        .or_else(|| {
            workspace
                .providers
                .iter()
                .find(|provider| provider.id.0 == wanted.trim())
        })
        .ok_or_else(|| {
            let names: Vec<String> = workspace
                .providers
                .iter()
                .map(|provider| format!("\"{}\"", printable(&provider.name)))
                .collect();
            CliError::new(format!(
                "workspace \"{}\" has no provider called \"{}\"",
                printable(&workspace.name),
                printable(wanted)
            ))
            .with_details([if names.is_empty() {
                "it has no providers yet".to_owned()
            } else {
                format!("its providers: {}", names.join(", "))
            }])
        })
}

/// `file:line: message`, or `file: message` when there is no line.
pub(super) fn located(file: &Path, line: usize, message: &str) -> String {
    if line > 0 {
        format!("{}:{line}: {message}", file.display())
    } else {
        format!("{}: {message}", file.display())
    }
}
