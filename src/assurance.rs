//! From the organisation's context answers to the assurance level it needs, and why.
//! Pure: the rule lives in the catalogue (each answer option may carry `raises_to`), so a
//! custom catalogue brings its own rule.

use std::collections::BTreeSet;

use crate::catalogue::{AnswerSpec, AssuranceLevel, Catalogue, Item, Service};
use crate::workspace::{Answer, Context};

mod effort;

pub use effort::{Effort, effort, newly_required, required_at};

/// The level a workspace is assessed at, with the reasons for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivation {
    /// The level the answers call for.
    pub derived: AssuranceLevel,
    /// The level in force: the assessor's override when there is one, else `derived`.
    pub effective: AssuranceLevel,
    /// The override's reason, when the level was overridden.
    pub override_reason: Option<String>,
    /// Every answer that raises the level above Baseline, highest first.
    pub reasons: Vec<Reason>,
    /// Ids of context questions not answered yet.
    pub unanswered: Vec<String>,
    /// Answers that name options the catalogue does not have (or do not fit the question).
    pub stale: Vec<StaleAnswer>,
    /// The services the context says are needed; `None` until that question is answered.
    pub needed_services: Option<BTreeSet<Service>>,
}

/// One answer that calls for a higher level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub question: String,
    pub question_title: String,
    pub answer: String,
    pub level: AssuranceLevel,
}

/// An answer kept from the file but not understood by the catalogue: shown, never dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleAnswer {
    pub question: String,
    pub answer: String,
    pub problem: String,
}

impl Derivation {
    /// Whether `item` concerns a service the organisation needs. Items for every service
    /// always do; so does everything while the services question is unanswered.
    pub fn concerns_needed_service(&self, item: &Item) -> bool {
        match &self.needed_services {
            None => true,
            Some(needed) => {
                item.services.is_empty() || item.services.iter().any(|s| needed.contains(s))
            }
        }
    }
}

/// Derives the level: the highest `raises_to` among the chosen answers, Baseline if none.
pub fn derive(catalogue: &Catalogue, context: &Context) -> Derivation {
    let mut reasons = Vec::new();
    let mut unanswered = Vec::new();
    let mut stale = Vec::new();
    let mut needed_services = None;
    for question in catalogue.context_questions() {
        let Some(spec) = &question.answer else {
            continue;
        };
        let Some(answer) = context.answers.get(&question.id) else {
            unanswered.push(question.id.clone());
            continue;
        };
        let chosen = match chosen_ids(spec, answer) {
            Ok(ids) => ids,
            Err(problem) => {
                stale.push(StaleAnswer {
                    question: question.id.clone(),
                    answer: describe(answer),
                    problem,
                });
                continue;
            }
        };
        if chosen.is_empty() && !matches!(answer, Answer::Text(_)) {
            unanswered.push(question.id.clone());
        }
        let mut services = BTreeSet::new();
        for id in chosen {
            let Some(option) = spec.options().iter().find(|option| option.id == id) else {
                stale.push(StaleAnswer {
                    question: question.id.clone(),
                    answer: id.to_owned(),
                    problem: "this option is not in the catalogue (any more)".to_owned(),
                });
                continue;
            };
            if let Some(service) = option.service {
                services.insert(service);
            }
            if let Some(level) = option
                .raises_to
                .filter(|level| *level > AssuranceLevel::Baseline)
            {
                reasons.push(Reason {
                    question: question.id.clone(),
                    question_title: question.title.clone(),
                    answer: option.label.clone(),
                    level,
                });
            }
        }
        if spec.options().iter().any(|option| option.service.is_some()) {
            needed_services = Some(services);
        }
    }
    reasons.sort_by_key(|reason| std::cmp::Reverse(reason.level));
    let derived = reasons
        .first()
        .map_or(AssuranceLevel::Baseline, |reason| reason.level);
    let (effective, override_reason) = match &context.level_override {
        Some(chosen) => (chosen.level, Some(chosen.reason.clone())),
        None => (derived, None),
    };
    Derivation {
        derived,
        effective,
        override_reason,
        reasons,
        unanswered,
        stale,
        needed_services,
    }
}

/// The option ids an answer names, or why the answer does not fit its question.
fn chosen_ids<'a>(spec: &AnswerSpec, answer: &'a Answer) -> Result<Vec<&'a str>, String> {
    match (spec, answer) {
        // A single choice kept where several are now allowed still means what it said.
        (AnswerSpec::Single(_) | AnswerSpec::Multiple(_), Answer::Choice(id)) => {
            Ok(vec![id.as_str()])
        }
        (AnswerSpec::Multiple(_), Answer::Choices(ids)) => {
            Ok(ids.iter().map(String::as_str).collect())
        }
        (AnswerSpec::Text, Answer::Text(_)) => Ok(Vec::new()),
        (AnswerSpec::Single(_), Answer::Choices(_)) => {
            Err("several options chosen where the question allows one".to_owned())
        }
        (_, Answer::Text(_)) => Err("free text given where the question offers options".to_owned()),
        (AnswerSpec::Text, _) => Err("options chosen where the question asks for text".to_owned()),
    }
}

/// The option ids an answer names as it stands, whether the catalogue knows them or not;
/// none for free text.
pub fn chosen(answer: &Answer) -> &[String] {
    match answer {
        Answer::Choice(id) => std::slice::from_ref(id),
        Answer::Choices(ids) => ids,
        Answer::Text(_) => &[],
    }
}

fn describe(answer: &Answer) -> String {
    match answer {
        Answer::Choice(id) => id.clone(),
        Answer::Choices(ids) => ids.join(", "),
        Answer::Text(text) => text.clone(),
    }
}

#[cfg(test)]
mod tests;
