//! The Context view: move between the context questions, answer them, override the level.
//! Every change is saved at once, says what it did to the assurance level (since that
//! level sets every item's priority in the other views), and goes into the workspace's one
//! undo history, so `u` and Ctrl-r take it back and forth as they do judgements in Review.

mod answer;

use ratatui::layout::Margin;

use super::Refusal;
use crate::assurance::chosen;
use crate::assurance::{self, Derivation};
use crate::catalogue::{AssuranceLevel, Item};
use crate::tui::command::Command;
use crate::tui::command::View;
use crate::tui::effect::Effect;
use crate::tui::layout::{ContextAreas, Screen};
use crate::tui::state::{ContextFocus, FormPurpose, Overlay, State};
use crate::tui::widgets::form::Form;
use crate::tui::widgets::list::step;
use crate::workspace::{Change, Context, LevelOverride};

use answer::submit_text;

/// Rows moved by a page up or down.
const PAGE: usize = 8;

/// The first choice of the override form: no override.
const NO_OVERRIDE: &str = "none: use the derived level";

pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    match action {
        _ if action.is_movement() => {
            move_cursor(state, action);
            Vec::new()
        }
        Command::FocusNext => focus(state, true),
        Command::FocusPrev => focus(state, false),
        Command::PickOption => select(state),
        Command::NextUnanswered => next_unanswered(state),
        Command::EditAnswer => answer::open_text_form(state),
        Command::EditAnswerNote => open_note_form(state),
        Command::CycleNzism => cycle_nzism(state),
        Command::ClearAnswer => answer::clear(state),
        Command::SetOverride => open_override_form(state),
        // One history for the workspace: Review keeps and replays it, context changes
        // included (they come back here through `replay`).
        Command::Undo | Command::Redo => super::review::update(state, action),
        _ => Vec::new(),
    }
}

/// The context questions, in catalogue order.
pub fn questions(state: &State) -> Vec<&'static Item> {
    state.catalogue.context_questions().collect()
}

/// The question under the cursor.
fn selected(state: &State) -> Option<&'static Item> {
    let questions = questions(state);
    let index = state
        .context
        .question
        .min(questions.len().saturating_sub(1));
    questions.get(index).copied()
}

fn move_cursor(state: &mut State, action: Command) {
    match state.context.focus {
        ContextFocus::Questions => {
            let count = questions(state).len();
            let question = step(state.context.question, count, action, PAGE);
            select_question(state, question);
        }
        ContextFocus::Answer => {
            let count = selected(state)
                .and_then(|item| item.answer.as_ref())
                .map_or(0, |spec| spec.options().len());
            state.context.option = step(state.context.option, count, action, PAGE);
        }
        ContextFocus::Assurance => {
            let max = assurance_max_scroll(state);
            let scroll = usize::from(state.context.scroll);
            let moved = step(scroll, usize::from(max) + 1, action, PAGE);
            state.context.scroll = u16::try_from(moved).unwrap_or(max);
        }
    }
}

/// Selects question `index`, with the option cursor on its (first) chosen option.
fn select_question(state: &mut State, index: usize) {
    state.context.question = index;
    state.context.option = selected(state)
        .and_then(|item| {
            let answer = state.workspace()?.context.answers.get(&item.id)?;
            let options = item.answer.as_ref()?.options();
            options
                .iter()
                .position(|option| chosen(answer).contains(&option.id))
        })
        .unwrap_or(0);
}

fn focus(state: &mut State, forward: bool) -> Vec<Effect> {
    use ContextFocus::{Answer, Assurance, Questions};
    state.context.focus = match (state.context.focus, forward) {
        (Questions, true) | (Assurance, false) => Answer,
        (Answer, true) | (Questions, false) => Assurance,
        (Assurance, true) | (Answer, false) => Questions,
    };
    Vec::new()
}

/// Enter or Space: from the list, go to the answer; in the answer, pick the option.
fn select(state: &mut State) -> Vec<Effect> {
    match state.context.focus {
        ContextFocus::Questions => {
            let text = selected(state)
                .and_then(|item| item.answer.as_ref())
                .is_some_and(|spec| spec.options().is_empty());
            if text {
                return answer::open_text_form(state);
            }
            state.context.focus = ContextFocus::Answer;
            Vec::new()
        }
        ContextFocus::Answer => answer::pick(state),
        ContextFocus::Assurance => Vec::new(),
    }
}

/// Moves to the next unanswered (or stale) question after the selected one, wrapping.
fn next_unanswered(state: &mut State) -> Vec<Effect> {
    let derivation = state.derivation();
    let questions = questions(state);
    let open = |item: &&Item| {
        derivation.unanswered.contains(&item.id)
            || derivation
                .stale
                .iter()
                .any(|stale| stale.question == item.id)
    };
    let count = questions.len();
    let next = (1..=count)
        .map(|offset| (state.context.question + offset) % count.max(1))
        .find(|&index| questions.get(index).is_some_and(open));
    match next {
        Some(index) => select_question(state, index),
        None => state.inform("Every context question is answered."),
    }
    Vec::new()
}

fn open_override_form(state: &mut State) -> Vec<Effect> {
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let current = workspace.context.level_override.as_ref();
    let mut choices = vec![NO_OVERRIDE];
    choices.extend(AssuranceLevel::ALL.map(AssuranceLevel::label));
    let selected = current.map_or(0, |chosen| level_index(chosen.level) + 1);
    let reason = current.map_or("", |chosen| chosen.reason.as_str());
    let derived = state.derivation().derived.label();
    let form = Form::new(format!("Assurance level (derived: {derived})"))
        .choice("Level", choices, selected)
        .text("Reason", reason);
    state
        .overlays
        .push(Overlay::Form(Box::new(form), FormPurpose::LevelOverride));
    Vec::new()
}

fn level_index(level: AssuranceLevel) -> usize {
    AssuranceLevel::ALL
        .iter()
        .position(|each| *each == level)
        .unwrap_or(0)
}

/// A submitted context form: the override, or a free-text answer.
pub fn submit(
    state: &mut State,
    form: &Form,
    purpose: &FormPurpose,
) -> Result<Vec<Effect>, Refusal> {
    match purpose {
        FormPurpose::LevelOverride => submit_override(state, form),
        FormPurpose::TextAnswer(question) => Ok(submit_text(state, question, &form.value(0))),
        FormPurpose::AnswerNote(question) => {
            let note = form.value(0);
            let head = if note.is_empty() {
                format!("Note on {question} removed")
            } else {
                format!("Note on {question} saved")
            };
            Ok(change_context(state, &head, |context| {
                if note.is_empty() {
                    context.notes.remove(question);
                } else {
                    context.notes.insert(question.clone(), note);
                }
            }))
        }
        _ => Ok(Vec::new()),
    }
}

/// Steps the NZISM version the providers' stated cryptography is checked against.
fn cycle_nzism(state: &mut State) -> Vec<Effect> {
    let Some(current) = state.workspace().map(|w| w.context.nzism) else {
        return Vec::new();
    };
    let all = crate::nzism::NzismVersion::ALL;
    let index = all.iter().position(|v| *v == current).unwrap_or_default();
    let next = all[(index + 1) % all.len()];
    let head = format!(
        "Cryptography is now checked against {}, {}",
        next.label(),
        next.era()
    );
    change_context(state, &head, |context| context.nzism = next)
}

/// Opens the form for the note on the selected question's answer.
fn open_note_form(state: &mut State) -> Vec<Effect> {
    let Some(item) = selected(state) else {
        return Vec::new();
    };
    let note = state
        .workspace()
        .and_then(|w| w.context.notes.get(&item.id))
        .cloned()
        .unwrap_or_default();
    let title = crate::tui::text::one_line(&format!("Note on {}", item.id), state.theme.ascii);
    let form = Form::new(title).text("Note", &note);
    state.overlays.push(Overlay::Form(
        Box::new(form),
        FormPurpose::AnswerNote(item.id.clone()),
    ));
    Vec::new()
}

fn submit_override(state: &mut State, form: &Form) -> Result<Vec<Effect>, Refusal> {
    let wanted = form
        .selected(0)
        .checked_sub(1)
        .and_then(|index| AssuranceLevel::ALL.get(index).copied());
    let reason = form.value(1);
    let chosen = match wanted {
        None => None,
        Some(_) if reason.is_empty() => {
            return Err((
                "A reason is required: it is recorded with the override.".to_owned(),
                1,
            ));
        }
        Some(level) => Some(LevelOverride { level, reason }),
    };
    let head = match &chosen {
        Some(chosen) => format!("Override set to {}", chosen.level.label()),
        None => "Override removed".to_owned(),
    };
    Ok(change_context(state, &head, |context| {
        context.level_override = chosen;
    }))
}

/// Applies `change` to the open workspace's context. Records it for undo, saves, and says
/// `head` (what changed) and what it did to the level; does nothing (and saves nothing)
/// when nothing changed.
fn change_context(state: &mut State, head: &str, change: impl FnOnce(&mut Context)) -> Vec<Effect> {
    let before = state.derivation();
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let old = workspace.context.clone();
    let mut new = old.clone();
    change(&mut new);
    if new == old {
        return Vec::new();
    }
    let change = Change::Context {
        before: Box::new(old),
        after: Box::new(new),
    };
    if let Err(error) = state.apply(change) {
        state.fail(format!("The context was not changed: {error}."));
        return Vec::new();
    }
    let after = state.derivation();
    state.inform(format!("{head}. {}", level_change(&before, &after)));
    vec![Effect::SaveWorkspace]
}

/// After an undo or redo of a context change (from `old` to `new`): the view goes to the
/// question it changed, and the message says what changed back and what that did to the
/// level.
pub fn replay(state: &mut State, verb: &str, old: &Context, new: &Context) {
    let before = assurance::derive(state.catalogue, old);
    let after = state.derivation();
    let questions = questions(state);
    let changed = questions
        .iter()
        .position(|item| old.answers.get(&item.id) != new.answers.get(&item.id));
    let mut what: Vec<String> = questions
        .iter()
        .filter(|item| old.answers.get(&item.id) != new.answers.get(&item.id))
        .map(|item| {
            let (was, now) = (old.answers.get(&item.id), new.answers.get(&item.id));
            answer::describe_change(state, item, was, now)
        })
        .collect();
    if old.level_override != new.level_override {
        let arrow = if state.theme.ascii { "->" } else { "→" };
        let level = |chosen: &Option<LevelOverride>| {
            chosen
                .as_ref()
                .map_or("none", |chosen| chosen.level.label())
        };
        what.push(format!(
            "the level override: {} {arrow} {}",
            level(&old.level_override),
            level(&new.level_override)
        ));
    }
    state.view = View::Context;
    if let Some(index) = changed {
        select_question(state, index);
    }
    state.inform(format!(
        "{verb} {}. {}",
        what.join("; "),
        level_change(&before, &after)
    ));
}

/// What a change did to the level in force and, when an override holds it, to the level
/// the answers call for (which the override hides but does not stop changing).
fn level_change(before: &Derivation, after: &Derivation) -> String {
    let now = after.effective.label();
    let was = before.effective.label();
    let same = before.effective == after.effective;
    if after.override_reason.is_none() {
        return if same {
            format!("Level still {now}.")
        } else {
            format!("Level now {now} (was {was}).")
        };
    }
    let derived = after.derived.label();
    if before.derived == after.derived {
        return if same {
            format!("Level still {now} (overridden).")
        } else {
            format!("Level now {now} (was {was}); the answers call for {derived}.")
        };
    }
    let derived_was = before.derived.label();
    if same {
        format!("Derived level now {derived} (was {derived_was}); the override keeps {now}.")
    } else {
        format!(
            "Level now {now} (was {was}), overridden; derived level now {derived} (was {derived_was})."
        )
    }
}

/// How far the assurance pane can scroll: its text's length as last drawn, less the rows
/// it is shown in on this terminal.
pub(super) fn assurance_max_scroll(state: &State) -> u16 {
    let Some(screen) = Screen::new(state.size) else {
        return 0;
    };
    let Some(pane) = ContextAreas::new(screen.body, true).assurance else {
        return 0;
    };
    let rows = pane.inner(Margin::new(1, 1)).height;
    let lines = u16::try_from(state.drawn.assurance_lines).unwrap_or(u16::MAX);
    lines.saturating_sub(rows)
}

#[cfg(test)]
mod tests;
