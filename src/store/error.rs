//! What can go wrong with files on disk. Every message is one line that starts with the
//! file it concerns and ends with what the user can do about it.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::text::escaped_line;

/// The file operation that failed; each knows what the user should check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    Read,
    Write,
    CreateFolder,
    ListFolder,
    Lock,
    Remove,
    Rename,
}

impl IoAction {
    fn verb(self) -> &'static str {
        match self {
            IoAction::Read => "read the file",
            IoAction::Write => "write the file",
            IoAction::CreateFolder => "create the folder",
            IoAction::ListFolder => "list the folder",
            IoAction::Lock => "lock the workspace",
            IoAction::Remove => "remove the file",
            IoAction::Rename => "rename the file",
        }
    }

    fn advice(self) -> &'static str {
        match self {
            IoAction::Read | IoAction::ListFolder => {
                "check that it exists and that you may read it"
            }
            IoAction::Write | IoAction::Rename => {
                "check that the folder is writable and the disk is not full; the previous \
                 version of the file is unchanged"
            }
            IoAction::CreateFolder => {
                "check the path, or choose another data folder with --data-dir or TIAKI_DATA_DIR"
            }
            IoAction::Lock => "check that the data folder is writable",
            IoAction::Remove => "check that you may change the folder, then try again",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: could not {}: {source} — {}", path.display(), action.verb(), action.advice())]
    Io {
        path: PathBuf,
        action: IoAction,
        source: io::Error,
    },

    /// The file is not a valid workspace (or settings) file. `line` is 0 when the problem
    /// concerns the whole file (empty, too large).
    #[error("{}", ParseDisplay { path, line: *line, column: *column, message, backup: backup.as_deref() })]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
        /// The previous generation, when there is one to offer.
        backup: Option<PathBuf>,
    },

    #[error(
        "{}: written by a newer tiaki (schema version {found}; this one reads up to \
         {supported}) — upgrade tiaki to open it; the file was left untouched",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    /// `path` is the workspace file; its stem is the slug.
    #[error(
        "{}: workspace \"{}\" is open in another tiaki ({}); close it there first",
        path.display(),
        slug_of(path),
        pid.map_or_else(|| "pid unknown".to_owned(), |pid| format!("pid {pid}"))
    )]
    Locked { path: PathBuf, pid: Option<u32> },

    #[error("{}", not_found(name, available))]
    NotFound {
        name: String,
        available: Vec<String>,
    },

    #[error("a workspace called \"{name}\" already exists; choose another name")]
    AlreadyExists { name: String },

    #[error("\"{name}\" cannot be used: {reason}")]
    InvalidName { name: String, reason: &'static str },

    #[error(
        "{}: there is no backup of this workspace yet (one is kept from the second save on) \
         — fix the file in a text editor or import a good copy",
        path.display()
    )]
    NoBackup { path: PathBuf },

    #[error(
        "{}: could not turn the workspace into text: {message} — this is a bug in tiaki; \
         the file on disk is unchanged",
        path.display()
    )]
    Encode { path: PathBuf, message: String },

    /// An export or report aimed at tiaki's own files, where it would replace a workspace.
    #[error(
        "{}: that is one of tiaki's own files (its data folder is {}), and writing there would \
         replace a workspace or the settings — write it somewhere else; nothing was written",
        path.display(),
        kept_in.display()
    )]
    OwnFile { path: PathBuf, kept_in: PathBuf },

    /// Something other than a plain file where tiaki reads one: a FIFO would block, a
    /// device may never end, and a link in the data folder was not made by tiaki.
    #[error(
        "{}: this is a {kind}, not a plain file, so tiaki did not open it — move it out of \
         the way or give tiaki the file itself; nothing was read or changed",
        path.display()
    )]
    NotPlainFile { path: PathBuf, kind: &'static str },

    /// A file that would be larger than tiaki reads: refused before writing, so tiaki never
    /// writes a file it would then call damaged.
    #[error(
        "{}: the workspace would take {}, more than the {} MiB tiaki can read back, so it was \
         not written and the file on disk is unchanged — make it smaller (long notes, many \
         providers) or split it into two workspaces",
        path.display(),
        crate::codec::size_in_words(*length),
        crate::codec::MAX_FILE_BYTES / (1024 * 1024)
    )]
    TooLarge { path: PathBuf, length: u64 },

    /// A lock file that tiaki did not make (a link, a hard link, or a file with other
    /// content): never truncated.
    #[error(
        "{}: this is not a lock file tiaki made ({reason}), so tiaki left it alone and did \
         not open the workspace — remove it if nothing else needs it, then try again",
        path.display()
    )]
    ForeignLock { path: PathBuf, reason: &'static str },

    /// An export or report aimed at something that cannot take one: a folder, a disk, a
    /// socket, a link to nothing.
    #[error(
        "{}: cannot write a file there: {reason} — choose a regular file, a terminal, a pipe \
         or /dev/null; nothing was written",
        path.display()
    )]
    UnusableOutput { path: PathBuf, reason: &'static str },

    /// A folder tiaki needs (the data folder, or one inside it) is a file.
    #[error(
        "{}: this is a file, not a folder, and tiaki keeps its data in a folder — move the \
         file out of the way, or choose another data folder with --data-dir or TIAKI_DATA_DIR",
        path.display()
    )]
    NotAFolder { path: PathBuf },

    #[error(
        "cannot find a home folder for tiaki's data — pass --data-dir PATH or set TIAKI_DATA_DIR"
    )]
    NoDataDir,
}

impl StoreError {
    /// The file the error concerns, when there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Io { path, .. }
            | StoreError::Parse { path, .. }
            | StoreError::NewerSchema { path, .. }
            | StoreError::Locked { path, .. }
            | StoreError::NoBackup { path }
            | StoreError::Encode { path, .. }
            | StoreError::OwnFile { path, .. }
            | StoreError::NotAFolder { path }
            | StoreError::NotPlainFile { path, .. }
            | StoreError::TooLarge { path, .. }
            | StoreError::ForeignLock { path, .. }
            | StoreError::UnusableOutput { path, .. } => Some(path),
            StoreError::NotFound { .. }
            | StoreError::AlreadyExists { .. }
            | StoreError::InvalidName { .. }
            | StoreError::NoDataDir => None,
        }
    }

    /// True when the workspace's lock could not be taken because its folder cannot be
    /// written (read-only media, permissions): the workspace can still be read.
    pub fn is_unwritable_folder(&self) -> bool {
        matches!(
            self,
            StoreError::Io { action: IoAction::Lock, source, .. }
                if matches!(
                    source.kind(),
                    io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
                )
        )
    }

    /// True for an I/O error saying the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, StoreError::Io { source, .. } if source.kind() == io::ErrorKind::NotFound)
    }

    pub(crate) fn io(path: &Path, action: IoAction, source: io::Error) -> Self {
        StoreError::Io {
            path: path.to_owned(),
            action,
            source,
        }
    }

    /// A parse error from the codec, made safe to print on one line: the message may
    /// quote text from a hostile file.
    pub(crate) fn parse(path: &Path, error: &crate::codec::DecodeError) -> Self {
        StoreError::Parse {
            path: path.to_owned(),
            line: error.line,
            column: error.column,
            message: escaped_line(&error.message),
            backup: None,
        }
    }
}

struct ParseDisplay<'a> {
    path: &'a Path,
    line: usize,
    column: usize,
    message: &'a str,
    backup: Option<&'a Path>,
}

impl fmt::Display for ParseDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, ": {} — ", self.message)?;
        match self.backup {
            Some(backup) => write!(
                f,
                "the file is damaged and was left untouched; a backup is at {} (restore it \
                 from the workspace picker or copy it over)",
                backup.display()
            ),
            None => f.write_str(
                "the file was left untouched; correct it in a text editor or replace it with \
                 a good copy",
            ),
        }
    }
}

fn slug_of(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn not_found(name: &str, available: &[String]) -> String {
    if available.is_empty() {
        format!(
            "no workspace called \"{name}\"; there are no workspaces yet — create one with \
             `tiaki new NAME`"
        )
    } else {
        format!(
            "no workspace called \"{name}\"; the workspaces are: {} — use a name or file name \
             from `tiaki list`",
            available.join(", ")
        )
    }
}

#[cfg(test)]
mod tests;
