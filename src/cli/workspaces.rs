//! `tiaki new`, `tiaki list` and `tiaki demo`: the set of workspaces in the data folder.

use std::io::Write;

use unicode_width::UnicodeWidthStr;

use super::CliError;
use super::consistency::known_catalogue;
use super::text::{pad, printable};
use crate::catalogue;
use crate::store::{Store, WorkspaceEntry};
use crate::workspace::{Timestamp, Workspace};

/// The demo workspace's file name, fixed so that `tiaki export demo` always finds it.
pub const DEMO_SLUG: &str = "demo";

pub fn new(store: &Store, name: &str, out: &mut impl Write) -> Result<(), CliError> {
    let workspace = Workspace::new(name, catalogue::builtin(), Timestamp::now());
    let slug = store.create(&workspace)?;
    writeln!(
        out,
        "created workspace \"{}\" at {}",
        printable(&workspace.name),
        store.workspace_path(&slug).display()
    )?;
    Ok(())
}

pub fn demo(store: &Store, force: bool, out: &mut impl Write) -> Result<(), CliError> {
    let path = store.workspace_path(DEMO_SLUG);
    if path.is_file() && !force {
        writeln!(
            out,
            "the demo workspace already exists at {} and was left as it is; open it with \
             `tiaki -- demo`, or recreate it with `tiaki demo --force`",
            path.display()
        )?;
        return Ok(());
    }
    let workspace = crate::demo::demo_workspace(catalogue::builtin(), Timestamp::now());
    // Saved under a fixed slug rather than one made from its name; `save` keeps any
    // previous demo as the backup.
    store.save(DEMO_SLUG, &workspace)?;
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
