//! Forgiving parsers for what an assessor types, and serde through the canonical text.
//! Case, spaces, dots, dashes and slashes are ignored ("TLS 1.2", "tls1.2" and "1.2" are one
//! value), as is a trailing "bits" ("RSA 2048 bits").

use std::str::FromStr;

use super::{
    AesKey, AesMode, Cipher, Curve, Hash, KeyExchange, Parameter, ParseError, SignatureKey,
    TlsVersion,
};

/// Lower-case letters and digits only, without a trailing "bit"/"bits".
fn normalise(text: &str) -> String {
    let squeezed: String = text
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    squeezed
        .strip_suffix("bits")
        .or_else(|| squeezed.strip_suffix("bit"))
        .filter(|core| core.ends_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(&squeezed)
        .to_owned()
}

/// `text` without the first of `prefixes` it starts with.
fn strip_any<'a>(text: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes.iter().find_map(|prefix| text.strip_prefix(prefix))
}

/// A positive key size in bits.
fn bits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|&bits| bits > 0)
}

fn curve(text: &str) -> Option<Curve> {
    match text {
        "p256" | "secp256r1" | "prime256v1" | "nistp256" => Some(Curve::P256),
        "p384" | "secp384r1" | "nistp384" => Some(Curve::P384),
        _ => None,
    }
}

fn tls(text: &str) -> Option<TlsVersion> {
    if let Some(rest) = text.strip_prefix("ssl") {
        return match rest.strip_prefix('v').unwrap_or(rest) {
            "2" | "20" => Some(TlsVersion::Ssl2),
            "3" | "30" => Some(TlsVersion::Ssl3),
            _ => None,
        };
    }
    // A bare "1" is too vague; "TLS 1" and "TLSv1" are not.
    let (named, rest) = text
        .strip_prefix("tls")
        .map_or((false, text), |rest| (true, rest));
    match rest.strip_prefix('v').unwrap_or(rest) {
        "1" if named => Some(TlsVersion::Tls1_0),
        "10" => Some(TlsVersion::Tls1_0),
        "11" => Some(TlsVersion::Tls1_1),
        "12" => Some(TlsVersion::Tls1_2),
        "13" => Some(TlsVersion::Tls1_3),
        _ => None,
    }
}

fn key_exchange(text: &str) -> Option<KeyExchange> {
    let x25519 = |s: &str| matches!(s, "x25519" | "curve25519");
    if let Some(rest) = strip_any(text, &["ecdhe", "ecdh"]) {
        return if x25519(rest) {
            Some(KeyExchange::X25519)
        } else {
            curve(rest).map(KeyExchange::Ecdh)
        };
    }
    if x25519(text) {
        return Some(KeyExchange::X25519);
    }
    if let Some(curve) = curve(text) {
        return Some(KeyExchange::Ecdh(curve));
    }
    if let Some(rest) = strip_any(text, &["rsakeytransport", "rsakex", "rsa"]) {
        return bits(rest).map(|bits| KeyExchange::RsaKeyTransport { bits });
    }
    let rest = strip_any(text, &["ffdhe", "ffdh", "dhe", "dh"])?;
    bits(rest).map(|bits| KeyExchange::FiniteFieldDh { bits })
}

fn signature(text: &str) -> Option<SignatureKey> {
    if let Some(rest) = text.strip_prefix("ecdsa") {
        return curve(rest).map(SignatureKey::Ecdsa);
    }
    if let Some(curve) = curve(text) {
        return Some(SignatureKey::Ecdsa(curve));
    }
    if text == "ed25519" {
        return Some(SignatureKey::Ed25519);
    }
    if let Some(rest) = text.strip_prefix("rsa") {
        return bits(rest).map(|bits| SignatureKey::Rsa { bits });
    }
    bits(text.strip_prefix("dsa")?).map(|bits| SignatureKey::Dsa { bits })
}

fn hash(text: &str) -> Option<Hash> {
    match text.strip_prefix("sha")? {
        "1" => Some(Hash::Sha1),
        "256" | "2256" => Some(Hash::Sha256),
        "384" | "2384" => Some(Hash::Sha384),
        "512" | "2512" => Some(Hash::Sha512),
        _ => None,
    }
}

fn cipher(text: &str) -> Option<Cipher> {
    if matches!(text, "chacha20poly1305" | "chacha20" | "chachapoly") {
        return Some(Cipher::ChaCha20Poly1305);
    }
    let rest = text.strip_prefix("aes")?;
    let keys = [("128", AesKey::Aes128), ("256", AesKey::Aes256)];
    let modes = [
        ("gcm", AesMode::Gcm),
        ("cbc", AesMode::Cbc),
        ("ecb", AesMode::Ecb),
    ];
    keys.iter().find_map(|&(key_text, key)| {
        modes.iter().find_map(|&(mode_text, mode)| {
            (*rest == format!("{key_text}{mode_text}") || *rest == format!("{mode_text}{key_text}"))
                .then_some(Cipher::Aes { key, mode })
        })
    })
}

/// `FromStr` through the parameter's parser, and serde through the canonical text.
macro_rules! text_form {
    ($($ty:ty => $parameter:ident, $parser:ident;)*) => {$(
        impl FromStr for $ty {
            type Err = ParseError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $parser(&normalise(text)).ok_or_else(|| ParseError {
                    parameter: Parameter::$parameter,
                    input: text.trim().to_owned(),
                })
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

text_form! {
    TlsVersion => LowestTls, tls;
    KeyExchange => KeyExchange, key_exchange;
    SignatureKey => Signature, signature;
    Hash => Hash, hash;
    Cipher => Cipher, cipher;
}
