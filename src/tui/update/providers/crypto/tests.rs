use crate::nzism::{NzismVersion, Parameter};
use crate::tui::command::View;
use crate::tui::state::{Overlay, State};
use crate::tui::testing::{press, sample_workspace, screen, state_with};

fn providers() -> State {
    let mut state = state_with(sample_workspace());
    state.view = View::Providers;
    state
}

fn form_error(state: &State) -> Option<(String, usize)> {
    match state.overlays.last() {
        Some(Overlay::Form(form, _)) => Some((form.error.clone()?, form.focus())),
        _ => None,
    }
}

#[test]
fn stated_cryptography_is_recorded_from_what_an_assessor_types() {
    let mut state = providers();
    press(&mut state, "C");
    let effects = press(&mut state, "tls1.2<Tab><Tab>rsa 2048<Enter>");
    assert!(!effects.is_empty(), "saved");
    let crypto = &state.workspace().expect("open").providers[0].crypto;
    assert_eq!(
        crypto.value(Parameter::LowestTls).as_deref(),
        Some("TLS 1.2")
    );
    assert_eq!(
        crypto.value(Parameter::Signature).as_deref(),
        Some("RSA 2048")
    );
    assert!(state.overlays.is_empty());
}

#[test]
fn a_value_tiaki_cannot_read_is_refused_naming_its_field_and_the_forms_it_reads() {
    let mut state = providers();
    press(&mut state, "C<Tab><Tab>RSA lots<Enter>");
    let (error, field) = form_error(&state).expect("refused");
    assert_eq!(field, 2, "on the signature field");
    assert!(error.contains("'RSA lots'"), "{error}");
    assert!(
        state.workspace().expect("open").providers[0]
            .crypto
            .is_empty()
    );
}

#[test]
fn review_checks_the_stated_cryptography_against_the_chosen_nzism_version() {
    let mut state = providers();
    press(&mut state, "C<Tab><Tab>RSA 2048<Enter>");
    press(&mut state, "3");
    let rows = crate::tui::review_tree::visible_rows(&state);
    state.review.cursor = crate::tui::review_tree::item_row(&rows, "P1.3").expect("P1.3");
    let text = screen(&state, 160, 48);
    assert!(
        text.contains("Stated cryptography against NZISM 3.9"),
        "{text}"
    );
    assert!(text.contains("falls short of NZISM 3.9"), "{text}");
    // Back to Context: N checks against 3.3 instead, and the same key stroke undoes.
    press(&mut state, "1N");
    assert_eq!(
        state.workspace().expect("open").context.nzism,
        NzismVersion::V3_3
    );
    press(&mut state, "3");
    let text = screen(&state, 160, 48);
    assert!(
        text.contains("Stated cryptography against NZISM 3.3"),
        "{text}"
    );
    assert!(text.contains("RSA 2048 meets NZISM 3.3"), "{text}");
    press(&mut state, "u");
    assert_eq!(
        state.workspace().expect("open").context.nzism,
        NzismVersion::V3_9
    );
}
