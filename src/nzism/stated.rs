//! What a provider states about its cryptography, one structured field per parameter.
//! Each value is stored and shown in one canonical text form ("RSA 3072") and parsed from
//! what an assessor types ("rsa-3072"), so workspace files read like the assessor's notes.

use std::fmt;

use serde::{Deserialize, Serialize};

mod parse;

/// One parameter of a provider's stated cryptography, in the order they are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Parameter {
    LowestTls,
    KeyExchange,
    Signature,
    Hash,
    Cipher,
    EndToEndProtocol,
}

impl Parameter {
    pub const ALL: [Self; 6] = [
        Self::LowestTls,
        Self::KeyExchange,
        Self::Signature,
        Self::Hash,
        Self::Cipher,
        Self::EndToEndProtocol,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::LowestTls => "Lowest TLS version accepted",
            Self::KeyExchange => "Key exchange",
            Self::Signature => "Certificate / signature key",
            Self::Hash => "Hash",
            Self::Cipher => "Symmetric cipher",
            Self::EndToEndProtocol => "End-to-end protocol",
        }
    }

    /// The forms the parser accepts, for error messages and input hints.
    pub fn accepted_forms(self) -> &'static str {
        match self {
            Self::LowestTls => {
                "TLS 1.3, TLS 1.2, TLS 1.1, TLS 1.0, SSL 3.0, SSL 2.0 (or \"1.2\", \"tls1.3\")"
            }
            Self::KeyExchange => {
                "ECDH P-256, ECDH P-384, X25519, DH <bits>, RSA key transport <bits> \
                 (or \"p384\", \"ecdhe-p256\", \"dh 2048\")"
            }
            Self::Signature => {
                "RSA <bits>, ECDSA P-256, ECDSA P-384, Ed25519, DSA <bits> (or \"rsa-3072\", \"p384\")"
            }
            Self::Hash => "SHA-1, SHA-256, SHA-384, SHA-512 (or \"sha384\")",
            Self::Cipher => {
                "AES-128 or AES-256 with GCM, CBC or ECB (\"AES-256-GCM\", \"aes128 cbc\"), \
                 ChaCha20-Poly1305"
            }
            Self::EndToEndProtocol => "any text",
        }
    }
}

/// Typed text that is not a form tiaki understands for `parameter`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{input}' is not a {} tiaki understands; type one of: {}", .parameter.label().to_lowercase(), .parameter.accepted_forms())]
pub struct ParseError {
    pub parameter: Parameter,
    pub input: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TlsVersion {
    Ssl2,
    Ssl3,
    Tls1_0,
    Tls1_1,
    Tls1_2,
    Tls1_3,
}

impl TlsVersion {
    pub fn is_ssl(self) -> bool {
        matches!(self, Self::Ssl2 | Self::Ssl3)
    }
}

/// NIST prime curves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Curve {
    P256,
    P384,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyExchange {
    Ecdh(Curve),
    X25519,
    FiniteFieldDh { bits: u32 },
    RsaKeyTransport { bits: u32 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignatureKey {
    Rsa { bits: u32 },
    Ecdsa(Curve),
    Ed25519,
    Dsa { bits: u32 },
}

/// Weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Hash {
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AesKey {
    Aes128,
    Aes256,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AesMode {
    Gcm,
    Cbc,
    Ecb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cipher {
    Aes { key: AesKey, mode: AesMode },
    ChaCha20Poly1305,
}

/// A provider's stated cryptography. Every field is optional: what the provider does not
/// state stays `None` and is reported as not stated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StatedCrypto {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lowest_tls: Option<TlsVersion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_exchange: Option<KeyExchange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<SignatureKey>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<Hash>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cipher: Option<Cipher>,
    /// Free text (e.g. "MLS", "Signal Protocol"): noted, not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_to_end_protocol: Option<String>,
}

impl StatedCrypto {
    /// Nothing stated at all.
    pub fn is_empty(&self) -> bool {
        Parameter::ALL.into_iter().all(|p| self.value(p).is_none())
    }

    /// The stated value of `parameter` in its canonical text form.
    pub fn value(&self, parameter: Parameter) -> Option<String> {
        match parameter {
            Parameter::LowestTls => self.lowest_tls.map(|v| v.to_string()),
            Parameter::KeyExchange => self.key_exchange.map(|v| v.to_string()),
            Parameter::Signature => self.signature.map(|v| v.to_string()),
            Parameter::Hash => self.hash.map(|v| v.to_string()),
            Parameter::Cipher => self.cipher.map(|v| v.to_string()),
            Parameter::EndToEndProtocol => self
                .end_to_end_protocol
                .as_deref()
                .map(str::trim)
                .filter(|text| !text.is_empty())
                .map(str::to_owned),
        }
    }

    /// Sets `parameter` from what the assessor typed; blank text clears it. On error the
    /// field is left as it was.
    pub fn set(&mut self, parameter: Parameter, text: &str) -> Result<(), ParseError> {
        fn parsed<T: std::str::FromStr<Err = ParseError>>(
            text: &str,
        ) -> Result<Option<T>, ParseError> {
            if text.trim().is_empty() {
                Ok(None)
            } else {
                text.parse().map(Some)
            }
        }
        match parameter {
            Parameter::LowestTls => self.lowest_tls = parsed(text)?,
            Parameter::KeyExchange => self.key_exchange = parsed(text)?,
            Parameter::Signature => self.signature = parsed(text)?,
            Parameter::Hash => self.hash = parsed(text)?,
            Parameter::Cipher => self.cipher = parsed(text)?,
            Parameter::EndToEndProtocol => {
                let text = text.trim();
                self.end_to_end_protocol = (!text.is_empty()).then(|| text.to_owned());
            }
        }
        Ok(())
    }
}

impl fmt::Display for TlsVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Ssl2 => "SSL 2.0",
            Self::Ssl3 => "SSL 3.0",
            Self::Tls1_0 => "TLS 1.0",
            Self::Tls1_1 => "TLS 1.1",
            Self::Tls1_2 => "TLS 1.2",
            Self::Tls1_3 => "TLS 1.3",
        })
    }
}

impl fmt::Display for Curve {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::P256 => "P-256",
            Self::P384 => "P-384",
        })
    }
}

impl fmt::Display for KeyExchange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Ecdh(curve) => write!(f, "ECDH {curve}"),
            Self::X25519 => f.write_str("X25519"),
            Self::FiniteFieldDh { bits } => write!(f, "DH {bits}"),
            Self::RsaKeyTransport { bits } => write!(f, "RSA key transport {bits}"),
        }
    }
}

impl fmt::Display for SignatureKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rsa { bits } => write!(f, "RSA {bits}"),
            Self::Ecdsa(curve) => write!(f, "ECDSA {curve}"),
            Self::Ed25519 => f.write_str("Ed25519"),
            Self::Dsa { bits } => write!(f, "DSA {bits}"),
        }
    }
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Sha1 => "SHA-1",
            Self::Sha256 => "SHA-256",
            Self::Sha384 => "SHA-384",
            Self::Sha512 => "SHA-512",
        })
    }
}

impl fmt::Display for AesMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Gcm => "GCM",
            Self::Cbc => "CBC",
            Self::Ecb => "ECB",
        })
    }
}

impl fmt::Display for Cipher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Aes { key, mode } => {
                let bits = match key {
                    AesKey::Aes128 => 128,
                    AesKey::Aes256 => 256,
                };
                write!(f, "AES-{bits}-{mode}")
            }
            Self::ChaCha20Poly1305 => f.write_str("ChaCha20-Poly1305"),
        }
    }
}
