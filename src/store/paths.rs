//! Where files live and what they are called: the data folder, private folders, slugs.

use std::fs::{self, DirBuilder, Permissions};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::error::{IoAction, StoreError};

/// Folders holding assessments are readable by their owner only.
pub(crate) const PRIVATE_DIR_MODE: u32 = 0o700;
/// Files holding assessments are readable by their owner only.
pub(crate) const PRIVATE_FILE_MODE: u32 = 0o600;

/// Slugs are file names; keep them well inside every file system's limit.
const MAX_SLUG_CHARS: usize = 64;

/// The platform's config folder for tiaki, e.g. `~/.config/tiaki` on Linux.
pub(crate) fn default_root() -> Result<PathBuf, StoreError> {
    directories::ProjectDirs::from("nz", "tiaki", "tiaki")
        .map(|dirs| dirs.config_dir().to_owned())
        .ok_or(StoreError::NoDataDir)
}

/// Creates `path` (and missing parents) with mode 0700. An existing folder is tightened
/// to 0700 only when `tighten` is set: tiaki owns its own folders, but a folder the user
/// named with `--data-dir` may be shared on purpose.
pub(crate) fn ensure_private_dir(path: &Path, tighten: bool) -> Result<(), StoreError> {
    DirBuilder::new()
        .recursive(true)
        .mode(PRIVATE_DIR_MODE)
        .create(path)
        .map_err(|source| match file_in_the_way(path) {
            Some(file) => StoreError::NotAFolder {
                path: file.to_owned(),
            },
            None => StoreError::io(path, IoAction::CreateFolder, source),
        })?;
    if tighten {
        let metadata =
            fs::metadata(path).map_err(|source| StoreError::io(path, IoAction::Read, source))?;
        if metadata.permissions().mode() & 0o077 != 0 {
            // Best effort: file systems without Unix modes (FAT on removable media)
            // refuse, and tiaki must still work there.
            let _ = fs::set_permissions(path, Permissions::from_mode(PRIVATE_DIR_MODE));
        }
    }
    Ok(())
}

/// The first of `path` and its parents that exists but is not a folder: while it is there,
/// `path` cannot be a folder (the OS says only "File exists" or "Not a directory").
fn file_in_the_way(path: &Path) -> Option<&Path> {
    path.ancestors()
        .find(|ancestor| fs::metadata(ancestor).is_ok_and(|metadata| !metadata.is_dir()))
}

/// A file name for a workspace called `name`: lower-case ASCII letters, digits and single
/// dashes, never empty and never a path. Letters lose their marks by the rule search uses
/// (`text::fold_query`), so te reo Māori names read naturally ("Kōrero" → "korero",
/// "Ștefan" → "stefan", "İzmir" → "izmir"); other characters become dashes, so
/// "../../etc" → "etc". A name with nothing usable (all Greek, Cyrillic, CJK or emoji)
/// becomes "workspace", numbered by the caller when taken. Slugs are made only when a
/// workspace is created or renamed, so a change here never renames an existing file.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in crate::text::fold_query(&name.to_lowercase()).chars() {
        match plain_letters(c) {
            Some(ascii) => slug.push_str(ascii),
            None if c.is_ascii_alphanumeric() => slug.push(c),
            None => {
                if !slug.is_empty() && !slug.ends_with('-') {
                    slug.push('-');
                }
            }
        }
        if slug.len() >= MAX_SLUG_CHARS {
            slug.truncate(MAX_SLUG_CHARS);
            break;
        }
    }
    let trimmed = slug.trim_end_matches('-');
    if trimmed.is_empty() {
        "workspace".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// The plain letters for lower-case Latin letters that have no mark to take off.
fn plain_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' => "ae",
        'đ' => "d",
        'ı' => "i",
        'ł' => "l",
        'ø' => "o",
        'œ' => "oe",
        'ß' => "ss",
        _ => return None,
    })
}

/// Refuses slugs that are not plain file names in the workspaces folder. Slugs normally
/// come from `slugify` or from listing the folder, so this only stops misuse.
pub(crate) fn check_slug(slug: &str) -> Result<(), StoreError> {
    let reason = if slug.is_empty() {
        "a workspace file name cannot be empty"
    } else if slug.starts_with('.') {
        "a workspace file name cannot start with a dot"
    } else if slug.contains(['/', '\\', '\0']) {
        "a workspace file name cannot contain slashes"
    } else {
        return Ok(());
    };
    Err(StoreError::InvalidName {
        name: slug.to_owned(),
        reason,
    })
}

/// `path` with `suffix` appended to its file name: `demo.ron` → `demo.ron.bak`.
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    path.with_file_name(name)
}

#[cfg(test)]
mod tests;
