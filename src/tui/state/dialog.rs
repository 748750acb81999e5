//! The dialogs over the views: what is open (`Overlay`), the question waiting for a yes
//! (`Confirm`, `Pending`) and what a submitted form is for (`FormPurpose`).

use ratatui_textarea::TextArea;

use super::Palette;
use crate::report::Format;
use crate::store::CheckProgress;
use crate::tui::widgets::finder::Finder;
use crate::tui::widgets::form::Form;
use crate::workspace::{EvidenceId, Link, ProviderId, Subject};

/// A dialog over the current view.
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Confirm(Confirm),
    Form(Box<Form>, FormPurpose),
    Editor(Box<NoteEditor>),
    /// Search (`/`): its results are ids into `State::search`'s index.
    Search(Box<Finder>),
    /// The command palette (`:`).
    Palette(Box<Palette>),
    /// The evidence library, linking to one item when opened from Review.
    Library(Library),
    /// Files being hashed on a worker thread; Esc stops it.
    Hashing(Hashing),
}

/// The evidence library overlay.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Library {
    /// Index into the workspace's library.
    pub selected: usize,
    /// The item Enter links an entry to (or unlinks it from), when opened from Review.
    pub link: Option<Link>,
}

/// What is being hashed and how far it has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashing {
    /// "Checking 12 evidence files" or the file's name.
    pub what: String,
    pub progress: CheckProgress,
}

/// A yes/no question and what "yes" does.
pub struct Confirm {
    pub title: String,
    pub message: String,
    pub on_yes: Pending,
}

/// Something destructive waiting for confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    DeleteProvider(ProviderId),
    DeleteWorkspace(String),
    /// Take this entry off this item (the entry stays in the library).
    UnlinkEvidence {
        id: EvidenceId,
        link: Link,
    },
    /// Take the entry out of the library, and every link to it.
    RemoveEvidence(EvidenceId),
    /// Put a damaged workspace aside and restore its backup.
    RestoreBackup(String),
    /// Quit although the last save failed.
    QuitUnsaved,
    /// Remove one action of an item.
    RemoveAction {
        subject: Subject,
        item: String,
        index: usize,
    },
    /// Close the note editor (under the question) without keeping what was typed.
    DiscardNote,
    /// Write the report over the file already at `path`.
    ReplaceExport {
        format: Format,
        path: String,
    },
}

/// What a submitted form is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormPurpose {
    NewProvider,
    EditProvider(ProviderId),
    /// A library entry: a new one (`id` none) or an edit, linked to `link` when made.
    Evidence {
        id: Option<EvidenceId>,
        link: Option<Link>,
    },
    SetAction {
        subject: Subject,
        item: String,
    },
    /// One action of an item, edited in the Actions view.
    EditAction {
        subject: Subject,
        item: String,
        index: usize,
    },
    SetTreatment {
        subject: Subject,
        item: String,
    },
    /// The workspace's decision record, sign-off and protective marking.
    Decision,
    NewWorkspace,
    RenameWorkspace(String),
    DuplicateWorkspace(String),
    /// The free-text answer to the context question with this id.
    TextAnswer(String),
    /// The note on the answer to the context question with this id.
    AnswerNote(String),
    /// The assessor's override of the derived assurance level.
    LevelOverride,
    /// Where to write a report, and in which format.
    Export,
    /// The assessor's name.
    Assessor,
    /// The cryptography this provider states it uses.
    Crypto(ProviderId),
}

/// The multi-line note editor.
pub struct NoteEditor {
    pub subject: Subject,
    pub item: String,
    pub text: TextArea<'static>,
}
