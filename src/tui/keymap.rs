//! The single table of key bindings. Dispatch, the hint line, the help overlay and the
//! command palette all read it, so what they say is what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, View};
use crate::workspace::Status;

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
    /// The multi-line note editor: unbound keys go to the text.
    Editor,
    /// Search (`/`): unbound keys go to the query.
    Search,
    /// The command palette (`:`): unbound keys go to the query.
    Palette,
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
            Scope::Editor => "Note editor",
            Scope::Search => "Search",
            Scope::Palette => "Command palette",
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
    const fn plain(code: KeyCode) -> Self {
        Self {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    const fn ch(ch: char) -> Self {
        Self::plain(KeyCode::Char(ch))
    }

    const fn ctrl(ch: char) -> Self {
        Self {
            code: KeyCode::Char(ch),
            mods: KeyModifiers::CONTROL,
        }
    }

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
    pub action: Action,
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
            bindings: default_bindings(),
        }
    }
}

impl Keymap {
    /// The action bound to `event` in the first of `scopes` that binds it.
    pub fn action_for(&self, scopes: &[Scope], event: &KeyEvent) -> Option<Action> {
        scopes.iter().find_map(|scope| {
            self.bindings
                .iter()
                .filter(|binding| binding.scope == *scope)
                .find(|binding| binding.keys.iter().any(|key| key.matches(event)))
                .map(|binding| binding.action)
        })
    }

    /// Every binding of the given scopes, in table order.
    pub fn bindings<'a>(&'a self, scopes: &'a [Scope]) -> impl Iterator<Item = &'a Binding> + 'a {
        scopes.iter().flat_map(move |scope| {
            self.bindings
                .iter()
                .filter(move |binding| binding.scope == *scope)
        })
    }

    /// The first key of `action`, written as hints write it, for sentences that name a key
    /// ("press a to add"); empty when nothing binds it.
    pub fn key_label(&self, action: Action, ascii: bool) -> String {
        self.binding_of(action)
            .and_then(|binding| binding.keys.first())
            .map(|key| key.label(ascii))
            .unwrap_or_default()
    }

    /// The first binding of an action in any scope, for the command palette.
    pub fn binding_of(&self, action: Action) -> Option<&Binding> {
        self.bindings
            .iter()
            .find(|binding| binding.action == action)
    }
}

fn bind(scope: Scope, keys: &[Key], action: Action, hint: Option<&'static str>) -> Binding {
    Binding {
        scope,
        keys: keys.to_vec(),
        action,
        hint,
    }
}

fn default_bindings() -> Vec<Binding> {
    use Action as A;
    use KeyCode as K;
    use Scope as S;
    let review = S::View(View::Review);
    let providers = S::View(View::Providers);
    let context = S::View(View::Context);
    let compare = S::View(View::Compare);
    let actions = S::View(View::Actions);
    let mut table = vec![
        bind(
            S::Help,
            &[
                Key::plain(K::Esc),
                Key::ch('q'),
                Key::ch('?'),
                Key::plain(K::F(1)),
            ],
            A::Back,
            Some("close"),
        ),
        bind(
            S::Help,
            &[Key::ch('j'), Key::plain(K::Down)],
            A::Down,
            Some("scroll"),
        ),
        bind(S::Help, &[Key::ch('k'), Key::plain(K::Up)], A::Up, None),
        bind(
            S::Confirm,
            &[Key::ch('y'), Key::plain(K::Enter)],
            A::Confirm,
            Some("yes"),
        ),
        bind(
            S::Confirm,
            &[Key::ch('n'), Key::plain(K::Esc)],
            A::Back,
            Some("no"),
        ),
        bind(
            S::Form,
            &[Key::plain(K::Enter), Key::ctrl('s')],
            A::Submit,
            Some("save"),
        ),
        bind(
            S::Form,
            &[Key::plain(K::Tab), Key::plain(K::Down)],
            A::NextField,
            Some("next field"),
        ),
        bind(
            S::Form,
            &[Key::plain(K::BackTab), Key::plain(K::Up)],
            A::PrevField,
            Some("previous field"),
        ),
        bind(S::Form, &[Key::plain(K::Esc)], A::Back, Some("cancel")),
        bind(
            S::Editor,
            &[Key::plain(K::Esc), Key::ctrl('s')],
            A::Submit,
            Some("save"),
        ),
        bind(
            S::Editor,
            &[Key::ctrl('q')],
            A::Discard,
            Some("discard changes"),
        ),
        // The workspace picker.
        bind(S::Picker, &[Key::plain(K::Enter)], A::Select, Some("open")),
        bind(S::Picker, &[Key::ch('n')], A::NewWorkspace, Some("new")),
        bind(
            S::Picker,
            &[Key::ch('r')],
            A::RenameWorkspace,
            Some("rename"),
        ),
        bind(
            S::Picker,
            &[Key::ch('c')],
            A::DuplicateWorkspace,
            Some("copy"),
        ),
        bind(
            S::Picker,
            &[Key::ch('D')],
            A::DeleteWorkspace,
            Some("delete"),
        ),
        bind(S::Picker, &[Key::ch('d')], A::OpenDemo, Some("demo")),
        bind(S::Picker, &[Key::plain(K::Esc)], A::Back, Some("back")),
        // Providers.
        bind(
            providers,
            &[Key::plain(K::Enter)],
            A::Select,
            Some("review"),
        ),
        bind(providers, &[Key::ch('a')], A::AddProvider, Some("add")),
        bind(providers, &[Key::ch('e')], A::EditProvider, Some("edit")),
        bind(
            providers,
            &[Key::ch('D')],
            A::DeleteProvider,
            Some("delete"),
        ),
        bind(
            providers,
            &[Key::ch('c')],
            A::ChooseProvider,
            Some("choose"),
        ),
        bind(providers, &[Key::ch('C')], A::EditCrypto, None),
        // Reordering is rare: help lists it, and the hint line keeps room for ? help.
        bind(providers, &[Key::ch('K')], A::MoveUp, None),
        bind(providers, &[Key::ch('J')], A::MoveDown, None),
        // Review.
        bind(
            review,
            &[Key::ch('y')],
            A::SetStatus(Status::Met),
            Some("met"),
        ),
        bind(
            review,
            &[Key::ch('p')],
            A::SetStatus(Status::PartlyMet),
            Some("partly"),
        ),
        bind(
            review,
            &[Key::ch('x')],
            A::SetStatus(Status::NotMet),
            Some("not met"),
        ),
        bind(
            review,
            &[Key::ch('o')],
            A::SetStatus(Status::Unknown),
            Some("unknown"),
        ),
        bind(
            review,
            &[Key::ch('-')],
            A::SetStatus(Status::NotApplicable),
            Some("n/a"),
        ),
        bind(
            review,
            &[Key::plain(K::Backspace)],
            A::SetStatus(Status::NotAssessed),
            None,
        ),
        bind(review, &[Key::ch(' ')], A::CycleStatus, None),
        bind(review, &[Key::ch('n')], A::NextUnassessed, Some("next")),
        bind(review, &[Key::ch('N')], A::PrevUnassessed, None),
        bind(review, &[Key::ch('e')], A::EditNote, Some("note")),
        bind(review, &[Key::ch('a')], A::AddEvidence, Some("evidence")),
        bind(review, &[Key::ch('X')], A::RemoveEvidence, None),
        bind(review, &[Key::ch('t')], A::SetAction, Some("action")),
        bind(review, &[Key::ch('T')], A::SetTreatment, Some("treat")),
        bind(review, &[Key::ch('b')], A::CycleBasis, None),
        bind(review, &[Key::ch('f')], A::ToggleFlag, None),
        bind(review, &[Key::ch('v')], A::ToggleNotNeeded, None),
        bind(review, &[Key::ch('u')], A::Undo, Some("undo")),
        bind(review, &[Key::ctrl('r')], A::Redo, None),
        bind(review, &[Key::ch(']')], A::NextProvider, Some("provider")),
        bind(review, &[Key::ch('[')], A::PrevProvider, None),
        bind(review, &[Key::ch('R')], A::CycleReviewOf, Some("readiness")),
        bind(review, &[Key::plain(K::Tab)], A::FocusNext, None),
        bind(review, &[Key::plain(K::BackTab)], A::FocusPrev, None),
        bind(
            review,
            &[Key::ch('l'), Key::plain(K::Right)],
            A::Expand,
            None,
        ),
        bind(
            review,
            &[Key::ch('h'), Key::plain(K::Left)],
            A::Collapse,
            None,
        ),
        bind(review, &[Key::plain(K::Enter)], A::Select, None),
        // Context.
        // Bksp, e, Enter and h/l are left to help so the hint line keeps room for ? help.
        bind(context, &[Key::ch(' ')], A::PickOption, Some("pick")),
        bind(context, &[Key::plain(K::Enter)], A::PickOption, None),
        bind(context, &[Key::plain(K::Tab)], A::FocusNext, Some("pane")),
        bind(
            context,
            &[Key::ch('l'), Key::plain(K::Right)],
            A::FocusNext,
            None,
        ),
        bind(context, &[Key::plain(K::BackTab)], A::FocusPrev, None),
        bind(
            context,
            &[Key::ch('h'), Key::plain(K::Left)],
            A::FocusPrev,
            None,
        ),
        bind(context, &[Key::ch('n')], A::NextUnanswered, Some("next")),
        bind(context, &[Key::ch('O')], A::SetOverride, Some("override")),
        bind(context, &[Key::plain(K::Backspace)], A::ClearAnswer, None),
        bind(context, &[Key::ch('e')], A::EditAnswer, None),
        bind(context, &[Key::ch('m')], A::EditAnswerNote, None),
        bind(context, &[Key::ch('N')], A::CycleNzism, None),
        // The same keys and the same history as Review's.
        bind(context, &[Key::ch('u')], A::Undo, Some("undo")),
        bind(context, &[Key::ctrl('r')], A::Redo, None),
        // Compare. h/l fold sections as in Review; </> (and [/]) step across the
        // provider columns, which scroll to follow.
        bind(
            compare,
            &[Key::ch('d')],
            A::DifferencesOnly,
            Some("differences"),
        ),
        bind(compare, &[Key::ch('s')], A::CycleSort, Some("sort")),
        bind(compare, &[Key::ch('r')], A::RequiredOnly, Some("required")),
        bind(compare, &[Key::ch('c')], A::ToggleChart, Some("chart")),
        bind(compare, &[Key::ch('D')], A::EditDecision, Some("decide")),
        bind(
            compare,
            &[Key::ch('u')],
            A::ToggleUnknownDisqualifies,
            Some("unknown"),
        ),
        bind(compare, &[Key::plain(K::Enter)], A::Select, None),
        bind(
            compare,
            &[Key::ch('>'), Key::ch(']')],
            A::NextProvider,
            None,
        ),
        bind(
            compare,
            &[Key::ch('<'), Key::ch('[')],
            A::PrevProvider,
            None,
        ),
        bind(
            compare,
            &[Key::ch('l'), Key::plain(K::Right)],
            A::Expand,
            None,
        ),
        bind(
            compare,
            &[Key::ch('h'), Key::plain(K::Left)],
            A::Collapse,
            None,
        ),
        bind(compare, &[Key::ch('b')], A::SwitchChart, None),
        // Actions.
        bind(actions, &[Key::plain(K::Enter)], A::Select, Some("open")),
        bind(actions, &[Key::ch('s')], A::CycleSort, Some("sort")),
        bind(
            actions,
            &[Key::ch('f')],
            A::FilterProvider,
            Some("provider"),
        ),
        // Everywhere outside dialogs.
        bind(
            S::Global,
            &[Key::ch('j'), Key::plain(K::Down)],
            A::Down,
            None,
        ),
        bind(S::Global, &[Key::ch('k'), Key::plain(K::Up)], A::Up, None),
        bind(
            S::Global,
            &[Key::ch('g'), Key::plain(K::Home)],
            A::Top,
            None,
        ),
        bind(
            S::Global,
            &[Key::ch('G'), Key::plain(K::End)],
            A::Bottom,
            None,
        ),
        bind(S::Global, &[Key::plain(K::PageUp)], A::PageUp, None),
        bind(S::Global, &[Key::plain(K::PageDown)], A::PageDown, None),
        // Unhinted so every view's hint line keeps its room; help lists them.
        bind(S::Global, &[Key::ch('/')], A::Search, None),
        bind(S::Global, &[Key::ch(':')], A::Palette, None),
        bind(
            S::Global,
            &[Key::ch('w')],
            A::OpenPicker,
            Some("workspaces"),
        ),
        bind(S::Global, &[Key::ch('E')], A::Export, None),
        bind(
            S::Global,
            &[Key::ch('?'), Key::plain(K::F(1))],
            A::Help,
            Some("help"),
        ),
        bind(
            S::Global,
            &[Key::ch('q'), Key::ctrl('c')],
            A::Quit,
            Some("quit"),
        ),
    ];
    // Search and the palette: the same keys over an input line and a list of results.
    for (scope, enter) in [(S::Search, "go to"), (S::Palette, "run")] {
        table.extend([
            bind(scope, &[Key::plain(K::Enter)], A::Select, Some(enter)),
            bind(
                scope,
                &[Key::plain(K::Down), Key::ctrl('n')],
                A::Down,
                Some("next"),
            ),
            bind(
                scope,
                &[Key::plain(K::Up), Key::ctrl('p')],
                A::Up,
                Some("previous"),
            ),
            bind(scope, &[Key::plain(K::PageDown)], A::PageDown, None),
            bind(scope, &[Key::plain(K::PageUp)], A::PageUp, None),
            bind(scope, &[Key::plain(K::Esc)], A::Back, Some("close")),
        ]);
    }
    for (index, view) in View::ALL.into_iter().enumerate() {
        let digit = char::from_digit(index as u32 + 1, 10).unwrap_or('0');
        table.push(bind(S::Global, &[Key::ch(digit)], A::GoTo(view), None));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn view_scope_wins_over_global() {
        let keymap = Keymap::default();
        let scopes = [Scope::View(View::Review), Scope::Global];
        let n = key(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(keymap.action_for(&scopes, &n), Some(Action::NextUnassessed));
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(keymap.action_for(&scopes, &q), Some(Action::Quit));
    }

    #[test]
    fn shift_is_implied_by_the_character() {
        let keymap = Keymap::default();
        let scopes = [Scope::Global];
        let big_g = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(keymap.action_for(&scopes, &big_g), Some(Action::Bottom));
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(keymap.action_for(&scopes, &ctrl_c), Some(Action::Quit));
        let plain_c = key(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(keymap.action_for(&scopes, &plain_c), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        let keymap = Keymap::default();
        let mut seen = std::collections::HashSet::new();
        for binding in &keymap.bindings {
            for key in &binding.keys {
                assert!(
                    seen.insert((binding.scope, key.code, key.mods)),
                    "{:?} bound twice in {:?}",
                    key.code,
                    binding.scope
                );
            }
        }
    }

    #[test]
    fn every_status_has_a_key_in_review() {
        let keymap = Keymap::default();
        for status in Status::ALL {
            assert!(
                keymap.binding_of(Action::SetStatus(status)).is_some(),
                "{status:?}"
            );
        }
    }
}
