//! The loop: draw, wait for an event, update, perform effects. Generic over the backend so
//! tests drive it on `TestBackend` with a scripted list of events.

use std::io;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;

use super::effect::Effect;
use super::runtime::Runtime;
use super::state::{SaveState, State};
use super::{update, views};

/// How long to wait before trying a failed save again when no key is pressed.
const SAVE_RETRY: Duration = Duration::from_secs(5);

/// Runs until the user quits. `next_event` blocks until an event arrives or, when given a
/// timeout, until it passes (`Ok(None)`); nothing is redrawn while idle.
pub fn run_loop<B, F>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    runtime: &mut Runtime,
    mut next_event: F,
) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    F: FnMut(Option<Duration>) -> io::Result<Option<Event>>,
{
    // Mouse hit-testing needs the size before the first resize event arrives.
    let size = terminal.size()?;
    update::handle_event(state, &Event::Resize(size.width, size.height));
    loop {
        terminal.draw(|frame| views::draw(frame, state))?;
        if state.quit {
            return Ok(());
        }
        let retrying = matches!(state.save, SaveState::Failed(_));
        let event = next_event(retrying.then_some(SAVE_RETRY))?;
        let effects = event.map_or_else(Vec::new, |event| update::handle_event(state, &event));
        let saves = effects.contains(&Effect::SaveWorkspace);
        if !effects.is_empty() {
            // Show the change before doing the slow part (a large workspace takes tens of
            // milliseconds to write), so a key press is answered at once.
            if saves {
                state.save = SaveState::Pending;
                state.unsaved_changes += 1;
            }
            terminal.draw(|frame| views::draw(frame, state))?;
        }
        for effect in effects {
            runtime.perform(state, effect);
        }
        if !saves && matches!(state.save, SaveState::Failed(_)) {
            runtime.perform(state, Effect::SaveWorkspace);
        }
    }
}

#[cfg(test)]
mod tests {
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
}
