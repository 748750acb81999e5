//! What became of an effect: the runtime reports it, `update::on_outcome` applies it. The
//! runtime does the work (files, the store, the settings) and decides nothing on screen.

use std::path::PathBuf;

use super::state::{FormPurpose, PickerEntry};
use crate::catalogue::Catalogue;
use crate::report::Format;
use crate::store::CheckProgress;
use crate::workspace::{
    Broken, Event, Evidence, EvidenceFile, FileStates, Link, Verified, Workspace,
};

#[derive(Debug)]
pub enum Outcome {
    /// The open workspace reached the disk.
    Saved,
    /// It did not; the change stays in memory and the save is tried again.
    SaveFailed(String),
    /// It cannot: the workspace was opened read-only.
    SaveRefusedReadOnly,
    /// Something failed; the text names the file and says what to do.
    Failed(String),
    /// The workspaces for the picker.
    Listed(Vec<PickerEntry>),
    /// The workspace asked for is the one open already.
    AlreadyOpen,
    /// The open workspace was let go (to open another, or to rename or delete it).
    Closed,
    /// A workspace was read (and locked, unless `OpenedReadOnly` follows).
    Opened {
        slug: String,
        workspace: Box<Workspace>,
        catalogue: &'static Catalogue,
    },
    /// It was opened read-only: its folder may not be written to, for this reason.
    OpenedReadOnly(String),
    /// A workspace file that could not be parsed, with a backup that could replace it.
    Damaged {
        slug: String,
        error: String,
    },
    /// The store refused a name typed in the picker's dialog (in use, or not a name).
    NameRefused {
        purpose: FormPurpose,
        name: String,
        error: String,
    },
    Copied {
        name: String,
    },
    Deleted,
    /// Renamed to `name`; `announce` is false when the workspace could not be opened again,
    /// so that error stays on screen.
    Renamed {
        name: String,
        announce: bool,
    },
    /// The picker is to stay in front (after renaming the open workspace).
    ShowPicker,
    /// The picker's selection goes to this workspace.
    Select(String),
    /// How far the worker hashing files has got.
    HashProgress(CheckProgress),
    /// The worker hashed the file for a library entry (`Ok(None)`: stopped), or could not.
    EvidenceHashed {
        entry: Box<Evidence>,
        link: Option<Link>,
        result: Result<Option<EvidenceFile>, String>,
    },
    /// The worker checked every file of the library (`None`: stopped).
    EvidenceChecked(Option<FileStates>),
    /// The history of the session `session` (its `id`) was checked: it holds (with its
    /// events, decoded), or not.
    HistoryChecked {
        session: u64,
        result: Box<Result<(Verified, Vec<Event>), Broken>>,
    },
    /// The report's file is already there: the user is asked before it is replaced.
    ExportExists {
        format: Format,
        target: PathBuf,
    },
    Exported {
        format: Format,
        path: PathBuf,
    },
}
