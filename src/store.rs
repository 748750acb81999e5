//! Where tiaki's state lives on disk: one pretty RON file per workspace under
//! `<data dir>/workspaces/`, plus `settings.ron`. Every write is atomic and keeps the
//! previous generation as `<slug>.ron.bak`; a damaged file is never overwritten without a
//! copy being kept; files are 0600 and folders 0700.
//!
//! The store never draws anything: front ends show its errors, which are one line each.

mod atomic;
mod backup;
mod crash;
mod error;
mod evidence;
mod file;
mod hash;
mod lock;
mod manage;
mod output;
mod paths;
mod settings;
mod temp;
mod workspace_text;

use std::path::{Path, PathBuf};

pub use atomic::{write_atomic, write_atomic_with};
pub use crash::write_crash_report;
pub use error::{IoAction, StoreError};
pub use evidence::{CheckProgress, check_evidence, check_workspace_evidence, entries_with_files};
pub use file::{read_bounded, read_workspace_file};
pub use hash::{HashError, sha256_file, sha256_file_with};
pub use lock::WorkspaceLock;
pub use manage::{WorkspaceEntry, checked_name};
pub use output::{Delivered, write_output, write_report};
pub use paths::slugify;
pub use settings::Settings;

use crate::codec::{self, MAX_FILE_BYTES};
use crate::workspace::Workspace;
use file::{Format, Parsed, decode, parse_workspace, read_own};
use paths::{check_slug, ensure_private_dir, with_suffix};

const WORKSPACES_DIR: &str = "workspaces";
const SETTINGS_FILE: &str = "settings.ron";
/// The TUI's exports, unless the settings name another folder.
const EXPORTS_DIR: &str = "exports";

/// The data folder and everything in it.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    /// Opens the data folder: `data_dir` (from `--data-dir` or `TIAKI_DATA_DIR`), else the
    /// platform's config folder for tiaki. Creates it and `workspaces/` with mode 0700; an
    /// existing `workspaces/` is tightened to 0700, but a folder the user named is left as
    /// it is.
    pub fn open(data_dir: Option<&Path>) -> Result<Store, StoreError> {
        let root = match data_dir {
            Some(dir) => std::path::absolute(dir)
                .map_err(|source| StoreError::io(dir, IoAction::CreateFolder, source))?,
            None => paths::default_root()?,
        };
        ensure_private_dir(&root, data_dir.is_none())?;
        ensure_private_dir(&root.join(WORKSPACES_DIR), true)?;
        crash::remember_folder(&root);
        let store = Store { root };
        store.remove_stale_temporary_files();
        Ok(store)
    }

    /// What earlier runs that crashed mid-write left behind (never a live process's).
    fn remove_stale_temporary_files(&self) {
        temp::remove_stale(&self.root, None);
        temp::remove_stale(&self.workspaces_dir(), None);
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn workspaces_dir(&self) -> PathBuf {
        self.root.join(WORKSPACES_DIR)
    }

    /// `<root>/workspaces/<slug>.ron`. Slugs come from `slugify`, `resolve` or `list`.
    pub fn workspace_path(&self, slug: &str) -> PathBuf {
        self.workspaces_dir().join(format!("{slug}.ron"))
    }

    /// The previous generation of a workspace: `<slug>.ron.bak`.
    pub fn backup_path(&self, slug: &str) -> PathBuf {
        with_suffix(&self.workspace_path(slug), ".bak")
    }

    fn lock_path(&self, slug: &str) -> PathBuf {
        self.workspaces_dir().join(format!("{slug}.lock"))
    }

    /// Where the TUI's export writes: the folder the settings name, else `exports/` in
    /// the data folder.
    pub fn export_folder(&self, settings: &Settings) -> PathBuf {
        settings
            .export_folder
            .clone()
            .unwrap_or_else(|| self.root.join(EXPORTS_DIR))
    }

    /// Creates the default export folder (0700, like the data folder) the first time
    /// something is exported there; a folder the user named is theirs to create.
    pub fn ensure_export_folder(&self, folder: &Path) -> Result<(), StoreError> {
        if folder == self.root.join(EXPORTS_DIR) {
            ensure_private_dir(folder, true)?;
        }
        Ok(())
    }

    fn settings_path(&self) -> PathBuf {
        self.root.join(SETTINGS_FILE)
    }

    /// Refuses `path` as the target of an export or report when it is one of tiaki's own
    /// files: anything in `workspaces/` (workspaces, backups, locks) or the settings. Checked
    /// after following links, so no other name for those files gets past it either.
    pub fn check_output(&self, path: &Path) -> Result<(), StoreError> {
        let real = |path: &Path| {
            std::fs::canonicalize(path)
                .ok()
                .or_else(|| {
                    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
                    let folder = std::fs::canonicalize(folder.unwrap_or(Path::new("."))).ok()?;
                    Some(folder.join(path.file_name()?))
                })
                .unwrap_or_else(|| path.to_path_buf())
        };
        let target = real(path);
        let workspaces = real(&self.workspaces_dir());
        if target.starts_with(&workspaces) || target == real(&self.settings_path()) {
            return Err(StoreError::OwnFile {
                path: path.to_path_buf(),
                kept_in: self.root.clone(),
            });
        }
        Ok(())
    }

    /// Reads a workspace. A damaged file is left untouched and its error offers the
    /// backup when there is one; a link, folder or FIFO in its place is refused unopened.
    pub fn load(&self, slug: &str) -> Result<Workspace, StoreError> {
        check_slug(slug)?;
        let path = self.workspace_path(slug);
        let bytes = read_own(&path).map_err(|error| self.offer_backup(slug, error))?;
        let Parsed { workspace, found } = parse_workspace(&path, &bytes, Format::Ron)
            .map_err(|error| self.offer_backup(slug, error))?;
        if workspace.schema_version > found {
            // Migrated as read: the file as it was is kept once, beside it, for good.
            backup::keep_original(&self.original_path(slug, found), &bytes)?;
        }
        Ok(workspace)
    }

    /// Where a workspace file is kept as it was before a migration from `version`.
    pub fn original_path(&self, slug: &str, version: u32) -> PathBuf {
        self.workspace_path(slug)
            .with_extension(format!("ron.schema-{version}"))
    }

    fn offer_backup(&self, slug: &str, error: StoreError) -> StoreError {
        match error {
            StoreError::Parse {
                path,
                line,
                column,
                message,
                backup: None,
            } => {
                let backup = self.backup_path(slug);
                StoreError::Parse {
                    path,
                    line,
                    column,
                    message,
                    backup: backup.is_file().then_some(backup),
                }
            }
            other => other,
        }
    }

    /// Writes a workspace atomically. The file it replaces becomes the backup; if that
    /// file was unreadable, it is kept aside as `<slug>.ron.damaged-<time>` instead and the
    /// backup is left alone. Only the holder of the workspace's lock may write it, and it
    /// should have taken the lock before reading what it changed.
    pub fn save(&self, lock: &WorkspaceLock, workspace: &Workspace) -> Result<(), StoreError> {
        let slug = lock.slug();
        check_slug(slug)?;
        let path = self.workspace_path(slug);
        let text = encode_workspace(&path, workspace)?;
        if backup::keep_previous_generation(&path, &self.backup_path(slug), text.as_bytes())?
            == backup::Previous::Identical
        {
            return Ok(());
        }
        write_atomic(&path, text.as_bytes())
    }

    /// Takes the workspace for this process until the guard drops (or the process ends).
    pub fn lock(&self, slug: &str) -> Result<WorkspaceLock, StoreError> {
        check_slug(slug)?;
        WorkspaceLock::acquire(slug, &self.lock_path(slug), &self.workspace_path(slug))
    }

    /// The user's settings; the defaults when there is no settings file yet.
    pub fn load_settings(&self) -> Result<Settings, StoreError> {
        let path = self.settings_path();
        match read_own(&path) {
            Ok(bytes) => decode(&path, &bytes, Format::Ron),
            Err(error) if is_not_found(&error) => Ok(Settings::default()),
            Err(error) => Err(error),
        }
    }

    /// Writes the settings. A settings file that cannot be read is first kept as
    /// `settings.ron.damaged-<time>`: it may hold preferences the user wants back.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        let path = self.settings_path();
        let text = encode(&path, settings)?;
        match read_own(&path) {
            Ok(bytes) => {
                if decode::<Settings>(&path, &bytes, Format::Ron).is_err() {
                    backup::keep_aside(&path)?;
                }
            }
            Err(StoreError::Parse { .. }) => backup::keep_aside(&path)?,
            Err(error) if is_not_found(&error) => {}
            Err(error) => return Err(error),
        }
        write_atomic(&path, text.as_bytes())
    }
}

/// The text of a file tiaki writes, refused when it would be larger than tiaki reads:
/// a file tiaki wrote must never be one it then calls damaged.
fn encode<T: serde::Serialize>(path: &Path, value: &T) -> Result<String, StoreError> {
    within_limit(path, codec::to_ron(value))
}

/// As `encode`, for a workspace: its history written as raw strings (fast to write and
/// read).
pub(crate) fn encode_workspace(path: &Path, workspace: &Workspace) -> Result<String, StoreError> {
    within_limit(path, workspace_text::workspace_text(workspace))
}

/// The encoded text for `path`, or why it cannot be written: encoding failed, or the text
/// is larger than tiaki reads back.
fn within_limit(
    path: &Path,
    encoded: Result<String, codec::DecodeError>,
) -> Result<String, StoreError> {
    let text = encoded.map_err(|error| StoreError::Encode {
        path: path.to_owned(),
        message: error.message,
    })?;
    if text.len() > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
            length: text.len() as u64,
        });
    }
    Ok(text)
}

fn is_not_found(error: &StoreError) -> bool {
    error.is_not_found()
}
