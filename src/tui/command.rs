//! Everything a user can do, as data. Keys map to commands (keymap.rs); help, the hint
//! line and the command palette read the same table, so they cannot disagree.

use crate::workspace::Status;

/// The views, in the order of the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Context,
    Providers,
    Review,
    Compare,
    Actions,
    History,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Context,
        View::Providers,
        View::Review,
        View::Compare,
        View::Actions,
        View::History,
    ];

    pub fn title(self) -> &'static str {
        match self {
            View::Context => "Context",
            View::Providers => "Providers",
            View::Review => "Review",
            View::Compare => "Compare",
            View::Actions => "Actions",
            View::History => "History",
        }
    }
}

/// Everything a user can do with a key, the palette or a click. What each one does is said
/// once, in `describe` below: help and the palette show that text.
// `SetAction` names the user's action plan entry (what must change), not a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Quit,
    Help,
    Back,
    GoTo(View),
    OpenPicker,
    Export,
    SetAssessor,
    Search,
    Palette,

    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    FocusNext,
    FocusPrev,
    Expand,
    Collapse,
    Select,

    SetStatus(Status),
    CycleStatus,
    CycleBasis,
    ToggleFlag,
    ToggleNotNeeded,
    NextUnassessed,
    PrevUnassessed,
    EditNote,
    LinkEvidence,
    UnlinkEvidence,
    EvidenceLibrary,
    NewEvidence,
    EditEvidence,
    RemoveEvidence,
    VerifyEvidence,
    SetAction,
    SetTreatment,
    EditDecision,
    Undo,
    Redo,
    NextProvider,
    PrevProvider,
    CycleReviewOf,

    AddProvider,
    EditProvider,
    DeleteProvider,
    ChooseProvider,
    MoveUp,
    MoveDown,

    PickOption,
    NextUnanswered,
    EditAnswer,
    EditAnswerNote,
    CycleNzism,
    EditCrypto,
    ClearAnswer,
    SetOverride,

    DifferencesOnly,
    RequiredOnly,
    CycleSort,
    ToggleChart,
    ToggleUnknownDisqualifies,
    SwitchChart,
    FilterProvider,
    FilterItem,
    FilterAssessor,
    FilterDay,
    FilterOwner,
    FilterActionStatus,
    FilterOverdue,
    NextActionStatus,
    EditAction,
    RemoveAction,

    NewWorkspace,
    RenameWorkspace,
    DuplicateWorkspace,
    DeleteWorkspace,
    OpenDemo,

    Submit,
    NextField,
    PrevField,
    Confirm,
    NewLine,
}

impl Command {
    /// Whether the action moves a selection (up, down, top, bottom, a page): every list
    /// handles these the same way, through `widgets::list::step`.
    pub fn is_movement(self) -> bool {
        matches!(
            self,
            Command::Up
                | Command::Down
                | Command::Top
                | Command::Bottom
                | Command::PageUp
                | Command::PageDown
        )
    }

    /// The one-line description used by help and the command palette.
    pub fn describe(self) -> String {
        match self {
            Command::GoTo(view) => format!("Go to {}", view.title()),
            Command::SetStatus(Status::NotAssessed) => "Clear the status (not assessed)".to_owned(),
            Command::SetStatus(status) => format!("Mark as {}", status.label()),
            other => other.doc().to_owned(),
        }
    }

    fn doc(self) -> &'static str {
        match self {
            Command::Quit => "Quit (everything is already saved)",
            Command::Help => "Show every key of this view",
            Command::Back => "Close the dialog or go back",
            Command::GoTo(_) | Command::SetStatus(_) => "",
            Command::OpenPicker => "Open the workspace picker",
            Command::Export => "Export a report (Markdown, HTML, CSV, JSON or the action plan)",
            Command::SetAssessor => "Your name, stamped on every change",
            Command::Search => "Search items, notes, providers, evidence and actions",
            Command::Palette => "Find a command by name and run it",
            Command::Up => "Move up",
            Command::Down => "Move down",
            Command::Top => "Go to the top",
            Command::Bottom => "Go to the bottom",
            Command::PageUp => "Page up",
            Command::PageDown => "Page down",
            Command::FocusNext => "Focus the next pane",
            Command::FocusPrev => "Focus the previous pane",
            Command::Expand => "Expand the section",
            Command::Collapse => "Collapse the section",
            Command::Select => "Open the selected entry",
            Command::CycleStatus => "Cycle the status",
            Command::CycleBasis => "Cycle the basis (claim, docs, audit, own test)",
            Command::ToggleFlag => "Flag or unflag for review",
            Command::ToggleNotNeeded => "Hide or show items for services not needed",
            Command::NextUnassessed => "Next item not yet assessed",
            Command::PrevUnassessed => "Previous item not yet assessed",
            Command::EditNote => "Edit the note",
            Command::LinkEvidence => "Link evidence from the library, or add new",
            Command::UnlinkEvidence => "Unlink the last evidence (it stays in the library)",
            Command::EvidenceLibrary => "Open the evidence library",
            Command::NewEvidence => "Add an entry to the evidence library",
            Command::EditEvidence => "Edit the library entry",
            Command::RemoveEvidence => "Remove the entry from the library, and its links",
            Command::VerifyEvidence => "Check every evidence file against its SHA-256",
            Command::SetAction => "Add an action (what, owner, due)",
            Command::SetTreatment => "Treat the finding: accept, mitigate, avoid or transfer",
            Command::EditDecision => "Record the decision, sign-off and protective marking",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::NextProvider => "Next provider",
            Command::PrevProvider => "Previous provider",
            Command::CycleReviewOf => {
                "Review a provider, our readiness or the deployment checklist"
            }
            Command::ChooseProvider => "Mark the provider as chosen (or not)",
            Command::AddProvider => "Add a provider",
            Command::EditProvider => "Edit the provider",
            Command::DeleteProvider => "Delete the provider",
            Command::MoveUp => "Move the provider up",
            Command::MoveDown => "Move the provider down",
            Command::PickOption => "Pick or tick the option (in the list: go to the options)",
            Command::NextUnanswered => "Next question not yet answered",
            Command::EditAnswer => "Write the free-text answer",
            Command::EditAnswerNote => "Write a note on the answer",
            Command::CycleNzism => "Switch the NZISM version cryptography is checked against",
            Command::EditCrypto => "Record the provider's stated cryptography",
            Command::ClearAnswer => "Clear the answer (in the options pane)",
            Command::SetOverride => "Override the assurance level, or remove it",
            Command::DifferencesOnly => "Only rows where providers differ (or all)",
            Command::RequiredOnly => "Only required items (or all)",
            Command::CycleSort => "Change the sort order",
            Command::ToggleChart => "Switch between the matrix and the chart",
            Command::ToggleUnknownDisqualifies => {
                "Whether a required item left Unknown disqualifies (saved with the workspace)"
            }
            Command::SwitchChart => "Chart per section or per provider",
            Command::FilterProvider => "Show one provider only (cycles, then all)",
            Command::FilterItem => "Show the selected change's finding only (again: all)",
            Command::FilterAssessor => "Show one assessor's changes only (cycles, then all)",
            Command::FilterDay => "Show the selected change's day only (again: all)",
            Command::FilterOwner => "Show one owner's actions only (cycles, then all)",
            Command::FilterActionStatus => "Show one status only (cycles, then all)",
            Command::FilterOverdue => "Show overdue actions only (or all again)",
            Command::NextActionStatus => "Move the action on: open, in progress, done, won't do",
            Command::EditAction => "Edit the action (what, owner, due, status, closing note)",
            Command::RemoveAction => "Remove the action (asks first)",
            Command::NewWorkspace => "New workspace",
            Command::RenameWorkspace => "Rename the workspace",
            Command::DuplicateWorkspace => "Duplicate the workspace",
            Command::DeleteWorkspace => "Delete the workspace",
            Command::OpenDemo => "Open the demo workspace",
            Command::Submit => "Save and close",
            Command::NextField => "Next field",
            Command::PrevField => "Previous field",
            Command::Confirm => "Yes, go ahead",
            Command::NewLine => "New line",
        }
    }
}
