//! Ctrl-c is the key people press to get out of anything: it must leave the terminal as
//! it found it and lose nothing.

use crate::harness::{Tui, data_dir, export_json, keys};
use crate::steps::{self, assess_next, new_workspace_with_provider};

#[test]
fn ctrl_c_restores_the_terminal_and_keeps_the_work() {
    let data = data_dir();
    let mut tui = Tui::open(data.path(), &[]);
    new_workspace_with_provider(&mut tui, "Trial 2026", "Acme Meet");
    assess_next(&mut tui, "SEL.1", "-", "⊘");
    tui.send(&keys::ctrl('c'));
    assert_eq!(tui.wait_exit(), Ok(0));
    tui.restored().unwrap_or_else(|e| panic!("{e}"));

    let workspace = export_json(data.path(), "trial-2026");
    let acme = steps::provider(&workspace, "Acme Meet");
    assert_eq!(steps::status(acme, "SEL.1"), "NotApplicable");
}

/// The check above must be able to fail: an app killed outright leaves raw mode and the
/// alternate screen behind, and `restored` has to say so.
#[test]
fn a_killed_app_is_seen_to_leave_the_terminal_unrestored() {
    let data = data_dir();
    let mut tui = Tui::open(data.path(), &[]);
    tui.expect("No workspaces yet.");
    tui.kill();
    assert!(tui.wait_exit().is_ok_and(|code| code != 0));
    assert!(tui.restored().is_err());
}
