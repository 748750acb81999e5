//! The Providers view: add, edit, delete and reorder the candidates.

use super::Refusal;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, State};
use crate::tui::widgets::form::Form;
use crate::workspace::ProviderId;

pub fn update(_state: &mut State, _action: Action) -> Vec<Effect> {
    Vec::new()
}

pub fn submit(
    _state: &mut State,
    _form: &Form,
    _purpose: &FormPurpose,
) -> Result<Vec<Effect>, Refusal> {
    Ok(Vec::new())
}

pub fn delete(_state: &mut State, _id: &ProviderId) -> Vec<Effect> {
    Vec::new()
}
