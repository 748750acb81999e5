//! A damaged workspace file: the command line says where it is broken and fails, the TUI
//! shows the same and offers the backup, and nobody overwrites the damaged bytes.

use std::fs;

use crate::harness::{Tui, data_dir, export_json, keys, run, run_ok};

/// Whether `line` names `file` followed by `:line:column`.
fn names_position(line: &str, file: &str) -> bool {
    line.split(file).nth(1).is_some_and(|rest| {
        let mut parts = rest.split(':');
        parts.next() == Some("")
            && (0..2).all(|_| {
                parts
                    .next()
                    .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            })
    })
}

#[test]
fn a_truncated_workspace_is_reported_and_left_untouched() {
    let data = data_dir();
    run_ok(data.path(), &["demo"]);
    let folder = data.path().join("workspaces");
    let file = folder.join("demo.ron");
    let good = fs::read(&file).expect("reads the demo");
    // The previous generation, where the store keeps it (`<slug>.ron.bak`).
    fs::write(folder.join("demo.ron.bak"), &good).expect("writes the backup");
    let damaged = &good[..good.len() / 2];
    fs::write(&file, damaged).expect("truncates the demo");

    let output = run(data.path(), &["export", "demo", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let first = stderr.lines().next().unwrap_or_default();
    assert!(names_position(first, "demo.ron"), "{stderr}");
    assert_eq!(fs::read(&file).expect("reads the demo"), damaged);

    let mut tui = Tui::open(data.path(), &["--", "demo"]);
    tui.expect("Damaged workspace");
    tui.expect("Restore the previous generation");
    tui.wait_until("the error's position", |screen| {
        screen.lines().any(|line| names_position(line, "demo.ron"))
    })
    .unwrap_or_else(|e| panic!("{e}"));
    // Declining leaves the picker and the file as they were.
    tui.send("n");
    tui.wait_until("the question gone", |s| !s.contains("Damaged workspace"))
        .unwrap_or_else(|e| panic!("{e}"));
    tui.expect("Enter open");
    assert_eq!(fs::read(&file).expect("reads the demo"), damaged);

    // Asking again and accepting restores the backup; the damaged bytes are kept aside.
    tui.send(keys::ENTER);
    tui.expect("Damaged workspace");
    tui.send("y");
    tui.expect("Opened \"Demo: video conferencing procurement\"");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
    assert_eq!(
        export_json(data.path(), "demo")["name"],
        "Demo: video conferencing procurement"
    );
    let kept = fs::read_dir(&folder)
        .expect("lists the workspaces")
        .filter_map(Result::ok)
        .any(|entry| {
            entry.path() != file && fs::read(entry.path()).ok().as_deref() == Some(damaged)
        });
    assert!(kept, "the damaged bytes were not kept anywhere");
}
