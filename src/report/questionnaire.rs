//! The questionnaire sent to a provider: the items the catalogue says the provider answers,
//! for the services the organisation needs, with their priority at the workspace's level.
//! Markdown for reading, CSV for filling in and importing back (see `answers`).

use super::document::{Block, Inline, Table, text};
use super::markdown;
use super::rfc4180::{start, write_record};
use crate::assurance::{self, Derivation};
use crate::catalogue::{Answerer, Catalogue, Item, ItemKind, Priority, Section};
use crate::scoring::in_scope;
use crate::workspace::{Day, Provider, Status, Workspace};

/// The questionnaire CSV's columns; `status` and `answer` are left blank for the provider.
pub const QUESTIONNAIRE_COLUMNS: [&str; 8] = [
    "item_id",
    "section",
    "question",
    "guidance",
    "priority",
    "references",
    "status",
    "answer",
];

/// One question for the provider.
pub struct Question<'a> {
    pub section: &'a Section,
    pub item: &'a Item,
    pub priority: Priority,
}

/// The provider's questions in catalogue order, and the derivation that chose them.
pub fn questions<'a>(
    catalogue: &'a Catalogue,
    workspace: &Workspace,
) -> (Vec<Question<'a>>, Derivation) {
    let derivation = assurance::derive(catalogue, &workspace.context);
    let questions = catalogue
        .items()
        .filter(|(_, item)| {
            item.answered_by == Answerer::Provider
                && item.kind != ItemKind::ContextQuestion
                && in_scope(item, &derivation)
        })
        .map(|(section, item)| Question {
            section,
            item,
            priority: derivation.priority(item),
        })
        .collect();
    (questions, derivation)
}

/// The questionnaire as a Markdown document to send.
pub fn markdown(
    catalogue: &Catalogue,
    workspace: &Workspace,
    provider: &Provider,
    date: Day,
) -> String {
    let (questions, derivation) = questions(catalogue, workspace);
    let level = derivation.effective.label();
    let source = &catalogue.source;
    let statuses: Vec<&str> = Status::ALL
        .iter()
        .filter(|status| status.is_assessed() && **status != Status::Unknown)
        .map(|status| status.label())
        .collect();
    let mut blocks = vec![
        Block::Heading(
            1,
            vec![text(format!("Questionnaire for {}", provider.name))],
        ),
        Block::Fields(vec![
            ("Assessment", vec![text(workspace.name.as_str())]),
            ("Date", vec![text(date.to_string())]),
            ("Questions", vec![text(questions.len().to_string())]),
        ]),
        Block::Para(vec![text(format!(
            "We are assessing {} against the New Zealand guidance “{}” ({}, {}), at the {level} \
             assurance level. Please answer each question below: say whether your service \
             meets it ({}, or Unknown if you cannot say) and explain your answer, naming the \
             documents (title and page) that support it. Required items matter most.",
            provider.name,
            source.title,
            source.publisher,
            source.date,
            statuses.join(", "),
        ))]),
        Block::Para(vec![text(
            "If you prefer a spreadsheet, ask us for the CSV version of this questionnaire and \
             fill in its status and answer columns.",
        )]),
    ];
    let mut current: Option<&str> = None;
    for question in &questions {
        if current != Some(question.section.id.as_str()) {
            current = Some(question.section.id.as_str());
            blocks.push(Block::Heading(
                2,
                vec![text(format!(
                    "{} {}",
                    question.section.id, question.section.title
                ))],
            ));
        }
        let item = question.item;
        blocks.push(Block::Heading(
            3,
            vec![text(format!("{} {}", item.id, item.title))],
        ));
        blocks.push(Block::Para(vec![text(item.guidance.as_str())]));
        let mut fields = vec![("Priority", vec![Inline::Priority(question.priority)])];
        if !item.references.is_empty() {
            fields.push(("See also", vec![text(item.references.join("; "))]));
        }
        blocks.push(Block::Fields(fields));
        blocks.push(Block::Table(Table {
            class: "answer",
            head: vec!["Status".into(), "Answer".into()],
            rows: vec![vec![Vec::new(), Vec::new()]],
        }));
    }
    if questions.is_empty() {
        blocks.push(Block::Para(vec![text(
            "No question needs the provider's answer: the catalogue has no item answered by \
             the provider for the services needed.",
        )]));
    }
    // Sent to the provider: it carries no marking of the assessment's.
    markdown::render("", &blocks)
}

/// The questionnaire as CSV, one row per question, `status` and `answer` blank.
pub fn csv(catalogue: &Catalogue, workspace: &Workspace) -> String {
    let (questions, _) = questions(catalogue, workspace);
    let mut out = start();
    write_record(&mut out, QUESTIONNAIRE_COLUMNS);
    for question in &questions {
        let item = question.item;
        let references = item.references.join("; ");
        write_record(
            &mut out,
            [
                item.id.as_str(),
                question.section.title.as_str(),
                item.title.as_str(),
                item.guidance.as_str(),
                question.priority.label(),
                references.as_str(),
                "",
                "",
            ],
        );
    }
    out
}
