//! Hostile and unusual files in the data folder, and writes that would be too large to
//! read back (issue 16, faults 1, 3, 5, 7, 9 and 12).

use std::fs;
use std::os::unix::fs::symlink;
use std::process::Command;

use tiaki::codec::MAX_FILE_BYTES;
use tiaki::store::{Settings, Store, StoreError};

use crate::{names_in, sample, temp_store, with_provider};

/// Makes a FIFO with the system's `mkfifo`, as a user (or an attacker) would.
fn mkfifo(path: &std::path::Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// A workspace whose file would be just over the limit.
fn too_large() -> tiaki::workspace::Workspace {
    let mut workspace = with_provider(sample("Trial"), "X");
    workspace.providers[0].notes = "x".repeat(MAX_FILE_BYTES);
    workspace
}

#[test]
fn a_workspace_too_large_to_read_back_is_never_written() {
    let (_dir, store) = temp_store();
    let lock = store.lock("trial").expect("lock");
    store.save(&lock, &sample("Trial")).expect("small save");
    let before = fs::read(store.workspace_path("trial")).expect("read");

    let error = store.save(&lock, &too_large()).expect_err("too large");
    assert!(matches!(error, StoreError::TooLarge { .. }), "{error}");
    let message = error.to_string();
    assert!(
        message.contains("32 MiB") && message.contains("not written"),
        "{message}"
    );
    // Nothing changed, nothing kept aside as damaged, and the file still opens.
    assert_eq!(
        fs::read(store.workspace_path("trial")).expect("read"),
        before
    );
    assert_eq!(
        names_in(&store.root().join("workspaces")),
        ["trial.lock", "trial.ron"]
    );
    assert_eq!(store.load("trial").expect("still opens"), sample("Trial"));
    drop(lock);

    // Creating (as `import` does) is refused the same way.
    let mut big = too_large();
    big.name = "Big".to_owned();
    let error = store.create(&big).expect_err("too large");
    assert!(matches!(error, StoreError::TooLarge { .. }), "{error}");
    assert!(
        store
            .list()
            .expect("list")
            .iter()
            .all(|e| e.workspace.is_ok())
    );
}

#[test]
fn a_fifo_in_the_data_folder_is_refused_without_hanging() {
    let (_dir, store) = temp_store();
    store.create(&sample("Trial")).expect("create");
    mkfifo(&store.workspace_path("pipe"));
    mkfifo(&store.root().join("settings.ron"));
    // Each of these blocked forever on opening the FIFO.
    let listed = store.list().expect("list");
    let pipe = listed.iter().find(|e| e.slug == "pipe").expect("listed");
    let error = pipe.workspace.as_ref().expect_err("a FIFO is no workspace");
    assert!(
        matches!(error, StoreError::NotPlainFile { kind, .. } if kind.contains("FIFO")),
        "{error}"
    );
    assert!(matches!(
        store.load_settings(),
        Err(StoreError::NotPlainFile { .. })
    ));
    assert!(matches!(
        tiaki::store::read_workspace_file(&store.workspace_path("pipe")),
        Err(StoreError::NotPlainFile { .. })
    ));
    assert!(store.create(&sample("Pilot")).is_ok());
}

#[test]
fn a_link_planted_as_a_lock_file_is_refused_and_its_target_untouched() {
    let (dir, store) = temp_store();
    let precious = dir.path().join("precious.txt");
    fs::write(&precious, "the only copy\n").expect("write");
    symlink(&precious, store.root().join("workspaces/trial.lock")).expect("symlink");
    let error = store.lock("trial").expect_err("a link is not a lock file");
    assert!(matches!(error, StoreError::ForeignLock { .. }), "{error}");
    assert!(error.to_string().contains("symbolic link"), "{error}");
    assert_eq!(
        fs::read_to_string(&precious).expect("read"),
        "the only copy\n"
    );

    // A hard link has no link to refuse, but it has two names: also left alone.
    fs::remove_file(store.root().join("workspaces/trial.lock")).expect("remove");
    fs::hard_link(&precious, store.root().join("workspaces/trial.lock")).expect("link");
    let error = store
        .lock("trial")
        .expect_err("a hard link is not a lock file");
    assert!(matches!(error, StoreError::ForeignLock { .. }), "{error}");
    assert_eq!(
        fs::read_to_string(&precious).expect("read"),
        "the only copy\n"
    );

    // A plain file with more than a pid in it was not made by tiaki either.
    fs::remove_file(store.root().join("workspaces/trial.lock")).expect("remove");
    let text = "notes that are not a process id\n".repeat(4);
    fs::write(store.root().join("workspaces/trial.lock"), &text).expect("write");
    assert!(store.lock("trial").is_err());
    assert_eq!(
        fs::read_to_string(store.root().join("workspaces/trial.lock")).expect("read"),
        text
    );
}

#[test]
fn a_link_in_the_workspaces_folder_is_not_followed() {
    let (dir, store) = temp_store();
    let secret = dir.path().join("secret.txt");
    fs::write(&secret, "hunter2 is the password\n").expect("write");
    symlink(&secret, store.workspace_path("planted")).expect("symlink");
    let error = store.load("planted").expect_err("a link is refused");
    assert!(matches!(error, StoreError::NotPlainFile { .. }), "{error}");
    assert!(!error.to_string().contains("hunter2"), "{error}");
}

#[test]
fn a_folder_or_link_listed_in_workspaces_is_found_by_its_name() {
    let (_dir, store) = temp_store();
    fs::create_dir(store.workspace_path("folder")).expect("mkdir");
    assert!(
        store
            .list()
            .expect("list")
            .iter()
            .any(|e| e.slug == "folder")
    );
    // Listed, so export (which resolves the name) must say what is wrong, not
    // "no workspace called folder".
    let slug = store.resolve("folder").expect("found by its slug");
    let error = store.load(&slug).expect_err("a folder is no workspace");
    assert!(
        matches!(&error, StoreError::NotPlainFile { kind, .. } if *kind == "folder"),
        "{error}"
    );
}

#[test]
fn a_damaged_settings_file_is_kept_when_settings_are_saved() {
    let (_dir, store) = temp_store();
    let path = store.root().join("settings.ron");
    fs::write(&path, "(assessor: \"Ana\", mouse: maybe)").expect("write");
    assert!(store.load_settings().is_err());
    store.save_settings(&Settings::default()).expect("save");
    let kept: Vec<String> = names_in(store.root())
        .into_iter()
        .filter(|name| name.starts_with("settings.ron.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "{:?}", names_in(store.root()));
    assert_eq!(
        fs::read_to_string(store.root().join(&kept[0])).expect("read"),
        "(assessor: \"Ana\", mouse: maybe)"
    );
    assert_eq!(
        store.load_settings().expect("readable now"),
        Settings::default()
    );
}

#[test]
fn two_processes_creating_one_name_make_one_workspace() {
    let (dir, _store) = temp_store();
    let data = dir.path().join("data");
    for round in 0..8 {
        let name = format!("Race {round}");
        let children: Vec<_> = (0..4)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_tiaki"))
                    .env_remove("TIAKI_DATA_DIR")
                    .arg("--data-dir")
                    .arg(&data)
                    .args(["new", &name])
                    .output_spawn()
            })
            .collect();
        let succeeded = children
            .into_iter()
            .map(|mut child| child.wait().expect("wait").success())
            .filter(|ok| *ok)
            .count();
        assert_eq!(succeeded, 1, "round {round}");
    }
    let store = Store::open(Some(&data)).expect("open");
    assert_eq!(store.list().expect("list").len(), 8);
}

/// Spawns with output discarded.
trait SpawnQuietly {
    fn output_spawn(&mut self) -> std::process::Child;
}

impl SpawnQuietly for Command {
    fn output_spawn(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn tiaki")
    }
}
