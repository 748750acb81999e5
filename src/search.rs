//! The fuzzy index behind `/` in the TUI and `tiaki search`: every item, section,
//! provider, note, evidence title and action as a line of text, matched with skim's
//! algorithm. The catalogue part is built once; the workspace part is rebuilt only when
//! the workspace changes, so typing a query never rebuilds anything.

use std::collections::HashMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::catalogue::Catalogue;
use crate::workspace::{Provider, ProviderId, Workspace};

/// Only this much of a query is matched: longer ones are pasted text, not a search.
pub const MAX_QUERY_CHARS: usize = 256;
/// Results kept for one query; nobody reads further down a list than this.
pub const MAX_RESULTS: usize = 200;
/// Score-matrix cells above which skim switches to its linear matcher, so a long query
/// over a long note costs microseconds rather than milliseconds.
const ELEMENT_LIMIT: usize = 32 * 1024;

/// What an entry is. The order is the tie-break between equal scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Item,
    Section,
    Provider,
    Note,
    Evidence,
    Action,
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
}

impl Entry {
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

/// A matching entry: its score and the char positions in its text that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    pub entry: &'a Entry,
    pub score: i64,
    pub positions: Vec<usize>,
}

/// Turns stored text into what is shown and matched (one line, nothing a terminal would
/// obey). Each front end brings its own: the TUI's depends on its ASCII setting.
pub type Clean<'a> = &'a dyn Fn(&str) -> String;

pub struct Index {
    catalogue: Vec<Entry>,
    workspace: Vec<Entry>,
    /// Each item's section, so a provider's note can say where it belongs.
    sections: HashMap<String, Place>,
    matcher: SkimMatcherV2,
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
            entries.push(Entry {
                kind: Kind::Section,
                provider: None,
                section: Some(place.clone()),
                item: None,
                text: clean(&format!("{} {}", section.id, section.title)),
            });
            for item in &section.items {
                entries.push(Entry {
                    kind: Kind::Item,
                    provider: None,
                    section: Some(place.clone()),
                    item: Some(item.id.clone()),
                    text: clean(&format!("{} {}: {}", item.id, item.title, item.guidance)),
                });
                sections.insert(item.id.clone(), place.clone());
            }
        }
        let mut index = Self {
            catalogue: entries,
            workspace: Vec::new(),
            sections,
            matcher: SkimMatcherV2::default()
                .smart_case()
                .element_limit(ELEMENT_LIMIT),
        };
        index.set_workspace(workspace, clean);
        index
    }

    /// Replaces the workspace part (after any change to it, or another workspace opened).
    pub fn set_workspace(&mut self, workspace: Option<&Workspace>, clean: Clean<'_>) {
        self.workspace.clear();
        for provider in workspace.iter().flat_map(|w| &w.providers) {
            self.add_provider(provider, clean);
        }
    }

    fn add_provider(&mut self, provider: &Provider, clean: Clean<'_>) {
        let owner = Owner {
            id: provider.id.clone(),
            name: clean(&provider.name),
        };
        let entry = |kind, item: Option<&String>, text: &str| Entry {
            kind,
            provider: Some(owner.clone()),
            section: item.and_then(|id| self.sections.get(id)).cloned(),
            item: item.cloned(),
            text: clean(text),
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
            for evidence in &assessment.evidence {
                entries.push(entry(Kind::Evidence, Some(item), &evidence.title));
            }
            if let Some(action) = &assessment.action {
                let text = if action.owner.trim().is_empty() {
                    action.what.clone()
                } else {
                    format!("{} (owner: {})", action.what, action.owner)
                };
                entries.push(entry(Kind::Action, Some(item), &text));
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

    /// The entries matching `query`, best first (score, then kind, then index order), at
    /// most `limit`. A query that is empty once cleaned matches nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'_>> {
        let query = clean_query(query);
        if query.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit<'_>> = self
            .entries()
            .filter_map(|entry| {
                let (score, positions) = self.matcher.fuzzy_indices(&entry.text, &query)?;
                Some(Hit {
                    entry,
                    score,
                    positions,
                })
            })
            .collect();
        // Stable, so equal hits keep the index's order (catalogue order, then providers').
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| a.entry.kind.cmp(&b.entry.kind))
        });
        hits.truncate(limit);
        hits
    }
}

/// The part of a typed query that is matched: control and formatting characters removed
/// (they can only come from a paste), cut to `MAX_QUERY_CHARS`, outer spaces trimmed.
pub fn clean_query(query: &str) -> String {
    let kept: String = query
        .chars()
        .filter(|ch| !ch.is_control() && !is_format(*ch))
        .take(MAX_QUERY_CHARS)
        .collect();
    kept.trim().to_owned()
}

/// Bidirectional controls and other invisible formatting marks: they can make text read
/// differently from what it holds.
pub fn is_format(ch: char) -> bool {
    matches!(ch, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests;
