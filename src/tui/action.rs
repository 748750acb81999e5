//! Everything a user can do, as data. Keys map to actions (keymap.rs); help, the hint
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

// `SetAction` names the user's action plan entry (what must change), not this type.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave tiaki (everything is already saved).
    Quit,
    /// Show every key of the current view.
    Help,
    /// Close the open dialog or go back.
    Back,
    /// Switch to a view.
    GoTo(View),
    /// Open the workspace picker.
    OpenPicker,
    /// Write a report of the workspace (Markdown, HTML, CSV or JSON) to a file.
    Export,
    /// Find an item, section, provider, note, evidence or action by typing part of it.
    Search,
    /// Find any command by name and run it.
    Palette,

    /// Move the selection up.
    Up,
    /// Move the selection down.
    Down,
    /// Jump to the first entry.
    Top,
    /// Jump to the last entry.
    Bottom,
    /// Move a page up.
    PageUp,
    /// Move a page down.
    PageDown,
    /// Move focus to the next pane.
    FocusNext,
    /// Move focus to the previous pane.
    FocusPrev,
    /// Expand the selected section.
    Expand,
    /// Collapse the selected section (or go to its heading).
    Collapse,
    /// Open or toggle the selected entry.
    Select,

    /// Record a status for the selected item.
    SetStatus(Status),
    /// Step the selected item's status to the next one.
    CycleStatus,
    /// Step the basis of the judgement (claim, documentation, audit, own test).
    CycleBasis,
    /// Mark or unmark the item for a second look.
    ToggleFlag,
    /// Hide or show items for services the context says are not needed.
    ToggleNotNeeded,
    /// Go to the next item not yet assessed.
    NextUnassessed,
    /// Go to the previous item not yet assessed.
    PrevUnassessed,
    /// Write or change the note.
    EditNote,
    /// Add a piece of evidence.
    AddEvidence,
    /// Remove the last piece of evidence.
    RemoveEvidence,
    /// Set what must change, who does it and by when.
    SetAction,
    /// Treat the selected finding: accept, mitigate, avoid or transfer its risk.
    SetTreatment,
    /// Record the decision, its conditions, sign-off and protective marking.
    EditDecision,
    /// Undo the last change: to an assessment or to the context (one history, in order).
    Undo,
    /// Redo what was undone.
    Redo,
    /// Review the next provider.
    NextProvider,
    /// Review the previous provider.
    PrevProvider,
    /// Switch what Review walks: a provider, our readiness, the deployment checklist.
    CycleReviewOf,

    /// Add a provider.
    AddProvider,
    /// Edit the selected provider.
    EditProvider,
    /// Delete the selected provider and its assessments.
    DeleteProvider,
    /// Mark the selected provider as the one chosen (or no longer chosen).
    ChooseProvider,
    /// Move the selected provider up the list.
    MoveUp,
    /// Move the selected provider down the list.
    MoveDown,

    /// Pick or tick the option under the cursor (from the question list: go to the options).
    PickOption,
    /// Go to the next context question not yet answered.
    NextUnanswered,
    /// Write or change the free-text answer to the question.
    EditAnswer,
    /// Write a note on the answer (who the business owner is, say).
    EditAnswerNote,
    /// Switch the NZISM version stated cryptography is checked against.
    CycleNzism,
    /// Record the cryptography the selected provider states it uses.
    EditCrypto,
    /// Clear the answer to the question.
    ClearAnswer,
    /// Override the derived assurance level, with a reason, or remove the override.
    SetOverride,

    /// Show only the rows where the providers differ, or every row again.
    DifferencesOnly,
    /// Show only the items required at this assurance level, or every item again.
    RequiredOnly,
    /// Order the list (or the columns) the next way.
    CycleSort,
    /// Switch between the matrix and the chart.
    ToggleChart,
    /// Whether a required item left Unknown disqualifies: the workspace's setting.
    ToggleUnknownDisqualifies,
    /// Chart per section or per provider.
    SwitchChart,
    /// Show one provider's entries only, the next provider each time, then all again.
    FilterProvider,

    /// Create a workspace.
    NewWorkspace,
    /// Rename the selected workspace.
    RenameWorkspace,
    /// Copy the selected workspace under a new name.
    DuplicateWorkspace,
    /// Delete the selected workspace.
    DeleteWorkspace,
    /// Open (creating it if needed) the demo workspace.
    OpenDemo,

    /// Accept the dialog.
    Submit,
    /// Go to the next field.
    NextField,
    /// Go to the previous field.
    PrevField,
    /// Answer yes.
    Confirm,
    /// Close the editor without keeping the changes.
    Discard,
}

impl Action {
    /// Whether the action moves a selection (up, down, top, bottom, a page): every list
    /// handles these the same way, through `widgets::list::step`.
    pub fn is_movement(self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::Top
                | Action::Bottom
                | Action::PageUp
                | Action::PageDown
        )
    }

    /// The one-line description used by help and the command palette.
    pub fn describe(self) -> String {
        match self {
            Action::GoTo(view) => format!("Go to {}", view.title()),
            Action::SetStatus(Status::NotAssessed) => "Clear the status (not assessed)".to_owned(),
            Action::SetStatus(status) => format!("Mark as {}", status.label()),
            other => other.doc().to_owned(),
        }
    }

    fn doc(self) -> &'static str {
        match self {
            Action::Quit => "Quit (everything is already saved)",
            Action::Help => "Show every key of this view",
            Action::Back => "Close the dialog or go back",
            Action::GoTo(_) | Action::SetStatus(_) => "",
            Action::OpenPicker => "Open the workspace picker",
            Action::Export => "Export a report (Markdown, HTML, CSV or JSON)",
            Action::Search => "Search items, notes, providers, evidence and actions",
            Action::Palette => "Find a command by name and run it",
            Action::Up => "Move up",
            Action::Down => "Move down",
            Action::Top => "Go to the top",
            Action::Bottom => "Go to the bottom",
            Action::PageUp => "Page up",
            Action::PageDown => "Page down",
            Action::FocusNext => "Focus the next pane",
            Action::FocusPrev => "Focus the previous pane",
            Action::Expand => "Expand the section",
            Action::Collapse => "Collapse the section",
            Action::Select => "Open the selected entry",
            Action::CycleStatus => "Cycle the status",
            Action::CycleBasis => "Cycle the basis (claim, docs, audit, own test)",
            Action::ToggleFlag => "Flag or unflag for review",
            Action::ToggleNotNeeded => "Hide or show items for services not needed",
            Action::NextUnassessed => "Next item not yet assessed",
            Action::PrevUnassessed => "Previous item not yet assessed",
            Action::EditNote => "Edit the note",
            Action::AddEvidence => "Add evidence",
            Action::RemoveEvidence => "Remove the last evidence",
            Action::SetAction => "Set the action (what, owner, due)",
            Action::SetTreatment => "Treat the finding: accept, mitigate, avoid or transfer",
            Action::EditDecision => "Record the decision, sign-off and protective marking",
            Action::Undo => "Undo",
            Action::Redo => "Redo",
            Action::NextProvider => "Next provider",
            Action::PrevProvider => "Previous provider",
            Action::CycleReviewOf => "Review a provider, our readiness or the deployment checklist",
            Action::ChooseProvider => "Mark the provider as chosen (or not)",
            Action::AddProvider => "Add a provider",
            Action::EditProvider => "Edit the provider",
            Action::DeleteProvider => "Delete the provider",
            Action::MoveUp => "Move the provider up",
            Action::MoveDown => "Move the provider down",
            Action::PickOption => "Pick or tick the option (in the list: go to the options)",
            Action::NextUnanswered => "Next question not yet answered",
            Action::EditAnswer => "Write the free-text answer",
            Action::EditAnswerNote => "Write a note on the answer",
            Action::CycleNzism => "Switch the NZISM version cryptography is checked against",
            Action::EditCrypto => "Record the provider's stated cryptography",
            Action::ClearAnswer => "Clear the answer (in the options pane)",
            Action::SetOverride => "Override the assurance level, or remove it",
            Action::DifferencesOnly => "Only rows where providers differ (or all)",
            Action::RequiredOnly => "Only required items (or all)",
            Action::CycleSort => "Change the sort order",
            Action::ToggleChart => "Switch between the matrix and the chart",
            Action::ToggleUnknownDisqualifies => {
                "Whether a required item left Unknown disqualifies (saved with the workspace)"
            }
            Action::SwitchChart => "Chart per section or per provider",
            Action::FilterProvider => "Show one provider only (cycles, then all)",
            Action::NewWorkspace => "New workspace",
            Action::RenameWorkspace => "Rename the workspace",
            Action::DuplicateWorkspace => "Duplicate the workspace",
            Action::DeleteWorkspace => "Delete the workspace",
            Action::OpenDemo => "Open the demo workspace",
            Action::Submit => "Save and close",
            Action::NextField => "Next field",
            Action::PrevField => "Previous field",
            Action::Confirm => "Yes, go ahead",
            Action::Discard => "Close without saving",
        }
    }
}
