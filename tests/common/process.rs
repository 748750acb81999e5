//! Running the real `tiaki` binary as a process, shared by the command-line test binaries
//! (each uses part of it).
#![allow(dead_code)]

use std::path::Path;
use std::process;

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
        .env("HOME", data)
        .env("XDG_CONFIG_HOME", data)
        .arg("--data-dir")
        .arg(data);
    command
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
