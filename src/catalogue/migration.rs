//! How a workspace recorded against an older version of the built-in catalogue maps onto
//! this one: which item ids were split, merged or renumbered, and which context answers
//! changed their options. Data in `assets/catalogue/`, read once and checked by tests.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::codec;

const SOURCE: &str = include_str!("../../assets/catalogue/nz-ncsc-svvm-migration.ron");

/// The map from one catalogue version to the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Migration {
    pub from: String,
    pub to: String,
    /// Items whose judgements move; ids not listed keep their id and meaning.
    #[serde(default)]
    pub items: Vec<ItemMove>,
    /// Context answers whose options changed.
    #[serde(default)]
    pub answers: Vec<AnswerMove>,
}

/// An old item's judgement goes to each of `new`, flagged, with `why` in its note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemMove {
    pub old: String,
    pub new: Vec<String>,
    pub why: String,
}

/// An old option of a context question becomes options of (perhaps other) questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerMove {
    pub question: String,
    pub option: String,
    pub becomes: Vec<OptionRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionRef {
    pub question: String,
    pub option: String,
}

impl Migration {
    /// Where the judgement recorded against `old` goes, and why; `None` when it stays.
    pub fn item_move(&self, old: &str) -> Option<&ItemMove> {
        self.items.iter().find(|each| each.old == old)
    }
}

/// The built-in catalogue's migration from version 1.0.0, parsed on first use.
pub fn builtin_migration() -> &'static Migration {
    static MIGRATION: OnceLock<Migration> = OnceLock::new();
    MIGRATION.get_or_init(|| {
        // A test proves the embedded file valid, so this cannot fail in a release.
        codec::from_ron(SOURCE.as_bytes())
            .unwrap_or_else(|error| panic!("the built-in catalogue migration is invalid: {error}"))
    })
}
