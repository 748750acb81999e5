//! The command palette's state: every command it lists, and the finder over them.

use crate::search::{Candidate, Prepared, Ranked, rank};
use crate::tui::command::Command;
use crate::tui::keymap::Scope;
use crate::tui::widgets::finder::Finder;

/// One line of the palette.
pub struct PaletteEntry {
    pub action: Command,
    /// Where the table binds it.
    pub scope: Scope,
    /// True for another view's (or the picker's) action: running it goes there first.
    pub elsewhere: bool,
    /// What is matched and shown: the action's description, and where it runs when
    /// elsewhere ("Mark as Met (Review)").
    pub label: String,
    /// The label in lower case, prepared to be matched instead of it (char for char the
    /// same length, so the matched positions highlight the label).
    pub prepared: Prepared,
    /// Its keys as help writes them; empty for an action without a key.
    pub keys: String,
    /// Ties between equal scores go to what is on screen, then what works everywhere.
    pub group: u8,
}

pub struct Palette {
    pub commands: Vec<PaletteEntry>,
    pub finder: Finder,
}

impl Palette {
    /// The commands matching `query`, or all of them, in table order, for no query.
    pub fn filter(&self, query: &str) -> Vec<Ranked> {
        if crate::search::clean_query(query).is_empty() {
            return (0..self.commands.len())
                .map(|id| Ranked {
                    id,
                    score: 0,
                    positions: Vec::new(),
                })
                .collect();
        }
        // Case is ignored: "met" should find "Mark as Met" before "Partly met".
        let candidates = self.commands.iter().map(|c| Candidate {
            prepared: &c.prepared,
            group: c.group,
        });
        rank(&query.to_lowercase(), candidates, usize::MAX)
    }
}
