//! Writing a report to a file, for the command line and the TUI alike: the one place this
//! module touches the file system or the time zone.

use std::path::Path;

use time::UtcOffset;

use crate::store::{Delivered, write_output};
use crate::workspace::{Day, Timestamp};

/// Writes `bytes` to `path` atomically: the whole report or, on any failure, nothing (a
/// pipe or a device is written into instead, never replaced). The error is one line
/// naming the path and saying what to do.
pub fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<Delivered, String> {
    // Said plainly here: the store's error would name its temporary file instead.
    let folder = path
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty());
    if let Some(folder) = folder.filter(|folder| !folder.is_dir()) {
        let problem = if folder.exists() {
            "is not a folder"
        } else {
            "does not exist"
        };
        return Err(format!(
            "{}: could not write the file: {} {problem} — choose another path or create the \
             folder; nothing was written",
            path.display(),
            folder.display()
        ));
    }
    write_output(path, bytes.as_ref()).map_err(|error| error.to_string())
}

/// The calendar day at `at` where the user is: a report written on a New Zealand morning
/// carries that day's date, not yesterday's in UTC. UTC when the offset is unknown.
pub fn local_day(at: Timestamp) -> Day {
    let offset = UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC);
    Day::new(at.inner().to_offset(offset).date())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_folder_is_named_and_nothing_is_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("missing/report.md");
        let error = write(&path, "x").expect_err("no folder");
        assert!(error.contains("does not exist"), "{error}");
        assert!(error.starts_with(&path.display().to_string()), "{error}");
        let file = dir.path().join("file");
        write(&file, "first").expect("writes");
        let error = write(&file.join("report.md"), "x").expect_err("a file, not a folder");
        assert!(error.contains("is not a folder"), "{error}");
        assert_eq!(std::fs::read_to_string(&file).expect("reads"), "first");
    }
}
