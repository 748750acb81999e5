//! The dialogs over the views: what is open (`Overlay`), the question waiting for a yes
//! (`Confirm`, `Pending`) and what a submitted form is for (`FormPurpose`).

use ratatui_textarea::TextArea;

use super::Palette;
use crate::report::Format;
use crate::tui::widgets::finder::Finder;
use crate::tui::widgets::form::Form;
use crate::workspace::{ProviderId, Subject};

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
    RemoveEvidence {
        subject: Subject,
        item: String,
    },
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
    AddEvidence {
        subject: Subject,
        item: String,
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
