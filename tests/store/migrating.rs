//! A workspace from catalogue 1.0 opens migrated, and the file as it was is kept once,
//! beside it, for good: the migration adds and flags, and loses nothing.

use std::fs;

use super::temp_store;

const VERSION_ONE: &str = include_str!("../fixtures/v1/demo.ron");

#[test]
fn a_version_one_workspace_opens_migrated_and_its_original_is_kept() {
    let (_dir, store) = temp_store();
    let path = store.workspace_path("old");
    fs::write(&path, VERSION_ONE).expect("write the old file");
    let workspace = store.load("old").expect("opens");
    assert_eq!(workspace.schema_version, tiaki::workspace::SCHEMA_VERSION);
    assert_eq!(workspace.catalogue.version, "2.0.0");
    assert!(!workspace.readiness.is_empty(), "organisation items moved");
    let original = store.original_path("old", 1);
    assert_eq!(fs::read_to_string(&original).expect("kept"), VERSION_ONE);
    assert_eq!(
        fs::read_to_string(&path).expect("still there"),
        VERSION_ONE,
        "reading never rewrites the file"
    );
    // Saved, then read again: the kept original stays as it was, never replaced.
    let lock = store.lock("old").expect("lock");
    store.save(&lock, &workspace).expect("saves");
    drop(lock);
    assert_eq!(store.load("old").expect("opens again"), workspace);
    assert_eq!(fs::read_to_string(&original).expect("kept"), VERSION_ONE);
}
