//! The provider's own answer to a question: yes, partly, no, not applicable or other. The
//! assessor's statuses are never offered to the provider; this maps the answer onto one
//! only as the provider's *claim*.

use crate::workspace::Status;

/// What the provider says of itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelfAssessment {
    Yes,
    Partly,
    No,
    NotApplicable,
    Other,
}

/// The answers accepted, as listed to a provider and in an error.
pub const SELF_ASSESSMENTS: &str = "Yes, Partly, No, Not applicable or Other";

impl SelfAssessment {
    pub const ALL: [Self; 5] = [
        Self::Yes,
        Self::Partly,
        Self::No,
        Self::NotApplicable,
        Self::Other,
    ];

    /// As offered in the questionnaire's drop-down.
    pub fn label(self) -> &'static str {
        match self {
            Self::Yes => "Yes",
            Self::Partly => "Partly",
            Self::No => "No",
            Self::NotApplicable => "Not applicable",
            Self::Other => "Other",
        }
    }

    /// The claim the answer makes, in the assessor's terms: "other" says nothing the
    /// assessor can score, so it is Unknown until the free text is read.
    pub fn claim(self) -> Status {
        match self {
            Self::Yes => Status::Met,
            Self::Partly => Status::PartlyMet,
            Self::No => Status::NotMet,
            Self::NotApplicable => Status::NotApplicable,
            Self::Other => Status::Unknown,
        }
    }

    /// Accepts a label in any case and spacing, with dashes or underscores, and `N/A`.
    pub fn parse(text: &str) -> Option<Self> {
        match super::squash(text).as_str() {
            "yes" | "y" => Some(Self::Yes),
            "partly" | "partially" | "partial" => Some(Self::Partly),
            "no" | "n" => Some(Self::No),
            "notapplicable" | "n/a" | "na" => Some(Self::NotApplicable),
            "other" => Some(Self::Other),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_parses_back_and_maps_to_a_claim() {
        for answer in SelfAssessment::ALL {
            assert_eq!(SelfAssessment::parse(answer.label()), Some(answer));
            assert_eq!(
                SelfAssessment::parse(&answer.label().to_uppercase()),
                Some(answer)
            );
        }
        assert_eq!(
            SelfAssessment::parse(" n/a "),
            Some(SelfAssessment::NotApplicable)
        );
        assert_eq!(SelfAssessment::Partly.claim(), Status::PartlyMet);
        assert_eq!(SelfAssessment::Other.claim(), Status::Unknown);
        assert_eq!(SelfAssessment::parse("Met"), None, "the assessor's words");
    }
}
