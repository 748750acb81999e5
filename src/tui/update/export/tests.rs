use super::*;
use crate::report::local_day;
use crate::store::{Settings, Store};
use crate::tui::runtime::Runtime;
use crate::tui::testing::{empty_state, fixed_now, press, sample_workspace, state_with};

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

#[test]
fn the_dialog_offers_html_under_a_dated_name_and_swaps_the_extension_with_the_format() {
    let mut state = state_with(sample_workspace());
    assert!(press(&mut state, "E").is_empty());
    assert!(matches!(
        state.overlays.last(),
        Some(Overlay::Form(_, FormPurpose::Export))
    ));
    // HTML → CSV: one step along the formats, then save.
    let effects = press(&mut state, "<Right><Enter>");
    assert_eq!(
        effects,
        vec![Effect::Export {
            format: Format::Csv,
            path: format!("test-report-{}.csv", today()),
        }]
    );
    assert!(state.overlays.is_empty());
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
fn a_folder_gets_the_usual_file_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().display().to_string();
    assert_eq!(
        target(&folder, "demo", today(), Format::Json),
        dir.path().join(format!("demo-report-{}.json", today()))
    );
    let file = dir.path().join("x.md").display().to_string();
    assert_eq!(
        target(&file, "demo", today(), Format::Markdown),
        PathBuf::from(&file)
    );
}

#[test]
fn the_runtime_writes_the_report_and_says_where() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    let mut runtime = Runtime::new(store, Settings::default());
    let mut state = state_with(sample_workspace());
    let path = dir.path().join("out.html");
    runtime.perform(
        &mut state,
        Effect::Export {
            format: Format::Html,
            path: path.display().to_string(),
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
    runtime.perform(
        &mut state,
        Effect::Export {
            format: Format::Html,
            path: missing.display().to_string(),
        },
    );
    let message = state.message.clone().expect("a message");
    assert!(message.is_error);
    assert!(message.text.contains("does not exist"), "{}", message.text);
    assert!(!missing.exists());
}
