//! Managing the set of workspaces: list, find by name, create, rename, duplicate, delete.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{sync_folder, write_new};
use super::error::{IoAction, StoreError};
use super::lock::lock_folder;
use super::paths::{check_slug, slugify};
use super::{Store, encode_workspace};
use crate::workspace::{Change, Timestamp, Workspace};

/// One workspace file found in the data folder. A file that cannot be read is listed
/// with its error, so that the user sees it and can restore it.
#[derive(Debug)]
pub struct WorkspaceEntry {
    pub slug: String,
    pub path: PathBuf,
    pub workspace: Result<Workspace, StoreError>,
}

impl WorkspaceEntry {
    fn has_name(&self, name: &str) -> bool {
        self.workspace
            .as_ref()
            .is_ok_and(|workspace| same_name(&workspace.name, name))
    }

    fn sort_key(&self) -> (String, String) {
        let name = match &self.workspace {
            Ok(workspace) => workspace.name.to_lowercase(),
            Err(_) => self.slug.to_lowercase(),
        };
        (name, self.slug.clone())
    }
}

/// Workspace names are compared as people read them: ignoring case and outer spaces.
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Store {
    /// Every workspace file, sorted by name; damaged ones carry their error.
    pub fn list(&self) -> Result<Vec<WorkspaceEntry>, StoreError> {
        let folder = self.workspaces_dir();
        let list_error = |source| StoreError::io(&folder, IoAction::ListFolder, source);
        let mut entries = Vec::new();
        for found in fs::read_dir(&folder).map_err(list_error)? {
            let path = found.map_err(list_error)?.path();
            if path.extension().is_none_or(|extension| extension != "ron") {
                continue;
            }
            let stem = path.file_stem().unwrap_or_default();
            let slug = stem.to_string_lossy().into_owned();
            // Hidden files are not workspaces (temporary files are hidden).
            if slug.starts_with('.') {
                continue;
            }
            let workspace = if stem.to_str().is_some() {
                self.load(&slug)
            } else {
                Err(StoreError::InvalidName {
                    name: slug.clone(),
                    reason: "the file name is not valid UTF-8; rename the file",
                })
            };
            entries.push(WorkspaceEntry {
                slug,
                path,
                workspace,
            });
        }
        entries.sort_by_cached_key(WorkspaceEntry::sort_key);
        Ok(entries)
    }

    /// The slug of the workspace whose slug or name (ignoring case) is `name_or_slug`.
    pub fn resolve(&self, name_or_slug: &str) -> Result<String, StoreError> {
        let wanted = name_or_slug.trim();
        // Whatever is there, even a folder or a link: `load` then says what is wrong with it,
        // as `list` does, rather than "no workspace called ...".
        if check_slug(wanted).is_ok() && exists(&self.workspace_path(wanted)) {
            return Ok(wanted.to_owned());
        }
        let entries = self.list()?;
        match entries.iter().find(|entry| entry.has_name(wanted)) {
            Some(entry) => Ok(entry.slug.clone()),
            None => Err(StoreError::NotFound {
                name: wanted.to_owned(),
                available: entries.into_iter().map(|entry| entry.slug).collect(),
            }),
        }
    }

    /// Stores a new workspace and returns its slug, made from its name. A name already in
    /// use is refused; when only the slug is taken (two names that read alike, or a
    /// damaged file), the slug gets a number: `trial-2`.
    pub fn create(&self, workspace: &Workspace) -> Result<String, StoreError> {
        let name = checked_name(&workspace.name)?;
        let _creating = lock_folder(&self.workspaces_dir())?;
        if let Some(existing) = self.list()?.iter().find(|entry| entry.has_name(name)) {
            // Named as the existing workspace spells it, which may differ in case.
            let spelled = existing.workspace.as_ref().map_or(name, |w| &w.name);
            return Err(StoreError::AlreadyExists {
                name: spelled.to_owned(),
            });
        }
        self.store_new(workspace)
    }

    /// Writes a workspace under the first free slug made from its name: `trial`,
    /// `trial-2`, ... Never replaces an existing file, even one another process is
    /// creating at the same moment.
    fn store_new(&self, workspace: &Workspace) -> Result<String, StoreError> {
        let base = slugify(&workspace.name);
        let text = encode_workspace(&self.workspace_path(&base), workspace)?;
        let mut number = 1;
        loop {
            let slug = if number == 1 {
                base.clone()
            } else {
                format!("{base}-{number}")
            };
            number += 1;
            let path = self.workspace_path(&slug);
            // A leftover backup belongs to an older workspace: do not adopt it.
            if exists(&path) || exists(&self.backup_path(&slug)) {
                continue;
            }
            match write_new(&path, text.as_bytes()) {
                Ok(()) => return Ok(slug),
                // Another process took this slug a moment ago.
                Err(StoreError::Io { source, .. })
                    if source.kind() == io::ErrorKind::AlreadyExists => {}
                Err(error) => return Err(error),
            }
        }
    }

    /// Gives a workspace a new name and returns its new slug. The old file becomes the
    /// new one's backup; the old backup and lock file go. The rename is a change `by` the
    /// assessor, in the workspace's history.
    pub fn rename(&self, slug: &str, new_name: &str, by: &str) -> Result<String, StoreError> {
        check_slug(slug)?;
        let new_name = checked_name(new_name)?;
        let old_path = self.workspace_path(slug);
        let lock = self.lock(slug)?;
        let _creating = lock_folder(&self.workspaces_dir())?;
        let mut workspace = self.load(slug)?;
        let entries = self.list()?;
        if let Some(existing) = entries
            .iter()
            .find(|entry| entry.slug != slug && entry.has_name(new_name))
        {
            // Named as the existing workspace spells it, which may differ in case.
            let spelled = existing.workspace.as_ref().map_or(new_name, |w| &w.name);
            return Err(StoreError::AlreadyExists {
                name: spelled.to_owned(),
            });
        }
        rename_in(&mut workspace, new_name, by);
        if slugify(new_name) == slug {
            self.save(&lock, &workspace)?;
            return Ok(slug.to_owned());
        }
        let new_slug = self.store_new(&workspace)?;
        fs::rename(&old_path, self.backup_path(&new_slug))
            .map_err(|source| StoreError::io(&old_path, IoAction::Rename, source))?;
        remove_if_present(&self.backup_path(slug))?;
        remove_if_present(&self.lock_path(slug))?;
        sync_folder(&old_path)?;
        Ok(new_slug)
    }

    /// Copies a workspace under a new name and returns the copy's slug. The copy keeps the
    /// original's history (and its `created`): its rename is the first change of its own.
    pub fn duplicate(&self, slug: &str, new_name: &str, by: &str) -> Result<String, StoreError> {
        let mut workspace = self.load(slug)?;
        rename_in(&mut workspace, checked_name(new_name)?, by);
        self.create(&workspace)
    }

    /// Removes a workspace with its backup and lock file. Copies kept aside as damaged
    /// stay: they may be the only record of lost work.
    pub fn delete(&self, slug: &str) -> Result<(), StoreError> {
        check_slug(slug)?;
        let path = self.workspace_path(slug);
        if !exists(&path) {
            return Err(StoreError::NotFound {
                name: slug.to_owned(),
                available: self.list()?.into_iter().map(|entry| entry.slug).collect(),
            });
        }
        let _lock = self.lock(slug)?;
        fs::remove_file(&path).map_err(|source| StoreError::io(&path, IoAction::Remove, source))?;
        remove_if_present(&self.backup_path(slug))?;
        remove_if_present(&self.lock_path(slug))?;
        sync_folder(&path)
    }
}

/// Renames `workspace` through `apply`; a name differing only in outer spaces or in
/// nothing at all is no change.
fn rename_in(workspace: &mut Workspace, new_name: &str, by: &str) {
    let change = Change::Renamed {
        before: workspace.name.clone(),
        after: new_name.to_owned(),
    };
    // Refused only as no change: the name is already this.
    let _ = workspace.apply(change, by, Timestamp::now());
}

/// The name a workspace is stored under (without outer spaces), or why it cannot be one.
/// `tiaki validate` asks this too, so that it passes only names the store accepts.
pub fn checked_name(name: &str) -> Result<&str, StoreError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::InvalidName {
            name: name.to_owned(),
            reason: "a workspace needs a name",
        });
    }
    Ok(name)
}

fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

fn remove_if_present(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(StoreError::io(path, IoAction::Remove, source)),
    }
}
