//! `tiaki report` and `tiaki questionnaire`: an assessment out to the people who decide,
//! a questionnaire out to a provider.

use std::io::Write;
use std::path::Path;

use time::Duration;

use super::CliError;
use super::args::{QuestionnaireFormat, ReportFormat};
use super::text::printable;
use crate::catalogue::Catalogue;
use crate::report::{self, Format, Options, QuestionnaireDates};
use crate::scoring::ScoreOptions;
use crate::search::fold_query;
use crate::store::{Delivered, Store};
use crate::workspace::{Day, Provider, Timestamp, Workspace};

impl From<ReportFormat> for Format {
    fn from(format: ReportFormat) -> Self {
        match format {
            ReportFormat::Md => Format::Markdown,
            ReportFormat::Html => Format::Html,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Json => Format::Json,
            ReportFormat::ActionsCsv => Format::ActionsCsv,
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
    pub since: Option<Day>,
    /// Hash the evidence files first, so the report lists those not as recorded.
    pub verify_evidence: bool,
}

pub fn report(
    store: &Store,
    request: &ReportRequest<'_>,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (workspace, catalogue) = load(store, request.workspace)?;
    let derivation = crate::assurance::derive(catalogue, &workspace.context);
    let date = request
        .date
        .unwrap_or_else(|| report::local_day(Timestamp::now()));
    let mut scoring = ScoreOptions::for_workspace(&workspace.decision, &derivation, date);
    scoring.unknown_disqualifies |= request.unknown_disqualifies;
    let options = Options {
        date,
        scoring,
        since: request.since,
    };
    let format = Format::from(request.format);
    let files = if request.verify_evidence {
        crate::store::check_workspace_evidence(&workspace)
    } else {
        crate::workspace::FileStates::new()
    };
    let text = report::render_checked(catalogue, &workspace, options, &files, format).map_err(
        |error| {
            CliError::new(format!(
                "could not write the report: {error} — this is a bug in tiaki"
            ))
        },
    )?;
    let what = format!(
        "the {} report on \"{}\"",
        format.label(),
        printable(&workspace.name)
    );
    deliver(store, text.as_bytes(), request.output, &what, out)
}

/// What `tiaki questionnaire` was asked for.
pub struct QuestionnaireRequest<'r> {
    pub workspace: &'r str,
    pub provider: &'r str,
    pub format: QuestionnaireFormat,
    pub output: Option<&'r Path>,
    pub date: Option<Day>,
    pub due: Option<Day>,
}

/// How long a provider has to answer unless told otherwise.
const DAYS_TO_ANSWER: i64 = 14;

pub fn questionnaire(
    store: &Store,
    request: &QuestionnaireRequest<'_>,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (workspace, catalogue) = load(store, request.workspace)?;
    let provider = find_provider(&workspace, request.provider)?;
    let sent = request
        .date
        .unwrap_or_else(|| report::local_day(Timestamp::now()));
    let due = request
        .due
        .unwrap_or_else(|| Day::new(sent.inner().saturating_add(Duration::days(DAYS_TO_ANSWER))));
    let dates = QuestionnaireDates { sent, due };
    let bytes = match request.format {
        QuestionnaireFormat::Md => {
            report::questionnaire_markdown(catalogue, &workspace, provider, dates).into_bytes()
        }
        QuestionnaireFormat::Csv => report::questionnaire_csv(catalogue, &workspace).into_bytes(),
        QuestionnaireFormat::Xlsx => {
            if request.output.is_none() {
                return Err(CliError::new(
                    "an Excel questionnaire is a binary file: give --output FILE.xlsx",
                ));
            }
            report::questionnaire_xlsx(catalogue, &workspace, provider, dates)
                .map_err(|error| CliError::new(format!("{error} — this is a bug in tiaki")))?
        }
    };
    let what = format!("the questionnaire for \"{}\"", printable(&provider.name));
    deliver(store, &bytes, request.output, &what, out)
}

/// Writes `bytes` to `output` atomically and says so, or to standard output. Never over
/// one of tiaki's own files.
fn deliver(
    store: &Store,
    bytes: &[u8],
    output: Option<&Path>,
    what: &str,
    out: &mut impl Write,
) -> Result<(), CliError> {
    match output {
        Some(path) => {
            store.check_output(path)?;
            if crate::store::write_report(path, bytes).map_err(CliError::new)? == Delivered::ToFile
            {
                writeln!(out, "wrote {what} to {}", path.display())?;
            }
        }
        None => out.write_all(bytes)?,
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

/// The provider called `wanted`: by its name in any case, then by its name without
/// macrons or accents as search matches it ("kowhai comms" finds "Kōwhai Comms"), then by
/// its id. A name that folds onto several providers is refused with their names.
pub(super) fn find_provider<'w>(
    workspace: &'w Workspace,
    wanted: &str,
) -> Result<&'w Provider, CliError> {
    if let Some(provider) = workspace.provider_by_name(wanted) {
        return Ok(provider);
    }
    let folded = fold_name(wanted);
    let similar: Vec<&Provider> = workspace
        .providers
        .iter()
        .filter(|provider| fold_name(&provider.name) == folded)
        .collect();
    let quoted = |providers: &mut dyn Iterator<Item = &Provider>| {
        providers
            .map(|provider| format!("\"{}\"", printable(&provider.name)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match similar.as_slice() {
        [one] => return Ok(one),
        [] => {}
        several => {
            return Err(CliError::new(format!(
                "\"{}\" could be any of {} providers in workspace \"{}\"",
                printable(wanted),
                several.len(),
                printable(&workspace.name)
            ))
            .with_details([format!(
                "give the name exactly as written: {}",
                quoted(&mut several.iter().copied())
            )]));
        }
    }
    let by_id = workspace
        .providers
        .iter()
        .find(|provider| provider.id.0 == wanted.trim());
    by_id.ok_or_else(|| {
        CliError::new(format!(
            "workspace \"{}\" has no provider called \"{}\"",
            printable(&workspace.name),
            printable(wanted)
        ))
        .with_details([if workspace.providers.is_empty() {
            "it has no providers yet".to_owned()
        } else {
            format!("its providers: {}", quoted(&mut workspace.providers.iter()))
        }])
    })
}

/// A name as compared when typed loosely: no marks, no case, no surrounding space.
fn fold_name(name: &str) -> String {
    fold_query(name.trim()).to_lowercase()
}

/// `file:line: message`, or `file: message` when there is no line.
pub(super) fn located(file: &Path, line: usize, message: &str) -> String {
    if line > 0 {
        format!("{}:{line}: {message}", file.display())
    } else {
        format!("{}: {message}", file.display())
    }
}
