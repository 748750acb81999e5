//! `tiaki verify-evidence`: hashes every file of a workspace's evidence library again and
//! says which are unchanged, changed since recorded, missing or unreadable, with the items
//! relying on each; expired entries and links to entries the library lacks are listed too.

use std::io::Write;

use super::text::printable;
use super::{CliError, EXIT_ATTENTION};
use crate::store::{self, Store};
use crate::workspace::{Day, FileState, Link, Workspace};

pub fn verify(
    store: &Store,
    name_or_slug: &str,
    date: Option<Day>,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let slug = store.resolve(name_or_slug)?;
    let workspace = store.load(&slug)?;
    let today = date.unwrap_or_else(Day::today);
    let found = store::check_workspace_evidence(&workspace);
    let mut troubled = 0;
    for entry in &workspace.evidence {
        let file = found.get(&entry.id);
        let expired = entry.is_expired(today);
        let state = match (file, &entry.file) {
            (Some(state), _) => state.label(),
            (None, _) => "no file",
        };
        let bad_file = file.is_some_and(|state| *state != FileState::Unchanged);
        troubled += usize::from(bad_file);
        let mut head = format!("{state:<22} {}  {}", entry.id, printable(&entry.title));
        if let (true, Some(last)) = (expired, entry.expires) {
            head = format!("{head}  (EXPIRED {last})");
        }
        writeln!(out, "{head}")?;
        if !bad_file && !expired {
            continue;
        }
        if let Some(recorded) = &entry.file {
            writeln!(out, "    file: {}", printable(&recorded.path))?;
            writeln!(out, "    recorded SHA-256: {}", recorded.sha256)?;
        }
        match file {
            Some(FileState::Changed { now }) => writeln!(out, "    SHA-256 now:      {now}")?,
            Some(FileState::Unreadable(why)) => writeln!(out, "    why: {}", printable(why))?,
            _ => {}
        }
        let links = workspace.evidence_links(&entry.id);
        writeln!(out, "    relied on by: {}", places(&workspace, &links))?;
    }
    let dangling = workspace.dangling_evidence_links();
    for (link, id) in &dangling {
        writeln!(
            out,
            "{:<22} {id}  linked from {}, but not in the evidence library",
            "unknown entry",
            places(&workspace, std::slice::from_ref(link))
        )?;
    }
    let expired = workspace
        .evidence
        .iter()
        .filter(|e| e.is_expired(today))
        .count();
    let summary = format!(
        "{} file{} checked: {} unchanged, {troubled} changed, missing or unreadable; {expired} \
         entr{} expired; {} link{} to unknown entries",
        found.len(),
        if found.len() == 1 { "" } else { "s" },
        found.len() - troubled,
        if expired == 1 { "y" } else { "ies" },
        dangling.len(),
        if dangling.len() == 1 { "" } else { "s" },
    );
    if troubled > 0 || !dangling.is_empty() {
        return Err(CliError::new(summary).with_exit_code(EXIT_ATTENTION));
    }
    writeln!(out, "{summary}")?;
    Ok(())
}

/// "Kōwhai Comms P2.1, Our readiness R1.2", or "no item".
fn places(workspace: &Workspace, links: &[Link]) -> String {
    if links.is_empty() {
        return "no item".to_owned();
    }
    links
        .iter()
        .map(|link| {
            let whose = printable(&workspace.subject_label(&link.subject));
            format!("{whose} {}", printable(&link.item))
        })
        .collect::<Vec<_>>()
        .join(", ")
}
