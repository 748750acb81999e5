//! The Review view's tree as data: the visible rows of the catalogue (section headings and
//! the items of open sections; context questions are answered elsewhere and left out), and
//! where the two panes sit, so that `update` (and the mouse) work on exactly what is drawn.

use std::collections::{BTreeMap, BTreeSet};

use super::state::{ReviewOf, State};
use super::text::one_line;
use crate::assurance::Derivation;
use crate::catalogue::{Catalogue, Item, Section};
use crate::workspace::{Assessment, EvidenceId, Provider, Subject, Workspace};

/// The provider under review (or whose deployment is reviewed); the index is kept in range
/// even after a deletion.
pub fn reviewed(state: &State) -> Option<&Provider> {
    match state.review.of {
        ReviewOf::Provider => {
            let providers = &state.workspace()?.providers;
            providers.get(state.review.provider.min(providers.len().checked_sub(1)?))
        }
        ReviewOf::Deployment => state.workspace()?.chosen_provider(),
        ReviewOf::Readiness => None,
    }
}

/// Whose judgements the Review view shows and records: `None` when there is nothing to
/// review (no provider yet, or no provider chosen for the deployment checklist).
pub fn subject(state: &State) -> Option<Subject> {
    match state.review.of {
        ReviewOf::Provider => reviewed(state).map(|p| Subject::Provider(p.id.clone())),
        ReviewOf::Deployment => reviewed(state).map(|p| Subject::Deployment(p.id.clone())),
        ReviewOf::Readiness => state.workspace().map(|_| Subject::Readiness),
    }
}

/// What the Review view shows: whose judgements, under what name, and the judgements.
pub struct Reviewed<'a> {
    pub of: ReviewOf,
    pub name: String,
    pub judgements: &'a BTreeMap<String, Assessment>,
}

/// What is under review now, when there is something to review.
pub fn reviewed_now(state: &State) -> Option<Reviewed<'_>> {
    let workspace = state.workspace()?;
    let subject = subject(state)?;
    Some(Reviewed {
        of: state.review.of,
        name: subject_name(workspace, &subject, state.theme.ascii),
        judgements: workspace.judgements(&subject)?,
    })
}

/// Items in scope that `reviewed` has a status for, and the items in scope.
pub fn progress(state: &State, reviewed: &Reviewed) -> (usize, usize) {
    let derivation = state.derivation();
    state
        .catalogue
        .sections
        .iter()
        .map(|section| section_progress(reviewed, section, &derivation))
        .fold((0, 0), |(done, total), (d, t)| (done + d, total + t))
}

/// Items of `section` that `reviewed` has a status for, and the items to judge: both only
/// among the items in scope, as scoring counts them (hidden or not).
pub fn section_progress(
    reviewed: &Reviewed,
    section: &Section,
    derivation: &Derivation,
) -> (usize, usize) {
    in_scope(section, reviewed.of, derivation).fold((0, 0), |(done, total), item| {
        let judged = reviewed
            .judgements
            .get(&item.id)
            .is_some_and(|a| a.status.is_assessed());
        (done + usize::from(judged), total + 1)
    })
}

/// "Kōwhai Comms", "Our readiness" or "Deploying Kōwhai Comms", made safe for one line.
pub fn subject_name(workspace: &Workspace, subject: &Subject, ascii: bool) -> String {
    one_line(&workspace.subject_label(subject), ascii)
}

/// One visible row of the tree.
#[derive(Debug, Clone, Copy)]
pub enum Row<'c> {
    Section {
        section: &'c Section,
        expanded: bool,
    },
    Item {
        section: &'c Section,
        item: &'c Item,
    },
}

impl<'c> Row<'c> {
    pub fn item(self) -> Option<&'c Item> {
        match self {
            Row::Item { item, .. } => Some(item),
            Row::Section { .. } => None,
        }
    }
}

/// The items of `section` that `of` walks, in order: a provider's, the organisation's
/// readiness, or the settings on the deployment checklist.
pub fn items_of(section: &Section, of: ReviewOf) -> impl Iterator<Item = &Item> {
    section.items.iter().filter(move |item| match of {
        ReviewOf::Provider => item.is_for_provider(),
        ReviewOf::Readiness => item.is_for_readiness(),
        ReviewOf::Deployment => item.deployment.is_some(),
    })
}

/// The items of `section` that `of` walks and that count towards progress and score:
/// those about a needed service, with their conditions on the context met.
pub fn in_scope<'c>(
    section: &'c Section,
    of: ReviewOf,
    derivation: &Derivation,
) -> impl Iterator<Item = &'c Item> {
    items_of(section, of).filter(move |item| derivation.applies(item))
}

/// Every visible row of what `of` walks: each section with such items, followed by its
/// items unless the section is in `collapsed`.
pub fn rows<'c>(
    catalogue: &'c Catalogue,
    collapsed: &BTreeSet<String>,
    of: ReviewOf,
) -> Vec<Row<'c>> {
    let mut rows = Vec::new();
    for section in &catalogue.sections {
        if items_of(section, of).next().is_none() {
            continue;
        }
        let expanded = !collapsed.contains(&section.id);
        rows.push(Row::Section { section, expanded });
        if expanded {
            rows.extend(items_of(section, of).map(|item| Row::Item { section, item }));
        }
    }
    rows
}

/// The rows as the Review view shows them now: folded as the assessor left them, and
/// without items for services not needed when the assessor hides those.
pub fn visible_rows(state: &State) -> Vec<Row<'static>> {
    let mut rows = rows(state.catalogue, &state.review.collapsed, state.review.of);
    if state.review.hide_not_needed {
        let derivation = state.derivation();
        rows.retain(|row| row.item().is_none_or(|item| derivation.applies(item)));
    }
    rows
}

/// The row showing item `id`, if it is visible.
pub fn item_row(rows: &[Row<'_>], id: &str) -> Option<usize> {
    rows.iter()
        .position(|row| row.item().is_some_and(|item| item.id == id))
}

/// The row of the heading of section `id`.
pub fn section_row(rows: &[Row<'_>], id: &str) -> Option<usize> {
    rows.iter()
        .position(|row| matches!(row, Row::Section { section, .. } if section.id == id))
}

/// The library entries needing attention now: a file the last check found not
/// unchanged, or a last day passed. Review marks the items that link to one.
pub fn troubled(state: &State) -> BTreeSet<EvidenceId> {
    let Some(session) = &state.session else {
        return BTreeSet::new();
    };
    let today = state.clock.now().day();
    session
        .workspace
        .evidence_concerns(&session.files, today)
        .into_iter()
        .map(|concern| concern.entry.id.clone())
        .collect()
}

/// Whether an item's evidence needs attention (or names an entry the library lacks).
pub fn needs_attention(
    state: &State,
    troubled: &BTreeSet<EvidenceId>,
    assessment: &Assessment,
) -> bool {
    assessment.evidence_links.iter().any(|id| {
        troubled.contains(id)
            || state
                .workspace()
                .is_some_and(|w| w.evidence_entry(id).is_none())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::builtin;

    #[test]
    fn context_questions_and_their_section_are_left_out() {
        let catalogue = builtin();
        let rows = rows(catalogue, &BTreeSet::new(), ReviewOf::Provider);
        let items = rows.iter().filter_map(|row| row.item()).count();
        assert_eq!(items, catalogue.assessable_items().count());
        assert!(section_row(&rows, "CTX").is_none());
        assert!(matches!(rows[0], Row::Section { expanded: true, .. }));
    }

    #[test]
    fn a_collapsed_section_hides_its_items_only() {
        let catalogue = builtin();
        let open = rows(catalogue, &BTreeSet::new(), ReviewOf::Provider);
        let Row::Section { section: first, .. } = open[0] else {
            panic!("the tree starts with a heading");
        };
        let hidden = items_of(first, ReviewOf::Provider).count();
        let collapsed = BTreeSet::from([first.id.clone()]);
        let shut = rows(catalogue, &collapsed, ReviewOf::Provider);
        assert_eq!(shut.len(), open.len() - hidden);
        assert!(matches!(
            shut[0],
            Row::Section {
                expanded: false,
                ..
            }
        ));
        assert!(matches!(shut[1], Row::Section { .. }));
        let last = items_of(first, ReviewOf::Provider)
            .last()
            .map(|item| item.id.as_str());
        assert!(item_row(&shut, last.unwrap_or_default()).is_none());
        assert_eq!(section_row(&shut, &first.id), Some(0));
    }
}
