//! `tiaki validate`, and the checks `tiaki import` shares with it: is a file a sound
//! catalogue or workspace, and if not, where exactly is it wrong.

use std::io::Write;
use std::path::Path;

use super::CliError;
use super::problems::{Problem, pin};
use super::text::printable;
use crate::catalogue::{CatalogueError, ItemKind, parse_catalogue};
use crate::store::{StoreError, checked_name, read_bounded, read_workspace_file};
use crate::workspace::Workspace;

/// Decides whether `path` holds a catalogue or a workspace and checks it; prints one
/// `ok: ...` line when it is sound.
pub fn validate(path: &Path, out: &mut impl Write) -> Result<(), CliError> {
    let bytes = read_bounded(path)?;
    let text = String::from_utf8_lossy(&bytes);
    // Every workspace carries a schema version; every catalogue has sections.
    if !text.contains("schema_version") && text.contains("sections") {
        return validate_catalogue(path, &bytes, out);
    }
    let workspace = read_checked_workspace(path, None)?;
    let assessments: usize = workspace
        .providers
        .iter()
        .map(|provider| provider.assessments.len())
        .sum();
    writeln!(
        out,
        "ok: workspace \"{}\" on catalogue {} {}: {} providers, {assessments} assessments, {} context answers",
        printable(&workspace.name),
        printable(&workspace.catalogue.id),
        printable(&workspace.catalogue.version),
        workspace.providers.len(),
        workspace.context.answers.len(),
    )?;
    let unjustified = workspace
        .providers
        .iter()
        .flat_map(|provider| provider.assessments.values())
        .filter(|assessment| assessment.lacks_justification())
        .count();
    if unjustified > 0 {
        writeln!(
            out,
            "note: {unjustified} Unknown or Not applicable judgements give no reason in their note"
        )?;
    }
    Ok(())
}

fn validate_catalogue(path: &Path, bytes: &[u8], out: &mut impl Write) -> Result<(), CliError> {
    match parse_catalogue(bytes) {
        Ok(catalogue) => {
            let context_questions = catalogue
                .items()
                .filter(|(_, item)| item.kind == ItemKind::ContextQuestion)
                .count();
            writeln!(
                out,
                "ok: catalogue {} {}: {} sections, {} items ({context_questions} context questions)",
                printable(&catalogue.id),
                printable(&catalogue.version),
                catalogue.sections.len(),
                catalogue.items().count(),
            )?;
            Ok(())
        }
        Err(CatalogueError::Syntax(error)) => {
            Err(CliError::new(StoreError::parse(path, &error).to_string()))
        }
        Err(CatalogueError::Invalid(problems)) => {
            let problems: Vec<Problem> = problems
                .into_iter()
                .map(|problem| Problem {
                    anchor: problem.place,
                    message: problem.message,
                })
                .collect();
            Err(problems_error(path, bytes, &problems))
        }
    }
}

/// Reads a workspace export (JSON or RON) and checks it against its catalogue, and its
/// name as the store will when it is imported. `rename` (`import --name`) replaces the
/// name in the file, which then does not matter; the store checks the new one.
pub fn read_checked_workspace(path: &Path, rename: Option<&str>) -> Result<Workspace, CliError> {
    let mut workspace = read_workspace_file(path)?;
    let mut problems = Vec::new();
    match rename {
        Some(name) => name.trim().clone_into(&mut workspace.name),
        // First: the name is at the top of the file.
        None => problems.extend(name_problem(&workspace.name)),
    }
    problems.extend(workspace.problems());
    if problems.is_empty() {
        return Ok(workspace);
    }
    // The file parsed, so it is within the size limit and worth reading again to place
    // each problem.
    let bytes = read_bounded(path)?;
    Err(problems_error(path, &bytes, &problems))
}

/// Why the store would refuse the file's workspace name, said as `tiaki import` says it.
fn name_problem(name: &str) -> Option<Problem> {
    let error = checked_name(name).err()?;
    Some(Problem {
        // Not pinned: an empty name is `""`, which may be anywhere in the file.
        anchor: None,
        message: format!("{error} — {NAME_HINT}"),
    })
}

/// How `tiaki import` takes a workspace whose name cannot be used as it is.
pub const NAME_HINT: &str = "`tiaki import FILE --name NAME` imports it under another name";

/// The first problem as the headline, the others beneath it, then the count.
fn problems_error(path: &Path, bytes: &[u8], problems: &[Problem]) -> CliError {
    let text = String::from_utf8_lossy(bytes);
    let mut lines = pin(path, &text, problems)
        .into_iter()
        .map(|line| printable(&line));
    let headline = lines.next().unwrap_or_default();
    let mut details: Vec<String> = lines.collect();
    if problems.len() > 1 {
        details.push(format!("{} problems in all", problems.len()));
    }
    CliError::new(headline).with_details(details)
}
