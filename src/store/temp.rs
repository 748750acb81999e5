//! tiaki's temporary files: `.<target>.tiaki-<pid>-<random>.tmp`, beside the file they
//! will replace. A crash between creating one and renaming it leaves it behind, so every
//! start removes those of processes that have ended, and never one a live process is
//! still writing: the writer holds an exclusive lock on its temporary file until it is
//! renamed, and where `/proc` is mounted a pid still running is skipped outright.

use std::ffi::OsStr;
use std::fs::{self, File, Permissions, TryLockError};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use tempfile::NamedTempFile;

use super::paths::PRIVATE_FILE_MODE;

/// Marks a temporary file as tiaki's; the pid after it says whose.
const MARK: &str = ".tiaki-";
const SUFFIX: &str = ".tmp";

/// A new, empty temporary file for `target` in `folder`, mode 0600, locked by this process.
pub(crate) fn create(folder: &Path, target: &OsStr) -> std::io::Result<NamedTempFile> {
    let name = target.to_string_lossy();
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{name}{MARK}{}-", std::process::id()))
        .suffix(SUFFIX)
        .permissions(Permissions::from_mode(PRIVATE_FILE_MODE))
        .tempfile_in(folder)?;
    temp.as_file().lock()?;
    Ok(temp)
}

/// Removes the temporary files in `folder` left by processes that have ended: all of
/// them, or only those for the file named `target`. Best effort: a file that cannot be
/// removed is left for the next start. Returns how many were removed.
pub(crate) fn remove_stale(folder: &Path, target: Option<&OsStr>) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| {
            parse(&entry.file_name())
                .is_some_and(|(name, pid)| target.is_none_or(|t| t == name) && !running(pid))
        })
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
        .filter(|entry| remove_if_abandoned(&entry.path()))
        .count()
}

/// The target's name and the writer's pid, when `file_name` is one of tiaki's
/// temporary files.
fn parse(file_name: &OsStr) -> Option<(&OsStr, u32)> {
    let name = file_name.to_str()?.strip_suffix(SUFFIX)?;
    let (target, rest) = name.strip_prefix('.')?.rsplit_once(MARK)?;
    let (pid, random) = rest.split_once('-')?;
    if random.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((OsStr::new(target), pid.parse().ok()?))
}

/// Whether process `pid` is certainly still running. Without `/proc` nobody can tell
/// cheaply and safely, and the lock decides alone.
fn running(pid: u32) -> bool {
    pid == std::process::id()
        || (Path::new("/proc/self").exists() && Path::new(&format!("/proc/{pid}")).exists())
}

/// Removes `path` unless its writer still holds its lock.
fn remove_if_abandoned(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    match file.try_lock() {
        Ok(()) => fs::remove_file(path).is_ok(),
        Err(TryLockError::WouldBlock | TryLockError::Error(_)) => false,
    }
}

#[cfg(test)]
mod tests;
