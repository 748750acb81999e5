//! `tiaki export` and `tiaki import`: a workspace out to JSON or RON in full, and back in
//! after checking it.

use std::io::Write;
use std::path::Path;

use super::CliError;
use super::args::ExportFormat;
use super::check::{NAME_HINT, read_checked_workspace};
use super::text::printable;
use crate::codec;
use crate::store::{Delivered, Store, StoreError, write_output};

pub fn export(
    store: &Store,
    name_or_slug: &str,
    format: ExportFormat,
    output: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let slug = store.resolve(name_or_slug)?;
    let workspace = store.load(&slug)?;
    let text = match format {
        ExportFormat::Json => codec::to_json(&workspace),
        ExportFormat::Ron => codec::to_ron(&workspace),
    }
    .map_err(|error| {
        CliError::new(format!(
            "{}: could not turn the workspace into text: {error} — this is a bug in tiaki",
            store.workspace_path(&slug).display()
        ))
    })?;
    match output {
        Some(path) => {
            store.check_output(path)?;
            // No note after an export streamed to `/dev/stdout`: it would spoil the JSON.
            if write_output(path, text.as_bytes())? == Delivered::ToFile {
                writeln!(
                    out,
                    "exported workspace \"{}\" to {}",
                    printable(&workspace.name),
                    path.display()
                )?;
            }
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}

pub fn import(
    store: &Store,
    file: &Path,
    name: Option<&str>,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let nothing = || "nothing was imported".to_owned();
    let workspace =
        read_checked_workspace(file, name).map_err(|error| error.with_details([nothing()]))?;
    // `create` never replaces a file: a workspace of the same name is refused, as is a
    // blank name.
    let slug = store.create(&workspace).map_err(|error| {
        let refused_name = matches!(
            error,
            StoreError::AlreadyExists { .. } | StoreError::InvalidName { .. }
        );
        let error = CliError::from(error);
        if refused_name {
            error.with_details([format!("{NAME_HINT}; {}", nothing())])
        } else {
            error.with_details([nothing()])
        }
    })?;
    writeln!(
        out,
        "imported workspace \"{}\" from {} as {}",
        printable(&workspace.name),
        file.display(),
        store.workspace_path(&slug).display()
    )?;
    Ok(())
}
