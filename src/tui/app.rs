//! The loop: draw, wait for an event, `update` decides, the runtime performs the effects and
//! `update::on_outcome` applies what became of them. Generic over the backend and the event
//! source, so tests drive it on `TestBackend` with a scripted list of events.

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;

use super::effect::Effect;
use super::runtime::Runtime;
use super::state::{Drawn, SaveState, State};
use super::{update, views};

/// How long to wait before trying a failed save again when no key is pressed.
const SAVE_RETRY: Duration = Duration::from_secs(5);
/// How often the screen shows a worker's progress while it hashes.
const WORK_POLL: Duration = Duration::from_millis(100);

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
        draw(terminal, state)?;
        if state.quit {
            return Ok(());
        }
        let retrying = matches!(state.save, SaveState::Failed(_));
        let timeout = if runtime.busy() {
            Some(WORK_POLL)
        } else {
            retrying.then_some(SAVE_RETRY)
        };
        let event = next_event(timeout)?;
        let mut effects = event.map_or_else(Vec::new, |event| update::handle_event(state, &event));
        for outcome in runtime.poll() {
            effects.extend(update::on_outcome(state, outcome));
        }
        let saves = effects.contains(&Effect::SaveWorkspace);
        if !effects.is_empty() {
            // Show the change before doing the slow part (a large workspace takes tens of
            // milliseconds to write), so a key press is answered at once.
            if saves {
                update::saving(state);
            }
            draw(terminal, state)?;
        }
        for effect in effects {
            perform(state, runtime, effect);
        }
        if !saves && matches!(state.save, SaveState::Failed(_)) {
            perform(state, runtime, Effect::SaveWorkspace);
        }
    }
}

/// Performs `effect` and applies what became of it, then any effect that follows from
/// that (evidence read asks for a save), until none is left.
pub fn perform(state: &mut State, runtime: &mut Runtime, effect: Effect) {
    let mut effects = VecDeque::from([effect]);
    while let Some(effect) = effects.pop_front() {
        for outcome in runtime.perform(state, effect) {
            effects.extend(update::on_outcome(state, outcome));
        }
    }
}

/// Draws the screen and keeps what it laid out for the next event.
pub fn draw<B: Backend>(terminal: &mut Terminal<B>, state: &mut State) -> Result<(), B::Error> {
    let mut drawn = Drawn::default();
    terminal.draw(|frame| drawn = views::draw(frame, state))?;
    update::drawn(state, drawn);
    Ok(())
}

#[cfg(test)]
mod tests;
