//! Reading workspace and settings files: bounded reads, the schema-version check, and
//! errors that name the file, line and column. Nothing here ever writes.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::{IoAction, StoreError};
use crate::codec::{self, DecodeError, MAX_FILE_BYTES};
use crate::workspace::{SCHEMA_VERSION, Workspace};

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
    parse_workspace(path, &bytes, Format::detect(path, &bytes))
}

/// Parses the whole workspace and refuses one from a newer tiaki. The version is probed
/// only when the parse fails, so that a good file is read once: large files take tens
/// of milliseconds per pass.
pub(crate) fn parse_workspace(
    path: &Path,
    bytes: &[u8],
    format: Format,
) -> Result<Workspace, StoreError> {
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
    // An older workspace is brought onto the built-in catalogue's current version as it is
    // read, so every front end sees the same; the file itself is only rewritten on a save.
    crate::workspace::migrate(
        &mut workspace,
        crate::catalogue::builtin(),
        crate::catalogue::builtin_migration(),
    );
    Ok(workspace)
}

/// The schema version a RON workspace file says it has; 0 when it cannot say.
pub(crate) fn probe_version(bytes: &[u8]) -> u32 {
    codec::from_ron::<Probe>(bytes).map_or(0, |probe| probe.schema_version)
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

/// The whole file, refusing one larger than any tiaki file can be before reading it.
pub(crate) fn read_bounded(path: &Path) -> Result<Vec<u8>, StoreError> {
    let read_error = |source| StoreError::io(path, IoAction::Read, source);
    let file = File::open(path).map_err(read_error)?;
    let length = file.metadata().map_err(read_error)?.len();
    let limit = MAX_FILE_BYTES as u64;
    if length > limit {
        return Err(StoreError::parse(
            path,
            &DecodeError {
                line: 0,
                column: 0,
                message: format!(
                    "the file is {length} bytes, more than the {} MiB limit; it is not a \
                     tiaki file or it is damaged",
                    limit / (1024 * 1024)
                ),
            },
        ));
    }
    let mut bytes = Vec::new();
    // Bounded again in case the file grows while we read it; the codec refuses the excess.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
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
