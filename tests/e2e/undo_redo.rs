//! Undo and redo of a judgement, seen on screen and in what was saved.

use crate::harness::{Tui, data_dir, export_json, keys};
use crate::steps::{self, assess_next, new_workspace_with_provider, wait_for_glyph};

/// The status of SEL.1 for Acme Meet as saved on disk, once it reads `expected`: the
/// screen shows a change before it is written, so the file may lag it by a moment.
fn saved_status(data: &std::path::Path, expected: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let workspace = export_json(data, "trial-2026");
        let status = steps::status(steps::provider(&workspace, "Acme Meet"), "SEL.1");
        if status == expected || std::time::Instant::now() > deadline {
            return status;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn undo_takes_a_status_back_and_redo_restores_it() {
    let data = data_dir();
    let mut tui = Tui::open(data.path(), &[]);
    new_workspace_with_provider(&mut tui, "Trial 2026", "Acme Meet");
    assess_next(&mut tui, "SEL.1", "p", "◐");
    assert_eq!(saved_status(data.path(), "PartlyMet"), "PartlyMet");

    tui.send("u");
    wait_for_glyph(&tui, "SEL.1", "·");
    assert_eq!(saved_status(data.path(), "NotAssessed"), "NotAssessed");

    tui.send(&keys::ctrl('r'));
    wait_for_glyph(&tui, "SEL.1", "◐");
    assert_eq!(saved_status(data.path(), "PartlyMet"), "PartlyMet");

    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
}
