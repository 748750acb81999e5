use super::*;

#[test]
fn digest_matches_a_known_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("e.txt");
    std::fs::write(&path, b"abc").expect("write");
    assert_eq!(
        sha256_file(&path).expect("hash"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn missing_files_and_folders_are_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(sha256_file(&dir.path().join("absent")).is_err());
    assert!(sha256_file(dir.path()).is_err());
}

#[test]
fn devices_and_pipes_are_refused_before_they_are_opened() {
    let error = sha256_file(Path::new("/dev/zero")).expect_err("a device");
    assert!(error.to_string().contains("not a regular file"), "{error}");
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    if made.is_ok_and(|status| status.success()) {
        // Opening a pipe with no writer would block this test for good.
        let error = sha256_file(&pipe).expect_err("a pipe");
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }
}

#[test]
fn progress_counts_up_to_the_size_in_chunks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big");
    // Sparse: three and a half chunks without writing them.
    let file = File::create(&path).expect("create");
    file.set_len(7 * CHUNK as u64 / 2).expect("size");
    let mut seen = Vec::new();
    let never = AtomicBool::new(false);
    sha256_file_with(&path, &never, |done, total| seen.push((done, total))).expect("hash");
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert_eq!(
        seen.last(),
        Some(&(7 * CHUNK as u64 / 2, 7 * CHUNK as u64 / 2))
    );
}

#[test]
fn a_cancel_stops_the_hashing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big");
    File::create(&path)
        .and_then(|file| file.set_len(8 * CHUNK as u64))
        .expect("sparse file");
    let cancel = AtomicBool::new(false);
    let mut chunks = 0;
    let outcome = sha256_file_with(&path, &cancel, |_, _| {
        chunks += 1;
        cancel.store(true, Ordering::Relaxed);
    });
    assert!(matches!(outcome, Err(HashError::Cancelled)), "{outcome:?}");
    assert_eq!(chunks, 1, "stopped after the chunk that asked");
}
