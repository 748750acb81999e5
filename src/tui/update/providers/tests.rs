//! Providers: keys in, state and effects out, without a terminal.

use crate::tui::command::View;
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Overlay, Pending, State};
use crate::tui::testing::{empty_state, fixed_now, press, sample_workspace, state_with};
use crate::workspace::{Deployment, Provider, ProviderId, Workspace};

fn providers_view(workspace: Workspace) -> State {
    let mut state = state_with(workspace);
    press(&mut state, "2");
    assert_eq!(state.view, View::Providers);
    state
}

fn names(state: &State) -> Vec<&str> {
    state
        .workspace()
        .map(|w| w.providers.iter().map(|p| p.name.as_str()).collect())
        .unwrap_or_default()
}

fn selected(state: &State) -> &Provider {
    let workspace = state.workspace().expect("open");
    &workspace.providers[state.providers.selected]
}

fn form_error(state: &State) -> Option<(String, usize)> {
    match state.overlays.last() {
        Some(Overlay::Form(form, _)) => form.error.clone().map(|e| (e, form.focus())),
        _ => None,
    }
}

#[test]
fn adding_a_provider_saves_it_selected_with_every_field() {
    let mut state = providers_view(sample_workspace());
    // Name, product, edition, deployment (two steps right: on-premises), jurisdiction, notes.
    let effects = press(
        &mut state,
        "aWhio Voice<Tab>Whio Calls<Tab>Gov<Tab><Right><Right><Tab>Australia<Tab>Shortlisted<C-s>",
    );
    assert_eq!(effects, vec![Effect::SaveWorkspace]);
    assert!(state.overlays.is_empty());
    assert_eq!(names(&state)[3], "Whio Voice");
    let added = selected(&state);
    assert_eq!(added.name, "Whio Voice");
    assert_eq!(added.product, "Whio Calls");
    assert_eq!(added.edition, "Gov");
    assert_eq!(added.deployment, Some(Deployment::OnPremises));
    assert_eq!(added.jurisdiction, "Australia");
    assert_eq!(added.notes, "Shortlisted");
    assert!(added.id.0.starts_with("prov-"));
    let workspace = state.workspace().expect("open");
    assert_eq!(workspace.modified, fixed_now());
    assert!(workspace.providers[..3].iter().all(|p| p.id != added.id));
}

#[test]
fn the_first_provider_can_be_added_to_an_empty_workspace() {
    let mut state = providers_view(crate::workspace::Workspace::new(
        "Empty",
        crate::catalogue::builtin(),
        fixed_now(),
    ));
    assert_eq!(
        press(&mut state, "aSolo<Enter>"),
        vec![Effect::SaveWorkspace]
    );
    assert_eq!(names(&state), vec!["Solo"]);
    assert_eq!(selected(&state).deployment, None);
}

#[test]
fn an_empty_name_is_refused_with_the_form_kept_and_the_name_focused() {
    let mut state = providers_view(sample_workspace());
    let effects = press(&mut state, "a<Tab>Product only<Enter>");
    assert!(effects.is_empty());
    assert_eq!(
        form_error(&state),
        Some(("A provider needs a name.".to_owned(), 0))
    );
    assert_eq!(names(&state).len(), 3);
    // Typing fixes it: the text typed so far is still there.
    assert_eq!(
        press(&mut state, "Late<Enter>"),
        vec![Effect::SaveWorkspace]
    );
    assert_eq!(selected(&state).name, "Late");
    assert_eq!(selected(&state).product, "Product only");
}

#[test]
fn a_duplicate_name_is_refused_whatever_its_case() {
    let mut state = providers_view(sample_workspace());
    assert!(press(&mut state, "aaroha video <Enter>").is_empty());
    let (message, field) = form_error(&state).expect("refused");
    assert!(message.contains("Aroha Video"), "{message}");
    assert_eq!(field, 0);
    assert_eq!(names(&state).len(), 3);
}

#[test]
fn editing_keeps_the_id_and_changes_the_fields() {
    let mut state = providers_view(sample_workspace());
    press(&mut state, "j");
    let id = selected(&state).id.clone();
    press(&mut state, "e");
    assert!(matches!(
        state.overlays.last(),
        Some(Overlay::Form(_, FormPurpose::EditProvider(edited))) if *edited == id
    ));
    // Rename, and step the deployment from cloud service to not recorded.
    let effects = press(&mut state, " Plus<Tab><Tab><Tab><Left><Enter>");
    assert_eq!(effects, vec![Effect::SaveWorkspace]);
    let edited = selected(&state);
    assert_eq!(edited.id, id);
    assert_eq!(edited.name, "Kōrero Chat Plus");
    assert_eq!(edited.deployment, None);
    assert_eq!(state.providers.selected, 1);
}

#[test]
fn editing_may_keep_the_name_but_not_take_another() {
    let mut state = providers_view(sample_workspace());
    assert!(
        press(&mut state, "e<Enter>").is_empty(),
        "nothing changed, nothing saved"
    );
    let taken = "e<C-j>Tūī Talk<Enter>";
    assert!(press(&mut state, taken).is_empty());
    assert!(form_error(&state).is_some());
    assert_eq!(selected(&state).name, "Aroha Video");
}

#[test]
fn notes_with_line_breaks_survive_an_edit_that_leaves_them_alone() {
    let mut workspace = sample_workspace();
    workspace.providers[0].notes = "First line\nsecond line".to_owned();
    let mut state = providers_view(workspace);
    press(&mut state, "e<Tab>Pro<Enter>");
    assert_eq!(selected(&state).notes, "First line\nsecond line");
    assert_eq!(selected(&state).product, "Aroha Video MeetingsPro");
}

/// The testers' journey: the notes' paragraphs used to be joined into one line.
#[test]
fn editing_the_notes_keeps_their_paragraphs() {
    let notes = "Line one\nLine two\n\nLine four after blank";
    let mut workspace = sample_workspace();
    workspace.providers[0].notes = notes.to_owned();
    let mut state = providers_view(workspace);
    let effects = press(&mut state, "e<BackTab><End> extra<C-s>");
    assert_eq!(effects, vec![Effect::SaveWorkspace]);
    assert_eq!(selected(&state).notes, format!("{notes} extra"));
}

/// Provider notes take the item note editor's keys: Enter starts a line (Ctrl-j too),
/// Ctrl-s saves, Esc cancels.
#[test]
fn notes_take_new_lines_from_enter_as_item_notes_do_and_from_a_paste() {
    let mut state = providers_view(sample_workspace());
    state.size = ratatui::layout::Size::new(80, 24);
    press(&mut state, "e<BackTab>First<Enter><C-j>Second");
    crate::tui::update::handle_event(
        &mut state,
        &ratatui::crossterm::event::Event::Paste("\r\nThird".to_owned()),
    );
    assert!(matches!(state.overlays.last(), Some(Overlay::Form(..))));
    press(&mut state, "<C-s>");
    assert_eq!(selected(&state).notes, "First\n\nSecond\nThird");
    // Esc cancels here as everywhere.
    press(&mut state, "e<BackTab>Gone<Esc>");
    assert!(state.overlays.is_empty());
    assert_eq!(selected(&state).notes, "First\n\nSecond\nThird");
}

#[test]
fn delete_asks_first_naming_the_provider_and_its_judgements() {
    let mut state = providers_view(sample_workspace());
    assert!(press(&mut state, "D").is_empty());
    let Some(Overlay::Confirm(confirm)) = state.overlays.last() else {
        panic!("no question asked");
    };
    assert_eq!(
        confirm.on_yes,
        Pending::DeleteProvider(ProviderId("prov-a".to_owned()))
    );
    assert!(confirm.message.contains("\"Aroha Video\""));
    assert!(
        confirm.message.contains("5 judgements"),
        "{}",
        confirm.message
    );
    // No keeps it.
    assert!(press(&mut state, "n").is_empty());
    assert_eq!(names(&state).len(), 3);
    assert_eq!(press(&mut state, "Dy"), vec![Effect::SaveWorkspace]);
    assert_eq!(names(&state), vec!["Kōrero Chat", "Tūī Talk"]);
    assert_eq!(selected(&state).name, "Kōrero Chat");
}

#[test]
fn deleting_keeps_review_on_its_neighbour_and_undo_brings_the_provider_back_whole() {
    let mut state = providers_view(sample_workspace());
    let before = state.workspace().cloned().expect("open");
    state.review.provider = 2;
    press(&mut state, "GDy");
    assert_eq!(state.providers.selected, 1);
    assert_eq!(state.review.provider, 1);
    assert_eq!(names(&state).len(), 2);
    assert_eq!(press(&mut state, "u"), vec![Effect::SaveWorkspace]);
    let after = state.workspace().expect("open");
    assert_eq!(after.providers, before.providers, "back with all it held");
}

#[test]
fn moving_reorders_with_the_selection_following_and_stops_at_the_ends() {
    let mut state = providers_view(sample_workspace());
    assert!(press(&mut state, "K").is_empty(), "already at the top");
    assert_eq!(press(&mut state, "J"), vec![Effect::SaveWorkspace]);
    assert_eq!(
        names(&state),
        vec!["Kōrero Chat", "Aroha Video", "Tūī Talk"]
    );
    assert_eq!(selected(&state).name, "Aroha Video");
    press(&mut state, "J");
    assert!(press(&mut state, "J").is_empty(), "already at the bottom");
    assert_eq!(
        names(&state),
        vec!["Kōrero Chat", "Tūī Talk", "Aroha Video"]
    );
    assert_eq!(press(&mut state, "K"), vec![Effect::SaveWorkspace]);
    assert_eq!(
        names(&state),
        vec!["Kōrero Chat", "Aroha Video", "Tūī Talk"]
    );
    assert_eq!(state.providers.selected, 1);
}

#[test]
fn the_provider_under_review_is_followed_through_a_move() {
    let mut state = providers_view(sample_workspace());
    state.review.provider = 0;
    press(&mut state, "J");
    assert_eq!(state.review.provider, 1);
    press(&mut state, "k");
    press(&mut state, "J");
    assert_eq!(state.review.provider, 0);
}

#[test]
fn enter_opens_the_selected_provider_in_review() {
    let mut state = providers_view(sample_workspace());
    assert!(press(&mut state, "jj<Enter>").is_empty());
    assert_eq!(state.view, View::Review);
    assert_eq!(state.review.provider, 2);
}

#[test]
fn an_empty_list_explains_itself_instead_of_acting() {
    let mut state = providers_view(crate::workspace::Workspace::new(
        "Empty",
        crate::catalogue::builtin(),
        fixed_now(),
    ));
    for keys in ["e", "D", "<Enter>", "J", "K"] {
        assert!(press(&mut state, keys).is_empty(), "{keys}");
        assert!(state.overlays.is_empty(), "{keys}");
        assert_eq!(state.view, View::Providers, "{keys}");
        if !matches!(keys, "J" | "K") {
            let message = state.message.as_ref().expect("explained");
            assert!(message.text.contains("press a"), "{}", message.text);
        }
    }
}

#[test]
fn nothing_happens_without_a_workspace() {
    let mut state = empty_state();
    assert!(super::update(&mut state, crate::tui::command::Command::AddProvider).is_empty());
    assert!(state.overlays.is_empty());
}

#[test]
fn the_view_keys_carry_the_provider_in_hand_between_providers_and_review() {
    let mut state = providers_view(sample_workspace());
    state.review.provider = 0;
    // The third provider selected in the list, then Review by its key.
    press(&mut state, "jj3");
    assert_eq!(state.view, View::Review);
    assert_eq!(
        state.review.provider, 2,
        "the one selected, not the last reviewed"
    );
    press(&mut state, "[2");
    assert_eq!(state.providers.selected, 1, "back on the one reviewed");
}
