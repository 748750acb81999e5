//! What the reports say about the ranking: the single judgements that would swap the two
//! providers ranked first (all counted, summed up where one sentence says it better), the
//! disqualifying failures with `--unknown-disqualifies`, and providers with nothing to
//! score or nothing judged yet.

use serde_json::Value;
use tiaki::catalogue::{Priority, builtin};
use tiaki::report::{self, Format, Options};
use tiaki::scoring::ScoreOptions;
use tiaki::workspace::{Assessment, Provider, ProviderId, Status, Timestamp, Workspace};

use super::support::{date, demo, render};

fn render_with(workspace: &Workspace, format: Format, unknown_disqualifies: bool) -> String {
    let options = Options {
        date: date(),
        scoring: ScoreOptions {
            unknown_disqualifies,
            on: None,
        },
        since: None,
    };
    report::render(builtin(), workspace, options, format).expect("renders")
}

fn json(workspace: &Workspace) -> Value {
    serde_json::from_str(&render(workspace, Format::Json)).expect("valid JSON")
}

/// The part of the Markdown report under `heading`, up to the next heading.
fn part<'m>(markdown: &'m str, heading: &str) -> &'m str {
    let start = markdown.find(heading).expect("the part is there");
    let rest = &markdown[start..];
    let end = rest[4..].find("\n#").map_or(rest.len(), |at| at + 4);
    &rest[..end]
}

/// The section "What would change the ranking" of the Markdown report.
fn ranking_section(markdown: &str) -> &str {
    part(markdown, "### What would change the ranking")
}

fn workspace_of(providers: Vec<Provider>) -> Workspace {
    let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid timestamp");
    let mut workspace = Workspace::new("Ranking", builtin(), now);
    workspace.providers = providers;
    workspace
}

fn provider(id: &str, name: &str, status: impl Fn(Priority, usize) -> Status) -> Provider {
    let mut provider = Provider::new(ProviderId(id.to_owned()), name);
    // No context answers: every item counts, at the Baseline level.
    for (index, (_, item)) in builtin().assessable_items().enumerate() {
        let assessment = Assessment {
            status: status(item.priority.baseline, index),
            note: "Checked.".to_owned(),
            ..Assessment::default()
        };
        provider.assessments.insert(item.id.clone(), assessment);
    }
    provider
}

/// Two providers close together, so that many single judgements would swap them: the
/// runner-up lacks its first recommended item, the leader its first optional one.
fn close_race() -> Workspace {
    let first_of = |wanted: Priority| {
        builtin()
            .assessable_items()
            .position(|(_, item)| item.priority.baseline == wanted)
            .expect("the catalogue has one")
    };
    let (recommended, optional) = (
        first_of(Priority::Recommended),
        first_of(Priority::Optional),
    );
    workspace_of(vec![
        provider("prov-a", "Aroha Video", |_, index| {
            if index == optional {
                Status::NotMet
            } else {
                Status::Met
            }
        }),
        provider("prov-b", "Kōrero Chat", |_, index| {
            if index == recommended {
                Status::NotMet
            } else {
                Status::Met
            }
        }),
    ])
}

#[test]
fn the_demo_sums_up_the_leaders_required_items_in_one_line() {
    let workspace = demo();
    let json = json(&workspace);
    let changes = &json["ranking_changes"];
    let count = changes["count"].as_u64().expect("a count");
    let required = changes["any_required_rules_out_leader"]
        .as_u64()
        .expect("the leader's required items are summed up");
    assert!(count > 5, "more than the report used to name: {count}");
    assert_eq!(count, required);
    assert_eq!(changes["leader"], "prov-demo-a");
    assert_eq!(
        changes["swings"].as_array().expect("a list").len() as u64,
        count,
        "the JSON lists every one"
    );
    let markdown = render(&workspace, Format::Markdown);
    let section = ranking_section(&markdown);
    assert!(!section.contains("matters most"), "{section}");
    assert!(
        section.contains(&format!("{count} single judgements would each")),
        "{section}"
    );
    assert!(
        section.contains(&format!(
            "any one of the {required} required items it meets or partly meets"
        )),
        "{section}"
    );
    assert!(
        section.contains("no single item of its own, judged Met instead, would put it first"),
        "{section}"
    );
    assert!(!section.contains("SEL.1 Profit model"), "{section}");
    let html = render(&workspace, Format::Html);
    assert!(
        html.contains(&format!("{count} single judgements would each")),
        "the HTML says the same"
    );
}

#[test]
fn a_close_race_names_ten_in_order_and_counts_the_rest() {
    let workspace = close_race();
    let json = json(&workspace);
    let changes = &json["ranking_changes"];
    let count = changes["count"].as_u64().expect("a count") as usize;
    assert!(count > 10, "{count}");
    let swings = changes["swings"].as_array().expect("a list");
    assert_eq!(swings.len(), count);
    // Required first, then by how far each brings the scores together.
    let key = |swing: &Value| {
        (
            swing["priority"] != "Required",
            -swing["shift"].as_f64().expect("a number"),
        )
    };
    assert!(
        swings.windows(2).all(|pair| key(&pair[0])
            .partial_cmp(&key(&pair[1]))
            .is_some_and(std::cmp::Ordering::is_le)),
        "{swings:?}"
    );
    let markdown = render(&workspace, Format::Markdown);
    let section = ranking_section(&markdown);
    let listed = section
        .lines()
        .filter(|line| line.starts_with("- "))
        .count();
    let summed = changes["any_required_rules_out_leader"]
        .as_u64()
        .unwrap_or(0) as usize;
    let others = count - summed;
    // One line sums up the leader's required items; ten more are named.
    assert_eq!(listed, 1 + 10, "{section}");
    assert!(
        section.contains(&format!("… and {} more single judgements", others - 10)),
        "{section}"
    );
    assert!(
        section.contains("required items first, then those that bring the two scores"),
        "{section}"
    );
    // The runner-up's one gap is the first named: it is what would put it ahead.
    let first = section
        .lines()
        .find(|line| line.starts_with("- **Kōrero Chat**"));
    assert!(
        first.is_some_and(|line| line.contains("would put it first")),
        "{section}"
    );
}

#[test]
fn unknown_items_counted_as_failing_are_not_called_not_met() {
    let workspace = demo();
    let plain = render_with(&workspace, Format::Markdown, false);
    let failures = part(&plain, "### Disqualifying failures");
    assert!(failures.contains("level that are not met:"), "{failures}");
    assert!(!failures.contains("(Unknown)"), "{failures}");
    let strict = render_with(&workspace, Format::Markdown, true);
    let failures = part(&strict, "### Disqualifying failures");
    assert!(
        !failures.contains("that are not met:"),
        "Unknown items are listed too: {failures}"
    );
    assert!(
        failures.contains(
            "not met or Unknown; as asked for this report, an Unknown required item counts \
             as failing:"
        ),
        "{failures}"
    );
    assert!(
        failures.contains(" (Unknown)"),
        "each Unknown one says so: {failures}"
    );
    assert!(strict.contains("fail, or leave Unknown, at least one item required"));
}

#[test]
fn the_summary_says_how_unknown_counts_and_who_has_required_items_unknown() {
    let workspace = demo();
    // The demo's Pīwakawaka Chat has required items left Unknown and no failure: a reader
    // must not take its clean column for certainty.
    let plain = render_with(&workspace, Format::Markdown, false);
    let summary = part(&plain, "## Executive summary");
    assert!(
        summary.contains("Unknown does not disqualify in this report (at Enhanced)"),
        "{summary}"
    );
    assert!(
        summary.contains("Required items left Unknown: Pīwakawaka Chat (fictional) 28."),
        "{summary}"
    );
    let strict = render_with(&workspace, Format::Markdown, true);
    let summary = part(&strict, "## Executive summary");
    assert!(
        summary.contains("Unknown disqualifies in this report (at Enhanced): a required item"),
        "{summary}"
    );
}

#[test]
fn nothing_applicable_reads_as_a_dash_as_on_screen() {
    let workspace = workspace_of(vec![
        provider("prov-a", "Aroha Video", |_, _| Status::Met),
        provider("prov-n", "Nothing Applies", |_, _| Status::NotApplicable),
    ]);
    let markdown = render(&workspace, Format::Markdown);
    assert!(!markdown.contains("0 of 0"), "{markdown:.3000}");
    assert!(
        markdown.contains("| 2 | Nothing Applies | **–** | – | – | 0 | _none; no item applies_ |"),
        "{markdown:.3000}"
    );
    assert!(
        markdown.contains("coverage –, 0 Unknown"),
        "{markdown:.3000}"
    );
}

#[test]
fn a_provider_not_assessed_yet_gets_no_clean_bill() {
    let workspace = workspace_of(vec![
        provider("prov-a", "Aroha Video", |_, _| Status::Met),
        Provider::new(ProviderId("prov-b".to_owned()), "Kōrero Chat"),
    ]);
    let markdown = render(&workspace, Format::Markdown);
    assert!(
        markdown.contains(
            "| 2 | Kōrero Chat | **–** | 0.0–100.0 % | 0 of 75 (0 %) | 0 | _none yet; not assessed_ |"
        ),
        "{markdown:.3000}"
    );
    // Any one of its items becoming Met would not put it first: Aroha meets everything.
    let nobody = workspace_of(vec![
        Provider::new(ProviderId("prov-a".to_owned()), "Aroha Video"),
        Provider::new(ProviderId("prov-b".to_owned()), "Kōrero Chat"),
    ]);
    let markdown = render(&nobody, Format::Markdown);
    assert!(
        markdown.contains("No provider has been assessed yet, so none ranks first."),
        "{markdown:.3000}"
    );
    let section = ranking_section(&markdown);
    assert!(
        section.contains("any one of the 75 items it does not yet meet, judged Met instead"),
        "{section}"
    );
}

/// Issue 12: when every provider fails something, the first line of every report says so,
/// names the closest and what stands in its way — and an accepted failure, with who
/// accepted it, no longer does.
#[test]
fn when_no_provider_qualifies_the_report_says_so_first() {
    let required: Vec<(usize, String)> = builtin()
        .assessable_items()
        .enumerate()
        .filter(|(_, (_, item))| item.priority.baseline == Priority::Required)
        .map(|(index, (_, item))| (index, item.id.clone()))
        .take(2)
        .collect();
    let ((first, first_id), (second, _)) = (required[0].clone(), required[1].clone());
    let mut workspace = workspace_of(vec![
        provider("prov-a", "Aroha Video", |_, index| {
            if index == first || index == second {
                Status::NotMet
            } else {
                Status::Met
            }
        }),
        provider("prov-b", "Kōrero Chat", |_, index| {
            if index == first {
                Status::NotMet
            } else {
                Status::PartlyMet
            }
        }),
    ]);
    let markdown = render(&workspace, Format::Markdown);
    let summary = part(&markdown, "## Executive summary");
    let headline = summary
        .lines()
        .find(|line| line.starts_with("- "))
        .unwrap_or_default();
    assert!(
        headline.starts_with(&format!(
            "- **No provider meets every required item at Baseline. Closest: Kōrero Chat — 1 \
             disqualifying failure stands in its way ({first_id}); each must be fixed, or its \
             risk accepted by an approver.**"
        )),
        "{summary}"
    );
    // Aroha scores higher but fails twice: fewer failures rank first.
    let kōrero = markdown.find("| 1 | Kōrero Chat").expect("Kōrero first");
    assert!(
        markdown
            .find("| 2 | Aroha Video")
            .is_some_and(|aroha| aroha > kōrero)
    );
    // Accepted, with an approver: Kōrero qualifies, and the report says who accepted.
    let failure = workspace.providers[1]
        .assessments
        .get_mut(&first_id)
        .expect("judged");
    failure.treatment = Some(tiaki::workspace::Treatment {
        kind: tiaki::workspace::TreatmentKind::Accept,
        rationale: "Pilot only".to_owned(),
        residual: tiaki::workspace::Residual::Medium,
        approver: "Ana Approver".to_owned(),
        until: None,
    });
    let markdown = render(&workspace, Format::Markdown);
    assert!(
        markdown.contains(&format!(
            "Accepted, not blocking: {first_id} (by Ana Approver)."
        )),
        "{markdown:.4000}"
    );
    assert!(
        markdown.contains("accepted by Ana Approver"),
        "{markdown:.4000}"
    );
    // Accepted until a day before the report's (2026-11-28): it has lapsed and blocks
    // again, and the report says so where the decision is read and beside the finding.
    let failure = workspace.providers[1]
        .assessments
        .get_mut(&first_id)
        .expect("judged");
    if let Some(treatment) = failure.treatment.as_mut() {
        treatment.until = Some(tiaki::workspace::Day::parse("2026-10-31").expect("valid"));
    }
    let markdown = render(&workspace, Format::Markdown);
    assert!(
        markdown.contains(&format!(
            "Acceptance lapsed, blocking again: {first_id} (by Ana Approver, until 2026-10-31)."
        )),
        "{markdown:.4000}"
    );
    assert!(
        markdown.contains("No provider meets every required item"),
        "{markdown:.4000}"
    );
    assert!(
        markdown.contains("### Accepted risks that have lapsed (blocking again)"),
        "{markdown:.6000}"
    );
    assert!(
        markdown.contains("until 2026-10-31)** **⚠ lapsed: it blocks again**"),
        "the alert stands apart from the treatment it qualifies: {markdown:.6000}"
    );
}

#[test]
fn the_json_report_carries_the_verdict_and_the_range_each_score_could_reach() {
    let report = json(&demo());
    let verdict = &report["verdict"];
    assert!(
        verdict["headline"]
            .as_str()
            .expect("text")
            .starts_with("Kererū Meet (fictional) ranks first"),
        "{verdict}"
    );
    assert_eq!(verdict["provisional"], true);
    assert_eq!(verdict["settled_places"], 2);
    let scores = report["scores"].as_array().expect("a list");
    let half_done = scores
        .iter()
        .find(|score| score["provider"] == "Kōtuku Connect (fictional)")
        .expect("in the demo");
    let overall = &half_done["overall"];
    assert!(
        overall["lowest"].as_f64() < overall["highest"].as_f64(),
        "open items leave a range: {overall}"
    );
    let settled = &scores[0]["overall"];
    assert_eq!(settled["lowest"], settled["highest"], "{settled}");
}

#[test]
fn a_decision_for_a_disqualified_provider_says_it_goes_against_the_ranking() {
    let mut workspace = demo();
    let markdown = render_with(&workspace, Format::Markdown, false);
    assert!(
        markdown.contains("**Its standing:** ranked \\#1 of 4, with no disqualifying failure"),
        "{markdown:.3000}"
    );
    let tuatara = workspace
        .providers
        .iter()
        .find(|provider| provider.name.starts_with("Tuatara"))
        .expect("in the demo")
        .id
        .clone();
    workspace.chosen = Some(tuatara);
    let markdown = render_with(&workspace, Format::Markdown, false);
    assert!(
        markdown.contains(
            "**Its standing:** ranked \\#4 of 4; **⚠ disqualified** — 11 required items fail \
             (SEL.5, SEL.12, SEC.7, P1.4, P3.3 and 6 more). Chosen against the ranking: the \
             conditions must say why."
        ),
        "{markdown:.3000}"
    );
}

#[test]
fn a_leader_already_ruled_out_gains_one_more_failure_not_a_first() {
    let mut workspace = demo();
    for index in [0, 2] {
        workspace.providers[index]
            .assessments
            .entry("P1.1".to_owned())
            .or_default()
            .status = Status::NotMet;
    }
    let markdown = render_with(&workspace, Format::Markdown, false);
    assert!(
        markdown.contains("would be one more disqualifying failure and put"),
        "{markdown:.6000}"
    );
    let plain = render_with(&demo(), Format::Markdown, false);
    assert!(plain.contains("would be a disqualifying failure and put"));
}

#[test]
fn an_unsigned_decision_lists_what_the_sign_off_waits_on() {
    use tiaki::workspace::{Day, Signature};
    let mut workspace = demo();
    let markdown = render_with(&workspace, Format::Markdown, false);
    let decision = part(&markdown, "## Decision");
    assert!(decision.contains("**Before sign-off**"), "{decision}");
    assert!(
        decision.contains(
            "Our readiness: 3 required items not or only partly met (SET.4, P4.3, P4.5)."
        ),
        "{decision}"
    );
    assert!(
        decision.contains("Deployment checklist: 8 of 16 checks not recorded yet."),
        "{decision}"
    );
    assert!(decision.contains("**⚠ overdue** 1 action"), "{decision}");
    let signed = |role: &str| {
        Some(Signature {
            name: "Ana".to_owned(),
            role: role.to_owned(),
            date: Day::parse("2026-11-28").expect("valid"),
        })
    };
    workspace.decision.assessor = signed("Assessor");
    workspace.decision.reviewer = signed("Reviewer");
    workspace.decision.approver = signed("Approver");
    let markdown = render_with(&workspace, Format::Markdown, false);
    assert!(
        !markdown.contains("Before sign-off"),
        "signed: nothing waits"
    );
}
