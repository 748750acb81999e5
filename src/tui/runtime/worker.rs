//! Hashing on a worker thread, so that a multi-gigabyte file never freezes the screen:
//! the worker reports progress and its result over a channel, and stops when asked.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread;

use crate::store::{self, CheckProgress, HashError};
use crate::tui::outcome::Outcome;
use crate::workspace::{Evidence, EvidenceFile, Link};

pub(super) struct Worker {
    stop: Arc<AtomicBool>,
    reports: Receiver<Outcome>,
}

impl Worker {
    /// Hashes `path` (as typed: `shown` in messages) for `entry`.
    pub fn hash_file(entry: Evidence, path: PathBuf, shown: String, link: Option<Link>) -> Self {
        Self::spawn(move |stop, send| {
            let hashed = store::sha256_file_with(&path, stop, |bytes, of_bytes| {
                send(Outcome::HashProgress(CheckProgress {
                    file: 0,
                    files: 1,
                    bytes,
                    of_bytes,
                }));
            });
            let outcome = match hashed {
                Ok(sha256) => Ok(Some(EvidenceFile {
                    path: path.display().to_string(),
                    sha256,
                })),
                Err(HashError::Cancelled) => Ok(None),
                Err(HashError::Io(error)) => Err(format!(
                    "Cannot read {shown} ({error}). Correct the path, or clear it to keep the \
                     evidence without a file."
                )),
            };
            Outcome::EvidenceHashed {
                entry: Box::new(entry),
                link,
                result: outcome,
            }
        })
    }

    /// Checks every file of `entries` against the digest recorded.
    pub fn verify(entries: Vec<Evidence>) -> Self {
        Self::spawn(move |stop, send| {
            let found =
                store::check_evidence(&entries, stop, |step| send(Outcome::HashProgress(step)));
            Outcome::EvidenceChecked(found)
        })
    }

    /// Runs `work` on a thread of its own; its return value is the last report.
    fn spawn(work: impl FnOnce(&AtomicBool, &dyn Fn(Outcome)) -> Outcome + Send + 'static) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let (sender, reports) = mpsc::channel();
        let flag = Arc::clone(&stop);
        thread::spawn(move || {
            // A send fails only once the TUI has gone: nothing is left to tell.
            let send = |report| {
                let _ = sender.send(report);
            };
            let last = work(&flag, &send);
            send(last);
        });
        Self { stop, reports }
    }

    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }

    /// What the worker has said since the last look, as outcomes for `update`, and
    /// whether it has finished. A worker that ended without its last word (it panicked;
    /// the hook has said so) is reported as stopped, with why.
    pub fn outcomes(&self) -> (Vec<Outcome>, bool) {
        let (mut out, finished) = self.drain();
        let answered = out
            .iter()
            .any(|outcome| !matches!(outcome, Outcome::HashProgress(_)));
        if finished && !answered {
            out.push(Outcome::EvidenceChecked(None));
            out.push(Outcome::Failed(
                "Hashing stopped unexpectedly; nothing was changed.".to_owned(),
            ));
        }
        (out, finished)
    }

    /// The reports waiting, without blocking, and whether the worker has finished (its
    /// last report is among them, or it ended without one).
    fn drain(&self) -> (Vec<Outcome>, bool) {
        let mut reports = Vec::new();
        loop {
            match self.reports.try_recv() {
                Ok(report) => {
                    let last = !matches!(report, Outcome::HashProgress(_));
                    reports.push(report);
                    if last {
                        return (reports, true);
                    }
                }
                Err(TryRecvError::Empty) => return (reports, false),
                Err(TryRecvError::Disconnected) => return (reports, true),
            }
        }
    }
}

#[cfg(test)]
mod tests;
