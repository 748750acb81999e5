//! Issue 11's journey: the organisation's own duties are recorded once, in Review's
//! readiness, and the chosen provider's settings on its deployment checklist; neither
//! touches a provider's scored judgements.

use crate::harness::{Tui, export_json};
use crate::steps::{detail_title, open_demo, wait_for_glyph};

/// Moves to the next item not yet recorded, sets it with `key` and waits for `glyph`.
fn record_next(tui: &mut Tui, key: &str, glyph: &str) -> String {
    tui.send("n");
    let id = |screen: &str| {
        detail_title(screen)
            .and_then(|title| title.split_whitespace().next())
            .filter(|id| id.contains('.'))
            .map(str::to_owned)
    };
    tui.wait_until("an item selected", |screen| id(screen).is_some())
        .unwrap_or_else(|e| panic!("{e}"));
    let item = id(&tui.screen()).expect("an item selected");
    tui.send(key);
    wait_for_glyph(tui, &item, glyph);
    item
}

#[test]
fn readiness_and_the_deployment_checklist_are_recorded_apart_from_scores() {
    let data = crate::harness::data_dir();
    let mut tui: Tui = open_demo(data.path());
    let before = export_json(data.path(), "demo");

    tui.send("R");
    tui.expect("Our readiness");
    let readiness_item = record_next(&mut tui, "x", "✘");

    tui.send("R");
    tui.expect("Deploying Kererū Meet (fictional)");
    let setting = record_next(&mut tui, "y", "✔");

    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
    let after = export_json(data.path(), "demo");
    assert_eq!(
        after["readiness"][&readiness_item]["status"], "NotMet",
        "{readiness_item} in {:#}",
        after["readiness"]
    );
    let chosen = &after["providers"][0];
    assert_eq!(chosen["name"], "Kererū Meet (fictional)");
    assert_eq!(chosen["deployment_checks"][&setting]["status"], "Met");
    for (old, new) in before["providers"]
        .as_array()
        .expect("providers")
        .iter()
        .zip(after["providers"].as_array().expect("providers"))
    {
        assert_eq!(old["assessments"], new["assessments"], "no score changed");
    }
}
