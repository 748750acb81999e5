//! Reading workspace and settings files: bounded reads, the schema-version check, and
//! errors that name the file, line and column. Nothing here ever writes.

use std::fs::{File, FileType, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::{IoAction, StoreError};
use crate::codec::{self, DecodeError, MAX_FILE_BYTES};
use crate::workspace::{SCHEMA_VERSION, Workspace};

/// The schema version from which every workspace file holds its history.
const HISTORY_SINCE: u32 = 3;

/// The text formats a workspace can be read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Ron,
    Json,
}

impl Format {
    /// By extension, else by content: JSON starts with `{`, RON with `(` or a struct name.
    fn detect(path: &Path, bytes: &[u8]) -> Self {
        let extension = path.extension().and_then(|ext| ext.to_str());
        match extension.map(str::to_ascii_lowercase).as_deref() {
            Some("json") => Format::Json,
            Some("ron") => Format::Ron,
            _ => {
                let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
                match text.iter().find(|byte| !byte.is_ascii_whitespace()) {
                    Some(b'{') => Format::Json,
                    _ => Format::Ron,
                }
            }
        }
    }
}

/// Just the version, read before the whole file so that a file from a newer tiaki is
/// refused by version instead of failing on a field this build does not know. It must
/// not deny unknown fields: it skips everything else.
#[derive(Deserialize)]
struct Probe {
    schema_version: u32,
}

/// Reads a workspace from a RON or JSON file (by extension, else by content), as for
/// `tiaki import` and `tiaki validate`.
pub fn read_workspace_file(path: &Path) -> Result<Workspace, StoreError> {
    let bytes = read_bounded(path)?;
    parse_workspace(path, &bytes, Format::detect(path, &bytes)).map(|parsed| parsed.workspace)
}

/// A workspace as read, brought onto the current schema, and the schema version its file
/// had (older means it was migrated as read).
pub(crate) struct Parsed {
    pub workspace: Workspace,
    pub found: u32,
}

/// Parses the whole workspace and refuses one from a newer tiaki. The version is probed
/// only when the parse fails, so that a good file is read once: large files take tens
/// of milliseconds per pass.
pub(crate) fn parse_workspace(
    path: &Path,
    bytes: &[u8],
    format: Format,
) -> Result<Parsed, StoreError> {
    let parsed = decode::<Workspace>(path, bytes, format);
    let version = match &parsed {
        Ok(workspace) => workspace.schema_version,
        Err(_) => decode::<Probe>(path, bytes, format).map_or(0, |probe| probe.schema_version),
    };
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_owned(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let mut workspace = parsed?;
    if workspace.schema_version == 0 {
        // Migrating would stamp it current: refused first, as no tiaki ever wrote it.
        return Err(StoreError::parse(
            path,
            &DecodeError {
                line: 0,
                column: 0,
                message: format!(
                    "schema version 0 was never written by tiaki (this one writes \
                     {SCHEMA_VERSION}); the file was made by hand or damaged"
                ),
            },
        ));
    }
    let found = workspace.schema_version;
    // An older workspace is brought onto the current schema and the built-in catalogue's
    // current version as it is read, so every front end sees the same; the file itself is
    // only rewritten on a save.
    crate::workspace::upgrade(&mut workspace);
    crate::workspace::migrate(
        &mut workspace,
        crate::catalogue::builtin(),
        crate::catalogue::builtin_migration(),
    );
    if found < HISTORY_SINCE {
        // Made before tiaki kept a history: it begins here, from the state as found (after
        // any migration, which is part of what was found, not a change anyone made).
        workspace.schema_version = SCHEMA_VERSION;
        workspace.begin_history(true);
    }
    Ok(Parsed { workspace, found })
}

pub(crate) fn decode<T: DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
    format: Format,
) -> Result<T, StoreError> {
    let decoded = match format {
        Format::Ron => codec::from_ron(bytes),
        Format::Json => codec::from_json(bytes),
    };
    decoded.map_err(|error| StoreError::parse(path, &error))
}

/// Whether a file may be reached through a symbolic link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Links {
    /// A file the user named (`validate`, `import`, a CSV of answers): links are followed.
    Follow,
    /// A file inside the data folder: a link there was planted, not made by tiaki.
    Refuse,
}

/// Opens `path` for reading only when it is a plain file, without ever blocking: a FIFO
/// opens at once (non-blocking) and is then refused, as are folders and devices. Returns
/// the file and its length.
pub(crate) fn open_plain(path: &Path, links: Links) -> Result<(File, u64), StoreError> {
    let read_error = |source| StoreError::io(path, IoAction::Read, source);
    let mut flags = libc::O_NONBLOCK;
    if links == Links::Refuse {
        flags |= libc::O_NOFOLLOW;
    }
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(flags)
        .open(path)
        .map_err(|source| {
            if source.raw_os_error() == Some(libc::ELOOP) && links == Links::Refuse {
                not_plain(path, "symbolic link")
            } else {
                read_error(source)
            }
        })?;
    let metadata = file.metadata().map_err(read_error)?;
    if !metadata.is_file() {
        return Err(not_plain(path, kind_of(metadata.file_type())));
    }
    Ok((file, metadata.len()))
}

fn not_plain(path: &Path, kind: &'static str) -> StoreError {
    StoreError::NotPlainFile {
        path: path.to_owned(),
        kind,
    }
}

/// What a file that is not a plain file is, in words.
pub(crate) fn kind_of(file_type: FileType) -> &'static str {
    if file_type.is_dir() {
        "folder"
    } else if file_type.is_symlink() {
        "symbolic link"
    } else if file_type.is_fifo() {
        "named pipe (FIFO)"
    } else if file_type.is_socket() {
        "socket"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "device"
    } else {
        "special file"
    }
}

/// The whole of a file the user named, refusing one larger than any tiaki file can be
/// before reading it.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, StoreError> {
    read_limited(path, Links::Follow)
}

/// The whole of one of tiaki's own files (a workspace, its backup, the settings); a link
/// planted in their place is refused rather than followed.
pub(crate) fn read_own(path: &Path) -> Result<Vec<u8>, StoreError> {
    read_limited(path, Links::Refuse)
}

fn read_limited(path: &Path, links: Links) -> Result<Vec<u8>, StoreError> {
    let (file, length) = open_plain(path, links)?;
    let limit = MAX_FILE_BYTES as u64;
    if length > limit {
        return Err(StoreError::parse(
            path,
            &DecodeError {
                line: 0,
                column: 0,
                message: codec::too_large_message(length),
            },
        ));
    }
    let mut bytes = Vec::new();
    // Bounded again in case the file grows while we read it; the codec refuses the excess.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| StoreError::io(path, IoAction::Read, source))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_follows_the_extension_then_the_content() {
        let json = Path::new("x.json");
        let ron = Path::new("x.ron");
        let other = Path::new("x.txt");
        assert_eq!(Format::detect(json, b"("), Format::Json);
        assert_eq!(Format::detect(ron, b"{"), Format::Ron);
        assert_eq!(Format::detect(other, b"\xEF\xBB\xBF \n{"), Format::Json);
        assert_eq!(Format::detect(other, b"(name: \"x\")"), Format::Ron);
    }

    #[test]
    fn the_probe_skips_unknown_fields() {
        let probe: Probe = codec::from_ron(b"(name: \"x\", future: [1, 2], schema_version: 7)")
            .expect("probe ignores other fields");
        assert_eq!(probe.schema_version, 7);
    }
}
