//! SHA-256 digests of evidence files, so a later change to the file shows.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

/// Lower-case hexadecimal SHA-256 of the file's content, read in chunks (files may be large).
/// Only a regular file is read: a folder is refused, and so are devices, pipes and sockets,
/// which may never end (`/dev/zero`) or block before the first byte (a named pipe).
pub fn sha256_file(path: &Path) -> io::Result<String> {
    let kind = std::fs::metadata(path)?.file_type();
    if !kind.is_file() {
        let what = if kind.is_dir() {
            "it is a folder, not a file"
        } else {
            "it is a device, pipe or socket, not a regular file"
        };
        return Err(io::Error::new(io::ErrorKind::InvalidInput, what));
    }
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0_u8; 64 * 1024];
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
    }
    Ok(to_hex(&hasher.finalize()))
}

/// Lower-case hexadecimal, two digits a byte.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
        hex.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_matches_a_known_value() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("e.txt");
        std::fs::write(&path, b"abc").expect("write");
        assert_eq!(
            sha256_file(&path).expect("hash"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn missing_files_and_folders_are_errors() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(sha256_file(&dir.path().join("absent")).is_err());
        assert!(sha256_file(dir.path()).is_err());
    }

    #[test]
    fn devices_and_pipes_are_refused_before_they_are_opened() {
        let error = sha256_file(Path::new("/dev/zero")).expect_err("a device");
        assert!(error.to_string().contains("not a regular file"), "{error}");
        let dir = tempfile::tempdir().expect("tempdir");
        let pipe = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if made.is_ok_and(|status| status.success()) {
            // Opening a pipe with no writer would block this test for good.
            let error = sha256_file(&pipe).expect_err("a pipe");
            assert!(error.to_string().contains("not a regular file"), "{error}");
        }
    }
}
