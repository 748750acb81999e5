//! What happens when tiaki panics (a bug): the terminal comes back first (the terminal
//! interface's own hooks run before this one), then a crash report is written to the data
//! folder and the user is told where. The report holds the version, the platform, where in
//! tiaki's code it stopped and the call stack, and no user content: the panic's message
//! may quote a workspace, so it is shown on screen but kept out of the file. Everything
//! saved up to the last change is already on disk, each save being atomic.

use std::io::{self, Write};
use std::panic::{self, PanicHookInfo};

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

use crate::store::write_crash_report;

/// Set to `tui` to make the terminal interface panic once it is drawn: how the tests prove
/// that a panic restores the terminal and leaves a report.
pub const TEST_PANIC_VARIABLE: &str = "TIAKI_TEST_PANIC";

/// Adds the crash report to whatever the current panic hook does.
pub fn install() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        previous(info);
        let now = OffsetDateTime::now_utc();
        let note = match write_crash_report(&file_name(now), &report(info, now)) {
            Some(Ok(path)) => format!(
                "tiaki stopped because of a bug. A crash report (no workspace content in it) \
                 was written to {} — please send it to whoever supports tiaki for you. \
                 Everything saved up to your last change is on disk.",
                path.display()
            ),
            Some(Err(error)) => format!(
                "tiaki stopped because of a bug, and could not write a crash report: {error}"
            ),
            None => "tiaki stopped because of a bug, before it knew its data folder, so no \
                     crash report was written."
                .to_owned(),
        };
        // Not `eprintln!`: a panic inside a panic hook would abort.
        let _ = writeln!(io::stderr(), "{note}");
    }));
}

/// Panics when the tests ask for it at `place` (see `TEST_PANIC_VARIABLE`); the report
/// names the caller's line.
#[track_caller]
pub fn panic_if_asked(place: &str) {
    assert!(
        !std::env::var(TEST_PANIC_VARIABLE).is_ok_and(|wanted| wanted == place),
        "{TEST_PANIC_VARIABLE}={place} asked for a panic here"
    );
}

/// `crash-20260301T093000Z-4242.txt`: sorts by time, unique per process.
fn file_name(now: OffsetDateTime) -> String {
    let stamp = now
        .format(format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap_or_default();
    format!("crash-{stamp}-{}.txt", std::process::id())
}

fn report(info: &PanicHookInfo<'_>, now: OffsetDateTime) -> String {
    let place = info.location().map_or_else(
        || "unknown".to_owned(),
        |at| format!("{}:{}:{}", at.file(), at.line(), at.column()),
    );
    format!(
        "tiaki crash report\n\
         version: {}\n\
         platform: {} {}\n\
         time: {}\n\
         thread: {}\n\
         panicked at: {place}\n\
         The panic's message is left out: it may quote a workspace. It was shown on the \
         screen when tiaki stopped.\n\n\
         call stack:\n{}\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH,
        now.format(&Rfc3339).unwrap_or_default(),
        std::thread::current().name().unwrap_or("unnamed"),
        std::backtrace::Backtrace::force_capture(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_sort_by_time_and_name_the_process() {
        let at = OffsetDateTime::from_unix_timestamp(1_772_357_400).expect("a time");
        assert_eq!(
            file_name(at),
            format!("crash-20260301T093000Z-{}.txt", std::process::id())
        );
    }
}
