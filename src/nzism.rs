//! A provider's stated cryptography checked against the NZISM (chapter 17, Cryptography).
//!
//! Pure: the figures are data ([`FIGURES`]), each carrying the NZISM version it comes from,
//! so the guidance's era (NZISM 3.3, Feb 2020) and today's manual (NZISM 3.9, 2025) are never
//! mixed. Where tiaki holds no figure for a version, the check says so and sends the reader to
//! the manual; it never guesses.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

mod check;
mod figures;
mod stated;

pub use check::{Outcome, ParameterCheck, Summary, check, summary};
pub use figures::{APPROVED_PROTOCOLS, Band, FIGURES, Figure, Legacy, Rule};
pub use stated::{
    AesKey, AesMode, Cipher, Curve, Hash, KeyExchange, Parameter, ParseError, SignatureKey,
    StatedCrypto, TlsVersion,
};

/// An edition of the NZ Information Security Manual that tiaki holds figures for.
/// Stored as its number ("3.9") so workspace files stay readable.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(into = "String", try_from = "String")]
pub enum NzismVersion {
    /// February 2020: current when the guidance was written.
    V3_3,
    /// 2025: current now.
    #[default]
    V3_9,
}

impl NzismVersion {
    /// Oldest first.
    pub const ALL: [Self; 2] = [Self::V3_3, Self::V3_9];
    pub const CURRENT: Self = Self::V3_9;

    /// "3.9".
    pub fn number(self) -> &'static str {
        match self {
            Self::V3_3 => "3.3",
            Self::V3_9 => "3.9",
        }
    }

    /// "NZISM 3.9".
    pub fn name(self) -> String {
        format!("NZISM {}", self.number())
    }

    /// "NZISM 3.9 (2025)".
    pub fn label(self) -> String {
        let date = match self {
            Self::V3_3 => "Feb 2020",
            Self::V3_9 => "2025",
        };
        format!("NZISM {} ({date})", self.number())
    }

    /// Why this version matters to an assessment.
    pub fn era(self) -> &'static str {
        match self {
            Self::V3_3 => "current when the guidance was written",
            Self::V3_9 => "current now",
        }
    }
}

impl fmt::Display for NzismVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.number())
    }
}

/// Why a version name was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not an NZISM version tiaki holds figures for; use 3.3 or 3.9")]
pub struct UnknownVersion(pub String);

impl FromStr for NzismVersion {
    type Err = UnknownVersion;

    /// Accepts "3.9", "NZISM 3.9" and "v3.9", any case.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let lower = text.trim().to_ascii_lowercase();
        let number = lower
            .trim_start_matches("nzism")
            .trim()
            .trim_start_matches('v');
        Self::ALL
            .into_iter()
            .find(|version| version.number() == number)
            .ok_or_else(|| UnknownVersion(text.to_owned()))
    }
}

impl From<NzismVersion> for String {
    fn from(version: NzismVersion) -> Self {
        version.number().to_owned()
    }
}

impl TryFrom<String> for NzismVersion {
    type Error = UnknownVersion;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

/// NZ Government security classifications, lowest first (the options of the catalogue's
/// classification question, CTX.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Classification {
    Unclassified,
    InConfidence,
    Sensitive,
    Restricted,
    Confidential,
    Secret,
    TopSecret,
}

impl Classification {
    pub const ALL: [Self; 7] = [
        Self::Unclassified,
        Self::InConfidence,
        Self::Sensitive,
        Self::Restricted,
        Self::Confidential,
        Self::Secret,
        Self::TopSecret,
    ];

    /// The CTX.2 answer option id, e.g. "in-confidence".
    pub fn option_id(self) -> &'static str {
        match self {
            Self::Unclassified => "unclassified",
            Self::InConfidence => "in-confidence",
            Self::Sensitive => "sensitive",
            Self::Restricted => "restricted",
            Self::Confidential => "confidential",
            Self::Secret => "secret",
            Self::TopSecret => "top-secret",
        }
    }

    pub fn from_option_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.option_id() == id)
    }

    /// As the NZISM writes it, e.g. "IN-CONFIDENCE".
    pub fn label(self) -> String {
        self.option_id()
            .replace("top-", "top ")
            .to_ascii_uppercase()
    }

    /// SENSITIVE, RESTRICTED and everything above them.
    pub fn is_sensitive_or_above(self) -> bool {
        self >= Self::Sensitive
    }
}

#[cfg(test)]
mod tests;
