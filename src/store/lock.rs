//! One tiaki per workspace. An exclusive `flock` on `<slug>.lock`, not a lock file that
//! merely exists: the kernel releases it when the holder exits or crashes, so a stale lock
//! never blocks anyone. The holder writes its pid into the file so a refused process can
//! say who holds it.
//!
//! Lock files live in a folder other people may be able to write to, so they are opened
//! without following links and checked before anything is written into them: tiaki only
//! ever truncates a small plain file with one name, as it made it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::Path;

use super::error::{IoAction, StoreError};
use super::file::kind_of;
use super::paths::PRIVATE_FILE_MODE;

/// A pid and a line break; anything longer was not written by tiaki.
const MAX_LOCK_BYTES: u64 = 32;

/// Holds a workspace for this process until dropped. Writing a workspace needs one, so
/// every writer holds the lock from the moment it reads to the moment it renames.
#[derive(Debug)]
pub struct WorkspaceLock {
    slug: String,
    /// Closing the file releases the lock; it is kept only to be dropped.
    _held: File,
}

impl WorkspaceLock {
    /// Takes the lock at `lock_path` for the workspace `slug` at `workspace_path`, or says
    /// which process holds it.
    pub(crate) fn acquire(
        slug: &str,
        lock_path: &Path,
        workspace_path: &Path,
    ) -> Result<Self, StoreError> {
        let lock_error = |source| StoreError::io(lock_path, IoAction::Lock, source);
        let mut file = open_lock_file(lock_path)?;
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
        Ok(Self {
            slug: slug.to_owned(),
            _held: file,
        })
    }

    /// The workspace this lock holds.
    pub fn slug(&self) -> &str {
        &self.slug
    }
}

/// Waits for the lock on `folder` itself and holds it until the file drops. Creating a
/// workspace takes it, so that two processes choosing a name cannot both find it free;
/// a lock on the folder needs no file of its own.
pub(crate) fn lock_folder(folder: &Path) -> Result<File, StoreError> {
    let lock_error = |source| StoreError::io(folder, IoAction::Lock, source);
    let file = File::open(folder).map_err(lock_error)?;
    file.lock().map_err(lock_error)?;
    Ok(file)
}

/// Opens (creating) a lock file, refusing a link, and anything that is not a small plain
/// file with one name: tiaki writes into the file it opens and must not write into what
/// someone planted there.
fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    let foreign = |reason| StoreError::ForeignLock {
        path: path.to_owned(),
        reason,
    };
    // Not truncated on open: the file holds the current holder's pid until we own it.
    // Non-blocking, so that a FIFO in its place cannot hang the open.
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(PRIVATE_FILE_MODE)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .map_err(|source| match source.raw_os_error() {
            Some(libc::ELOOP) => foreign("it is a symbolic link"),
            Some(libc::ENXIO) => foreign("it is a named pipe (FIFO)"),
            _ => StoreError::io(path, IoAction::Lock, source),
        })?;
    let metadata = file
        .metadata()
        .map_err(|source| StoreError::io(path, IoAction::Lock, source))?;
    if !metadata.is_file() {
        return Err(StoreError::NotPlainFile {
            path: path.to_owned(),
            kind: kind_of(metadata.file_type()),
        });
    }
    if metadata.nlink() > 1 {
        return Err(foreign("it is a hard link to another file"));
    }
    if metadata.len() > MAX_LOCK_BYTES {
        return Err(foreign("it holds more than a process id"));
    }
    Ok(file)
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
    file.take(MAX_LOCK_BYTES).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}
