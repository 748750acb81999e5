use super::*;
use crate::workspace::Status;

fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

#[test]
fn view_scope_wins_over_global() {
    let keymap = Keymap::default();
    let scopes = [Scope::View(View::Review), Scope::Global];
    let n = key(KeyCode::Char('n'), KeyModifiers::NONE);
    assert_eq!(
        keymap.command_for(&scopes, &n),
        Some(Command::NextUnassessed)
    );
    let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(keymap.command_for(&scopes, &q), Some(Command::Quit));
}

#[test]
fn shift_is_implied_by_the_character() {
    let keymap = Keymap::default();
    let scopes = [Scope::Global];
    let big_g = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(keymap.command_for(&scopes, &big_g), Some(Command::Bottom));
    let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(keymap.command_for(&scopes, &ctrl_c), Some(Command::Quit));
    let plain_c = key(KeyCode::Char('c'), KeyModifiers::NONE);
    assert_eq!(keymap.command_for(&scopes, &plain_c), None);
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
            keymap.binding_of(Command::SetStatus(status)).is_some(),
            "{status:?}"
        );
    }
}
