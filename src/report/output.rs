//! The day a report is dated: the one place this module reads the time zone. Reports are
//! built as bytes; the caller writes them (`store::write_report`).

use time::UtcOffset;

use crate::workspace::{Day, Timestamp};

/// The calendar day at `at` where the user is: a report written on a New Zealand morning
/// carries that day's date, not yesterday's in UTC. UTC when the offset is unknown.
pub fn local_day(at: Timestamp) -> Day {
    let offset = UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC);
    Day::new(at.inner().to_offset(offset).date())
}
