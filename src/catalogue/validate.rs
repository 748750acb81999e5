//! Loading a catalogue from bytes and checking that it holds together.

use std::collections::HashSet;
use std::fmt;

use super::model::{AnswerSpec, Catalogue, Item, ItemKind};
use crate::codec::{self, DecodeError};

/// One thing wrong with an otherwise readable catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationProblem {
    /// The section or item the problem is in, when there is one.
    pub place: Option<String>,
    pub message: String,
}

impl fmt::Display for ValidationProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{place}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    #[error("{0}")]
    Syntax(DecodeError),
    #[error("{} problem(s): {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<ValidationProblem>),
}

/// Parses and validates a catalogue written in RON.
pub fn parse_catalogue(bytes: &[u8]) -> Result<Catalogue, CatalogueError> {
    let catalogue: Catalogue = codec::from_ron(bytes).map_err(CatalogueError::Syntax)?;
    let problems = catalogue.problems();
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(CatalogueError::Invalid(problems))
    }
}

impl Catalogue {
    /// Everything that makes this catalogue unusable; empty when it is sound.
    pub fn problems(&self) -> Vec<ValidationProblem> {
        let mut problems = Vec::new();
        let mut report = |place: Option<&str>, message: String| {
            problems.push(ValidationProblem {
                place: place.map(str::to_owned),
                message,
            });
        };
        for (field, value) in [
            ("id", &self.id),
            ("version", &self.version),
            ("title", &self.title),
        ] {
            if value.trim().is_empty() {
                report(None, format!("the catalogue's {field} is empty"));
            }
        }
        if self.sections.is_empty() {
            report(None, "the catalogue has no sections".to_owned());
        }
        let mut ids = HashSet::new();
        for section in &self.sections {
            if !ids.insert(section.id.as_str()) {
                report(
                    Some(&section.id),
                    "this id is used more than once".to_owned(),
                );
            }
            if section.title.trim().is_empty() {
                report(Some(&section.id), "the section has no title".to_owned());
            }
            if section.items.is_empty() {
                report(Some(&section.id), "the section has no items".to_owned());
            }
            for item in &section.items {
                if !ids.insert(item.id.as_str()) {
                    report(Some(&item.id), "this id is used more than once".to_owned());
                }
                for message in item_problems(item) {
                    report(Some(&item.id), message);
                }
                for message in condition_problems(self, item) {
                    report(Some(&item.id), message);
                }
            }
        }
        problems
    }
}

/// An item's conditions must name a choice question of this catalogue and its options.
fn condition_problems(catalogue: &Catalogue, item: &Item) -> Vec<String> {
    let mut problems = Vec::new();
    for condition in &item.only_if {
        let spec = catalogue
            .item(&condition.question)
            .filter(|question| question.kind == ItemKind::ContextQuestion)
            .and_then(|question| question.answer.as_ref());
        let Some(spec) = spec else {
            problems.push(format!(
                "`only_if` names `{}`, which is not a context question here",
                condition.question
            ));
            continue;
        };
        if condition.any_of.is_empty() {
            problems.push(format!(
                "`only_if` on `{}` lists no option",
                condition.question
            ));
        }
        for option in &condition.any_of {
            if !spec.options().iter().any(|known| &known.id == option) {
                problems.push(format!(
                    "`only_if` names option `{option}`, which `{}` does not offer",
                    condition.question
                ));
            }
        }
    }
    problems
}

fn item_problems(item: &Item) -> Vec<String> {
    let mut problems = Vec::new();
    if item.id.trim().is_empty() || item.id.chars().any(char::is_whitespace) {
        problems.push("an item id must be non-empty and without spaces".to_owned());
    }
    for (field, value) in [
        ("title", &item.title),
        ("guidance", &item.guidance),
        ("source", &item.source),
    ] {
        if value.trim().is_empty() {
            problems.push(format!("the item's {field} is empty"));
        }
    }
    let p = item.priority;
    if p.baseline > p.enhanced || p.enhanced > p.high {
        problems.push("priority must not fall as the assurance level rises".to_owned());
    }
    match (item.kind, &item.answer) {
        (ItemKind::ContextQuestion, None) => {
            problems
                .push("a context question needs an `answer` (Single, Multiple or Text)".to_owned());
        }
        (ItemKind::ContextQuestion, Some(spec)) => {
            if !matches!(spec, AnswerSpec::Text) && spec.options().is_empty() {
                problems.push("a choice question needs at least one option".to_owned());
            }
            let mut option_ids = HashSet::new();
            for option in spec.options() {
                if !option_ids.insert(option.id.as_str()) {
                    problems.push(format!("option `{}` is listed more than once", option.id));
                }
                if option.label.trim().is_empty() {
                    problems.push(format!("option `{}` has no label", option.id));
                }
            }
        }
        (_, Some(_)) => {
            problems.push("only context questions take an `answer`".to_owned());
        }
        (_, None) => {}
    }
    if item.deployment.is_some() && !item.is_for_provider() {
        problems.push(
            "a `deployment` check belongs on a provider's item (the organisation's own items are its readiness)"
                .to_owned(),
        );
    }
    if item
        .deployment
        .as_ref()
        .is_some_and(|text| text.trim().is_empty())
    {
        problems.push("the item's deployment check is empty".to_owned());
    }
    if item.kind == ItemKind::ContextQuestion && !item.protects.is_empty() {
        problems
            .push("a context question protects nothing itself: leave `protects` out".to_owned());
    }
    problems
}

#[cfg(test)]
mod tests;
