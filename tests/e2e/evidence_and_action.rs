//! Issue 3's "done when": evidence (with a file's SHA-256) and an action are where the
//! assessor left them after quitting, and bad input is refused with a clear message.

use std::fs;

use crate::harness::{Tui, data_dir, export_json, keys};
use crate::steps::{self, assess_next, fill, new_workspace_with_provider};

/// SHA-256 of the bytes `hello\n`, as `sha256sum` prints it.
const HELLO_SHA256: &str = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

#[test]
fn evidence_and_actions_are_kept() {
    let data = data_dir();
    let report = data.path().join("soc2-report.pdf");
    fs::write(&report, "hello\n").expect("writes the evidence file");
    let missing = data.path().join("missing.pdf");
    let mut tui = Tui::open(data.path(), &[]);
    new_workspace_with_provider(&mut tui, "Trial 2026", "Acme Meet");
    assess_next(&mut tui, "SEL.1", "x", "✘");

    tui.send("a");
    tui.expect("Evidence library: link to SEL.1");
    tui.send("n");
    tui.expect("New evidence for SEL.1");
    fill(
        &mut tui,
        &[
            "Missing report",
            "",
            "",
            "p. 1",
            missing.to_str().expect("UTF-8"),
        ],
    );
    // The form stays open with the reason, so the path can be corrected; cancel it here.
    tui.expect("Cannot read");
    tui.escape(
        |screen| !screen.contains("New evidence for SEL.1"),
        "the form closes",
    );
    tui.send("n");
    tui.expect("New evidence for SEL.1");
    fill(
        &mut tui,
        &[
            "SOC 2 report",
            "2025",
            "2026-05-01",
            "section 4",
            report.to_str().expect("UTF-8"),
            "2099-03-31",
        ],
    );
    tui.expect("with its file's SHA-256, linked to SEL.1");
    tui.escape(
        |screen| !screen.contains("Evidence library"),
        "the library closes",
    );
    // The file changes behind tiaki's back: V checks every file and Review marks the item.
    fs::write(&report, "hello, altered\n").expect("changes the evidence file");
    tui.send("V");
    tui.expect("1 of 1 evidence files changed");
    tui.expect("≠");

    tui.send("t");
    tui.expect("New action for SEL.1");
    fill(
        &mut tui,
        &["Ask for the data-use clause", "Aroha", "2099-02-30"],
    );
    tui.expect("e.g. 2026-12-15");
    // The form stays open on the date: mend it.
    tui.send(&keys::BACKSPACE.repeat(2));
    tui.send("28");
    tui.send(keys::ENTER);
    tui.expect("Action added to SEL.1 (1 in all");
    // A second action on the same item.
    tui.send("t");
    tui.expect("New action for SEL.1");
    fill(&mut tui, &["Chase the bridge letter", "Aroha"]);
    tui.expect("Action added to SEL.1 (2 in all");

    // The Actions view is the working list: the first done with one key each step, the
    // second removed with a question.
    tui.send("5");
    tui.expect("Actions (2)");
    tui.wait_until("the data-use clause first", |screen| {
        screen
            .lines()
            .any(|line| line.contains("Ask for the data-use") && line.contains("open"))
    })
    .unwrap_or_else(|e| panic!("{e}"));
    tui.send(" ");
    tui.expect("is now in progress.");
    tui.send(" ");
    tui.expect("is now done.");
    tui.send("S");
    tui.expect("Showing open actions only.");
    tui.expect("Actions (1)");
    tui.send("D");
    tui.expect("Remove \"Chase the bridge letter\" from SEL.1?");
    tui.send("y");
    tui.expect("Removed \"Chase the bridge letter\" from SEL.1.");
    tui.expect("No action matches the filters");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));

    let mut tui = Tui::open(data.path(), &[]);
    tui.expect("Acme Meet (1/1)");
    tui.send("j");
    tui.expect("SOC 2 report");
    tui.expect("Ask for the data-use clause");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));

    let workspace = export_json(data.path(), "trial-2026");
    let sel1 = &steps::provider(&workspace, "Acme Meet")["assessments"]["SEL.1"];
    let links = sel1["evidence_links"].as_array().expect("links are a list");
    assert_eq!(links.len(), 1, "{sel1:#}");
    let library = workspace["evidence"]
        .as_array()
        .expect("the library is a list");
    assert_eq!(library.len(), 1, "the unreadable one was never added");
    let entry = &library[0];
    assert_eq!(entry["id"], links[0]);
    assert_eq!(entry["title"], "SOC 2 report");
    assert_eq!(entry["version"], "2025");
    assert_eq!(entry["dated"], "2026-05-01");
    assert_eq!(entry["location"], "section 4");
    assert_eq!(entry["expires"], "2099-03-31");
    assert_eq!(entry["file"]["path"], report.to_str().expect("UTF-8"));
    assert_eq!(entry["file"]["sha256"], HELLO_SHA256);
    let actions = sel1["actions"].as_array().expect("actions are a list");
    assert_eq!(actions.len(), 1, "{sel1:#}");
    assert_eq!(actions[0]["what"], "Ask for the data-use clause");
    assert_eq!(actions[0]["owner"], "Aroha");
    assert_eq!(actions[0]["due"], "2099-02-28");
    assert_eq!(actions[0]["status"], "Done");
    assert!(actions[0]["closed"].is_string(), "{sel1:#}");
}
