//! One tiaki per workspace: locks within this process and across processes.

use std::io::{self, BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use tiaki::store::{Store, StoreError};

use crate::{sample, temp_store, with_provider};

#[test]
fn a_second_lock_is_refused_and_names_the_holder() {
    let (_dir, store) = temp_store();
    let held = store.lock("demo").expect("first lock");
    // flock locks belong to an open file, so even this process is refused a second one.
    let error = store.lock("demo").expect_err("second lock");
    let message = error.to_string();
    assert!(
        message.contains(&format!(
            "workspace \"demo\" is open in another tiaki (pid {}); close it there first",
            std::process::id()
        )),
        "{message}"
    );
    assert!(
        matches!(error, StoreError::Locked { pid: Some(pid), .. } if pid == std::process::id())
    );
    drop(held);
    let _again = store.lock("demo").expect("released on drop");
}

/// Not a test on its own: run as a child process by the test below, it holds a lock
/// until its standard input closes.
#[test]
fn lock_holder_child() {
    let Ok(data) = std::env::var("TIAKI_TEST_LOCK_HOLDER") else {
        return;
    };
    let store = Store::open(Some(Path::new(&data))).expect("open");
    let _lock = store.lock("demo").expect("child lock");
    println!("locked");
    let mut line = String::new();
    let _ = io::stdin().read_line(&mut line);
}

#[test]
fn another_process_holding_a_workspace_blocks_changes_until_it_dies() {
    let (dir, store) = temp_store();
    store
        .save(&store.lock("demo").expect("lock"), &sample("Demo"))
        .expect("save");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "locking::lock_holder_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("TIAKI_TEST_LOCK_HOLDER", dir.path().join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().expect("child stdout");
    let locked = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|line| line.contains("locked"));
    assert!(locked, "the child never took the lock");

    let refusals = [
        store.lock("demo").map(drop),
        store.rename("demo", "Other", "Ana").map(drop),
        store.delete("demo"),
    ];
    for refusal in refusals {
        match refusal {
            Err(StoreError::Locked { pid, .. }) => assert_eq!(pid, Some(child.id())),
            other => panic!("expected Locked, got {other:?}"),
        }
    }
    assert_eq!(
        store.load("demo").expect("reading is allowed"),
        sample("Demo")
    );

    // Killed, not closed: the kernel must release the lock all the same.
    child.kill().expect("kill child");
    child.wait().expect("reap child");
    let _lock = store.lock("demo").expect("free once the holder died");
}

#[test]
fn the_holder_saves_and_other_writers_wait_for_it_even_in_this_process() {
    let (_dir, store) = temp_store();
    let lock = store.lock("demo").expect("lock");
    store.save(&lock, &sample("Demo")).expect("save");
    store
        .save(&lock, &with_provider(sample("Demo"), "X"))
        .expect("save again while holding the lock");
    // Renaming, deleting and restoring take the lock themselves, so they wait for its
    // holder to let go, whoever it is.
    for refusal in [
        store.rename("demo", "Demo two", "Ana").map(drop),
        store.delete("demo"),
        store.restore_backup("demo").map(drop),
    ] {
        assert!(
            matches!(refusal, Err(StoreError::Locked { .. })),
            "{refusal:?}"
        );
    }
    drop(lock);
    let renamed = store.rename("demo", "Demo two", "Ana").expect("rename");
    assert_eq!(renamed, "demo-two");
}
