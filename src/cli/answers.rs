//! `tiaki import-answers`: a provider's filled questionnaire back in, as its claims beside
//! the assessor's findings, and `--undo` to take the latest import back.

use std::io::{ErrorKind, Write};
use std::path::Path;

use super::CliError;
use super::report::{catalogue_of, find_provider, located};
use super::text::printable;
use crate::codec;
use crate::report::{self, Import, Imported};
use crate::store::{self, Store, WorkspaceLock};
use crate::workspace::{Timestamp, Workspace};

pub fn import_answers(
    store: &Store,
    name_or_slug: &str,
    provider: &str,
    file: &Path,
    by: &str,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (slug, lock, mut workspace) = open_locked(store, name_or_slug)?;
    let catalogue = catalogue_of(store, &slug, &workspace)?;
    let id = find_provider(&workspace, provider)?.id.clone();
    let bytes = store::read_bounded(file)?;
    let source = file.file_name().map_or_else(
        || file.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let how = Import {
        provider: &id,
        source: &source,
        by,
        now: Timestamp::now(),
    };
    let imported = if is_xlsx(file) {
        report::import_answers_xlsx(catalogue, &mut workspace, &bytes, how)
    } else {
        let text = codec::decode_text(&bytes).map_err(|error| {
            CliError::new(format!(
                "{} — save the spreadsheet as \"CSV UTF-8\" (or send the .xlsx itself); \
                 nothing was imported",
                located(file, error.line, &error.message)
            ))
        })?;
        report::import_answers(catalogue, &mut workspace, text, how)
    }
    .map_err(|problem| {
        CliError::new(format!(
            "{} — nothing was imported",
            located(file, problem.line, &printable(&problem.message))
        ))
    })?;
    if imported.recorded > 0 {
        store.save(&lock, &workspace)?;
    }
    let name = workspace.provider(&id).map_or("", |p| p.name.as_str());
    let said = summarise(out, name, file, &imported, &workspace.name);
    if imported.problems.is_empty() {
        return Ok(said?);
    }
    match said {
        // A reader that stopped early must not turn the unusable rows into a success.
        Err(error) if error.kind() == ErrorKind::BrokenPipe => {}
        other => other?,
    }
    // Not a plain failure: the usable rows were recorded, and the exit code says so.
    let count = imported.problems.len();
    let (rows, them) = if count == 1 {
        ("row", "it")
    } else {
        ("rows", "them")
    };
    Err(CliError::partial(format!(
        "{}: {count} {rows} could not be used and the rest of the file was imported — \
         correct {them} and import the file again",
        file.display()
    ))
    .with_details(imported.problems.iter().map(|problem| {
        format!(
            "  {}",
            located(file, problem.line, &printable(&problem.message))
        )
    })))
}

/// An Excel workbook, told by its extension; anything else is read as CSV.
fn is_xlsx(file: &Path) -> bool {
    file.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("xlsx"))
}

/// The counts, then every claim that disagrees with a finding, then how to undo.
fn summarise(
    out: &mut impl Write,
    provider: &str,
    file: &Path,
    imported: &Imported,
    workspace: &str,
) -> std::io::Result<()> {
    writeln!(
        out,
        "imported answers for \"{}\" from {} as the provider's claims: {} recorded ({} taken \
         as provisional findings, \"provider claim — not verified\"), {} unchanged, {} left \
         blank, {} could not be used",
        printable(provider),
        file.display(),
        imported.recorded,
        imported.provisional,
        imported.unchanged,
        imported.blank,
        imported.problems.len()
    )?;
    if !imported.disagreements.is_empty() {
        let count = imported.disagreements.len();
        let (claims, disagree) = if count == 1 {
            ("claim", "disagrees")
        } else {
            ("claims", "disagree")
        };
        writeln!(
            out,
            "{count} {claims} {disagree} with the assessor's finding; each finding stands and \
             is flagged for review:"
        )?;
        for disagreement in &imported.disagreements {
            let answer = if disagreement.answer.is_empty() {
                String::new()
            } else {
                format!(" — \"{}\"", printable(&disagreement.answer))
            };
            writeln!(
                out,
                "  {}: finding {}, claim {}{answer}",
                disagreement.item,
                disagreement.finding.label(),
                disagreement.claim.label()
            )?;
        }
    }
    if imported.recorded > 0 {
        writeln!(
            out,
            "to take this import back: tiaki import-answers \"{}\" --undo",
            printable(workspace)
        )?;
    }
    Ok(())
}

/// Takes back the workspace's latest import: its claims, the provisional findings it made
/// (unless since changed) and the flags it raised. The assessor's findings are not touched.
pub fn undo_import(
    store: &Store,
    name_or_slug: &str,
    by: &str,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (_, lock, mut workspace) = open_locked(store, name_or_slug)?;
    let now = Timestamp::now();
    let (Some(undone), Some(change)) = (
        workspace.imports.last().cloned(),
        workspace.last_import_withdrawal(by, now),
    ) else {
        return Err(CliError::new(format!(
            "workspace \"{}\" has no import of answers to undo",
            printable(&workspace.name)
        )));
    };
    workspace.apply(change, by, now).map_err(|error| {
        CliError::new(format!(
            "the import could not be taken back ({error}); nothing was changed"
        ))
    })?;
    store.save(&lock, &workspace)?;
    let name = workspace
        .provider(&undone.provider)
        .map_or(undone.provider.0.as_str(), |p| p.name.as_str());
    writeln!(
        out,
        "took back the import of {} for \"{}\" ({} by {}): {} claims removed or restored; \
         the assessor's findings are as they were",
        printable(&undone.source),
        printable(name),
        undone.at.short(),
        printable(&undone.by),
        undone.items.len()
    )?;
    Ok(())
}

/// The workspace, loaded under its lock: held by the caller until the end, so the TUI (or
/// another import) cannot change it meanwhile.
fn open_locked(
    store: &Store,
    name_or_slug: &str,
) -> Result<(String, WorkspaceLock, Workspace), CliError> {
    let slug = store.resolve(name_or_slug)?;
    let lock = store.lock(&slug)?;
    let workspace = store.load(&slug)?;
    Ok((slug, lock, workspace))
}
