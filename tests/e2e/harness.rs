//! Drives the real `tiaki` binary in a pseudo-terminal. A reader thread keeps draining the
//! terminal's output into a `vt100` screen (a pty that is not read fills up and blocks the
//! app); tests send keys, wait for text to appear and read the screen as a user would.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use serde_json::Value;

/// Long enough for a loaded CI machine, short enough that a hang fails instead of stalling.
pub const WAIT: Duration = Duration::from_secs(10);
/// How often `wait_until` looks at the screen.
const POLL: Duration = Duration::from_millis(20);

/// Named keys as a terminal sends them.
pub mod keys {
    pub const ENTER: &str = "\r";
    pub const ESC: &str = "\x1b";
    pub const TAB: &str = "\t";
    pub const BACKSPACE: &str = "\x7f";

    /// A left click at a 0-based cell, pressed and released (SGR encoding, as crossterm
    /// asks terminals for).
    pub fn click(col: usize, row: usize) -> String {
        format!("\x1b[<0;{c};{r}M\x1b[<0;{c};{r}m", c = col + 1, r = row + 1)
    }

    /// One notch of the wheel down at a 0-based cell.
    pub fn wheel_down(col: usize, row: usize) -> String {
        format!("\x1b[<65;{};{}M", col + 1, row + 1)
    }

    /// Ctrl plus a letter: the letter's control code (Ctrl-c is 0x03).
    pub fn ctrl(letter: char) -> String {
        let code = letter.to_ascii_lowercase() as u8 - b'a' + 1;
        char::from(code).to_string()
    }
}

/// What the reader thread shares with the test.
struct Terminal {
    parser: vt100::Parser<Bells>,
    /// Every byte the app wrote, to search for sequences the screen would hide.
    raw: Vec<u8>,
}

/// Counts the bells the app rings: user text must never make the terminal beep.
#[derive(Default)]
struct Bells(usize);

impl vt100::Callbacks for Bells {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0 += 1;
    }
}

/// One running `tiaki` in its own pseudo-terminal; killed when dropped.
pub struct Tui {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    terminal: Arc<Mutex<Terminal>>,
    /// Says when the reader has drained everything (the app exited and closed the pty).
    drained: Receiver<()>,
}

impl Tui {
    /// Starts `tiaki --data-dir <data> <args>` in a `cols`x`rows` terminal, with its
    /// home and config folders inside `data` so nothing reaches the user's real ones.
    pub fn start(data: &Path, args: &[&str], cols: u16, rows: u16) -> Tui {
        Tui::start_with_env(data, args, cols, rows, &[])
    }

    /// Like `start`, with extra environment variables (`NO_COLOR` is otherwise unset).
    pub fn start_with_env(
        data: &Path,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Tui {
        let pair = native_pty_system()
            .openpty(pty_size(cols, rows))
            .expect("opens a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_tiaki"));
        command.arg("--data-dir");
        command.arg(data);
        command.args(args);
        command.cwd(data);
        command.env("HOME", data);
        command.env("XDG_CONFIG_HOME", data);
        command.env("TERM", "xterm-256color");
        command.env_remove("TIAKI_DATA_DIR");
        command.env_remove("NO_COLOR");
        // A name, so the first-start question stays out of journeys not about it
        // (`first_start.rs` empties it).
        command.env("TIAKI_ASSESSOR", "E2E Assessor");
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).expect("starts tiaki");
        // Only the child may hold the slave open, or the reader never sees the end.
        drop(pair.slave);
        let terminal = Arc::new(Mutex::new(Terminal {
            parser: vt100::Parser::new_with_callbacks(
                non_zero(rows),
                non_zero(cols),
                0,
                Bells::default(),
            ),
            raw: Vec::new(),
        }));
        let mut reader = pair.master.try_clone_reader().expect("reads the pty");
        let (done, drained) = mpsc::channel();
        let shared = Arc::clone(&terminal);
        thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            // Linux reports EIO once the child has gone: that ends the loop too.
            while let Ok(count @ 1..) = reader.read(&mut buffer) {
                let mut terminal = lock(&shared);
                terminal.parser.process(&buffer[..count]);
                terminal.raw.extend_from_slice(&buffer[..count]);
            }
            let _ = done.send(());
        });
        let writer = pair.master.take_writer().expect("writes the pty");
        Tui {
            master: pair.master,
            writer,
            child,
            terminal,
            drained,
        }
    }

    /// Starts in the default 120x40 terminal.
    pub fn open(data: &Path, args: &[&str]) -> Tui {
        Tui::start(data, args, 120, 40)
    }

    /// Types `keys` (raw bytes: text, or the constants in `keys`).
    pub fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .and_then(|()| self.writer.flush())
            .expect("the app's terminal accepts input");
    }

    /// Sends Esc on its own and waits for `effect`: an Esc followed closely by another
    /// key would read as Alt plus that key.
    pub fn escape(&mut self, effect: impl Fn(&str) -> bool, what: &str) {
        self.send(keys::ESC);
        self.wait_until(what, effect)
            .unwrap_or_else(|e| panic!("{e}"));
    }

    /// The screen's text, rows separated by newlines.
    pub fn screen(&self) -> String {
        lock(&self.terminal).parser.screen().contents()
    }

    /// Waits until the screen shows `text`; on timeout the error holds the whole screen.
    pub fn wait_for(&self, text: &str) -> Result<(), String> {
        self.wait_until(&format!("{text:?} on screen"), |screen| {
            screen.contains(text)
        })
    }

    /// Like `wait_for`, panicking with the screen: the usual way to take a step.
    pub fn expect(&self, text: &str) {
        self.wait_for(text).unwrap_or_else(|e| panic!("{e}"));
    }

    /// Waits until the screen satisfies `test`, for at most `WAIT`.
    pub fn wait_until(&self, what: &str, test: impl Fn(&str) -> bool) -> Result<(), String> {
        let deadline = Instant::now() + WAIT;
        loop {
            let screen = self.screen();
            if test(&screen) {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "waited {WAIT:?} for {what}; the screen shows:\n{screen}"
                ));
            }
            thread::sleep(POLL);
        }
    }

    /// Resizes the terminal, as a user dragging the window does.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        // The screen first, so the app's redraw for the new size lands on a screen of it.
        lock(&self.terminal)
            .parser
            .set_size(non_zero(rows), non_zero(cols));
        self.master
            .resize(pty_size(cols, rows))
            .expect("resizes the pty");
    }

    /// Waits for the app to exit and for its last output to be read; its exit code.
    pub fn wait_exit(&mut self) -> Result<u32, String> {
        let deadline = Instant::now() + WAIT;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    self.drained
                        .recv_timeout(left.max(Duration::from_secs(1)))
                        .map_err(|_| "the app exited but its output never ended".to_owned())?;
                    return Ok(status.exit_code());
                }
                Ok(None) if Instant::now() < deadline => thread::sleep(POLL),
                Ok(None) => {
                    return Err(format!(
                        "tiaki still running after {WAIT:?}; the screen shows:\n{}",
                        self.screen()
                    ));
                }
                Err(error) => return Err(format!("cannot wait for tiaki: {error}")),
            }
        }
    }

    /// Ends the app with a hang-up signal, as a closed terminal window does: no clean-up runs.
    pub fn kill(&mut self) {
        self.child.kill().expect("kills tiaki");
    }

    /// The pid of the app, as a second instance would name it.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child has a pid")
    }

    /// How many cells of the screen pass `test` (to look at colours and attributes).
    pub fn count_cells(&self, test: impl Fn(&vt100::Cell) -> bool) -> usize {
        let terminal = lock(&self.terminal);
        let screen = terminal.parser.screen();
        let (rows, cols) = screen.size();
        (0..rows.get())
            .flat_map(|row| (0..cols.get()).map(move |col| (row, col)))
            .filter_map(|(row, col)| screen.cell(row, col))
            .filter(|cell| test(cell))
            .count()
    }

    /// How many bells the app has rung.
    pub fn bells(&self) -> usize {
        lock(&self.terminal).parser.callbacks().0
    }

    /// Whether the app's raw output ever held `sequence`.
    pub fn wrote(&self, sequence: &[u8]) -> bool {
        lock(&self.terminal)
            .raw
            .windows(sequence.len())
            .any(|window| window == sequence)
    }

    /// Whether the app asked the terminal for mouse events.
    pub fn mouse_captured(&self) -> bool {
        captures_mouse(lock(&self.terminal).parser.screen())
    }

    /// Whether the terminal is back to how a shell wants it: main screen, mouse released,
    /// cursor shown, line editing and echo on (raw mode left).
    pub fn restored(&self) -> Result<(), String> {
        let terminal = lock(&self.terminal);
        let screen = terminal.parser.screen();
        if screen.alternate_screen() {
            return Err("still on the alternate screen".to_owned());
        }
        if captures_mouse(screen) {
            return Err("the mouse is still captured".to_owned());
        }
        if screen.hide_cursor() {
            return Err("the cursor is still hidden".to_owned());
        }
        let termios = self
            .master
            .get_termios()
            .ok_or("cannot read the pty's modes")?;
        // Read from the flags' names: nix is portable-pty's dependency, not ours.
        let flags = format!("{:?}", termios.local_flags);
        let on: Vec<&str> = flags
            .trim_end_matches(')')
            .split(['(', '|'])
            .map(str::trim)
            .collect();
        match ["ICANON", "ECHO"].iter().find(|flag| !on.contains(flag)) {
            Some(flag) => Err(format!("{flag} is off: still in raw mode ({flags})")),
            None => Ok(()),
        }
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // Already gone when the test waited for the exit; a failed test leaves it running.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn pty_size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        ..PtySize::default()
    }
}

fn captures_mouse(screen: &vt100::Screen) -> bool {
    screen.mouse_protocol_mode() != vt100::MouseProtocolMode::None
}

fn non_zero(cells: u16) -> NonZeroU16 {
    NonZeroU16::new(cells).expect("a terminal has at least one row and column")
}

/// A poisoned lock only means another assertion already failed; the screen is still good.
fn lock(terminal: &Mutex<Terminal>) -> MutexGuard<'_, Terminal> {
    terminal
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// `tiaki --data-dir <data> <args>` to run headless, with the same isolation as `Tui`.
pub fn command(data: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tiaki"));
    command
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .current_dir(data)
        .env("HOME", data)
        .env("XDG_CONFIG_HOME", data)
        .env_remove("TIAKI_DATA_DIR")
        .env_remove("TIAKI_ASSESSOR")
        .stdin(Stdio::null());
    command
}

/// Runs `tiaki --data-dir <data> <args>` headless to the end.
pub fn run(data: &Path, args: &[&str]) -> Output {
    command(data, args).output().expect("runs tiaki")
}

/// Runs `args` and insists it succeeds; its standard output.
pub fn run_ok(data: &Path, args: &[&str]) -> String {
    let output = run(data, args);
    assert!(
        output.status.success(),
        "tiaki {args:?} failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The workspace `slug` as `tiaki export --format json` writes it.
pub fn export_json(data: &Path, slug: &str) -> Value {
    let text = run_ok(data, &["export", slug, "--format", "json"]);
    serde_json::from_str(&text).expect("the export is JSON")
}

/// A fresh data folder for one journey.
pub fn data_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("creates a temporary folder")
}
