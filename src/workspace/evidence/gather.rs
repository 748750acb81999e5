//! Schema 3's step for older files: evidence recorded inside each assessment (schemas 1
//! and 2) moves into the library. Identical entries become one, linked from every
//! assessment that held a copy; nothing is dropped.

use super::{Evidence, EvidenceId, LegacyEvidence};
use crate::workspace::{Assessment, Workspace};

/// Moves every assessment's recorded evidence into the library; returns how many library
/// entries it made. Does nothing to a workspace that has none.
pub fn gather_evidence(workspace: &mut Workspace) -> usize {
    let mut library = std::mem::take(&mut workspace.evidence);
    let before = library.len();
    let mut gather = |assessment: &mut Assessment| {
        for old in std::mem::take(&mut assessment.legacy_evidence) {
            let id = entry_for(&mut library, old);
            if !assessment.evidence_links.contains(&id) {
                assessment.evidence_links.push(id);
            }
        }
    };
    for provider in &mut workspace.providers {
        provider.assessments.values_mut().for_each(&mut gather);
        provider
            .deployment_checks
            .values_mut()
            .for_each(&mut gather);
    }
    workspace.readiness.values_mut().for_each(&mut gather);
    workspace
        .readiness_candidates
        .values_mut()
        .flatten()
        .for_each(|candidate| gather(&mut candidate.assessment));
    let made = library.len() - before;
    workspace.evidence = library;
    made
}

/// The library entry identical to `old`, made when there is none; its id.
fn entry_for(library: &mut Vec<Evidence>, old: LegacyEvidence) -> EvidenceId {
    let mut entry = Evidence {
        location: old.location,
        file: old.file,
        seen: old.seen,
        ..Evidence::new(EvidenceId(String::new()), old.title)
    };
    let same = |other: &Evidence| {
        Evidence {
            id: EvidenceId(String::new()),
            ..other.clone()
        } == entry
    };
    if let Some(found) = library.iter().find(|other| same(other)) {
        return found.id.clone();
    }
    // From the content, so that reading the same old file twice gives the same ids.
    let seed = format!("{entry:?}");
    entry.id = super::fresh_id(seed.as_bytes(), |id| library.iter().any(|e| &e.id == id));
    let id = entry.id.clone();
    library.push(entry);
    id
}
