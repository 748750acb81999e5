//! Each stated parameter checked against the chosen NZISM version, in a sentence a CIO can
//! read, saying so when the other version tiaki holds would judge it differently.

use std::mem::discriminant;

use super::figures::{APPROVED_PROTOCOLS, Band};
use super::stated::{Parameter, StatedCrypto};
use super::{Classification, NzismVersion};

mod judge;

use judge::Judged;

/// How one stated parameter stands against one NZISM version. The reasons are the figure's
/// own words, e.g. `FallsShort("RSA keys of at least 3072 bits")`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Meets,
    /// Meets, but the manual recommends or prefers better.
    MeetsWithAdvice(String),
    FallsShort(String),
    /// tiaki holds no figure for this value in this version: the reader checks the manual.
    NoFigure(String),
    /// tiaki records the value and notes how it relates to the manual, without judging it.
    NotChecked(String),
    NotStated,
}

impl Outcome {
    /// The verdict in a word or two, as reports head it: "meets", "falls short".
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Meets => "meets",
            Outcome::MeetsWithAdvice(_) => "meets, with advice",
            Outcome::FallsShort(_) => "falls short",
            Outcome::NoFigure(_) => "no figure held",
            Outcome::NotChecked(_) => "recorded, not judged",
            Outcome::NotStated => "not stated",
        }
    }
}

/// One parameter's check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterCheck {
    pub parameter: Parameter,
    pub version: NzismVersion,
    /// The stated value in canonical form; `None` when not stated.
    pub stated: Option<String>,
    pub outcome: Outcome,
    /// One line for a CIO, e.g. "RSA 2048 falls short of NZISM 3.9 (RSA keys of at least
    /// 3072 bits); it met NZISM 3.3, current when the guidance was written".
    pub sentence: String,
}

/// Checks every parameter of `stated` against `version`. `classification` is the CTX.2
/// option id ("in-confidence", …); when it is missing or unknown, figures that depend on it
/// are judged against the stricter one and the sentence says so.
pub fn check(
    stated: &StatedCrypto,
    version: NzismVersion,
    classification: Option<&str>,
) -> Vec<ParameterCheck> {
    let known = classification.and_then(Classification::from_option_id);
    let band = match known {
        Some(class) if !class.is_sensitive_or_above() => Band::BelowSensitive,
        _ => Band::SensitiveAndAbove,
    };
    let unknown_note = match (known, classification) {
        (Some(_), _) => None,
        (None, None) => Some("classification not recorded".to_owned()),
        (None, Some(id)) => Some(format!("classification '{id}' not recognised")),
    };
    Parameter::ALL
        .into_iter()
        .map(|parameter| check_one(stated, parameter, version, band, unknown_note.as_deref()))
        .collect()
}

fn check_one(
    stated: &StatedCrypto,
    parameter: Parameter,
    version: NzismVersion,
    band: Band,
    unknown_classification: Option<&str>,
) -> ParameterCheck {
    let value = stated.value(parameter);
    let (outcome, sentence) = match &value {
        None => (
            Outcome::NotStated,
            format!("{}: not stated by the provider", parameter.label()),
        ),
        Some(text) if parameter == Parameter::EndToEndProtocol => {
            let note = protocol_note(text);
            (Outcome::NotChecked(note.clone()), note)
        }
        Some(text) => {
            let judged = judge_under(stated, parameter, version, band);
            let subject = if parameter == Parameter::LowestTls {
                format!("Accepting {text} and above")
            } else {
                text.clone()
            };
            let mut sentence = main_clause(&subject, version, &judged);
            let mut told = vec![version];
            for other in NzismVersion::ALL.into_iter().filter(|v| *v != version) {
                let elsewhere = judge_under(stated, parameter, other, band);
                if discriminant(&elsewhere.outcome) != discriminant(&judged.outcome) {
                    sentence.push_str("; ");
                    sentence.push_str(&other_clause(other, version, &elsewhere));
                    told.push(other);
                }
            }
            // Say so whenever a version the sentence reports judged by the stricter band.
            if parameter == Parameter::Hash
                && told.into_iter().any(judge::hash_depends_on_classification)
                && let Some(note) = unknown_classification
            {
                sentence.push_str("; ");
                sentence.push_str(note);
                sentence
                    .push_str(", so judged against the stricter figure for SENSITIVE and above");
            }
            (judged.outcome, sentence)
        }
    };
    ParameterCheck {
        parameter,
        version,
        stated: value,
        outcome,
        sentence,
    }
}

/// Judges a parameter that is stated and checkable.
fn judge_under(
    stated: &StatedCrypto,
    parameter: Parameter,
    version: NzismVersion,
    band: Band,
) -> Judged {
    let judged = match parameter {
        Parameter::LowestTls => stated.lowest_tls.map(|v| judge::tls(v, version)),
        Parameter::KeyExchange => stated.key_exchange.map(|v| judge::key_exchange(v, version)),
        Parameter::Signature => stated.signature.map(|v| judge::signature(v, version)),
        Parameter::Hash => stated.hash.map(|v| judge::hash(v, band, version)),
        Parameter::Cipher => stated.cipher.map(|v| judge::cipher(v, version)),
        Parameter::EndToEndProtocol => None,
    };
    judged.unwrap_or(Judged {
        outcome: Outcome::NotStated,
        basis: None,
    })
}

fn main_clause(subject: &str, version: NzismVersion, judged: &Judged) -> String {
    let name = version.name();
    match (&judged.outcome, judged.basis) {
        (Outcome::Meets, Some(basis)) => format!("{subject} meets {name} ({})", basis.text),
        (Outcome::MeetsWithAdvice(why), _) => format!("{subject} meets {name}, with advice: {why}"),
        (Outcome::FallsShort(why), _) => format!("{subject} falls short of {name} ({why})"),
        (Outcome::NoFigure(why) | Outcome::NotChecked(why), _) => why.clone(),
        (Outcome::Meets, None) => format!("{subject} meets {name}"),
        (Outcome::NotStated, _) => "not stated by the provider".to_owned(),
    }
}

/// How `other` judges it, in the past tense when `other` is the older version.
fn other_clause(other: NzismVersion, chosen: NzismVersion, judged: &Judged) -> String {
    let older = other < chosen;
    let (meets, falls) = if older {
        ("met", "fell short of")
    } else {
        ("meets", "falls short of")
    };
    let whom = format!("{}, {}", other.name(), other.era());
    match &judged.outcome {
        Outcome::Meets => format!("it {meets} {whom}"),
        Outcome::MeetsWithAdvice(why) => format!("it {meets} {whom}, with advice ({why})"),
        Outcome::FallsShort(why) => format!("it {falls} {whom} ({why})"),
        _ => format!("tiaki holds no {} figure for it", other.name()),
    }
}

/// tiaki's note on a free-text end-to-end protocol: whether it names one the NZISM approves.
fn protocol_note(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '/')
        .map(str::to_lowercase)
        .collect();
    let named: Vec<&str> = APPROVED_PROTOCOLS
        .into_iter()
        .filter(|protocol| words.contains(&protocol.to_lowercase()))
        .collect();
    if named.is_empty() {
        format!(
            "tiaki's note: {text} is not one of the protocols NZISM chapter 17 approves ({}); \
             tiaki does not judge it",
            APPROVED_PROTOCOLS.join(", ")
        )
    } else {
        format!(
            "tiaki's note: {text} names {}, approved by NZISM chapter 17; tiaki does not check \
             how it is used",
            named.join(" and ")
        )
    }
}

/// Counts for a one-line verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Meets, with or without advice.
    pub meets: usize,
    pub falls_short: usize,
    /// No figure, not checked, or not stated.
    pub unchecked: usize,
}

impl Summary {
    /// "Against NZISM 3.9: 2 meet, 1 falls short, 3 unchecked".
    pub fn sentence(&self, version: NzismVersion) -> String {
        let meet = if self.meets == 1 { "meets" } else { "meet" };
        let fall = if self.falls_short == 1 {
            "falls"
        } else {
            "fall"
        };
        format!(
            "Against {}: {} {meet}, {} {fall} short, {} unchecked",
            version.name(),
            self.meets,
            self.falls_short,
            self.unchecked
        )
    }
}

pub fn summary(checks: &[ParameterCheck]) -> Summary {
    checks.iter().fold(Summary::default(), |mut sum, check| {
        match check.outcome {
            Outcome::Meets | Outcome::MeetsWithAdvice(_) => sum.meets += 1,
            Outcome::FallsShort(_) => sum.falls_short += 1,
            Outcome::NoFigure(_) | Outcome::NotChecked(_) | Outcome::NotStated => {
                sum.unchecked += 1;
            }
        }
        sum
    })
}
