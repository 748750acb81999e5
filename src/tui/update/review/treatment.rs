//! The treatment form: what is done about a finding that stands in the way — accept,
//! mitigate, avoid or transfer — with rationale, residual risk, approver and expiry. An
//! accepted required failure no longer disqualifies the provider; it shows as accepted,
//! with its approver.

use super::judge::record;
use super::{Refusal, current, refuse, target};
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Overlay, State};
use crate::tui::widgets::form::Form;
use crate::workspace::{Day, Residual, Status, Subject, Treatment, TreatmentKind};

pub(super) fn open(state: &mut State) -> Vec<Effect> {
    let (subject, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let assessment = current(state, &subject, &item.id);
    let treatment = assessment.treatment;
    // Nothing stands in the way of a finding that is met, not applicable or not judged;
    // a treatment there would read as a risk accepted that was never found. One recorded
    // before the finding changed stays open, to be read or removed.
    if treatment.is_none() {
        let status = assessment.status;
        let refusal = match status {
            Status::Met | Status::NotApplicable => Some(format!(
                "{} is {}: there is no risk to treat.",
                item.id,
                status.label()
            )),
            Status::NotAssessed => Some(format!(
                "Judge {} first: a treatment answers a finding that falls short.",
                item.id
            )),
            Status::PartlyMet | Status::NotMet | Status::Unknown => None,
        };
        if let Some(message) = refusal {
            return refuse(state, message);
        }
    }
    let field = |f: fn(&Treatment) -> String| treatment.as_ref().map(f).unwrap_or_default();
    let form = Form::new(format!("Treatment of {}", item.id))
        .text(
            "Treatment (accept, mitigate, avoid, transfer)",
            &field(|t| word(t.kind.label())),
        )
        .text("Rationale", &field(|t| t.rationale.clone()))
        .text(
            "Residual risk (low, medium, high)",
            &field(|t| t.residual.label().to_owned()),
        )
        .text("Approved by", &field(|t| t.approver.clone()))
        .text(
            "Until (YYYY-MM-DD)",
            &field(|t| t.until.map(|day| day.to_string()).unwrap_or_default()),
        );
    let purpose = FormPurpose::SetTreatment {
        subject,
        item: item.id.clone(),
    };
    state.overlays.push(Overlay::Form(Box::new(form), purpose));
    Vec::new()
}

/// "accepted" → "accept": the form asks for the verb.
fn word(label: &str) -> String {
    TreatmentKind::ALL
        .iter()
        .find(|kind| kind.label() == label)
        .map_or_else(String::new, |kind| verb(*kind).to_owned())
}

fn verb(kind: TreatmentKind) -> &'static str {
    match kind {
        TreatmentKind::Accept => "accept",
        TreatmentKind::Mitigate => "mitigate",
        TreatmentKind::Avoid => "avoid",
        TreatmentKind::Transfer => "transfer",
    }
}

pub fn submit(
    state: &mut State,
    form: &Form,
    subject: &Subject,
    item: &str,
) -> Result<Vec<Effect>, Refusal> {
    let values: Vec<String> = (0..5).map(|field| form.value(field)).collect();
    if values.iter().all(String::is_empty) {
        let effects = record(state, subject, item, |a| a.treatment = None);
        if !effects.is_empty() {
            state.inform(format!("Treatment removed from {item}."));
        }
        return Ok(effects);
    }
    let kind = TreatmentKind::ALL
        .into_iter()
        .find(|kind| starts(verb(*kind), &values[0]))
        .ok_or_else(|| {
            (
                "Say accept, mitigate, avoid or transfer (or empty every field to remove it)."
                    .to_owned(),
                0,
            )
        })?;
    let residual = Residual::ALL
        .into_iter()
        .find(|residual| starts(residual.label(), &values[2]))
        .ok_or_else(|| ("Say low, medium or high.".to_owned(), 2))?;
    let approver = values[3].clone();
    if kind == TreatmentKind::Accept && approver.is_empty() {
        return Err((
            "An acceptance needs the name of who approved it.".to_owned(),
            3,
        ));
    }
    let until = if values[4].is_empty() {
        None
    } else {
        Some(
            Day::parse(&values[4])
                .map_err(|error| (format!("{error}, e.g. 2027-06-30 (or leave it empty)."), 4))?,
        )
    };
    let treatment = Treatment {
        kind,
        rationale: values[1].clone(),
        residual,
        approver,
        until,
    };
    let today = state.clock.now().day();
    let lapsed = treatment.lapsed_on(today);
    let effects = record(state, subject, item, |a| a.treatment = Some(treatment));
    let said = format!(
        "{item} {} ({} residual risk).",
        kind.label(),
        residual.label()
    );
    match until.filter(|_| lapsed) {
        Some(day) => state.fail(format!(
            "{said} Its end, {day}, has passed: the acceptance has lapsed and the item \
             blocks again."
        )),
        None => state.inform(said),
    }
    Ok(effects)
}

/// Whether `typed` (in any case, at least one letter) begins `word`.
fn starts(word: &str, typed: &str) -> bool {
    let typed = typed.trim().to_lowercase();
    !typed.is_empty() && word.starts_with(&typed)
}
