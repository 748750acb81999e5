//! Performs the effects `update` asks for, through the store, and says what became of each
//! (`Outcome`); `update::on_outcome` applies that. The only part of the TUI that touches
//! files. It reads the state it is given and never changes it: no dialog, no message.

use std::path::{Path, PathBuf};

use super::effect::Effect;
use super::outcome::Outcome;
use super::state::{FormPurpose, PickerEntry, State};
use crate::store::{Settings, Store, StoreError, WorkspaceLock};
use crate::workspace::Workspace;
use history_check::HistoryCheck;
use worker::Worker;

pub(super) mod export;
mod history_check;
mod worker;

pub struct Runtime {
    pub store: Store,
    pub settings: Settings,
    /// Held while a workspace is open, so a second tiaki cannot write it too.
    lock: Option<WorkspaceLock>,
    /// Hashing files, when it is.
    worker: Option<Worker>,
    /// Checking the history of the workspace just opened, when it is.
    history_check: Option<HistoryCheck>,
}

impl Runtime {
    pub fn new(store: Store, settings: Settings) -> Self {
        Self {
            store,
            settings,
            lock: None,
            worker: None,
            history_check: None,
        }
    }

    /// Whether a worker is hashing or checking a history: the loop then wakes now and then
    /// to show its progress or result.
    pub fn busy(&self) -> bool {
        self.worker.is_some() || self.history_check.is_some()
    }

    /// What the workers have reported since the last look, without waiting.
    pub fn poll(&mut self) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        if let Some(worker) = &self.worker {
            let (reports, finished) = worker.outcomes();
            outcomes = reports;
            if finished {
                self.worker = None;
            }
        }
        if let Some(check) = &self.history_check {
            let (outcome, finished) = check.outcome();
            outcomes.extend(outcome);
            if finished {
                self.history_check = None;
            }
        }
        outcomes
    }

    /// Performs `effect` with what `state` holds now, and says what became of it, in order.
    pub fn perform(&mut self, state: &State, effect: Effect) -> Vec<Outcome> {
        let mut out = Vec::new();
        let is_open = |slug: &str| state.session.as_ref().is_some_and(|s| s.slug == slug);
        match effect {
            Effect::SaveWorkspace => self.save(state, &mut out),
            Effect::SaveSettings => {
                let open = state.session.as_ref().map(|s| s.slug.clone());
                self.save_settings(open, &mut out);
            }
            Effect::SaveAssessor(name) => {
                self.settings.assessor = name;
                let open = state.session.as_ref().map(|s| s.slug.clone());
                self.save_settings(open, &mut out);
            }
            Effect::ListWorkspaces => self.list(&mut out),
            Effect::OpenWorkspace(slug) => {
                self.open(&slug, is_open(&slug), &mut out);
            }
            Effect::CreateWorkspace(name) => {
                let workspace = Workspace::created_by(
                    &name,
                    state.catalogue,
                    state.clock.now(),
                    &state.assessor,
                );
                match self.store.create(&workspace) {
                    Ok(slug) => {
                        self.open(&slug, is_open(&slug), &mut out);
                    }
                    Err(error) => name_failed(FormPurpose::NewWorkspace, &name, error, &mut out),
                }
            }
            Effect::RenameWorkspace { slug, name } => {
                self.rename(state, &slug, &name, is_open(&slug), &mut out);
            }
            Effect::DuplicateWorkspace { slug, name } => {
                match self.store.duplicate(&slug, &name, &state.assessor) {
                    Ok(copy) => {
                        out.push(Outcome::Copied { name });
                        self.list(&mut out);
                        out.push(Outcome::Select(copy));
                    }
                    Err(error) => {
                        name_failed(
                            FormPurpose::DuplicateWorkspace(slug),
                            &name,
                            error,
                            &mut out,
                        );
                    }
                }
            }
            Effect::DeleteWorkspace(slug) => {
                if is_open(&slug) {
                    self.close(&mut out);
                }
                out.push(match self.store.delete(&slug) {
                    Ok(()) => Outcome::Deleted,
                    Err(error) => Outcome::Failed(error.to_string()),
                });
                self.list(&mut out);
            }
            Effect::RestoreBackup(slug) => match self.store.restore_backup(&slug) {
                Ok(_) => {
                    self.open(&slug, is_open(&slug), &mut out);
                }
                Err(error) => out.push(Outcome::Failed(error.to_string())),
            },
            Effect::OpenDemo => self.open_demo(state, is_open(crate::demo::DEMO_SLUG), &mut out),
            Effect::HashEvidenceFile { entry, path, link } => {
                let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned());
                let file = evidence_path(&path, home.as_deref());
                self.worker = Some(Worker::hash_file(entry, file, path, link));
            }
            Effect::VerifyEvidence => {
                if let Some(session) = &state.session {
                    let entries = crate::store::entries_with_files(&session.workspace);
                    self.worker = Some(Worker::verify(entries));
                }
            }
            Effect::CheckHistory => {
                if let Some(session) = &state.session {
                    let copy = session.workspace.clone();
                    self.history_check = Some(HistoryCheck::spawn(session.id, copy));
                }
            }
            Effect::StopHashing => {
                if let Some(worker) = &self.worker {
                    worker.stop();
                }
            }
            Effect::Export {
                format,
                path,
                replace,
            } => out.extend(export::export(&self.store, state, format, &path, replace)),
        }
        out
    }

    /// Writes the open workspace; a failure is reported and the change stays in memory, to
    /// be tried again with the next key press (or after a pause, see app.rs).
    fn save(&mut self, state: &State, out: &mut Vec<Outcome>) {
        let Some(session) = &state.session else {
            return;
        };
        let Some(lock) = &self.lock else {
            out.push(Outcome::SaveRefusedReadOnly);
            return;
        };
        out.push(match self.store.save(lock, &session.workspace) {
            Ok(()) => Outcome::Saved,
            Err(error) => Outcome::SaveFailed(error.to_string()),
        });
    }

    /// Remembers `open` as the last workspace, with the rest of the settings.
    fn save_settings(&mut self, open: Option<String>, out: &mut Vec<Outcome>) {
        self.settings.last_workspace = open;
        if let Err(error) = self.store.save_settings(&self.settings) {
            out.push(Outcome::Failed(error.to_string()));
        }
    }

    fn list(&mut self, out: &mut Vec<Outcome>) {
        out.push(match self.store.list() {
            Ok(entries) => Outcome::Listed(
                entries
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
                    .collect(),
            ),
            Err(error) => Outcome::Failed(error.to_string()),
        });
    }

    /// Opens `slug` (`open_already` when it is the open one); says whether it is open now.
    fn open(&mut self, slug: &str, open_already: bool, out: &mut Vec<Outcome>) -> bool {
        if open_already {
            out.push(Outcome::AlreadyOpen);
            return true;
        }
        // Let go of the current workspace first: re-opening it must not lock us out.
        self.close(out);
        let lock = self.store.lock(slug);
        self.open_with(slug, lock, out)
    }

    /// Opens `slug` given the outcome of taking its lock. A folder tiaki may not write to
    /// (read-only media, permissions) still lets the workspace be read: it opens read-only
    /// and says so, and its saves fail with the reason.
    fn open_with(
        &mut self,
        slug: &str,
        lock: Result<WorkspaceLock, StoreError>,
        out: &mut Vec<Outcome>,
    ) -> bool {
        let (lock, read_only) = match lock {
            Ok(lock) => (Some(lock), None),
            Err(error) if error.is_unwritable_folder() => (None, Some(error.to_string())),
            Err(error) => {
                out.push(Outcome::Failed(error.to_string()));
                self.list(out);
                return false;
            }
        };
        match self.store.load(slug) {
            // Scored against another catalogue, every figure would be wrong: refused, as
            // `tiaki report` refuses it, and marked in the picker as `tiaki list` marks it.
            Ok(workspace) => match workspace.catalogue_to_use(&self.store.workspace_path(slug)) {
                Ok(catalogue) => {
                    self.lock = lock;
                    out.push(Outcome::Opened {
                        slug: slug.to_owned(),
                        workspace: Box::new(workspace),
                        catalogue,
                    });
                    self.save_settings(Some(slug.to_owned()), out);
                    out.extend(read_only.map(Outcome::OpenedReadOnly));
                    true
                }
                Err(unknown) => {
                    out.push(Outcome::Failed(unknown.to_string()));
                    self.list(out);
                    false
                }
            },
            Err(error) => {
                if matches!(error, StoreError::Parse { .. })
                    && self.store.backup_path(slug).exists()
                {
                    out.push(Outcome::Damaged {
                        slug: slug.to_owned(),
                        error: error.to_string(),
                    });
                } else {
                    out.push(Outcome::Failed(error.to_string()));
                }
                self.list(out);
                false
            }
        }
    }

    fn close(&mut self, out: &mut Vec<Outcome>) {
        self.lock = None;
        out.push(Outcome::Closed);
    }

    /// Renames a workspace; the open one is let go for the move and opened again under
    /// its new name (or its old one, when the store refused).
    fn rename(
        &mut self,
        state: &State,
        slug: &str,
        name: &str,
        was_open: bool,
        out: &mut Vec<Outcome>,
    ) {
        if was_open {
            self.close(out);
        }
        let renamed = self.store.rename(slug, name, &state.assessor);
        let mut open_again = true;
        if was_open {
            let now_at = renamed.as_deref().unwrap_or(slug);
            open_again = self.open(now_at, false, out);
            out.push(Outcome::ShowPicker);
        }
        self.list(out);
        match renamed {
            Ok(new_slug) => {
                // Opening it again said "Opened"; the news is the rename. When it could
                // not be opened again, that error stays.
                out.push(Outcome::Renamed {
                    name: name.to_owned(),
                    announce: open_again,
                });
                out.push(Outcome::Select(new_slug));
            }
            Err(error) => {
                name_failed(
                    FormPurpose::RenameWorkspace(slug.to_owned()),
                    name,
                    error,
                    out,
                );
            }
        }
    }

    /// Opens the demo, creating it first when it is missing (never replacing anything).
    fn open_demo(&mut self, state: &State, open_already: bool, out: &mut Vec<Outcome>) {
        if !open_already && let Err(error) = self.create_demo(state) {
            out.push(Outcome::Failed(error.to_string()));
            return;
        }
        self.open(crate::demo::DEMO_SLUG, open_already, out);
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

/// The store's refusal of a name typed in the picker's dialog: a name in use, or one that
/// cannot be a name, goes back to the dialog; any other failure is just a failure.
fn name_failed(purpose: FormPurpose, name: &str, error: StoreError, out: &mut Vec<Outcome>) {
    out.push(match error {
        StoreError::AlreadyExists { .. } | StoreError::InvalidName { .. } => Outcome::NameRefused {
            purpose,
            name: name.to_owned(),
            error: error.to_string(),
        },
        other => Outcome::Failed(other.to_string()),
    });
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
