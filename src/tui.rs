//! The terminal interface. `run` sets the terminal up, runs the loop and always restores
//! the terminal: on errors, on panics (ratatui's panic hook, plus one for the mouse and
//! pasting), and on SIGTERM or SIGINT, which end the loop instead of the process.

mod app;
mod command;
mod effect;
mod keymap;
mod layout;
mod outcome;
mod review_tree;
mod runtime;
mod selectors;
mod state;
mod text;
mod theme;
mod update;
mod views;
mod widgets;

use std::io;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    KeyEvent,
};
use ratatui::crossterm::execute;

use crate::catalogue::builtin;
use crate::signals::Termination;
use crate::store::{Settings, Store, StoreError};
pub use runtime::Runtime;
pub use state::{Clock, State};
pub use theme::Theme;

/// How the TUI was asked to start.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A workspace name or slug to open at once.
    pub workspace: Option<String>,
    /// Draw with ASCII only.
    pub ascii: bool,
    /// Capture the mouse: clicks select, the wheel scrolls.
    pub mouse: bool,
    /// The name to stamp changes with this run (`--assessor`), instead of the settings'.
    pub assessor: Option<String>,
}

/// Opens the TUI and runs it until the user quits.
pub fn run(store: Store, options: &Options) -> anyhow::Result<()> {
    let (mut state, mut runtime) = start(store, options, Clock::System)?;
    let mouse = options.mouse || runtime.settings.mouse;
    let termination = Termination::watch()?;
    let mut terminal = ratatui::try_init()?;
    release_mouse_and_paste_on_panic();
    let result = (|| {
        execute!(io::stdout(), EnableBracketedPaste)?;
        if mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        crate::crash::panic_if_asked("tui");
        app::run_loop(&mut terminal, &mut state, &mut runtime, |timeout| {
            next_event(timeout, &termination)
        })
    })();
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

/// Builds the first state: settings read, the workspace asked for (or the last one) opened.
pub fn start(store: Store, options: &Options, clock: Clock) -> anyhow::Result<(State, Runtime)> {
    let (settings, settings_error) = match store.load_settings() {
        Ok(settings) => (settings, None),
        Err(error) => (Settings::default(), Some(settings_refused(&error))),
    };
    let theme = Theme::from_env(options.ascii || settings.ascii);
    let given = options
        .assessor
        .as_deref()
        .map(str::trim)
        .filter(|name| !name.is_empty());
    let ask_name = given.is_none() && settings_error.is_none() && settings.assessor_unset();
    let assessor = given.map_or_else(|| settings.assessor_name(), str::to_owned);
    let wanted = match &options.workspace {
        Some(name) => Some(store.resolve(name)?),
        None => settings.last_workspace.clone(),
    };
    let mut state = State::new(builtin(), theme, assessor, clock);
    let folder = store.export_folder(&settings);
    state.export_folder = std::path::absolute(&folder).unwrap_or(folder);
    let mut runtime = Runtime::new(store, settings);
    // Listing reads every workspace in full, so it waits until the picker is shown: when a
    // workspace opens straight away, the first frame does not pay for the others.
    match wanted {
        Some(slug) => app::perform(
            &mut state,
            &mut runtime,
            effect::Effect::OpenWorkspace(slug),
        ),
        None => app::perform(&mut state, &mut runtime, effect::Effect::ListWorkspaces),
    }
    if let Some(error) = settings_error {
        state.fail(error);
    }
    if ask_name {
        update::assessor::ask(&mut state, true);
    }
    Ok((state, runtime))
}

/// What the user is told when the settings cannot be read. True to what happens next: a
/// damaged file is kept aside when settings are next saved, anything else (a link, a FIFO)
/// stays and settings are not saved over it.
fn settings_refused(error: &StoreError) -> String {
    match error {
        StoreError::Parse {
            path,
            line,
            column,
            message,
            ..
        } => {
            let at = if *line > 0 {
                format!(":{line}:{column}")
            } else {
                String::new()
            };
            format!(
                "{}{at}: {message} — tiaki uses the default settings, and keeps the damaged \
                 file beside it as settings.ron.damaged-<time> when it saves new ones; \
                 correct that copy and put it back, or set your preferences again.",
                path.display()
            )
        }
        _ => format!("{error}. Until then tiaki uses the default settings."),
    }
}

/// Handles `key` and draws the screen, as one turn of the loop does, dropping any effect
/// the key asks for. Public only for the benchmarks in `benches/`, which time a keystroke
/// from key to drawn screen and cannot reach the private modules.
#[doc(hidden)]
pub fn press_and_draw<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    key: KeyEvent,
) -> Result<(), B::Error> {
    update::handle_key(state, key);
    app::draw(terminal, state)
}

/// ratatui's hook leaves raw mode and the alternate screen; this one, run before it, also
/// gives the mouse and pasting back to the terminal.
fn release_mouse_and_paste_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        previous(info);
    }));
}

/// How often a wait for a key looks for SIGTERM or SIGINT.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// The next event, or `None` once `timeout` has passed; an error once a signal asked
/// tiaki to stop, so that the loop ends and the terminal is restored.
fn next_event(
    timeout: Option<Duration>,
    termination: &Termination,
) -> io::Result<Option<event::Event>> {
    let deadline = timeout.map(|timeout| Instant::now() + timeout);
    loop {
        if let Some(signal) = termination.received() {
            return Err(io::Error::other(format!(
                "stopped by {signal}; every change was saved as it was made, except any \
                 the screen said could not be saved"
            )));
        }
        let left = deadline.map_or(SIGNAL_CHECK, |deadline| {
            deadline.saturating_duration_since(Instant::now())
        });
        if event::poll(left.min(SIGNAL_CHECK))? {
            return event::read().map(Some);
        }
        if deadline.is_some_and(|deadline| Instant::now() >= deadline) {
            return Ok(None);
        }
    }
}

#[cfg(test)]
mod testing;
