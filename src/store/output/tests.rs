use super::*;
use std::os::unix::fs::symlink;
use std::process::Command;

#[test]
fn a_new_or_regular_file_is_replaced_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("report.md");
    assert_eq!(
        write_output(&path, b"one").expect("writes"),
        Delivered::ToFile
    );
    assert_eq!(
        write_output(&path, b"two").expect("writes"),
        Delivered::ToFile
    );
    assert_eq!(fs::read(&path).expect("reads"), b"two");
    assert_eq!(fs::read_dir(dir.path()).expect("lists").count(), 1);
}

#[test]
fn a_link_is_followed_and_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.md");
    let link = dir.path().join("link.md");
    fs::write(&real, "old").expect("writes");
    symlink(&real, &link).expect("links");
    assert_eq!(
        write_output(&link, b"new").expect("writes"),
        Delivered::ToFile
    );
    assert!(fs::symlink_metadata(&link).expect("link").is_symlink());
    assert_eq!(fs::read(&real).expect("reads"), b"new");
}

#[test]
fn a_fifo_is_written_into_not_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read(fifo).expect("reads the pipe"))
    };
    assert_eq!(
        write_output(&fifo, b"through").expect("writes"),
        Delivered::ToStream
    );
    assert_eq!(reader.join().expect("reader"), b"through");
    assert!(
        fs::symlink_metadata(&fifo)
            .expect("still there")
            .file_type()
            .is_fifo()
    );
    assert_eq!(fs::read_dir(dir.path()).expect("lists").count(), 1);
}

#[test]
fn dev_null_stays_a_device() {
    let null = Path::new("/dev/null");
    assert_eq!(
        write_output(null, b"gone").expect("writes"),
        Delivered::ToStream
    );
    assert!(
        fs::metadata(null)
            .expect("exists")
            .file_type()
            .is_char_device()
    );
}

#[test]
fn what_cannot_take_a_report_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dangling = dir.path().join("dangling");
    symlink(dir.path().join("nowhere"), &dangling).expect("links");
    for (path, reason) in [
        (dir.path().to_owned(), "folder"),
        (dangling.clone(), "does not exist"),
    ] {
        let error = write_output(&path, b"x").expect_err("refused");
        let text = error.to_string();
        assert!(
            text.contains(reason) && text.contains("nothing was written"),
            "{text}"
        );
    }
    assert!(fs::symlink_metadata(&dangling).expect("kept").is_symlink());
    assert!(!dir.path().join("nowhere").exists());
}

#[test]
fn a_missing_folder_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("missing/report.md");
    let error = write_report(&path, "x").expect_err("no folder");
    assert!(error.contains("does not exist"), "{error}");
    assert!(error.starts_with(&path.display().to_string()), "{error}");
    let file = dir.path().join("file");
    write_report(&file, "first").expect("writes");
    let error = write_report(&file.join("report.md"), "x").expect_err("a file, not a folder");
    assert!(error.contains("is not a folder"), "{error}");
    assert_eq!(std::fs::read_to_string(&file).expect("reads"), "first");
}
