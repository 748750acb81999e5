//! Text from an imported file is shown, never obeyed: an escape sequence in a name must
//! not clear the screen, a bell must not ring, a title sequence must not reach the terminal.

use serde_json::json;

use crate::harness::{Tui, data_dir, run_ok};
use crate::steps::detail_title;

const NAME: &str = "Evil\u{1b}[2JCorp\u{7}";
const NOTE: &str = "Ring\u{7} \u{1b}]0;pwned\u{7} done";

#[test]
fn control_characters_in_user_text_are_shown_neutralised() {
    let data = data_dir();
    let workspace = json!({
        "schema_version": 1,
        "name": "Hostile text",
        "created": "2026-11-28T09:00:00Z",
        "modified": "2026-11-28T09:00:00Z",
        "catalogue": { "id": "nz-ncsc-svvm", "version": "1.0.0" },
        "providers": [{
            "id": "prov-00000001",
            "name": NAME,
            "deployment": "Hybrid",
            "assessments": { "SEL.1": { "status": "Met", "note": NOTE } }
        }]
    });
    let file = data.path().join("hostile.json");
    std::fs::write(&file, workspace.to_string()).expect("writes the import");
    run_ok(data.path(), &["import", file.to_str().expect("UTF-8 path")]);

    let mut tui = Tui::open(data.path(), &["hostile-text"]);
    tui.expect("Evil␛[2JCorp␇ (1/1)");
    tui.send("j");
    tui.wait_until("SEL.1's detail", |s| {
        detail_title(s).is_some_and(|t| t.starts_with("SEL.1 "))
    })
    .unwrap_or_else(|e| panic!("{e}"));
    tui.expect("Ring␇ ␛]0;pwned␇ done");
    // Drawn before the name: a clear screen in the name would have wiped them.
    tui.expect("1 Context");
    tui.expect("Hostile text");
    assert_eq!(tui.bells(), 0, "the terminal rang");
    assert!(!tui.wrote(b"\x1b[2J"), "the screen was cleared");
    assert!(!tui.wrote(b"\x1b]0;pwned"), "the window title was set");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
}
