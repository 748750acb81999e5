//! The NZISM chapter 17 figures tiaki holds, as data, each with the version it comes from.
//! Only what tiaki's reference facts say is here: a version silent on something has no row,
//! and the check then sends the reader to the manual rather than guessing.

use super::NzismVersion::{self, V3_3, V3_9};
use super::stated::{AesMode, Curve, Hash, TlsVersion};

/// Algorithms the NZISM approves for legacy use only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// Finite-field Diffie-Hellman.
    Dh,
    Dsa,
}

/// Which classifications a figure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// UNCLASSIFIED and IN-CONFIDENCE.
    BelowSensitive,
    /// SENSITIVE, RESTRICTED and above.
    SensitiveAndAbove,
}

/// What one figure says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// The TLS version the manual recommends accepting at the lowest.
    TlsRecommended(TlsVersion),
    /// SSL is not to be used.
    NoSsl,
    /// RSA keys (for signatures or key transport) of at least this many bits.
    RsaMinimumBits(u32),
    /// ECDH on this curve is approved.
    EcdhCurve(Curve),
    /// ECDSA on this curve is approved.
    EcdsaCurve(Curve),
    /// Approved for legacy use only, so not for a service being adopted.
    LegacyOnly(Legacy),
    /// The hash the manual names; no minimum is stated, so other hashes have no figure.
    HashNamed(Hash),
    /// At least this hash for information in the band.
    HashMinimum { band: Band, minimum: Hash },
    /// AES is an approved cipher.
    AesApproved,
    /// The AES mode the manual prefers.
    AesModePreferred(AesMode),
    /// An AES mode not to be used.
    AesModeNotToBeUsed(AesMode),
}

/// One figure from one NZISM version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub version: NzismVersion,
    pub rule: Rule,
    /// What the manual says, briefly, e.g. "RSA keys of at least 3072 bits".
    pub text: &'static str,
}

impl Figure {
    /// "NZISM 3.9: RSA keys of at least 3072 bits".
    pub fn note(&self) -> String {
        format!("{}: {}", self.version.name(), self.text)
    }
}

const fn figure(version: NzismVersion, rule: Rule, text: &'static str) -> Figure {
    Figure {
        version,
        rule,
        text,
    }
}

/// Every figure tiaki holds, from REFERENCE-FACTS "NZISM chapter 17".
pub static FIGURES: &[Figure] = &[
    figure(
        V3_3,
        Rule::TlsRecommended(TlsVersion::Tls1_2),
        "TLS 1.2 recommended",
    ),
    figure(V3_3, Rule::NoSsl, "no SSL"),
    figure(
        V3_3,
        Rule::RsaMinimumBits(2048),
        "RSA keys of at least 2048 bits",
    ),
    figure(V3_3, Rule::EcdhCurve(Curve::P384), "ECDH on P-384"),
    figure(V3_3, Rule::EcdsaCurve(Curve::P384), "ECDSA on P-384"),
    figure(V3_3, Rule::LegacyOnly(Legacy::Dh), "DH for legacy use only"),
    figure(
        V3_3,
        Rule::LegacyOnly(Legacy::Dsa),
        "DSA for legacy use only",
    ),
    figure(V3_3, Rule::HashNamed(Hash::Sha384), "SHA-384"),
    figure(V3_3, Rule::AesApproved, "AES approved"),
    figure(
        V3_3,
        Rule::AesModePreferred(AesMode::Gcm),
        "AES in GCM mode preferred",
    ),
    figure(
        V3_3,
        Rule::AesModeNotToBeUsed(AesMode::Ecb),
        "ECB mode not to be used",
    ),
    figure(
        V3_9,
        Rule::TlsRecommended(TlsVersion::Tls1_3),
        "TLS 1.3 recommended",
    ),
    figure(
        V3_9,
        Rule::RsaMinimumBits(3072),
        "RSA keys of at least 3072 bits",
    ),
    figure(
        V3_9,
        Rule::HashMinimum {
            band: Band::SensitiveAndAbove,
            minimum: Hash::Sha384,
        },
        "SHA-384 for SENSITIVE / RESTRICTED and above",
    ),
    figure(
        V3_9,
        Rule::HashMinimum {
            band: Band::BelowSensitive,
            minimum: Hash::Sha256,
        },
        "SHA-256 minimum below SENSITIVE",
    ),
];

/// The protocols NZISM chapter 17 (17.3) approves; the same list in 3.3 and 3.9.
pub const APPROVED_PROTOCOLS: [&str; 5] = ["TLS", "SSH", "S/MIME", "OpenPGP", "IPsec"];

/// The first figure of `version` whose rule `matches`.
pub(super) fn find(
    version: NzismVersion,
    matches: impl Fn(&Rule) -> bool,
) -> Option<&'static Figure> {
    FIGURES
        .iter()
        .find(|figure| figure.version == version && matches(&figure.rule))
}
