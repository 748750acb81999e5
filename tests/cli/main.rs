//! The real `tiaki` binary, run as a process on a temporary data folder for every
//! subcommand: what it prints, what it writes, and its exit codes. One module a topic;
//! the helpers several topics share are here.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

#[path = "../common/process.rs"]
mod process;

mod evidence;
mod import_answers;
mod import_export;
mod running;
mod validate;
mod verify;
mod workspaces;

use process::{stdout_of, tiaki};

fn export(data: &Path, workspace: &str, format: &str) -> String {
    stdout_of(tiaki(data).args(["export", workspace, "--format", format]))
}

fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    fs::write(&path, text).expect("writes the fixture");
    path
}

/// The demo exported as JSON, its first provider claiming items the catalogue lacks.
fn with_unknown_items(data: &Path) -> PathBuf {
    let mut json: Value = serde_json::from_str(&export(data, "demo", "json")).expect("JSON");
    for id in ["P97.9", "P98.9", "P99.9"] {
        json["providers"][0]["assessments"][id] = serde_json::json!({ "status": "Met" });
    }
    write(data, "many-problems.json", &json.to_string())
}

const KERERU: &str = "Kererū Meet (fictional)";

/// Answers for the demo's Kererū: one row tiaki can use, one for an item that does not exist.
const PARTLY_USABLE_ANSWERS: &str =
    "item_id,status,answer\r\nSEL.1,Met,yes\r\nZZ.9,Met,no such item\r\n";
