//! The store on real files in temporary data folders: atomic saves, generations, locks,
//! permissions, and damaged files that give a clear error and are never changed.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use tiaki::store::{Store, StoreError};
use tiaki::workspace::{Provider, ProviderId, Timestamp, Workspace};

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(Some(&dir.path().join("data"))).expect("open store");
    (dir, store)
}

fn sample(name: &str) -> Workspace {
    let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid time");
    Workspace::new(name, tiaki::catalogue::builtin(), now)
}

fn with_provider(mut workspace: Workspace, provider: &str) -> Workspace {
    let id = ProviderId(format!("prov-{}", workspace.providers.len()));
    workspace.providers.push(Provider::new(id, provider));
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

// The root of this test crate is `tests/`, so its modules are named by path.
#[path = "store/damaged.rs"]
mod damaged;
#[path = "store/hostile.rs"]
mod hostile;
#[path = "store/locking.rs"]
mod locking;
#[path = "store/managing.rs"]
mod managing;
#[path = "store/migrating.rs"]
mod migrating;
#[path = "store/saving.rs"]
mod saving;

#[test]
fn exports_are_refused_over_tiakis_own_files_by_any_name() {
    let (dir, store) = temp_store();
    store
        .save(&store.lock("trial").expect("lock"), &sample("Trial"))
        .expect("saved");
    let link = dir.path().join("innocent.md");
    std::os::unix::fs::symlink(store.workspace_path("trial"), &link).expect("symlink");
    let relative_way_in = store.root().join("workspaces/../workspaces/new.md");
    for path in [
        store.workspace_path("trial"),
        store.backup_path("trial"),
        store.workspace_path("not-yet"),
        store.root().join("settings.ron"),
        link,
        relative_way_in,
    ] {
        let error = store.check_output(&path).expect_err("refused");
        assert!(matches!(error, StoreError::OwnFile { .. }), "{path:?}");
        let message = error.to_string();
        assert!(
            message.starts_with(&path.display().to_string())
                && message.contains("write it somewhere else"),
            "{message}"
        );
    }
    for path in [
        store.root().join("report.md"),
        dir.path().join("report.html"),
        PathBuf::from("relative-report.csv"),
    ] {
        assert!(store.check_output(&path).is_ok(), "{path:?}");
    }
}
