//! The questionnaire sent to a provider: the items the catalogue says the provider answers,
//! for the services the organisation needs, with their priority at the workspace's level.
//! Each is asked in the provider's terms (the item's `ask`), never with the assessor's
//! guidance, which would coach the answer. Markdown for reading; CSV and Excel (`xlsx`) for
//! filling in and importing back (see `answers`).

mod xlsx;

use std::borrow::Cow;

use super::answers::SELF_ASSESSMENTS;
use super::document::{Block, Inline, Table, text};
use super::markdown;
use super::rfc4180::{start, write_record};
use crate::assurance::{self, Derivation};
use crate::catalogue::{Answerer, Catalogue, Item, ItemKind, Priority, Section};
use crate::scoring::in_scope;
use crate::workspace::{Day, Provider, Workspace};

pub use xlsx::xlsx;

/// The questionnaire's columns; the last three are left blank for the provider.
pub const QUESTIONNAIRE_COLUMNS: [&str; 9] = [
    "item_id",
    "section",
    "topic",
    "question",
    "priority",
    "references",
    "self_assessment",
    "answer",
    "evidence",
];

/// When the questionnaire is sent, and when its answers are due back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    pub sent: Day,
    pub due: Day,
}

/// One question for the provider.
pub struct Question<'a> {
    pub section: &'a Section,
    pub item: &'a Item,
    pub priority: Priority,
}

impl Question<'_> {
    /// The cells tiaki fills in, in `QUESTIONNAIRE_COLUMNS` order; the provider's follow.
    fn cells(&self) -> [Cow<'_, str>; 6] {
        let item = self.item;
        [
            Cow::Borrowed(item.id.as_str()),
            Cow::Borrowed(self.section.title.as_str()),
            Cow::Borrowed(item.title.as_str()),
            Cow::Borrowed(item.ask.as_str()),
            Cow::Borrowed(self.priority.label()),
            Cow::Owned(item.references.join("; ")),
        ]
    }
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

/// What the provider is asked to do, one paragraph each: the cover of every format.
fn instructions(
    catalogue: &Catalogue,
    derivation: &Derivation,
    workspace: &Workspace,
    provider: &Provider,
    dates: Dates,
) -> Vec<String> {
    let level = derivation.effective.label();
    let source = &catalogue.source;
    vec![
        format!(
            "We are assessing {} against the New Zealand guidance “{}” ({}, {}), at the \
             {level} assurance level, for “{}”.",
            provider.name, source.title, source.publisher, source.date, workspace.name,
        ),
        format!(
            "Please answer each question: give your self-assessment ({SELF_ASSESSMENTS}), \
             describe your answer in your own words, and list the documents that support it \
             (title, version or date, and page). Required items matter most."
        ),
        format!("Please return your answers by {}.", dates.due),
    ]
}

/// The questionnaire as a Markdown document to send.
pub fn markdown(
    catalogue: &Catalogue,
    workspace: &Workspace,
    provider: &Provider,
    dates: Dates,
) -> String {
    let (questions, derivation) = questions(catalogue, workspace);
    let mut blocks = vec![
        Block::Heading(
            1,
            vec![text(format!("Questionnaire for {}", provider.name))],
        ),
        Block::Fields(vec![
            ("Assessment", vec![text(workspace.name.as_str())]),
            ("Date", vec![text(dates.sent.to_string())]),
            ("Due", vec![text(dates.due.to_string())]),
            ("Questions", vec![text(questions.len().to_string())]),
        ]),
    ];
    blocks.extend(
        instructions(catalogue, &derivation, workspace, provider, dates)
            .into_iter()
            .map(|paragraph| Block::Para(vec![text(paragraph)])),
    );
    blocks.push(Block::Para(vec![text(
        "If you prefer a spreadsheet, ask us for the Excel or CSV version of this \
         questionnaire and fill in its self_assessment, answer and evidence columns.",
    )]));
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
        blocks.push(Block::Para(vec![text(item.ask.as_str())]));
        let mut fields = vec![("Priority", vec![Inline::Priority(question.priority)])];
        if !item.references.is_empty() {
            fields.push(("See also", vec![text(item.references.join("; "))]));
        }
        blocks.push(Block::Fields(fields));
        blocks.push(Block::Table(Table {
            class: "answer",
            head: vec!["Self-assessment".into(), "Answer".into(), "Evidence".into()],
            rows: vec![vec![Vec::new(), Vec::new(), Vec::new()]],
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

/// The questionnaire as CSV, one row per question, the provider's columns blank.
pub fn csv(catalogue: &Catalogue, workspace: &Workspace) -> String {
    let (questions, _) = questions(catalogue, workspace);
    let mut out = start();
    write_record(&mut out, QUESTIONNAIRE_COLUMNS);
    for question in &questions {
        let [id, section, topic, ask, priority, references] = question.cells();
        write_record(
            &mut out,
            [
                &*id,
                &*section,
                &*topic,
                &*ask,
                &*priority,
                &*references,
                "",
                "",
                "",
            ],
        );
    }
    out
}
