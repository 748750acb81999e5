//! SHA-256 of evidence files, streamed in chunks so a multi-gigabyte file never sits in
//! memory, with progress and a way to stop: the TUI hashes on a worker thread.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use sha2::{Digest, Sha256};

use crate::digest::to_hex;

/// How much is read at a time; progress is reported after each chunk.
const CHUNK: usize = 1024 * 1024;

/// Why a file has no digest.
#[derive(Debug)]
pub enum HashError {
    /// The file could not be read (missing, not a regular file, no permission, I/O).
    Io(io::Error),
    /// The user stopped it.
    Cancelled,
}

impl std::fmt::Display for HashError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HashError::Io(error) => error.fmt(f),
            HashError::Cancelled => f.write_str("stopped before the end"),
        }
    }
}

/// Lower-case hexadecimal SHA-256 of the file's content.
pub fn sha256_file(path: &Path) -> io::Result<String> {
    let never = AtomicBool::new(false);
    sha256_file_with(path, &never, |_, _| {}).map_err(|error| match error {
        HashError::Io(error) => error,
        HashError::Cancelled => io::Error::other("cancelled"),
    })
}

/// As `sha256_file`, calling `progress(done, total)` in bytes after each chunk and
/// stopping when `cancel` is set. Only a regular file is read: a folder is refused, and
/// so are devices, pipes and sockets, which may never end (`/dev/zero`) or block before
/// the first byte (a named pipe).
pub fn sha256_file_with(
    path: &Path,
    cancel: &AtomicBool,
    mut progress: impl FnMut(u64, u64),
) -> Result<String, HashError> {
    let metadata = std::fs::metadata(path).map_err(HashError::Io)?;
    let kind = metadata.file_type();
    if !kind.is_file() {
        let what = if kind.is_dir() {
            "it is a folder, not a file"
        } else {
            "it is a device, pipe or socket, not a regular file"
        };
        return Err(HashError::Io(io::Error::new(
            io::ErrorKind::InvalidInput,
            what,
        )));
    }
    let total = metadata.len();
    let mut file = File::open(path).map_err(HashError::Io)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0_u8; CHUNK];
    let mut done = 0_u64;
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(HashError::Cancelled);
        }
        let read = match file.read(&mut buffer) {
            Ok(read) => read,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(HashError::Io(error)),
        };
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
        done += read as u64;
        progress(done, total.max(done));
    }
    Ok(to_hex(&hasher.finalize()))
}

#[cfg(test)]
mod tests;
