//! One tiaki per workspace: a second one is told which process has it and writes nothing.

use std::fs;

use crate::harness::{Tui, data_dir, run, run_ok};

#[test]
fn a_second_tiaki_is_refused_the_open_workspace() {
    let data = data_dir();
    run_ok(data.path(), &["demo"]);
    let file = data.path().join("workspaces/demo.ron");
    let mut first = Tui::open(data.path(), &["--", "demo"]);
    first.expect("Opened \"Demo: video conferencing procurement\"");
    let before = fs::read(&file).expect("reads the demo");
    let holder = format!("pid {}", first.pid());

    let mut second = Tui::open(data.path(), &["--", "demo"]);
    second.expect(&holder);
    // It stays in the picker with nothing open: the tab bar names no workspace.
    second.expect("Enter open");
    let tabs = second
        .screen()
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(!tabs.contains("Demo"), "a workspace is open: {tabs}");
    second.send("q");
    assert_eq!(second.wait_exit(), Ok(0));

    // The command line may not replace it either.
    let output = run(data.path(), &["demo", "--force"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&holder), "{stderr}");

    assert_eq!(fs::read(&file).expect("reads the demo"), before);
    // The first one still works.
    first.send("q");
    assert_eq!(first.wait_exit(), Ok(0));
}
