//! Files the user names with `-o`. A regular file (or none yet) is replaced atomically, as
//! tiaki's own files are; a link is followed and the file it points to replaced, the link
//! kept; a terminal, a pipe, `/dev/null` or anything under `/dev` or `/proc` (such as
//! `/dev/stdout` or a shell's process substitution) is written to directly, never replaced.
//! What cannot take a report (a folder, a disk, a socket, a link to nothing) is refused.

use std::ffi::OsStr;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use super::atomic::{folder_of, write_atomic};
use super::error::{IoAction, StoreError};
use super::temp;

/// How the bytes reached their target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivered {
    /// A regular file now holds them in full.
    ToFile,
    /// They were written into a stream (a terminal, a pipe, a device): the caller should
    /// not add a confirmation to what may be its own output.
    ToStream,
}

/// Writes `bytes` to the target the user named, as the module's notes describe.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<Delivered, StoreError> {
    let refused = |reason| {
        Err(StoreError::UnusableOutput {
            path: path.to_owned(),
            reason,
        })
    };
    let kind = match fs::metadata(path) {
        Ok(metadata) => metadata.file_type(),
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            if fs::symlink_metadata(path).is_ok() {
                return refused("it is a link to a file that does not exist");
            }
            return replace(path, bytes);
        }
        Err(error) => return Err(StoreError::io(path, IoAction::Write, error)),
    };
    if kind.is_dir() {
        refused("it is a folder")
    } else if kind.is_block_device() {
        refused("it is a disk or partition, and writing there would destroy what it holds")
    } else if kind.is_socket() {
        refused("it is a socket")
    } else if kind.is_file() && !is_system_stream(path) {
        let real = fs::canonicalize(path)
            .map_err(|source| StoreError::io(path, IoAction::Read, source))?;
        replace(&real, bytes)
    } else {
        stream(path, bytes)
    }
}

/// Paths such as `/dev/stdout` or `/proc/self/fd/1` name an open stream even when it ends
/// in a regular file (`> file` in the shell): write through them as `cat` would.
fn is_system_stream(path: &Path) -> bool {
    path.starts_with("/dev") || path.starts_with("/proc")
}

/// Replaces the regular file `path` atomically, then clears what crashed writes to it
/// left behind.
fn replace(path: &Path, bytes: &[u8]) -> Result<Delivered, StoreError> {
    write_atomic(path, bytes)?;
    temp::remove_stale(
        folder_of(path),
        Some(path.file_name().unwrap_or(OsStr::new(""))),
    );
    Ok(Delivered::ToFile)
}

/// Writes into whatever `path` opens to, without creating or renaming anything.
fn stream(path: &Path, bytes: &[u8]) -> Result<Delivered, StoreError> {
    let error = |source| StoreError::io(path, IoAction::Write, source);
    let mut file = OpenOptions::new().write(true).open(path).map_err(error)?;
    file.write_all(bytes)
        .and_then(|()| file.flush())
        .map_err(error)?;
    Ok(Delivered::ToStream)
}

/// Writes a report's `bytes` to `path` atomically: the whole report or, on any failure, nothing (a
/// pipe or a device is written into instead, never replaced). The error is one line
/// naming the path and saying what to do.
pub fn write_report(path: &Path, bytes: impl AsRef<[u8]>) -> Result<Delivered, String> {
    // Said plainly here: the store's error would name its temporary file instead.
    let folder = path
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty());
    if let Some(folder) = folder.filter(|folder| !folder.is_dir()) {
        let problem = if folder.exists() {
            "is not a folder"
        } else {
            "does not exist"
        };
        return Err(format!(
            "{}: could not write the file: {} {problem} — choose another path or create the \
             folder; nothing was written",
            path.display(),
            folder.display()
        ));
    }
    write_output(path, bytes.as_ref()).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests;
