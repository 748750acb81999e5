//! Catalogue 2.0's judgements, each pinned against the guidance's own words: who answers,
//! conditional advice kept conditional, tiaki's additions labelled as tiaki's, double
//! questions split. Each test names the finding of the catalogue audit it settles.

use tiaki::catalogue::{Answerer, AssuranceLevel, Item, ItemKind, Priority, Property, builtin};

/// The built-in catalogue's item `id`: every id a test names must exist.
fn item(id: &str) -> &'static Item {
    builtin()
        .item(id)
        .unwrap_or_else(|| panic!("{id} is missing"))
}

fn never_required(id: &str) {
    let priority = item(id).priority;
    for level in AssuranceLevel::ALL {
        assert_ne!(priority.at(level), Priority::Required, "{id} at {level:?}");
    }
}

/// Audit W3: the organisation's own duties are its readiness, never a provider's score.
#[test]
fn the_organisations_duties_are_answered_by_the_organisation() {
    for id in [
        "SET.1", "SET.3", "SET.4", "SET.5", "P1.8", "P2.4", "P3.13", "P4.3", "P4.5", "P4.10",
        "P5.2", "P5.3", "P5.7", "P5.8", "P5.11", "P6.5", "P7.1", "P7.4", "P7.5", "P7.6", "P7.8",
        "P7.10", "P7.11", "SEC.8", "SEC.9", "SEC.10", "SEC.12",
    ] {
        assert!(item(id).is_for_readiness(), "{id} is the organisation's");
        assert!(!item(id).is_for_provider(), "{id} is never scored");
    }
}

/// Audit W1: a provider's setting asks what the product can do; whether the organisation
/// has set it is the deployment check that follows the choice.
#[test]
fn every_provider_setting_carries_its_deployment_check() {
    let settings: Vec<&Item> = builtin()
        .items()
        .map(|(_, item)| item)
        .filter(|item| item.kind == ItemKind::Setting)
        .collect();
    assert!(settings.len() >= 13);
    for setting in settings {
        assert_eq!(setting.answered_by, Answerer::Provider, "{}", setting.id);
        let check = setting.deployment.as_deref().unwrap_or_default();
        assert!(
            !check.trim().is_empty(),
            "{} has no deployment check",
            setting.id
        );
    }
}

/// Audit W2: P7.8's provider facts and P5.7's provider capability are split off.
#[test]
fn mixed_items_are_split_by_who_answers() {
    for id in ["P7.12", "P7.13", "P7.14", "P5.13", "P7.9"] {
        assert_eq!(item(id).answered_by, Answerer::Provider, "{id}");
    }
    for id in ["P7.8", "P5.7", "P7.11"] {
        assert_eq!(item(id).answered_by, Answerer::Organisation, "{id}");
    }
}

/// Audit F1: no invented threshold on a Baseline requirement.
#[test]
fn terminating_access_sets_no_threshold_of_tiakis_as_the_guidances() {
    let p56 = item("P5.6");
    assert!(!p56.guidance.contains("minute"), "{}", p56.guidance);
    assert!(p56.adds.contains("minute"), "kept as tiaki's advice");
    assert!(
        item("P5.12").is_for_provider(),
        "the second question has its own id"
    );
}

/// Audit F2/A2: end-to-end encryption is one answer to the guidance's conditional advice,
/// never a disqualifier of its own.
#[test]
fn end_to_end_encryption_is_never_required_and_p24_has_a_defined_met() {
    never_required("P2.3");
    assert_eq!(item("P2.3").protects, [Property::Confidentiality]);
    let p24 = item("P2.4");
    assert!(!p24.met_when.is_empty());
    assert!(p24.guidance.contains("other services"), "{}", p24.guidance);
    assert!(
        p24.met_when.to_lowercase().contains("self-hosted")
            || p24.adds.to_lowercase().contains("self-hosted")
            || p24.guidance.to_lowercase().contains("self-hosted"),
        "a self-hosted service fits the guidance too"
    );
}

/// Audit S1: control over recording stays in scope when recording is not wanted, and an
/// item checks that unneeded services can be switched off.
#[test]
fn recording_controls_never_leave_scope_and_unneeded_services_are_checked_off() {
    assert!(item("P4.3").services.is_empty());
    assert!(item("P4.4").services.is_empty());
    let set6 = item("SET.6");
    assert!(set6.is_for_provider());
    assert!(set6.deployment.is_some());
}

/// Audit F3: understanding the risk of harvesting, not promising there is none.
#[test]
fn metadata_harvesting_is_about_understanding_the_risk() {
    let p64 = item("P6.4");
    assert!(!p64.title.starts_with("No "), "{}", p64.title);
    assert!(p64.guidance.contains("risk"), "{}", p64.guidance);
}

/// Audit F4: "silence is disqualifying" is tiaki's view and labelled so.
#[test]
fn breach_history_silence_is_tiakis_view() {
    let sec6 = item("SEC.6");
    assert!(!sec6.guidance.to_lowercase().contains("says nothing"));
    assert!(sec6.adds.contains("In tiaki's view"), "{}", sec6.adds);
    assert!(sec6.adds.contains("says nothing"), "{}", sec6.adds);
}

/// Audit F6: a closed service is often what High wants; outside communication is never
/// required of a provider.
#[test]
fn outside_communication_is_not_required_at_high() {
    never_required("P7.9");
}

/// Audit F7: the government-only considerations apply only to a government agency.
#[test]
fn government_considerations_depend_on_being_a_government_agency() {
    for id in ["SEC.8", "SEC.9", "SEC.10", "SEC.11", "SEC.12"] {
        let conditions = &item(id).only_if;
        assert!(
            conditions
                .iter()
                .any(|c| c.question == "CTX.20" && c.any_of == ["yes"]),
            "{id}"
        );
    }
    never_required("SEC.11");
}

/// Audit F8: the conditional waiting room never outranks "make sure notifications are on",
/// and a service without one is Not applicable.
#[test]
fn the_waiting_room_is_conditional() {
    let (p38, p39) = (item("P3.8").priority, item("P3.9").priority);
    for level in AssuranceLevel::ALL {
        assert!(p39.at(level) <= p38.at(level), "{level:?}");
    }
    assert!(item("P3.9").met_when.contains("Not applicable"));
}

/// Audit F9: "could" in the guidance is not a requirement.
#[test]
fn policies_the_guidance_says_could_be_written_are_not_required() {
    never_required("P5.2");
    never_required("P5.3");
}

/// Audit §5: SET.2 says what Met and Not met mean.
#[test]
fn open_defaults_have_a_defined_met() {
    assert!(!item("SET.2").met_when.is_empty());
}

/// Audit R1/R2: the NZISM figures are checked by version beside P1.3 and P1.4, and SRTP is
/// never presented as an approved protocol.
#[test]
fn nzism_figures_are_not_hard_coded_and_srtp_is_not_called_approved() {
    for id in ["P1.3", "P1.4"] {
        assert!(item(id).crypto, "{id} shows the stated cryptography");
        assert!(!item(id).guidance.contains("3072"), "{id}");
    }
    assert!(!item("P1.4").guidance.contains("SRTP"));
    assert!(item("P1.9").adds.contains("not on the NZISM"));
}

/// Double-barrelled context question split: who, and for how long.
#[test]
fn users_and_duration_are_two_questions() {
    assert!(item("CTX.5").answer.is_some());
    assert!(item("CTX.19").answer.is_some());
    assert!(item("CTX.5").proxy && item("CTX.19").proxy);
}

/// Every item that is judged names the properties it protects, so its priority follows
/// the right level.
#[test]
fn every_judged_item_names_what_it_protects() {
    for (_, item) in builtin().items() {
        if item.kind != ItemKind::ContextQuestion {
            assert!(!item.protects.is_empty(), "{}", item.id);
        }
    }
}

/// Record-keeping duties (OIA, PRA) matter somewhere.
#[test]
fn record_keeping_applies_when_the_acts_do() {
    let p411 = item("P4.11");
    assert!(p411.is_for_provider());
    assert!(
        p411.only_if
            .iter()
            .any(|c| c.question == "CTX.12" && c.any_of.iter().any(|a| a == "public-records"))
    );
}
