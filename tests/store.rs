//! The store on real files in temporary data folders: atomic saves, generations, locks,
//! permissions, and damaged files that give a clear error and are never changed.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tiaki::codec::MAX_FILE_BYTES;
use tiaki::store::{
    Settings, Store, StoreError, read_workspace_file, slugify, write_atomic, write_atomic_with,
};
use tiaki::workspace::{CatalogueRef, Context, Provider, ProviderId, Timestamp, Workspace};

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("open store");
    (dir, store)
}

fn sample(name: &str) -> Workspace {
    let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid time");
    Workspace {
        schema_version: tiaki::workspace::SCHEMA_VERSION,
        name: name.to_owned(),
        created: now,
        modified: now,
        catalogue: CatalogueRef {
            id: "nz-ncsc-svvm".to_owned(),
            version: "1.0.0".to_owned(),
        },
        context: Context::default(),
        providers: Vec::new(),
    }
}

fn with_provider(mut workspace: Workspace, provider: &str) -> Workspace {
    workspace.providers.push(Provider {
        id: ProviderId(format!("prov-{}", workspace.providers.len())),
        name: provider.to_owned(),
        product: String::new(),
        edition: String::new(),
        deployment: None,
        jurisdiction: String::new(),
        notes: String::new(),
        assessments: BTreeMap::default(),
    });
    workspace
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .expect("list folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .expect("fixture folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_none_or(|ext| ext != "expect"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no {kind} fixtures");
    files
}

/// Puts `bytes` in the store as workspace `slug`, loads it, and checks the error names
/// the file, fits on one line, and left the file exactly as it was.
fn load_damaged(store: &Store, slug: &str, bytes: &[u8]) -> StoreError {
    let path = store.workspace_path(slug);
    fs::write(&path, bytes).expect("write fixture");
    let error = store.load(slug).expect_err("damaged file must not load");
    let message = error.to_string();
    assert!(
        message.starts_with(&path.display().to_string()),
        "error does not start with the file: {message}"
    );
    assert!(!message.contains('\n'), "error is not one line: {message}");
    assert_eq!(error.path(), Some(path.as_path()));
    assert!(
        fs::read(&path).expect("read back") == bytes,
        "{slug} was changed"
    );
    error
}

#[test]
fn save_then_load_gives_the_same_workspace() {
    let (_dir, store) = temp_store();
    let workspace = with_provider(sample("Trial"), "Example Chat");
    store.save("trial", &workspace).expect("save");
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
    store.save("trial", &first).expect("first save");
    assert!(
        !store.backup_path("trial").exists(),
        "nothing to back up yet"
    );
    let first_bytes = fs::read(store.workspace_path("trial")).expect("read");
    store.save("trial", &second).expect("second save");
    assert_eq!(
        fs::read(store.backup_path("trial")).expect("backup"),
        first_bytes
    );
    // Saving unchanged content must not push the older generation out.
    store.save("trial", &second).expect("same again");
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
    store.save("trial", &sample("Trial")).expect("save");
    store
        .save("trial", &with_provider(sample("Trial"), "X"))
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
fn a_second_lock_is_refused_and_names_the_holder() {
    let (_dir, store) = temp_store();
    let held = store.lock("demo").expect("first lock");
    // flock locks belong to an open file, so even this process is refused a second one.
    let error = store.lock("demo").expect_err("second lock");
    let message = error.to_string();
    assert!(
        message.contains(&format!(
            "workspace \"demo\" is open in another tiaki (pid {}); close it there first",
            std::process::id()
        )),
        "{message}"
    );
    assert!(
        matches!(error, StoreError::Locked { pid: Some(pid), .. } if pid == std::process::id())
    );
    drop(held);
    let _again = store.lock("demo").expect("released on drop");
}

/// Not a test on its own: run as a child process by the test below, it holds a lock
/// until its standard input closes.
#[test]
fn lock_holder_child() {
    let Ok(data) = std::env::var("TIAKI_TEST_LOCK_HOLDER") else {
        return;
    };
    let store = Store::open(Some(Path::new(&data))).expect("open");
    let _lock = store.lock("demo").expect("child lock");
    println!("locked");
    let mut line = String::new();
    let _ = io::stdin().read_line(&mut line);
}

#[test]
fn another_process_holding_a_workspace_blocks_changes_until_it_dies() {
    let (dir, store) = temp_store();
    store.save("demo", &sample("Demo")).expect("save");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "lock_holder_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("TIAKI_TEST_LOCK_HOLDER", dir.path().join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().expect("child stdout");
    let locked = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|line| line.contains("locked"));
    assert!(locked, "the child never took the lock");

    let refusals = [
        store.lock("demo").map(drop),
        store.save("demo", &with_provider(sample("Demo"), "X")),
        store.rename("demo", "Other").map(drop),
        store.delete("demo"),
    ];
    for refusal in refusals {
        match refusal {
            Err(StoreError::Locked { pid, .. }) => assert_eq!(pid, Some(child.id())),
            other => panic!("expected Locked, got {other:?}"),
        }
    }
    assert_eq!(
        store.load("demo").expect("reading is allowed"),
        sample("Demo")
    );

    // Killed, not closed: the kernel must release the lock all the same.
    child.kill().expect("kill child");
    child.wait().expect("reap child");
    let _lock = store.lock("demo").expect("free once the holder died");
}

#[test]
fn this_process_may_change_a_workspace_it_holds() {
    let (_dir, store) = temp_store();
    store.save("demo", &sample("Demo")).expect("save");
    let _lock = store.lock("demo").expect("lock");
    store
        .save("demo", &with_provider(sample("Demo"), "X"))
        .expect("save while holding the lock");
    let renamed = store.rename("demo", "Demo two").expect("rename");
    assert_eq!(renamed, "demo-two");
}

#[test]
fn every_invalid_fixture_gives_its_error_and_is_left_untouched() {
    let (_dir, store) = temp_store();
    for fixture in fixtures("invalid") {
        let slug = fixture
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let bytes = fs::read(&fixture).expect("fixture");
        let expect_file = fixture.with_extension("expect");
        let expected = fs::read_to_string(&expect_file)
            .unwrap_or_else(|_| panic!("{} needs a sibling .expect", fixture.display()));
        let message = load_damaged(&store, &slug, &bytes).to_string();
        for wanted in expected.lines().filter(|line| !line.trim().is_empty()) {
            assert!(
                message.contains(wanted),
                "{slug}: `{wanted}` not in: {message}"
            );
        }
        // Reading it any other way refuses it the same way.
        let direct = read_workspace_file(&store.workspace_path(&slug)).expect_err("refused");
        assert!(
            direct
                .to_string()
                .contains(expected.lines().next().unwrap_or(""))
        );
    }
    let listed = store.list().expect("list");
    assert!(listed.iter().all(|entry| entry.workspace.is_err()));
    assert_eq!(
        listed.len(),
        fixtures("invalid").len(),
        "damaged files missing from the list"
    );
}

#[test]
fn every_valid_fixture_loads() {
    let (_dir, store) = temp_store();
    for fixture in fixtures("valid") {
        let workspace = read_workspace_file(&fixture)
            .unwrap_or_else(|error| panic!("{}: {error}", fixture.display()));
        assert!(!workspace.name.is_empty());
        if fixture.extension().is_some_and(|ext| ext == "ron") {
            let slug = fixture
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned();
            fs::copy(&fixture, store.workspace_path(&slug)).expect("copy");
            assert_eq!(store.load(&slug).expect("load from the store"), workspace);
        }
    }
}

#[test]
fn absurdly_deep_nesting_is_an_error_not_a_crash() {
    let (_dir, store) = temp_store();
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/full.ron");
    let valid = fs::read_to_string(full).expect("full.ron");
    assert!(valid.contains("providers: ["), "fixture changed");
    let deep = "[".repeat(100_000);
    // In a known field, and in an unknown one that the version probe has to skip.
    let in_known = valid.replacen("providers: [", &format!("providers: [{deep}"), 1);
    let in_unknown = valid.replacen("providers: [", &format!("future: {deep}\n providers: ["), 1);
    for bytes in [in_known, in_unknown] {
        let error = load_damaged(&store, "deep", bytes.as_bytes());
        assert!(
            matches!(error, StoreError::Parse { line, .. } if line > 0),
            "{error}"
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let (_dir, store) = temp_store();
    let path = store.workspace_path("huge");
    let file = fs::File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES as u64 + 1)
        .expect("sparse file");
    let error = store.load("huge").expect_err("too large");
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("{}: ", path.display())),
        "{message}"
    );
    assert!(message.contains("limit"), "{message}");
    assert_eq!(
        fs::metadata(&path).expect("metadata").len(),
        MAX_FILE_BYTES as u64 + 1
    );
}

#[test]
fn a_damaged_file_offers_its_backup_and_restoring_keeps_the_damage() {
    let (_dir, store) = temp_store();
    let first = sample("Trial");
    store.save("trial", &first).expect("save");
    store
        .save("trial", &with_provider(first.clone(), "X"))
        .expect("save again");
    let damaged = b"(schema_version: 1, name: \"Tri".to_vec();
    let error = load_damaged(&store, "trial", &damaged);
    let backup = store.backup_path("trial");
    assert!(
        error
            .to_string()
            .contains(&format!("a backup is at {}", backup.display())),
        "{error}"
    );

    assert_eq!(store.restore_backup("trial").expect("restore"), first);
    assert_eq!(store.load("trial").expect("load"), first);
    assert!(backup.exists(), "the backup must stay");
    let kept: Vec<String> = names_in(&store.root().join("workspaces"))
        .into_iter()
        .filter(|name| name.starts_with("trial.ron.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        fs::read(store.root().join("workspaces").join(&kept[0])).expect("read"),
        damaged
    );
}

#[test]
fn restoring_without_a_backup_says_so() {
    let (_dir, store) = temp_store();
    store.save("trial", &sample("Trial")).expect("save");
    let error = store.restore_backup("trial").expect_err("no backup");
    assert!(matches!(error, StoreError::NoBackup { .. }), "{error}");
    assert!(error.to_string().contains("no backup"), "{error}");
}

#[test]
fn saving_over_a_damaged_file_keeps_it_and_the_good_backup() {
    let (_dir, store) = temp_store();
    store.save("trial", &sample("Trial")).expect("save");
    store
        .save("trial", &with_provider(sample("Trial"), "X"))
        .expect("save again");
    let good_backup = fs::read(store.backup_path("trial")).expect("backup");
    load_damaged(&store, "trial", b"(garbage");
    let newer = with_provider(sample("Trial"), "Y");
    store.save("trial", &newer).expect("save over damage");
    assert_eq!(store.load("trial").expect("load"), newer);
    assert_eq!(
        fs::read(store.backup_path("trial")).expect("backup"),
        good_backup
    );
    let names = names_in(&store.root().join("workspaces"));
    assert!(
        names
            .iter()
            .any(|name| name.starts_with("trial.ron.damaged-")),
        "{names:?}"
    );
}

#[test]
fn list_is_sorted_by_name_and_shows_damaged_files() {
    let (_dir, store) = temp_store();
    store.create(&sample("beta")).expect("create");
    store.create(&sample("Alpha")).expect("create");
    fs::write(store.workspace_path("broken"), "(").expect("write");
    fs::write(store.root().join("workspaces/notes.txt"), "not a workspace").expect("write");
    let entries = store.list().expect("list");
    let slugs: Vec<&str> = entries.iter().map(|entry| entry.slug.as_str()).collect();
    assert_eq!(slugs, ["alpha", "beta", "broken"]);
    let broken = entries[2].workspace.as_ref().expect_err("damaged");
    assert!(broken.to_string().contains("broken.ron:1:"), "{broken}");
    assert_eq!(entries[0].path, store.workspace_path("alpha"));
}

#[test]
fn workspaces_resolve_by_slug_or_by_name() {
    let (_dir, store) = temp_store();
    let slug = store
        .create(&sample("Demo: video conferencing procurement"))
        .expect("create");
    assert_eq!(slug, "demo-video-conferencing-procurement");
    assert_eq!(store.resolve(&slug).expect("slug"), slug);
    assert_eq!(
        store
            .resolve("  DEMO: Video conferencing procurement ")
            .expect("name"),
        slug
    );
    let error = store.resolve("nothing").expect_err("unknown");
    assert!(
        matches!(&error, StoreError::NotFound { available, .. } if available == std::slice::from_ref(&slug)),
        "{error}"
    );
    assert!(error.to_string().contains(&slug), "{error}");
}

#[test]
fn create_refuses_a_name_in_use_and_numbers_clashing_slugs() {
    let (_dir, store) = temp_store();
    assert_eq!(store.create(&sample("Trial")).expect("create"), "trial");
    let error = store.create(&sample(" trial ")).expect_err("same name");
    assert!(matches!(error, StoreError::AlreadyExists { .. }), "{error}");
    assert_eq!(
        store.create(&sample("Trial!")).expect("other name"),
        "trial-2"
    );
    let empty = store.create(&sample("  ")).expect_err("no name");
    assert!(matches!(empty, StoreError::InvalidName { .. }), "{empty}");
}

#[test]
fn names_cannot_escape_the_workspaces_folder() {
    let (_dir, store) = temp_store();
    let slug = store.create(&sample("../../etc")).expect("create");
    assert_eq!(slug, "etc");
    assert!(store.root().join("workspaces/etc.ron").is_file());
    assert_eq!(slugify("Kōrero"), "korero");
    let error = store.load("../settings").expect_err("not a slug");
    assert!(matches!(error, StoreError::InvalidName { .. }), "{error}");
}

#[test]
fn rename_moves_the_file_and_renames_the_workspace() {
    let (_dir, store) = temp_store();
    let slug = store.create(&sample("Trial")).expect("create");
    store
        .save(&slug, &with_provider(sample("Trial"), "X"))
        .expect("save");
    let _lock = store.lock(&slug).expect("lock");
    let before = fs::read(store.workspace_path(&slug)).expect("read");

    let renamed = store.rename(&slug, "Pilot 2026").expect("rename");
    assert_eq!(renamed, "pilot-2026");
    assert_eq!(store.load(&renamed).expect("load").name, "Pilot 2026");
    assert_eq!(
        fs::read(store.backup_path(&renamed)).expect("backup"),
        before
    );
    for gone in [
        store.workspace_path(&slug),
        store.backup_path(&slug),
        store.root().join("workspaces/trial.lock"),
    ] {
        assert!(!gone.exists(), "{} left behind", gone.display());
    }

    // Only the case changes: same file, new name inside.
    assert_eq!(
        store.rename(&renamed, "PILOT 2026").expect("rename"),
        renamed
    );
    assert_eq!(store.load(&renamed).expect("load").name, "PILOT 2026");
    store.create(&sample("Other")).expect("create");
    let clash = store.rename(&renamed, "other").expect_err("name in use");
    assert!(matches!(clash, StoreError::AlreadyExists { .. }), "{clash}");
}

#[test]
fn duplicate_copies_under_a_new_name() {
    let (_dir, store) = temp_store();
    let original = with_provider(sample("Trial"), "X");
    let slug = store.create(&original).expect("create");
    let copy = store.duplicate(&slug, "Trial copy").expect("duplicate");
    assert_eq!(copy, "trial-copy");
    let copied = store.load(&copy).expect("load copy");
    assert_eq!(copied.name, "Trial copy");
    assert_eq!(copied.providers, original.providers);
    assert_eq!(store.load(&slug).expect("original"), original);
    assert!(store.duplicate(&slug, "trial").is_err(), "name in use");
}

#[test]
fn delete_removes_file_backup_and_lock_but_keeps_damaged_copies() {
    let (_dir, store) = temp_store();
    let slug = store.create(&sample("Trial")).expect("create");
    store
        .save(&slug, &with_provider(sample("Trial"), "X"))
        .expect("save");
    drop(store.lock(&slug).expect("lock"));
    load_damaged(&store, &slug, b"(");
    store
        .save(&slug, &sample("Trial"))
        .expect("save over damage");
    store.delete(&slug).expect("delete");
    let names = names_in(&store.root().join("workspaces"));
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("trial.ron.damaged-"), "{names:?}");
    let error = store.delete(&slug).expect_err("already gone");
    assert!(matches!(error, StoreError::NotFound { .. }), "{error}");
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
