//! Where the columns of a filled questionnaire are, found by name so that a spreadsheet may
//! reorder them or add its own; and how its answer column is read.

use super::self_assessment::{SELF_ASSESSMENTS, SelfAssessment};
use super::{FileProblem, parse_status};
use crate::report::rfc4180::Record;
use crate::workspace::Status;

/// What the answer column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judged {
    /// `self_assessment`: yes, partly, no, not applicable or other.
    SelfAssessment,
    /// `status`, as questionnaires written before the self-assessment carried: the
    /// assessor's status words. Still read so that files already sent out come back.
    Status,
}

impl Judged {
    /// The claim `text` makes, or `None` when it is not one of the accepted words.
    pub fn claim(self, text: &str) -> Option<Status> {
        match self {
            Self::SelfAssessment => SelfAssessment::parse(text).map(SelfAssessment::claim),
            Self::Status => parse_status(text),
        }
    }

    /// The column's name, as said in a problem.
    pub fn noun(self) -> &'static str {
        match self {
            Self::SelfAssessment => "self-assessment",
            Self::Status => "status",
        }
    }

    /// The words accepted, as said in a problem.
    pub fn accepted(self) -> &'static str {
        match self {
            Self::SelfAssessment => SELF_ASSESSMENTS,
            Self::Status => "Met, Partly met, Not met, Unknown or Not applicable",
        }
    }
}

pub struct Columns {
    pub item_id: Option<usize>,
    pub judged: Judged,
    pub judgement: Option<usize>,
    pub answer: Option<usize>,
    pub evidence: Option<usize>,
}

impl Columns {
    pub fn find(header: &Record) -> Result<Self, FileProblem> {
        let position = |names: &[&str]| {
            header.fields.iter().position(|field| {
                let field = field.trim().trim_start_matches('\u{FEFF}').to_lowercase();
                names.contains(&field.as_str())
            })
        };
        let self_assessment = position(&["self_assessment", "self-assessment", "self assessment"]);
        let (judged, judgement) = match self_assessment {
            Some(at) => (Judged::SelfAssessment, Some(at)),
            None => (Judged::Status, position(&["status"])),
        };
        let columns = Self {
            item_id: position(&["item_id", "item id", "id"]),
            judged,
            judgement,
            answer: position(&["answer", "note"]),
            evidence: position(&["evidence"]),
        };
        if columns.item_id.is_none() || columns.judgement.is_none() {
            return Err(FileProblem {
                line: header.line,
                message: "the first line must name the columns, including `item_id` and \
                          `self_assessment` (as in the questionnaire tiaki wrote)"
                    .to_owned(),
            });
        }
        Ok(columns)
    }

    pub fn get(row: &Record, column: Option<usize>) -> &str {
        column
            .and_then(|at| row.fields.get(at))
            .map_or("", String::as_str)
    }
}
