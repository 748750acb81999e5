//! The single table of key bindings. Dispatch, the hint line, the help overlay and the
//! command palette all read it, so what they say is what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::command::{Command, View};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every view and the workspace picker (not dialogs).
    Global,
    View(View),
    Picker,
    Help,
    Confirm,
    /// One-line fields: unbound keys go to the focused field.
    Form,
    /// Notes: the note editor, and a form's field of several lines while it has the focus
    /// (then before `Form`). The same keys in both: Enter starts a line, Ctrl-s saves, Esc
    /// cancels. Unbound keys go to the text.
    Editor,
    /// Search (`/`): unbound keys go to the query.
    Search,
    /// The command palette (`:`): unbound keys go to the query.
    Palette,
    /// The evidence library overlay.
    Library,
    /// Files being hashed: only Esc, which stops it.
    Hashing,
}

impl Scope {
    /// The scope's name in help and the command palette.
    pub fn title(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::View(view) => view.title(),
            Scope::Picker => "Workspaces",
            Scope::Help => "Help",
            Scope::Confirm => "Question",
            Scope::Form => "Form",
            Scope::Editor => "Notes",
            Scope::Search => "Search",
            Scope::Palette => "Command palette",
            Scope::Library => "Evidence library",
            Scope::Hashing => "Hashing files",
        }
    }
}

/// A key with its modifiers, as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    /// Whether a terminal key event is this key. Shift is implied by the character itself
    /// (`G`, `?`), so it is ignored for characters; terminals disagree on reporting it.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let relevant = KeyModifiers::CONTROL | KeyModifiers::ALT;
        match (self.code, event.code) {
            (KeyCode::Char(want), KeyCode::Char(got)) => {
                want == got && (event.modifiers & relevant) == self.mods
            }
            (KeyCode::BackTab, KeyCode::BackTab) => true,
            (want, got) => want == got && event.modifiers == self.mods,
        }
    }

    /// How the key is written in hints and help.
    pub fn label(&self, ascii: bool) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(ch) => ch.to_string(),
            KeyCode::Up => if ascii { "Up" } else { "↑" }.to_owned(),
            KeyCode::Down => if ascii { "Down" } else { "↓" }.to_owned(),
            KeyCode::Left => if ascii { "Left" } else { "←" }.to_owned(),
            KeyCode::Right => if ascii { "Right" } else { "→" }.to_owned(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "S-Tab".to_owned(),
            KeyCode::Backspace => "Bksp".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub scope: Scope,
    pub keys: Vec<Key>,
    pub command: Command,
    /// Short label for the hint line; `None` keeps the binding out of it (help lists all).
    pub hint: Option<&'static str>,
}

impl Binding {
    /// The binding's keys written as `j/↓`.
    pub fn keys_label(&self, ascii: bool) -> String {
        self.keys
            .iter()
            .map(|key| key.label(ascii))
            .collect::<Vec<_>>()
            .join("/")
    }
}

#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Self {
            bindings: table::default_bindings(),
        }
    }
}

impl Keymap {
    /// The action bound to `event` in the first of `scopes` that binds it.
    pub fn command_for(&self, scopes: &[Scope], event: &KeyEvent) -> Option<Command> {
        scopes.iter().find_map(|scope| {
            self.bindings
                .iter()
                .filter(|binding| binding.scope == *scope)
                .find(|binding| binding.keys.iter().any(|key| key.matches(event)))
                .map(|binding| binding.command)
        })
    }

    /// Every binding of the given scopes, in table order, less those whose every key an
    /// earlier scope takes (a form's Enter while a note field has the focus).
    pub fn bindings<'a>(&'a self, scopes: &'a [Scope]) -> impl Iterator<Item = &'a Binding> + 'a {
        scopes.iter().enumerate().flat_map(move |(index, scope)| {
            let before = &scopes[..index];
            self.bindings
                .iter()
                .filter(move |binding| binding.scope == *scope)
                .filter(move |binding| {
                    !binding.keys.iter().all(|key| {
                        self.bindings
                            .iter()
                            .any(|other| before.contains(&other.scope) && other.keys.contains(key))
                    })
                })
        })
    }

    /// The first key of `action`, written as hints write it, for sentences that name a key
    /// ("press a to add"); empty when nothing binds it.
    pub fn key_label(&self, action: Command, ascii: bool) -> String {
        self.binding_of(action)
            .and_then(|binding| binding.keys.first())
            .map(|key| key.label(ascii))
            .unwrap_or_default()
    }

    /// The first binding of an action in any scope, for the command palette.
    pub fn binding_of(&self, action: Command) -> Option<&Binding> {
        self.bindings
            .iter()
            .find(|binding| binding.command == action)
    }
}

mod table;

#[cfg(test)]
mod tests;
