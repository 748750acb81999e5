//! The provider's stated cryptography: one form, a field per parameter, each read with the
//! NZISM module's parser so a value tiaki cannot check is refused with the forms it reads.

use super::super::Refusal;
use crate::nzism::{Parameter, StatedCrypto};
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Overlay, State};
use crate::tui::text::one_line;
use crate::tui::widgets::form::Form;
use crate::workspace::{Change, ChangeError, ProviderDetails, ProviderId};

/// Opens the form, filled in with what the provider states today.
pub(super) fn open(state: &mut State, id: ProviderId) {
    let Some(provider) = state.workspace().and_then(|w| w.provider(&id)) else {
        return;
    };
    let title = one_line(
        &format!("Cryptography {} states", provider.name),
        state.theme.ascii,
    );
    let form = Parameter::ALL
        .into_iter()
        .fold(Form::new(title), |form, parameter| {
            let value = provider.crypto.value(parameter).unwrap_or_default();
            form.text(parameter.label(), &value)
        });
    state
        .overlays
        .push(Overlay::Form(Box::new(form), FormPurpose::Crypto(id)));
}

/// Records the form's values; a value tiaki does not read is refused, naming its field
/// and the forms it understands, and nothing is changed.
pub fn submit(state: &mut State, form: &Form, id: &ProviderId) -> Result<Vec<Effect>, Refusal> {
    let mut crypto = StatedCrypto::default();
    for (index, parameter) in Parameter::ALL.into_iter().enumerate() {
        crypto
            .set(parameter, &form.value(index))
            .map_err(|error| (error.to_string(), index))?;
    }
    let version = state
        .workspace()
        .map(|w| w.context.nzism)
        .unwrap_or_default();
    let key = state.keymap.key_label(
        Command::GoTo(crate::tui::command::View::Review),
        state.theme.ascii,
    );
    let Some(provider) = state.workspace().and_then(|w| w.provider(id)) else {
        return Ok(Vec::new());
    };
    let before = ProviderDetails::of(provider);
    let after = ProviderDetails {
        crypto,
        ..before.clone()
    };
    let change = Change::ProviderEdited {
        id: id.clone(),
        before: Box::new(before),
        after: Box::new(after),
    };
    match state.apply(change) {
        Ok(()) => {}
        Err(ChangeError::Unchanged) => return Ok(Vec::new()),
        Err(error) => return Err((format!("Not recorded: {error}."), 0)),
    }
    state.inform(format!(
        "Cryptography recorded: checked against {} beside P1.3 and P1.4 in Review ({key}).",
        version.label()
    ));
    Ok(vec![Effect::SaveWorkspace])
}

#[cfg(test)]
mod tests;
