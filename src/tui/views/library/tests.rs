//! Render snapshots of the evidence library, the hashing dialog and Review's marks for
//! evidence needing attention, at 80x24 and 160x48.

use crate::store::CheckProgress;
use crate::tui::review_tree;
use crate::tui::state::{Hashing, Overlay, State};
use crate::tui::testing::{WHITEPAPER, press, sample_workspace, state_with};
use crate::tui::views::tests::assert_screens;
use crate::workspace::{
    Day, Evidence, EvidenceFile, EvidenceId, FileState, FileStates, Subject, Workspace,
};

fn first_items(count: usize) -> Vec<String> {
    crate::catalogue::builtin()
        .assessable_items()
        .take(count)
        .map(|(_, item)| item.id.clone())
        .collect()
}

/// The sample with a SOC 2 report linked from three items, one expired certificate
/// and one entry linked from nothing; the whitepaper's file found changed.
fn library_state() -> State {
    let mut workspace: Workspace = sample_workspace();
    let soc2 = EvidenceId("evid-50c2aaaa".to_owned());
    workspace.evidence.push(Evidence {
        id: soc2.clone(),
        title: "Aroha Video SOC 2 Type II report".to_owned(),
        dated: Day::parse("2026-05-01").ok(),
        version: "period 2025-04-01 to 2026-03-31".to_owned(),
        location: "section 4".to_owned(),
        file: Some(EvidenceFile {
            path: "/evidence/aroha/soc2-2025.pdf".to_owned(),
            sha256: "cd".repeat(32),
        }),
        expires: Day::parse("2027-03-31").ok(),
        seen: Day::parse("2026-11-02").ok(),
    });
    workspace.evidence.push(Evidence {
        id: EvidenceId("evid-150c0001".to_owned()),
        title: "ISO/IEC 27001 certificate".to_owned(),
        dated: Day::parse("2023-10-01").ok(),
        version: String::new(),
        location: String::new(),
        file: None,
        expires: Day::parse("2026-09-30").ok(),
        seen: Day::parse("2026-11-02").ok(),
    });
    let provider = workspace.providers[0].id.clone();
    let subject = Subject::Provider(provider);
    for item in first_items(3) {
        let mut assessment = workspace
            .assessment(&subject, &item)
            .cloned()
            .unwrap_or_default();
        assessment.evidence_links.push(soc2.clone());
        workspace.providers[0].assessments.insert(item, assessment);
    }
    let mut state = state_with(workspace);
    if let Some(session) = state.session.as_mut() {
        session.files = FileStates::from([
            (
                EvidenceId(WHITEPAPER.to_owned()),
                FileState::Changed {
                    now: "ef".repeat(32),
                },
            ),
            (soc2, FileState::Unchanged),
        ]);
    }
    state
}

#[test]
fn the_library_linking_to_an_item() {
    let mut state = library_state();
    let rows = review_tree::visible_rows(&state);
    state.review.cursor = review_tree::item_row(&rows, &first_items(1)[0]).expect("visible");
    press(&mut state, "aj");
    assert_screens!("library_link", &state);
}

#[test]
fn the_library_on_its_own_with_an_expired_entry_selected() {
    let mut state = library_state();
    press(&mut state, "Ljj");
    assert_screens!("library", &state);
}

#[test]
fn an_empty_library_says_what_it_is_for() {
    let mut state = state_with(Workspace::new(
        "Empty",
        crate::catalogue::builtin(),
        crate::tui::testing::fixed_now(),
    ));
    press(&mut state, "L");
    assert_screens!("library_empty", &state);
}

#[test]
fn review_marks_items_whose_evidence_changed() {
    let mut state = library_state();
    let rows = review_tree::visible_rows(&state);
    state.review.cursor = review_tree::item_row(&rows, &first_items(1)[0]).expect("visible");
    assert_screens!("review_marks", &state);
}

#[test]
fn hashing_shows_progress_and_how_to_stop() {
    let mut state = library_state();
    state.overlays.push(Overlay::Hashing(Hashing {
        what: "Checking 12 evidence files".to_owned(),
        progress: CheckProgress {
            file: 4,
            files: 12,
            bytes: 3 << 29,
            of_bytes: 4 << 30,
        },
    }));
    assert_screens!("hashing", &state);
}
