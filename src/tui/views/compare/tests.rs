//! Render snapshots of the Compare view at 80x24 and 160x48, with checks of what each
//! screen must say so that a snapshot accepted in error still fails.

use crate::catalogue::{Priority, builtin};
use crate::demo::demo_workspace;
use crate::tui::command::View;
use crate::tui::state::State;
use crate::tui::testing::{
    fixed_now, hostile_workspace, many_providers, press, provider, render, sample_workspace,
    screen, state_with,
};
use crate::tui::theme::Theme;
use crate::tui::views::tests::assert_screens;
use crate::workspace::{Status, Workspace};

fn comparing(workspace: Workspace) -> State {
    let mut state = state_with(workspace);
    state.view = View::Compare;
    state
}

fn demo() -> State {
    comparing(demo_workspace(builtin(), fixed_now()))
}

#[test]
fn three_providers() {
    let state = comparing(sample_workspace());
    let text = screen(&state, 80, 24);
    assert!(text.contains("3 providers"), "{text}");
    assert!(text.contains("Aroha"), "{text}");
    assert!(text.contains("Tūī Talk"), "{text}");
    assert_screens!("three_providers", &state);
}

#[test]
fn demo_ranks_and_rules_out() {
    let state = demo();
    let text = screen(&state, 80, 24);
    // Tuatara scores above Pīwakawaka but its disqualifying failures rank it below.
    assert!(text.contains("✘11"), "{text}");
    assert!(text.contains("Kererū Meet · #1 of 4"), "{text}");
    // The runner-up is far behind: one line sums up the leader's 70 required items
    // instead of listing three of them as if they were all.
    assert!(
        text.contains("Pīwakawaka Chat would rank first if:"),
        "{text}"
    );
    let comparison = super::comparison(&state).expect("open");
    let required = comparison
        .swings()
        .and_then(|swings| swings.any_required_rules_out_leader())
        .expect("the leader's required items are summed up");
    assert!(
        text.contains(&format!("any one of Kererū Meet's {required} required")),
        "{text}"
    );
    assert!(!text.contains("SEL.1 became"), "{text}");
    let wide = screen(&state, 160, 48);
    assert!(
        wide.contains("• Kererū Meet (fictional) ranks first, Pīwakawaka Chat"),
        "the standing names them in full: {wide}"
    );
    assert!(
        wide.contains("No single item of Pīwakawaka Chat's"),
        "{wide}"
    );
    assert!(
        text.contains("3 items for services not needed are left out"),
        "{text}"
    );
    assert_screens!("demo", &state);
}

#[test]
fn twenty_providers_scroll_sideways_at_80_columns() {
    let mut state = comparing(many_providers(20));
    press(&mut state, ">>>>>>>>>>>>");
    let text = screen(&state, 80, 24);
    assert!(text.contains("Providers 10–15 of 20"), "{text}");
    assert!(text.contains("◂ 9 more · 5 more ▸"), "{text}");
    assert!(
        text.contains("12"),
        "the selected column is in view: {text}"
    );
    let header: String = text.lines().skip(2).take(2).collect();
    assert!(
        !header.contains(" 00 "),
        "the first columns scrolled away: {text}"
    );
    assert!(text.contains("Provider 12 · #13 of 20"), "{text}");
    assert_screens!("twenty_scrolled", &state);
}

#[test]
fn expanded_section_shows_its_items() {
    let mut state = demo();
    press(&mut state, "jjjjjl");
    let text = screen(&state, 80, 24);
    assert!(text.contains("▾ P3"), "{text}");
    assert!(text.contains("P3.2"), "{text}");
    assert_screens!("expanded", &state);
}

#[test]
fn differences_only() {
    let mut state = demo();
    press(&mut state, "jjjjjld");
    let text = screen(&state, 160, 48);
    assert!(text.contains("differences only"), "{text}");
    assert_screens!("differences_only", &state);
}

#[test]
fn differences_only_with_nothing_different_says_so() {
    let mut workspace = sample_workspace();
    workspace.providers.truncate(1);
    let mut state = comparing(workspace);
    press(&mut state, "d");
    let text = screen(&state, 80, 24);
    assert!(
        text.contains("No item differs between the providers."),
        "{text}"
    );
    assert!(text.contains("Add a second provider"), "{text}");
}

#[test]
fn required_only() {
    let mut state = demo();
    press(&mut state, "rjjl");
    let text = screen(&state, 160, 48);
    assert!(text.contains("required only"), "{text}");
    assert_screens!("required_only", &state);
}

#[test]
fn chart_per_section_and_per_provider() {
    let mut state = demo();
    press(&mut state, "c");
    let text = screen(&state, 80, 24);
    assert!(text.contains("Kererū Meet, score per section"), "{text}");
    let taller = screen(&state, 80, 30);
    assert!(taller.contains("Overall"), "{taller}");
    assert!(
        taller.contains("98%█"),
        "percentages are written on the bars: {taller}"
    );
    assert_screens!("chart_sections", &state);
    press(&mut state, "jjb");
    let text = screen(&state, 80, 24);
    assert!(
        text.contains("SET Reviewing the provider's security settings, score per provider"),
        "{text}"
    );
    assert!(text.contains("#4 Tuatara Talk ✘"), "{text}");
    assert!(
        text.contains("▸ #1 Kererū Meet"),
        "the selected bar is marked: {text}"
    );
    assert!(text.contains("j/k: section · Enter: its items"), "{text}");
    assert_screens!("chart_providers", &state);
}

#[test]
fn sorted_by_rank_the_disqualified_go_last() {
    let mut state = demo();
    press(&mut state, "s");
    let text = screen(&state, 160, 48);
    // Scores read 97 %, 37 %, 61 %: the order is by rank, and the title says so.
    assert!(text.contains("Compare · by rank"), "{text}");
    assert!(
        text.contains("fewest disqualifying failures first"),
        "{text}"
    );
    let header = text.lines().nth(5).unwrap_or_default();
    let kererū = header.find("Kererū").unwrap_or(usize::MAX);
    let piwakawaka = header.find("Pīwakawaka").unwrap_or(usize::MAX);
    let tuatara = header.find("Tuatara").unwrap_or(0);
    assert!(kererū < piwakawaka && piwakawaka < tuatara, "{header}");
    assert_screens!("by_rank", &state);
}

#[test]
fn ascii_mode_uses_ascii_glyphs() {
    let mut state = demo();
    state.theme = Theme {
        colour: false,
        ascii: true,
    };
    press(&mut state, "jjjjjl");
    let text = screen(&state, 80, 24);
    assert!(text.contains("DQ11"), "{text}");
    // Names keep their letters; every mark the view adds is ASCII.
    let marks = text.chars().filter(|c| !c.is_ascii() && !c.is_alphabetic());
    assert_eq!(marks.collect::<String>(), "", "{text}");
    assert_screens!("ascii", &state);
}

#[test]
fn no_providers_says_how_to_add_them() {
    let mut workspace = sample_workspace();
    workspace.providers.clear();
    let state = comparing(workspace);
    assert!(screen(&state, 80, 24).contains("No providers to compare yet."));
    assert_screens!("no_providers", &state);
}

#[test]
fn hostile_names_are_neutralised() {
    let state = comparing(hostile_workspace());
    for (width, height) in [(80, 24), (160, 48)] {
        for cell in render(&state, width, height).backend().buffer().content() {
            let raw = |ch: char| u32::from(ch) < 0x20 || ch == '\u{202E}' || ch == '\u{7f}';
            assert!(
                !cell.symbol().chars().any(raw),
                "raw control in {:?}",
                cell.symbol()
            );
        }
    }
    assert_screens!("hostile", &state);
}

/// Two providers close together: the runner-up lacks one recommended item, the leader one
/// optional item, so many single judgements would swap them.
fn close_race() -> State {
    let mut workspace = sample_workspace();
    let mut leader = provider("prov-a", "Aroha Video");
    let mut runner_up = provider("prov-b", "Kōrero Chat");
    let state = comparing(workspace.clone());
    let level = state.derivation().effective;
    let mut runner_up_gap = false;
    let mut leader_gap = false;
    for (_, item) in builtin().assessable_items() {
        let priority = item.priority.at(level);
        let met = |provider: &mut crate::workspace::Provider, status| {
            provider.assessments.insert(
                item.id.clone(),
                crate::workspace::Assessment {
                    status,
                    ..Default::default()
                },
            );
        };
        let runner_up_status = if !runner_up_gap && priority == Priority::Recommended {
            runner_up_gap = true;
            Status::NotMet
        } else {
            Status::Met
        };
        let leader_status = if !leader_gap && priority == Priority::Optional {
            leader_gap = true;
            Status::NotMet
        } else {
            Status::Met
        };
        met(&mut runner_up, runner_up_status);
        met(&mut leader, leader_status);
    }
    workspace.providers = vec![leader, runner_up];
    comparing(workspace)
}

#[test]
fn a_close_race_lists_as_many_swings_as_fit_and_says_how_many_more() {
    let state = close_race();
    let comparison = super::comparison(&state).expect("open");
    let swings = comparison.swings().expect("two providers");
    let listed = swings.listed().len();
    assert!(listed > 5, "{listed}");
    let text = screen(&state, 80, 24);
    assert!(text.contains("required first, then by effect"), "{text}");
    let more = |text: &str| {
        text.lines()
            .find_map(|line| {
                let at = line.find("and ")?;
                let rest = &line[at + 4..];
                let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
                rest[number.len()..]
                    .starts_with(" more single judgement")
                    .then(|| number.parse::<usize>().ok())?
            })
            .unwrap_or(0)
    };
    let hidden = more(&text);
    assert!(hidden > 0, "says how many are left out: {text}");
    // A listed swing reads "<name>'s <item id> became <status>".
    let named = |text: &str| {
        text.lines()
            .filter(|line| {
                line.split("'s ").skip(1).any(|rest| {
                    let id = rest.split(' ').next().unwrap_or_default();
                    id.contains('.') && rest[id.len()..].starts_with(" became ")
                })
            })
            .count()
    };
    for text in [text, screen(&state, 160, 48)] {
        assert_eq!(
            named(&text) + more(&text),
            listed,
            "every swing is named or counted: {text}"
        );
    }
    let wide = screen(&state, 160, 48);
    assert!(more(&wide) < hidden, "a taller pane shows more: {wide}");
    // The runner-up's one gap is named first: it is what would put it ahead.
    let first = wide
        .lines()
        .find(|line| named(line) == 1)
        .unwrap_or_default();
    assert!(first.contains("Kōrero Chat's SEL."), "{wide}");
    assert_screens!("close_race", &state);
}

#[test]
fn names_alike_but_for_a_bracket_stay_apart() {
    let mut workspace = sample_workspace();
    workspace.providers = vec![
        provider("prov-nz", "Acme Meet (NZ region)"),
        provider("prov-us", "Acme Meet (US region)"),
        provider("prov-k", "Kererū Meet (fictional)"),
    ];
    let mut state = comparing(workspace);
    press(&mut state, ">");
    let text = screen(&state, 80, 24);
    assert!(text.contains("(NZ region)"), "{text}");
    assert!(text.contains("(US region)"), "{text}");
    assert!(
        text.contains("Acme Meet (US region) · #"),
        "the selected provider's pane: {text}"
    );
    let wide = screen(&state, 160, 48);
    assert!(
        wide.contains("Acme Meet (NZ region) ranks first, Acme Meet (US region)"),
        "{wide}"
    );
    // Neither is assessed: any one item of the runner-up's would decide, in one line.
    assert!(
        wide.contains("Any one of the 75 items Acme Meet (US region) does not"),
        "{wide}"
    );
    assert_screens!("bracketed_names", &state);
}

#[test]
fn long_shared_names_show_what_differs_in_narrow_columns() {
    let mut workspace = sample_workspace();
    workspace.providers = (1..=9)
        .map(|n| provider(&format!("prov-{n}"), &format!("Provider number {n} Ltd")))
        .collect();
    let state = comparing(workspace);
    let text = screen(&state, 80, 24);
    let header: Vec<&str> = text.lines().skip(5).take(2).collect();
    for n in 1..=6 {
        assert!(
            header[0].contains(&format!("…{n} Ltd")),
            "column {n} reads what tells it apart: {text}"
        );
    }
    assert!(!header[1].contains("number"), "{text}");
    assert_screens!("shared_names", &state);
}

#[test]
fn a_provider_not_assessed_yet_gets_no_green_tick() {
    let mut workspace = sample_workspace();
    workspace.providers.truncate(2);
    let mut state = comparing(workspace);
    press(&mut state, ">");
    let text = screen(&state, 80, 24);
    assert!(text.contains("Kōrero Chat · #"), "{text}");
    assert!(text.contains("Not assessed yet"), "{text}");
    assert!(!text.contains("No disqualifying failure"), "{text}");
    assert_screens!("not_assessed", &state);
}

#[test]
fn the_summary_names_accepted_risks_and_lapsed_acceptances() {
    use crate::tui::testing::accepted_until;
    let mut workspace = demo_workspace(builtin(), fixed_now());
    // The test clock reads 2026-11-28: P1.1's acceptance ran out the day before.
    for (item, until) in [("P1.1", "2026-11-27"), ("P1.2", "2026-12-31")] {
        let assessment = workspace.providers[0]
            .assessments
            .entry(item.to_owned())
            .or_default();
        assessment.status = Status::NotMet;
        assessment.treatment = Some(accepted_until(until));
    }
    let state = comparing(workspace);
    let wide = screen(&state, 160, 48);
    assert!(wide.contains("1 disqualifying: P1.1"), "{wide}");
    assert!(wide.contains("≈ 1 accepted, not blocking: P1.2"), "{wide}");
    assert!(wide.contains("! 1 lapsed, blocking again: P1.1"), "{wide}");
}

#[test]
fn a_long_headline_never_pushes_the_standing_out_of_sight() {
    let mut workspace = demo_workspace(builtin(), fixed_now());
    // Kererū Meet and Pīwakawaka Chat each fail a required item: none qualifies, and
    // the headline names the closest provider's failures at length.
    for provider in &mut workspace.providers[..3] {
        provider
            .assessments
            .entry("P1.1".to_owned())
            .or_default()
            .status = Status::NotMet;
    }
    let state = comparing(workspace);
    let text = screen(&state, 80, 24);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[1].contains("No provider meets every required item"),
        "{text}"
    );
    assert!(
        lines[3].contains("Unknown disqualifies: off (u)"),
        "the standing keeps its line: {text}"
    );
    assert!(lines[2].contains("must be…"), "the cut is shown: {text}");
}

#[test]
fn a_leader_already_ruled_out_is_not_said_to_be_ruled_out_again() {
    let mut workspace = demo_workspace(builtin(), fixed_now());
    // Kererū Meet and Pīwakawaka Chat each fail P1.1: Kererū leads on score, both out.
    for index in [0, 2] {
        workspace.providers[index]
            .assessments
            .entry("P1.1".to_owned())
            .or_default()
            .status = Status::NotMet;
    }
    let wide = screen(&comparing(workspace), 160, 48);
    assert!(wide.contains("would add a disqualifying"), "{wide}");
    assert!(!wide.contains("would rule it out"), "{wide}");
}
