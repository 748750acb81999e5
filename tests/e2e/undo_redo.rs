//! Undo and redo of a judgement, seen on screen and in what was saved.

use crate::harness::{Tui, data_dir, export_json, keys};
use crate::steps::{self, assess_next, new_workspace_with_provider, wait_for_glyph};

/// The status of SEL.1 for Acme Meet as saved on disk.
fn saved_status(data: &std::path::Path) -> String {
    let workspace = export_json(data, "trial-2026");
    steps::status(steps::provider(&workspace, "Acme Meet"), "SEL.1")
}

#[test]
fn undo_takes_a_status_back_and_redo_restores_it() {
    let data = data_dir();
    let mut tui = Tui::open(data.path(), &[]);
    new_workspace_with_provider(&mut tui, "Trial 2026", "Acme Meet");
    assess_next(&mut tui, "SEL.1", "p", "◐");
    assert_eq!(saved_status(data.path()), "PartlyMet");

    tui.send("u");
    wait_for_glyph(&tui, "SEL.1", "·");
    assert_eq!(saved_status(data.path()), "NotAssessed");

    tui.send(&keys::ctrl('r'));
    wait_for_glyph(&tui, "SEL.1", "◐");
    assert_eq!(saved_status(data.path()), "PartlyMet");

    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
}
