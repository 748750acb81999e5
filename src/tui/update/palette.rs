//! The command palette (`:`): every action of the keymap's table, found by name and run.
//! It reads the same table as help and the key dispatch, so the three never disagree. An
//! action of another view is run there: the palette switches to that view first.
//!
//! Such an action acts on what the user has selected where they are, never on the other
//! view's own selection, which they cannot see: "Mark as Not met" from a Compare cell
//! marks that provider's item, from Actions the action's item, and "Delete the provider"
//! from Review the provider under review. Where nothing of the kind is selected (Context,
//! a Compare section row, ...) it changes nothing and says what to choose and which key
//! to press.

use ratatui::crossterm::event::KeyEvent;

use super::jump::{self, Selected};
use crate::search::Prepared;
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::keymap::Scope;
use crate::tui::state::{Overlay, Palette, PaletteEntry, State};
use crate::tui::widgets::finder::Finder;

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
fn commands(state: &State) -> Vec<PaletteEntry> {
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
    let mut commands: Vec<PaletteEntry> = Vec::new();
    for (scope, group, elsewhere) in scopes {
        for binding in state.keymap.bindings(&[scope]) {
            if matches!(binding.command, Command::Back | Command::Palette) {
                continue;
            }
            let keys = binding.keys_label(state.theme.ascii);
            if let Some(listed) = commands
                .iter_mut()
                .find(|c| c.action == binding.command && c.scope == scope)
            {
                if !listed.keys.is_empty() && !keys.is_empty() {
                    listed.keys.push('/');
                }
                listed.keys.push_str(&keys);
                continue;
            }
            let describe = binding.command.describe();
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
            commands.push(PaletteEntry {
                action: binding.command,
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
pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    let size = state.size;
    let Some(Overlay::Palette(palette)) = state.overlays.last_mut() else {
        return Vec::new();
    };
    if action != Command::Select {
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

/// Runs `command`, first switching to the view (or picker) it belongs to, with what is
/// selected here made that view's selection when the command uses it.
fn run(state: &mut State, command: &PaletteEntry) -> Vec<Effect> {
    if !command.elsewhere {
        return super::update(state, command.action);
    }
    let reach = reach(command.scope, command.action);
    let here = jump::selected(state);
    let carried = reach != Reach::Free && carry(state, command.scope, &here);
    let mut effects = match command.scope {
        Scope::View(view) => {
            let effects = super::update(state, Command::GoTo(view));
            if state.showing_picker() || state.view != view {
                return effects;
            }
            effects
        }
        Scope::Picker => super::update(state, Command::OpenPicker),
        _ => Vec::new(),
    };
    if let Reach::Needs(what) = reach
        && !carried
    {
        let key = key_in(state, command.scope, command.action);
        state.fail(format!("Choose {what}, then press {key}."));
        return effects;
    }
    effects.extend(super::update(state, command.action));
    effects
}

/// How an action of another view uses that view's selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Not at all: it runs there as it stands.
    Free,
    /// Moves from it: it starts from what is selected here when that is of its kind (a
    /// Compare cell for Review), else from where that view was left.
    Follows,
    /// Changes it, or opens it to be changed: it runs only on what is selected here, and
    /// with nothing of its kind selected it changes nothing. Names what to choose.
    Needs(&'static str),
}

/// What `action` of `scope` does with the selection there. Anything not known to be
/// harmless needs a selection, so an action added later is refused rather than run on a
/// selection the user cannot see.
fn reach(scope: Scope, action: Command) -> Reach {
    use Command as A;
    let (free, follows, what): (&[Command], &[Command], _) = match scope {
        Scope::View(View::Review) => (
            &[A::Undo, A::Redo, A::ToggleNotNeeded],
            &[
                A::NextUnassessed,
                A::PrevUnassessed,
                A::NextProvider,
                A::PrevProvider,
                A::FocusNext,
                A::FocusPrev,
                A::Expand,
                A::Collapse,
                A::Select,
            ],
            "an item in Review",
        ),
        Scope::View(View::Providers) => {
            (&[A::AddProvider], &[A::Select], "a provider in Providers")
        }
        Scope::View(View::Context) => (
            &[
                A::NextUnanswered,
                A::SetOverride,
                A::FocusNext,
                A::FocusPrev,
            ],
            &[],
            "a question in Context",
        ),
        Scope::Picker => (&[A::NewWorkspace, A::OpenDemo], &[], "a workspace"),
        Scope::View(View::Actions) => (
            &[
                A::Undo,
                A::Redo,
                A::CycleSort,
                A::FilterProvider,
                A::FilterOwner,
                A::FilterActionStatus,
                A::FilterOverdue,
            ],
            &[A::Select],
            "an action in Actions",
        ),
        // Compare's filters, orders and chart; its Enter only shows an entry in Review.
        _ => return Reach::Free,
    };
    if free.contains(&action) {
        Reach::Free
    } else if follows.contains(&action) {
        Reach::Follows
    } else {
        Reach::Needs(what)
    }
}

/// Makes what is selected here the selection of `scope`'s view, when it is of the kind
/// that view selects: an item for Review, a provider for Providers. Returns whether it did.
fn carry(state: &mut State, scope: Scope, here: &Selected) -> bool {
    match (scope, here) {
        (Scope::View(View::Review), Selected::Item { provider, item }) => {
            jump::focus_item(state, *provider, item)
        }
        (Scope::View(View::Providers), _) => match here.provider() {
            Some(provider) => {
                state.providers.selected = provider;
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// The first key bound to `action` in `scope`, as hints write it.
fn key_in(state: &State, scope: Scope, action: Command) -> String {
    state
        .keymap
        .bindings(&[scope])
        .find(|binding| binding.command == action)
        .and_then(|binding| binding.keys.first())
        .map(|key| key.label(state.theme.ascii))
        .unwrap_or_default()
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
