//! Fixtures and helpers for the TUI's tests: states built without a terminal or a disk,
//! rendering onto ratatui's `TestBackend`, and key presses by name.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::effect::Effect;
use super::state::{Clock, State};
use super::theme::Theme;
use super::update;
use crate::catalogue::builtin;
use crate::workspace::{
    Action, Assessment, Basis, Day, Deployment, Evidence, EvidenceFile, EvidenceId, Provider,
    ProviderId, Residual, Status, Timestamp, Treatment, TreatmentKind, Workspace,
};

/// The instant every fixture lives at, so snapshots never change with the clock.
pub fn fixed_now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:30:00Z").expect("valid timestamp")
}

/// A risk accepted by Ana for a pilot, until the end of `until` (YYYY-MM-DD).
pub fn accepted_until(until: &str) -> Treatment {
    Treatment {
        kind: TreatmentKind::Accept,
        rationale: "Pilot only".into(),
        residual: Residual::Medium,
        approver: "Ana".into(),
        until: Some(Day::parse(until).expect("valid day")),
    }
}

/// A state with nothing open (the picker shows), monochrome Unicode.
pub fn empty_state() -> State {
    State::new(
        builtin(),
        Theme {
            colour: false,
            ascii: false,
        },
        "Ana Tester".to_owned(),
        Clock::Fixed(fixed_now()),
    )
}

/// A state with `workspace` open under slug `test`. Fixtures are built, not changed:
/// their history begins with them as they stand.
pub fn state_with(mut workspace: Workspace) -> State {
    workspace.history = crate::workspace::History::default();
    workspace.begin_history(false);
    let mut state = empty_state();
    opened_and_checked(&mut state, "test", workspace);
    state.message = None;
    state
}

/// Opens `workspace` in `state` and applies the check of its history as the worker would
/// report it (`runtime::tests` drives the worker itself).
pub fn opened_and_checked(state: &mut State, slug: &str, workspace: Workspace) {
    let effects = update::workspace_opened(state, slug.to_owned(), workspace);
    assert_eq!(
        effects,
        [Effect::CheckHistory],
        "opening asks for the check"
    );
    let session = state.session.as_ref().expect("opened");
    let result = Box::new(session.workspace.verify_history_keeping_events());
    let checked = crate::tui::outcome::Outcome::HistoryChecked {
        session: session.id,
        result,
    };
    assert!(update::on_outcome(state, checked).is_empty());
}

pub fn provider(id: &str, name: &str) -> Provider {
    Provider {
        id: ProviderId(id.to_owned()),
        name: name.to_owned(),
        product: format!("{name} Meetings"),
        edition: "Enterprise".to_owned(),
        deployment: Some(Deployment::CloudService),
        jurisdiction: "New Zealand".to_owned(),
        notes: String::new(),
        assessments: std::collections::BTreeMap::new(),
        deployment_checks: std::collections::BTreeMap::new(),
        crypto: crate::nzism::StatedCrypto::default(),
    }
}

fn judged(status: Status, note: &str) -> Assessment {
    Assessment {
        status,
        basis: Some(Basis::ProviderDocumentation),
        note: note.to_owned(),
        ..Assessment::default()
    }
}

/// Three providers, the first partly assessed with a note, evidence and an action.
pub fn sample_workspace() -> Workspace {
    let mut workspace = Workspace::new("Video conferencing 2026", builtin(), fixed_now());
    let mut first = provider("prov-a", "Aroha Video");
    let items: Vec<String> = builtin()
        .assessable_items()
        .map(|(_, item)| item.id.clone())
        .collect();
    let statuses = [
        Status::Met,
        Status::PartlyMet,
        Status::NotMet,
        Status::Unknown,
        Status::NotApplicable,
    ];
    for (item, status) in items.iter().zip(statuses) {
        first.assessments.insert(
            item.clone(),
            judged(status, "Checked against the admin guide."),
        );
    }
    if let Some(first_item) = items.first()
        && let Some(assessment) = first.assessments.get_mut(first_item)
    {
        assessment
            .evidence_links
            .push(EvidenceId(WHITEPAPER.to_owned()));
        assessment.actions = vec![Action::new(
            "Ask for the 2026 penetration test summary",
            "Procurement",
            Some(Day::parse("2026-12-15").expect("valid day")),
            Day::parse("2026-11-01").expect("valid day"),
        )];
    }
    workspace.providers = vec![
        first,
        provider("prov-b", "Kōrero Chat"),
        provider("prov-c", "Tūī Talk"),
    ];
    workspace.evidence.push(Evidence {
        location: "p. 12".to_owned(),
        file: Some(EvidenceFile {
            path: "/evidence/whitepaper.pdf".to_owned(),
            sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".to_owned(),
        }),
        seen: Some(Day::parse("2026-11-20").expect("valid day")),
        ..Evidence::new(
            EvidenceId(WHITEPAPER.to_owned()),
            "Security whitepaper v3".to_owned(),
        )
    });
    workspace
}

/// The id of the sample workspace's one library entry, linked from its first item.
pub const WHITEPAPER: &str = "evid-0a1b2c3d";

/// Names and notes that try to break the screen: escapes, bells, bidi overrides, length.
pub fn hostile_workspace() -> Workspace {
    let mut workspace = Workspace::new(
        "A workspace whose name goes on and on \x1b[2J past any sensible width of a terminal",
        builtin(),
        fixed_now(),
    );
    let mut evil = provider("prov-x", "Evil\x1b[31mRed\x07 \u{202E}gnp.exe");
    evil.notes = "line one\nline two \x1b]0;title\x07".to_owned();
    if let Some((_, item)) = builtin().assessable_items().next() {
        evil.assessments.insert(
            item.id.clone(),
            judged(
                Status::Unknown,
                "They said \x1b[2J\x07 nothing \u{200F}useful",
            ),
        );
    }
    let long = provider(
        "prov-y",
        "Provider With An Extraordinarily Long Name That Will Not Fit In Any Column Whatsoever",
    );
    workspace.providers = vec![evil, long];
    workspace
}

/// `count` providers, for layouts that must cope with many columns or rows.
pub fn many_providers(count: usize) -> Workspace {
    let mut workspace = sample_workspace();
    workspace.providers = (0..count)
        .map(|index| provider(&format!("prov-{index:03}"), &format!("Provider {index:02}")))
        .collect();
    workspace
}

/// Draws the whole screen at `width` x `height` and returns the terminal for snapshots.
pub fn render(state: &State, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| {
            super::views::draw(frame, state);
        })
        .expect("draw");
    terminal
}

/// Draws `state` at its terminal size (80x24 when the test set none) and keeps what was
/// laid out, as the loop does before every event: scroll limits and clicks then measure
/// what is on screen.
pub fn redraw(state: &mut State) {
    let size = if state.size.width == 0 {
        ratatui::layout::Size::new(80, 24)
    } else {
        state.size
    };
    let mut terminal =
        Terminal::new(TestBackend::new(size.width, size.height)).expect("test terminal");
    super::app::draw(&mut terminal, state).expect("draw");
}

/// The screen as plain text, one line per row.
pub fn screen(state: &State, width: u16, height: u16) -> String {
    render(state, width, height).backend().to_string()
}

/// Presses keys written as in the keymap: single characters, or names in angle brackets
/// such as `<Enter>`, `<Esc>`, `<Tab>`, `<BackTab>`, `<Backspace>`, `<Up>`, `<Down>`,
/// `<PgUp>`, `<PgDn>`, `<C-r>`. Returns every effect asked for, in order.
pub fn press(state: &mut State, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    let mut rest = keys;
    while let Some(ch) = rest.chars().next() {
        let (event, used) = if ch == '<' {
            let end = rest.find('>').expect("closing > in key name");
            (named_key(&rest[1..end]), end + 1)
        } else {
            (
                KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE),
                ch.len_utf8(),
            )
        };
        effects.extend(update::handle_key(state, event));
        rest = &rest[used..];
    }
    effects
}

fn named_key(name: &str) -> KeyEvent {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match name {
        "Enter" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Tab" => plain(KeyCode::Tab),
        "BackTab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "Backspace" => plain(KeyCode::Backspace),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "PgUp" => plain(KeyCode::PageUp),
        "PgDn" => plain(KeyCode::PageDown),
        "Home" => plain(KeyCode::Home),
        "End" => plain(KeyCode::End),
        "F1" => plain(KeyCode::F(1)),
        "Space" => plain(KeyCode::Char(' ')),
        "lt" => plain(KeyCode::Char('<')),
        other => {
            let ch = other
                .strip_prefix("C-")
                .and_then(|rest| rest.chars().next())
                .unwrap_or_else(|| panic!("unknown key name <{other}>"));
            KeyEvent::new(KeyCode::Char(ch), KeyModifiers::CONTROL)
        }
    }
}
