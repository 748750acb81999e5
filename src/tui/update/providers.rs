//! The Providers view: add, edit, delete and reorder the candidates.

use super::Refusal;
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::layout::{self, Screen};
use crate::tui::state::{Confirm, FormPurpose, Overlay, Pending, ReviewOf, State};
use crate::tui::text::{NOT_RECORDED, one_line};
use crate::tui::widgets::form::Form;
use crate::tui::widgets::list::step;
use crate::workspace::{Change, ChangeError, Deployment, Provider, ProviderDetails, ProviderId};

/// The form's fields, in order; submit reads them by these indices.
const NAME: usize = 0;
const PRODUCT: usize = 1;
const EDITION: usize = 2;
const DEPLOYMENT: usize = 3;
const JURISDICTION: usize = 4;
const NOTES: usize = 5;

/// Rows the notes take in the form: paragraphs show as paragraphs, and the form still fits
/// the smallest terminal.
const NOTES_ROWS: u16 = 4;

pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let count = workspace.providers.len();
    let index = state.providers.selected.min(count.saturating_sub(1));
    let selected = workspace
        .providers
        .get(index)
        .map(|provider| provider.id.clone());
    match action {
        _ if action.is_movement() => {
            state.providers.selected =
                step(state.providers.selected, count, action, page(state, count));
        }
        Command::AddProvider => {
            let form = provider_form(None);
            state
                .overlays
                .push(Overlay::Form(Box::new(form), FormPurpose::NewProvider));
        }
        Command::Select
        | Command::EditProvider
        | Command::DeleteProvider
        | Command::ChooseProvider
        | Command::EditCrypto => {
            let Some(id) = selected else {
                let add = state
                    .keymap
                    .key_label(Command::AddProvider, state.theme.ascii);
                state.fail(format!(
                    "There are no providers yet: press {add} to add one."
                ));
                return Vec::new();
            };
            match action {
                Command::Select => {
                    state.review.provider = index;
                    state.review.of = ReviewOf::Provider;
                    state.view = View::Review;
                }
                Command::ChooseProvider => return choose(state, &id),
                Command::EditCrypto => crypto::open(state, id),
                Command::EditProvider => {
                    let form = state
                        .workspace()
                        .and_then(|workspace| workspace.provider(&id))
                        .map(|provider| provider_form(Some(provider)));
                    if let Some(form) = form {
                        let purpose = FormPurpose::EditProvider(id);
                        state.overlays.push(Overlay::Form(Box::new(form), purpose));
                    }
                }
                _ => ask_to_delete(state, id),
            }
        }
        Command::MoveUp => return move_selected(state, -1),
        Command::MoveDown => return move_selected(state, 1),
        Command::Undo | Command::Redo => return super::review::update(state, action),
        _ => {}
    }
    Vec::new()
}

/// Marks `id` as the provider the organisation has chosen, or unmarks it when it already
/// is; its deployment checklist (in Review) is the work that follows.
fn choose(state: &mut State, id: &ProviderId) -> Vec<Effect> {
    let ascii = state.theme.ascii;
    let key = state.keymap.key_label(Command::CycleReviewOf, ascii);
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let Some(name) = workspace.provider(id).map(|p| one_line(&p.name, ascii)) else {
        return Vec::new();
    };
    let was = workspace.chosen.clone();
    let unchoosing = was.as_ref() == Some(id);
    let change = Change::Chosen {
        before: was,
        after: (!unchoosing).then(|| id.clone()),
    };
    if let Err(error) = state.apply(change) {
        state.fail(format!("The choice was not recorded: {error}."));
        return Vec::new();
    }
    state.inform(if unchoosing {
        format!("{name} is no longer marked as chosen; its deployment checklist is kept.")
    } else {
        format!(
            "{name} is the chosen provider: its deployment checklist is in Review ({key} twice)."
        )
    });
    vec![Effect::SaveWorkspace]
}

fn provider_form(provider: Option<&Provider>) -> Form {
    let text = |field: fn(&Provider) -> &str| provider.map_or("", field);
    let deployment = provider
        .and_then(|p| p.deployment)
        .and_then(|d| Deployment::ALL.iter().position(|&each| each == d))
        .map_or(0, |index| index + 1);
    let title = if provider.is_some() {
        "Edit provider"
    } else {
        "New provider"
    };
    Form::new(title)
        .text("Name", text(|p| &p.name))
        .text("Product", text(|p| &p.product))
        .text("Edition", text(|p| &p.edition))
        .choice("Deployment", deployment_options(), deployment)
        .text("Jurisdiction", text(|p| &p.jurisdiction))
        .lines("Notes", text(|p| &p.notes), NOTES_ROWS)
}

fn deployment_options() -> Vec<&'static str> {
    std::iter::once(NOT_RECORDED)
        .chain(Deployment::ALL.iter().map(|d| d.label()))
        .collect()
}

/// How many rows PgUp/PgDn move: the table's visible rows, or a sensible default before
/// the terminal's size is known.
fn page(state: &State, count: usize) -> usize {
    Screen::new(state.size).map_or(10, |screen| {
        let table = layout::providers(screen.body, count).table;
        usize::from(layout::table_rows(table).height)
    })
}

fn ask_to_delete(state: &mut State, id: ProviderId) {
    let Some(provider) = state.workspace().and_then(|w| w.provider(&id)) else {
        return;
    };
    let recorded = match provider.assessments.len() {
        0 => "Nothing has been recorded for it yet.".to_owned(),
        1 => "The 1 judgement recorded for it goes too.".to_owned(),
        n => format!("The {n} judgements recorded for it go too."),
    };
    let message = format!(
        "Delete \"{}\"? {recorded} Undo brings it all back.",
        provider.name
    );
    state.overlays.push(Overlay::Confirm(Confirm {
        title: "Delete provider".to_owned(),
        message,
        on_yes: Pending::DeleteProvider(id),
    }));
}

/// Swaps the selected provider with its neighbour; the selection, and the provider under
/// review, follow the providers they were on.
fn move_selected(state: &mut State, by: isize) -> Vec<Effect> {
    let Some(providers) = state.workspace().map(|w| &w.providers) else {
        return Vec::new();
    };
    let from = state.providers.selected;
    let Some((to, id)) = from
        .checked_add_signed(by)
        .filter(|&to| to < providers.len())
        .zip(providers.get(from).map(|p| p.id.clone()))
    else {
        return Vec::new();
    };
    if state.apply(Change::ProviderMoved { id, from, to }).is_err() {
        return Vec::new();
    }
    state.providers.selected = to;
    let review = &mut state.review.provider;
    if *review == from {
        *review = to;
    } else if *review == to {
        *review = from;
    }
    vec![Effect::SaveWorkspace]
}

pub fn submit(
    state: &mut State,
    form: &Form,
    purpose: &FormPurpose,
) -> Result<Vec<Effect>, Refusal> {
    let now = state.clock.now();
    let Some(workspace) = state.workspace() else {
        return Ok(Vec::new());
    };
    let name = form.value(NAME);
    let editing = match purpose {
        FormPurpose::EditProvider(id) => Some(id),
        _ => None,
    };
    workspace
        .check_provider_name(&name, editing)
        .map_err(|message| (message, NAME))?;
    let mut provider = match editing {
        Some(id) => workspace
            .provider(id)
            .cloned()
            .ok_or_else(|| ("This provider no longer exists.".to_owned(), NAME))?,
        None => Provider::new(workspace.fresh_provider_id(&name, now), ""),
    };
    let before = ProviderDetails::of(&provider);
    let notes = form.value(NOTES);
    if notes != provider_form(Some(&provider)).value(NOTES) {
        provider.notes = notes;
    }
    provider.name = name;
    provider.product = form.value(PRODUCT);
    provider.edition = form.value(EDITION);
    provider.deployment = form
        .selected(DEPLOYMENT)
        .checked_sub(1)
        .and_then(|index| Deployment::ALL.get(index).copied());
    provider.jurisdiction = form.value(JURISDICTION);
    let message = format!(
        "{} \"{}\".",
        if editing.is_some() { "Saved" } else { "Added" },
        provider.name
    );
    let index = workspace.providers.len();
    let change = match editing {
        Some(id) => Change::ProviderEdited {
            id: id.clone(),
            before: Box::new(before),
            after: Box::new(ProviderDetails::of(&provider)),
        },
        None => Change::ProviderAdded {
            index,
            provider: Box::new(provider),
        },
    };
    match state.apply(change) {
        Ok(()) => {}
        Err(ChangeError::Unchanged) => return Ok(Vec::new()),
        Err(error) => return Err((format!("Not saved: {error}."), NAME)),
    }
    if editing.is_none() {
        state.providers.selected = index;
    }
    state.inform(message);
    Ok(vec![Effect::SaveWorkspace])
}

/// Deletes a provider with everything recorded for it, as one change that undo brings
/// back whole (its being chosen too).
pub fn delete(state: &mut State, id: &ProviderId) -> Vec<Effect> {
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let Some(index) = workspace.providers.iter().position(|p| &p.id == id) else {
        return Vec::new();
    };
    let provider = workspace.providers[index].clone();
    let name = provider.name.clone();
    let mut changes = Vec::new();
    if workspace.chosen.as_ref() == Some(id) {
        changes.push(Change::Chosen {
            before: Some(id.clone()),
            after: None,
        });
    }
    changes.push(Change::ProviderRemoved {
        index,
        provider: Box::new(provider),
    });
    if let Err(error) = state.apply(Change::batch(changes)) {
        state.fail(format!("\"{name}\" was not deleted: {error}."));
        return Vec::new();
    }
    let remaining = state.workspace().map_or(0, |w| w.providers.len());
    for selected in [&mut state.providers.selected, &mut state.review.provider] {
        if *selected > index || *selected >= remaining {
            *selected = selected.saturating_sub(1);
        }
    }
    let undo = state.keymap.key_label(Command::Undo, state.theme.ascii);
    state.inform(format!("Deleted \"{name}\" ({undo} brings it back)."));
    vec![Effect::SaveWorkspace]
}

pub mod crypto;

#[cfg(test)]
mod tests;
