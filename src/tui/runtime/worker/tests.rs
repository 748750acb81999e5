use std::time::{Duration, Instant};

use super::*;
use crate::workspace::EvidenceId;

fn entry() -> Evidence {
    Evidence::new(EvidenceId("evid-1".to_owned()), "SOC 2")
}

/// Every outcome the worker gives until it finishes (or a minute passes: a failure).
fn until_finished(worker: &Worker) -> Vec<Outcome> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut all = Vec::new();
    loop {
        let (outcomes, finished) = worker.outcomes();
        all.extend(outcomes);
        if finished {
            return all;
        }
        assert!(Instant::now() < deadline, "the worker never finished");
        thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_file_is_hashed_off_the_calling_thread_and_reported_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("soc2.pdf");
    std::fs::write(&path, "hello\n").expect("write");
    let worker = Worker::hash_file(entry(), path.clone(), "soc2.pdf".to_owned(), None);
    let outcomes = until_finished(&worker);
    let hashed: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| !matches!(o, Outcome::HashProgress(_)))
        .collect();
    let [
        Outcome::EvidenceHashed {
            result: Ok(Some(file)),
            ..
        },
    ] = hashed.as_slice()
    else {
        panic!("one answer with the file: {outcomes:?}");
    };
    assert_eq!(
        file.sha256,
        "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
    );
    assert_eq!(file.path, path.display().to_string());
}

#[test]
fn a_stopped_worker_says_so_and_saves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.pdf");
    // Sparse: 64 GiB that take no room, and far longer to hash than the test waits.
    std::fs::File::create(&path)
        .and_then(|file| file.set_len(64 << 30))
        .expect("sparse file");
    let worker = Worker::hash_file(entry(), path, "huge.pdf".to_owned(), None);
    worker.stop();
    let outcomes = until_finished(&worker);
    assert!(
        outcomes.iter().any(|o| matches!(
            o,
            Outcome::EvidenceHashed {
                result: Ok(None),
                ..
            }
        )),
        "{outcomes:?}"
    );
}
