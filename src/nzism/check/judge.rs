//! One stated value judged against one NZISM version's figures.

use super::super::NzismVersion;
use super::super::figures::{Band, Figure, Legacy, Rule, find};
use super::super::stated::{Cipher, Hash, KeyExchange, SignatureKey, TlsVersion};
use super::Outcome;

/// An outcome and, when it meets, the figure it meets.
pub(super) struct Judged {
    pub outcome: Outcome,
    pub basis: Option<&'static Figure>,
}

fn meets(figure: &'static Figure) -> Judged {
    Judged {
        outcome: Outcome::Meets,
        basis: Some(figure),
    }
}

fn advice(figure: &'static Figure) -> Judged {
    Judged {
        outcome: Outcome::MeetsWithAdvice(figure.text.to_owned()),
        basis: Some(figure),
    }
}

fn short(figure: &'static Figure) -> Judged {
    Judged {
        outcome: Outcome::FallsShort(figure.text.to_owned()),
        basis: Some(figure),
    }
}

/// tiaki holds nothing on `subject` for `version`.
fn no_figure(subject: &str, version: NzismVersion) -> Judged {
    Judged {
        outcome: Outcome::NoFigure(format!(
            "tiaki holds no figure for {subject} in {}: check the manual",
            version.name()
        )),
        basis: None,
    }
}

fn recommended_tls(version: NzismVersion) -> Option<(&'static Figure, TlsVersion)> {
    let figure = find(version, |rule| matches!(rule, Rule::TlsRecommended(_)))?;
    match figure.rule {
        Rule::TlsRecommended(recommended) => Some((figure, recommended)),
        _ => None,
    }
}

/// Below the recommended version is advice, not a shortfall, only while the version still
/// meets what an earlier NZISM recommended (TLS 1.2 under 3.9); further below falls short.
pub(super) fn tls(stated: TlsVersion, version: NzismVersion) -> Judged {
    if stated.is_ssl()
        && let Some(figure) = find(version, |rule| *rule == Rule::NoSsl)
    {
        return short(figure);
    }
    let Some((figure, recommended)) = recommended_tls(version) else {
        return no_figure(&stated.to_string(), version);
    };
    let met_earlier = NzismVersion::ALL
        .into_iter()
        .filter(|earlier| *earlier < version)
        .filter_map(recommended_tls)
        .any(|(_, earlier)| stated >= earlier);
    if stated >= recommended {
        meets(figure)
    } else if met_earlier {
        advice(figure)
    } else {
        short(figure)
    }
}

fn rsa(bits: u32, subject: &str, version: NzismVersion) -> Judged {
    let Some(figure) = find(version, |rule| matches!(rule, Rule::RsaMinimumBits(_))) else {
        return no_figure(subject, version);
    };
    match figure.rule {
        Rule::RsaMinimumBits(minimum) if bits >= minimum => meets(figure),
        _ => short(figure),
    }
}

fn legacy(legacy: Legacy, subject: &str, version: NzismVersion) -> Judged {
    find(version, |rule| *rule == Rule::LegacyOnly(legacy))
        .map_or_else(|| no_figure(subject, version), short)
}

fn approved(found: Option<&'static Figure>, subject: &str, version: NzismVersion) -> Judged {
    found.map_or_else(|| no_figure(subject, version), meets)
}

pub(super) fn key_exchange(stated: KeyExchange, version: NzismVersion) -> Judged {
    let subject = stated.to_string();
    match stated {
        KeyExchange::Ecdh(curve) => approved(
            find(version, |rule| *rule == Rule::EcdhCurve(curve)),
            &subject,
            version,
        ),
        KeyExchange::X25519 => no_figure(&subject, version),
        KeyExchange::FiniteFieldDh { .. } => legacy(Legacy::Dh, &subject, version),
        KeyExchange::RsaKeyTransport { bits } => rsa(bits, &subject, version),
    }
}

pub(super) fn signature(stated: SignatureKey, version: NzismVersion) -> Judged {
    let subject = stated.to_string();
    match stated {
        SignatureKey::Rsa { bits } => rsa(bits, &subject, version),
        SignatureKey::Ecdsa(curve) => approved(
            find(version, |rule| *rule == Rule::EcdsaCurve(curve)),
            &subject,
            version,
        ),
        SignatureKey::Ed25519 => no_figure(&subject, version),
        SignatureKey::Dsa { .. } => legacy(Legacy::Dsa, &subject, version),
    }
}

/// Whether `version`'s hash figure depends on the classification.
pub(super) fn hash_depends_on_classification(version: NzismVersion) -> bool {
    find(version, |rule| matches!(rule, Rule::HashMinimum { .. })).is_some()
}

pub(super) fn hash(stated: Hash, band: Band, version: NzismVersion) -> Judged {
    let minimum = find(
        version,
        |rule| matches!(rule, Rule::HashMinimum { band: b, .. } if *b == band),
    );
    if let Some(
        figure @ Figure {
            rule: Rule::HashMinimum { minimum, .. },
            ..
        },
    ) = minimum
    {
        return if stated >= *minimum {
            meets(figure)
        } else {
            short(figure)
        };
    }
    approved(
        find(version, |rule| *rule == Rule::HashNamed(stated)),
        &stated.to_string(),
        version,
    )
}

pub(super) fn cipher(stated: Cipher, version: NzismVersion) -> Judged {
    let subject = stated.to_string();
    let Cipher::Aes { mode, .. } = stated else {
        return no_figure(&subject, version);
    };
    if let Some(figure) = find(version, |rule| *rule == Rule::AesModeNotToBeUsed(mode)) {
        return short(figure);
    }
    let Some(aes) = find(version, |rule| *rule == Rule::AesApproved) else {
        return no_figure(&subject, version);
    };
    match find(version, |rule| matches!(rule, Rule::AesModePreferred(_))) {
        Some(preferred) if preferred.rule == Rule::AesModePreferred(mode) => meets(preferred),
        Some(preferred) => advice(preferred),
        None => meets(aes),
    }
}
