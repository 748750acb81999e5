//! Key → state tests of the command palette: it lists what the keymap binds, finds by
//! name, and runs commands where they belong.

use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::keymap::Scope;
use crate::tui::review_tree::visible_rows;
use crate::tui::selectors;
use crate::tui::state::Palette;
use crate::tui::state::{FormPurpose, Overlay, Pending, PickerEntry, State};
use crate::tui::testing::{
    empty_state, fixed_now, many_providers, press, sample_workspace, state_with,
};
use crate::workspace::{Status, Workspace};

fn palette(state: &State) -> &Palette {
    match state.overlays.last() {
        Some(Overlay::Palette(palette)) => palette,
        _ => panic!("the palette is not open"),
    }
}

fn demo() -> State {
    state_with(demo_workspace(builtin(), fixed_now()))
}

fn workspace(state: &State) -> &Workspace {
    state.workspace().expect("a workspace is open")
}

/// The status `provider` (an index) has for `item`.
fn status(state: &State, provider: usize, item: &str) -> Status {
    workspace(state).providers[provider]
        .assessments
        .get(item)
        .map_or(Status::NotAssessed, |assessment| assessment.status)
}

/// The provider under review and the item under Review's cursor, if it is on one.
fn reviewing(state: &State) -> (usize, Option<String>) {
    let rows = visible_rows(state);
    let item = rows[state.review.cursor].item().map(|item| item.id.clone());
    (state.review.provider, item)
}

/// The Compare cell under the cursor: its provider and the row's item (if an item row).
fn compare_cell(state: &State) -> (usize, Option<String>) {
    let matrix = selectors::matrix(state).expect("a workspace is open");
    let rows = selectors::rows(state, &matrix);
    let item = rows[state.compare.cursor]
        .item()
        .map(|item| item.id.clone());
    (state.compare.provider, item)
}

/// The selected action's provider and item.
fn selected_action(state: &State) -> (usize, String) {
    let list = selectors::listed(state);
    let planned = &list[state.actions.selected];
    let provider = planned.owner.provider().unwrap_or(usize::MAX);
    (provider, planned.item.to_owned())
}

/// The status line's text.
fn said(state: &State) -> String {
    state
        .message
        .as_ref()
        .map(|message| message.text.clone())
        .unwrap_or_default()
}

/// Runs the palette's command for `action` of `scope`, as Enter on its line would.
fn run(state: &mut State, scope: Scope, action: Command) -> Vec<Effect> {
    state.message = None;
    let commands = super::commands(state);
    let command = commands
        .iter()
        .find(|c| c.action == action && c.scope == scope)
        .unwrap_or_else(|| panic!("{action:?} of {scope:?} is not listed"));
    super::run(state, command)
}

/// Every action of Review that changes (or opens for change) the selected item.
fn judgements() -> Vec<Command> {
    let mut judgements: Vec<Command> = Status::ALL.into_iter().map(Command::SetStatus).collect();
    judgements.extend([
        Command::CycleStatus,
        Command::CycleBasis,
        Command::ToggleFlag,
        Command::EditNote,
        Command::LinkEvidence,
        Command::UnlinkEvidence,
        Command::SetAction,
    ]);
    judgements
}

/// The labels listed, in order.
fn listed(state: &State) -> Vec<String> {
    let palette = palette(state);
    palette
        .finder
        .hits
        .iter()
        .map(|hit| palette.commands[hit.id].label.clone())
        .collect()
}

#[test]
fn a_few_letters_of_compare_then_enter_shows_compare() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":comp");
    assert_eq!(listed(&state)[0], "Go to Compare");
    press(&mut state, "<Enter>");
    assert!(state.overlays.is_empty());
    assert_eq!(state.view, View::Compare);
}

#[test]
fn every_action_the_keymap_binds_is_listed_with_its_keys() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":");
    let commands = &palette(&state).commands;
    let mut scopes = vec![Scope::Global, Scope::Picker];
    scopes.extend(View::ALL.map(Scope::View));
    for binding in state.keymap.bindings(&scopes) {
        if matches!(binding.command, Command::Back | Command::Palette) {
            continue;
        }
        let command = commands
            .iter()
            .find(|c| c.action == binding.command && c.scope == binding.scope)
            .unwrap_or_else(|| panic!("{:?} in {:?} missing", binding.command, binding.scope));
        assert!(
            command.keys.contains(&binding.keys_label(false)),
            "{} lacks {}",
            command.label,
            binding.keys_label(false)
        );
        assert!(command.label.starts_with(&binding.command.describe()));
    }
    // An action bound twice in one scope (Space and Enter in Context) is listed once.
    for command in commands {
        let same = commands
            .iter()
            .filter(|c| c.action == command.action && c.scope == command.scope);
        assert_eq!(same.count(), 1, "{} listed twice", command.label);
    }
    assert!(commands.iter().any(|c| c.keys.contains("Space/Enter")));
}

#[test]
fn another_views_command_is_named_with_it_and_goes_there() {
    let mut state = state_with(sample_workspace());
    state.view = View::Providers;
    press(&mut state, ":");
    assert!(listed(&state).contains(&"Mark as Met (Review)".to_owned()));
    assert!(
        !listed(&state)
            .iter()
            .any(|l| l == "Add a provider (Providers)")
    );
    // The sample's fourth item is Unknown. Providers has no item selected, so the palette
    // shows Review and says which key marks the item there, changing nothing itself.
    state.review.cursor = 4;
    let item = crate::tui::review_tree::visible_rows(&state)[4]
        .item()
        .map(|item| item.id.clone())
        .expect("an item row");
    press(&mut state, "mark as met (review)<Enter>");
    assert_eq!(state.view, View::Review);
    assert_eq!(status(&state, 0, &item), Status::Unknown);
    assert_eq!(said(&state), "Choose an item in Review, then press y.");
    press(&mut state, "y");
    assert_eq!(status(&state, 0, &item), Status::Met);
}

#[test]
fn without_a_workspace_only_the_picker_and_global_commands_are_listed() {
    let mut state = empty_state();
    press(&mut state, ":");
    let commands = &palette(&state).commands;
    assert!(commands.iter().all(|c| !c.elsewhere));
    press(&mut state, "new workspace<Enter>");
    assert!(matches!(state.overlays.last(), Some(Overlay::Form(..))));
}

#[test]
fn no_query_lists_everything_and_a_query_narrows_it() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":");
    let all = listed(&state).len();
    assert_eq!(all, palette(&state).commands.len());
    press(&mut state, "undo");
    let some = listed(&state);
    assert!(some.len() < all);
    assert_eq!(some[0], "Undo");
    press(&mut state, "<Esc>");
    assert!(state.overlays.is_empty());
}

#[test]
fn the_palette_can_open_search() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":search items<Enter>");
    assert!(matches!(state.overlays.last(), Some(Overlay::Search(_))));
}

/// The tester's report: Review left on Kererū SEL.1, the Compare cursor on Pīwakawaka's
/// cell; "not met" from the palette must mark that cell, not Kererū's SEL.1.
#[test]
fn a_status_from_compare_goes_to_the_selected_cell() {
    let mut state = demo();
    press(&mut state, "3j");
    assert_eq!(reviewing(&state), (0, Some("SEL.1".to_owned())));
    assert_eq!(status(&state, 0, "SEL.1"), Status::Met);
    press(&mut state, "4ljj]]");
    let (provider, item) = compare_cell(&state);
    let item = item.expect("the cursor is on an item row");
    assert!(
        workspace(&state).providers[provider]
            .name
            .starts_with("Pīwakawaka")
    );
    assert_ne!(status(&state, provider, &item), Status::NotMet);
    press(&mut state, ":not met");
    assert_eq!(listed(&state)[0], "Mark as Not met (Review)");
    let effects = press(&mut state, "<Enter>");
    assert_eq!(effects, vec![Effect::SaveWorkspace]);
    assert_eq!(state.view, View::Review);
    assert_eq!(reviewing(&state), (provider, Some(item.clone())));
    assert_eq!(status(&state, provider, &item), Status::NotMet);
    assert_eq!(status(&state, 0, "SEL.1"), Status::Met, "Kererū untouched");
}

/// From Actions with Pīwakawaka SEL.6 selected, "mark as met" marks SEL.6, not the item
/// Review was left on (the report: "SEL.1 is already Met.").
#[test]
fn a_status_from_actions_goes_to_the_selected_action() {
    let mut state = demo();
    press(&mut state, "3j5");
    let (provider, item) = selected_action(&state);
    assert_eq!(item, "SEL.6");
    assert!(
        workspace(&state).providers[provider]
            .name
            .starts_with("Pīwakawaka")
    );
    assert_ne!(status(&state, provider, &item), Status::Met);
    press(&mut state, ":mark as met");
    assert_eq!(listed(&state)[0], "Mark as Met (Review)");
    press(&mut state, "<Enter>");
    assert_eq!(status(&state, provider, &item), Status::Met);
    assert!(said(&state).starts_with("SEL.6: Met."), "{}", said(&state));
    assert_eq!(reviewing(&state), (provider, Some(item)));
}

/// With Review never visited its cursor is on a section heading; the action's item is
/// still the one marked.
#[test]
fn a_status_from_actions_with_a_fresh_review_goes_to_the_action() {
    let mut state = demo();
    assert_eq!(reviewing(&state), (0, None), "a heading");
    press(&mut state, "5");
    let (provider, item) = selected_action(&state);
    press(&mut state, ":mark as met<Enter>");
    assert_eq!(status(&state, provider, &item), Status::Met);
    assert!(!said(&state).contains("heading"), "{}", said(&state));
    assert_eq!(reviewing(&state), (provider, Some(item)));
}

/// A Compare section row, the chart, Context, Providers, History and an empty Actions
/// list select no item: a judgement from the palette shows Review, says what to do with
/// the real key, and writes nothing, even with Review left on an item.
#[test]
fn with_no_item_selected_here_no_judgement_is_written() {
    type Setup = (&'static str, fn() -> State, &'static str);
    let setups: [Setup; 7] = [
        ("compare section row", demo, "3j4"),
        ("compare chart", demo, "3j4ljj]]c"),
        ("context", demo, "3j1"),
        ("providers", demo, "3j2j"),
        ("history", demo, "3j6"),
        ("empty actions", || state_with(many_providers(2)), "3j5"),
        ("picker", demo, "3jw"),
    ];
    for (name, make, keys) in setups {
        for action in judgements() {
            let mut state = make();
            press(&mut state, keys);
            let before = workspace(&state).clone();
            let effects = run(&mut state, Scope::View(View::Review), action);
            let key = state.keymap.key_label(action, false);
            assert!(!key.is_empty());
            assert_eq!(
                said(&state),
                format!("Choose an item in Review, then press {key}."),
                "{name}: {action:?}"
            );
            assert!(effects.is_empty(), "{name}: {action:?}: {effects:?}");
            assert!(
                state.overlays.is_empty(),
                "{name}: {action:?} opened a dialog"
            );
            assert_eq!(workspace(&state), &before, "{name}: {action:?} wrote");
            assert_eq!(state.view, View::Review, "{name}");
            assert!(!state.showing_picker(), "{name}");
        }
    }
    // The report's case, through the keys: the Compare cursor on the SEL heading.
    let mut state = demo();
    press(&mut state, "3j4");
    assert_eq!(compare_cell(&state).1, None);
    let before = workspace(&state).clone();
    press(&mut state, ":not met<Enter>");
    assert_eq!(said(&state), "Choose an item in Review, then press x.");
    assert_eq!(workspace(&state), &before);
}

/// Every judgement from Compare and Actions lands on the selected cell or action, even
/// when Review hides the item or has its section shut.
#[test]
fn every_judgement_from_compare_or_actions_opens_the_selected_item() {
    for keys in ["4ljj]]", "5j"] {
        for action in judgements() {
            let mut state = demo();
            for section in &builtin().sections {
                state.review.collapsed.insert(section.id.clone());
            }
            press(&mut state, keys);
            let (provider, item) = match state.view {
                View::Compare => {
                    let (provider, item) = compare_cell(&state);
                    (provider, item.expect("an item row"))
                }
                _ => selected_action(&state),
            };
            run(&mut state, Scope::View(View::Review), action);
            assert_eq!(state.view, View::Review, "{keys}: {action:?}");
            assert_eq!(
                reviewing(&state),
                (provider, Some(item.clone())),
                "{keys}: {action:?}"
            );
            assert!(!said(&state).starts_with("Choose"), "{keys}: {action:?}");
            // What it changed (or opened) is that provider's judgement of that item.
            for (index, other) in workspace(&state).providers.iter().enumerate() {
                let fresh = demo();
                let was = &workspace(&fresh).providers[index];
                for (id, assessment) in &other.assessments {
                    if index != provider || *id != item {
                        assert_eq!(
                            was.assessments.get(id),
                            Some(assessment),
                            "{keys}: {action:?}"
                        );
                    }
                }
            }
        }
    }
}

/// Review's movements start from the cell selected in Compare when there is one.
#[test]
fn reviews_movements_start_from_the_compare_cell() {
    let mut state = demo();
    press(&mut state, "3j4ljj]]");
    let (provider, item) = compare_cell(&state);
    run(&mut state, Scope::View(View::Review), Command::NextProvider);
    assert_eq!(reviewing(&state), (provider + 1, item));
}

/// Providers' edit, delete and reordering act on the provider selected here (the one
/// under review, the Compare column, the action's), never on Providers' own cursor.
#[test]
fn providers_commands_act_on_the_provider_selected_here() {
    let id = |state: &State, index: usize| workspace(state).providers[index].id.clone();
    let providers = Scope::View(View::Providers);

    let mut state = demo();
    press(&mut state, "3]]");
    assert_eq!(state.providers.selected, 0);
    press(&mut state, ":delete the provider<Enter>");
    let expected = Pending::DeleteProvider(id(&state, 2));
    assert!(
        matches!(state.overlays.last(), Some(Overlay::Confirm(c)) if c.on_yes == expected),
        "from Review: the provider under review"
    );

    let mut state = demo();
    press(&mut state, "4]");
    run(&mut state, providers, Command::EditProvider);
    let expected = FormPurpose::EditProvider(id(&state, 1));
    assert!(
        matches!(state.overlays.last(), Some(Overlay::Form(_, p)) if *p == expected),
        "from Compare: the selected column"
    );

    let mut state = demo();
    press(&mut state, "5");
    let (provider, _) = selected_action(&state);
    let moved = id(&state, provider);
    let effects = run(&mut state, providers, Command::MoveUp);
    assert_eq!(effects, vec![Effect::SaveWorkspace]);
    assert_eq!(
        id(&state, provider - 1),
        moved,
        "from Actions: the action's provider"
    );

    for keys in ["1", "6"] {
        let mut state = demo();
        press(&mut state, keys);
        let before = workspace(&state).clone();
        for action in [
            Command::DeleteProvider,
            Command::EditProvider,
            Command::MoveUp,
            Command::MoveDown,
        ] {
            press(&mut state, keys);
            let effects = run(&mut state, providers, action);
            let key = state.keymap.key_label(action, false);
            assert_eq!(
                said(&state),
                format!("Choose a provider in Providers, then press {key}.")
            );
            assert!(
                effects.is_empty() && state.overlays.is_empty(),
                "{action:?}"
            );
            assert_eq!(state.view, View::Providers);
        }
        assert_eq!(workspace(&state), &before);
    }
}

/// Context's question and the picker's workspace are never selected anywhere else: their
/// commands go there and say what to do, changing nothing.
#[test]
fn context_and_picker_commands_from_elsewhere_change_nothing() {
    let mut state = demo();
    press(&mut state, "1j<Enter>3");
    let before = workspace(&state).clone();
    for (action, key) in [
        (Command::ClearAnswer, "Bksp"),
        (Command::PickOption, "Space"),
        (Command::EditAnswer, "e"),
    ] {
        let effects = run(&mut state, Scope::View(View::Context), action);
        assert_eq!(
            said(&state),
            format!("Choose a question in Context, then press {key}.")
        );
        assert!(effects.is_empty() && state.overlays.is_empty());
        assert_eq!(state.view, View::Context);
        press(&mut state, "3");
    }
    assert_eq!(workspace(&state), &before);

    state.picker.entries = vec![PickerEntry {
        slug: "other".to_owned(),
        name: "Another workspace".to_owned(),
        modified: None,
        providers: 0,
        progress: (0, 0),
        error: None,
    }];
    for (action, key) in [
        (Command::DeleteWorkspace, "D"),
        (Command::RenameWorkspace, "r"),
        (Command::DuplicateWorkspace, "c"),
        (Command::Select, "Enter"),
    ] {
        let effects = run(&mut state, Scope::Picker, action);
        assert_eq!(
            said(&state),
            format!("Choose a workspace, then press {key}.")
        );
        assert_eq!(effects, vec![Effect::ListWorkspaces]);
        assert!(state.overlays.is_empty());
        assert!(state.showing_picker());
        press(&mut state, "<Esc>");
    }
}

/// From views with nothing selected, no command of another view writes, deletes or opens
/// a selection for change: each either changes nothing that is stored or starts something
/// new (a provider, a workspace, the level override).
#[test]
fn from_context_or_history_no_command_of_another_view_touches_a_hidden_selection() {
    for here in ["1", "6"] {
        let mut probe = demo();
        press(&mut probe, here);
        let commands = super::commands(&probe);
        // The workspace's Unknown-disqualifies setting selects nothing: the palette goes to
        // Compare, where the switch shows, and changes it there.
        let elsewhere = commands
            .iter()
            .filter(|c| c.elsewhere && c.action != Command::ToggleUnknownDisqualifies);
        for command in elsewhere {
            let mut state = demo();
            // Hidden selections everywhere: Review on an item, Providers on the second,
            // Context in an answer's options, a workspace in the picker.
            press(&mut state, "3j2j1j<Enter>");
            state.picker.entries = vec![PickerEntry {
                slug: "other".to_owned(),
                name: "Another workspace".to_owned(),
                modified: None,
                providers: 0,
                progress: (0, 0),
                error: None,
            }];
            press(&mut state, here);
            let before = workspace(&state).clone();
            let effects = super::run(&mut state, command);
            let label = &command.label;
            assert!(
                effects
                    .iter()
                    .all(|e| matches!(e, Effect::ListWorkspaces | Effect::OpenDemo)),
                "{label}: {effects:?}"
            );
            assert_eq!(workspace(&state), &before, "{label} wrote");
            match state.overlays.last() {
                None => {}
                Some(Overlay::Form(_, purpose)) => assert!(
                    matches!(
                        purpose,
                        FormPurpose::NewProvider
                            | FormPurpose::NewWorkspace
                            | FormPurpose::LevelOverride
                            | FormPurpose::Decision
                    ),
                    "{label}: {purpose:?}"
                ),
                Some(_) => panic!("{label} opened a dialog on a hidden selection"),
            }
        }
    }
}
