use std::collections::VecDeque;
use std::fs;

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::store::{Settings, Store};
use crate::tui::effect::Effect;
use crate::tui::state::{Overlay, SaveState};
use crate::tui::testing::{empty_state, sample_workspace};
use crate::workspace::Status;

#[test]
fn quitting_after_failed_saves_counts_every_change_it_would_lose() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    let lock = store.lock("trial").expect("lock");
    store.save(&lock, &sample_workspace()).expect("save");
    drop(lock);
    let mut runtime = Runtime::new(store, Settings::default());
    let mut state = empty_state();
    perform(
        &mut state,
        &mut runtime,
        Effect::OpenWorkspace("trial".to_owned()),
    );
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

/// The whole loop on a real store: keys open the demo from the picker and judge an item;
/// the save fails while a folder stands where the file goes, the loop asks to be woken to
/// try again, and once the folder is gone the retry writes the judgement. While the history
/// check runs after opening, the loop wakes to poll it.
#[test]
fn the_loop_opens_judges_saves_and_retries_a_failed_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    let mut runtime = Runtime::new(store, Settings::default());
    let mut state = empty_state();
    perform(&mut state, &mut runtime, Effect::ListWorkspaces);
    let path = runtime.store.workspace_path(crate::demo::DEMO_SLUG);
    let key = |code| Some(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    // What the loop asked for each time it waited: `Some` while a save is to be retried.
    let mut waits = Vec::new();
    let mut step = 0;
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    run_loop(&mut terminal, &mut state, &mut runtime, |timeout| {
        if timeout == Some(WORK_POLL) {
            // The history check after opening: the loop polls it until it reports.
            std::thread::sleep(Duration::from_millis(5));
            return Ok(None);
        }
        waits.push(timeout);
        step += 1;
        Ok(match step {
            // The demo from the picker, then Review's first item.
            1 => key(KeyCode::Char('d')),
            2 => {
                // From now on the workspace's file cannot be written.
                fs::remove_file(&path).expect("remove");
                fs::create_dir(&path).expect("folder");
                key(KeyCode::Char('3'))
            }
            3 => key(KeyCode::Down),
            4 => key(KeyCode::Char('x')),
            // Nothing pressed: the loop wakes on its own to try the save again, and it
            // fails again while the folder is there.
            5 => None,
            6 => {
                fs::remove_dir(&path).expect("the folder goes");
                None
            }
            7 => key(KeyCode::Char('q')),
            _ => return Err(io::Error::other("the loop should have ended")),
        })
    })
    .expect("quits cleanly");
    assert_eq!(waits[..4], [None; 4], "no wake-up while nothing failed");
    assert_eq!(
        waits[4..6],
        [Some(SAVE_RETRY); 2],
        "woken to retry while failing"
    );
    assert_eq!(waits[6], None, "the retry succeeded: no more wake-ups");
    assert!(
        matches!(state.save, SaveState::Saved(_)),
        "{:?}",
        state.save
    );
    assert_eq!(state.unsaved_changes, 0);
    assert!(state.quit, "quit without a question: nothing is lost");
    let saved = runtime.store.load(crate::demo::DEMO_SLUG).expect("written");
    let item = state
        .session
        .as_ref()
        .map(|s| s.workspace.clone())
        .expect("open");
    assert_eq!(saved, item, "the file holds what is on screen");
    let rows = crate::tui::review_tree::visible_rows(&state);
    let judged = rows[state.review.cursor].item().expect("an item");
    let assessment = &saved.providers[state.review.provider].assessments[&judged.id];
    assert_eq!(
        assessment.status,
        Status::NotMet,
        "the judgement reached the file"
    );
}
