//! A provider's filled questionnaire, taken back in (CSV or Excel): each row's
//! self-assessment, answer and evidence become the provider's *claim* on that item, kept beside the assessor's finding and never in its
//! place. An item with no finding yet takes the claim as a provisional one ("provider claim
//! — not verified"); a claim that disagrees with a finding flags the item for review. Rows
//! that cannot be used are reported, one by one, and the rest are still recorded.

mod columns;
mod self_assessment;
mod xlsx;

use std::fmt;

use super::rfc4180::{self, Record};
use crate::catalogue::Catalogue;
use crate::workspace::{
    Basis, Change, Claim, ImportRecord, ImportedItem, ProviderId, Status, Subject, Timestamp,
    Workspace,
};
use columns::Columns;
pub use self_assessment::{SELF_ASSESSMENTS, SelfAssessment};
pub use xlsx::QUESTIONS_SHEET;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// Claims recorded or changed.
    pub recorded: usize,
    /// Of those, items with no finding that took the claim as a provisional one.
    pub provisional: usize,
    /// Claims that say otherwise than the assessor's finding, in file order.
    pub disagreements: Vec<Disagreement>,
    /// Rows that repeated the claim the workspace already held.
    pub unchanged: usize,
    /// Rows with no self-assessment, answer or evidence: questions the provider skipped.
    pub blank: usize,
    /// Rows that could not be used, in file order.
    pub problems: Vec<RowProblem>,
}

/// A claim that says otherwise than the assessor's finding: the finding stands and the
/// item is flagged for review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    pub item: String,
    pub finding: Status,
    pub claim: Status,
    pub answer: String,
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

/// Who imports what, from where, and when.
#[derive(Debug, Clone, Copy)]
pub struct Import<'a> {
    pub provider: &'a ProviderId,
    /// The file's name, kept with each claim.
    pub source: &'a str,
    pub by: &'a str,
    pub now: Timestamp,
}

/// Reads `text` (the questionnaire CSV, filled in) and records its answers as claims of
/// the provider. The import is recorded in the workspace so that it can be undone.
pub fn import(
    catalogue: &Catalogue,
    workspace: &mut Workspace,
    text: &str,
    how: Import<'_>,
) -> Result<Imported, FileProblem> {
    let records = rfc4180::read(text).map_err(|error| FileProblem {
        line: error.line,
        message: error.message,
    })?;
    import_records(catalogue, workspace, &records, how)
}

/// As `import`, from the questionnaire's Excel workbook (its bytes); a row's line is its
/// row number in the sheet.
pub fn import_xlsx(
    catalogue: &Catalogue,
    workspace: &mut Workspace,
    bytes: &[u8],
    how: Import<'_>,
) -> Result<Imported, FileProblem> {
    let records = xlsx::records(bytes)?;
    import_records(catalogue, workspace, &records, how)
}

fn import_records(
    catalogue: &Catalogue,
    workspace: &mut Workspace,
    records: &[Record],
    how: Import<'_>,
) -> Result<Imported, FileProblem> {
    let mut rows = records.iter();
    let header = rows.next().ok_or_else(|| FileProblem {
        line: 0,
        message: "the file is empty; expected the questionnaire's columns".to_owned(),
    })?;
    let columns = Columns::find(header)?;
    let mut imported = Imported::default();
    let mut items = Vec::new();
    let mut changes = Vec::new();
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for row in rows {
        let problem = |message: String| RowProblem {
            line: row.line,
            message,
        };
        let id = Columns::get(row, columns.item_id).trim();
        let status = Columns::get(row, columns.judgement).trim();
        let answer = with_evidence(
            normalise(Columns::get(row, columns.answer)),
            &normalise(Columns::get(row, columns.evidence)),
        );
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
        let (noun, accepted) = (columns.judged.noun(), columns.judged.accepted());
        if status.is_empty() {
            if answer.is_empty() {
                imported.blank += 1;
            } else {
                imported.problems.push(problem(format!(
                    "{id} has an answer but no {noun}; give one of {accepted}"
                )));
            }
            continue;
        }
        let Some(status) = columns.judged.claim(status) else {
            imported.problems.push(problem(format!(
                "{id}: `{status}` is not a {noun}; use {accepted}"
            )));
            continue;
        };
        // Only a row that is used shadows a later one: an unusable first copy must not
        // cost the good one after it.
        seen.push((item.id.as_str(), row.line));
        let claim = Claim {
            status,
            answer,
            received: how.now.day(),
            source: how.source.to_owned(),
        };
        if let Some((entry, change)) = take_claim(workspace, &item.id, claim, how, &mut imported) {
            items.push(entry);
            changes.push(change);
        }
    }
    if !items.is_empty() {
        changes.push(Change::ImportRecorded(Box::new(ImportRecord {
            at: how.now,
            by: how.by.to_owned(),
            provider: how.provider.clone(),
            source: how.source.to_owned(),
            items,
        })));
        // Built from the workspace as it is, one change per item: it cannot be refused.
        workspace
            .apply(Change::Batch(changes), how.by, how.now)
            .map_err(|error| FileProblem {
                line: 0,
                message: format!("the import could not be recorded: {error}"),
            })?;
    }
    Ok(imported)
}

/// The change that records one claim beside the item's finding, counting what it does in
/// `imported`, with what undoing it needs; `None` when the claim was already held.
fn take_claim(
    workspace: &Workspace,
    item: &str,
    claim: Claim,
    how: Import<'_>,
    imported: &mut Imported,
) -> Option<(ImportedItem, Change)> {
    let subject = Subject::Provider(how.provider.clone());
    let current = workspace
        .assessment(&subject, item)
        .cloned()
        .unwrap_or_default();
    let mut updated = current.clone();
    let repeated = current
        .claim
        .as_ref()
        .is_some_and(|held| held.status == claim.status && held.answer == claim.answer);
    if !repeated {
        updated.claim = Some(claim);
    }
    let mut entry = ImportedItem {
        item: item.to_owned(),
        previous: current.claim.clone(),
        provisional: false,
        flagged: false,
    };
    // Not applicable takes an item out of the score: only the assessor may decide that.
    let open = !current.status.is_assessed();
    if open && updated.claim.as_ref().map(|c| c.status) != Some(Status::NotApplicable) {
        if let Some(status) = updated.claim.as_ref().map(|c| c.status) {
            updated.status = status;
            updated.basis = Some(Basis::ProviderClaim);
            entry.provisional = true;
        }
    } else if let Some(claim) = updated.claim.as_ref().filter(|_| updated.claim_disagrees()) {
        imported.disagreements.push(Disagreement {
            item: item.to_owned(),
            finding: updated.status,
            claim: claim.status,
            answer: claim.answer.clone(),
        });
        entry.flagged = !updated.flagged;
        updated.flagged = true;
    }
    if updated == current {
        imported.unchanged += 1;
        return None;
    }
    imported.recorded += 1;
    // A finding left as the assessor recorded it keeps its stamp.
    let stamp = entry.provisional.then_some((how.by, how.now));
    if entry.provisional {
        imported.provisional += 1;
    }
    let change = Change::assessment(workspace, &subject, item, updated, stamp);
    Some((entry, change))
}

/// Accepts a status as written in tiaki (`Partly met`), as its variant (`PartlyMet`), or with
/// dashes or underscores, in any case; `N/A` for Not applicable. Not assessed is refused: a
/// provider's answer is a judgement.
pub fn parse_status(text: &str) -> Option<Status> {
    match squash(text).as_str() {
        "met" => Some(Status::Met),
        "partlymet" | "partiallymet" => Some(Status::PartlyMet),
        "notmet" => Some(Status::NotMet),
        "unknown" => Some(Status::Unknown),
        "notapplicable" | "n/a" | "na" => Some(Status::NotApplicable),
        _ => None,
    }
}

/// A word as typed in a spreadsheet, compared: no spaces, dashes or underscores, no case.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The answer as a note: line ends as `\n`, no surrounding blank space.
fn normalise(answer: &str) -> String {
    answer
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_owned()
}

/// The answer with the provider's evidence references after it: the claim keeps both.
fn with_evidence(answer: String, evidence: &str) -> String {
    match (answer.is_empty(), evidence.is_empty()) {
        (_, true) => answer,
        (true, false) => format!("Evidence: {evidence}"),
        (false, false) => format!("{answer}\n\nEvidence: {evidence}"),
    }
}

#[cfg(test)]
mod tests;
