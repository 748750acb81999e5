//! The runtime against a real store in a temporary folder: what the picker shows and says
//! when workspaces are opened, named and renamed.

use std::fs;

use tempfile::TempDir;

use super::*;
use crate::catalogue::builtin;
use crate::tui::app::perform;
use crate::tui::state::{Overlay, SaveState};
use crate::tui::testing::{empty_state, fixed_now, press, sample_workspace, screen};

fn runtime() -> (TempDir, Runtime) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    (dir, Runtime::new(store, Settings::default()))
}

/// Presses `keys` and performs what they ask for, as the loop does.
fn run(runtime: &mut Runtime, state: &mut State, keys: &str) {
    for effect in press(state, keys) {
        perform(state, runtime, effect);
    }
}

fn message(state: &State) -> (String, bool) {
    let message = state.message.as_ref().expect("a message");
    (message.text.clone(), message.is_error)
}

fn named(name: &str) -> Workspace {
    let mut workspace = sample_workspace();
    name.clone_into(&mut workspace.name);
    workspace
}

/// The name dialog on top: its purpose, what it holds and its error.
fn name_dialog(state: &State) -> (&FormPurpose, String, Option<String>) {
    match state.overlays.last() {
        Some(Overlay::Form(form, purpose)) => (purpose, form.value(0), form.error.clone()),
        _ => panic!("the name dialog is open"),
    }
}

#[test]
fn a_workspace_following_an_unknown_catalogue_is_refused_and_marked_in_the_picker() {
    let (_dir, mut runtime) = runtime();
    let mut workspace = crate::demo::demo_workspace(builtin(), fixed_now());
    workspace.catalogue.id = "acme-custom".to_owned();
    runtime
        .store
        .save(&runtime.store.lock("demo").expect("lock"), &workspace)
        .expect("save");
    let mut state = empty_state();

    perform(
        &mut state,
        &mut runtime,
        Effect::OpenWorkspace("demo".to_owned()),
    );
    assert!(state.session.is_none(), "not opened");
    let path = runtime.store.workspace_path("demo");
    let (text, is_error) = message(&state);
    assert!(is_error);
    assert_eq!(
        text,
        format!(
            "{}: the workspace follows catalogue `acme-custom`, which this build does not know \
             (it knows `nz-ncsc-svvm`) — open it with a tiaki that has that catalogue; the \
             file was left untouched",
            path.display()
        )
    );
    // Let go of: another tiaki may open it.
    drop(runtime.store.lock("demo").expect("not locked"));

    let entry = &state.picker.entries[0];
    assert_eq!(entry.providers, 4);
    assert!(entry.modified.is_some() && entry.error.is_some());
    assert!(!entry.is_damaged());
    state.message = None;
    let text = screen(&state, 80, 24);
    assert!(text.contains("? unknown catalogue"), "{text}");
    assert!(!text.contains("0/0") && !text.contains("damaged"), "{text}");
    // The reason, with the file, under the list.
    assert!(text.contains("Why it cannot be opened"), "{text}");
    assert!(text.contains("demo.ron: the workspace"), "{text}");

    // The demo key finds the same file and refuses it alike.
    run(&mut runtime, &mut state, "d");
    assert!(state.session.is_none());
    assert!(message(&state).0.contains("acme-custom"));
}

#[test]
fn the_picker_counts_the_items_in_scope() {
    let (_dir, mut runtime) = runtime();
    let demo = crate::demo::demo_workspace(builtin(), fixed_now());
    runtime
        .store
        .save(&runtime.store.lock("demo").expect("lock"), &demo)
        .expect("save");
    let mut state = empty_state();
    perform(&mut state, &mut runtime, Effect::ListWorkspaces);
    let derivation = crate::assurance::derive(builtin(), &demo.context);
    let in_scope = builtin()
        .assessable_items()
        .filter(|(_, item)| crate::scoring::in_scope(item, &derivation))
        .count();
    assert!(in_scope < builtin().assessable_items().count());
    assert_eq!(state.picker.entries[0].progress.1, 4 * in_scope);
}

#[test]
fn a_name_in_use_keeps_the_dialog_open_naming_the_workspace_as_spelled() {
    let (_dir, mut runtime) = runtime();
    runtime.store.create(&named("CON")).expect("create");
    runtime.store.create(&named("Other")).expect("create");
    let mut state = empty_state();
    perform(&mut state, &mut runtime, Effect::ListWorkspaces);

    run(&mut runtime, &mut state, "ncon<Enter>");
    let (purpose, typed, error) = name_dialog(&state);
    assert_eq!(purpose, &FormPurpose::NewWorkspace);
    assert_eq!(typed, "con");
    assert_eq!(
        error.as_deref(),
        Some("a workspace called \"CON\" already exists; choose another name")
    );
    assert!(state.message.is_none(), "said once, in the dialog");

    // Changing the name and trying again works from the same dialog.
    run(&mut runtime, &mut state, "2<Enter>");
    assert!(state.overlays.is_empty());
    assert_eq!(
        state.session.as_ref().map(|s| s.slug.as_str()),
        Some("con2")
    );

    // Renaming and copying "Other" to it: refused alike, the text kept.
    run(&mut runtime, &mut state, "w");
    state.picker.selected = state
        .picker
        .entries
        .iter()
        .position(|e| e.name == "Other")
        .expect("listed");
    for (key, purpose) in [
        ('r', FormPurpose::RenameWorkspace("other".to_owned())),
        ('c', FormPurpose::DuplicateWorkspace("other".to_owned())),
    ] {
        let keys = format!("{key}{}con<Enter>", "<Backspace>".repeat(20));
        run(&mut runtime, &mut state, &keys);
        let (shown, typed, error) = name_dialog(&state);
        assert_eq!(shown, &purpose);
        assert_eq!(typed, "con");
        assert!(error.is_some_and(|e| e.contains("\"CON\"")));
        press(&mut state, "<Esc>");
    }
    assert!(runtime.store.workspace_path("other").is_file());
}

#[test]
fn damaged_workspaces_cannot_be_renamed_or_copied() {
    let (_dir, mut runtime) = runtime();
    fs::write(runtime.store.workspace_path("broken"), "(not a workspace").expect("write");
    let mut state = empty_state();
    perform(&mut state, &mut runtime, Effect::ListWorkspaces);
    assert!(state.picker.entries[0].is_damaged());
    for (key, what) in [("r", "renamed"), ("c", "copied")] {
        run(&mut runtime, &mut state, key);
        assert!(state.overlays.is_empty(), "no name is asked for");
        let (text, is_error) = message(&state);
        assert!(is_error);
        assert_eq!(
            text,
            format!(
                "\"broken\" cannot be {what} while its file cannot be read: correct the \
                 file, or press Enter to restore its backup if it has one."
            )
        );
    }
}

#[test]
fn renaming_the_open_workspace_says_renamed_and_keeps_it_open() {
    let (_dir, mut runtime) = runtime();
    let mut state = empty_state();
    runtime.store.create(&named("Trial")).expect("create");
    perform(
        &mut state,
        &mut runtime,
        Effect::OpenWorkspace("trial".to_owned()),
    );
    run(&mut runtime, &mut state, "w");
    run(
        &mut runtime,
        &mut state,
        "r<Backspace><Backspace><Backspace><Backspace><Backspace>Pilot<Enter>",
    );
    assert_eq!(message(&state), ("Renamed to \"Pilot\".".to_owned(), false));
    let session = state.session.as_ref().expect("still open");
    assert_eq!(session.slug, "pilot");
    assert_eq!(session.workspace.name, "Pilot");
    assert!(state.picker_open);
    let selected = &state.picker.entries[state.picker.selected];
    assert_eq!(selected.slug, "pilot");

    // A clash while it is open: the dialog comes back, the workspace stays open as it was.
    runtime.store.create(&named("Other")).expect("create");
    run(
        &mut runtime,
        &mut state,
        "r<Backspace><Backspace><Backspace><Backspace><Backspace>other<Enter>",
    );
    let (_, typed, error) = name_dialog(&state);
    assert_eq!(typed, "other");
    assert!(error.is_some_and(|e| e.contains("\"Other\"")));
    assert_eq!(
        state.session.as_ref().map(|s| s.slug.as_str()),
        Some("pilot")
    );
}

#[test]
fn evidence_paths_are_stored_as_files_that_can_be_found_again() {
    let home = Path::new("/home/assessor");
    let at = |typed: &str| evidence_path(typed, Some(home));
    assert_eq!(at("~/evidence/soc2.pdf"), home.join("evidence/soc2.pdf"));
    assert_eq!(
        at("'/tmp/dragged file.pdf'"),
        Path::new("/tmp/dragged file.pdf")
    );
    assert_eq!(at("\"/tmp/quoted.pdf\"  "), Path::new("/tmp/quoted.pdf"));
    assert_eq!(
        at("notes/report.pdf"),
        std::env::current_dir()
            .expect("a folder")
            .join("notes/report.pdf")
    );
    // Only a leading ~ on its own is the home folder; ~user and a ~ inside stay as typed.
    assert_eq!(at("/srv/~backup/a.pdf"), Path::new("/srv/~backup/a.pdf"));
    assert!(at("~other/a.pdf").ends_with("~other/a.pdf"));
    assert!(evidence_path("~/a.pdf", None).ends_with("~/a.pdf"));
}

#[test]
fn damaged_settings_are_kept_and_the_message_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("store");
    let settings = store.root().join("settings.ron");
    fs::write(&settings, "(mouse: maybe)").expect("write");
    store
        .save(&store.lock("demo").expect("lock"), &sample_workspace())
        .expect("save");
    let options = crate::tui::Options {
        workspace: Some("demo".to_owned()),
        ..crate::tui::Options::default()
    };
    let (state, _runtime) =
        crate::tui::start(store, &options, crate::tui::Clock::Fixed(fixed_now())).expect("starts");
    let (text, is_error) = message(&state);
    assert!(is_error);
    assert!(text.contains("keeps the damaged file"), "{text}");
    // Opening the workspace saved the settings: the damaged file was kept first.
    let kept: Vec<_> = fs::read_dir(dir.path().join("data"))
        .expect("list")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.starts_with("settings.ron.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let copy = dir.path().join("data").join(&kept[0]);
    assert_eq!(fs::read_to_string(copy).expect("read"), "(mouse: maybe)");
}

#[test]
fn a_workspace_in_a_folder_that_cannot_be_written_opens_read_only() {
    let (_dir, mut runtime) = runtime();
    let lock = runtime.store.lock("demo").expect("lock");
    runtime
        .store
        .save(&lock, &sample_workspace())
        .expect("save");
    drop(lock);
    let before = fs::read(runtime.store.workspace_path("demo")).expect("read");
    let mut state = empty_state();
    // What taking the lock says on read-only media (as root, no folder is unwritable).
    let refused = StoreError::io(
        &runtime.store.workspace_path("demo"),
        crate::store::IoAction::Lock,
        std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem),
    );
    let mut outcomes = Vec::new();
    runtime.open_with("demo", Err(refused), &mut outcomes);
    for outcome in outcomes {
        crate::tui::update::on_outcome(&mut state, outcome);
    }
    assert!(state.session.is_some(), "opened to be read");
    let (text, is_error) = message(&state);
    assert!(is_error && text.starts_with("Opened read-only:"), "{text}");

    run(&mut runtime, &mut state, "<Down>p");
    match &state.save {
        SaveState::Failed(reason) => assert!(reason.contains("read-only"), "{reason}"),
        other => panic!("expected a failed save, got {other:?}"),
    }
    assert_eq!(
        fs::read(runtime.store.workspace_path("demo")).expect("read"),
        before
    );
}

/// A new workspace starts on Context, where the work starts (it used to open on
/// Providers); once it has answers but no providers, on Providers.
#[test]
fn a_new_workspace_opens_on_context() {
    let (_dir, mut runtime) = runtime();
    let mut state = empty_state();
    perform(
        &mut state,
        &mut runtime,
        Effect::CreateWorkspace("Trial".to_owned()),
    );
    assert_eq!(state.view, crate::tui::command::View::Context);
    let mut answered = Workspace::new("Answered", builtin(), fixed_now());
    answered.context.answers.insert(
        "CTX.1".to_owned(),
        crate::workspace::Answer::Text("staff".to_owned()),
    );
    crate::tui::update::workspace_opened(&mut state, "answered".to_owned(), answered);
    assert_eq!(state.view, crate::tui::command::View::Providers);
}

/// Polls the runtime as the loop does until its workers are done, applying what they say.
fn settle(runtime: &mut Runtime, state: &mut State) {
    let started = std::time::Instant::now();
    while runtime.busy() {
        assert!(started.elapsed().as_secs() < 30, "the workers finish");
        for outcome in runtime.poll() {
            for effect in crate::tui::update::on_outcome(state, outcome) {
                perform(state, runtime, effect);
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// A workspace whose history does not replay to it: a status changed without an event.
fn altered() -> Workspace {
    let mut workspace = sample_workspace();
    workspace.history = crate::workspace::History::default();
    workspace.begin_history(false);
    let assessment = workspace.providers[0].assessments.values_mut().next();
    assessment.expect("assessed").status = crate::workspace::Status::NotApplicable;
    workspace
}

#[test]
fn a_broken_history_is_found_by_the_worker_after_the_workspace_opens() {
    let (_dir, mut runtime) = runtime();
    let lock = runtime.store.lock("altered").expect("lock");
    runtime.store.save(&lock, &altered()).expect("save");
    drop(lock);
    let mut state = empty_state();
    perform(
        &mut state,
        &mut runtime,
        Effect::OpenWorkspace("altered".to_owned()),
    );
    let session = state.session.as_ref().expect("opened at once");
    assert_eq!(session.chain, crate::tui::state::Chain::Checking);
    assert!(runtime.busy(), "the check runs on a worker");
    settle(&mut runtime, &mut state);
    let (text, is_error) = message(&state);
    assert!(
        is_error && text.contains("its history does not verify"),
        "{text}"
    );
    let broken = state.session.as_ref().and_then(|s| s.chain.broken());
    assert!(broken.is_some_and(|b| b.why.contains("Aroha Video SEL.1")));
    state.message = None;
    let text = screen(&state, 120, 40);
    assert!(text.contains("History check fails at event 0"), "{text}");
}

#[test]
fn a_check_of_a_workspace_no_longer_open_is_ignored() {
    let mut state = empty_state();
    let workspace = altered();
    let result = workspace.verify_history_keeping_events();
    assert!(result.is_err(), "the check finds the alteration");
    crate::tui::update::workspace_opened(&mut state, "altered".to_owned(), workspace.clone());
    let first = state.session.as_ref().expect("opened").id;
    // The same workspace opened again: a new session, whose own check is still running.
    crate::tui::update::workspace_opened(&mut state, "altered".to_owned(), workspace);
    state.message = None;
    let effects = crate::tui::update::on_outcome(
        &mut state,
        Outcome::HistoryChecked {
            session: first,
            result: Box::new(result),
        },
    );
    assert!(effects.is_empty());
    assert!(state.message.is_none(), "nothing said");
    let session = state.session.as_ref().expect("still open");
    assert_eq!(session.chain, crate::tui::state::Chain::Checking);
}
