//! What search keeps between searches: the index, caught up only when the workspace
//! changed, and the last query.

use super::Session;
use crate::catalogue::Catalogue;
use crate::search::Index;
use crate::tui::text::one_line;

/// What search keeps for the whole session: the index and the last query.
#[derive(Default)]
pub struct SearchMemory {
    index: Option<Index>,
    /// The workspace (by slug) and the ASCII setting the index's text was made for.
    built_for: Option<(Option<String>, bool)>,
    /// Set when the open workspace changed since the index was built.
    stale: bool,
    /// The last query typed, offered again when search reopens.
    pub query: String,
}

impl SearchMemory {
    /// Marks the workspace part of the index out of date; it is rebuilt when search opens.
    pub fn workspace_changed(&mut self) {
        self.stale = true;
    }

    pub fn index(&self) -> Option<&Index> {
        self.index.as_ref()
    }

    /// Brings the index up to date with the open workspace: the catalogue part is built
    /// once, the workspace part again only after a change.
    pub fn refresh(&mut self, catalogue: &Catalogue, session: Option<&Session>, ascii: bool) {
        let clean = |text: &str| one_line(text, ascii);
        let wanted = (session.map(|s| s.slug.clone()), ascii);
        let workspace = session.map(|s| &s.workspace);
        match &mut self.index {
            Some(index) if self.built_for.as_ref().is_some_and(|b| b.1 == ascii) => {
                if self.stale || self.built_for.as_ref() != Some(&wanted) {
                    index.set_workspace(workspace, &clean);
                }
            }
            _ => self.index = Some(Index::new(catalogue, workspace, &clean)),
        }
        self.built_for = Some(wanted);
        self.stale = false;
    }
}
