//! What `update` asks the outside world to do. The TUI never touches files itself: the
//! runtime performs each effect through the store and says what became of it (`Outcome`).

use crate::report::Format;
use crate::workspace::{Evidence, Link};

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write the open workspace to disk (atomically, through the store).
    SaveWorkspace,
    /// Remember settings such as the last workspace opened.
    SaveSettings,
    /// Keep this as the assessor's name in the settings.
    SaveAssessor(String),
    /// Read the list of workspaces for the picker.
    ListWorkspaces,
    OpenWorkspace(String),
    CreateWorkspace(String),
    RenameWorkspace {
        slug: String,
        name: String,
    },
    DuplicateWorkspace {
        slug: String,
        name: String,
    },
    DeleteWorkspace(String),
    /// Keep the damaged file aside and put the backup in its place, then open it.
    RestoreBackup(String),
    /// Create the demo workspace if missing, then open it.
    OpenDemo,
    /// Hash the file at `path` on a worker thread, then keep `entry` in the library with
    /// the file and its SHA-256 (linked to `link` when given).
    HashEvidenceFile {
        entry: Evidence,
        path: String,
        link: Option<Link>,
    },
    /// Hash every file of the library again on a worker thread.
    VerifyEvidence,
    /// Ask the worker thread to stop hashing.
    StopHashing,
    /// Check the open workspace's history (chain and replay) on a worker thread of its
    /// own, over a copy of the workspace as it is now: opening does not wait for it.
    CheckHistory,
    /// Write a report of the open workspace to `path` (a folder gets the usual file name;
    /// a relative path is in the export folder). A file already there is replaced only
    /// when `replace` says so: otherwise the runtime asks.
    Export {
        format: Format,
        path: String,
        replace: bool,
    },
}
