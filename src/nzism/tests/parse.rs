use proptest::prelude::*;

use super::super::*;

fn parsed<T: std::str::FromStr + std::fmt::Display>(text: &str) -> String
where
    T::Err: std::fmt::Debug,
{
    text.parse::<T>().expect("accepted form").to_string()
}

#[test]
fn what_an_assessor_types_parses_to_the_canonical_form() {
    for (typed, canonical) in [
        ("TLS 1.2", "TLS 1.2"),
        ("1.2", "TLS 1.2"),
        ("tls1.3", "TLS 1.3"),
        ("TLSv1", "TLS 1.0"),
        ("SSLv3", "SSL 3.0"),
    ] {
        assert_eq!(parsed::<TlsVersion>(typed), canonical, "{typed}");
    }
    for (typed, canonical) in [
        ("ECDH P-384", "ECDH P-384"),
        ("ecdhe-p256", "ECDH P-256"),
        ("p384", "ECDH P-384"),
        ("secp384r1", "ECDH P-384"),
        ("X25519", "X25519"),
        ("ECDHE x25519", "X25519"),
        ("DH 2048", "DH 2048"),
        ("ffdhe3072", "DH 3072"),
        ("RSA 2048", "RSA key transport 2048"),
        ("rsa key transport 4096 bits", "RSA key transport 4096"),
    ] {
        assert_eq!(parsed::<KeyExchange>(typed), canonical, "{typed}");
    }
    for (typed, canonical) in [
        ("RSA 2048", "RSA 2048"),
        ("rsa-3072", "RSA 3072"),
        ("RSA 4096-bit", "RSA 4096"),
        ("ECDSA P-384", "ECDSA P-384"),
        ("p384", "ECDSA P-384"),
        ("ed25519", "Ed25519"),
        ("DSA 1024", "DSA 1024"),
    ] {
        assert_eq!(parsed::<SignatureKey>(typed), canonical, "{typed}");
    }
    for (typed, canonical) in [
        ("SHA-256", "SHA-256"),
        ("sha384", "SHA-384"),
        ("SHA2-512", "SHA-512"),
        ("sha1", "SHA-1"),
    ] {
        assert_eq!(parsed::<Hash>(typed), canonical, "{typed}");
    }
    for (typed, canonical) in [
        ("AES-256-GCM", "AES-256-GCM"),
        ("aes128 cbc", "AES-128-CBC"),
        ("AES_GCM_128", "AES-128-GCM"),
        ("aes-256-ecb", "AES-256-ECB"),
        ("ChaCha20-Poly1305", "ChaCha20-Poly1305"),
    ] {
        assert_eq!(parsed::<Cipher>(typed), canonical, "{typed}");
    }
}

#[test]
fn a_form_tiaki_does_not_know_is_refused_with_the_accepted_forms() {
    let error = "RSA".parse::<SignatureKey>().expect_err("no key size");
    assert_eq!(error.parameter, Parameter::Signature);
    assert_eq!(
        error.to_string(),
        "'RSA' is not a certificate / signature key tiaki understands; type one of: RSA <bits>, \
         ECDSA P-256, ECDSA P-384, Ed25519, DSA <bits> (or \"rsa-3072\", \"p384\")"
    );
    for bad in ["TLS 1.4", "1", "SSL 4", ""] {
        assert!(bad.parse::<TlsVersion>().is_err(), "{bad}");
    }
    for bad in ["DH", "DH 0", "ECDH P-521", "Kyber768"] {
        assert!(bad.parse::<KeyExchange>().is_err(), "{bad}");
    }
    for bad in ["AES-256", "AES-192-GCM", "3DES", "aes256gcmx"] {
        assert!(bad.parse::<Cipher>().is_err(), "{bad}");
    }
    assert!("SHA3-256".parse::<Hash>().is_err());
    assert!("MD5".parse::<Hash>().is_err());
}

#[test]
fn set_clears_on_blank_and_keeps_the_old_value_on_error() {
    let mut stated = StatedCrypto::default();
    assert!(stated.is_empty());
    stated.set(Parameter::Hash, "sha384").expect("valid");
    assert_eq!(stated.value(Parameter::Hash).as_deref(), Some("SHA-384"));
    assert!(stated.set(Parameter::Hash, "md5").is_err());
    assert_eq!(stated.hash, Some(Hash::Sha384));
    stated.set(Parameter::Hash, "  ").expect("blank clears");
    assert!(stated.is_empty());
    stated
        .set(Parameter::EndToEndProtocol, "  ")
        .expect("blank clears");
    assert!(stated.is_empty());
    stated
        .set(Parameter::EndToEndProtocol, " MLS ")
        .expect("text");
    assert_eq!(stated.end_to_end_protocol.as_deref(), Some("MLS"));
}

fn full() -> StatedCrypto {
    StatedCrypto {
        lowest_tls: Some(TlsVersion::Tls1_2),
        key_exchange: Some(KeyExchange::FiniteFieldDh { bits: 2048 }),
        signature: Some(SignatureKey::Ecdsa(Curve::P384)),
        hash: Some(Hash::Sha256),
        cipher: Some(Cipher::Aes {
            key: AesKey::Aes128,
            mode: AesMode::Cbc,
        }),
        end_to_end_protocol: Some("MLS".into()),
    }
}

#[test]
fn stated_crypto_round_trips_through_readable_ron_and_json() {
    let stated = full();
    let ron_text = ron::to_string(&stated).expect("serialises");
    assert!(
        ron_text.contains("lowest_tls:Some(\"TLS 1.2\")"),
        "{ron_text}"
    );
    assert!(ron_text.contains("\"AES-128-CBC\""), "{ron_text}");
    assert_eq!(
        ron::from_str::<StatedCrypto>(&ron_text).expect("parses"),
        stated
    );
    let json = serde_json::to_string(&stated).expect("serialises");
    assert!(json.contains(r#""key_exchange":"DH 2048""#), "{json}");
    assert_eq!(
        serde_json::from_str::<StatedCrypto>(&json).expect("parses"),
        stated
    );
    assert_eq!(
        ron::to_string(&StatedCrypto::default()).expect("serialises"),
        "()"
    );
}

#[test]
fn stated_crypto_files_are_read_forgivingly_but_strictly_about_fields() {
    let typed = r#"(signature: Some("rsa-3072"), hash: Some("sha384"))"#;
    let stated: StatedCrypto = ron::from_str(typed).expect("typed forms and missing fields");
    assert_eq!(stated.signature, Some(SignatureKey::Rsa { bits: 3072 }));
    assert_eq!(stated.hash, Some(Hash::Sha384));
    let unknown = ron::from_str::<StatedCrypto>(r#"(hsah: Some("SHA-384"))"#);
    assert!(unknown.is_err());
    let bad = ron::from_str::<StatedCrypto>(r#"(hash: Some("MD5"))"#).expect_err("refused");
    assert!(bad.to_string().contains("type one of: SHA-1"), "{bad}");
}

#[test]
fn versions_serialise_as_their_number() {
    let version = NzismVersion::V3_3;
    assert_eq!(ron::to_string(&version).expect("serialises"), "\"3.3\"");
    assert_eq!(
        serde_json::to_string(&version).expect("serialises"),
        "\"3.3\""
    );
    for version in NzismVersion::ALL {
        let ron_text = ron::to_string(&version).expect("serialises");
        assert_eq!(
            ron::from_str::<NzismVersion>(&ron_text).expect("parses"),
            version
        );
        let json = serde_json::to_string(&version).expect("serialises");
        assert_eq!(
            serde_json::from_str::<NzismVersion>(&json).expect("parses"),
            version
        );
    }
    assert_eq!("NZISM 3.9".parse(), Ok(NzismVersion::V3_9));
    assert_eq!("v3.3".parse(), Ok(NzismVersion::V3_3));
    let unknown = serde_json::from_str::<NzismVersion>("\"3.7\"").expect_err("unknown");
    assert!(unknown.to_string().contains("use 3.3 or 3.9"), "{unknown}");
}

fn any_bits() -> impl Strategy<Value = u32> {
    1..=u32::MAX
}

fn any_curve() -> impl Strategy<Value = Curve> {
    prop_oneof![Just(Curve::P256), Just(Curve::P384)]
}

fn any_tls() -> impl Strategy<Value = TlsVersion> {
    prop::sample::select(vec![
        TlsVersion::Ssl2,
        TlsVersion::Ssl3,
        TlsVersion::Tls1_0,
        TlsVersion::Tls1_1,
        TlsVersion::Tls1_2,
        TlsVersion::Tls1_3,
    ])
}

fn any_key_exchange() -> impl Strategy<Value = KeyExchange> {
    prop_oneof![
        any_curve().prop_map(KeyExchange::Ecdh),
        Just(KeyExchange::X25519),
        any_bits().prop_map(|bits| KeyExchange::FiniteFieldDh { bits }),
        any_bits().prop_map(|bits| KeyExchange::RsaKeyTransport { bits }),
    ]
}

fn any_signature() -> impl Strategy<Value = SignatureKey> {
    prop_oneof![
        any_bits().prop_map(|bits| SignatureKey::Rsa { bits }),
        any_curve().prop_map(SignatureKey::Ecdsa),
        Just(SignatureKey::Ed25519),
        any_bits().prop_map(|bits| SignatureKey::Dsa { bits }),
    ]
}

fn any_hash() -> impl Strategy<Value = Hash> {
    prop::sample::select(vec![Hash::Sha1, Hash::Sha256, Hash::Sha384, Hash::Sha512])
}

fn any_cipher() -> impl Strategy<Value = Cipher> {
    let key = prop_oneof![Just(AesKey::Aes128), Just(AesKey::Aes256)];
    let mode = prop_oneof![Just(AesMode::Gcm), Just(AesMode::Cbc), Just(AesMode::Ecb)];
    prop_oneof![
        (key, mode).prop_map(|(key, mode)| Cipher::Aes { key, mode }),
        Just(Cipher::ChaCha20Poly1305),
    ]
}

fn round_trips<T>(value: &T, messy: bool) -> bool
where
    T: std::str::FromStr + std::fmt::Display + PartialEq,
{
    let text = value.to_string();
    let typed = if messy {
        format!("  {}  ", text.to_lowercase().replace(' ', "-"))
    } else {
        text
    };
    typed.parse::<T>().ok().as_ref() == Some(value)
}

proptest! {
    #[test]
    fn display_round_trips_through_the_parser(
        tls in any_tls(),
        kx in any_key_exchange(),
        sig in any_signature(),
        hash in any_hash(),
        cipher in any_cipher(),
        messy in any::<bool>(),
    ) {
        prop_assert!(round_trips(&tls, messy));
        prop_assert!(round_trips(&kx, messy));
        prop_assert!(round_trips(&sig, messy));
        prop_assert!(round_trips(&hash, messy));
        prop_assert!(round_trips(&cipher, messy));
    }

    #[test]
    fn checking_never_panics_and_covers_every_parameter(
        tls in prop::option::of(any_tls()),
        kx in prop::option::of(any_key_exchange()),
        sig in prop::option::of(any_signature()),
        hash in prop::option::of(any_hash()),
        cipher in prop::option::of(any_cipher()),
        protocol in prop::option::of(".{0,20}"),
        class in prop::option::of("[a-z-]{0,14}"),
    ) {
        let stated = StatedCrypto {
            lowest_tls: tls, key_exchange: kx, signature: sig, hash, cipher,
            end_to_end_protocol: protocol,
        };
        for version in NzismVersion::ALL {
            let checks = check(&stated, version, class.as_deref());
            prop_assert_eq!(checks.len(), Parameter::ALL.len());
            let sum = summary(&checks);
            prop_assert_eq!(sum.meets + sum.falls_short + sum.unchecked, checks.len());
            prop_assert!(checks.iter().all(|c| !c.sentence.is_empty()));
        }
    }
}
