use super::*;
use crate::store::Store;
use crate::tui::app::perform;
use crate::tui::command::View;
use crate::tui::testing::{fixed_now, press, sample_workspace, state_with};
use crate::tui::{Clock, Options, start};
use crate::workspace::Subject;

fn start_in(store: Store, assessor: Option<&str>) -> State {
    let options = Options {
        assessor: assessor.map(str::to_owned),
        ..Options::default()
    };
    start(store, &options, Clock::Fixed(fixed_now()))
        .expect("starts")
        .0
}

fn asks_for_the_name(state: &State) -> Option<String> {
    match state.overlays.last() {
        Some(Overlay::Form(form, FormPurpose::Assessor)) => Some(form.value(0)),
        _ => None,
    }
}

#[test]
fn the_first_start_asks_once_offering_the_systems_name_and_keeps_the_answer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let store = Store::open(Some(&data)).expect("store");
    let settings = store.load_settings().expect("defaults");
    let (mut state, mut runtime) =
        start(store, &Options::default(), Clock::Fixed(fixed_now())).expect("starts");
    assert_eq!(
        asks_for_the_name(&state).as_deref(),
        Some(settings.assessor_name().as_str())
    );
    press(&mut state, &"<Backspace>".repeat(60));
    let effects = press(&mut state, "Ana Ngata<Enter>");
    assert_eq!(effects, vec![Effect::SaveAssessor("Ana Ngata".to_owned())]);
    for effect in effects {
        perform(&mut state, &mut runtime, effect);
    }
    assert_eq!(state.assessor, "Ana Ngata");
    // Asked once: the next start knows the name.
    let state = start_in(Store::open(Some(&data)).expect("store"), None);
    assert_eq!(asks_for_the_name(&state), None);
    assert_eq!(state.assessor, "Ana Ngata");
}

#[test]
fn a_name_on_the_command_line_is_used_and_nothing_is_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    let state = start_in(store, Some("  Rangi Parata "));
    assert_eq!(asks_for_the_name(&state), None);
    assert_eq!(state.assessor, "Rangi Parata");
}

#[test]
fn a_changes_the_name_later_and_the_next_change_carries_it() {
    let mut state = state_with(sample_workspace());
    assert!(press(&mut state, "A").is_empty());
    assert_eq!(asks_for_the_name(&state).as_deref(), Some("Ana Tester"));
    press(&mut state, &"<Backspace>".repeat(20));
    // Empty is refused in the dialog.
    assert!(press(&mut state, "<Enter>").is_empty());
    assert!(asks_for_the_name(&state).is_some());
    let effects = press(&mut state, "Mere Tui<Enter>");
    assert_eq!(effects, vec![Effect::SaveAssessor("Mere Tui".to_owned())]);
    state.view = View::Review;
    press(&mut state, "ny");
    let id = state.workspace().expect("open").providers[0].id.clone();
    let stamped = state
        .workspace()
        .expect("open")
        .judgements(&Subject::Provider(id))
        .expect("judgements")
        .values()
        .filter_map(|a| a.changed.as_ref())
        .any(|changed| changed.by == "Mere Tui");
    assert!(stamped);
}
