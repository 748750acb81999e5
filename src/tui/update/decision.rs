//! The decision form: the provider chosen (or none), its conditions, the protective
//! marking and the sign-off of assessor, reviewer and approver ("name; role; date").

use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Overlay, State};
use crate::tui::widgets::form::Form;
use crate::workspace::{Change, Day, Decision, Signature};

use super::Refusal;
use crate::tui::selectors;

const SIGNERS: [&str; 3] = ["Assessor", "Reviewer", "Approver"];

pub fn open(state: &mut State) -> Vec<Effect> {
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let decision = &workspace.decision;
    let recommended = workspace
        .chosen
        .as_ref()
        .and_then(|id| workspace.provider(id))
        .map(|provider| provider.name.clone())
        .unwrap_or_default();
    let signed = |signature: Option<&Signature>| {
        signature.map_or_else(String::new, |s| {
            format!("{}; {}; {}", s.name, s.role, s.date)
        })
    };
    let mut form = Form::new("Decision and sign-off".to_owned())
        .text("Recommended provider (empty: none)", &recommended)
        .text("Conditions", &decision.conditions)
        .text(
            "Protective marking (empty: from the context)",
            decision.marking.as_deref().unwrap_or_default(),
        );
    let labels = [
        "Assessor: name; role; date",
        "Reviewer: name; role; date",
        "Approver: name; role; date",
    ];
    for (label, (_, signature)) in labels.into_iter().zip(decision.signatures()) {
        form = form.text(label, &signed(signature));
    }
    state
        .overlays
        .push(Overlay::Form(Box::new(form), FormPurpose::Decision));
    Vec::new()
}

pub fn submit(state: &mut State, form: &Form) -> Result<Vec<Effect>, Refusal> {
    let today = state.clock.now().day();
    let Some(workspace) = state.workspace() else {
        return Ok(Vec::new());
    };
    let wanted = form.value(0);
    let recommended = if wanted.is_empty() {
        None
    } else {
        let provider = workspace.provider_by_name(&wanted).ok_or_else(|| {
            let names: Vec<&str> = workspace
                .providers
                .iter()
                .map(|p| p.name.as_str())
                .collect();
            (
                format!(
                    "No provider is called \"{wanted}\"; the providers: {}.",
                    names.join(", ")
                ),
                0,
            )
        })?;
        Some(provider.id.clone())
    };
    let conditions = form.value(1);
    // A disqualified provider may be chosen, but only with the reason written down.
    let against = recommended.as_ref().and_then(|id| {
        let comparison = selectors::comparison(state)?;
        let index = workspace.providers.iter().position(|p| &p.id == id)?;
        let name = workspace.providers[index].name.trim().to_owned();
        comparison
            .against_the_ranking(index)
            .map(|why| format!("{name} is disqualified: {why}"))
    });
    if let Some(against) = &against
        && conditions.trim().is_empty()
    {
        return Err((
            format!(
                "{against}. Treat each in Review (T), renewing any lapsed acceptance, or \
                 say in Conditions why it is chosen anyway."
            ),
            1,
        ));
    }
    let marking = Some(form.value(2)).filter(|marking| !marking.is_empty());
    let mut signatures = Vec::new();
    for (index, role) in SIGNERS.iter().enumerate() {
        signatures.push(
            signature(&form.value(3 + index), today)
                .map_err(|message| (format!("{role}: {message}"), 3 + index))?,
        );
    }
    let [assessor, reviewer, approver]: [Option<Signature>; 3] =
        signatures.try_into().unwrap_or_default();
    let decision = Decision {
        marking,
        conditions,
        assessor,
        reviewer,
        approver,
        ..workspace.decision.clone()
    };
    if decision == workspace.decision && recommended == workspace.chosen {
        return Ok(Vec::new());
    }
    let signed = decision.is_signed();
    // One change, undone as one: the decision and the provider it recommends (the one
    // chosen: its deployment checklist follows).
    let change = Change::batch(vec![
        Change::Decision {
            before: Box::new(workspace.decision.clone()),
            after: Box::new(decision),
        },
        Change::Chosen {
            before: workspace.chosen.clone(),
            after: recommended,
        },
    ]);
    state
        .apply(change)
        .map_err(|error| (format!("Not recorded: {error}."), 0))?;
    let recorded = if signed {
        "Decision recorded and signed off: reports are final."
    } else {
        "Decision recorded; until assessor, reviewer and approver have signed, reports say draft."
    };
    match against {
        Some(against) => state.fail(format!(
            "{recorded} Against the ranking: {against}; reports say so."
        )),
        None => state.inform(recorded),
    }
    Ok(vec![Effect::SaveWorkspace])
}

/// "Ana Smith; Security adviser; 2026-12-07": the date may be left out (today).
fn signature(text: &str, today: Day) -> Result<Option<Signature>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let mut parts = text.split(';').map(str::trim);
    let name = parts.next().unwrap_or_default().to_owned();
    if name.is_empty() {
        return Err("give the name first, then the role and date after ;".to_owned());
    }
    let role = parts.next().unwrap_or_default().to_owned();
    let date = match parts.next().filter(|date| !date.is_empty()) {
        Some(date) => Day::parse(date).map_err(|error| format!("{error}, e.g. 2026-12-07"))?,
        None => today,
    };
    Ok(Some(Signature { name, role, date }))
}
