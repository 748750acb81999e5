//! Instants and calendar days, written to files as RFC 3339 text so they read well in diffs.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

/// An instant, kept in UTC to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(OffsetDateTime);

impl Timestamp {
    pub fn now() -> Self {
        Self::from(OffsetDateTime::now_utc())
    }

    pub fn parse(text: &str) -> Result<Self, time::error::Parse> {
        OffsetDateTime::parse(text, &Rfc3339).map(Self::from)
    }

    pub fn inner(self) -> OffsetDateTime {
        self.0
    }

    pub fn day(self) -> Day {
        Day(self.0.date())
    }

    /// "2026-11-28 13:28" — for lists and status lines.
    pub fn short(self) -> String {
        let format = format_description!("[year]-[month]-[day] [hour]:[minute]");
        self.0.format(&format).unwrap_or_default()
    }
}

impl From<OffsetDateTime> for Timestamp {
    fn from(value: OffsetDateTime) -> Self {
        let utc = value.to_offset(UtcOffset::UTC);
        Self(utc.replace_nanosecond(0).unwrap_or(utc))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.format(&Rfc3339) {
            Ok(text) => f.write_str(&text),
            Err(_) => Err(fmt::Error),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).map_err(|error| {
            serde::de::Error::custom(format!(
                "`{text}` is not an RFC 3339 time such as 2026-11-28T09:30:00Z ({error})"
            ))
        })
    }
}

/// A calendar day, e.g. a due date, written as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

impl Day {
    pub fn new(date: Date) -> Self {
        Self(date)
    }

    /// Parses `YYYY-MM-DD`, the only form accepted from users and files.
    pub fn parse(text: &str) -> Result<Self, String> {
        let format = format_description!("[year]-[month]-[day]");
        Date::parse(text.trim(), &format)
            .map(Self)
            .map_err(|_| format!("`{text}` is not a date in the form YYYY-MM-DD"))
    }

    pub fn inner(self) -> Date {
        self.0
    }

    pub fn today() -> Self {
        Timestamp::now().day()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let format = format_description!("[year]-[month]-[day]");
        match self.0.format(&format) {
            Ok(text) => f.write_str(&text),
            Err(_) => Err(fmt::Error),
        }
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Day::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_round_trips_through_text() {
        let stamp = Timestamp::parse("2026-11-28T09:30:00Z").expect("valid");
        assert_eq!(stamp.to_string(), "2026-11-28T09:30:00Z");
        assert_eq!(stamp.short(), "2026-11-28 09:30");
    }

    #[test]
    fn timestamp_is_normalised_to_utc() {
        let stamp = Timestamp::parse("2026-11-28T22:30:00+13:00").expect("valid");
        assert_eq!(stamp.to_string(), "2026-11-28T09:30:00Z");
    }

    #[test]
    fn day_rejects_other_forms() {
        assert!(Day::parse("2026-11-28").is_ok());
        assert!(Day::parse("28/11/2026").is_err());
        assert!(Day::parse("2026-02-30").is_err());
    }
}
