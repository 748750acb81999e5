//! Re-hashing every file of a workspace's evidence library to see whether it is still
//! the file that was recorded.

use std::io;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use super::hash::{HashError, sha256_file_with};
use crate::workspace::{Evidence, FileState, FileStates, Workspace};

/// How far a check has got: files done of files to check, and bytes of the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CheckProgress {
    pub file: usize,
    pub files: usize,
    pub bytes: u64,
    pub of_bytes: u64,
}

/// The entries that have a file, in library order.
pub fn entries_with_files(workspace: &Workspace) -> Vec<Evidence> {
    workspace
        .evidence
        .iter()
        .filter(|entry| entry.file.is_some())
        .cloned()
        .collect()
}

/// Every file of `workspace`'s library checked, start to end (the command line's way:
/// nothing to stop it but the process).
pub fn check_workspace_evidence(workspace: &Workspace) -> FileStates {
    let never = AtomicBool::new(false);
    check_evidence(&entries_with_files(workspace), &never, |_| {}).unwrap_or_default()
}

/// Hashes each entry's file again and compares it with the digest recorded. A relative
/// path is read from the current folder. `None` when `cancel` was set before the end.
pub fn check_evidence(
    entries: &[Evidence],
    cancel: &AtomicBool,
    mut progress: impl FnMut(CheckProgress),
) -> Option<FileStates> {
    let mut states = FileStates::new();
    let files = entries.iter().filter(|entry| entry.file.is_some()).count();
    let with_files = entries
        .iter()
        .filter_map(|entry| Some((entry, entry.file.as_ref()?)));
    for (file, (entry, recorded)) in with_files.enumerate() {
        let step = |bytes, of_bytes| CheckProgress {
            file,
            files,
            bytes,
            of_bytes,
        };
        progress(step(0, 0));
        let hashed = sha256_file_with(Path::new(&recorded.path), cancel, |bytes, of| {
            progress(step(bytes, of));
        });
        let state = match hashed {
            Ok(now) if now.eq_ignore_ascii_case(&recorded.sha256) => FileState::Unchanged,
            Ok(now) => FileState::Changed { now },
            Err(HashError::Cancelled) => return None,
            Err(HashError::Io(error)) if error.kind() == io::ErrorKind::NotFound => {
                FileState::Missing
            }
            Err(HashError::Io(error)) => FileState::Unreadable(error.to_string()),
        };
        states.insert(entry.id.clone(), state);
    }
    Some(states)
}

#[cfg(test)]
mod tests;
