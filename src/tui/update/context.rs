//! The Context view: move between the context questions, answer them, override the level.
//! Every change is saved at once and says what it did to the assurance level, since that
//! level sets every item's priority in the other views.

mod answer;

use super::Refusal;
use crate::assurance::chosen;
use crate::catalogue::{AssuranceLevel, Item};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::state::{ContextFocus, FormPurpose, Overlay, State};
use crate::tui::widgets::form::Form;
use crate::tui::widgets::list::step;
use crate::workspace::{Context, LevelOverride};

use answer::submit_text;

/// Rows moved by a page up or down.
const PAGE: usize = 8;

/// The first choice of the override form: no override.
const NO_OVERRIDE: &str = "none: use the derived level";

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        _ if action.is_movement() => {
            move_cursor(state, action);
            Vec::new()
        }
        Action::FocusNext => focus(state, true),
        Action::FocusPrev => focus(state, false),
        Action::PickOption => select(state),
        Action::NextUnanswered => next_unanswered(state),
        Action::EditAnswer => answer::open_text_form(state),
        Action::ClearAnswer => answer::clear(state),
        Action::SetOverride => open_override_form(state),
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

fn move_cursor(state: &mut State, action: Action) {
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
            let max = crate::tui::views::context::assurance_max_scroll(state);
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
        _ => Ok(Vec::new()),
    }
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
    Ok(change_context(state, None, |context| {
        context.level_override = chosen;
    }))
}

/// Applies `change` to the open workspace's context. Saves and reports the new level (after
/// `note`, if any) when something changed; does nothing (and saves nothing) otherwise.
fn change_context(
    state: &mut State,
    note: Option<String>,
    change: impl FnOnce(&mut Context),
) -> Vec<Effect> {
    let before = state.derivation();
    let now = state.clock.now();
    let Some(session) = state.session.as_mut() else {
        return Vec::new();
    };
    let old = session.workspace.context.clone();
    change(&mut session.workspace.context);
    if session.workspace.context == old {
        return Vec::new();
    }
    session.workspace.modified = now;
    let after = state.derivation();
    let level = after.effective.label();
    let level = if after.effective == before.effective {
        format!("Level still {level}.")
    } else {
        format!("Level now {level} (was {}).", before.effective.label())
    };
    state.inform(match note {
        Some(note) => format!("Saved; {note}. {level}"),
        None => format!("Saved. {level}"),
    });
    vec![Effect::SaveWorkspace]
}

#[cfg(test)]
mod tests;
