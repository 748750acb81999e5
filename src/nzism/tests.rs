use super::*;

mod classification;
mod parse;

/// The check of one parameter of `stated` under `version`.
fn one(
    stated: &StatedCrypto,
    parameter: Parameter,
    version: NzismVersion,
    classification: Option<&str>,
) -> ParameterCheck {
    check(stated, version, classification)
        .into_iter()
        .find(|c| c.parameter == parameter)
        .expect("every parameter is checked")
}

fn signature(text: &str) -> StatedCrypto {
    StatedCrypto {
        signature: Some(text.parse().expect("valid signature key")),
        ..StatedCrypto::default()
    }
}

fn stated(parameter: Parameter, text: &str) -> StatedCrypto {
    let mut stated = StatedCrypto::default();
    stated.set(parameter, text).expect("valid value");
    stated
}

fn outcome(parameter: Parameter, text: &str, version: NzismVersion) -> Outcome {
    one(
        &stated(parameter, text),
        parameter,
        version,
        Some("unclassified"),
    )
    .outcome
}

fn is_no_figure(outcome: &Outcome) -> bool {
    matches!(outcome, Outcome::NoFigure(why) if why.ends_with("check the manual"))
}

const V33: NzismVersion = NzismVersion::V3_3;
const V39: NzismVersion = NzismVersion::V3_9;

#[test]
fn the_table_holds_exactly_the_reference_facts() {
    let notes: Vec<String> = FIGURES.iter().map(Figure::note).collect();
    assert_eq!(
        notes,
        [
            "NZISM 3.3: TLS 1.2 recommended",
            "NZISM 3.3: no SSL",
            "NZISM 3.3: RSA keys of at least 2048 bits",
            "NZISM 3.3: ECDH on P-384",
            "NZISM 3.3: ECDSA on P-384",
            "NZISM 3.3: DH for legacy use only",
            "NZISM 3.3: DSA for legacy use only",
            "NZISM 3.3: SHA-384",
            "NZISM 3.3: AES approved",
            "NZISM 3.3: AES in GCM mode preferred",
            "NZISM 3.3: ECB mode not to be used",
            "NZISM 3.9: TLS 1.3 recommended",
            "NZISM 3.9: RSA keys of at least 3072 bits",
            "NZISM 3.9: SHA-384 for SENSITIVE / RESTRICTED and above",
            "NZISM 3.9: SHA-256 minimum below SENSITIVE",
        ]
    );
    assert_eq!(
        APPROVED_PROTOCOLS,
        ["TLS", "SSH", "S/MIME", "OpenPGP", "IPsec"]
    );
}

#[test]
fn versions_default_to_the_current_one_and_label_their_date() {
    assert_eq!(NzismVersion::default(), NzismVersion::CURRENT);
    assert_eq!(NzismVersion::CURRENT, V39);
    assert_eq!(V39.label(), "NZISM 3.9 (2025)");
    assert_eq!(V33.label(), "NZISM 3.3 (Feb 2020)");
    assert_eq!(V33.era(), "current when the guidance was written");
    assert_eq!(NzismVersion::ALL, [V33, V39]);
}

#[test]
fn rsa_2048_meets_3_3_but_falls_short_of_3_9() {
    let rsa = signature("RSA 2048");
    let under_39 = one(&rsa, Parameter::Signature, V39, None);
    assert_eq!(
        under_39.outcome,
        Outcome::FallsShort("RSA keys of at least 3072 bits".into())
    );
    assert_eq!(
        under_39.sentence,
        "RSA 2048 falls short of NZISM 3.9 (RSA keys of at least 3072 bits); it met NZISM 3.3, \
         current when the guidance was written"
    );
    let under_33 = one(&rsa, Parameter::Signature, V33, None);
    assert_eq!(under_33.outcome, Outcome::Meets);
    assert_eq!(
        under_33.sentence,
        "RSA 2048 meets NZISM 3.3 (RSA keys of at least 2048 bits); it falls short of NZISM \
         3.9, current now (RSA keys of at least 3072 bits)"
    );
}

#[test]
fn rsa_3072_meets_both_and_1024_falls_short_of_both_without_a_second_clause() {
    for version in NzismVersion::ALL {
        assert_eq!(
            outcome(Parameter::Signature, "RSA 3072", version),
            Outcome::Meets
        );
        let weak = one(&signature("RSA 1024"), Parameter::Signature, version, None);
        assert!(matches!(weak.outcome, Outcome::FallsShort(_)));
        assert!(!weak.sentence.contains(';'), "{}", weak.sentence);
    }
}

#[test]
fn rsa_key_transport_follows_the_rsa_figure() {
    let kx = Parameter::KeyExchange;
    assert_eq!(outcome(kx, "RSA 2048", V33), Outcome::Meets);
    assert!(matches!(
        outcome(kx, "RSA 2048", V39),
        Outcome::FallsShort(_)
    ));
    assert_eq!(outcome(kx, "RSA key transport 4096", V39), Outcome::Meets);
}

#[test]
fn tls_1_2_meets_3_3_and_meets_3_9_only_with_advice() {
    let tls = Parameter::LowestTls;
    assert_eq!(outcome(tls, "TLS 1.2", V33), Outcome::Meets);
    let under_39 = one(&stated(tls, "1.2"), tls, V39, None);
    assert_eq!(
        under_39.outcome,
        Outcome::MeetsWithAdvice("TLS 1.3 recommended".into())
    );
    assert_eq!(
        under_39.sentence,
        "Accepting TLS 1.2 and above meets NZISM 3.9, with advice: TLS 1.3 recommended; it met \
         NZISM 3.3, current when the guidance was written"
    );
    for version in NzismVersion::ALL {
        assert_eq!(outcome(tls, "TLS 1.3", version), Outcome::Meets);
    }
}

#[test]
fn tls_below_1_2_falls_short_of_both() {
    for text in ["TLS 1.0", "TLS 1.1"] {
        assert_eq!(
            outcome(Parameter::LowestTls, text, V33),
            Outcome::FallsShort("TLS 1.2 recommended".into())
        );
        assert_eq!(
            outcome(Parameter::LowestTls, text, V39),
            Outcome::FallsShort("TLS 1.3 recommended".into())
        );
    }
}

#[test]
fn ssl_never() {
    for text in ["SSL 3.0", "sslv2"] {
        assert_eq!(
            outcome(Parameter::LowestTls, text, V33),
            Outcome::FallsShort("no SSL".into())
        );
        assert!(matches!(
            outcome(Parameter::LowestTls, text, V39),
            Outcome::FallsShort(_)
        ));
    }
}

#[test]
fn ecdh_and_ecdsa_on_p384_are_named_by_3_3_only() {
    for (parameter, text) in [
        (Parameter::KeyExchange, "ECDH P-384"),
        (Parameter::Signature, "ECDSA P-384"),
    ] {
        assert_eq!(outcome(parameter, text, V33), Outcome::Meets);
        let under_39 = one(&stated(parameter, text), parameter, V39, None);
        assert!(is_no_figure(&under_39.outcome), "{under_39:?}");
        assert!(
            under_39
                .sentence
                .ends_with("it met NZISM 3.3, current when the guidance was written"),
            "{}",
            under_39.sentence
        );
    }
}

#[test]
fn p256_x25519_and_ed25519_have_no_figure_in_either_version() {
    for (parameter, text) in [
        (Parameter::KeyExchange, "ECDH P-256"),
        (Parameter::KeyExchange, "X25519"),
        (Parameter::Signature, "ECDSA P-256"),
        (Parameter::Signature, "Ed25519"),
    ] {
        for version in NzismVersion::ALL {
            let check = one(&stated(parameter, text), parameter, version, None);
            assert_eq!(
                check.sentence,
                format!(
                    "tiaki holds no figure for {text} in {}: check the manual",
                    version.name()
                )
            );
        }
    }
}

#[test]
fn dh_and_dsa_are_legacy_only_under_3_3_and_have_no_figure_under_3_9() {
    for (parameter, text, why) in [
        (Parameter::KeyExchange, "DH 2048", "DH for legacy use only"),
        (Parameter::Signature, "DSA 3072", "DSA for legacy use only"),
    ] {
        assert_eq!(
            outcome(parameter, text, V33),
            Outcome::FallsShort(why.into())
        );
        let under_39 = one(&stated(parameter, text), parameter, V39, None);
        assert!(is_no_figure(&under_39.outcome));
        assert!(under_39.sentence.contains(&format!(
            "it fell short of NZISM 3.3, current when the guidance was written ({why})"
        )));
    }
}

#[test]
fn aes_gcm_meets_3_3_cbc_meets_with_advice_and_ecb_never() {
    let cipher = Parameter::Cipher;
    for text in ["AES-128-GCM", "AES-256-GCM"] {
        assert_eq!(outcome(cipher, text, V33), Outcome::Meets);
    }
    assert_eq!(
        outcome(cipher, "AES-256-CBC", V33),
        Outcome::MeetsWithAdvice("AES in GCM mode preferred".into())
    );
    assert_eq!(
        outcome(cipher, "AES-256-ECB", V33),
        Outcome::FallsShort("ECB mode not to be used".into())
    );
    let ecb_39 = one(&stated(cipher, "aes128 ecb"), cipher, V39, None);
    assert!(is_no_figure(&ecb_39.outcome));
    assert!(ecb_39.sentence.contains("it fell short of NZISM 3.3"));
}

#[test]
fn chacha20_has_no_figure_and_3_9_holds_no_aes_figure() {
    for version in NzismVersion::ALL {
        assert!(is_no_figure(&outcome(
            Parameter::Cipher,
            "ChaCha20-Poly1305",
            version
        )));
    }
    assert!(is_no_figure(&outcome(
        Parameter::Cipher,
        "AES-256-GCM",
        V39
    )));
}

#[test]
fn dtls_srtp_or_mls_is_not_an_nzism_approved_protocol() {
    let protocol = Parameter::EndToEndProtocol;
    for text in ["DTLS-SRTP", "MLS (RFC 9420)", "Signal Protocol"] {
        let check = one(&stated(protocol, text), protocol, V39, None);
        let note = format!(
            "tiaki's note: {text} is not one of the protocols NZISM chapter 17 approves \
             (TLS, SSH, S/MIME, OpenPGP, IPsec); tiaki does not judge it"
        );
        assert_eq!(check.outcome, Outcome::NotChecked(note.clone()));
        assert_eq!(check.sentence, note);
    }
    let smime = one(&stated(protocol, "S/MIME over TLS"), protocol, V33, None);
    assert!(
        smime
            .sentence
            .contains("names TLS and S/MIME, approved by NZISM chapter 17")
    );
}

#[test]
fn nothing_stated_is_reported_per_parameter_and_counted_unchecked() {
    let checks = check(&StatedCrypto::default(), V39, None);
    assert_eq!(checks.len(), Parameter::ALL.len());
    assert!(checks.iter().all(|c| c.outcome == Outcome::NotStated));
    assert_eq!(
        checks[1].sentence,
        "Key exchange: not stated by the provider"
    );
    let sum = summary(&checks);
    assert_eq!((sum.meets, sum.falls_short, sum.unchecked), (0, 0, 6));
}

#[test]
fn summary_counts_advice_as_meeting() {
    let mut provider = StatedCrypto::default();
    for (parameter, text) in [
        (Parameter::LowestTls, "TLS 1.2"),
        (Parameter::Signature, "RSA 2048"),
        (Parameter::Hash, "SHA-384"),
        (Parameter::Cipher, "AES-256-GCM"),
        (Parameter::EndToEndProtocol, "MLS"),
    ] {
        provider.set(parameter, text).expect("valid");
    }
    let sum = summary(&check(&provider, V39, Some("restricted")));
    assert_eq!((sum.meets, sum.falls_short, sum.unchecked), (2, 1, 3));
    assert_eq!(
        sum.sentence(V39),
        "Against NZISM 3.9: 2 meet, 1 falls short, 3 unchecked"
    );
    let sum_33 = summary(&check(&provider, V33, Some("restricted")));
    assert_eq!(
        (sum_33.meets, sum_33.falls_short, sum_33.unchecked),
        (4, 0, 2)
    );
}
