//! The table itself: every key of tiaki, one binding a line, kept out of rustfmt's reach so
//! it reads as a table (scope, keys, command, hint). To add a key, add a line here; help,
//! the hint line and the command palette pick it up.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{Binding, Key, Scope};
use crate::tui::command::{Command, View};
use crate::workspace::Status;

/// A key without modifiers.
const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

/// A character key; Shift is part of the character (`G`, `?`).
const fn ch(ch: char) -> Key {
    key(KeyCode::Char(ch))
}

const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        mods: KeyModifiers::CONTROL,
    }
}

fn bind(scope: Scope, keys: &[Key], command: Command, hint: Option<&'static str>) -> Binding {
    Binding {
        scope,
        keys: keys.to_vec(),
        command,
        hint,
    }
}

#[rustfmt::skip]
pub(super) fn default_bindings() -> Vec<Binding> {
    use Command as C;
    use KeyCode as K;
    use Scope as S;
    let review = S::View(View::Review);
    let providers = S::View(View::Providers);
    let context = S::View(View::Context);
    let compare = S::View(View::Compare);
    let actions = S::View(View::Actions);
    let history = S::View(View::History);
    let mut table = vec![
        bind(S::Help,    &[key(K::Esc), ch('q'), ch('?'), key(K::F(1))], C::Back,               Some("close")),
        bind(S::Help,    &[ch('j'), key(K::Down)],          C::Down,               Some("scroll")),
        bind(S::Help,    &[ch('k'), key(K::Up)],            C::Up,                 None),
        bind(S::Confirm, &[ch('y'), key(K::Enter)],         C::Confirm,            Some("yes")),
        bind(S::Confirm, &[ch('n'), key(K::Esc)],           C::Back,               Some("no")),
        bind(S::Form,    &[key(K::Enter), ctrl('s')],       C::Submit,             Some("save")),
        bind(S::Form,    &[key(K::Tab), key(K::Down)],      C::NextField,          Some("next field")),
        bind(S::Form,    &[key(K::BackTab), key(K::Up)],    C::PrevField,          Some("previous field")),
        bind(S::Form,    &[key(K::Esc)],                    C::Back,               Some("cancel")),
        bind(S::Editor,  &[key(K::Enter), ctrl('j')],       C::NewLine,            Some("new line")),
        bind(S::Editor,  &[ctrl('s')],                      C::Submit,             Some("save")),
        bind(S::Editor,  &[key(K::Esc)],                    C::Back,               Some("cancel")),
        // The workspace picker.
        // The evidence library, and the dialog while files are hashed.
        bind(S::Library, &[ch('j'), key(K::Down)],          C::Down,               None),
        bind(S::Library, &[ch('k'), key(K::Up)],            C::Up,                 None),
        bind(S::Library, &[ch('g'), key(K::Home)],          C::Top,                None),
        bind(S::Library, &[ch('G'), key(K::End)],           C::Bottom,             None),
        bind(S::Library, &[key(K::Enter), ch(' ')],         C::Select,             Some("link")),
        bind(S::Library, &[ch('n')],                        C::NewEvidence,        Some("new")),
        bind(S::Library, &[ch('e')],                        C::EditEvidence,       Some("edit")),
        bind(S::Library, &[ch('D')],                        C::RemoveEvidence,     Some("remove")),
        bind(S::Library, &[ch('v')],                        C::VerifyEvidence,     Some("verify")),
        bind(S::Library, &[key(K::Esc)],                    C::Back,               Some("close")),
        bind(S::Hashing, &[key(K::Esc)],                    C::Back,               Some("stop")),
        bind(S::Picker,  &[key(K::Enter)],                  C::Select,             Some("open")),
        bind(S::Picker,  &[ch('n')],                        C::NewWorkspace,       Some("new")),
        bind(S::Picker,  &[ch('r')],                        C::RenameWorkspace,    Some("rename")),
        bind(S::Picker,  &[ch('c')],                        C::DuplicateWorkspace, Some("copy")),
        bind(S::Picker,  &[ch('D')],                        C::DeleteWorkspace,    Some("delete")),
        bind(S::Picker,  &[ch('d')],                        C::OpenDemo,           Some("demo")),
        bind(S::Picker,  &[key(K::Esc)],                    C::Back,               Some("back")),
        // Providers.
        bind(providers,  &[key(K::Enter)],                  C::Select,             Some("review")),
        bind(providers,  &[ch('a')],                        C::AddProvider,        Some("add")),
        bind(providers,  &[ch('e')],                        C::EditProvider,       Some("edit")),
        bind(providers,  &[ch('D')],                        C::DeleteProvider,     Some("delete")),
        bind(providers,  &[ch('c')],                        C::ChooseProvider,     Some("choose")),
        bind(providers,  &[ch('C')],                        C::EditCrypto,         None),
        // Reordering is rare: help lists it, and the hint line keeps room for ? help.
        bind(providers,  &[ch('K')],                        C::MoveUp,             None),
        bind(providers,  &[ch('J')],                        C::MoveDown,           None),
        // Adding, editing, deleting, reordering and choosing are undone like any change.
        bind(providers,  &[ch('u')],                        C::Undo,               None),
        bind(providers,  &[ctrl('r')],                      C::Redo,               None),
        // Review.
        bind(review,     &[ch('y')],                        C::SetStatus(Status::Met), Some("met")),
        bind(review,     &[ch('p')],                        C::SetStatus(Status::PartlyMet), Some("partly")),
        bind(review,     &[ch('x')],                        C::SetStatus(Status::NotMet), Some("not met")),
        bind(review,     &[ch('o')],                        C::SetStatus(Status::Unknown), Some("unknown")),
        bind(review,     &[ch('-')],                        C::SetStatus(Status::NotApplicable), Some("n/a")),
        bind(review,     &[key(K::Backspace)],              C::SetStatus(Status::NotAssessed), None),
        bind(review,     &[ch(' ')],                        C::CycleStatus,        None),
        bind(review,     &[ch('n')],                        C::NextUnassessed,     Some("next")),
        bind(review,     &[ch('N')],                        C::PrevUnassessed,     None),
        bind(review,     &[ch('e')],                        C::EditNote,           Some("note")),
        bind(review,     &[ch('a')],                        C::LinkEvidence,       Some("evidence")),
        bind(review,     &[ch('X')],                        C::UnlinkEvidence,     None),
        bind(review,     &[ch('V')],                        C::VerifyEvidence,     None),
        bind(review,     &[ch('t')],                        C::SetAction,          Some("action")),
        bind(review,     &[ch('T')],                        C::SetTreatment,       Some("treat")),
        bind(review,     &[ch('b')],                        C::CycleBasis,         None),
        bind(review,     &[ch('f')],                        C::ToggleFlag,         None),
        bind(review,     &[ch('v')],                        C::ToggleNotNeeded,    None),
        bind(review,     &[ch('u')],                        C::Undo,               Some("undo")),
        bind(review,     &[ctrl('r')],                      C::Redo,               None),
        bind(review,     &[ch(']')],                        C::NextProvider,       Some("provider")),
        bind(review,     &[ch('[')],                        C::PrevProvider,       None),
        bind(review,     &[ch('R')],                        C::CycleReviewOf,      Some("readiness")),
        bind(review,     &[key(K::Tab)],                    C::FocusNext,          None),
        bind(review,     &[key(K::BackTab)],                C::FocusPrev,          None),
        bind(review,     &[ch('l'), key(K::Right)],         C::Expand,             None),
        bind(review,     &[ch('h'), key(K::Left)],          C::Collapse,           None),
        bind(review,     &[key(K::Enter)],                  C::Select,             None),
        // Context.
        // Bksp, e, Enter and h/l are left to help so the hint line keeps room for ? help.
        bind(context,    &[ch(' ')],                        C::PickOption,         Some("pick")),
        bind(context,    &[key(K::Enter)],                  C::PickOption,         None),
        bind(context,    &[key(K::Tab)],                    C::FocusNext,          Some("pane")),
        bind(context,    &[ch('l'), key(K::Right)],         C::FocusNext,          None),
        bind(context,    &[key(K::BackTab)],                C::FocusPrev,          None),
        bind(context,    &[ch('h'), key(K::Left)],          C::FocusPrev,          None),
        bind(context,    &[ch('n')],                        C::NextUnanswered,     Some("next")),
        bind(context,    &[ch('O')],                        C::SetOverride,        Some("override")),
        bind(context,    &[key(K::Backspace)],              C::ClearAnswer,        None),
        bind(context,    &[ch('e')],                        C::EditAnswer,         None),
        bind(context,    &[ch('m')],                        C::EditAnswerNote,     None),
        bind(context,    &[ch('N')],                        C::CycleNzism,         None),
        // The same keys and the same history as Review's.
        bind(context,    &[ch('u')],                        C::Undo,               Some("undo")),
        bind(context,    &[ctrl('r')],                      C::Redo,               None),
        // Compare. h/l fold sections as in Review; </> (and [/]) step across the
        // provider columns, which scroll to follow.
        bind(compare,    &[ch('d')],                        C::DifferencesOnly,    Some("differences")),
        bind(compare,    &[ch('s')],                        C::CycleSort,          Some("sort")),
        bind(compare,    &[ch('r')],                        C::RequiredOnly,       Some("required")),
        bind(compare,    &[ch('c')],                        C::ToggleChart,        Some("chart")),
        bind(compare,    &[ch('D')],                        C::EditDecision,       Some("decide")),
        bind(compare,    &[ch('u')],                        C::ToggleUnknownDisqualifies, Some("unknown")),
        bind(compare,    &[key(K::Enter)],                  C::Select,             None),
        // `u` is taken by Unknowns here: the decision and that toggle undo with Ctrl-z.
        bind(compare,    &[ctrl('z')],                      C::Undo,               None),
        bind(compare,    &[ctrl('r')],                      C::Redo,               None),
        bind(compare,    &[ch('>'), ch(']')],               C::NextProvider,       None),
        bind(compare,    &[ch('<'), ch('[')],               C::PrevProvider,       None),
        bind(compare,    &[ch('l'), key(K::Right)],         C::Expand,             None),
        bind(compare,    &[ch('h'), key(K::Left)],          C::Collapse,           None),
        bind(compare,    &[ch('b')],                        C::SwitchChart,        None),
        // Actions.
        bind(actions,    &[key(K::Enter)],                  C::Select,             Some("open")),
        bind(actions,    &[ch(' ')],                        C::NextActionStatus,   Some("status")),
        bind(actions,    &[ch('e')],                        C::EditAction,         Some("edit")),
        bind(actions,    &[ch('D')],                        C::RemoveAction,       Some("remove")),
        bind(actions,    &[ch('f')],                        C::FilterProvider,     Some("provider")),
        bind(actions,    &[ch('o')],                        C::FilterOwner,        Some("owner")),
        bind(actions,    &[ch('S')],                        C::FilterActionStatus, Some("status only")),
        bind(actions,    &[ch('!')],                        C::FilterOverdue,      Some("overdue")),
        bind(actions,    &[ch('s')],                        C::CycleSort,          Some("sort")),
        bind(actions,    &[ch('u')],                        C::Undo,               None),
        bind(actions,    &[ctrl('r')],                      C::Redo,               None),
        // History.
        bind(history,    &[key(K::Enter)],                  C::Select,             Some("go to")),
        bind(history,    &[ch('f')],                        C::FilterProvider,     Some("provider")),
        bind(history,    &[ch('i')],                        C::FilterItem,         Some("item")),
        bind(history,    &[ch('a')],                        C::FilterAssessor,     Some("assessor")),
        bind(history,    &[ch('d')],                        C::FilterDay,          Some("day")),
        // Everywhere outside dialogs.
        bind(S::Global,  &[ch('j'), key(K::Down)],          C::Down,               None),
        bind(S::Global,  &[ch('k'), key(K::Up)],            C::Up,                 None),
        bind(S::Global,  &[ch('g'), key(K::Home)],          C::Top,                None),
        bind(S::Global,  &[ch('G'), key(K::End)],           C::Bottom,             None),
        bind(S::Global,  &[key(K::PageUp)],                 C::PageUp,             None),
        bind(S::Global,  &[key(K::PageDown)],               C::PageDown,           None),
        // Unhinted so every view's hint line keeps its room; help lists them.
        bind(S::Global,  &[ch('/')],                        C::Search,             None),
        bind(S::Global,  &[ch(':')],                        C::Palette,            None),
        bind(S::Global,  &[ch('w')],                        C::OpenPicker,         Some("workspaces")),
        bind(S::Global,  &[ch('E')],                        C::Export,             None),
        bind(S::Global,  &[ch('A')],                        C::SetAssessor,        None),
        bind(S::Global,  &[ch('L')],                        C::EvidenceLibrary,    None),
        bind(S::Global,  &[ch('?'), key(K::F(1))],          C::Help,               Some("help")),
        bind(S::Global,  &[ch('q'), ctrl('c')],             C::Quit,               Some("quit")),
    ];
    // Search and the palette: the same keys over an input line and a list of results.
    for (scope, enter) in [(S::Search, "go to"), (S::Palette, "run")] {
        table.extend([
            bind(scope,      &[key(K::Enter)],                  C::Select,             Some(enter)),
            bind(scope,      &[key(K::Down), ctrl('n')],        C::Down,               Some("next")),
            bind(scope,      &[key(K::Up), ctrl('p')],          C::Up,                 Some("previous")),
            bind(scope,      &[key(K::PageDown)],               C::PageDown,           None),
            bind(scope,      &[key(K::PageUp)],                 C::PageUp,             None),
            bind(scope,      &[key(K::Esc)],                    C::Back,               Some("close")),
        ]);
    }
    for (index, view) in View::ALL.into_iter().enumerate() {
        let digit = char::from_digit(index as u32 + 1, 10).unwrap_or('0');
        table.push(bind(S::Global, &[ch(digit)], C::GoTo(view), None));
    }
    table
}
