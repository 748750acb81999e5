//! The JSON report: the whole workspace as `tiaki export` writes it, the computed figures
//! beside it, and `report_version` first.

use serde_json::Value;
use tiaki::report::{Format, REPORT_VERSION};
use tiaki::workspace::Workspace;

use super::support::{demo, hostile, render};

fn parse(workspace: &Workspace) -> Value {
    serde_json::from_str(&render(workspace, Format::Json)).expect("valid JSON")
}

#[test]
fn the_demo_carries_the_workspace_and_its_scores() {
    let workspace = demo();
    let text = render(&workspace, Format::Json);
    assert!(text.starts_with("{\n  \"report_version\": "), "{text:.60}");
    let json = parse(&workspace);
    assert_eq!(json["report_version"], REPORT_VERSION);
    assert_eq!(json["date"], "2026-11-28");
    assert_eq!(json["catalogue"]["id"], "nz-ncsc-svvm");
    assert_eq!(json["assurance"]["effective"], "Enhanced");
    let back: Workspace =
        serde_json::from_value(json["workspace"].clone()).expect("the workspace as exported");
    assert_eq!(back, workspace);
    let exported: Value =
        serde_json::from_str(&tiaki::codec::to_json(&workspace).expect("exports")).expect("JSON");
    assert_eq!(
        json["workspace"], exported,
        "the same shape as tiaki export"
    );
    let ranking: Vec<&str> = json["ranking"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(ranking[0], "prov-demo-a");
    let scores = json["scores"].as_array().expect("a list");
    assert_eq!(scores.len(), 4);
    assert_eq!(scores[0]["provider_id"], "prov-demo-a");
    assert_eq!(scores[0]["rank"], 1);
    assert_eq!(scores[0]["overall"]["percent"], 97.5);
    assert!(scores.iter().any(|s| s["disqualified"] == true));
    let overdue: Vec<&Value> = json["actions"]
        .as_array()
        .expect("a list")
        .iter()
        .filter(|a| a["overdue"] == true)
        .collect();
    assert_eq!(overdue.len(), 1);
}

#[test]
fn hostile_text_survives_exactly() {
    let workspace = hostile();
    let json = parse(&workspace);
    let back: Workspace =
        serde_json::from_value(json["workspace"].clone()).expect("the workspace as exported");
    assert_eq!(back, workspace);
}

#[test]
fn each_providers_stated_cryptography_is_checked_as_the_readable_reports_do() {
    let report: serde_json::Value =
        serde_json::from_str(&render(&demo(), Format::Json)).expect("valid JSON");
    let crypto = report["crypto"].as_array().expect("a list");
    // Three demo providers state their cryptography; Kōtuku Connect states none.
    assert_eq!(crypto.len(), 3, "{crypto:?}");
    let tuatara = crypto
        .iter()
        .find(|entry| entry["provider_id"] == "prov-demo-b")
        .expect("Tuatara states its cryptography");
    assert_eq!(tuatara["nzism"], "3.9");
    let signature = tuatara["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|check| check["stated"] == "RSA 2048")
        .expect("its RSA 2048 signature");
    assert_eq!(signature["verdict"], "falls short");
    assert!(
        signature["why"].as_str().expect("text").contains("3072"),
        "{signature}"
    );
}
