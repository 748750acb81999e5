//! The catalogue's data types: sections of items, each item a question or check drawn
//! from the guidance, with its priority at every assurance level.

use serde::{Deserialize, Serialize};

/// A whole catalogue: the built-in one (the NCSC guidance) or a user's own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Stable identifier, recorded in every workspace that uses the catalogue.
    pub id: String,
    /// Version of the catalogue's content (semantic versioning).
    pub version: String,
    pub title: String,
    pub source: Source,
    pub sections: Vec<Section>,
}

/// Where a catalogue's content comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub publisher: String,
    pub title: String,
    /// Publication date as written by the publisher, e.g. "May 2020".
    pub date: String,
    /// Where the source can be found, kept as text: tiaki never opens it.
    #[serde(default)]
    pub url: String,
}

/// A part of the guidance, e.g. "Selecting the provider" or "Principle 3".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable identifier, e.g. `CTX`, `SEL`, `P3`.
    pub id: String,
    pub title: String,
    /// One or two sentences on what the section is about, in the project's words.
    pub summary: String,
    pub items: Vec<Item>,
}

/// One question or check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable identifier, e.g. `P3.4`. Never reused for a different meaning.
    pub id: String,
    /// A short title that fits in a list.
    pub title: String,
    /// What the guidance itself asks, in the project's own words: nothing more. What tiaki
    /// adds goes in `adds`, so a reader can always tell the two apart.
    pub guidance: String,
    /// What tiaki adds beyond the guidance: practical detail, thresholds, examples. Shown
    /// as "tiaki adds: …"; empty when the item adds nothing.
    #[serde(default)]
    pub adds: String,
    /// For a provider's item: the question put to the provider in the questionnaire, in
    /// the second person ("Do you …? Please describe …"). The questionnaire shows this and
    /// never `guidance` or `adds`, which would coach the answer.
    #[serde(default)]
    pub ask: String,
    /// What Met means for this item, where the question alone leaves it open.
    #[serde(default)]
    pub met_when: String,
    /// The part of the guidance this item comes from, e.g. "Principle 3, paragraph 3".
    pub source: String,
    pub kind: ItemKind,
    pub answered_by: Answerer,
    /// Services the item concerns; empty means it concerns every service.
    #[serde(default)]
    pub services: Vec<Service>,
    pub priority: Priorities,
    /// The security properties the item protects. Its priority follows the highest
    /// assurance level among them; empty means the overall level.
    #[serde(default)]
    pub protects: Vec<Property>,
    /// For a provider's setting: the organisation's own check, once it has chosen this
    /// provider, that the setting is made ("have we set it?"). The item itself asks only
    /// whether the product can do it (and whether it is on by default).
    #[serde(default)]
    pub deployment: Option<String>,
    /// The item applies only when every condition here holds (any listed answer chosen);
    /// while the question is unanswered the item applies.
    #[serde(default)]
    pub only_if: Vec<Condition>,
    /// Show the provider's stated cryptography, checked against the NZISM version the
    /// workspace assesses against, beside this item.
    #[serde(default)]
    pub crypto: bool,
    /// For context questions: the question is a proxy for exposure (who, where, how many),
    /// not a consequence; its raises are capped when the consequences are judged minor.
    #[serde(default)]
    pub proxy: bool,
    /// Other material the guidance points to (e.g. "NZISM chapter 17").
    #[serde(default)]
    pub references: Vec<String>,
    /// For context questions only: how the question is answered.
    #[serde(default)]
    pub answer: Option<AnswerSpec>,
}

impl Item {
    /// Judged once per provider.
    pub fn is_for_provider(&self) -> bool {
        self.kind != ItemKind::ContextQuestion && self.answered_by == Answerer::Provider
    }

    /// Judged once per workspace, as the organisation's readiness.
    pub fn is_for_readiness(&self) -> bool {
        self.kind != ItemKind::ContextQuestion && self.answered_by == Answerer::Organisation
    }
}

/// What sort of entry an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    /// Answered once per workspace by the organisation, in the Context view.
    ContextQuestion,
    /// A question to put to the provider.
    ProviderQuestion,
    /// Something the assessor checks and judges.
    Check,
    /// A security setting whose default must be reviewed and perhaps changed.
    Setting,
}

impl ItemKind {
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::ContextQuestion => "context question",
            ItemKind::ProviderQuestion => "question for the provider",
            ItemKind::Check => "check",
            ItemKind::Setting => "setting to review",
        }
    }
}

/// Who can answer an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answerer {
    Organisation,
    Provider,
}

impl Answerer {
    pub fn label(self) -> &'static str {
        match self {
            Answerer::Organisation => "organisation",
            Answerer::Provider => "provider",
        }
    }
}

/// A security property an item protects; each has its own assurance level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Property {
    Confidentiality,
    Integrity,
    Availability,
}

impl Property {
    pub const ALL: [Property; 3] = [
        Property::Confidentiality,
        Property::Integrity,
        Property::Availability,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Property::Confidentiality => "confidentiality",
            Property::Integrity => "integrity",
            Property::Availability => "availability",
        }
    }
}

/// A condition on the context: the question `question` is answered with one of `any_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

/// A kind of communication service an item concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Service {
    Video,
    Voice,
    Messaging,
    FileSharing,
    ScreenSharing,
    Recording,
}

impl Service {
    pub const ALL: [Service; 6] = [
        Service::Video,
        Service::Voice,
        Service::Messaging,
        Service::FileSharing,
        Service::ScreenSharing,
        Service::Recording,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Service::Video => "video",
            Service::Voice => "voice",
            Service::Messaging => "messaging",
            Service::FileSharing => "file sharing",
            Service::ScreenSharing => "screen sharing",
            Service::Recording => "recording",
        }
    }
}

/// How much assurance the organisation needs, derived from its context.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum AssuranceLevel {
    #[default]
    Baseline,
    Enhanced,
    High,
}

impl AssuranceLevel {
    pub const ALL: [AssuranceLevel; 3] = [
        AssuranceLevel::Baseline,
        AssuranceLevel::Enhanced,
        AssuranceLevel::High,
    ];

    pub fn label(self) -> &'static str {
        match self {
            AssuranceLevel::Baseline => "Baseline",
            AssuranceLevel::Enhanced => "Enhanced",
            AssuranceLevel::High => "High",
        }
    }
}

/// How much an item matters at a given assurance level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Priority {
    Optional,
    Recommended,
    Required,
}

impl Priority {
    pub fn label(self) -> &'static str {
        match self {
            Priority::Optional => "optional",
            Priority::Recommended => "recommended",
            Priority::Required => "required",
        }
    }
}

/// An item's priority at each assurance level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priorities {
    pub baseline: Priority,
    pub enhanced: Priority,
    pub high: Priority,
}

impl Priorities {
    pub fn at(&self, level: AssuranceLevel) -> Priority {
        match level {
            AssuranceLevel::Baseline => self.baseline,
            AssuranceLevel::Enhanced => self.enhanced,
            AssuranceLevel::High => self.high,
        }
    }
}

/// How a context question is answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AnswerSpec {
    /// Exactly one of the options.
    Single(Vec<AnswerOption>),
    /// Any number of the options.
    Multiple(Vec<AnswerOption>),
    /// Free text.
    Text,
}

impl AnswerSpec {
    pub fn options(&self) -> &[AnswerOption] {
        match self {
            AnswerSpec::Single(options) | AnswerSpec::Multiple(options) => options,
            AnswerSpec::Text => &[],
        }
    }
}

/// One choice of a context question. The assurance rule lives here, in the data: an
/// option may raise the workspace's assurance level to at least `raises_to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Stable identifier within its question, e.g. `restricted`.
    pub id: String,
    pub label: String,
    /// The lowest assurance level this answer calls for, for every property.
    #[serde(default)]
    pub raises_to: Option<AssuranceLevel>,
    /// The lowest level this answer calls for, property by property.
    #[serde(default)]
    pub raises: Vec<Raise>,
    /// A consequence answer saying the harm would be minor: exposure proxies (questions
    /// marked `proxy`) cannot raise any property above this level.
    #[serde(default)]
    pub caps_proxies: Option<AssuranceLevel>,
    /// For the "which services are needed" question: the service this option stands for.
    #[serde(default)]
    pub service: Option<Service>,
    /// In a multiple choice, an option that contradicts every other ("no special
    /// requirements"): ticking it unticks the rest, and ticking another unticks it.
    #[serde(default)]
    pub exclusive: bool,
}

/// One property raised to at least a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Raise {
    pub property: Property,
    pub to: AssuranceLevel,
}

impl Catalogue {
    /// Every item, in catalogue order, with the section it belongs to.
    pub fn items(&self) -> impl Iterator<Item = (&Section, &Item)> {
        self.sections
            .iter()
            .flat_map(|section| section.items.iter().map(move |item| (section, item)))
    }

    /// The items a provider is assessed against: the provider's, not context questions
    /// and not the organisation's own duties.
    pub fn assessable_items(&self) -> impl Iterator<Item = (&Section, &Item)> {
        self.items().filter(|(_, item)| item.is_for_provider())
    }

    /// The organisation's own duties, answered once per workspace ("our readiness").
    pub fn readiness_items(&self) -> impl Iterator<Item = (&Section, &Item)> {
        self.items().filter(|(_, item)| item.is_for_readiness())
    }

    /// The provider's settings the organisation must make once it has chosen a provider.
    pub fn deployment_items(&self) -> impl Iterator<Item = (&Section, &Item)> {
        self.items().filter(|(_, item)| item.deployment.is_some())
    }

    /// The context questions, in catalogue order.
    pub fn context_questions(&self) -> impl Iterator<Item = &Item> {
        self.items()
            .map(|(_, item)| item)
            .filter(|item| item.kind == ItemKind::ContextQuestion)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items()
            .map(|(_, item)| item)
            .find(|item| item.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|section| section.id == id)
    }
}
