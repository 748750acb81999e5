//! The record of who changed what: three statuses set and one undone are four events in
//! History, in order; `tiaki verify` passes; a status edited in the file by hand makes it
//! fail, naming the event.

use std::fs;

use crate::harness::{Tui, data_dir, run, run_ok};
use crate::steps::{assess_next, new_workspace_with_provider, wait_for_glyph};

#[test]
fn changes_are_listed_in_history_and_verify_proves_the_file_untouched_until_edited() {
    let data = data_dir();
    let mut tui = Tui::open(data.path(), &[]);
    new_workspace_with_provider(&mut tui, "Trial 2026", "Acme Meet");
    assess_next(&mut tui, "SEL.1", "y", "✔");
    assess_next(&mut tui, "SEL.2", "x", "✘");
    assess_next(&mut tui, "SEL.3", "p", "◐");
    tui.send("u");
    wait_for_glyph(&tui, "SEL.3", "·");

    tui.send("6");
    tui.expect("History (6), newest first");
    let screen = tui.screen();
    let order: Vec<usize> = [
        "Undo: Acme Meet · SEL.3 status: Partly met → Not assessed",
        "Acme Meet · SEL.3 status: Not assessed → Partly met",
        "Acme Meet · SEL.2 status: Not assessed → Not met",
        "Acme Meet · SEL.1 status: Not assessed → Met",
        "Acme Meet · provider added",
        "Workspace created",
    ]
    .iter()
    .map(|line| {
        screen
            .lines()
            .position(|row| row.contains(line))
            .unwrap_or_else(|| panic!("{line:?} not in History:\n{screen}"))
    })
    .collect();
    assert!(order.is_sorted(), "newest first:\n{screen}");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));

    let verified = run_ok(data.path(), &["verify", "Trial 2026"]);
    assert!(verified.starts_with("OK: \"Trial 2026\""), "{verified}");
    assert!(verified.contains("6 events"), "{verified}");

    // SEL.2 is the one Not met: set to Met in the file, with no event to say so.
    let file = data.path().join("workspaces").join("trial-2026.ron");
    let text = fs::read_to_string(&file).expect("readable");
    assert_eq!(text.matches("status: NotMet,").count(), 1, "{text}");
    fs::write(&file, text.replacen("status: NotMet,", "status: Met,", 1)).expect("edited");
    let output = run(data.path(), &["verify", "Trial 2026"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("does not verify: event 5 ("), "{stderr}");
    assert!(
        stderr.contains("Acme Meet SEL.2 was changed without an event"),
        "{stderr}"
    );
}
