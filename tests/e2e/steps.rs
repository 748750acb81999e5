//! Steps and readings several journeys share: what an assessor does, and how the tests
//! read a status off the screen or out of an export.

use serde_json::Value;

use crate::harness::{Tui, keys};

/// From the picker: creates a workspace, adds one provider, opens it in Review, each step
/// confirmed on screen before the next key.
pub fn new_workspace_with_provider(tui: &mut Tui, workspace: &str, provider: &str) {
    tui.send("n");
    tui.expect("New workspace");
    tui.send(workspace);
    tui.send(keys::ENTER);
    tui.expect(&format!("Opened \"{workspace}\""));
    // A new workspace opens on Context, where the work starts; providers are tab 2.
    tui.expect("Questions 0/20 answered");
    tui.send("2");
    tui.expect("No providers yet");
    tui.send("a");
    tui.expect("Jurisdiction:");
    tui.send(provider);
    tui.send(keys::ENTER);
    tui.expect(&format!("Added \"{provider}\""));
    tui.send(keys::ENTER);
    tui.expect(&format!("{provider} (1/1)"));
}

/// Sets the status of the next item not yet assessed with `key` and waits until the tree
/// shows `glyph` beside `item`.
pub fn assess_next(tui: &mut Tui, item: &str, key: &str, glyph: &str) {
    tui.send("n");
    tui.wait_until(&format!("{item} selected"), |screen| {
        detail_title(screen).is_some_and(|title| title.starts_with(&format!("{item} ")))
    })
    .unwrap_or_else(|e| panic!("{e}"));
    tui.send(key);
    wait_for_glyph(tui, item, glyph);
}

/// Waits until the tree shows `glyph` beside `item` and the change is saved: the screen
/// shows a change before saving it, so a test reading the file at the glyph alone races
/// the save.
pub fn wait_for_glyph(tui: &Tui, item: &str, glyph: &str) {
    tui.wait_until(&format!("{glyph} beside {item}, saved"), |screen| {
        tree_glyph(screen, item).as_deref() == Some(glyph) && !screen.contains("saving…")
    })
    .unwrap_or_else(|e| panic!("{e}"));
}

/// The status glyph the Review tree shows beside `item`, if its row is on screen. A tree
/// row reads `┃  ✔ ⚑ P3.4  Title`: the glyph is the first mark after the pane's border.
pub fn tree_glyph(screen: &str, item: &str) -> Option<String> {
    let id = format!("{item} ");
    screen.lines().find_map(|line| {
        let before = &line[..line.find(&id)?];
        let cell = before.rsplit(['┃', '│', '|']).next()?;
        cell.split_whitespace().next().map(str::to_owned)
    })
}

/// The first line of the detail pane (`SEL.1  Profit model`), found after its border.
pub fn detail_title(screen: &str) -> Option<&str> {
    let mut lines = screen.lines();
    lines.find(|line| line.contains("Detail"))?;
    let line = lines.next()?;
    let title = line.trim_end_matches(['│', '|', ' ']);
    title.rsplit(['│', '|']).next().map(str::trim)
}

/// The provider called `name` in an exported workspace.
pub fn provider<'a>(workspace: &'a Value, name: &str) -> &'a Value {
    workspace["providers"]
        .as_array()
        .and_then(|providers| providers.iter().find(|p| p["name"] == name))
        .unwrap_or_else(|| panic!("no provider {name:?} in {workspace:#}"))
}

/// The exported status of `item` for `provider`; no assessment reads as `NotAssessed`.
pub fn status(provider: &Value, item: &str) -> String {
    match &provider["assessments"][item]["status"] {
        Value::Null => "NotAssessed".to_owned(),
        status => status.as_str().expect("a status is a string").to_owned(),
    }
}

/// The demo workspace, made headless, then open in the TUI (on Review).
pub fn open_demo(data: &std::path::Path) -> Tui {
    crate::harness::run_ok(data, &["demo"]);
    let tui = Tui::open(data, &["--", "demo"]);
    tui.expect("Opened \"Demo: video conferencing procurement\"");
    tui
}

/// Fills the open form's fields in order, Tab between them, and submits it.
pub fn fill(tui: &mut Tui, fields: &[&str]) {
    tui.send(&fields.join(keys::TAB));
    tui.send(keys::ENTER);
}
