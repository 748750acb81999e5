//! Where crash reports go: the data folder of the first store this process opened, the
//! one place the user already knows to look. Written like every other file: whole or
//! not at all, mode 0600, never over an earlier report.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::atomic::write_new;
use super::error::StoreError;

static FOLDER: OnceLock<PathBuf> = OnceLock::new();

/// Notes `root` as the folder for crash reports; the first call wins.
pub(crate) fn remember_folder(root: &Path) {
    let _ = FOLDER.set(root.to_owned());
}

/// Writes `text` as `<data folder>/<file_name>` and returns its path; `None` when the
/// process crashed before it knew its data folder.
pub fn write_crash_report(file_name: &str, text: &str) -> Option<Result<PathBuf, StoreError>> {
    let path = FOLDER.get()?.join(file_name);
    Some(write_new(&path, text.as_bytes()).map(|()| path))
}
