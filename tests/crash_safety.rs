//! Faults 6, 10 and 11 of issue 16, through the real binary: `-o` never replaces what is
//! not a regular file, temporary files left by crashed runs go at the next start (never a
//! live one's), and a file-size limit is reported like a full disk instead of killing tiaki.

use std::fs::{self, File};
use std::os::unix::fs::{FileTypeExt, symlink};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Command;

use serde_json::Value;
use tempfile::TempDir;

#[path = "common/process.rs"]
mod process;
use process::{stdout_of, tiaki, tiaki_process, with_demo};

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .expect("lists the folder")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into())
        .collect();
    names.sort();
    names
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

#[test]
fn export_into_a_fifo_writes_through_it_and_keeps_it() {
    let data = with_demo();
    let out = TempDir::new().expect("temporary folder");
    let fifo = out.path().join("pipe.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).expect("reads the pipe"))
    };
    let said = stdout_of(
        tiaki(data.path())
            .args(["export", "demo", "--format", "json", "-o"])
            .arg(&fifo),
    );
    // Checked before waiting for the reader: had the pipe been replaced, it would wait forever.
    let kind = fs::symlink_metadata(&fifo)
        .expect("still there")
        .file_type();
    assert!(kind.is_fifo(), "the pipe was replaced: {kind:?}");
    assert_eq!(
        json(&reader.join().expect("reader"))["name"],
        "Demo: video conferencing procurement"
    );
    assert_eq!(
        said, "",
        "a note after a streamed export would join the data"
    );
    assert_eq!(names_in(out.path()), ["pipe.json"]);
}

#[test]
fn report_through_a_link_replaces_the_file_it_points_to_and_keeps_the_link() {
    let data = with_demo();
    let out = TempDir::new().expect("temporary folder");
    let real = out.path().join("real.md");
    let link = out.path().join("link.md");
    fs::write(&real, "old").expect("writes");
    symlink(&real, &link).expect("links");
    tiaki(data.path())
        .args(["report", "demo", "--format", "md", "-o"])
        .arg(&link)
        .assert()
        .success();
    assert!(fs::symlink_metadata(&link).expect("kept").is_symlink());
    // The report: its protective marking first, then its title.
    let written = fs::read_to_string(&real).expect("reads");
    assert!(
        written.starts_with("**") && written.contains("\n# "),
        "{written:.200}"
    );
    assert_eq!(names_in(out.path()), ["link.md", "real.md"]);
}

#[test]
fn dev_stdout_and_dev_null_work_and_stay_what_they_are() {
    let data = with_demo();
    let streamed = stdout_of(tiaki(data.path()).args([
        "export",
        "demo",
        "--format",
        "json",
        "-o",
        "/dev/stdout",
    ]));
    assert_eq!(
        json(&streamed)["name"],
        "Demo: video conferencing procurement"
    );
    for args in [
        ["export", "demo", "--format", "ron", "-o", "/dev/null"],
        ["report", "demo", "--format", "md", "-o", "/dev/null"],
    ] {
        let said = stdout_of(tiaki(data.path()).args(args));
        assert_eq!(said, "", "{args:?}");
    }
    let null = fs::symlink_metadata("/dev/null")
        .expect("exists")
        .file_type();
    assert!(null.is_char_device());
}

#[test]
fn a_folder_or_a_link_to_nothing_is_refused_clearly() {
    let data = with_demo();
    let out = TempDir::new().expect("temporary folder");
    let dangling = out.path().join("dangling.json");
    symlink(out.path().join("missing.json"), &dangling).expect("links");
    for (target, why) in [
        (out.path().to_owned(), "it is a folder"),
        (dangling.clone(), "a link to a file that does not exist"),
    ] {
        let output = tiaki(data.path())
            .args(["export", "demo", "--format", "json", "-o"])
            .arg(&target)
            .output()
            .expect("runs");
        let error = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{error}");
        assert!(
            error.contains(why) && error.contains("nothing was written"),
            "{error}"
        );
    }
    assert_eq!(names_in(out.path()), ["dangling.json"]);
}

/// A pid no process can have: above the largest `pid_max` Linux allows (2^22).
const DEAD_PID: u32 = 4_000_000_000;

#[test]
fn the_next_start_removes_a_dead_run_s_temporary_files_and_only_those() {
    let data = with_demo();
    let dead = DEAD_PID;
    let workspaces = data.path().join("workspaces");
    let stale = [
        workspaces.join(format!(".demo.ron.tiaki-{dead}-a1b2c3.tmp")),
        data.path()
            .join(format!(".settings.ron.tiaki-{dead}-d4e5f6.tmp")),
    ];
    for path in &stale {
        fs::write(path, "a half-written copy").expect("writes");
    }
    // A live writer's: this test process, holding the lock as tiaki's writers do.
    let live = workspaces.join(format!(".demo.ron.tiaki-{}-g7h8i9.tmp", std::process::id()));
    let held = File::create(&live).expect("creates");
    held.lock().expect("locks");
    let theirs = workspaces.join(".demo.ron.XYZ.tmp");
    fs::write(&theirs, "not tiaki's").expect("writes");

    tiaki(data.path()).arg("list").assert().success();
    for path in &stale {
        assert!(!path.exists(), "{} is still there", path.display());
    }
    assert!(live.exists() && theirs.exists());
}

#[test]
fn temporary_files_beside_an_output_are_cleared_by_the_next_write_there() {
    let data = with_demo();
    let out = TempDir::new().expect("temporary folder");
    let dead = DEAD_PID;
    fs::write(
        out.path()
            .join(format!(".report.md.tiaki-{dead}-abcdef.tmp")),
        "old",
    )
    .expect("writes");
    fs::write(
        out.path()
            .join(format!(".other.md.tiaki-{dead}-abcdef.tmp")),
        "old",
    )
    .expect("writes");
    tiaki(data.path())
        .args(["report", "demo", "--format", "md", "-o"])
        .arg(out.path().join("report.md"))
        .assert()
        .success();
    let other = format!(".other.md.tiaki-{dead}-abcdef.tmp");
    assert_eq!(names_in(out.path()), [other.as_str(), "report.md"]);
}

#[test]
fn a_file_size_limit_is_reported_like_a_full_disk() {
    let data = with_demo();
    let out = data.path().join("out.json");
    fs::write(&out, "the previous export").expect("writes");
    let command = tiaki_process(data.path());
    // `ulimit -f` must apply to tiaki alone: a shell sets it and then becomes tiaki.
    let program = command.get_program().to_owned();
    let args: Vec<_> = command.get_args().map(ToOwned::to_owned).collect();
    let output = Command::new("sh")
        .arg("-c")
        .arg("ulimit -f 4 && exec \"$0\" \"$@\"")
        .arg(program)
        .args(args)
        .args(["export", "demo", "--format", "json", "-o"])
        .arg(&out)
        .envs(command.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .output()
        .expect("runs");
    let error = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.signal(), None, "killed by a signal: {error}");
    assert_eq!(output.status.code(), Some(1), "{error}");
    assert!(
        error.contains("File too large") && error.contains("the disk is not full"),
        "{error}"
    );
    assert_eq!(
        fs::read_to_string(&out).expect("reads"),
        "the previous export"
    );
    assert!(
        !names_in(data.path())
            .iter()
            .any(|name| name.contains(".tiaki-"))
    );
}
