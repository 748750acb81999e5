//! Issue 3's first journey: an assessor creates a workspace, adds a provider, judges three
//! items and writes a note, quits, and finds all of it again on screen and in the export.

use crate::harness::{Tui, data_dir, export_json, keys};
use crate::steps::{self, assess_next, new_workspace_with_provider, wait_for_glyph};

const NOTE: &str = "Vendor would not say where recordings are kept";

#[test]
fn work_survives_quitting_and_shows_in_the_export() {
    let data = data_dir();
    let mut tui = Tui::open(data.path(), &[]);
    tui.expect("No workspaces yet.");
    new_workspace_with_provider(&mut tui, "Trial 2026", "Acme Meet");
    assess_next(&mut tui, "SEL.1", "y", "✔");
    assess_next(&mut tui, "SEL.2", "x", "✘");
    assess_next(&mut tui, "SEL.3", "o", "?");
    tui.send("e");
    tui.expect("Note: SEL.3");
    tui.send(NOTE);
    tui.expect(NOTE);
    // Ctrl-s saves the note (Esc would cancel, as in every dialog).
    tui.send(&keys::ctrl('s'));
    tui.expect("Note for SEL.3 saved.");
    tui.expect(&format!("Note      {NOTE}"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
    tui.restored().unwrap_or_else(|e| panic!("{e}"));

    // No workspace named: the last one reopens.
    let mut tui = Tui::open(data.path(), &[]);
    tui.expect("Opened \"Trial 2026\"");
    tui.send("3");
    tui.expect("Acme Meet (1/1)");
    wait_for_glyph(&tui, "SEL.1", "✔");
    wait_for_glyph(&tui, "SEL.2", "✘");
    wait_for_glyph(&tui, "SEL.3", "?");
    // Down from the section heading to SEL.3, whose detail holds the note.
    tui.send("jjj");
    tui.expect("SEL.3  ");
    tui.expect(&format!("Note      {NOTE}"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));

    let workspace = export_json(data.path(), "trial-2026");
    assert_eq!(workspace["name"], "Trial 2026");
    let acme = steps::provider(&workspace, "Acme Meet");
    assert_eq!(steps::status(acme, "SEL.1"), "Met");
    assert_eq!(steps::status(acme, "SEL.2"), "NotMet");
    assert_eq!(steps::status(acme, "SEL.3"), "Unknown");
    assert_eq!(acme["assessments"]["SEL.3"]["note"], NOTE);
    assert_eq!(steps::status(acme, "SEL.4"), "NotAssessed");
}
