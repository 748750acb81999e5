//! The demo's data: four clearly fictional providers, how each one fares, and the few
//! findings written out by hand. The builder in `demo.rs` turns this into a workspace.

use super::{DemoAction, open};
use crate::nzism::Parameter;
use crate::workspace::{ActionStatus, Answer, Basis, Deployment, Status};

const M: Status = Status::Met;
const P: Status = Status::PartlyMet;
const N: Status = Status::NotMet;
const U: Status = Status::Unknown;

/// A mid-sized agency handling IN-CONFIDENCE client material, organisation-wide, with
/// moderate consequences: the answers derive the Enhanced level.
pub(super) fn context_answers() -> Vec<(&'static str, Answer)> {
    let one = |id: &str| Answer::Choice(id.to_owned());
    let many = |ids: &[&str]| Answer::Choices(ids.iter().map(|id| (*id).to_owned()).collect());
    vec![
        ("CTX.1", many(&["internal", "cross-agency", "clients"])),
        ("CTX.2", one("in-confidence")),
        ("CTX.3", many(&["confidentiality", "integrity", "records"])),
        (
            "CTX.4",
            many(&[
                "office",
                "home",
                "managed-devices",
                "managed-mobiles",
                "room-systems",
            ]),
        ),
        ("CTX.5", one("organisation")),
        // Meetings only: chat and file sharing stay with the agency's existing tools.
        ("CTX.6", many(&["video", "voice", "screen-sharing"])),
        ("CTX.7", one("moderate")),
        ("CTX.8", many(&["organisation", "individuals"])),
        ("CTX.9", one("derived")),
        ("CTX.10", one("yes")),
        ("CTX.11", one("routine")),
        ("CTX.12", many(&["privacy-act", "oia", "public-records"])),
        ("CTX.13", one("moderate")),
        ("CTX.14", one("low")),
        ("CTX.15", one("hours")),
        ("CTX.16", one("general")),
        ("CTX.17", one("trusted")),
        ("CTX.18", one("planned")),
        ("CTX.19", one("long-term")),
        ("CTX.20", one("yes")),
    ]
}

/// One fictional provider and the shape of its assessment.
pub(super) struct ProviderPlan {
    pub id: &'static str,
    pub name: &'static str,
    pub product: &'static str,
    pub edition: &'static str,
    pub deployment: Deployment,
    pub jurisdiction: &'static str,
    pub notes: &'static str,
    /// Statuses cycled over the items required at the demo's level, in catalogue order:
    /// how a provider fares where it matters most sets it apart.
    pub required: &'static [Status],
    /// Statuses cycled over the other assessable items.
    pub others: &'static [Status],
    /// How far through the catalogue the review has got, in percent; the rest is untouched.
    pub assessed_percent: usize,
    /// What judgements rest on, cycled over the judged items.
    pub bases: &'static [Basis],
    /// Documents cited as evidence, cycled over the items that cite one.
    pub documents: &'static [Document],
    pub assessor: &'static str,
}

/// One document in the library, linked from every item that cites it.
pub(super) struct Document {
    pub title: &'static str,
    /// What a finding citing it rests on: an audit report is independent, the provider's
    /// own papers are its documentation.
    pub basis: Basis,
    pub version: &'static str,
    /// The document's date, in days before the demo's today.
    pub dated_days_ago: i64,
    pub location: &'static str,
    /// A local copy: path and SHA-256.
    pub file: Option<(&'static str, &'static str)>,
    /// Its last day, in days from today (negative: expired).
    pub expires_in_days: Option<i64>,
}

/// What each provider states about its cryptography: Kererū meets the current NZISM,
/// Tuatara's RSA 2048 met NZISM 3.3 but falls short of 3.9, Pīwakawaka says little.
pub(super) const CRYPTO: [(&str, &[(Parameter, &str)]); 3] = [
    (
        "prov-demo-a",
        &[
            (Parameter::LowestTls, "TLS 1.3"),
            (Parameter::KeyExchange, "ECDH P-384"),
            (Parameter::Signature, "ECDSA P-384"),
            (Parameter::Hash, "SHA-384"),
            (Parameter::Cipher, "AES-256-GCM"),
        ],
    ),
    (
        "prov-demo-b",
        &[
            (Parameter::LowestTls, "TLS 1.2"),
            (Parameter::KeyExchange, "ECDH P-384"),
            (Parameter::Signature, "RSA 2048"),
            (Parameter::Hash, "SHA-256"),
            (Parameter::Cipher, "AES-128-GCM"),
            (Parameter::EndToEndProtocol, "MLS (optional, meetings only)"),
        ],
    ),
    ("prov-demo-c", &[(Parameter::LowestTls, "TLS 1.2")]),
];

/// The provider the demo agency has chosen: the strongest candidate.
pub(super) const CHOSEN: &str = "prov-demo-a";

pub(super) const PROVIDERS: [ProviderPlan; 4] = [
    ProviderPlan {
        id: "prov-demo-a",
        name: "Kererū Meet (fictional)",
        product: "Kererū Meet",
        edition: "Government",
        deployment: Deployment::CloudService,
        jurisdiction: "New Zealand",
        notes: "Fictional provider for the demo. A New Zealand cloud service with a government edition, detailed documentation and a recent independent audit: the strongest candidate.",
        required: &[M],
        others: &[M, M, P, M, M, M, P, M],
        assessed_percent: 100,
        bases: &[
            Basis::IndependentAudit,
            Basis::ProviderDocumentation,
            Basis::OwnTest,
            Basis::ProviderDocumentation,
        ],
        documents: &[
            Document {
                title: "Kererū Meet security whitepaper v3",
                basis: Basis::ProviderDocumentation,
                version: "3.0",
                dated_days_ago: 120,
                location: "pp. 4–31",
                file: Some((
                    "evidence/kereru/security-whitepaper-v3.pdf",
                    "4b5517c30eef05943370d6b655cbc8d2ede602fd827d1e05fdce0f19722c0b89",
                )),
                expires_in_days: None,
            },
            Document {
                title: "ISO/IEC 27001 certificate and statement of applicability",
                basis: Basis::IndependentAudit,
                version: "2025 surveillance audit",
                dated_days_ago: 200,
                location: "Annex A controls",
                file: Some((
                    "evidence/kereru/iso27001-soa.pdf",
                    "6919ecd2e00454a22d6a9d932d2c3f973c468749764aac250e93ce7adba8cf13",
                )),
                expires_in_days: Some(530),
            },
            Document {
                title: "Kererū Meet administrator guide (online)",
                basis: Basis::ProviderDocumentation,
                version: "online, as read",
                dated_days_ago: 15,
                location: "security settings chapter",
                file: None,
                expires_in_days: None,
            },
        ],
        assessor: "Aroha (demo assessor)",
    },
    ProviderPlan {
        id: "prov-demo-b",
        name: "Tuatara Talk (fictional)",
        product: "Tuatara Talk",
        edition: "Business Plus",
        deployment: Deployment::CloudService,
        jurisdiction: "Australia",
        notes: "Fictional provider for the demo. Cheap and popular with staff, but the tier quoted lacks enforced multi-factor authentication, and its end-to-end encryption comes only with a higher tier.",
        required: &[M, M, P, N, M, P, M],
        others: &[M, P, N, M, U, P],
        assessed_percent: 100,
        bases: &[
            Basis::ProviderDocumentation,
            Basis::ProviderClaim,
            Basis::OwnTest,
            Basis::ProviderClaim,
        ],
        documents: &[Document {
            title: "Tuatara Talk terms of service and data processing addendum",
            basis: Basis::ProviderDocumentation,
            version: "DPA 2024-07",
            dated_days_ago: 500,
            location: "clauses 7–12",
            file: Some((
                "evidence/tuatara/terms-2026.pdf",
                "6f290eeb84ee4a5bbd75bb21dc600f20c92508fe00dc93ed823c6a33a2b7dfa0",
            )),
            expires_in_days: None,
        }],
        assessor: "Sam (demo assessor)",
    },
    ProviderPlan {
        id: "prov-demo-c",
        name: "Pīwakawaka Chat (fictional)",
        product: "Pīwakawaka Chat",
        edition: "Teams",
        deployment: Deployment::CloudService,
        jurisdiction: "Unclear: Singapore office, parent company elsewhere",
        notes: "Fictional provider for the demo. Slow to answer the questionnaire, so many items are still unknown; follow-up questions are with the account manager.",
        required: &[U, M, U, P, M, U],
        others: &[U, M, U, N, P, U],
        assessed_percent: 100,
        bases: &[
            Basis::ProviderClaim,
            Basis::ProviderClaim,
            Basis::ProviderDocumentation,
        ],
        documents: &[Document {
            title: "Pīwakawaka Chat security FAQ (web page, saved copy)",
            basis: Basis::ProviderDocumentation,
            version: "saved copy",
            dated_days_ago: 40,
            location: "questions 1–18",
            file: Some((
                "evidence/piwakawaka/security-faq.html",
                "99eac778a6ad2cd8b9e53737efb508ca8efd724b5e9d0051fdf3dcbc463b52c8",
            )),
            expires_in_days: None,
        }],
        assessor: "Sam (demo assessor)",
    },
    ProviderPlan {
        id: "prov-demo-d",
        name: "Kōtuku Connect (fictional)",
        product: "Kōtuku Connect",
        edition: "Enterprise Hybrid",
        deployment: Deployment::Hybrid,
        jurisdiction: "New Zealand (media servers) and Australia (management portal)",
        notes: "Fictional provider for the demo. Media servers would run in our own data centre, management in the provider's cloud. Review about half done.",
        required: &[M, M, P, M, N],
        others: &[M, P, M, U],
        assessed_percent: 50,
        bases: &[
            Basis::ProviderDocumentation,
            Basis::OwnTest,
            Basis::ProviderDocumentation,
        ],
        documents: &[
            Document {
                title: "Kōtuku Connect hybrid architecture overview",
                basis: Basis::ProviderDocumentation,
                version: "1.4",
                dated_days_ago: 90,
                location: "pp. 2–14",
                file: Some((
                    "evidence/kotuku/architecture-overview.pdf",
                    "805308c3ef03c0cd0823349056e5de3ae4a7d9b1dabeaa9ced92d60f2ed0efe6",
                )),
                expires_in_days: None,
            },
            Document {
                title: "Kōtuku Connect SOC 2 Type II report",
                basis: Basis::IndependentAudit,
                version: "period 2025-04-01 to 2026-03-31",
                dated_days_ago: 220,
                location: "section 4, controls and tests",
                file: Some((
                    "evidence/kotuku/soc2-type2-2025.pdf",
                    "0c8a3c5f3e1d8b7a2f4e6d9c1b3a5f7e9d2c4b6a8f0e1d3c5b7a9f2e4d6c8b0a",
                )),
                // The report's period has run out: the demo shows expired evidence.
                expires_in_days: Some(-30),
            },
        ],
        assessor: "Aroha (demo assessor)",
    },
];

/// Reasons recorded for a cycled Unknown, cycled by item.
pub(super) const UNKNOWN_NOTES: [&str; 4] = [
    "Asked in the written questionnaire; no answer yet.",
    "The provider says this is confidential and will discuss it only under a non-disclosure agreement.",
    "Not covered by the documents supplied; follow-up question sent to the account manager.",
    "Sales could not say and referred us to their security team, who have not replied.",
];

pub(super) const PARTLY_NOTES: [&str; 3] = [
    "Only partly covered: the answer leaves gaps, listed in our follow-up questions.",
    "Covered only in a higher edition than the one quoted.",
    "Described in general terms only; no detail on how it applies to this service.",
];

pub(super) const NOT_MET_NOTES: [&str; 2] = [
    "Falls short of what this item asks for; details in the questionnaire response.",
    "The provider confirmed this is not in place and not planned.",
];

/// A judgement written out by hand; it replaces the cycled status for that provider and item.
pub(super) struct Finding {
    pub provider: &'static str,
    pub item: &'static str,
    pub status: Status,
    pub basis: Option<Basis>,
    pub note: &'static str,
    pub flagged: bool,
    /// What must change, each with where it stands.
    pub actions: &'static [DemoAction],
}

const fn finding(
    provider: &'static str,
    item: &'static str,
    status: Status,
    basis: Option<Basis>,
    note: &'static str,
) -> Finding {
    Finding {
        provider,
        item,
        status,
        basis,
        note,
        flagged: false,
        actions: &[],
    }
}

impl Finding {
    const fn flagged(self) -> Self {
        Finding {
            flagged: true,
            ..self
        }
    }

    const fn actions(self, actions: &'static [DemoAction]) -> Self {
        Finding { actions, ..self }
    }
}

const DOCS: Option<Basis> = Some(Basis::ProviderDocumentation);
const IN_PROGRESS: ActionStatus = ActionStatus::InProgress;
const TEST: Option<Basis> = Some(Basis::OwnTest);

pub(super) const FINDINGS: [Finding; 19] = [
    finding("prov-demo-a", "P1.4", M, TEST, "Our scan of the public endpoints showed TLS 1.3 only, AES-GCM suites, no SSL: as the provider states."),
    finding("prov-demo-a", "P2.3", P, DOCS, "End-to-end encryption can be turned on per meeting but then cloud recording and dial-in stop working.")
        .actions(&[
            open("Confirm which meeting types lose recording and dial-in under end-to-end encryption", "Service owner (ICT)", 3)
                .now(ActionStatus::Done, "Confirmed in the pilot: cloud recording, dial-in and live captions stop."),
            open("Make end-to-end encryption the default for IN-CONFIDENCE meetings", "Service owner (ICT)", 30).now(IN_PROGRESS, ""),
        ]),
    finding("prov-demo-a", "SEC.10", M, Some(Basis::IndependentAudit), "Holds a (fictional) GCDO Service Security Certificate covering the Government edition."),
    finding("prov-demo-a", "SET.4", P, TEST, "Baseline drafted; the waiting-room and external-access defaults are still open in the trial tenant.")
        .flagged()
        .actions(&[open("Apply the agreed baseline configuration to the production tenant", "Platform team", 14)]),
    finding("prov-demo-a", "P6.4", M, DOCS, "Contract schedule 4 rules out selling customer data or metadata and any advertising use."),
    finding("prov-demo-b", "P3.6", N, TEST, "MFA is optional per user and cannot be enforced; single sign-on needs a higher tier than the one quoted.")
        .flagged()
        .actions(&[open("Ask for a price for the SSO tier with enforced MFA, or drop the provider", "Procurement lead", 10)]),
    finding("prov-demo-b", "P2.3", N, DOCS, "End-to-end encryption (MLS) comes only with meetings in a higher tier than the one quoted; in this tier all media is decrypted on the provider's mixing servers."),
    finding("prov-demo-b", "P1.4", N, TEST, "The provider states TLS 1.2 as its lowest, but our scan found the legacy dial-in web gateway still accepting TLS 1.0."),
    finding("prov-demo-b", "P5.9", N, TEST, "Administrator accounts can sign in with a password alone."),
    finding("prov-demo-b", "SEL.2", P, DOCS, "The free tier is funded by advertising; the paid tier excludes advertising use but allows 'product analytics' on metadata."),
    finding("prov-demo-b", "SEC.6", P, Some(Basis::ProviderClaim), "Two vulnerabilities disclosed last year were fixed, but customers were never told."),
    finding("prov-demo-c", "SEL.6", U, None, "The provider would not say which regions hold recordings and chat history, only that it 'may use global infrastructure'.")
        .flagged()
        .actions(&[open("Obtain a written statement of where data is stored and processed", "Procurement lead", -7)]),
    finding("prov-demo-c", "SEL.7", U, None, "No transparency report, and the provider declined to say how it handles demands from foreign governments."),
    finding("prov-demo-c", "SEC.4", U, None, "A penetration test summary is offered under a non-disclosure agreement, which is still with our legal team."),
    finding("prov-demo-c", "P2.5", U, None, "Key management is described only as 'bank-grade'; detail asked for twice."),
    finding("prov-demo-d", "SEL.5", M, DOCS, "Media servers run in our own Wellington data centre; the management portal is hosted by the provider in Sydney."),
    finding("prov-demo-d", "SEL.8", P, DOCS, "The standard contract is sound but has no audit-rights clause.")
        .actions(&[open("Negotiate an audit-rights clause", "Legal services", 21)
            .now(ActionStatus::WontDo, "The provider will not add one; the decision records it as a condition instead.")]),
    finding("prov-demo-d", "SET.2", N, TEST, "Meeting links are open to anyone by default and users can undo the organisation's setting."),
    finding("prov-demo-d", "P1.2", P, DOCS, "Room systems and apps are encrypted; the telephone dial-in gateway is not."),
];
