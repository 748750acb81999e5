//! The set of workspaces: list, resolve, create, rename, duplicate, delete.

use std::fs;

use tiaki::store::{StoreError, slugify};

use crate::{load_damaged, names_in, sample, temp_store, with_provider};

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
        .save(
            &store.lock(&slug).expect("lock"),
            &with_provider(sample("Trial"), "X"),
        )
        .expect("save");
    let before = fs::read(store.workspace_path(&slug)).expect("read");

    let renamed = store.rename(&slug, "Pilot 2026", "Ana").expect("rename");
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
        store.rename(&renamed, "PILOT 2026", "Ana").expect("rename"),
        renamed
    );
    assert_eq!(store.load(&renamed).expect("load").name, "PILOT 2026");
    store.create(&sample("Other")).expect("create");
    let clash = store
        .rename(&renamed, "other", "Ana")
        .expect_err("name in use");
    assert!(matches!(clash, StoreError::AlreadyExists { .. }), "{clash}");
}

#[test]
fn duplicate_copies_under_a_new_name() {
    let (_dir, store) = temp_store();
    let original = with_provider(sample("Trial"), "X");
    let slug = store.create(&original).expect("create");
    let copy = store
        .duplicate(&slug, "Trial copy", "Ana")
        .expect("duplicate");
    assert_eq!(copy, "trial-copy");
    let copied = store.load(&copy).expect("load copy");
    assert_eq!(copied.name, "Trial copy");
    assert_eq!(copied.providers, original.providers);
    assert_eq!(store.load(&slug).expect("original"), original);
    assert!(
        store.duplicate(&slug, "trial", "Ana").is_err(),
        "name in use"
    );
}

#[test]
fn delete_removes_file_backup_and_lock_but_keeps_damaged_copies() {
    let (_dir, store) = temp_store();
    let slug = store.create(&sample("Trial")).expect("create");
    store
        .save(
            &store.lock(&slug).expect("lock"),
            &with_provider(sample("Trial"), "X"),
        )
        .expect("save");
    load_damaged(&store, &slug, b"(");
    store
        .save(&store.lock(&slug).expect("lock"), &sample("Trial"))
        .expect("save over damage");
    store.delete(&slug).expect("delete");
    let names = names_in(&store.root().join("workspaces"));
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("trial.ron.damaged-"), "{names:?}");
    let error = store.delete(&slug).expect_err("already gone");
    assert!(matches!(error, StoreError::NotFound { .. }), "{error}");
}
