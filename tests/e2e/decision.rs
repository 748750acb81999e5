//! Issue 12's journey: a provider's answers that disagree are imported as claims and
//! flagged, never changing a finding; one finding is accepted with a treatment, the
//! decision is signed off, and the HTML report says so.

use std::fs;

use crate::harness::{Tui, data_dir, export_json, keys, run};
use crate::steps::{self, detail_title, fill, open_demo};

const TUATARA: &str = "Tuatara Talk (fictional)";

#[test]
fn claims_stay_apart_a_finding_is_accepted_and_the_decision_signed() {
    let data = data_dir();
    let mut tui = open_demo(data.path());
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
    let answers = data.path().join("q.csv");
    fs::write(
        &answers,
        "item_id,status,answer\nP2.3,Met,E2EE is on our 2027 roadmap\n",
    )
    .expect("writes");
    let imported = run(
        data.path(),
        &[
            "import-answers",
            "demo",
            "--provider",
            TUATARA,
            answers.to_str().expect("UTF-8"),
        ],
    );
    let said = String::from_utf8_lossy(&imported.stdout);
    assert!(said.contains("P2.3: finding Not met, claim Met"), "{said}");

    let mut tui = Tui::open(data.path(), &["--", "demo"]);
    tui.expect("Opened");
    tui.send("/");
    tui.expect("Search");
    tui.send("mixing servers");
    tui.expect("P2.3");
    tui.send(keys::ENTER);
    tui.wait_until("P2.3 for Tuatara Talk in Review", |screen| {
        detail_title(screen).is_some_and(|title| title.starts_with("P2.3 "))
            && screen.contains("Tuatara Talk (fictional)")
    })
    .unwrap_or_else(|e| panic!("{e}"));
    // The claim beside the finding, which stands, flagged for review.
    tui.expect("Claim");
    tui.expect("disagrees with the finding");

    tui.send("T");
    tui.expect("Treatment of P2.3");
    fill(
        &mut tui,
        &[
            "accept",
            "Only unclassified meetings",
            "medium",
            "Ana Approver",
            "2027-06-30",
        ],
    );
    tui.expect("P2.3 accepted (medium residual risk).");

    tui.send("4");
    tui.expect("Unknown disqualifies");
    tui.send("D");
    tui.expect("Decision and sign-off");
    fill(
        &mut tui,
        &[
            // The demo's chosen provider is offered already.
            "",
            "Turn on end-to-end encryption",
            "IN-CONFIDENCE",
            "Aroha; Assessor; 2026-12-07",
            "Rewi; Reviewer; 2026-12-07",
            "Ana Approver; CISO; 2026-12-07",
        ],
    );
    tui.expect("signed off");
    tui.expect("IN-CONFIDENCE");

    let report = data.path().join("decision.html");
    tui.send("E");
    tui.expect("Export a report");
    tui.send(keys::TAB);
    tui.send(&keys::BACKSPACE.repeat(80));
    tui.send(report.to_str().expect("UTF-8"));
    tui.send(keys::ENTER);
    tui.wait_until("the report written", |_| report.exists())
        .unwrap_or_else(|e| panic!("{e}"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));

    let html = fs::read_to_string(&report).expect("reads the report");
    assert!(html.contains("<div class=\"marking top\">IN-CONFIDENCE</div>"));
    assert!(!html.contains("DRAFT"), "signed off: final");
    assert!(
        html.contains(
            "accepted (medium residual risk, approved by Ana Approver, until 2027-06-30)"
        ),
        "the treatment is in the report"
    );
    assert!(
        html.contains("Provider&#39;s claim"),
        "the claim is in the report"
    );
    let workspace = export_json(data.path(), "demo");
    let p23 = &steps::provider(&workspace, TUATARA)["assessments"]["P2.3"];
    assert_eq!(
        p23["status"], "NotMet",
        "the finding is the assessor's still"
    );
    assert_eq!(p23["claim"]["status"], "Met");
    assert_eq!(p23["treatment"]["kind"], "Accept");
}
