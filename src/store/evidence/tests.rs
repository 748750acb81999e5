use super::*;
use crate::store::sha256_file;
use crate::workspace::{EvidenceFile, EvidenceId};

fn entry(id: &str, path: &Path, sha256: &str) -> Evidence {
    Evidence {
        file: Some(EvidenceFile {
            path: path.display().to_string(),
            sha256: sha256.to_owned(),
        }),
        ..Evidence::new(EvidenceId(id.to_owned()), id.to_owned())
    }
}

#[test]
fn each_file_is_found_unchanged_changed_missing_or_unreadable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let same = dir.path().join("same.pdf");
    let edited = dir.path().join("edited.pdf");
    std::fs::write(&same, "kept").expect("write");
    std::fs::write(&edited, "before").expect("write");
    let recorded = sha256_file(&edited).expect("hash");
    std::fs::write(&edited, "after").expect("write");
    let entries = [
        entry("evid-same", &same, &sha256_file(&same).expect("hash")),
        entry("evid-edit", &edited, &recorded),
        entry("evid-gone", &dir.path().join("gone.pdf"), &recorded),
        entry("evid-dir", dir.path(), &recorded),
    ];
    let never = AtomicBool::new(false);
    let mut steps = Vec::new();
    let states = check_evidence(&entries, &never, |step| steps.push(step)).expect("not cancelled");
    let state = |id: &str| states.get(&EvidenceId(id.to_owned())).expect("checked");
    assert_eq!(state("evid-same"), &FileState::Unchanged);
    assert_eq!(
        state("evid-edit"),
        &FileState::Changed {
            now: sha256_file(&edited).expect("hash")
        }
    );
    assert_eq!(state("evid-gone"), &FileState::Missing);
    assert!(matches!(state("evid-dir"), FileState::Unreadable(why) if why.contains("folder")));
    assert!(steps.iter().all(|step| step.files == 4));
}

#[test]
fn a_cancelled_check_gives_no_verdict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("f");
    std::fs::write(&file, "x").expect("write");
    let cancel = AtomicBool::new(true);
    assert_eq!(
        check_evidence(&[entry("evid-1", &file, "00")], &cancel, |_| {}),
        None
    );
}
