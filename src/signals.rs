//! The signals tiaki handles itself, through `signal-hook` (which keeps the unsafe part in a
//! well-kept crate). SIGXFSZ is caught and ignored so that a file-size limit (`ulimit -f`)
//! makes a write fail with "File too large", reported like a full disk, instead of killing
//! tiaki halfway through a save. SIGTERM and SIGINT are only noted while the terminal
//! interface runs, so that it can put the terminal back before it stops.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use signal_hook::consts::{SIGINT, SIGTERM, SIGXFSZ};
use signal_hook::flag;

/// Makes SIGXFSZ harmless for the rest of the process: its handler only sets a flag
/// nobody reads, and the write that crossed the limit returns EFBIG.
pub fn ignore_file_size_limit() -> io::Result<()> {
    flag::register(SIGXFSZ, Arc::new(AtomicBool::new(false))).map(drop)
}

/// Notes SIGTERM and SIGINT instead of dying at once; the holder asks `received`.
#[derive(Debug, Clone)]
pub struct Termination(Arc<AtomicUsize>);

impl Termination {
    pub fn watch() -> io::Result<Self> {
        let received = Arc::new(AtomicUsize::new(0));
        for signal in [SIGTERM, SIGINT] {
            flag::register_usize(signal, Arc::clone(&received), signal as usize)?;
        }
        Ok(Termination(received))
    }

    /// The name of the signal that asked tiaki to stop, once one has.
    pub fn received(&self) -> Option<&'static str> {
        match self.0.load(Ordering::Relaxed) {
            0 => None,
            signal if signal == SIGINT as usize => Some("SIGINT"),
            _ => Some("SIGTERM"),
        }
    }
}
