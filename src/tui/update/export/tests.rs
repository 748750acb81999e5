use super::*;
use std::path::PathBuf;

use crate::report::local_day;
use crate::store::{Settings, Store};
use crate::tui::app::perform;
use crate::tui::runtime::Runtime;
use crate::tui::runtime::export::target;
use crate::tui::state::State;
use crate::tui::testing::{empty_state, fixed_now, press, sample_workspace, state_with};
use crate::workspace::Day;

fn today() -> Day {
    local_day(fixed_now())
}

#[test]
fn without_a_workspace_there_is_nothing_to_export() {
    let mut state = empty_state();
    assert!(press(&mut state, "E").is_empty());
    assert!(state.overlays.is_empty());
    assert!(state.message.as_ref().is_some_and(|m| m.is_error));
}

fn export_form(state: &State) -> &Form {
    match state.overlays.last() {
        Some(Overlay::Form(form, FormPurpose::Export)) => form,
        _ => panic!("the export dialog is open"),
    }
}

#[test]
fn the_dialog_offers_the_full_path_in_the_export_folder_and_follows_the_format() {
    let mut state = state_with(sample_workspace());
    state.export_folder = PathBuf::from("/data/exports");
    assert!(press(&mut state, "E").is_empty());
    let html = format!("/data/exports/test-report-{}.html", today());
    assert_eq!(export_form(&state).value(1), html);
    // HTML → CSV: one step along the formats shows the new extension before saving.
    press(&mut state, "<Right>");
    let csv = format!("/data/exports/test-report-{}.csv", today());
    assert_eq!(export_form(&state).value(1), csv);
    let effects = press(&mut state, "<Enter>");
    assert_eq!(
        effects,
        vec![Effect::Export {
            format: Format::Csv,
            path: csv,
            replace: false,
        }]
    );
    assert!(state.overlays.is_empty());
}

#[test]
fn a_name_of_ones_own_keeps_its_name_and_changes_its_extension() {
    let mut state = state_with(sample_workspace());
    press(&mut state, "E<Tab>");
    for _ in 0..80 {
        press(&mut state, "<Backspace>");
    }
    press(&mut state, "board.html<BackTab><Left>");
    assert_eq!(export_form(&state).value(1), "board.md");
    // Typing in the file field never adds an extension mid-word.
    press(&mut state, "<Tab><Backspace><Backspace>");
    assert_eq!(export_form(&state).value(1), "board.");
}

#[test]
fn an_empty_file_name_is_refused_in_the_dialog() {
    let mut state = state_with(sample_workspace());
    press(&mut state, "E<Tab>");
    for _ in 0..40 {
        press(&mut state, "<Backspace>");
    }
    assert!(press(&mut state, "<Enter>").is_empty());
    let Some(Overlay::Form(form, FormPurpose::Export)) = state.overlays.last() else {
        panic!("the dialog stays open");
    };
    assert!(form.error.as_deref().is_some_and(|e| e.contains("file")));
}

#[test]
fn extensions_follow_the_format() {
    assert_eq!(with_extension("a.html", Format::Html), "a.html");
    assert_eq!(with_extension("a.HTML", Format::Html), "a.HTML");
    assert_eq!(with_extension("a.html", Format::Json), "a.json");
    assert_eq!(with_extension("report", Format::Markdown), "report.md");
    assert_eq!(with_extension("v1.2", Format::Csv), "v1.2.csv");
    assert_eq!(with_extension("out/", Format::Csv), "out/");
}

#[test]
fn a_folder_gets_the_usual_file_name_and_a_relative_name_goes_in_the_export_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let exports = Path::new("/nowhere/exports");
    let folder = dir.path().display().to_string();
    assert_eq!(
        target(&folder, exports, "demo", today(), Format::Json),
        dir.path().join(format!("demo-report-{}.json", today()))
    );
    let file = dir.path().join("x.md").display().to_string();
    assert_eq!(
        target(&file, exports, "demo", today(), Format::Markdown),
        PathBuf::from(&file)
    );
    assert_eq!(
        target("x.md", exports, "demo", today(), Format::Markdown),
        exports.join("x.md")
    );
}

#[test]
fn the_default_export_folder_is_made_and_an_existing_file_is_asked_about() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    let mut state = state_with(sample_workspace());
    state.export_folder = store.export_folder(&Settings::default());
    assert_eq!(state.export_folder, dir.path().join("data/exports"));
    let mut runtime = Runtime::new(store, Settings::default());
    let export = |replace| Effect::Export {
        format: Format::Markdown,
        path: "board.md".to_owned(),
        replace,
    };
    perform(&mut state, &mut runtime, export(false));
    let written = dir.path().join("data/exports/board.md");
    let first = std::fs::read_to_string(&written).expect("written in the new folder");
    assert!(state.overlays.is_empty());
    // The second time the file is there: nothing is written until the question is answered.
    std::fs::write(&written, "the board's own edits").expect("edit");
    perform(&mut state, &mut runtime, export(false));
    let Some(Overlay::Confirm(confirm)) = state.overlays.last() else {
        panic!("asked before replacing");
    };
    assert!(
        confirm.message.contains(&written.display().to_string()),
        "{}",
        confirm.message
    );
    assert_eq!(
        std::fs::read_to_string(&written).expect("kept"),
        "the board's own edits"
    );
    let effects = press(&mut state, "y");
    assert_eq!(
        effects,
        vec![Effect::Export {
            format: Format::Markdown,
            path: written.display().to_string(),
            replace: true,
        }]
    );
    for effect in effects {
        perform(&mut state, &mut runtime, effect);
    }
    assert_eq!(std::fs::read_to_string(&written).expect("replaced"), first);
}

#[test]
fn the_runtime_writes_the_report_and_says_where() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    let mut runtime = Runtime::new(store, Settings::default());
    let mut state = state_with(sample_workspace());
    let path = dir.path().join("out.html");
    perform(
        &mut state,
        &mut runtime,
        Effect::Export {
            format: Format::Html,
            path: path.display().to_string(),
            replace: false,
        },
    );
    let message = state.message.clone().expect("a message");
    assert!(!message.is_error, "{}", message.text);
    assert!(
        message.text.contains(&path.display().to_string()),
        "{}",
        message.text
    );
    let html = std::fs::read_to_string(&path).expect("written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Video conferencing 2026"));

    let missing = dir.path().join("missing/out.html");
    perform(
        &mut state,
        &mut runtime,
        Effect::Export {
            format: Format::Html,
            path: missing.display().to_string(),
            replace: false,
        },
    );
    let message = state.message.clone().expect("a message");
    assert!(message.is_error);
    assert!(message.text.contains("does not exist"), "{}", message.text);
    assert!(!missing.exists());
}
