//! Running the real `tiaki` binary as a process, shared by the command-line test binaries
//! (each uses part of it).
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::Path;
use std::process::{self, Stdio};

use assert_cmd::Command;
use tempfile::TempDir;

/// `tiaki` with its data in `data` and nothing inherited that could point elsewhere.
pub fn tiaki(data: &Path) -> Command {
    Command::from_std(tiaki_process(data))
}

/// `tiaki` as a plain process, for what `assert_cmd` cannot set up (its output streams).
pub fn tiaki_process(data: &Path) -> process::Command {
    let mut command = process::Command::new(env!("CARGO_BIN_EXE_tiaki"));
    command
        .env_remove("TIAKI_DATA_DIR")
        .env_remove("TIAKI_ASSESSOR")
        .env("HOME", data)
        .env("XDG_CONFIG_HOME", data)
        .arg("--data-dir")
        .arg(data);
    command
}

/// Which of tiaki's output streams nobody reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    Stdout,
    Stderr,
    Both,
}

/// Runs `tiaki ARGS` with the `closed` streams going to a pipe whose reader has already
/// gone, so that every write to them fails (EPIPE), as once `tiaki … | head -1` has read
/// its line. Returns the exit code (a panic shows as 101) and what the other stream said.
pub fn run_with_closed<S: AsRef<OsStr>>(
    data: &Path,
    args: &[S],
    closed: Closed,
) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let mut command = tiaki_process(data);
    command.args(args).stdin(Stdio::null());
    match closed {
        Closed::Stdout => command.stdout(writer),
        Closed::Stderr => command.stderr(writer),
        Closed::Both => command
            .stdout(writer.try_clone().expect("a second writer"))
            .stderr(writer),
    };
    // `output` captures only the stream not set above.
    let output = command.output().expect("runs");
    let other = [output.stdout, output.stderr].concat();
    (
        output.status.code(),
        String::from_utf8_lossy(&other).into_owned(),
    )
}

/// What a successful run printed; a failure fails the test with its standard error.
pub fn stdout_of(command: &mut Command) -> String {
    let output = command.output().expect("runs");
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// A data folder holding the demo workspace.
pub fn with_demo() -> TempDir {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path()).arg("demo").assert().success();
    data
}
