use std::collections::VecDeque;
use std::fs;

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::store::{Settings, Store};
use crate::tui::effect::Effect;
use crate::tui::state::Overlay;
use crate::tui::testing::{empty_state, sample_workspace};

#[test]
fn quitting_after_failed_saves_counts_every_change_it_would_lose() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    let lock = store.lock("trial").expect("lock");
    store.save(&lock, &sample_workspace()).expect("save");
    drop(lock);
    let mut runtime = Runtime::new(store, Settings::default());
    let mut state = empty_state();
    runtime.perform(&mut state, Effect::OpenWorkspace("trial".to_owned()));
    assert!(state.session.is_some(), "{:?}", state.message);
    // A folder where the file was: every save from now on fails.
    let path = runtime.store.workspace_path("trial");
    fs::remove_file(&path).expect("remove");
    fs::create_dir(&path).expect("folder");

    // Down to the first item, four judgements of it, then quit.
    let mut keys: VecDeque<Event> = [KeyCode::Down]
        .into_iter()
        .chain("pxoyq".chars().map(KeyCode::Char))
        .map(|code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
        .collect();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let ended = run_loop(&mut terminal, &mut state, &mut runtime, |_| {
        keys.pop_front()
            .map(Some)
            .ok_or_else(|| io::Error::other("no more keys"))
    });
    assert!(ended.is_err(), "the loop ends when the keys do");
    let Some(Overlay::Confirm(question)) = state.overlays.last() else {
        panic!("quitting asks first");
    };
    assert!(
        question
            .message
            .starts_with("Quit anyway and lose the last 4 changes? They could not be saved:"),
        "{}",
        question.message
    );
}
