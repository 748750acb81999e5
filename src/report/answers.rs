//! A provider's filled questionnaire, taken back in: each row's status and answer become
//! the provider's judgement on that item, on the basis of the provider's claim. Rows that
//! cannot be used are reported, one by one, and the rest are still recorded.

use std::fmt;

use super::rfc4180::{self, Record};
use crate::catalogue::Catalogue;
use crate::workspace::{Basis, ProviderId, Status, Subject, Timestamp, Workspace};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// Judgements recorded or changed.
    pub recorded: usize,
    /// Rows that said what the workspace already held.
    pub unchanged: usize,
    /// Rows with neither a status nor an answer: questions the provider skipped.
    pub blank: usize,
    /// Rows that could not be used, in file order.
    pub problems: Vec<RowProblem>,
}

/// A row that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The line the row starts on, 1-based.
    pub line: usize,
    pub message: String,
}

/// Why a file could not be read at all; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// 0 when the problem is not at one line.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}: {}", self.line, self.message)
        } else {
            f.write_str(&self.message)
        }
    }
}

/// The status words accepted, in any case and spacing.
const ACCEPTED: &str = "Met, Partly met, Not met, Unknown or Not applicable";

/// Reads `text` (the questionnaire CSV, filled in) and records its answers as judgements
/// of `provider`, stamped with `by` and `now`. An answer replaces the note; a row with a
/// status but no answer keeps the note there was.
pub fn import(
    catalogue: &Catalogue,
    workspace: &mut Workspace,
    provider: &ProviderId,
    text: &str,
    by: &str,
    now: Timestamp,
) -> Result<Imported, FileProblem> {
    let records = rfc4180::read(text).map_err(|error| FileProblem {
        line: error.line,
        message: error.message,
    })?;
    let mut rows = records.iter();
    let header = rows.next().ok_or_else(|| FileProblem {
        line: 0,
        message: "the file is empty; expected the questionnaire's columns".to_owned(),
    })?;
    let columns = Columns::find(header)?;
    let mut imported = Imported::default();
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for row in rows {
        let problem = |message: String| RowProblem {
            line: row.line,
            message,
        };
        let id = Columns::get(row, columns.item_id).trim();
        let status = Columns::get(row, columns.status).trim();
        let answer = normalise(Columns::get(row, columns.answer));
        if id.is_empty() {
            if !(status.is_empty() && answer.is_empty()) {
                imported.problems.push(problem(
                    "no item_id: the row cannot be matched to a question".to_owned(),
                ));
            }
            continue;
        }
        let Some(item) = catalogue.item(id).filter(|item| item.is_for_provider()) else {
            imported.problems.push(problem(format!(
                "unknown item id `{id}`: catalogue {} has no such question",
                catalogue.id
            )));
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(earlier, _)| *earlier == item.id) {
            imported.problems.push(problem(format!(
                "{id} appears again; the row on line {first} was used"
            )));
            continue;
        }
        if status.is_empty() {
            if answer.is_empty() {
                imported.blank += 1;
            } else {
                imported.problems.push(problem(format!(
                    "{id} has an answer but no status; give one of {ACCEPTED}"
                )));
            }
            continue;
        }
        let Some(status) = parse_status(status) else {
            imported.problems.push(problem(format!(
                "{id}: `{status}` is not a status; use {ACCEPTED}"
            )));
            continue;
        };
        // Only a row that is used shadows a later one: an unusable first copy must not
        // cost the good one after it.
        seen.push((item.id.as_str(), row.line));
        let current = workspace
            .assessment(&Subject::Provider(provider.clone()), &item.id)
            .cloned()
            .unwrap_or_default();
        let mut updated = current.clone();
        updated.status = status;
        updated.basis = Some(Basis::ProviderClaim);
        if !answer.is_empty() {
            updated.note = answer;
        }
        if updated == current {
            imported.unchanged += 1;
        } else if workspace.put_assessment(
            &Subject::Provider(provider.clone()),
            &item.id,
            updated,
            by,
            now,
        ) {
            imported.recorded += 1;
        }
    }
    Ok(imported)
}

/// Where the columns that matter are, found by name so that a spreadsheet may reorder them
/// or add its own.
struct Columns {
    item_id: Option<usize>,
    status: Option<usize>,
    answer: Option<usize>,
}

impl Columns {
    fn find(header: &Record) -> Result<Self, FileProblem> {
        let position = |names: &[&str]| {
            header.fields.iter().position(|field| {
                let field = field.trim().trim_start_matches('\u{FEFF}').to_lowercase();
                names.contains(&field.as_str())
            })
        };
        let columns = Self {
            item_id: position(&["item_id", "item id", "id"]),
            status: position(&["status"]),
            answer: position(&["answer", "note"]),
        };
        if columns.item_id.is_none() || columns.status.is_none() {
            return Err(FileProblem {
                line: header.line,
                message: "the first line must name the columns, including `item_id` and \
                          `status` (as in the questionnaire tiaki wrote)"
                    .to_owned(),
            });
        }
        Ok(columns)
    }

    fn get(row: &Record, column: Option<usize>) -> &str {
        column
            .and_then(|at| row.fields.get(at))
            .map_or("", String::as_str)
    }
}

/// Accepts a status as written in tiaki (`Partly met`), as its variant (`PartlyMet`), or with
/// dashes or underscores, in any case; `N/A` for Not applicable. Not assessed is refused: a
/// provider's answer is a judgement.
pub fn parse_status(text: &str) -> Option<Status> {
    let squashed: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    match squashed.as_str() {
        "met" => Some(Status::Met),
        "partlymet" | "partiallymet" => Some(Status::PartlyMet),
        "notmet" => Some(Status::NotMet),
        "unknown" => Some(Status::Unknown),
        "notapplicable" | "n/a" | "na" => Some(Status::NotApplicable),
        _ => None,
    }
}

/// The answer as a note: line ends as `\n`, no surrounding blank space.
fn normalise(answer: &str) -> String {
    answer
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests;
