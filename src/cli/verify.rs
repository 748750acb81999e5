//! `tiaki verify WORKSPACE`: is the workspace what its history says, and is the history
//! as it was recorded? Prints OK with the count, or the first event that does not hold.

use std::io::Write;
use std::path::Path;

use super::CliError;
use super::text::printable;
use crate::store::{self, Store};
use crate::workspace::{Broken, Workspace};

/// Verifies a stored workspace by name or slug, or a workspace file by its path.
pub fn verify(store: &Store, workspace: &str, out: &mut impl Write) -> Result<(), CliError> {
    let path = Path::new(workspace);
    let loaded = if path.is_file() {
        store::read_workspace_file(path)?
    } else {
        store.load(&store.resolve(workspace)?)?
    };
    match loaded.verify_history() {
        Ok(verified) => {
            // Counted as the reports count: the baseline, then the changes after it.
            let changes = verified.events.saturating_sub(1);
            writeln!(
                out,
                "OK: \"{}\" is what its history says: {} {} (the baseline and {} {}), each \
                 chained to the one before; the history ends with {}",
                printable(&loaded.name),
                verified.events,
                if verified.events == 1 {
                    "event"
                } else {
                    "events"
                },
                changes,
                if changes == 1 { "change" } else { "changes" },
                verified.head
            )?;
            if verified.found {
                writeln!(
                    out,
                    "the history begins with the workspace as it was found (it was made \
                     before tiaki kept a history): what was done before that is not covered"
                )?;
            }
            Ok(())
        }
        Err(broken) => Err(CliError::new(format!(
            "\"{}\" does not verify: {}",
            printable(&loaded.name),
            printable(&named(&loaded, &broken))
        ))
        .with_details([
            "the workspace still opens; nothing was changed — compare it with its backup and \
             with printed reports, which quote the hash its history ended with"
                .to_owned(),
        ])),
    }
}

/// The broken event named by its place, time, assessor and what it did, when it can be
/// read.
fn named(workspace: &Workspace, broken: &Broken) -> String {
    let event = broken
        .event
        .and_then(|index| workspace.history.entries().get(index))
        .and_then(crate::workspace::Entry::decode);
    match (broken.event, event) {
        (Some(index), Some(event)) => format!(
            "event {index} ({} UTC · {} · {}): {}",
            event.at.short(),
            if event.by.is_empty() {
                "—"
            } else {
                &event.by
            },
            event.describe(workspace, "->"),
            broken.why
        ),
        _ => broken.to_string(),
    }
}
