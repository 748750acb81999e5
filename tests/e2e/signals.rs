//! Being stopped from outside (SIGTERM, SIGINT) or by a bug (a panic) must leave the
//! terminal as the shell wants it; a panic also leaves a crash report and says where.

use std::process::Command;

use crate::harness::{Tui, data_dir};

fn send_signal(tui: &Tui, signal: &str) {
    let sent = Command::new("kill")
        .args([format!("-{signal}"), tui.pid().to_string()])
        .status()
        .expect("runs kill");
    assert!(sent.success());
}

#[test]
fn sigterm_and_sigint_restore_the_terminal() {
    for signal in ["TERM", "INT"] {
        let data = data_dir();
        let mut tui = Tui::start(data.path(), &["--mouse"], 80, 24);
        tui.expect("No workspaces yet.");
        send_signal(&tui, signal);
        assert_eq!(tui.wait_exit(), Ok(1), "SIG{signal}");
        tui.restored()
            .unwrap_or_else(|e| panic!("SIG{signal}: {e}"));
        tui.expect(&format!("stopped by SIG{signal}"));
    }
}

#[test]
fn a_panic_restores_the_terminal_and_leaves_a_crash_report() {
    let data = data_dir();
    let mut tui = Tui::start_with_env(
        data.path(),
        &["--mouse"],
        120,
        40,
        &[("TIAKI_TEST_PANIC", "tui")],
    );
    assert_eq!(tui.wait_exit(), Ok(101));
    tui.restored().unwrap_or_else(|e| panic!("{e}"));
    let reports: Vec<_> = std::fs::read_dir(data.path())
        .expect("lists the data folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| {
            path.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("crash-"))
        })
        .collect();
    assert_eq!(reports.len(), 1, "{reports:?}");
    let report = std::fs::read_to_string(&reports[0]).expect("reads the report");
    assert!(
        report.contains(concat!("version: ", env!("CARGO_PKG_VERSION"))),
        "{report}"
    );
    assert!(report.contains("panicked at: src/tui"), "{report}");
    assert!(
        !report.contains("asked for a panic"),
        "the message is kept out:\n{report}"
    );
    let screen = tui.screen().replace('\n', "");
    let shown = reports[0]
        .file_name()
        .expect("a name")
        .to_string_lossy()
        .into_owned();
    assert!(
        screen.contains(&shown),
        "the screen does not say where:\n{}",
        tui.screen()
    );
}
