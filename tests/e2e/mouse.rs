//! The mouse is opt-in (capturing it stops the terminal's own text selection); with
//! `--mouse`, clicks pick tabs and rows and the wheel moves through lists.

use crate::harness::{Tui, data_dir, keys, run_ok};
use crate::steps::detail_title;

/// Where `text` first appears on screen, as 0-based (column, row), once it does: a frame
/// may reach the terminal in more than one write, so a title can show before the rows.
fn position_of(tui: &Tui, text: &str) -> (usize, usize) {
    tui.expect(text);
    let screen = tui.screen();
    screen
        .lines()
        .enumerate()
        .find_map(|(row, line)| {
            let byte = line.find(text)?;
            Some((line[..byte].chars().count(), row))
        })
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"))
}

fn wait_for_detail(tui: &Tui, item: &str) {
    let prefix = format!("{item} ");
    tui.wait_until(&format!("{item} in the detail pane"), |screen| {
        detail_title(screen).is_some_and(|title| title.starts_with(&prefix))
    })
    .unwrap_or_else(|e| panic!("{e}"));
}

/// The demo opened in Review, with or without `--mouse`.
fn demo(mouse: bool) -> (tempfile::TempDir, Tui) {
    let data = data_dir();
    run_ok(data.path(), &["demo"]);
    let args: &[&str] = if mouse {
        &["--mouse", "--", "demo"]
    } else {
        &["--", "demo"]
    };
    let tui = Tui::open(data.path(), args);
    tui.expect("(1/4)");
    (data, tui)
}

#[test]
fn the_mouse_is_left_to_the_terminal_unless_asked_for() {
    let (_data, mut tui) = demo(false);
    assert!(!tui.mouse_captured());
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
}

#[test]
fn clicks_pick_tabs_and_rows_and_the_wheel_moves() {
    let (_data, mut tui) = demo(true);
    assert!(tui.mouse_captured());
    let (col, row) = position_of(&tui, "2 Providers");
    tui.send(&keys::click(col, row));
    tui.expect("a add");
    let (col, row) = position_of(&tui, "Tuatara Talk");
    tui.send(&keys::click(col, row));
    tui.wait_until("Tuatara Talk in the status line", |screen| {
        let lines: Vec<&str> = screen.lines().collect();
        lines.len() > 2 && lines[lines.len() - 2].contains("Tuatara Talk")
    })
    .unwrap_or_else(|e| panic!("{e}"));
    tui.send(keys::ENTER);
    tui.expect("Tuatara Talk (fictional) (2/4)");
    // The tree starts on its first section heading; one notch down is its first item.
    let (col, row) = position_of(&tui, "SEL.2");
    tui.send(&keys::wheel_down(col, row));
    wait_for_detail(&tui, "SEL.1");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
    tui.restored().unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_click_in_the_review_tree_selects_the_item() {
    let (_data, mut tui) = demo(true);
    let (col, row) = position_of(&tui, "SEL.3");
    tui.send(&keys::click(col, row));
    wait_for_detail(&tui, "SEL.3");
}
