//! The export dialog (`E`): a format and a file, then the runtime writes the report as
//! `tiaki report` would and says where.

use std::path::{Path, PathBuf};

use super::Refusal;
use crate::report::{Format, local_day};
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Overlay, State};
use crate::tui::widgets::form::Form;
use crate::workspace::Day;

/// Offered first: the format a manager opens and prints.
const DEFAULT: Format = Format::Html;

pub fn open(state: &mut State) -> Vec<Effect> {
    let Some(session) = &state.session else {
        state.fail("Open a workspace first: a report is of one workspace.");
        return Vec::new();
    };
    let day = local_day(state.clock.now());
    let labels = Format::ALL.iter().map(|format| format.label()).collect();
    let chosen = Format::ALL.iter().position(|f| *f == DEFAULT).unwrap_or(0);
    let form = Form::new("Export a report")
        .choice("Format", labels, chosen)
        .text("File", &file_name(&session.slug, day, DEFAULT));
    state
        .overlays
        .push(Overlay::Form(Box::new(form), FormPurpose::Export));
    Vec::new()
}

/// Turns the submitted dialog into the export; the file gets the chosen format's extension.
pub fn submit(form: &Form) -> Result<Vec<Effect>, Refusal> {
    let format = Format::ALL
        .get(form.selected(0))
        .copied()
        .unwrap_or(DEFAULT);
    let path = form.value(1);
    if path.is_empty() {
        return Err(("Give the file to write, e.g. report.html.".to_owned(), 1));
    }
    Ok(vec![Effect::Export {
        format,
        path: with_extension(&path, format),
    }])
}

/// "demo-report-2026-11-28.html".
pub fn file_name(slug: &str, day: Day, format: Format) -> String {
    format!("{slug}-report-{day}.{}", format.extension())
}

/// The path with `format`'s extension: kept when right, swapped when it is another report
/// format's (the default name after the format was changed), added otherwise. A folder
/// (ending in `/`) is left for the runtime to name the file in.
fn with_extension(path: &str, format: Format) -> String {
    let wanted = format.extension();
    if path.ends_with('/') {
        return path.to_owned();
    }
    let current = Path::new(path).extension().and_then(|ext| ext.to_str());
    match current {
        Some(ext) if ext.eq_ignore_ascii_case(wanted) => path.to_owned(),
        Some(ext)
            if Format::ALL
                .iter()
                .any(|other| other.extension().eq_ignore_ascii_case(ext)) =>
        {
            format!("{}.{wanted}", &path[..path.len() - ext.len() - 1])
        }
        _ => format!("{path}.{wanted}"),
    }
}

/// Where the runtime writes: `~/` is the home folder, and a folder gets the usual name.
pub fn target(path: &str, slug: &str, day: Day, format: Format) -> PathBuf {
    let home = std::env::var_os("HOME").filter(|home| !home.is_empty());
    let path = match (path.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    };
    if path.is_dir() {
        return path.join(file_name(slug, day, format));
    }
    path
}

#[cfg(test)]
mod tests;
