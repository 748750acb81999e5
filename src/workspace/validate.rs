//! Whether a workspace that parsed also makes sense: a catalogue this build knows, and
//! every answer and assessment pointing at an item that catalogue has. The workspace's
//! counterpart of `catalogue::validate`; `tiaki validate` and `tiaki import` report it.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;

use super::known_catalogue;
use super::model::{Answer, Workspace};
use crate::catalogue::{self, AnswerSpec, Catalogue, Item, ItemKind};

/// One thing wrong with a workspace that parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A value the problem is about (an item id, a provider id); its quoted occurrence in
    /// the file gives the line and column.
    pub anchor: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn at(anchor: &str, message: impl Into<String>) -> Self {
        Self {
            anchor: Some(anchor.to_owned()),
            message: message.into(),
        }
    }
}

impl Workspace {
    /// Everything that would stop tiaki from working with this workspace, in file order.
    pub fn problems(&self) -> Vec<Problem> {
        workspace_problems(self)
    }
}

fn workspace_problems(workspace: &Workspace) -> Vec<Problem> {
    let Some(catalogue) = known_catalogue(&workspace.catalogue.id) else {
        return vec![Problem::at(
            &workspace.catalogue.id,
            format!(
                "the workspace follows catalogue `{}`, which this build does not know (it knows `{}`)",
                workspace.catalogue.id,
                catalogue::builtin().id
            ),
        )];
    };
    let mut problems = context_problems(workspace, catalogue);
    problems.extend(provider_problems(workspace, catalogue));
    problems.extend(evidence_problems(workspace));
    problems
}

/// A provider name as a reader sees it: Unicode-normalised (NFKC), without the invisible
/// characters that make two names look alike but differ, ignoring case and outer spaces.
fn name_as_read(name: &str) -> String {
    name.nfkc()
        .filter(|&c| !crate::text::is_hidden(c))
        .collect::<String>()
        .trim()
        .to_lowercase()
}

/// A SHA-256 as tiaki records it: 64 lower-case hexadecimal digits.
fn is_sha256(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn context_problems(workspace: &Workspace, catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (id, answer) in &workspace.context.answers {
        let Some(question) = catalogue
            .item(id)
            .filter(|item| item.kind == ItemKind::ContextQuestion)
        else {
            problems.push(Problem::at(
                id,
                format!(
                    "the context answers `{id}`, which is not a context question of catalogue `{}`",
                    catalogue.id
                ),
            ));
            continue;
        };
        let chosen: Vec<&String> = match answer {
            Answer::Choice(option) => vec![option],
            Answer::Choices(options) => options.iter().collect(),
            Answer::Text(_) => Vec::new(),
        };
        let fits = matches!(
            (answer, &question.answer),
            (Answer::Choice(_), Some(AnswerSpec::Single(_)))
                | (Answer::Choices(_), Some(AnswerSpec::Multiple(_)))
                | (Answer::Text(_), Some(AnswerSpec::Text))
        );
        if !fits {
            problems.push(Problem::at(
                id,
                format!("the answer to `{id}` is not the kind of answer the question takes"),
            ));
        }
        let options = question
            .answer
            .as_ref()
            .map_or(&[][..], AnswerSpec::options);
        for option in chosen {
            if !options.iter().any(|known| &known.id == option) {
                problems.push(Problem::at(
                    option,
                    format!("`{option}` is not one of the options of `{id}`"),
                ));
            }
        }
    }
    problems
}

fn provider_problems(workspace: &Workspace, catalogue: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for provider in &workspace.providers {
        if !ids.insert(&provider.id) {
            problems.push(Problem::at(
                &provider.id.0,
                format!("provider id `{}` is used more than once", provider.id),
            ));
        }
        if provider.id.0.trim().is_empty() {
            problems.push(Problem::at(
                &provider.name,
                format!("provider \"{}\" has an empty id", provider.name),
            ));
        }
        let name = name_as_read(&provider.name);
        if name.is_empty() {
            problems.push(Problem::at(&provider.id.0, "a provider has no name"));
        } else if !names.insert(name) {
            problems.push(Problem::at(
                &provider.name,
                format!(
                    "two providers are called \"{}\" (names that differ only in invisible \
                     characters or Unicode form read as one)",
                    provider.name
                ),
            ));
        }
        for item_id in provider.assessments.keys() {
            let assessable = catalogue.item(item_id).is_some_and(Item::is_for_provider);
            if !assessable {
                problems.push(Problem::at(
                    item_id,
                    format!(
                        "provider \"{}\" has an assessment of `{item_id}`, which is not an item catalogue `{}` asks of a provider (the organisation's own items belong in `readiness`)",
                        provider.name, catalogue.id
                    ),
                ));
            }
        }
        for item_id in provider.deployment_checks.keys() {
            if catalogue
                .item(item_id)
                .is_none_or(|item| item.deployment.is_none())
            {
                problems.push(Problem::at(
                    item_id,
                    format!(
                        "provider \"{}\" has a deployment check of `{item_id}`, which is not a setting with a deployment check in catalogue `{}`",
                        provider.name, catalogue.id
                    ),
                ));
            }
        }
    }
    for item_id in workspace
        .readiness
        .keys()
        .chain(workspace.readiness_candidates.keys())
    {
        if catalogue
            .item(item_id)
            .is_none_or(|item| !item.is_for_readiness())
        {
            problems.push(Problem::at(
                item_id,
                format!(
                    "the readiness has a judgement of `{item_id}`, which is not one of the organisation's own items in catalogue `{}`",
                    catalogue.id
                ),
            ));
        }
    }
    if let Some(chosen) = &workspace.chosen
        && workspace.provider(chosen).is_none()
    {
        problems.push(Problem::at(
            &chosen.0,
            "the chosen provider is not one of the workspace's providers",
        ));
    }
    problems
}

/// The evidence library: ids used once, digests that are digests (else tampering could
/// never be shown), and no link to an entry the library does not hold.
fn evidence_problems(workspace: &Workspace) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for entry in &workspace.evidence {
        if !ids.insert(&entry.id) {
            problems.push(Problem::at(
                &entry.id.0,
                format!("evidence id `{}` is used more than once", entry.id),
            ));
        }
        if let Some(file) = entry.file.as_ref().filter(|file| !is_sha256(&file.sha256)) {
            problems.push(Problem::at(
                &file.sha256,
                format!(
                    "the SHA-256 recorded for evidence file {} is not 64 lower-case hexadecimal \
                     digits",
                    file.path
                ),
            ));
        }
    }
    for (link, id) in workspace.dangling_evidence_links() {
        problems.push(Problem::at(
            &id.0,
            format!(
                "{} links to evidence `{id}`, which is not in the workspace's evidence library",
                link.item
            ),
        ));
    }
    problems
}

#[cfg(test)]
mod tests;
