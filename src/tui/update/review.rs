//! The Review view: walk the catalogue for one provider and record judgements.

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

pub fn remove_evidence(_state: &mut State, _provider: &ProviderId, _item: &str) -> Vec<Effect> {
    Vec::new()
}

pub fn save_note(_state: &mut State) -> Vec<Effect> {
    Vec::new()
}

/// Adds evidence whose file has been hashed by the runtime.
pub fn attach_evidence(
    _state: &mut State,
    _provider: &ProviderId,
    _item: &str,
    _evidence: crate::workspace::Evidence,
) -> Vec<Effect> {
    Vec::new()
}
