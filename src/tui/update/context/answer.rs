//! Answering one context question: pick a single choice, toggle a multiple one, write free
//! text, clear. An answer the catalogue does not understand (stale) stays in the file until
//! the assessor changes that answer; then it is replaced, and the message says so.

use super::{change_context, selected};
use crate::assurance::chosen;
use crate::catalogue::{AnswerSpec, Item};
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::state::{ContextFocus, FormPurpose, Overlay, State};
use crate::tui::text::one_line;
use crate::tui::widgets::form::Form;
use crate::workspace::Answer;

/// Space or Enter on an option: the single choice becomes it, a multiple choice toggles it.
pub fn pick(state: &mut State) -> Vec<Effect> {
    let Some(item) = selected(state) else {
        return Vec::new();
    };
    let Some(spec) = &item.answer else {
        return Vec::new();
    };
    let options = spec.options();
    let Some(option) = options.get(state.context.option.min(options.len().saturating_sub(1)))
    else {
        return open_text_form(state);
    };
    let answer = match spec {
        AnswerSpec::Multiple(_) => {
            let mut ids: Vec<&str> = current(state, item)
                .map(chosen)
                .unwrap_or_default()
                .iter()
                .map(String::as_str)
                .filter(|id| options.iter().any(|known| known.id == *id))
                .collect();
            if let Some(at) = ids.iter().position(|id| *id == option.id) {
                ids.remove(at);
            } else {
                // "No special requirements" and a requirement cannot both hold.
                let exclusive = |id: &str| options.iter().any(|o| o.id == id && o.exclusive);
                if option.exclusive {
                    ids.clear();
                } else {
                    ids.retain(|id| !exclusive(id));
                }
                ids.push(&option.id);
            }
            // Kept in the catalogue's order, so the file reads like the screen.
            let ids: Vec<String> = options
                .iter()
                .filter(|known| ids.contains(&known.id.as_str()))
                .map(|known| known.id.clone())
                .collect();
            (!ids.is_empty()).then_some(Answer::Choices(ids))
        }
        AnswerSpec::Single(_) | AnswerSpec::Text => Some(Answer::Choice(option.id.clone())),
    };
    set_answer(state, item, answer)
}

/// Backspace in the answer pane, where the answer is shown: the question goes back to
/// unanswered (undo brings the answer back). Elsewhere it only says where to go, so a
/// stray key in the question list or the level's explanation changes nothing.
pub fn clear(state: &mut State) -> Vec<Effect> {
    let Some(item) = selected(state) else {
        return Vec::new();
    };
    let key = |action| state.keymap.key_label(action, state.theme.ascii);
    match state.context.focus {
        ContextFocus::Answer => {}
        ContextFocus::Questions => {
            state.inform(format!(
                "Nothing cleared: {} clears in {}'s options ({}).",
                key(Command::ClearAnswer),
                item.id,
                key(Command::FocusNext)
            ));
            return Vec::new();
        }
        ContextFocus::Assurance => {
            state.inform(format!(
                "Nothing cleared: {} clears in a question's options.",
                key(Command::ClearAnswer)
            ));
            return Vec::new();
        }
    }
    if current(state, item).is_none() {
        state.inform(format!("{} has no answer to clear.", item.id));
        return Vec::new();
    }
    set_answer(state, item, None)
}

/// `e` (or Enter on a free-text question): a one-line form holding the current text.
pub fn open_text_form(state: &mut State) -> Vec<Effect> {
    let Some(item) = selected(state) else {
        return Vec::new();
    };
    if !matches!(item.answer, Some(AnswerSpec::Text)) {
        state.inform(format!(
            "{} is answered by choosing: Space picks the option under the cursor.",
            item.id
        ));
        return Vec::new();
    }
    let text = match current(state, item) {
        Some(Answer::Text(text)) => text.as_str(),
        _ => "",
    };
    let title = one_line(&format!("{}  {}", item.id, item.title), state.theme.ascii);
    let form = Form::new(title).text("Answer", text);
    state.overlays.push(Overlay::Form(
        Box::new(form),
        FormPurpose::TextAnswer(item.id.clone()),
    ));
    Vec::new()
}

/// The free-text form was submitted: empty text clears the answer.
pub fn submit_text(state: &mut State, question: &str, text: &str) -> Vec<Effect> {
    let Some(item) = state.catalogue.item(question) else {
        return Vec::new();
    };
    let answer = (!text.is_empty()).then(|| Answer::Text(text.to_owned()));
    set_answer(state, item, answer)
}

fn current<'s>(state: &'s State, item: &Item) -> Option<&'s Answer> {
    state.workspace()?.context.answers.get(&item.id)
}

/// Records `answer` (or its absence) for `item`, naming any stale answer it drops.
fn set_answer(state: &mut State, item: &Item, answer: Option<Answer>) -> Vec<Effect> {
    let replaced: Vec<String> = state
        .derivation()
        .stale
        .into_iter()
        .filter(|stale| stale.question == item.id)
        .map(|stale| format!("'{}'", one_line(&stale.answer, state.theme.ascii)))
        .collect();
    let mut head = match &answer {
        Some(_) => format!("Saved {}", item.id),
        None => format!(
            "Cleared {} ({} undoes)",
            item.id,
            state.keymap.key_label(Command::Undo, state.theme.ascii)
        ),
    };
    if !replaced.is_empty() {
        head = format!(
            "{head}; dropped {} (not in this catalogue)",
            replaced.join(", ")
        );
    }
    let id = item.id.clone();
    change_context(state, &head, |context| match answer {
        Some(answer) => {
            context.answers.insert(id, answer);
        }
        None => {
            context.answers.remove(&id);
        }
    })
}

/// An answer changing, for undo and redo: "CTX.2: TOP SECRET → no answer".
pub(super) fn describe_change(
    state: &State,
    item: &Item,
    old: Option<&Answer>,
    new: Option<&Answer>,
) -> String {
    let arrow = if state.theme.ascii { "->" } else { "→" };
    format!(
        "{}: {} {arrow} {}",
        item.id,
        describe(state, item, old),
        describe(state, item, new)
    )
}

/// An answer in a few words: the option's label, how many are ticked, or the text.
fn describe(state: &State, item: &Item, answer: Option<&Answer>) -> String {
    let ascii = state.theme.ascii;
    let label = |id: &str| {
        let option = item
            .answer
            .as_ref()
            .and_then(|spec| spec.options().iter().find(|option| option.id == id));
        // The label's head ("TOP SECRET", not what follows its colon), so the message fits.
        let full = option.map_or(id, |option| option.label.as_str());
        let head = full.split([':', '(']).next().unwrap_or(full).trim_end();
        short(&one_line(head, ascii), ascii)
    };
    match answer {
        None => "no answer".to_owned(),
        Some(Answer::Choice(id)) => label(id),
        Some(Answer::Choices(ids)) if ids.len() == 1 => label(&ids[0]),
        Some(Answer::Choices(ids)) => format!("{} ticked", ids.len()),
        Some(Answer::Text(text)) => format!("'{}'", short(&one_line(text, ascii), ascii)),
    }
}

/// At most 30 characters of `text`, marked when cut.
fn short(text: &str, ascii: bool) -> String {
    let mut short: String = text.chars().take(30).collect();
    if short.len() < text.len() {
        short.push_str(if ascii { "..." } else { "…" });
    }
    short
}
