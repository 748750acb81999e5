//! Everything the TUI shows, in one value. Views read it; only `update` changes it.

mod history;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use ratatui::layout::Size;

pub use history::{Chain, EventLog, HistoryState};

use super::command::View;
use super::keymap::{Keymap, Scope};
use super::theme::Theme;
use crate::assurance::{self, Derivation};
use crate::catalogue::{AssuranceLevel, Catalogue, Item};
use crate::scoring;
use crate::workspace::{Change, ChangeError, Context, FileStates, Timestamp, UndoLog, Workspace};
use crate::{compare, plan};

mod dialog;
mod drawn;
mod palette;
mod search;

pub use dialog::{Confirm, FormPurpose, Hashing, Library, NoteEditor, Overlay, Pending};
pub use drawn::Drawn;
pub use palette::{Palette, PaletteEntry};
pub use search::SearchMemory;

pub struct State {
    pub catalogue: &'static Catalogue,
    pub keymap: Keymap,
    pub theme: Theme,
    /// Name stamped on every change.
    pub assessor: String,
    /// Where export (`E`) offers to write: the settings' folder, made absolute.
    pub export_folder: PathBuf,
    pub clock: Clock,
    /// The terminal's size as of the last resize: mouse hit-testing lays the screen out
    /// from it exactly as drawing does.
    pub size: Size,
    pub view: View,
    /// The open workspace, if any.
    pub session: Option<Session>,
    /// Shown over the views when true (and always when no workspace is open).
    pub picker_open: bool,
    pub picker: PickerState,
    pub providers: ProvidersState,
    pub review: ReviewState,
    pub context: ContextState,
    pub compare: CompareState,
    pub actions: ActionsState,
    pub history: HistoryState,
    /// The search index and last query, kept while tiaki runs.
    pub search: SearchMemory,
    /// Dialogs, the top one last; it gets the keys.
    pub overlays: Vec<Overlay>,
    pub message: Option<Message>,
    pub save: SaveState,
    /// Changes made since the last save that reached the disk, so that quitting after a
    /// failed save says how many would be lost.
    pub unsaved_changes: usize,
    pub quit: bool,
    /// What the last draw laid out.
    pub drawn: Drawn,
}

/// Where "now" comes from: the system, or a fixed instant for tests and snapshots.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    System,
    Fixed(Timestamp),
}

impl Clock {
    pub fn now(self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Fixed(at) => at,
        }
    }
}

/// An open workspace and what belongs to it alone.
pub struct Session {
    /// Which opening this is, unique while tiaki runs: a worker's report about a session
    /// since closed (or the same workspace opened again) is told apart by it.
    pub id: u64,
    pub slug: String,
    pub workspace: Workspace,
    /// Every kind of change, in the order made (the workspace keeps one history).
    pub undo: UndoLog,
    /// What the check of the history as opened found, once a worker has run it: a broken
    /// chain stays in the status line. It still opens; nothing is rewritten.
    pub chain: Chain,
    /// The history's events, decoded, for the History view and Review's detail.
    pub events: EventLog,
    /// What the last check of the evidence files found (none until one is run).
    pub files: FileStates,
}

impl Session {
    /// The session of a workspace just opened; its history is checked on a worker
    /// (`Effect::CheckHistory`), which decodes the events for the view as it goes.
    pub fn new(slug: String, workspace: Workspace) -> Self {
        static OPENED: AtomicU64 = AtomicU64::new(0);
        Self {
            id: OPENED.fetch_add(1, Ordering::Relaxed),
            slug,
            chain: Chain::Checking,
            events: EventLog::default(),
            workspace,
            undo: UndoLog::default(),
            files: FileStates::new(),
        }
    }
}

/// A workspace as listed in the picker.
#[derive(Debug, Clone, PartialEq)]
pub struct PickerEntry {
    pub slug: String,
    pub name: String,
    pub modified: Option<Timestamp>,
    pub providers: usize,
    /// Items assessed over items assessable, summed over providers.
    pub progress: (usize, usize),
    /// Why the file could not be read, when it could not.
    pub error: Option<String>,
}

impl PickerEntry {
    /// A workspace whose file could not be read: there is nothing to open, rename or copy.
    /// Such an entry has an error and no modification time; one that was read but cannot
    /// be opened (for its catalogue) has an error and a modification time.
    pub fn is_damaged(&self) -> bool {
        self.error.is_some() && self.modified.is_none()
    }
}

#[derive(Debug, Clone, Default)]
pub struct PickerState {
    pub entries: Vec<PickerEntry>,
    pub selected: usize,
}

#[derive(Debug, Clone, Default)]
pub struct ProvidersState {
    pub selected: usize,
}

/// Which pane of a two-pane view has the keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    List,
    Detail,
}

/// What the Review view walks: a provider's part of the catalogue, the organisation's
/// readiness, or the chosen provider's deployment checklist.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReviewOf {
    #[default]
    Provider,
    Readiness,
    Deployment,
}

impl ReviewOf {
    pub fn label(self) -> &'static str {
        match self {
            ReviewOf::Provider => "a provider",
            ReviewOf::Readiness => "our readiness",
            ReviewOf::Deployment => "the deployment checklist",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ReviewState {
    /// What is being reviewed.
    pub of: ReviewOf,
    /// Index of the provider under review in the workspace's list.
    pub provider: usize,
    /// Index into the visible rows of the catalogue tree.
    pub cursor: usize,
    /// Section ids folded shut.
    pub collapsed: std::collections::BTreeSet<String>,
    pub focus: Focus,
    /// Scroll offset of the detail pane.
    pub detail_scroll: u16,
    /// Leave out items for services the context says are not needed.
    pub hide_not_needed: bool,
}

/// Which pane of the Context view has the keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ContextFocus {
    #[default]
    Questions,
    /// The selected question's options (or free-text answer).
    Answer,
    /// The assurance level: why, and what it means for the work.
    Assurance,
}

#[derive(Debug, Clone, Default)]
pub struct ContextState {
    /// Index of the selected question among the catalogue's context questions.
    pub question: usize,
    /// Index of the option under the cursor in the answer pane.
    pub option: usize,
    pub focus: ContextFocus,
    /// Scroll offset of the assurance pane.
    pub scroll: u16,
}

/// What the Compare view draws the providers' scores as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ChartBy {
    /// Bars per section for the selected provider.
    #[default]
    Sections,
    /// Bars per provider for the selected section.
    Providers,
}

#[derive(Debug, Clone, Default)]
pub struct CompareState {
    /// Index into the visible rows of the matrix.
    pub cursor: usize,
    /// The selected provider's index in the workspace's list, so the selection follows
    /// the provider when the columns are sorted.
    pub provider: usize,
    /// Section ids opened to show their items; the matrix starts as an overview.
    pub expanded: std::collections::BTreeSet<String>,
    pub filter: compare::Filter,
    pub sort: compare::Sort,
    /// Whether the chart is shown instead of the matrix.
    pub chart: bool,
    pub chart_by: ChartBy,
}

#[derive(Debug, Clone, Default)]
pub struct ActionsState {
    /// Index into the listed actions.
    pub selected: usize,
    pub sort: plan::Sort,
    /// Which actions are listed: by provider, owner, status, overdue.
    pub filter: plan::Filter,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

/// Whether the open workspace is safely on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since it was opened.
    Clean,
    /// Changed in memory; a save has been asked for.
    Pending,
    Saved(Timestamp),
    /// The last save failed; the change is kept in memory and retried.
    Failed(String),
}

impl State {
    pub fn new(
        catalogue: &'static Catalogue,
        theme: Theme,
        assessor: String,
        clock: Clock,
    ) -> Self {
        Self {
            catalogue,
            keymap: Keymap::default(),
            theme,
            assessor,
            clock,
            export_folder: PathBuf::from("exports"),
            size: Size::ZERO,
            view: View::Providers,
            session: None,
            picker_open: true,
            picker: PickerState::default(),
            providers: ProvidersState::default(),
            review: ReviewState::default(),
            context: ContextState::default(),
            compare: CompareState::default(),
            actions: ActionsState::default(),
            history: HistoryState::default(),
            search: SearchMemory::default(),
            overlays: Vec::new(),
            message: None,
            save: SaveState::Clean,
            unsaved_changes: 0,
            quit: false,
            drawn: Drawn::default(),
        }
    }

    /// The assurance level that sets each item's priority: the assessor's override, else
    /// the level the context answers call for; Baseline with no workspace open.
    pub fn level(&self) -> AssuranceLevel {
        self.derivation().effective
    }

    /// The level, why, and what is unanswered or stale. Derived afresh from the answers on
    /// every call (microseconds for a catalogue's few questions), so it is never out of date.
    pub fn derivation(&self) -> Derivation {
        match self.workspace() {
            Some(workspace) => assurance::derive(self.catalogue, &workspace.context),
            None => assurance::derive(self.catalogue, &Context::default()),
        }
    }

    /// Whether `item` concerns a service the context says is needed (scoring leaves the
    /// others out).
    pub fn item_in_scope(&self, item: &Item) -> bool {
        scoring::in_scope(item, &self.derivation())
    }

    pub fn workspace(&self) -> Option<&Workspace> {
        self.session.as_ref().map(|session| &session.workspace)
    }

    /// Makes `change` to the open workspace as the assessor, now, and keeps it for undo:
    /// the TUI's one way to change a workspace.
    pub fn apply(&mut self, change: Change) -> Result<(), ChangeError> {
        let now = self.clock.now();
        let Some(session) = self.session.as_mut() else {
            return Err(ChangeError::Missing("an open workspace".to_owned()));
        };
        let applied = session
            .undo
            .apply(&mut session.workspace, change, &self.assessor, now);
        session.events.catch_up(&session.workspace.history);
        applied
    }

    /// True when the picker is what the user sees (asked for, or nothing open).
    pub fn showing_picker(&self) -> bool {
        self.picker_open || self.session.is_none()
    }

    /// The scopes whose bindings apply now, most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        match self.overlays.last() {
            Some(Overlay::Help { .. }) => vec![Scope::Help],
            Some(Overlay::Confirm(_)) => vec![Scope::Confirm],
            Some(Overlay::Form(form, _)) if form.editing_lines() => {
                vec![Scope::Editor, Scope::Form]
            }
            Some(Overlay::Form(..)) => vec![Scope::Form],
            Some(Overlay::Editor(_)) => vec![Scope::Editor],
            Some(Overlay::Search(_)) => vec![Scope::Search],
            Some(Overlay::Palette(_)) => vec![Scope::Palette],
            Some(Overlay::Library(_)) => vec![Scope::Library],
            Some(Overlay::Hashing(_)) => vec![Scope::Hashing],
            None if self.showing_picker() => vec![Scope::Picker, Scope::Global],
            None => vec![Scope::View(self.view), Scope::Global],
        }
    }

    /// The scopes whose keys help describes: those of the view under any help overlay.
    pub fn help_scopes(&self) -> Vec<Scope> {
        match self
            .overlays
            .iter()
            .rev()
            .find(|o| !matches!(o, Overlay::Help { .. }))
        {
            Some(Overlay::Confirm(_)) => vec![Scope::Confirm],
            Some(Overlay::Form(form, _)) if form.editing_lines() => {
                vec![Scope::Editor, Scope::Form]
            }
            Some(Overlay::Form(..)) => vec![Scope::Form],
            Some(Overlay::Editor(_)) => vec![Scope::Editor],
            Some(Overlay::Search(_)) => vec![Scope::Search],
            Some(Overlay::Palette(_)) => vec![Scope::Palette],
            Some(Overlay::Library(_)) => vec![Scope::Library],
            Some(Overlay::Hashing(_)) => vec![Scope::Hashing],
            _ if self.showing_picker() => vec![Scope::Picker, Scope::Global],
            _ => vec![Scope::View(self.view), Scope::Global],
        }
    }

    pub fn inform(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: false,
        });
    }

    pub fn fail(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: true,
        });
    }
}
