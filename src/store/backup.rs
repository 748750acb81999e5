//! Generations: the previous version of a workspace is kept as `<slug>.ron.bak`, and a
//! file that cannot be read is copied aside as `<slug>.ron.damaged-<time>` before anything
//! replaces it, so no save or restore ever destroys the only copy of someone's work.

use std::fs;
use std::io;
use std::path::Path;

use super::atomic::{sync_folder, write_atomic};
use super::error::{IoAction, StoreError};
use super::file::{Format, parse_workspace, read_own};
use super::paths::{check_slug, with_suffix};
use super::{Store, is_not_found};
use crate::workspace::{Timestamp, Workspace};

/// What `keep_previous_generation` found at the target.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Previous {
    /// The file already holds exactly the new content: nothing to write.
    Identical,
    /// There was no file, or it has been kept (as the backup or aside).
    Kept,
}

/// Before `path` is replaced by `new`: a readable current file becomes the backup; an
/// unreadable one is kept aside and the existing backup, the last good one, stays.
pub(crate) fn keep_previous_generation(
    path: &Path,
    backup: &Path,
    new: &[u8],
) -> Result<Previous, StoreError> {
    let current = match read_own(path) {
        Ok(current) => current,
        Err(error) if is_not_found(&error) => return Ok(Previous::Kept),
        Err(StoreError::Parse { .. }) => {
            keep_aside(path)?;
            return Ok(Previous::Kept);
        }
        Err(error) => return Err(error),
    };
    if current == new {
        return Ok(Previous::Identical);
    }
    if parse_workspace(path, &current, Format::Ron).is_ok() {
        write_atomic(backup, &current)?;
    } else {
        keep_aside(path)?;
    }
    Ok(Previous::Kept)
}

/// Keeps `bytes` (a workspace as it was before a migration) at `path` for good: written
/// once, atomically, and never replaced.
pub(crate) fn keep_original(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    if path.exists() {
        return Ok(());
    }
    write_atomic(path, bytes)
}

/// Keeps the current bytes of `path` as `<name>.damaged-<time>` and leaves `path` itself
/// in place. A hard link costs nothing and cannot be half-written; file systems without
/// hard links get a copy.
pub(crate) fn keep_aside(path: &Path) -> Result<(), StoreError> {
    let stamp: String = Timestamp::now()
        .to_string()
        .chars()
        .filter(|c| !matches!(c, '-' | ':'))
        .collect();
    let mut aside = with_suffix(path, &format!(".damaged-{stamp}"));
    let mut counter = 1;
    while fs::symlink_metadata(&aside).is_ok() {
        counter += 1;
        aside = with_suffix(path, &format!(".damaged-{stamp}-{counter}"));
    }
    fs::hard_link(path, &aside)
        .or_else(|_| fs::copy(path, &aside).map(|_| ()))
        .map_err(|source| StoreError::io(&aside, IoAction::Write, source))?;
    sync_folder(&aside)
}

impl Store {
    /// Puts the backup back in place of a damaged workspace file and returns it. The file
    /// it replaces is first kept as `<slug>.ron.damaged-<time>`; the backup stays too.
    pub fn restore_backup(&self, slug: &str) -> Result<Workspace, StoreError> {
        check_slug(slug)?;
        let path = self.workspace_path(slug);
        let _lock = self.lock(slug)?;
        let backup = self.backup_path(slug);
        let bytes = read_own(&backup).map_err(|error| {
            if is_not_found(&error) {
                StoreError::NoBackup { path: path.clone() }
            } else {
                error
            }
        })?;
        let workspace = parse_workspace(&backup, &bytes, Format::Ron)?.workspace;
        match fs::symlink_metadata(&path) {
            Ok(_) => keep_aside(&path)?,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(source) => return Err(StoreError::io(&path, IoAction::Read, source)),
        }
        write_atomic(&path, &bytes)?;
        Ok(workspace)
    }
}
