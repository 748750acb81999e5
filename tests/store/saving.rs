//! Saving and loading: round trips, generations, atomicity, permissions, settings.

use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;

use tiaki::store::{
    Settings, Store, StoreError, read_workspace_file, write_atomic, write_atomic_with,
};

use crate::{mode, names_in, sample, temp_store, with_provider};

#[test]
fn save_then_load_gives_the_same_workspace() {
    let (_dir, store) = temp_store();
    let workspace = with_provider(sample("Trial"), "Example Chat");
    store
        .save(&store.lock("trial").expect("lock"), &workspace)
        .expect("save");
    assert_eq!(store.load("trial").expect("load"), workspace);
    let text = fs::read_to_string(store.workspace_path("trial")).expect("read");
    assert!(
        text.contains("name: \"Example Chat\""),
        "not pretty RON:\n{text}"
    );
}

#[test]
fn each_save_keeps_the_previous_generation() {
    let (_dir, store) = temp_store();
    let first = sample("Trial");
    let second = with_provider(first.clone(), "Example Chat");
    store
        .save(&store.lock("trial").expect("lock"), &first)
        .expect("first save");
    assert!(
        !store.backup_path("trial").exists(),
        "nothing to back up yet"
    );
    let first_bytes = fs::read(store.workspace_path("trial")).expect("read");
    store
        .save(&store.lock("trial").expect("lock"), &second)
        .expect("second save");
    assert_eq!(
        fs::read(store.backup_path("trial")).expect("backup"),
        first_bytes
    );
    // Saving unchanged content must not push the older generation out.
    store
        .save(&store.lock("trial").expect("lock"), &second)
        .expect("same again");
    assert_eq!(
        fs::read(store.backup_path("trial")).expect("backup"),
        first_bytes
    );
    assert_eq!(store.load("trial").expect("load"), second);
}

#[test]
fn a_crash_before_the_rename_leaves_the_old_file_complete() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("demo.ron");
    write_atomic(&target, b"old generation").expect("first write");
    let mut seen_at_crash = Vec::new();
    let error = write_atomic_with(&target, b"new generation", || {
        // The new content is complete on disk, beside the target, before any rename.
        for name in names_in(dir.path()) {
            seen_at_crash.push((name.clone(), fs::read(dir.path().join(&name))?));
        }
        Err(io::Error::other("simulated crash"))
    })
    .expect_err("the hook failed");
    assert!(error.to_string().contains("simulated crash"), "{error}");
    assert_eq!(seen_at_crash.len(), 2, "{seen_at_crash:?}");
    assert!(
        seen_at_crash
            .iter()
            .any(|(name, bytes)| name.starts_with(".demo.ron.") && bytes == b"new generation"),
        "{seen_at_crash:?}"
    );
    assert_eq!(fs::read(&target).expect("read"), b"old generation");
    assert_eq!(
        names_in(dir.path()),
        ["demo.ron"],
        "temporary file left behind"
    );
    write_atomic(&target, b"new generation").expect("second write");
    assert_eq!(fs::read(&target).expect("read"), b"new generation");
    assert_eq!(names_in(dir.path()), ["demo.ron"]);
}

#[test]
fn files_are_private_to_their_owner() {
    let (dir, store) = temp_store();
    store
        .save(&store.lock("trial").expect("lock"), &sample("Trial"))
        .expect("save");
    store
        .save(
            &store.lock("trial").expect("lock"),
            &with_provider(sample("Trial"), "X"),
        )
        .expect("save");
    let _lock = store.lock("trial").expect("lock");
    store.save_settings(&Settings::default()).expect("settings");
    for folder in [dir.path().join("data"), dir.path().join("data/workspaces")] {
        assert_eq!(mode(&folder), 0o700, "{}", folder.display());
    }
    for file in ["trial.ron", "trial.ron.bak", "trial.lock"] {
        assert_eq!(
            mode(&dir.path().join("data/workspaces").join(file)),
            0o600,
            "{file}"
        );
    }
    assert_eq!(mode(&dir.path().join("data/settings.ron")), 0o600);
}

#[test]
fn an_existing_workspaces_folder_is_tightened() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspaces = dir.path().join("workspaces");
    fs::create_dir(&workspaces).expect("mkdir");
    fs::set_permissions(&workspaces, fs::Permissions::from_mode(0o755)).expect("chmod");
    Store::open(Some(dir.path())).expect("open");
    assert_eq!(mode(&workspaces), 0o700);
}

#[test]
fn settings_default_when_missing_and_round_trip() {
    let (_dir, store) = temp_store();
    assert_eq!(
        store.load_settings().expect("defaults"),
        Settings::default()
    );
    let settings = Settings {
        assessor: "Ana Tūhoe".to_owned(),
        ascii: true,
        mouse: true,
        last_workspace: Some("demo".to_owned()),
        export_folder: Some("/media/usb/reports".into()),
    };
    store.save_settings(&settings).expect("save");
    assert_eq!(store.load_settings().expect("load"), settings);

    let path = store.root().join("settings.ron");
    fs::write(&path, "(assessor: \"Ana\",\n colour: true)").expect("write");
    let error = store.load_settings().expect_err("unknown field");
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}:2:", path.display())),
        "{error}"
    );
}

#[test]
fn json_and_ron_files_are_told_apart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = with_provider(sample("Export"), "X");
    let as_json = dir.path().join("export.txt");
    fs::write(&as_json, tiaki::codec::to_json(&workspace).expect("json")).expect("write");
    assert_eq!(
        read_workspace_file(&as_json).expect("json by content"),
        workspace
    );
    let as_ron = dir.path().join("export");
    fs::write(&as_ron, tiaki::codec::to_ron(&workspace).expect("ron")).expect("write");
    assert_eq!(
        read_workspace_file(&as_ron).expect("ron by content"),
        workspace
    );
    let missing = read_workspace_file(&dir.path().join("missing.ron")).expect_err("missing");
    assert!(matches!(missing, StoreError::Io { .. }), "{missing}");
}
