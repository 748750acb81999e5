//! The assessor's name, stamped on every change: asked for once on the first start (the
//! system's full name offered), changed later with `A`; kept in the settings.

use super::Refusal;
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Overlay, State};
use crate::tui::widgets::form::Form;

/// Opens the dialog on the name in use; `first` on the first start, when it is a welcome.
pub fn ask(state: &mut State, first: bool) {
    let title = if first {
        "Welcome to tiaki: who is assessing?"
    } else {
        "Your name, stamped on every change"
    };
    let form = Form::new(title).text("Name", &state.assessor);
    state
        .overlays
        .push(Overlay::Form(Box::new(form), FormPurpose::Assessor));
}

pub fn submit(state: &mut State, form: &Form) -> Result<Vec<Effect>, Refusal> {
    let name = form.value(0);
    if name.is_empty() {
        return Err((
            "A name, please: every change is stamped with it.".to_owned(),
            0,
        ));
    }
    state.inform(format!("Changes are recorded as made by {name}."));
    state.assessor.clone_from(&name);
    Ok(vec![Effect::SaveAssessor(name)])
}

#[cfg(test)]
mod tests;
