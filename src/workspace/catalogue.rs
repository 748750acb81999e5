//! Which catalogue a workspace follows, and whether this build knows it. Every front end
//! asks here, so the TUI, `tiaki list` and `tiaki report` treat a workspace that follows
//! an unknown catalogue alike: listed, marked, and never scored against another one.

use std::path::{Path, PathBuf};

use super::model::Workspace;
use crate::catalogue::{self, Catalogue};
use crate::text::one_line;

/// The catalogues this build can assess against; user catalogues will join the built-in.
pub fn known_catalogue(id: &str) -> Option<&'static Catalogue> {
    Some(catalogue::builtin()).filter(|catalogue| catalogue.id == id)
}

/// A workspace read from `path` follows catalogue `id`, which this build does not know:
/// it cannot be opened, scored or reported on. The message starts with the file and ends
/// with what to do, as the store's do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{}: the workspace follows catalogue `{}`, which this build does not know (it knows `{}`) \
     — open it with a tiaki that has that catalogue; the file was left untouched",
    path.display(),
    one_line(id, false),
    catalogue::builtin().id
)]
pub struct UnknownCatalogue {
    pub path: PathBuf,
    pub id: String,
}

impl Workspace {
    /// The catalogue this workspace follows, when this build knows it.
    pub fn known_catalogue(&self) -> Option<&'static Catalogue> {
        known_catalogue(&self.catalogue.id)
    }

    /// The catalogue to open, score or report this workspace with; `path` is the file it
    /// was read from, for the message when this build does not know the catalogue.
    pub fn catalogue_to_use(&self, path: &Path) -> Result<&'static Catalogue, UnknownCatalogue> {
        self.known_catalogue().ok_or_else(|| UnknownCatalogue {
            path: path.to_owned(),
            id: self.catalogue.id.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::Timestamp;

    fn workspace(catalogue: &str) -> Workspace {
        let now = Timestamp::parse("2026-11-28T09:30:00Z").expect("valid timestamp");
        let mut workspace = Workspace::new("w", catalogue::builtin(), now);
        catalogue.clone_into(&mut workspace.catalogue.id);
        workspace
    }

    #[test]
    fn the_builtin_catalogue_is_known() {
        let builtin = catalogue::builtin();
        let found = workspace(&builtin.id)
            .catalogue_to_use(Path::new("/d/workspaces/w.ron"))
            .expect("known");
        assert!(std::ptr::eq(found, builtin));
    }

    #[test]
    fn an_unknown_catalogue_is_refused_naming_the_file_and_what_to_do() {
        let error = workspace("acme-custom\x1b[2J")
            .catalogue_to_use(Path::new("/d/workspaces/demo.ron"))
            .expect_err("unknown");
        assert_eq!(
            error.to_string(),
            "/d/workspaces/demo.ron: the workspace follows catalogue `acme-custom␛[2J`, which \
             this build does not know (it knows `nz-ncsc-svvm`) — open it with a tiaki that \
             has that catalogue; the file was left untouched"
        );
    }
}
