//! Performs the effects `update` asks for, through the store, and reports the outcome back
//! into the state. The only part of the TUI that touches files.

use std::path::Path;

use super::effect::Effect;
use super::state::{Confirm, Overlay, Pending, PickerEntry, SaveState, State};
use super::update;
use crate::digest::sha256_file;
use crate::report::{self, Format};
use crate::scoring::ScoreOptions;
use crate::store::{Settings, Store, StoreError, WorkspaceLock};
use crate::workspace::{EvidenceFile, Workspace};

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
            Effect::ListWorkspaces => self.list(state),
            Effect::OpenWorkspace(slug) => self.open(state, &slug),
            Effect::CreateWorkspace(name) => {
                let workspace = Workspace::new(&name, state.catalogue, state.clock.now());
                match self.store.create(&workspace) {
                    Ok(slug) => self.open(state, &slug),
                    Err(error) => state.fail(error.to_string()),
                }
            }
            Effect::RenameWorkspace { slug, name } => self.rename(state, &slug, &name),
            Effect::DuplicateWorkspace { slug, name } => match self.store.duplicate(&slug, &name) {
                Ok(copy) => {
                    state.inform(format!("Copied to \"{name}\"."));
                    self.list(state);
                    select(state, &copy);
                }
                Err(error) => state.fail(error.to_string()),
            },
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
                provider,
                item,
                mut evidence,
                path,
            } => {
                let outcome = match sha256_file(Path::new(&path)) {
                    Ok(sha256) => {
                        evidence.file = Some(EvidenceFile { path, sha256 });
                        Ok(evidence)
                    }
                    Err(error) => Err(format!(
                        "Cannot read {path} ({error}). Correct the path, or clear it to add the evidence without a file."
                    )),
                };
                let effects = update::review::evidence_file_read(state, &provider, &item, outcome);
                for effect in effects {
                    self.perform(state, effect);
                }
            }
            Effect::Export { format, path } => export(&self.store, state, format, &path),
        }
    }

    /// Writes the open workspace; a failure is shown and the change stays in memory, to be
    /// tried again with the next key press (or after a pause, see app.rs).
    fn save(&mut self, state: &mut State) {
        let Some(session) = &state.session else {
            return;
        };
        state.save = match self.store.save(&session.slug, &session.workspace) {
            Ok(()) => SaveState::Saved(state.clock.now()),
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
                let catalogue = state.catalogue;
                state.picker.entries = entries
                    .into_iter()
                    .map(|entry| match entry.workspace {
                        Ok(workspace) => {
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
        let lock = match self.store.lock(slug) {
            Ok(lock) => lock,
            Err(error) => {
                state.fail(error.to_string());
                self.list(state);
                return;
            }
        };
        match self.store.load(slug) {
            Ok(workspace) => {
                self.lock = Some(lock);
                update::workspace_opened(state, slug.to_owned(), workspace);
                self.save_settings(state);
            }
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
        self.lock = None;
    }

    fn rename(&mut self, state: &mut State, slug: &str, name: &str) {
        let was_open = state.session.as_ref().is_some_and(|s| s.slug == slug);
        if was_open {
            self.close(state);
        }
        match self.store.rename(slug, name) {
            Ok(new_slug) => {
                state.inform(format!("Renamed to \"{name}\"."));
                if was_open {
                    self.open(state, &new_slug);
                    state.picker_open = true;
                }
                self.list(state);
                select(state, &new_slug);
            }
            Err(error) => {
                state.fail(error.to_string());
                if was_open {
                    self.open(state, slug);
                    state.picker_open = true;
                }
            }
        }
    }

    /// Opens the demo, creating it first when it is missing (never replacing one).
    fn open_demo(&mut self, state: &mut State) {
        let slug = crate::demo::DEMO_SLUG;
        if !self.store.workspace_path(slug).is_file() {
            let demo = crate::demo::demo_workspace(state.catalogue, state.clock.now());
            if let Err(error) = self.store.save(slug, &demo) {
                state.fail(error.to_string());
                return;
            }
        }
        self.open(state, slug);
    }
}

/// Writes a report of the open workspace, dated today where the user is, and says where.
fn export(store: &Store, state: &mut State, format: Format, path: &str) {
    let Some(session) = &state.session else {
        return;
    };
    let day = report::local_day(state.clock.now());
    let target = update::export::target(path, &session.slug, day, format);
    let options = report::Options {
        date: day,
        scoring: ScoreOptions::default(),
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
        Ok(()) => {
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

fn select(state: &mut State, slug: &str) {
    if let Some(index) = state.picker.entries.iter().position(|e| e.slug == slug) {
        state.picker.selected = index;
    }
}
