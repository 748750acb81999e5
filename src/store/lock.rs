//! One tiaki per workspace. An exclusive `flock` on `<slug>.lock`, not a lock file that
//! merely exists: the kernel releases it when the holder exits or crashes, so a stale lock
//! never blocks anyone. The holder writes its pid into the file so a refused process can
//! say who holds it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::error::{IoAction, StoreError};
use super::paths::PRIVATE_FILE_MODE;

/// Holds a workspace for this process until dropped.
#[derive(Debug)]
pub struct WorkspaceLock {
    /// Closing the file releases the lock; it is kept only to be dropped.
    _held: File,
}

impl WorkspaceLock {
    /// Takes the lock at `lock_path` for the workspace at `workspace_path`, or says which
    /// process holds it.
    pub(crate) fn acquire(lock_path: &Path, workspace_path: &Path) -> Result<Self, StoreError> {
        let lock_error = |source| StoreError::io(lock_path, IoAction::Lock, source);
        // Not truncated on open: the file holds the current holder's pid until we own it.
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(PRIVATE_FILE_MODE)
            .open(lock_path)
            .map_err(lock_error)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: workspace_path.to_owned(),
                    pid: holder_pid(&mut file),
                });
            }
            Err(TryLockError::Error(source)) => return Err(lock_error(source)),
        }
        write_pid(&mut file).map_err(lock_error)?;
        Ok(Self { _held: file })
    }
}

/// Succeeds when no other process holds the workspace: nobody, or this process itself
/// (through a `WorkspaceLock` it keeps). Used before changing a workspace's files so that
/// the CLI cannot pull a workspace from under an open TUI.
pub(crate) fn ensure_not_held_elsewhere(
    lock_path: &Path,
    workspace_path: &Path,
) -> Result<(), StoreError> {
    let lock_error = |source| StoreError::io(lock_path, IoAction::Lock, source);
    let mut file = match OpenOptions::new().read(true).open(lock_path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(lock_error(error)),
    };
    match file.try_lock() {
        // Released when `file` drops at the end of this function.
        Ok(()) => Ok(()),
        Err(TryLockError::WouldBlock) => match holder_pid(&mut file) {
            Some(pid) if pid == std::process::id() => Ok(()),
            pid => Err(StoreError::Locked {
                path: workspace_path.to_owned(),
                pid,
            }),
        },
        Err(TryLockError::Error(source)) => Err(lock_error(source)),
    }
}

fn write_pid(file: &mut File) -> io::Result<()> {
    file.set_len(0)?;
    file.rewind()?;
    writeln!(file, "{}", std::process::id())?;
    file.sync_all()
}

/// The pid the holder wrote, if it is readable: it may not have written it yet.
fn holder_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}
