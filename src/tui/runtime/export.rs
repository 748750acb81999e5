//! Writing a report of the open workspace where the export dialog said, as `tiaki report`
//! would; a file already there is reported, not replaced, until the user agrees.

use std::path::{Path, PathBuf};

use crate::report::{self, Format};
use crate::scoring::ScoreOptions;
use crate::store::Store;
use crate::tui::outcome::Outcome;
use crate::tui::state::State;
use crate::workspace::Day;

/// Writes a report of the open workspace, dated today where the user is. A file already
/// there is reported rather than replaced, unless `replace` says the user agreed.
pub fn export(
    store: &Store,
    state: &State,
    format: Format,
    path: &str,
    replace: bool,
) -> Vec<Outcome> {
    let Some(session) = &state.session else {
        return Vec::new();
    };
    let day = report::local_day(state.clock.now());
    let folder = &state.export_folder;
    let target = target(path, folder, &session.slug, day, format);
    if !replace && target.exists() {
        return vec![Outcome::ExportExists { format, target }];
    }
    if let Err(error) = store.ensure_export_folder(folder) {
        return vec![Outcome::Failed(error.to_string())];
    }
    let options = report::Options {
        date: day,
        scoring: ScoreOptions::for_workspace(&session.workspace.decision, &state.derivation(), day),
        since: None,
    };
    let written = store
        .check_output(&target)
        .map_err(|error| error.to_string())
        .and_then(|()| {
            report::render_checked(
                state.catalogue,
                &session.workspace,
                options,
                &session.files,
                format,
            )
            .map_err(|error| {
                format!("Could not write the report: {error}. This is a bug in tiaki.")
            })
        })
        .and_then(|text| crate::store::write_report(&target, &text));
    vec![match written {
        Ok(_) => Outcome::Exported {
            format,
            path: std::path::absolute(&target).unwrap_or(target),
        },
        Err(error) => Outcome::Failed(error),
    }]
}

/// Where a report goes: `~/` is the home folder, a relative path is in the export
/// `folder`, and a folder gets the usual name.
pub fn target(path: &str, folder: &Path, slug: &str, day: Day, format: Format) -> PathBuf {
    let home = std::env::var_os("HOME").filter(|home| !home.is_empty());
    let path = match (path.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => folder.join(path),
    };
    if path.is_dir() {
        return path.join(format.file_name(slug, day));
    }
    path
}
