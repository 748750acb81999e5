//! Resizing: the whole interface at the minimum 80x24, a clear message below it, and the
//! interface back (and still answering keys) once there is room again. Below the minimum
//! no key but quit acts: what cannot be seen cannot be changed.

use crate::harness::{Tui, data_dir, run_ok};

const TOO_SMALL: &str = "Terminal too small";

/// The full Review view laid out for `rows` rows: tabs on the first, the tree in the
/// body, the hint line on the last (so a stale screen of another size does not pass).
fn full_ui(rows: usize) -> impl Fn(&str) -> bool {
    move |screen| {
        let lines: Vec<&str> = screen.lines().collect();
        lines.len() == rows
            && lines[0].contains("1 Context")
            && lines[0].contains("6 History")
            && screen.contains("SEL.1")
            && lines[rows - 1].contains("y met")
            && !screen.contains(TOO_SMALL)
    }
}

#[test]
fn the_interface_follows_the_terminal_size() {
    let data = data_dir();
    run_ok(data.path(), &["demo"]);
    // `--` makes `demo` the workspace to open rather than the subcommand.
    let mut tui = Tui::start(data.path(), &["--", "demo"], 120, 40);
    tui.expect("Opened \"Demo: video conferencing procurement\"");
    let file = data.path().join("workspaces").join("demo.ron");
    let saved = std::fs::read(&file).expect("the demo workspace is on disk");
    tui.send("3");
    tui.expect("(1/4)");

    tui.resize(80, 24);
    tui.wait_until("the full UI at 80x24", full_ui(24))
        .unwrap_or_else(|e| panic!("{e}"));

    tui.resize(60, 20);
    tui.expect(TOO_SMALL);
    tui.expect("60x20");

    tui.resize(100, 30);
    tui.wait_until("the full UI at 100x30", full_ui(30))
        .unwrap_or_else(|e| panic!("{e}"));

    tui.send("?");
    tui.expect("Mark as Met");
    tui.escape(|screen| !screen.contains("Mark as Met"), "help closed");

    // In the picker, G D y would select the last workspace, ask to delete it and agree;
    // in Review y would record a judgement; a adds, ? helps. Too small, they do nothing.
    // The keys and the q after them reach the app in order, so they are all read at 40x10.
    tui.send("w");
    tui.expect("Enter open");
    tui.resize(40, 10);
    tui.expect(TOO_SMALL);
    tui.expect("press q to quit");
    tui.send("GDy3ya?");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
    let after = std::fs::read(&file).expect("the demo workspace is still there");
    assert!(after == saved, "the workspace file changed");
}
