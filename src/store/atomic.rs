//! Writes that reach the disk whole or not at all: a temporary file in the same folder,
//! fsync, rename over the target, fsync the folder. A crash at any point leaves either
//! the old file or the new one, complete.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

use tempfile::NamedTempFile;

use super::error::{IoAction, StoreError};
use super::temp;

/// Replaces `path` with `bytes` atomically; the file is created mode 0600.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, bytes, || Ok(()))
}

/// `write_atomic`, calling `before_rename` once the data is on disk but before it replaces
/// the target. Tests use it to simulate a crash at the worst moment: when it fails, the
/// target is untouched and the temporary file is removed.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce() -> io::Result<()>,
) -> Result<(), StoreError> {
    let temp = write_temp(path, bytes)?;
    before_rename().map_err(|source| StoreError::io(path, IoAction::Write, source))?;
    temp.persist(path)
        .map_err(|error| StoreError::io(path, IoAction::Rename, error.error))?;
    sync_folder(path)
}

/// Writes a file that must not exist yet, atomically. Fails with an `AlreadyExists` I/O
/// error when it does, so two processes creating the same file cannot overwrite each other.
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let temp = write_temp(path, bytes)?;
    temp.persist_noclobber(path)
        .map_err(|error| StoreError::io(path, IoAction::Write, error.error))?;
    sync_folder(path)
}

/// A complete, synced copy of `bytes` in a hidden temporary file next to `path`, named
/// and locked as `temp` describes so that a crash leaves nothing that outlives the next
/// start.
fn write_temp(path: &Path, bytes: &[u8]) -> Result<NamedTempFile, StoreError> {
    let mut temp = temp::create(folder_of(path), path.file_name().unwrap_or_default())
        .map_err(|source| StoreError::io(path, IoAction::Write, source))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|source| StoreError::io(path, IoAction::Write, source))?;
    Ok(temp)
}

/// Makes a rename in `path`'s folder durable: `persist` alone does not fsync the folder.
pub(crate) fn sync_folder(path: &Path) -> Result<(), StoreError> {
    let folder = folder_of(path);
    File::open(folder)
        .and_then(|dir| dir.sync_all())
        .map_err(|source| StoreError::io(folder, IoAction::Write, source))
}

/// The folder holding `path`; "." for a bare file name.
pub(crate) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_file_names_live_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("out.json")), Path::new("."));
        assert_eq!(folder_of(Path::new("/x/out.json")), Path::new("/x"));
    }

    #[test]
    fn write_new_refuses_an_existing_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.ron");
        write_new(&path, b"one").expect("first write");
        let error = write_new(&path, b"two").expect_err("exists");
        assert!(
            matches!(&error, StoreError::Io { source, .. } if source.kind() == io::ErrorKind::AlreadyExists),
            "{error:?}"
        );
        assert_eq!(std::fs::read(&path).expect("read"), b"one");
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1);
    }
}
