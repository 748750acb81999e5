//! `validate` on catalogues and workspaces: every problem placed, nothing changed.

use std::fs;
use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

use crate::{
    export,
    process::{stdout_of, tiaki, with_demo},
    write,
};
#[test]
fn validate_accepts_the_builtin_catalogue() {
    let data = TempDir::new().expect("temporary folder");
    let ron = stdout_of(tiaki(data.path()).args(["catalogue", "--format", "ron"]));
    let file = write(data.path(), "catalogue.ron", &ron);
    tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: catalogue nz-ncsc-svvm "));
}

#[test]
fn validate_places_each_catalogue_problem() {
    let data = TempDir::new().expect("temporary folder");
    let ron = stdout_of(tiaki(data.path()).args(["catalogue", "--format", "ron"]));
    // The second item takes the first one's id.
    let ids: Vec<&str> = ron
        .lines()
        .filter_map(|line| line.trim().strip_prefix("id: \"")?.strip_suffix("\","))
        .filter(|id| id.contains('.'))
        .take(2)
        .collect();
    let damaged = ron.replacen(
        &format!("id: \"{}\"", ids[1]),
        &format!("id: \"{}\"", ids[0]),
        1,
    );
    let file = write(data.path(), "damaged.ron", &damaged);
    let output = tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    let prefix = format!("tiaki: {}:", file.display());
    assert!(stderr.starts_with(&prefix), "{stderr}");
    assert!(stderr.contains("more than once"), "{stderr}");
    let line: usize = stderr[prefix.len()..]
        .split(':')
        .next()
        .and_then(|line| line.parse().ok())
        .unwrap_or_else(|| panic!("no line number in {stderr}"));
    let pinned = damaged.lines().nth(line - 1).unwrap_or_default();
    assert!(pinned.contains(ids[0]), "line {line} is `{pinned}`");
}

#[test]
fn validate_reports_a_catalogue_syntax_error_with_its_position() {
    let data = TempDir::new().expect("temporary folder");
    let file = write(
        data.path(),
        "c.ron",
        "(\n  id: \"x\",\n  sections: [\n    (id: 3),\n",
    );
    tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(
            predicate::str::is_match(format!("^tiaki: {}:[0-9]+:[0-9]+: ", regex_escape(&file)))
                .expect("regex"),
        );
}

#[test]
fn validate_accepts_a_sound_workspace() {
    let data = with_demo();
    let file = write(data.path(), "demo.ron", &export(data.path(), "demo", "ron"));
    tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: workspace "));
}

#[test]
fn a_truncated_workspace_gives_one_positioned_line_and_is_left_alone() {
    let data = with_demo();
    let text = export(data.path(), "demo", "ron");
    let truncated = &text[..text.len() / 2];
    let file = write(data.path(), "truncated.ron", truncated);
    let output = tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let pattern = format!("^tiaki: {}:[0-9]+:[0-9]+: .+\n$", regex_escape(&file));
    assert!(
        predicate::str::is_match(pattern)
            .expect("regex")
            .eval(&stderr),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&file).expect("still there"), truncated);
}

fn regex_escape(path: &Path) -> String {
    path.display()
        .to_string()
        .chars()
        .flat_map(|c| {
            let escape = !c.is_alphanumeric() && c != '/';
            escape.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

#[test]
fn validate_refuses_a_blank_workspace_name_as_import_does() {
    let data = with_demo();
    let mut json: Value = serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    for blank in ["", "   "] {
        json["name"] = Value::from(blank);
        let file = write(data.path(), "blank.json", &json.to_string());
        let validated = tiaki(data.path())
            .arg("validate")
            .arg(&file)
            .output()
            .expect("runs");
        let imported = tiaki(data.path())
            .arg("import")
            .arg(&file)
            .output()
            .expect("runs");
        assert_eq!(validated.status.code(), Some(1), "{validated:?}");
        assert_eq!(imported.status.code(), Some(1), "{imported:?}");
        let validated = String::from_utf8(validated.stderr).expect("UTF-8");
        let imported = String::from_utf8(imported.stderr).expect("UTF-8");
        let headline = validated.lines().next().unwrap_or_default();
        assert!(
            headline.starts_with(&format!("tiaki: {}: ", file.display()))
                && headline.contains("\"\" cannot be used: a workspace needs a name")
                && headline.contains("--name NAME"),
            "{validated}"
        );
        assert_eq!(imported.lines().next(), Some(headline), "{imported}");
        // Under a name of its own it is sound.
        tiaki(data.path())
            .args(["import", "--name", &format!("Named {}", blank.len())])
            .arg(&file)
            .assert()
            .success();
    }
}
