//! From the organisation's context answers to the assurance level it needs, and why.
//! Pure: the rule lives in the catalogue (each answer option may raise one or more security
//! properties to a level), so a custom catalogue brings its own rule.
//!
//! The levels are tiaki's model built on the guidance's context questions; the guidance
//! itself names no levels. Each property (confidentiality, integrity, availability) gets
//! its own level, so that an availability need never makes end-to-end encryption required.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalogue::{AnswerSpec, AssuranceLevel, Catalogue, Item, Priority, Property, Service};
use crate::workspace::{Answer, Context};

mod effort;

pub use effort::{Effort, effort, required_at};

/// An assurance level for each security property.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Levels {
    pub confidentiality: AssuranceLevel,
    pub integrity: AssuranceLevel,
    pub availability: AssuranceLevel,
}

impl Levels {
    /// Every property at `level`.
    pub fn all(level: AssuranceLevel) -> Self {
        Self {
            confidentiality: level,
            integrity: level,
            availability: level,
        }
    }

    pub fn of(&self, property: Property) -> AssuranceLevel {
        match property {
            Property::Confidentiality => self.confidentiality,
            Property::Integrity => self.integrity,
            Property::Availability => self.availability,
        }
    }

    fn raise(&mut self, property: Property, to: AssuranceLevel) {
        let level = match property {
            Property::Confidentiality => &mut self.confidentiality,
            Property::Integrity => &mut self.integrity,
            Property::Availability => &mut self.availability,
        };
        *level = (*level).max(to);
    }

    /// The highest of the three: the level shown as the workspace's overall level.
    pub fn highest(&self) -> AssuranceLevel {
        Property::ALL
            .iter()
            .map(|property| self.of(*property))
            .max()
            .unwrap_or_default()
    }
}

/// The level a workspace is assessed at, with the reasons for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivation {
    /// The overall level the answers call for: the highest property's.
    pub derived: AssuranceLevel,
    /// The overall level in force: the assessor's override when there is one, else `derived`.
    pub effective: AssuranceLevel,
    /// The levels the answers call for, property by property.
    pub derived_levels: Levels,
    /// The levels in force: every property at the override's level when there is one.
    pub levels: Levels,
    /// The override's reason, when the level was overridden.
    pub override_reason: Option<String>,
    /// Every answer that raises a property above Baseline, highest first.
    pub reasons: Vec<Reason>,
    /// The consequence answer that caps the exposure proxies, when one does.
    pub cap: Option<Cap>,
    /// Ids of context questions not answered yet.
    pub unanswered: Vec<String>,
    /// Answers that name options the catalogue does not have (or do not fit the question).
    pub stale: Vec<StaleAnswer>,
    /// The services the context says are needed; `None` until that question is answered.
    pub needed_services: Option<BTreeSet<Service>>,
    /// The options chosen for each answered choice question, for items' conditions.
    chosen: BTreeMap<String, BTreeSet<String>>,
}

/// One answer that calls for a higher level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub question: String,
    pub question_title: String,
    pub answer: String,
    /// The level the answer raises `properties` to (after any cap).
    pub level: AssuranceLevel,
    pub properties: Vec<Property>,
    /// The level the answer asked for, when a consequence answer capped it lower.
    pub capped_from: Option<AssuranceLevel>,
}

impl Reason {
    /// "confidentiality and integrity", or "every property".
    pub fn properties_label(&self) -> String {
        if self.properties.len() == Property::ALL.len() {
            return "every property".to_owned();
        }
        let labels: Vec<&str> = self.properties.iter().map(|p| p.label()).collect();
        match labels.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

/// A consequence answer judging the harm minor, which limits what exposure proxies (who,
/// where, how many) can raise: the guidance's "no significant consequences, less assurance".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cap {
    pub question: String,
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

    /// Whether every condition of `item` holds; a condition on an unanswered question holds.
    pub fn conditions_hold(&self, item: &Item) -> bool {
        item.only_if.iter().all(|condition| {
            self.chosen
                .get(&condition.question)
                .is_none_or(|chosen| condition.any_of.iter().any(|id| chosen.contains(id)))
        })
    }

    /// Whether `item` counts for this workspace: for a needed service, conditions met.
    pub fn applies(&self, item: &Item) -> bool {
        self.concerns_needed_service(item) && self.conditions_hold(item)
    }

    /// The level `item` is judged at: the highest among the properties it protects, or
    /// the overall level for an item that names none.
    pub fn level_for(&self, item: &Item) -> AssuranceLevel {
        item.protects
            .iter()
            .map(|property| self.levels.of(*property))
            .max()
            .unwrap_or(self.effective)
    }

    /// How much `item` matters here.
    pub fn priority(&self, item: &Item) -> Priority {
        item.priority.at(self.level_for(item))
    }
}

/// Derives the levels: for each property the highest raise among the chosen answers,
/// Baseline if none; raises by exposure proxies are capped when a consequence answer
/// judges the harm minor.
pub fn derive(catalogue: &Catalogue, context: &Context) -> Derivation {
    let mut raises: Vec<(Reason, bool)> = Vec::new();
    let mut caps: Vec<Cap> = Vec::new();
    let mut unanswered = Vec::new();
    let mut stale = Vec::new();
    let mut needed_services = None;
    let mut chosen_options = BTreeMap::new();
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
        let mut known = BTreeSet::new();
        for id in chosen {
            let Some(option) = spec.options().iter().find(|option| option.id == id) else {
                stale.push(StaleAnswer {
                    question: question.id.clone(),
                    answer: id.to_owned(),
                    problem: "this option is not in the catalogue (any more)".to_owned(),
                });
                continue;
            };
            known.insert(option.id.clone());
            if let Some(service) = option.service {
                services.insert(service);
            }
            if let Some(level) = option.caps_proxies {
                caps.push(Cap {
                    question: question.id.clone(),
                    answer: option.label.clone(),
                    level,
                });
            }
            for (level, properties) in option_raises(option) {
                raises.push((
                    Reason {
                        question: question.id.clone(),
                        question_title: question.title.clone(),
                        answer: option.label.clone(),
                        level,
                        properties,
                        capped_from: None,
                    },
                    question.proxy,
                ));
            }
        }
        if !known.is_empty() {
            chosen_options.insert(question.id.clone(), known);
        }
        if spec.options().iter().any(|option| option.service.is_some()) {
            needed_services = Some(services);
        }
    }
    // The lowest cap wins: the assessor judged the harm no more than that.
    let cap = caps.into_iter().min_by_key(|cap| cap.level);
    let mut derived_levels = Levels::default();
    let mut reasons = Vec::new();
    for (mut reason, proxy) in raises {
        if let Some(cap) = cap.as_ref().filter(|cap| proxy && reason.level > cap.level) {
            reason.capped_from = Some(reason.level);
            reason.level = cap.level;
        }
        for property in &reason.properties {
            derived_levels.raise(*property, reason.level);
        }
        reasons.push(reason);
    }
    reasons.sort_by_key(|reason| std::cmp::Reverse(reason.level));
    let derived = derived_levels.highest();
    let (effective, levels, override_reason) = match &context.level_override {
        Some(chosen) => (
            chosen.level,
            Levels::all(chosen.level),
            Some(chosen.reason.clone()),
        ),
        None => (derived, derived_levels, None),
    };
    Derivation {
        derived,
        effective,
        derived_levels,
        levels,
        override_reason,
        reasons,
        cap,
        unanswered,
        stale,
        needed_services,
        chosen: chosen_options,
    }
}

/// What one option raises, grouped by level: `raises_to` raises every property; `raises`
/// names them one by one. Baseline raises nothing and is left out.
fn option_raises(option: &crate::catalogue::AnswerOption) -> Vec<(AssuranceLevel, Vec<Property>)> {
    let mut by_level: BTreeMap<AssuranceLevel, Vec<Property>> = BTreeMap::new();
    if let Some(level) = option.raises_to {
        by_level.entry(level).or_default().extend(Property::ALL);
    }
    for raise in &option.raises {
        let properties = by_level.entry(raise.to).or_default();
        if !properties.contains(&raise.property) {
            properties.push(raise.property);
        }
    }
    by_level.remove(&AssuranceLevel::Baseline);
    by_level
        .into_iter()
        .rev()
        .map(|(level, mut properties)| {
            properties.sort();
            properties.dedup();
            (level, properties)
        })
        .collect()
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
