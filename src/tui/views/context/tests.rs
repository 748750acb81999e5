//! Render tests of the Context view: no answers, the demo's answers, a stale answer, an
//! override, each at the smallest supported size and a wide one.

use crate::catalogue::{AssuranceLevel, builtin};
use crate::demo::demo_workspace;
use crate::tui::command::View;
use crate::tui::state::{ContextFocus, State};
use crate::tui::testing::{fixed_now, render, sample_workspace, screen, state_with};
use crate::workspace::{Answer, LevelOverride, Workspace};

fn in_context(workspace: Workspace) -> State {
    let mut state = state_with(workspace);
    state.view = View::Context;
    state
}

fn answered(answers: &[(&str, Answer)]) -> Workspace {
    let mut workspace = sample_workspace();
    for (question, answer) in answers {
        workspace
            .context
            .answers
            .insert((*question).to_owned(), answer.clone());
    }
    workspace
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_owned())
}

/// Snapshots the screen at 80x24 and 160x48.
fn assert_screens(name: &str, state: &State) {
    for (width, height) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(
            format!("{name}_{width}x{height}"),
            render(state, width, height).backend()
        );
    }
}

#[test]
fn no_answers() {
    let state = in_context(sample_workspace());
    let text = screen(&state, 80, 24);
    assert!(text.contains("BASELINE"), "{text}");
    assert!(text.contains("20 of 20 unanswered"), "{text}");
    assert_screens("context_no_answers", &state);
}

#[test]
fn demo_answers_with_the_cursor_on_an_option() {
    let mut state = in_context(demo_workspace(builtin(), fixed_now()));
    state.context.question = 1;
    state.context.focus = ContextFocus::Answer;
    state.context.option = 6;
    assert_eq!(state.level(), AssuranceLevel::Enhanced);
    assert_screens("context_demo_answers", &state);
}

#[test]
fn a_stale_answer_is_flagged_in_the_list_the_question_and_the_band() {
    let mut state = in_context(answered(&[
        ("CTX.2", choice("ultra-secret")),
        ("CTX.7", choice("severe")),
    ]));
    state.context.question = 1;
    let text = screen(&state, 80, 24);
    assert!(text.contains("answer 'ultra-secret'"), "{text}");
    assert!(text.contains("1 to choose again"), "{text}");
    assert_screens("context_stale_answer", &state);
}

#[test]
fn an_override_shows_on_the_band_the_pane_and_the_status_line() {
    let mut workspace = answered(&[("CTX.2", choice("restricted"))]);
    workspace.context.level_override = Some(LevelOverride {
        level: AssuranceLevel::Enhanced,
        reason: "Pilot only: no RESTRICTED material until accreditation".to_owned(),
    });
    let mut state = in_context(workspace);
    state.context.focus = ContextFocus::Assurance;
    let text = screen(&state, 80, 24);
    assert!(text.contains("ENHANCED"), "{text}");
    assert!(text.contains("level Enhanced (overridden)"), "{text}");
    assert!(text.contains("Why this level"), "{text}");
    assert_screens("context_override", &state);
}

#[test]
fn a_high_level_lists_the_items_it_makes_required() {
    let mut state = in_context(answered(&[("CTX.2", choice("confidential"))]));
    state.context.focus = ContextFocus::Assurance;
    let text = screen(&state, 160, 48);
    assert!(text.contains("Newly required"), "{text}");
    let effort = crate::assurance::effort(builtin(), &state.derivation());
    let first = effort.added.first().expect("High adds required items");
    assert!(text.contains(&first.id), "{text}");
}

#[test]
fn every_size_draws_without_a_panic_whatever_the_answers() {
    let mut workspace = answered(&[
        (
            "CTX.1",
            Answer::Text("free text where options belong\x1b[2J".to_owned()),
        ),
        (
            "CTX.2",
            Answer::Choices(vec!["secret".to_owned(), "gone".to_owned()]),
        ),
        ("CTX.6", Answer::Choices(vec!["holograms".to_owned()])),
        ("CTX.99", choice("no such question")),
    ]);
    workspace.context.level_override = Some(LevelOverride {
        level: AssuranceLevel::High,
        reason: "\u{202E}reversed\x07".to_owned(),
    });
    let mut state = in_context(workspace);
    for focus in [
        ContextFocus::Questions,
        ContextFocus::Answer,
        ContextFocus::Assurance,
    ] {
        state.context.focus = focus;
        for (width, height) in [(80, 24), (100, 30), (119, 40), (120, 24), (250, 80)] {
            let text = screen(&state, width, height);
            assert!(!text.contains('\x1b') && !text.contains('\u{202E}'));
        }
    }
}

#[test]
fn ascii_mode_draws_the_marks_and_borders_in_ascii() {
    let mut workspace = answered(&[
        (
            "CTX.1",
            Answer::Choices(vec!["internal".to_owned(), "gone".to_owned()]),
        ),
        ("CTX.2", choice("restricted")),
    ]);
    workspace.context.level_override = Some(LevelOverride {
        level: AssuranceLevel::Enhanced,
        reason: "Pilot".to_owned(),
    });
    let mut state = in_context(workspace);
    state.theme.ascii = true;
    for focus in [ContextFocus::Answer, ContextFocus::Assurance] {
        state.context.focus = focus;
        for (width, height) in [(80, 24), (160, 48)] {
            let text = screen(&state, width, height);
            let foreign: String = text.chars().filter(|ch| !ch.is_ascii()).collect();
            assert!(foreign.is_empty(), "{foreign:?} in\n{text}");
            if focus == ContextFocus::Answer || width >= 120 {
                assert!(text.contains("[x] Routine meetings"), "{text}");
            }
        }
    }
}

#[test]
fn the_band_counts_the_questions_that_raise_the_level_not_their_ticks() {
    let state = in_context(answered(&[(
        "CTX.1",
        Answer::Choices(vec![
            "clients".to_owned(),
            "overseas".to_owned(),
            "emergency".to_owned(),
        ]),
    )]));
    assert_eq!(state.derivation().reasons.len(), 3);
    let text = screen(&state, 80, 24);
    assert!(text.contains("derived from 1 question "), "{text}");
    let state = in_context(answered(&[
        ("CTX.1", Answer::Choices(vec!["clients".to_owned()])),
        ("CTX.2", choice("restricted")),
    ]));
    assert!(screen(&state, 80, 24).contains("derived from 2 questions"));
}

#[test]
fn the_focused_pane_has_a_heavier_border_so_it_shows_without_colour() {
    let mut state = in_context(sample_workspace());
    state.theme.ascii = true;
    state.theme.colour = false;
    for (focus, title) in [
        (ContextFocus::Questions, "# Questions"),
        (ContextFocus::Answer, "# CTX.1"),
        (ContextFocus::Assurance, "# Why this level"),
    ] {
        state.context.focus = focus;
        for (width, height) in [(80, 24), (160, 48)] {
            let text = screen(&state, width, height);
            assert!(text.contains(title), "{focus:?}:\n{text}");
            // Only the one pane.
            assert_eq!(text.matches("# ").count(), 1, "{focus:?}:\n{text}");
        }
    }
}

#[test]
fn help_over_context_shows_every_description_whole() {
    let mut state = in_context(sample_workspace());
    crate::tui::testing::press(&mut state, "?");
    for (width, height) in [(80, 24), (160, 48)] {
        let text = screen(&state, width, height);
        assert!(!text.contains("op…") && !text.contains("actio…"), "{text}");
        assert!(text.contains("go to the options)"), "{text}");
        assert!(text.contains("Undo"), "undo is listed:\n{text}");
    }
}
