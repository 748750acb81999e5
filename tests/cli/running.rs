//! The binary as a process: version, completions, usage errors, the data folder, closed
//! output streams and a missing terminal.

use std::fs;

use assert_cmd::Command;
use tempfile::TempDir;

use crate::{
    KERERU, PARTLY_USABLE_ANSWERS, export,
    process::{Closed, run_with_closed, stdout_of, tiaki, tiaki_process, with_demo},
    with_unknown_items, write,
};
#[test]
fn the_catalogue_lists_every_section_within_80_columns() {
    let data = TempDir::new().expect("temporary folder");
    let text = stdout_of(tiaki(data.path()).arg("catalogue"));
    for section in &tiaki::catalogue::builtin().sections {
        assert!(
            text.contains(&format!("{}  {}", section.id, section.title)),
            "{}",
            section.id
        );
    }
    assert!(text.lines().all(|line| line.chars().count() <= 80));
}

#[test]
fn version_and_completions_are_printed() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("tiaki {}\n", env!("CARGO_PKG_VERSION")));
    let script = stdout_of(tiaki(data.path()).args(["completions", "bash"]));
    assert!(script.contains("_tiaki()"), "not a bash completion script");
}

#[test]
fn usage_errors_exit_with_2() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path()).args(["export", "demo"]).assert().code(2);
    tiaki(data.path()).arg("--no-such-flag").assert().code(2);
    tiaki(data.path())
        .args(["catalogue", "--format", "pdf"])
        .assert()
        .code(2);
}

#[test]
fn the_data_dir_can_come_from_the_environment() {
    let data = TempDir::new().expect("temporary folder");
    let mut command = Command::cargo_bin("tiaki").expect("the binary is built");
    command
        .env("TIAKI_DATA_DIR", data.path())
        .env("HOME", data.path())
        .env("XDG_CONFIG_HOME", data.path())
        .args(["new", "From the environment"])
        .assert()
        .success();
    assert!(
        data.path()
            .join("workspaces/from-the-environment.ron")
            .is_file()
    );
    let list = stdout_of(tiaki(data.path()).arg("list"));
    assert!(list.contains("From the environment"), "{list}");
}

#[test]
fn the_terminal_interface_without_a_terminal_says_so() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path())
        .arg("demo-workspace")
        .assert()
        .code(1)
        .stdout("")
        .stderr("tiaki: the terminal interface needs a terminal; in scripts use a subcommand (see `tiaki --help`)\n");
}

#[test]
fn unread_output_or_errors_never_make_tiaki_panic_or_change_its_exit_code() {
    let data = with_demo();
    let many = with_unknown_items(data.path());
    let demo = write(
        data.path(),
        "demo.json",
        &export(data.path(), "demo", "json"),
    );
    let answers = write(data.path(), "answers.csv", PARTLY_USABLE_ANSWERS);
    let [many, demo, answers] = [&many, &demo, &answers].map(|path| path.to_str().expect("UTF-8"));
    let demo_name = "DEMO: video conferencing procurement";
    let cases: [(&[&str], i32); 14] = [
        (&["validate", many], 1),
        (&["import", demo], 1),
        (&["import", demo, "--name", demo_name], 1),
        (&["import", many, "--name", "zz"], 1),
        (&["new", demo_name], 1),
        (&["search", "demo", "qqqqzzzzxxxx"], 0),
        (&["export", "nowhere", "--format", "json"], 1),
        (
            &["import-answers", "demo", "--provider", KERERU, answers],
            3,
        ),
        (&["list"], 0),
        (&["catalogue"], 0),
        (&["export", "demo", "--format", "ron"], 0),
        (&["--help"], 0),
        (&["--version"], 0),
        (&["--no-such-flag"], 2),
    ];
    for (args, code) in cases {
        let normal = tiaki(data.path()).args(args).output().expect("runs");
        assert_eq!(normal.status.code(), Some(code), "{args:?}: {normal:?}");
        for closed in [Closed::Stdout, Closed::Stderr, Closed::Both] {
            let (got, other) = run_with_closed(data.path(), args, closed);
            assert_eq!(got, Some(code), "{args:?} with {closed:?} closed: {other}");
            // A reader that went away is not worth a message.
            assert!(
                !other.contains("pipe") && !other.contains("could not write"),
                "{args:?} with {closed:?} closed: {other}"
            );
        }
    }
}

#[test]
fn a_file_given_as_the_data_folder_is_called_a_file() {
    let home = TempDir::new().expect("temporary folder");
    let file = write(home.path(), "somefile", "not a folder");
    for data_dir in [file.clone(), file.join("sub")] {
        let output = tiaki_process(&data_dir)
            .env("HOME", home.path())
            .arg("list")
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let errors = String::from_utf8(output.stderr).expect("UTF-8");
        assert!(
            errors.starts_with(&format!(
                "tiaki: {}: this is a file, not a folder",
                file.display()
            )) && errors.contains("--data-dir")
                && !errors.contains("os error"),
            "{errors}"
        );
    }
    assert_eq!(
        fs::read_to_string(&file).expect("untouched"),
        "not a folder"
    );
}
