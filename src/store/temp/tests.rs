use super::*;

#[test]
fn names_say_whose_they_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let temp = create(dir.path(), OsStr::new("demo.ron")).expect("creates");
    let name = temp.path().file_name().expect("a name").to_owned();
    let text = name.to_string_lossy();
    assert!(
        text.starts_with(&format!(".demo.ron.tiaki-{}-", std::process::id())),
        "{text}"
    );
    assert_eq!(
        parse(&name),
        Some((OsStr::new("demo.ron"), std::process::id()))
    );
}

#[test]
fn only_tiaki_temporary_files_are_recognised() {
    for name in [
        "demo.ron",
        ".demo.ron.tmp",
        ".demo.ron.tiaki-12-.tmp",
        ".demo.ron.tiaki-x1-abc.tmp",
        "demo.ron.tiaki-12-abc.tmp",
        ".demo.ron.tiaki-12-abc",
    ] {
        assert_eq!(parse(OsStr::new(name)), None, "{name}");
    }
    assert_eq!(
        parse(OsStr::new(".a.tiaki-b.tiaki-7-xyz.tmp")),
        Some((OsStr::new("a.tiaki-b"), 7))
    );
}

/// A pid no process can have: above the largest `pid_max` Linux allows (2^22).
const DEAD_PID: u32 = 4_000_000_000;

#[test]
fn a_dead_process_s_files_go_and_everything_else_stays() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dead = DEAD_PID;
    let stale = [
        format!(".a.ron.tiaki-{dead}-abc123.tmp"),
        format!(".settings.ron.tiaki-{dead}-zzz.tmp"),
    ];
    let kept = ["a.ron", ".a.ron.tmp", "a.ron.bak", "notes.txt"];
    for name in stale.iter().map(String::as_str).chain(kept) {
        fs::write(dir.path().join(name), "x").expect("writes");
    }
    let live = create(dir.path(), OsStr::new("a.ron")).expect("a live one's");

    assert_eq!(remove_stale(dir.path(), Some(OsStr::new("b.ron"))), 0);
    assert_eq!(remove_stale(dir.path(), None), 2);
    let mut left: Vec<String> = fs::read_dir(dir.path())
        .expect("lists")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into())
        .collect();
    left.sort();
    let mut expected: Vec<String> = kept.iter().map(|&name| name.to_owned()).collect();
    expected.push(
        live.path()
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into(),
    );
    expected.sort();
    assert_eq!(left, expected);
}

#[test]
fn a_locked_file_is_never_removed_even_when_its_pid_looks_dead() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(format!(".a.ron.tiaki-{DEAD_PID}-abc.tmp"));
    let file = File::create(&path).expect("creates");
    file.lock().expect("locks");
    // Another open file description, as another process has: the lock holds it off.
    assert!(!remove_if_abandoned(&path));
    assert!(path.exists());
    drop(file);
    assert!(remove_if_abandoned(&path));
    assert!(!path.exists());
}
