//! The Context view's update logic, driven by keys as a user presses them.

use crate::catalogue::{AnswerSpec, AssuranceLevel, Catalogue, Item, Priority, builtin};
use crate::store::Store;
use crate::tui::command::View;
use crate::tui::effect::Effect;
use crate::tui::state::{ContextFocus, Overlay, State};
use crate::tui::testing::{press, redraw, sample_workspace, screen, state_with};
use crate::tui::update::workspace_opened;
use crate::workspace::{Answer, LevelOverride, Workspace};

const SAVE: [Effect; 1] = [Effect::SaveWorkspace];

/// The sample workspace, in the Context view (reached with its key, as a user would).
fn context_view(workspace: Workspace) -> State {
    let mut state = state_with(workspace);
    press(&mut state, "1");
    assert_eq!(state.view, View::Context);
    state
}

fn answer(state: &State, question: &str) -> Option<Answer> {
    state
        .workspace()
        .and_then(|workspace| workspace.context.answers.get(question))
        .cloned()
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|id| (*id).to_owned()).collect())
}

fn message(state: &State) -> String {
    state
        .message
        .as_ref()
        .map(|message| message.text.clone())
        .unwrap_or_default()
}

/// An item recommended at Baseline that High makes required.
fn promoted_item() -> &'static Item {
    builtin()
        .assessable_items()
        .map(|(_, item)| item)
        .find(|item| {
            item.priority.baseline == Priority::Recommended
                && item.priority.high == Priority::Required
                && item.protects == [crate::catalogue::Property::Confidentiality]
        })
        .expect("the catalogue promotes some item at High")
}

#[test]
fn answering_confidential_makes_the_level_high_and_a_recommended_item_required() {
    let mut state = context_view(sample_workspace());
    let item = promoted_item();
    assert_eq!(state.level(), AssuranceLevel::Baseline);
    assert_eq!(state.derivation().priority(item), Priority::Recommended);
    // CTX.2, into its options, down to CONFIDENTIAL (the fifth), pick.
    assert_eq!(press(&mut state, "j<Enter>jjjj<Space>"), SAVE);
    assert_eq!(
        answer(&state, "CTX.2"),
        Some(Answer::Choice("confidential".to_owned()))
    );
    assert_eq!(state.level(), AssuranceLevel::High);
    assert_eq!(state.derivation().priority(item), Priority::Required);
    assert!(
        message(&state).contains("now High (was Baseline)"),
        "{}",
        message(&state)
    );
}

#[test]
fn a_single_choice_replaces_the_previous_one_and_picking_it_again_changes_nothing() {
    let mut state = context_view(sample_workspace());
    press(&mut state, "j<Enter><Space>");
    assert_eq!(
        answer(&state, "CTX.2"),
        Some(Answer::Choice("unclassified".to_owned()))
    );
    assert_eq!(press(&mut state, "j<Enter>"), SAVE);
    assert_eq!(
        answer(&state, "CTX.2"),
        Some(Answer::Choice("in-confidence".to_owned()))
    );
    assert!(
        press(&mut state, "<Space>").is_empty(),
        "no change, no save"
    );
}

#[test]
fn multiple_choices_toggle_in_catalogue_order_and_none_left_is_unanswered() {
    let mut state = context_view(sample_workspace());
    assert_eq!(press(&mut state, "<Enter>j<Space>"), SAVE);
    assert_eq!(press(&mut state, "k<Space>"), SAVE);
    assert_eq!(
        answer(&state, "CTX.1"),
        Some(choices(&["internal", "cross-agency"]))
    );
    press(&mut state, "<Space>");
    assert_eq!(answer(&state, "CTX.1"), Some(choices(&["cross-agency"])));
    press(&mut state, "j<Space>");
    assert_eq!(answer(&state, "CTX.1"), None);
    assert!(state.derivation().unanswered.contains(&"CTX.1".to_owned()));
}

#[test]
fn no_special_requirements_and_a_requirement_cannot_both_be_ticked() {
    let mut state = context_view(sample_workspace());
    // CTX.3: confidentiality (first) and integrity, then "no special requirements" (last).
    press(&mut state, "jj<Enter><Space>j<Space>");
    assert_eq!(
        answer(&state, "CTX.3"),
        Some(choices(&["confidentiality", "integrity"]))
    );
    press(&mut state, "G<Space>");
    assert_eq!(answer(&state, "CTX.3"), Some(choices(&["good-practice"])));
    press(&mut state, "g<Space>");
    assert_eq!(answer(&state, "CTX.3"), Some(choices(&["confidentiality"])));
}

#[test]
fn backspace_clears_the_answer_once() {
    let mut state = context_view(sample_workspace());
    press(&mut state, "<Enter><Space>");
    assert_eq!(press(&mut state, "<Backspace>"), SAVE);
    assert_eq!(answer(&state, "CTX.1"), None);
    assert!(press(&mut state, "<Backspace>").is_empty());
    assert!(
        message(&state).contains("no answer to clear"),
        "{}",
        message(&state)
    );
}

#[test]
fn the_option_cursor_starts_on_the_current_answer_and_stays_within_the_options() {
    let mut workspace = sample_workspace();
    workspace
        .context
        .answers
        .insert("CTX.7".to_owned(), Answer::Choice("major".to_owned()));
    let mut state = context_view(workspace);
    press(&mut state, "jjjjjjj");
    assert_eq!(state.context.question, 7);
    assert_eq!(state.context.option, 3, "on Major");
    press(&mut state, "<Tab>jjjjjjjj");
    assert_eq!(state.context.option, 4, "the last of five");
    press(&mut state, "<BackTab>j");
    assert_eq!(
        state.context.question, 8,
        "back in the list, j moves questions"
    );
}

#[test]
fn tab_cycles_through_the_three_panes_both_ways() {
    let mut state = context_view(sample_workspace());
    let mut seen = Vec::new();
    for _ in 0..3 {
        press(&mut state, "<Tab>");
        seen.push(state.context.focus);
    }
    assert_eq!(
        seen,
        [
            ContextFocus::Answer,
            ContextFocus::Assurance,
            ContextFocus::Questions
        ]
    );
    press(&mut state, "h");
    assert_eq!(state.context.focus, ContextFocus::Assurance);
    press(&mut state, "<Left>");
    assert_eq!(state.context.focus, ContextFocus::Answer);
}

#[test]
fn the_assurance_pane_scrolls_no_further_than_its_text() {
    let mut workspace = sample_workspace();
    workspace
        .context
        .answers
        .insert("CTX.2".to_owned(), Answer::Choice("restricted".to_owned()));
    let mut state = context_view(workspace);
    state.size = ratatui::layout::Size::new(80, 24);
    press(&mut state, "<Tab><Tab>");
    redraw(&mut state);
    press(&mut state, "jj");
    assert_eq!(state.context.scroll, 2);
    press(&mut state, "G");
    let max = super::assurance_max_scroll(&state);
    assert!(
        max > 2,
        "the list of newly required items is longer than the pane"
    );
    assert_eq!(state.context.scroll, max);
    press(&mut state, "j");
    assert_eq!(state.context.scroll, max);
}

#[test]
fn n_goes_to_the_next_unanswered_question_and_says_when_there_is_none() {
    let mut workspace = sample_workspace();
    let answers = &mut workspace.context.answers;
    answers.insert("CTX.2".to_owned(), Answer::Choice("secret".to_owned()));
    answers.insert("CTX.3".to_owned(), choices(&["no-such-requirement"]));
    let mut state = context_view(workspace);
    press(&mut state, "n");
    // CTX.2 is answered; CTX.3's only option is stale, so it needs choosing again.
    assert_eq!(state.context.question, 2);
    press(&mut state, "n");
    assert_eq!(state.context.question, 3);

    let mut all = sample_workspace();
    for question in builtin().context_questions() {
        let first = question
            .answer
            .as_ref()
            .and_then(|spec| spec.options().first());
        if let Some(option) = first {
            all.context
                .answers
                .insert(question.id.clone(), Answer::Choice(option.id.clone()));
        }
    }
    let mut state = context_view(all);
    press(&mut state, "n");
    assert_eq!(state.context.question, 0);
    assert!(message(&state).contains("Every context question is answered"));
}

#[test]
fn an_override_needs_a_reason_and_can_be_removed() {
    let mut state = context_view(sample_workspace());
    press(&mut state, "j<Enter>jjjj<Space>");
    assert_eq!(state.level(), AssuranceLevel::High);
    // Level: none -> Baseline; no reason yet.
    assert!(press(&mut state, "O<Right><Enter>").is_empty());
    let Some(Overlay::Form(form, _)) = state.overlays.last() else {
        panic!("the form stays open when refused");
    };
    assert!(form.error.as_deref().unwrap_or_default().contains("reason"));
    assert_eq!(form.focus(), 1, "focus on the reason");
    assert_eq!(press(&mut state, "Pilot only<Enter>"), SAVE);
    assert!(state.overlays.is_empty());
    let derivation = state.derivation();
    assert_eq!(derivation.derived, AssuranceLevel::High);
    assert_eq!(state.level(), AssuranceLevel::Baseline);
    assert_eq!(
        state
            .workspace()
            .and_then(|w| w.context.level_override.clone()),
        Some(LevelOverride {
            level: AssuranceLevel::Baseline,
            reason: "Pilot only".to_owned()
        })
    );
    // The form opens on the override in force; back to none removes it.
    assert_eq!(press(&mut state, "O<Left><Enter>"), SAVE);
    assert_eq!(
        state
            .workspace()
            .and_then(|w| w.context.level_override.clone()),
        None
    );
    assert_eq!(state.level(), AssuranceLevel::High);
    // Submitting "none" with no override in force changes nothing.
    assert!(press(&mut state, "O<Enter>").is_empty());
}

#[test]
fn stale_answers_stay_until_that_answer_changes_and_the_message_names_them() {
    let mut workspace = sample_workspace();
    let answers = &mut workspace.context.answers;
    answers.insert(
        "CTX.2".to_owned(),
        Answer::Choice("ultra-secret".to_owned()),
    );
    answers.insert("CTX.6".to_owned(), choices(&["video", "holograms"]));
    let mut state = context_view(workspace);
    press(&mut state, "jjjjjj<Tab>jjjj<Tab><Tab>");
    assert_eq!(
        answer(&state, "CTX.2"),
        Some(Answer::Choice("ultra-secret".to_owned()))
    );
    assert_eq!(state.derivation().stale.len(), 2);
    // CTX.6: the option cursor sits on Video; tick Voice.
    press(&mut state, "gjjjjjj");
    assert_eq!(state.context.question, 6);
    assert_eq!(press(&mut state, "<Enter>j<Space>"), SAVE);
    assert_eq!(answer(&state, "CTX.6"), Some(choices(&["video", "voice"])));
    assert!(
        message(&state).contains("'holograms'"),
        "{}",
        message(&state)
    );
    assert_eq!(
        answer(&state, "CTX.2"),
        Some(Answer::Choice("ultra-secret".to_owned()))
    );
    assert_eq!(state.derivation().stale.len(), 1);
}

#[test]
fn a_workspace_naming_a_missing_option_loads_renders_and_keeps_it_when_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(Some(dir.path())).expect("store");
    let mut workspace = sample_workspace();
    workspace.context.answers.insert(
        "CTX.2".to_owned(),
        Answer::Choice("cosmic-top-secret".to_owned()),
    );
    store
        .save(&store.lock("stale").expect("lock"), &workspace)
        .expect("save");
    let loaded = store
        .load("stale")
        .expect("a stale answer is no reason to refuse the file");
    let mut state = state_with(sample_workspace());
    workspace_opened(&mut state, "stale".to_owned(), loaded);
    press(&mut state, "1j");
    for (width, height) in [(80, 24), (160, 48)] {
        assert!(screen(&state, width, height).contains("'cosmic-top-secret'"));
    }
    // Answering something else saves the file with the stale answer still in it.
    assert_eq!(press(&mut state, "j<Enter><Space>"), SAVE);
    let workspace = state.workspace().cloned().expect("open");
    store
        .save(&store.lock("stale").expect("lock"), &workspace)
        .expect("save again");
    let reloaded = store.load("stale").expect("load again");
    assert_eq!(
        reloaded.context.answers.get("CTX.2"),
        Some(&Answer::Choice("cosmic-top-secret".to_owned()))
    );
}

/// The built-in catalogue with CTX.5 asked as free text, for the text answer's journey.
fn catalogue_with_text_question() -> &'static Catalogue {
    let mut catalogue = builtin().clone();
    let question = catalogue
        .sections
        .iter_mut()
        .flat_map(|section| section.items.iter_mut())
        .find(|item| item.id == "CTX.5")
        .expect("CTX.5");
    question.answer = Some(AnswerSpec::Text);
    Box::leak(Box::new(catalogue))
}

#[test]
fn free_text_is_written_in_a_form_and_emptied_to_clear() {
    let mut state = context_view(sample_workspace());
    press(&mut state, "e");
    assert!(state.overlays.is_empty(), "CTX.1 is answered by choosing");
    assert!(message(&state).contains("answered by choosing"));

    state.catalogue = catalogue_with_text_question();
    press(&mut state, "jjjj<Enter>");
    assert!(matches!(state.overlays.last(), Some(Overlay::Form(..))));
    assert_eq!(press(&mut state, "About 40 staff<Enter>"), SAVE);
    assert_eq!(
        answer(&state, "CTX.5"),
        Some(Answer::Text("About 40 staff".to_owned()))
    );
    assert!(screen(&state, 80, 24).contains("About 40 staff"));
    // e opens it again holding the text; emptying it clears the answer.
    press(&mut state, "e");
    let backspaces = "<Backspace>".repeat("About 40 staff".len());
    assert_eq!(press(&mut state, &format!("{backspaces}<Enter>")), SAVE);
    assert_eq!(answer(&state, "CTX.5"), None);
}

#[test]
fn ticking_the_needed_services_takes_other_services_items_out_of_scope() {
    let mut state = context_view(sample_workspace());
    let recording = builtin()
        .assessable_items()
        .map(|(_, item)| item)
        .find(|item| {
            item.services
                == [
                    crate::catalogue::Service::Messaging,
                    crate::catalogue::Service::FileSharing,
                ]
        })
        .expect("an item only about messages and files");
    let general = promoted_item();
    assert!(
        state.item_in_scope(recording),
        "everything counts until CTX.6 is answered"
    );
    // CTX.6, into its options, tick Video.
    assert_eq!(press(&mut state, "jjjjjj<Enter><Space>"), SAVE);
    assert_eq!(answer(&state, "CTX.6"), Some(choices(&["video"])));
    assert!(!state.item_in_scope(recording));
    assert!(state.item_in_scope(general));
}

/// CTX.2 set to TOP SECRET (its last option), the options pane keeping the keys.
fn top_secret() -> State {
    let mut state = context_view(sample_workspace());
    assert_eq!(press(&mut state, "j<Enter>G<Space>"), SAVE);
    assert_eq!(
        answer(&state, "CTX.2"),
        Some(Answer::Choice("top-secret".to_owned()))
    );
    assert_eq!(state.level(), AssuranceLevel::High);
    state
}

#[test]
fn backspace_clears_nothing_from_the_why_pane_or_the_question_list() {
    let mut state = top_secret();
    // Options -> "Why this level".
    press(&mut state, "<Tab>");
    assert_eq!(state.context.focus, ContextFocus::Assurance);
    assert!(press(&mut state, "<Backspace>").is_empty());
    assert_eq!(
        answer(&state, "CTX.2"),
        Some(Answer::Choice("top-secret".to_owned()))
    );
    assert_eq!(state.level(), AssuranceLevel::High);
    assert!(
        message(&state).starts_with("Nothing cleared"),
        "{}",
        message(&state)
    );
    // -> the question list: it shows no answer, so it clears none either.
    press(&mut state, "<Tab>");
    assert_eq!(state.context.focus, ContextFocus::Questions);
    assert!(press(&mut state, "<Backspace>").is_empty());
    assert_eq!(state.level(), AssuranceLevel::High);
    assert!(
        message(&state).contains("CTX.2's options"),
        "{}",
        message(&state)
    );
    assert!(state.session.as_ref().expect("open").undo.can_undo());
}

#[test]
fn u_and_ctrl_r_undo_and_redo_a_cleared_answer_and_say_what_and_the_level() {
    let mut state = top_secret();
    assert_eq!(press(&mut state, "<Backspace>"), SAVE);
    assert_eq!(answer(&state, "CTX.2"), None);
    assert_eq!(
        message(&state),
        "Cleared CTX.2 (u undoes). Level now Baseline (was High)."
    );
    assert_eq!(press(&mut state, "u"), SAVE);
    assert_eq!(
        answer(&state, "CTX.2"),
        Some(Answer::Choice("top-secret".to_owned()))
    );
    assert_eq!(state.level(), AssuranceLevel::High);
    let text = message(&state);
    assert!(
        text.starts_with("Undid CTX.2: no answer → TOP SECRET"),
        "{text}"
    );
    assert!(text.ends_with("Level now High (was Baseline)."), "{text}");
    assert_eq!(press(&mut state, "<C-r>"), SAVE);
    assert_eq!(answer(&state, "CTX.2"), None);
    assert!(
        message(&state).ends_with("→ no answer. Level now Baseline (was High)."),
        "{}",
        message(&state)
    );
    // Back past the first pick, then nothing more.
    press(&mut state, "uu");
    assert_eq!(answer(&state, "CTX.2"), None);
    assert!(press(&mut state, "u").is_empty());
    assert_eq!(message(&state), "Nothing to undo.");
}

#[test]
fn undo_brings_back_every_tick_of_a_cleared_multiple_choice() {
    let mut workspace = sample_workspace();
    let ticks = choices(&["clients", "overseas", "emergency"]);
    workspace
        .context
        .answers
        .insert("CTX.1".to_owned(), ticks.clone());
    let mut state = context_view(workspace);
    press(&mut state, "<Enter><Backspace>");
    assert_eq!(answer(&state, "CTX.1"), None);
    // Wandering off to another question first: undo comes back to the one it changes.
    press(&mut state, "<Tab><Tab>jj");
    assert_eq!(press(&mut state, "u"), SAVE);
    assert_eq!(answer(&state, "CTX.1"), Some(ticks));
    assert_eq!(state.context.question, 0);
    assert!(
        message(&state).starts_with("Undid CTX.1: no answer → 3 ticked."),
        "{}",
        message(&state)
    );
}

#[test]
fn an_override_is_undone_like_an_answer() {
    let mut state = top_secret();
    press(&mut state, "O<Right><Enter>Pilot only<Enter>");
    assert_eq!(state.level(), AssuranceLevel::Baseline);
    assert_eq!(
        message(&state),
        "Override set to Baseline. Level now Baseline (was High); the answers call for High."
    );
    assert_eq!(press(&mut state, "u"), SAVE);
    assert_eq!(state.level(), AssuranceLevel::High);
    assert_eq!(
        message(&state),
        "Undid the level override: Baseline → none. Level now High (was Baseline)."
    );
}

#[test]
fn with_an_override_the_message_names_the_question_and_the_derived_level_it_moved() {
    let mut state = top_secret();
    press(&mut state, "O<Right><Enter>Pilot only<Enter>");
    assert_eq!(press(&mut state, "<Backspace>"), SAVE);
    assert_eq!(
        message(&state),
        "Cleared CTX.2 (u undoes). Derived level now Baseline (was High); the override keeps Baseline."
    );
    assert_eq!(press(&mut state, "<Space>"), SAVE);
    assert_eq!(
        message(&state),
        "Saved CTX.2. Derived level now High (was Baseline); the override keeps Baseline."
    );
    // A change that leaves the derived level alone says the override holds.
    press(&mut state, "<Up><Space>");
    assert_eq!(
        message(&state),
        "Saved CTX.2. Level still Baseline (overridden)."
    );
}

#[test]
fn context_and_review_changes_share_one_history_in_order() {
    let mut state = context_view(sample_workspace());
    // An assessment in Review first, then a context answer.
    press(&mut state, "3");
    assert_eq!(state.view, View::Review);
    let assessments = |state: &State| {
        let workspace = state.workspace().expect("open");
        workspace.providers[state.review.provider]
            .assessments
            .clone()
    };
    let unassessed = assessments(&state);
    press(&mut state, "ny");
    let assessed = |state: &State| assessments(state) != unassessed;
    assert!(assessed(&state), "{}", message(&state));
    press(&mut state, "1j<Enter>G<Space>");
    // Undo in Context takes back the context change, the last made...
    press(&mut state, "u");
    assert_eq!(answer(&state, "CTX.2"), None);
    assert!(assessed(&state));
    // ...then the assessment before it, showing it in Review.
    press(&mut state, "u");
    assert!(!assessed(&state));
    assert_eq!(state.view, View::Review);
    // Redo in Review replays both, in order; the context change shows in Context.
    press(&mut state, "<C-r>");
    assert!(assessed(&state));
    press(&mut state, "<C-r>");
    assert_eq!(state.view, View::Context);
    assert_eq!(state.context.question, 1);
    assert_eq!(state.level(), AssuranceLevel::High);
}

#[test]
fn v_in_review_says_nothing_is_hidden_until_the_services_are_answered() {
    let mut state = context_view(sample_workspace());
    press(&mut state, "3v");
    assert!(!state.review.hide_not_needed);
    assert_eq!(
        message(&state),
        "Nothing is hidden: the services in use (CTX.6) are not answered yet. Answer them in Context (1)."
    );
    assert!(!screen(&state, 120, 40).contains("∅ hidden"));
    // Once answered, v hides the others' items and says so.
    press(&mut state, "1jjjjjj<Enter><Space>3v");
    assert!(state.review.hide_not_needed);
    assert!(
        message(&state).contains("are hidden"),
        "{}",
        message(&state)
    );
    assert!(screen(&state, 120, 40).contains("∅ hidden"));
}
