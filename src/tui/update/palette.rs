//! The command palette (`:`): every action of the keymap's table, found by name and run.
//! It reads the same table as help and the key dispatch, so the three never disagree. An
//! action of another view is run there: the palette switches to that view first.

use ratatui::crossterm::event::KeyEvent;

use crate::search::{Candidate, Prepared, Ranked, rank};
use crate::tui::action::{Action, View};
use crate::tui::effect::Effect;
use crate::tui::keymap::Scope;
use crate::tui::state::{Overlay, State};
use crate::tui::widgets::finder::Finder;

/// One line of the palette.
pub struct Command {
    pub action: Action,
    /// Where the table binds it.
    pub scope: Scope,
    /// True for another view's (or the picker's) action: running it goes there first.
    pub elsewhere: bool,
    /// What is matched and shown: the action's description, and where it runs when
    /// elsewhere ("Mark as Met (Review)").
    pub label: String,
    /// The label in lower case, prepared to be matched instead of it (char for char the
    /// same length, so the matched positions highlight the label).
    prepared: Prepared,
    /// Its keys as help writes them; empty for an action without a key.
    pub keys: String,
    /// Ties between equal scores go to what is on screen, then what works everywhere.
    group: u8,
}

pub struct Palette {
    pub commands: Vec<Command>,
    pub finder: Finder,
}

impl Palette {
    /// The commands matching `query`, or all of them, in table order, for no query.
    fn filter(&self, query: &str) -> Vec<Ranked> {
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

/// Opens the palette listing every command.
pub fn open(state: &mut State) -> Vec<Effect> {
    let mut palette = Palette {
        commands: commands(state),
        finder: Finder::new("", "a command by name, e.g. compare or met"),
    };
    let all = palette.filter("");
    palette.finder.set_hits(all);
    state.overlays.push(Overlay::Palette(Box::new(palette)));
    Vec::new()
}

/// Every action the table binds, grouped by where it applies: the screen's own scope and
/// the global one first, then other views and the picker. Closing and the palette itself
/// are left out; an action bound to several keys in one scope is listed once.
fn commands(state: &State) -> Vec<Command> {
    let mut scopes: Vec<(Scope, u8, bool)> = Vec::new();
    let here = if state.showing_picker() {
        Scope::Picker
    } else {
        Scope::View(state.view)
    };
    scopes.push((here, 0, false));
    scopes.push((Scope::Global, 1, false));
    if state.session.is_some() {
        for view in View::ALL {
            if Scope::View(view) != here {
                scopes.push((Scope::View(view), 2, true));
            }
        }
        if here != Scope::Picker {
            scopes.push((Scope::Picker, 3, true));
        }
    }
    let mut commands: Vec<Command> = Vec::new();
    for (scope, group, elsewhere) in scopes {
        for binding in state.keymap.bindings(&[scope]) {
            if matches!(binding.action, Action::Back | Action::Palette) {
                continue;
            }
            let keys = binding.keys_label(state.theme.ascii);
            if let Some(listed) = commands
                .iter_mut()
                .find(|c| c.action == binding.action && c.scope == scope)
            {
                if !listed.keys.is_empty() && !keys.is_empty() {
                    listed.keys.push('/');
                }
                listed.keys.push_str(&keys);
                continue;
            }
            let describe = binding.action.describe();
            let label = if elsewhere {
                format!("{describe} ({})", scope.title())
            } else {
                describe
            };
            let lower = label.to_lowercase();
            let folded = if lower.chars().count() == label.chars().count() {
                lower
            } else {
                label.clone()
            };
            commands.push(Command {
                action: binding.action,
                scope,
                elsewhere,
                label,
                prepared: Prepared::new(&folded),
                keys,
                group,
            });
        }
    }
    commands
}

/// Keys bound in the palette: movement, and Enter to run the selected command.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let size = state.size;
    let Some(Overlay::Palette(palette)) = state.overlays.last_mut() else {
        return Vec::new();
    };
    if action != Action::Select {
        palette.finder.step(action, size);
        return Vec::new();
    }
    let Some(id) = palette.finder.current().map(|hit| hit.id) else {
        return Vec::new();
    };
    let Some(Overlay::Palette(palette)) = state.overlays.pop() else {
        return Vec::new();
    };
    palette
        .commands
        .get(id)
        .map_or_else(Vec::new, |command| run(state, command))
}

/// Runs `command`, first switching to the view (or picker) it belongs to.
fn run(state: &mut State, command: &Command) -> Vec<Effect> {
    let mut effects = Vec::new();
    match (command.elsewhere, command.scope) {
        (true, Scope::View(view)) => {
            effects.extend(super::update(state, Action::GoTo(view)));
            if state.showing_picker() || state.view != view {
                return effects;
            }
        }
        (true, Scope::Picker) => effects.extend(super::update(state, Action::OpenPicker)),
        _ => {}
    }
    effects.extend(super::update(state, command.action));
    effects
}

/// A key the keymap left to the input line: the list follows the query.
pub fn input(state: &mut State, key: KeyEvent) {
    edit(state, |finder| finder.input(key));
}

pub fn paste(state: &mut State, text: &str) {
    edit(state, |finder| finder.paste(text));
}

fn edit(state: &mut State, change: impl FnOnce(&mut Finder) -> bool) {
    if let Some(Overlay::Palette(palette)) = state.overlays.last_mut()
        && change(&mut palette.finder)
    {
        let hits = palette.filter(&palette.finder.query());
        palette.finder.set_hits(hits);
    }
}

#[cfg(test)]
mod tests;
