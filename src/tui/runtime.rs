//! Performs the effects `update` asks for, through the store, and reports the outcome back
//! into the state. The only part of the TUI that touches files.

use std::path::{Path, PathBuf};

use super::effect::Effect;
use super::state::{Confirm, FormPurpose, Overlay, Pending, PickerEntry, SaveState, State};
use super::update;
use super::update::picker::name_form;
use crate::digest::sha256_file;
use crate::report::{self, Format};
use crate::scoring::ScoreOptions;
use crate::store::{Settings, Store, StoreError, WorkspaceLock};
use crate::workspace::{EvidenceFile, Workspace};

/// What a workspace opened read-only means for the user's changes.
const READ_ONLY: &str = "Changes stay on screen but cannot be saved; to change it, copy the \
                         workspace to a folder you may write to (tiaki export / import).";

pub struct Runtime {
    pub store: Store,
    pub settings: Settings,
    /// Held while a workspace is open, so a second tiaki cannot write it too.
    lock: Option<WorkspaceLock>,
}

impl Runtime {
    pub fn new(store: Store, settings: Settings) -> Self {
        Self {
            store,
            settings,
            lock: None,
        }
    }

    pub fn perform(&mut self, state: &mut State, effect: Effect) {
        match effect {
            Effect::SaveWorkspace => self.save(state),
            Effect::SaveSettings => self.save_settings(state),
            Effect::SaveAssessor(name) => {
                self.settings.assessor = name;
                self.save_settings(state);
            }
            Effect::ListWorkspaces => self.list(state),
            Effect::OpenWorkspace(slug) => self.open(state, &slug),
            Effect::CreateWorkspace(name) => {
                let workspace = Workspace::new(&name, state.catalogue, state.clock.now());
                match self.store.create(&workspace) {
                    Ok(slug) => self.open(state, &slug),
                    Err(error) => name_failed(state, FormPurpose::NewWorkspace, &name, error),
                }
            }
            Effect::RenameWorkspace { slug, name } => self.rename(state, &slug, &name),
            Effect::DuplicateWorkspace { slug, name } => {
                match self.store.duplicate(&slug, &name, &state.assessor) {
                    Ok(copy) => {
                        state.inform(format!("Copied to \"{name}\"."));
                        self.list(state);
                        select(state, &copy);
                    }
                    Err(error) => {
                        name_failed(state, FormPurpose::DuplicateWorkspace(slug), &name, error);
                    }
                }
            }
            Effect::DeleteWorkspace(slug) => {
                if state.session.as_ref().is_some_and(|s| s.slug == slug) {
                    self.close(state);
                }
                match self.store.delete(&slug) {
                    Ok(()) => state.inform("Workspace deleted."),
                    Err(error) => state.fail(error.to_string()),
                }
                self.list(state);
            }
            Effect::RestoreBackup(slug) => match self.store.restore_backup(&slug) {
                Ok(_) => self.open(state, &slug),
                Err(error) => state.fail(error.to_string()),
            },
            Effect::OpenDemo => self.open_demo(state),
            Effect::AttachEvidenceFile {
                subject,
                item,
                mut evidence,
                path,
            } => {
                let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned());
                let file = evidence_path(&path, home.as_deref());
                let outcome = match sha256_file(&file) {
                    Ok(sha256) => {
                        let path = file.display().to_string();
                        evidence.file = Some(EvidenceFile { path, sha256 });
                        Ok(evidence)
                    }
                    Err(error) => Err(format!(
                        "Cannot read {path} ({error}). Correct the path, or clear it to add the evidence without a file."
                    )),
                };
                let effects = update::review::evidence_file_read(state, &subject, &item, outcome);
                for effect in effects {
                    self.perform(state, effect);
                }
            }
            Effect::Export {
                format,
                path,
                replace,
            } => export(&self.store, state, format, &path, replace),
        }
    }

    /// Writes the open workspace; a failure is shown and the change stays in memory, to be
    /// tried again with the next key press (or after a pause, see app.rs).
    fn save(&mut self, state: &mut State) {
        let Some(session) = &state.session else {
            return;
        };
        let Some(lock) = &self.lock else {
            state.save = SaveState::Failed(format!("the workspace is open read-only. {READ_ONLY}"));
            return;
        };
        state.save = match self.store.save(lock, &session.workspace) {
            Ok(()) => {
                state.unsaved_changes = 0;
                SaveState::Saved(state.clock.now())
            }
            Err(error) => SaveState::Failed(error.to_string()),
        };
    }

    fn save_settings(&mut self, state: &mut State) {
        self.settings.last_workspace = state.session.as_ref().map(|s| s.slug.clone());
        if let Err(error) = self.store.save_settings(&self.settings) {
            state.fail(error.to_string());
        }
    }

    fn list(&mut self, state: &mut State) {
        match self.store.list() {
            Ok(entries) => {
                state.picker.entries = entries
                    .into_iter()
                    .map(|entry| match entry.workspace {
                        // Read, so it has a modification time, but it cannot be opened:
                        // the error says why (see `views::picker`).
                        Ok(workspace) => match workspace.catalogue_to_use(&entry.path) {
                            Ok(catalogue) => {
                                let progress = workspace.progress(catalogue);
                                PickerEntry {
                                    slug: entry.slug,
                                    name: workspace.name,
                                    modified: Some(workspace.modified),
                                    providers: workspace.providers.len(),
                                    progress: (progress.assessed, progress.total),
                                    error: None,
                                }
                            }
                            Err(unknown) => PickerEntry {
                                slug: entry.slug,
                                name: workspace.name,
                                modified: Some(workspace.modified),
                                providers: workspace.providers.len(),
                                progress: (0, 0),
                                error: Some(unknown.to_string()),
                            },
                        },
                        Err(error) => PickerEntry {
                            name: entry.slug.clone(),
                            slug: entry.slug,
                            modified: None,
                            providers: 0,
                            progress: (0, 0),
                            error: Some(error.to_string()),
                        },
                    })
                    .collect();
                let count = state.picker.entries.len();
                state.picker.selected = state.picker.selected.min(count.saturating_sub(1));
            }
            Err(error) => state.fail(error.to_string()),
        }
    }

    fn open(&mut self, state: &mut State, slug: &str) {
        if state.session.as_ref().is_some_and(|s| s.slug == slug) {
            state.picker_open = false;
            return;
        }
        // Let go of the current workspace first: re-opening it must not lock us out.
        self.close(state);
        let lock = self.store.lock(slug);
        self.open_with(state, slug, lock);
    }

    /// Opens `slug` given the outcome of taking its lock. A folder tiaki may not write to
    /// (read-only media, permissions) still lets the workspace be read: it opens read-only
    /// and says so, and its saves fail with the reason.
    fn open_with(
        &mut self,
        state: &mut State,
        slug: &str,
        lock: Result<WorkspaceLock, StoreError>,
    ) {
        let (lock, read_only) = match lock {
            Ok(lock) => (Some(lock), None),
            Err(error) if error.is_unwritable_folder() => (None, Some(error)),
            Err(error) => {
                state.fail(error.to_string());
                self.list(state);
                return;
            }
        };
        match self.store.load(slug) {
            // Scored against another catalogue, every figure would be wrong: refused, as
            // `tiaki report` refuses it, and marked in the picker as `tiaki list` marks it.
            Ok(workspace) => match workspace.catalogue_to_use(&self.store.workspace_path(slug)) {
                Ok(catalogue) => {
                    self.lock = lock;
                    state.catalogue = catalogue;
                    update::workspace_opened(state, slug.to_owned(), workspace);
                    self.save_settings(state);
                    if let Some(error) = read_only {
                        state.fail(format!("Opened read-only: {error}. {READ_ONLY}"));
                    }
                }
                Err(unknown) => {
                    state.fail(unknown.to_string());
                    self.list(state);
                }
            },
            Err(error) => {
                let offer_backup = matches!(error, StoreError::Parse { .. })
                    && self.store.backup_path(slug).exists();
                state.fail(error.to_string());
                if offer_backup {
                    state.overlays.push(Overlay::Confirm(Confirm {
                        title: "Damaged workspace".to_owned(),
                        message: format!(
                            "{error}. Restore the previous generation from its backup? The damaged file is kept beside it."
                        ),
                        on_yes: Pending::RestoreBackup(slug.to_owned()),
                    }));
                }
                self.list(state);
            }
        }
    }

    fn close(&mut self, state: &mut State) {
        state.session = None;
        state.save = SaveState::Clean;
        state.unsaved_changes = 0;
        self.lock = None;
    }

    /// Renames a workspace; the open one is let go for the move and opened again under
    /// its new name (or its old one, when the store refused).
    fn rename(&mut self, state: &mut State, slug: &str, name: &str) {
        let was_open = state.session.as_ref().is_some_and(|s| s.slug == slug);
        if was_open {
            self.close(state);
        }
        let outcome = self.store.rename(slug, name, &state.assessor);
        if was_open {
            let now_at = outcome.as_deref().unwrap_or(slug);
            self.open(state, now_at);
            state.picker_open = true;
        }
        self.list(state);
        match outcome {
            Ok(new_slug) => {
                // Opening it again said "Opened"; the news is the rename. When it could
                // not be opened again, that error stays.
                if !was_open || state.session.is_some() {
                    state.inform(format!("Renamed to \"{name}\"."));
                }
                select(state, &new_slug);
            }
            Err(error) => {
                name_failed(
                    state,
                    FormPurpose::RenameWorkspace(slug.to_owned()),
                    name,
                    error,
                );
            }
        }
    }

    /// Opens the demo, creating it first when it is missing (never replacing anything).
    fn open_demo(&mut self, state: &mut State) {
        let slug = crate::demo::DEMO_SLUG;
        let open_already = state.session.as_ref().is_some_and(|s| s.slug == slug);
        if !open_already && let Err(error) = self.create_demo(state) {
            state.fail(error.to_string());
            return;
        }
        self.open(state, slug);
    }

    /// Writes the demo when there is no file of its name, holding its lock from the look
    /// to the write; the lock is let go before the demo is opened.
    fn create_demo(&self, state: &State) -> Result<(), StoreError> {
        let slug = crate::demo::DEMO_SLUG;
        let lock = self.store.lock(slug)?;
        match self.store.load(slug) {
            Err(error) if error.is_not_found() => {
                let demo = crate::demo::demo_workspace(state.catalogue, state.clock.now());
                self.store.save(&lock, &demo)
            }
            // Anything else (the demo, a workspace of the user's, a damaged file) is opened
            // as it is, and opening says what is wrong with it.
            _ => Ok(()),
        }
    }
}

/// Writes a report of the open workspace, dated today where the user is, and says where.
/// A file already there is asked about first, unless `replace` is the answer.
fn export(store: &Store, state: &mut State, format: Format, path: &str, replace: bool) {
    let Some(session) = &state.session else {
        return;
    };
    let day = report::local_day(state.clock.now());
    let folder = &state.export_folder;
    let target = update::export::target(path, folder, &session.slug, day, format);
    if !replace && target.exists() {
        state.overlays.push(Overlay::Confirm(Confirm {
            title: "Replace the file?".to_owned(),
            message: format!(
                "{} is already there. Replace it with the {} report?",
                target.display(),
                format.label()
            ),
            on_yes: Pending::ReplaceExport {
                format,
                path: target.display().to_string(),
            },
        }));
        return;
    }
    if let Err(error) = store.ensure_export_folder(folder) {
        state.fail(error.to_string());
        return;
    }
    let options = report::Options {
        date: day,
        scoring: ScoreOptions::for_workspace(&session.workspace.decision, &state.derivation()),
    };
    let outcome = store
        .check_output(&target)
        .map_err(|error| error.to_string())
        .and_then(|()| {
            report::render(state.catalogue, &session.workspace, options, format).map_err(|error| {
                format!("Could not write the report: {error}. This is a bug in tiaki.")
            })
        })
        .and_then(|text| report::write(&target, &text));
    match outcome {
        Ok(_) => {
            let shown = std::path::absolute(&target).unwrap_or(target);
            state.inform(format!(
                "Wrote the {} report to {}.",
                format.label(),
                shown.display()
            ));
        }
        Err(error) => state.fail(error),
    }
}

/// Reports the store's refusal of a name typed in the picker's dialog: a name in use, or
/// one that cannot be a name, in the dialog, back open with what was typed; any other
/// failure in the status line.
fn name_failed(state: &mut State, purpose: FormPurpose, name: &str, error: StoreError) {
    match error {
        // Refused when the store writes, so the dialog has closed by then; to the user it
        // never went away.
        StoreError::AlreadyExists { .. } | StoreError::InvalidName { .. } => {
            let mut form = name_form(&purpose, name);
            form.error = Some(error.to_string());
            state.overlays.push(Overlay::Form(Box::new(form), purpose));
        }
        other => state.fail(other.to_string()),
    }
}

fn select(state: &mut State, slug: &str) {
    if let Some(index) = state.picker.entries.iter().position(|e| e.slug == slug) {
        state.picker.selected = index;
    }
}

/// The file an evidence path names, as it is stored: surrounding quotes taken off (a file
/// dragged into a terminal arrives quoted), a leading `~` as the home folder, and a relative
/// path made absolute, so the evidence can be found again from anywhere.
fn evidence_path(typed: &str, home: Option<&Path>) -> PathBuf {
    let typed = typed.trim();
    let unquoted = ['\'', '"']
        .iter()
        .find_map(|&quote| typed.strip_prefix(quote)?.strip_suffix(quote))
        .unwrap_or(typed);
    let path = match (unquoted.strip_prefix('~'), home) {
        (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
            home.join(rest.trim_start_matches('/'))
        }
        _ => PathBuf::from(unquoted),
    };
    std::path::absolute(&path).unwrap_or(path)
}

#[cfg(test)]
mod tests;
