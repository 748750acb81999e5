//! The fuzzy index behind `/` in the TUI and `tiaki search`: every item, section,
//! provider, note, evidence title and action as a line of text, matched with skim's
//! algorithm. The catalogue part is built once; the workspace part is rebuilt only when
//! the workspace changes, so typing a query never rebuilds anything.

mod rank;

use std::collections::HashMap;

// The fold is the crate-wide text rule; re-exported for the callers that search names.
pub use crate::text::fold_query;
pub use rank::{Candidate, MAX_QUERY_CHARS, Prepared, Ranked, clean_query, rank};

use crate::catalogue::Catalogue;
use crate::workspace::{Provider, ProviderId, Workspace};

/// Results kept for one query; nobody reads further down a list than this.
pub const MAX_RESULTS: usize = 200;

/// What an entry is. The order is the tie-break between equal scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Item,
    Section,
    Provider,
    Note,
    Evidence,
    Action,
    Treatment,
    Claim,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Item => "item",
            Kind::Section => "section",
            Kind::Provider => "provider",
            Kind::Note => "note",
            Kind::Evidence => "evidence",
            Kind::Action => "action",
            Kind::Treatment => "treatment",
            Kind::Claim => "claim",
        }
    }
}

/// The provider an entry belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub id: ProviderId,
    /// Cleaned for display, like the entry's text.
    pub name: String,
}

/// The catalogue section an entry belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub id: String,
    /// Cleaned for display.
    pub title: String,
}

/// One searchable line and where it belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub provider: Option<Owner>,
    pub section: Option<Place>,
    /// The catalogue item, for items and for a provider's judgement of one.
    pub item: Option<String>,
    /// What is matched and shown, already cleaned: match positions index its chars.
    pub text: String,
    /// The text made ready to rank.
    prepared: Prepared,
}

impl Entry {
    fn new(
        kind: Kind,
        provider: Option<Owner>,
        section: Option<Place>,
        item: Option<String>,
        text: String,
    ) -> Self {
        Self {
            kind,
            provider,
            section,
            item,
            prepared: Prepared::new(&text),
            text,
        }
    }

    /// Where the entry belongs, most specific last: the provider, the section, and the
    /// item when the text does not already start with it. Empty for a provider or section.
    pub fn location(&self) -> Vec<&str> {
        let mut parts = Vec::new();
        if let Some(owner) = &self.provider
            && self.kind != Kind::Provider
        {
            parts.push(owner.name.as_str());
        }
        if let Some(place) = &self.section
            && self.kind != Kind::Section
        {
            parts.push(place.title.as_str());
        }
        if let Some(item) = &self.item
            && self.kind != Kind::Item
        {
            parts.push(item.as_str());
        }
        parts
    }
}

/// A matching entry and how it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    pub entry: &'a Entry,
    pub ranked: Ranked,
}

/// Turns stored text into what is shown and matched (one line, nothing a terminal would
/// obey). Each front end brings its own: the TUI's depends on its ASCII setting.
pub type Clean<'a> = &'a dyn Fn(&str) -> String;

pub struct Index {
    catalogue: Vec<Entry>,
    workspace: Vec<Entry>,
    /// Each item's section, so a provider's note can say where it belongs.
    sections: HashMap<String, Place>,
}

impl Index {
    /// Indexes `catalogue` and, when given, `workspace`.
    pub fn new(catalogue: &Catalogue, workspace: Option<&Workspace>, clean: Clean<'_>) -> Self {
        let mut entries = Vec::new();
        let mut sections = HashMap::new();
        for section in &catalogue.sections {
            let place = Place {
                id: section.id.clone(),
                title: clean(&section.title),
            };
            entries.push(Entry::new(
                Kind::Section,
                None,
                Some(place.clone()),
                None,
                clean(&format!("{} {}", section.id, section.title)),
            ));
            for item in &section.items {
                entries.push(Entry::new(
                    Kind::Item,
                    None,
                    Some(place.clone()),
                    Some(item.id.clone()),
                    clean(&format!("{} {}: {}", item.id, item.title, item.guidance)),
                ));
                sections.insert(item.id.clone(), place.clone());
            }
        }
        let mut index = Self {
            catalogue: entries,
            workspace: Vec::new(),
            sections,
        };
        index.set_workspace(workspace, clean);
        index
    }

    /// Replaces the workspace part (after any change to it, or another workspace opened).
    pub fn set_workspace(&mut self, workspace: Option<&Workspace>, clean: Clean<'_>) {
        self.workspace.clear();
        if let Some(workspace) = workspace {
            for provider in &workspace.providers {
                self.add_provider(workspace, provider, clean);
            }
        }
    }

    fn add_provider(&mut self, workspace: &Workspace, provider: &Provider, clean: Clean<'_>) {
        let owner = Owner {
            id: provider.id.clone(),
            name: clean(&provider.name),
        };
        let entry = |kind, item: Option<&String>, text: &str| {
            Entry::new(
                kind,
                Some(owner.clone()),
                item.and_then(|id| self.sections.get(id)).cloned(),
                item.cloned(),
                clean(text),
            )
        };
        let mut entries = Vec::new();
        let product = provider.product.trim();
        entries.push(entry(
            Kind::Provider,
            None,
            &if product.is_empty() || product == provider.name.trim() {
                provider.name.clone()
            } else {
                format!("{} ({product})", provider.name)
            },
        ));
        if !provider.notes.trim().is_empty() {
            entries.push(entry(Kind::Note, None, &provider.notes));
        }
        for (item, assessment) in &provider.assessments {
            if !assessment.note.trim().is_empty() {
                entries.push(entry(Kind::Note, Some(item), &assessment.note));
            }
            for evidence in workspace.linked_evidence(assessment) {
                entries.push(entry(Kind::Evidence, Some(item), &evidence.title));
            }
            for action in &assessment.actions {
                let text = if action.owner.trim().is_empty() {
                    action.what.clone()
                } else {
                    format!("{} (owner: {})", action.what, action.owner)
                };
                entries.push(entry(Kind::Action, Some(item), &text));
            }
            // Who accepted a risk and why, and what the provider said, are looked for
            // by name and phrase as often as a note is.
            if let Some(treatment) = &assessment.treatment {
                let rationale = treatment.rationale.trim();
                let text = if rationale.is_empty() {
                    treatment.summary()
                } else {
                    format!("{}: {rationale}", treatment.summary())
                };
                entries.push(entry(Kind::Treatment, Some(item), &text));
            }
            if let Some(claim) = &assessment.claim
                && !claim.answer.trim().is_empty()
            {
                let text = format!(
                    "{} ({}): {}",
                    claim.status.label(),
                    claim.source,
                    claim.answer
                );
                entries.push(entry(Kind::Claim, Some(item), &text));
            }
        }
        self.workspace.extend(entries);
    }

    /// Every entry: the catalogue's, then the workspace's.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.catalogue.iter().chain(&self.workspace)
    }

    pub fn len(&self) -> usize {
        self.catalogue.len() + self.workspace.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entry at `id`, counting as `entries` does.
    pub fn entry(&self, id: usize) -> Option<&Entry> {
        self.catalogue
            .get(id)
            .or_else(|| self.workspace.get(id.checked_sub(self.catalogue.len())?))
    }

    /// The entries matching `query`, best first (score, then kind, then index order), at
    /// most `limit`. A query that is empty once cleaned matches nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'_>> {
        let candidates = self.entries().map(|entry| Candidate {
            prepared: &entry.prepared,
            group: entry.kind as u8,
        });
        rank(query, candidates, limit)
            .into_iter()
            .filter_map(|ranked| {
                Some(Hit {
                    entry: self.entry(ranked.id)?,
                    ranked,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
