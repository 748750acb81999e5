//! Issue 4's journey through the real binary in a pseudo-terminal: the assessor answers the
//! context so the level becomes the highest, and a previously recommended item is required
//! in Review at once, on screen and in what was saved.

use super::harness::{Tui, data_dir, export_json, keys};
use super::steps::{detail_title, new_workspace_with_provider};

#[test]
fn answering_confidential_makes_a_recommended_item_required_in_review() {
    let data = data_dir();
    let mut tui = Tui::open(data.path(), &[]);
    new_workspace_with_provider(&mut tui, "Trial 2026", "Acme Meet");
    // SEL.1 (profit model) is only recommended while the level is Baseline.
    tui.send("n");
    tui.wait_until("SEL.1 in the detail", |screen| {
        detail_title(screen).is_some_and(|title| title.starts_with("SEL.1 "))
    })
    .unwrap_or_else(|e| panic!("{e}"));
    tui.expect("recommended at Baseline");

    tui.send("1");
    tui.expect("BASELINE");
    tui.expect("0/20 answered");
    // The sensitivity question, into its options, down to CONFIDENTIAL, pick.
    tui.send("j");
    tui.send(keys::ENTER);
    tui.send("jjjj ");
    tui.expect("Level now High (was Baseline).");
    tui.expect("HIGH");
    tui.expect("level High");

    tui.send("3");
    tui.expect("required at High");
    tui.wait_until("still on SEL.1", |screen| {
        detail_title(screen).is_some_and(|title| title.starts_with("SEL.1 "))
    })
    .unwrap_or_else(|e| panic!("{e}"));

    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
    let workspace = export_json(data.path(), "trial-2026");
    assert_eq!(
        workspace["context"]["answers"]["CTX.2"],
        serde_json::json!({ "Choice": "confidential" }),
        "{workspace:#}"
    );
}
