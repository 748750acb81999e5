//! The provider's stated cryptography: one form, a field per parameter, each read with the
//! NZISM module's parser so a value tiaki cannot check is refused with the forms it reads.

use super::super::Refusal;
use crate::nzism::{Parameter, StatedCrypto};
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Overlay, State};
use crate::tui::text::one_line;
use crate::tui::widgets::form::Form;
use crate::workspace::ProviderId;

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
    let now = state.clock.now();
    let version = state
        .workspace()
        .map(|w| w.context.nzism)
        .unwrap_or_default();
    let key = state.keymap.key_label(
        Command::GoTo(crate::tui::command::View::Review),
        state.theme.ascii,
    );
    let Some(provider) = state
        .session
        .as_mut()
        .and_then(|session| session.workspace.provider_mut(id))
    else {
        return Ok(Vec::new());
    };
    if provider.crypto == crypto {
        return Ok(Vec::new());
    }
    provider.crypto = crypto;
    if let Some(session) = state.session.as_mut() {
        session.workspace.modified = now;
    }
    state.inform(format!(
        "Cryptography recorded: checked against {} beside P1.3 and P1.4 in Review ({key}).",
        version.label()
    ));
    Ok(vec![Effect::SaveWorkspace])
}

#[cfg(test)]
mod tests;
