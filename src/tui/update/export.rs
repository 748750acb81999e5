//! The export dialog (`E`): a format and a file, offered in the export folder under its
//! full path; the runtime writes the report as `tiaki report` would; `update` asks before
//! replacing a file, and says where.

use std::path::Path;

use super::Refusal;
use crate::report::{Format, local_day};
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Overlay, State};
use crate::tui::widgets::form::Form;

/// Offered first: the format a manager opens and prints.
const DEFAULT: Format = Format::Html;

/// The dialog's fields.
const FORMAT: usize = 0;
const FILE: usize = 1;

pub fn open(state: &mut State) -> Vec<Effect> {
    let Some(session) = &state.session else {
        state.fail("Open a workspace first: a report is of one workspace.");
        return Vec::new();
    };
    let day = local_day(state.clock.now());
    let labels = Format::ALL.iter().map(|format| format.label()).collect();
    let chosen = Format::ALL.iter().position(|f| *f == DEFAULT).unwrap_or(0);
    let path = state
        .export_folder
        .join(DEFAULT.file_name(&session.slug, day));
    let form = Form::new("Export a report")
        .choice("Format", labels, chosen)
        .text("File", &path.display().to_string());
    state
        .overlays
        .push(Overlay::Form(Box::new(form), FormPurpose::Export));
    Vec::new()
}

/// After a key in the dialog: a new format gives the file its name (when it had the usual
/// one) or at least its extension, so the path shown is the path written.
pub fn follow_format(state: &mut State) {
    let (Some(session), Some(Overlay::Form(form, FormPurpose::Export))) =
        (&state.session, state.overlays.last_mut())
    else {
        return;
    };
    if form.focus() != FORMAT {
        return;
    }
    let format = chosen(form);
    let day = local_day(state.clock.now());
    let path = form.value(FILE);
    let usual = Format::ALL
        .iter()
        .any(|f| path.ends_with(&f.file_name(&session.slug, day)));
    let followed = match Path::new(&path).parent() {
        Some(folder) if usual => folder
            .join(format.file_name(&session.slug, day))
            .display()
            .to_string(),
        _ => with_extension(&path, format),
    };
    if followed != path {
        form.set_text(FILE, &followed);
    }
}

fn chosen(form: &Form) -> Format {
    Format::ALL
        .get(form.selected(FORMAT))
        .copied()
        .unwrap_or(DEFAULT)
}

/// Turns the submitted dialog into the export; the file gets the chosen format's extension.
pub fn submit(form: &Form) -> Result<Vec<Effect>, Refusal> {
    let format = chosen(form);
    let path = form.value(FILE);
    if path.is_empty() {
        return Err(("Give the file to write, e.g. report.html.".to_owned(), FILE));
    }
    Ok(vec![Effect::Export {
        format,
        path: with_extension(&path, format),
        replace: false,
    }])
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

#[cfg(test)]
mod tests;
