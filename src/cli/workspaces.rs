//! `tiaki new`, `tiaki list` and `tiaki demo`: the set of workspaces in the data folder.

use std::io::Write;

use unicode_width::UnicodeWidthStr;

use super::CliError;
use super::text::{pad, printable};
use crate::catalogue;
use crate::demo::{DEMO_SLUG, is_demo};
use crate::store::{Store, WorkspaceEntry};
use crate::workspace::known_catalogue;
use crate::workspace::{Timestamp, Workspace};

pub fn new(store: &Store, name: &str, by: &str, out: &mut impl Write) -> Result<(), CliError> {
    let workspace = Workspace::created_by(name, catalogue::builtin(), Timestamp::now(), by);
    let slug = store.create(&workspace)?;
    writeln!(
        out,
        "created workspace \"{}\" at {}",
        printable(&workspace.name),
        store.workspace_path(&slug).display()
    )?;
    Ok(())
}

/// Creates the demo, or with `force` puts it back as it was. Never replaces a workspace
/// that is not the demo (a user's "Demo" has the same file name), and holds the lock
/// from the check to the write, so no other tiaki changes the file in between.
pub fn demo(store: &Store, force: bool, out: &mut impl Write) -> Result<(), CliError> {
    let path = store.workspace_path(DEMO_SLUG);
    let lock = store.lock(DEMO_SLUG)?;
    match store.load(DEMO_SLUG) {
        Err(error) if error.is_not_found() => {}
        Ok(existing) if is_demo(&existing) => {
            if !force {
                writeln!(
                    out,
                    "the demo workspace already exists at {} and was left as it is; open it \
                     with `tiaki -- demo`, or recreate it with `tiaki demo --force`",
                    path.display()
                )?;
                return Ok(());
            }
        }
        Ok(existing) => {
            return Err(CliError::new(format!(
                "{}: this is your workspace \"{}\", not the demo, so `tiaki demo` left it \
                 alone — rename it in the workspace picker, then run `tiaki demo` again",
                path.display(),
                printable(&existing.name)
            )));
        }
        Err(error) => {
            return Err(CliError::from(error).with_details([
                "tiaki cannot tell whether that file is the demo, so `tiaki demo` left it alone"
                    .to_owned(),
            ]));
        }
    }
    let workspace = crate::demo::demo_workspace(catalogue::builtin(), Timestamp::now());
    // Saved under a fixed slug rather than one made from its name; `save` keeps any
    // previous demo as the backup.
    store.save(&lock, &workspace)?;
    writeln!(
        out,
        "created the demo workspace \"{}\" at {}; open it with `tiaki -- demo`",
        printable(&workspace.name),
        path.display()
    )?;
    Ok(())
}

pub fn list(store: &Store, out: &mut impl Write) -> Result<(), CliError> {
    let entries = store.list()?;
    if entries.is_empty() {
        writeln!(
            out,
            "no workspaces yet in {}; create one with `tiaki new NAME` or `tiaki demo`",
            store.root().display()
        )?;
        return Ok(());
    }
    let rows: Vec<[String; 5]> = entries.iter().map(row).collect();
    let header = ["NAME", "SLUG", "MODIFIED", "PROVIDERS", "ASSESSED"].map(str::to_owned);
    let widths: Vec<usize> = (0..header.len())
        .map(|column| {
            rows.iter()
                .chain([&header])
                .map(|row| row[column].width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, &width)| pad(cell, width))
            .collect();
        writeln!(out, "{}", line.join("  ").trim_end())?;
    }
    Ok(())
}

/// One line of `tiaki list`; a damaged file shows its error in place of the figures.
fn row(entry: &WorkspaceEntry) -> [String; 5] {
    let slug = printable(&entry.slug);
    match &entry.workspace {
        Ok(workspace) => {
            let progress = known_catalogue(&workspace.catalogue.id).map_or_else(
                || {
                    format!(
                        "? (unknown catalogue {})",
                        printable(&workspace.catalogue.id)
                    )
                },
                |catalogue| {
                    let progress = workspace.progress(catalogue);
                    format!(
                        "{}/{} ({}%)",
                        progress.assessed,
                        progress.total,
                        progress.percent()
                    )
                },
            );
            [
                printable(&workspace.name),
                slug,
                workspace.modified.short(),
                workspace.providers.len().to_string(),
                progress,
            ]
        }
        Err(error) => [
            "(damaged)".to_owned(),
            slug,
            String::new(),
            String::new(),
            printable(&format!("error: {error}")),
        ],
    }
}
