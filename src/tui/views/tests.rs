//! Render tests of the shell: the picker, help, the question
//! dialog, the too-small message, themes, and every screen at every size without a panic.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;

use crate::tui::command::View;
use crate::tui::layout;
use crate::tui::state::{Confirm, Overlay, Pending, PickerEntry, SaveState, State};
use crate::tui::testing::{
    empty_state, fixed_now, hostile_workspace, many_providers, press, render, sample_workspace,
    screen, state_with,
};
use crate::tui::theme::Theme;
use crate::workspace::{ProviderId, Workspace};

/// Snapshots the whole screen at the smallest supported size and at a wide one. A macro so
/// that each snapshot is filed beside the test module that takes it.
macro_rules! assert_screens {
    ($name:expr, $state:expr) => {
        for (width, height) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("{}_{width}x{height}", $name),
                $crate::tui::testing::render($state, width, height).backend()
            );
        }
    };
}
pub(super) use assert_screens;

fn entry(name: &str, providers: usize, progress: (usize, usize)) -> PickerEntry {
    PickerEntry {
        slug: name.to_lowercase().replace(' ', "-"),
        name: name.to_owned(),
        modified: Some(fixed_now()),
        providers,
        progress,
        error: None,
    }
}

/// The picker with two readable workspaces and one whose file is damaged: as the runtime
/// lists it, with an error and no modification time (one that was read but cannot be
/// opened, for its catalogue, keeps its time).
fn picker_with_entries() -> State {
    let mut state = empty_state();
    state.picker.entries = vec![
        entry("Video conferencing 2026", 3, (5, 282)),
        PickerEntry {
            error: Some("line 12, column 7: expected `)` (the backup can be restored)".to_owned()),
            modified: None,
            ..entry("broken", 0, (0, 0))
        },
        entry("Messaging for the board", 0, (0, 0)),
    ];
    state.picker.selected = 2;
    state
}

fn in_view(workspace: Workspace, view: View) -> State {
    let mut state = state_with(workspace);
    state.view = view;
    state
}

#[test]
fn picker_without_workspaces_says_how_to_start() {
    let state = empty_state();
    assert!(screen(&state, 80, 24).contains("No workspaces yet."));
    assert_screens!("picker_empty", &state);
}

#[test]
fn picker_lists_workspaces_and_shows_a_damaged_one_as_such() {
    let mut state = picker_with_entries();
    let text = screen(&state, 80, 24);
    assert!(text.contains("5/282 (1%)"), "{text}");
    assert!(
        text.contains("damaged") && !text.contains("line 12"),
        "{text}"
    );
    assert_screens!("picker_entries", &state);
    // Selected, the damaged file says why it cannot be read.
    press(&mut state, "k");
    let text = screen(&state, 80, 24);
    assert!(text.contains("line 12, column 7: expected `)`"), "{text}");
    assert_screens!("picker_damaged_selected", &state);
}

#[test]
fn the_picker_over_an_open_workspace_keeps_its_tabs() {
    let mut state = state_with(sample_workspace());
    state.picker.entries = picker_with_entries().picker.entries;
    press(&mut state, "w");
    assert!(state.showing_picker());
    assert_screens!("picker_over_workspace", &state);
}

#[test]
fn help_lists_the_keys_of_the_view_it_opened_over() {
    for (view, key, description) in [
        (View::Providers, "J", "Move the provider down"),
        (View::Review, "Ctrl-r", "Redo"),
    ] {
        let mut state = in_view(sample_workspace(), view);
        press(&mut state, "?");
        let text = screen(&state, 160, 48);
        assert!(text.contains(key) && text.contains(description), "{text}");
        assert_screens!(format!("help_{}", view.title().to_lowercase()), &state);
    }
}

#[test]
fn a_question_names_what_it_will_do() {
    let mut state = picker_with_entries();
    press(&mut state, "D");
    assert!(matches!(state.overlays.last(), Some(Overlay::Confirm(_))));
    assert!(screen(&state, 80, 24).contains("Messaging for the board"));
    assert_screens!("confirm_delete_workspace", &state);
}

#[test]
fn status_line_shows_a_failed_save_and_the_message() {
    let mut state = in_view(sample_workspace(), View::Providers);
    state.save = SaveState::Failed("disk full".to_owned());
    state.fail("Could not save: disk full");
    let text = screen(&state, 80, 24);
    assert!(text.contains("NOT SAVED - retrying"), "{text}");
    assert!(text.contains("Could not save: disk full"), "{text}");
    state.save = SaveState::Saved(fixed_now());
    state.message = None;
    assert!(screen(&state, 80, 24).contains("saved 09:30"));
}

#[test]
fn a_history_that_does_not_verify_is_said_on_opening_and_stays_in_the_status_line() {
    let mut state = empty_state();
    let mut workspace = sample_workspace();
    workspace.history = crate::workspace::History::default();
    workspace.begin_history(false);
    // A status changed after the baseline without an event, as a hand edit would.
    let assessment = workspace.providers[0].assessments.values_mut().next();
    assessment.expect("assessed").status = crate::workspace::Status::NotApplicable;
    crate::tui::update::workspace_opened(&mut state, "test".to_owned(), workspace.clone());
    // Opened at once; nothing is claimed about the chain until the worker reports.
    state.view = View::History;
    let text = screen(&state, 80, 24);
    assert!(!text.contains("its history does not"), "{text}");
    assert!(text.contains("checking chain"), "{text}");
    state = empty_state();
    crate::tui::testing::opened_and_checked(&mut state, "test", workspace.clone());
    let text = screen(&state, 80, 24);
    assert!(text.contains("its history does not"), "{text}");
    state.message = None;
    let text = screen(&state, 120, 40);
    assert!(text.contains("History check fails at event 0"), "{text}");
    let broken = state.session.as_ref().and_then(|s| s.chain.broken());
    assert!(broken.is_some_and(|b| b.why.contains("Aroha Video SEL.1")));
    assert_eq!(
        state.workspace(),
        Some(&workspace),
        "opened, nothing rewritten"
    );
}

#[test]
fn a_terminal_too_small_says_so_in_what_fits() {
    let state = state_with(sample_workspace());
    insta::assert_snapshot!("too_small_60x20", render(&state, 60, 20).backend());
    let text = screen(&state, 60, 20);
    assert!(
        text.contains("60x20 here; tiaki needs at least 80x24."),
        "{text}"
    );
    assert!(screen(&state, 20, 4).contains("needs 80x24"));
    assert!(screen(&state, 9, 1).contains("Too small"));
    assert_eq!(screen(&state, 1, 1), "\"!\"\n");
    // One row or column short is still too small; the minimum itself is not.
    assert!(screen(&state, 79, 24).contains("Terminal too small"));
    assert!(screen(&state, 80, 23).contains("Terminal too small"));
    assert!(!screen(&state, 80, 24).contains("Terminal too small"));
}

#[test]
fn tabs_are_where_the_mouse_looks_for_them() {
    let state = state_with(sample_workspace());
    for width in [80, 160] {
        let terminal = render(&state, width, 24);
        let buffer = terminal.backend().buffer();
        let screen = layout::Screen::new(buffer.area.as_size()).expect("fits");
        for (index, (view, rect)) in layout::tabs(screen.tabs).into_iter().enumerate() {
            assert_eq!(text_in(buffer, rect), layout::tab_label(index, view));
        }
    }
}

fn text_in(buffer: &Buffer, rect: Rect) -> String {
    rect.positions()
        .map(|position| buffer[position].symbol())
        .collect()
}

/// Every screen state the shell can show: the picker, each view, and each kind of dialog.
fn every_screen(workspace: &Workspace) -> Vec<State> {
    let first = workspace.providers.first().map(|p| p.id.clone());
    let mut screens = vec![empty_state(), {
        let mut state = state_with(workspace.clone());
        state.picker_open = true;
        state
    }];
    for view in View::ALL {
        screens.push(in_view(workspace.clone(), view));
    }
    for keys in ["?", "a", "e", "D"] {
        let mut state = in_view(workspace.clone(), View::Providers);
        press(&mut state, keys);
        screens.push(state);
    }
    let mut help = in_view(workspace.clone(), View::Review);
    press(&mut help, "?");
    screens.push(help);
    // A message too long for one status row (or four), and a damaged workspace's reason.
    let long = format!(
        "/home/ana/{}w.ron: could not write \x1b[2J the file: {}",
        "folder/".repeat(20),
        "check the disk; ".repeat(20)
    );
    let mut message = in_view(workspace.clone(), View::Review);
    message.fail(long.clone());
    screens.push(message);
    let mut damaged = picker_with_entries();
    damaged.picker.entries[1].error = Some(long);
    damaged.picker.selected = 1;
    screens.push(damaged);
    let mut question = in_view(workspace.clone(), View::Review);
    question.overlays.push(Overlay::Confirm(Confirm {
        title: "Remove evidence".to_owned(),
        message: format!("Remove it from {}?", workspace.name),
        on_yes: Pending::RemoveEvidence(crate::workspace::EvidenceId("evid-1".to_owned())),
    }));
    screens.push(question);
    if let Some(id) = first {
        let mut note = in_view(workspace.clone(), View::Review);
        note.overlays
            .push(Overlay::Editor(Box::new(crate::tui::state::NoteEditor {
                subject: crate::workspace::Subject::Provider(id),
                item: "X".to_owned(),
                text: ratatui_textarea::TextArea::from(["a \x1b[2J note", "\u{202E}second"]),
            })));
        screens.push(note);
    }
    screens
}

fn fixtures() -> [Workspace; 3] {
    [sample_workspace(), hostile_workspace(), many_providers(20)]
}

/// Draws every screen of `workspace` without a panic: at every height from 1 to 100 (at
/// the minimum width), at every width from 1 to 300 (at the minimum height, where the
/// views first appear) or, for dialogs and with `thorough` false, every seventh width, and
/// on a coarse grid up to 300x100. Layout solving is slow in debug builds; this keeps the
/// three tests to seconds while every view meets every width with the hostile fixture.
fn draws_everywhere(workspace: &Workspace, thorough: bool) {
    let sweep = |width_step: usize| -> Vec<(u16, u16)> {
        (1..=300)
            .step_by(width_step)
            .map(|width| (width, layout::MIN_HEIGHT))
            .chain((1..=100).map(|height| (layout::MIN_WIDTH, height)))
            .chain(
                (1..=300)
                    .step_by(37)
                    .flat_map(|w| (1..=100).step_by(14).map(move |h| (w, h))),
            )
            .chain([(300, 100)])
            .collect()
    };
    let (every, some) = (sweep(1), sweep(7));
    for state in every_screen(workspace) {
        let sizes = if thorough && state.overlays.is_empty() {
            &every
        } else {
            &some
        };
        for &(width, height) in sizes {
            render(&state, width, height);
        }
    }
}

// One test per fixture, so the test runner spreads them over the cores.
#[test]
fn every_screen_of_the_sample_draws_at_every_size() {
    draws_everywhere(&sample_workspace(), false);
}

#[test]
fn every_screen_of_hostile_text_draws_at_every_size() {
    draws_everywhere(&hostile_workspace(), true);
}

#[test]
fn every_screen_of_many_providers_draws_at_every_size() {
    draws_everywhere(&many_providers(20), false);
}

/// Characters that would reach the terminal as commands or reorder the text around them.
fn is_dangerous(ch: char) -> bool {
    u32::from(ch) < 0x20 || ch == '\u{7f}' || ('\u{80}'..'\u{a0}').contains(&ch) || ch == '\u{202e}'
}

/// ratatui drops control characters itself; what this adds is that every screen also
/// shows them as visible stand-ins (the name in the tab bar carries an escape), so the
/// text is neither obeyed nor silently altered.
#[test]
fn hostile_text_never_reaches_the_screen_raw() {
    for state in every_screen(&hostile_workspace()) {
        for (width, height) in [(80, 24), (160, 48)] {
            let terminal = render(&state, width, height);
            let buffer = terminal.backend().buffer();
            for position in buffer.area.positions() {
                let symbol = buffer[position].symbol();
                assert!(
                    !symbol.chars().any(is_dangerous),
                    "{symbol:?} at {position:?} in view {:?} with {} overlays:\n{}",
                    state.view,
                    state.overlays.len(),
                    terminal.backend()
                );
            }
            if state.session.is_some() && width == 160 {
                let text = terminal.backend().to_string();
                assert!(text.contains("␛[2J"), "{text}");
            }
        }
    }
}

fn colours(buffer: &Buffer) -> impl Iterator<Item = Color> + '_ {
    buffer
        .content()
        .iter()
        .flat_map(|cell| [cell.fg, cell.bg])
        .filter(|colour| *colour != Color::Reset)
}

#[test]
fn no_colour_means_not_one_coloured_cell() {
    for workspace in fixtures() {
        for mut state in every_screen(&workspace) {
            state.theme.colour = false;
            let terminal = render(&state, 160, 48);
            let found: Vec<Color> = colours(terminal.backend().buffer()).collect();
            assert!(found.is_empty(), "{found:?}");
        }
    }
    // The same screens in colour do use colour, so the check above can fail.
    let mut state = in_view(sample_workspace(), View::Providers);
    state.theme = Theme {
        colour: true,
        ascii: false,
    };
    assert!(
        colours(render(&state, 80, 24).backend().buffer())
            .next()
            .is_some()
    );
}

#[test]
fn ascii_mode_draws_only_ascii_around_ascii_names() {
    let workspace = many_providers(5);
    for mut state in every_screen(&workspace) {
        state.theme.ascii = true;
        for (width, height) in [(80, 24), (160, 48)] {
            let text = screen(&state, width, height);
            let odd: String = text.chars().filter(|ch| !ch.is_ascii()).collect();
            assert!(odd.is_empty(), "{odd:?} in\n{text}");
        }
    }
    let mut state = in_view(workspace, View::Providers);
    state.theme = Theme {
        colour: false,
        ascii: true,
    };
    press(&mut state, "?");
    assert_screens!("ascii_help_providers", &state);
}

/// The rows of a rendered screen, without the quotes `TestBackend` puts around each.
fn rows(state: &State, width: u16, height: u16) -> Vec<String> {
    screen(state, width, height)
        .lines()
        .map(|row| row.trim_matches('"').to_owned())
        .collect()
}

/// `text` without its white space: a sentence wrapped over rows (a path broken after a
/// slash, too) compares equal to the sentence.
fn squeezed(text: &str) -> String {
    text.chars().filter(|ch| !ch.is_whitespace()).collect()
}

/// The text of `rows` inside their frame (`│`), read as one.
fn flowing(rows: &[String]) -> String {
    squeezed(
        &rows
            .iter()
            .map(|row| row.trim_matches(|ch| ch == '│' || ch == ' '))
            .collect::<String>(),
    )
}

/// What the store says when the disk is full, from a data folder deep in a home folder.
const DISK_FULL: &str = "/home/ana/.local/share/tiaki/workspaces/video-conferencing-2026.ron.bak: \
    could not write the file: No space left on device (os error 28) — check that the folder \
    is writable and the disk is not full; the previous version of the file is unchanged";

#[test]
fn the_quit_question_stays_in_view_above_a_long_error() {
    let mut state = in_view(sample_workspace(), View::Providers);
    state.save = SaveState::Failed(DISK_FULL.to_owned());
    state.fail(DISK_FULL);
    press(&mut state, "q");
    assert!(!state.quit);
    for (width, height) in [(80, 24), (120, 40), (160, 48)] {
        let text = screen(&state, width, height);
        for wanted in [
            "Quit anyway and lose the last change?",
            "y yes",
            "n no",
            "No space left on device",
            // The end of the error: it says what to do.
            "unchanged",
        ] {
            assert!(
                text.contains(wanted),
                "{wanted:?} at {width}x{height}:\n{text}"
            );
        }
    }
    assert_screens!("confirm_quit_unsaved", &state);
}

/// Every question tiaki asks, each about something with a name long enough to overflow
/// any dialog at 80x24, and the words it starts with.
fn long_questions() -> Vec<(Confirm, &'static str)> {
    let name = "Messaging for the board ".repeat(60);
    let damaged = format!(
        "/home/ana/{}/workspaces/board.ron:1:1: Expected opening `(` for struct `Workspace` — \
         the file is damaged and was left untouched",
        "deep/".repeat(80)
    );
    let confirm = |title: &str, message: String, on_yes| Confirm {
        title: title.to_owned(),
        message,
        on_yes,
    };
    vec![
        (
            confirm(
                "Delete workspace",
                format!("Delete \"{name}\" and its backup? This cannot be undone."),
                Pending::DeleteWorkspace("board".to_owned()),
            ),
            "Delete \"Messaging for the board",
        ),
        (
            confirm(
                "Delete provider",
                format!(
                    "Delete \"{name}\"? The 3 judgements recorded for it go too. This cannot be undone."
                ),
                Pending::DeleteProvider(ProviderId("prov-a".to_owned())),
            ),
            "Delete \"Messaging for the board",
        ),
        (
            confirm(
                "Remove evidence",
                format!("Remove the evidence \"{name}\" from Aroha Video for SEL.1?"),
                Pending::RemoveEvidence(crate::workspace::EvidenceId("evid-1".to_owned())),
            ),
            "Remove the evidence \"Messaging for the board",
        ),
        (
            confirm(
                "Damaged workspace",
                format!(
                    "{damaged}. Restore the previous generation from its backup? The damaged \
                     file is kept beside it."
                ),
                Pending::RestoreBackup("board".to_owned()),
            ),
            "Restore the previous generation from its backup?",
        ),
        (
            confirm(
                "Unsaved changes",
                format!("Quit anyway and lose the last change? It could not be saved: {damaged}"),
                Pending::QuitUnsaved,
            ),
            "Quit anyway and lose the last change?",
        ),
    ]
}

#[test]
fn every_question_and_its_keys_show_however_long_what_it_names() {
    for (confirm, question) in long_questions() {
        let mut state = in_view(sample_workspace(), View::Review);
        // A long error in the status line as well leaves the dialog the least room.
        state.fail(format!("{} {}", confirm.message, confirm.message));
        state.overlays.push(Overlay::Confirm(confirm));
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen(&state, width, height);
            for wanted in [question, "y yes", "n no"] {
                assert!(
                    text.contains(wanted),
                    "{wanted:?} at {width}x{height}:\n{text}"
                );
            }
            // What no longer fits is marked as cut.
            assert!(text.contains('…'), "at {width}x{height}:\n{text}");
        }
    }
}

#[test]
fn a_question_comes_first_and_what_led_to_it_after() {
    use super::dialogs::split_question;
    let split = |text: &str| {
        let (question, detail) = split_question(text);
        (question, detail)
    };
    assert_eq!(
        split("Delete \"Who? Me. Really\"? This cannot be undone."),
        (
            "Delete \"Who? Me. Really\"?".to_owned(),
            "This cannot be undone.".to_owned()
        )
    );
    assert_eq!(
        split("/x/w.ron:1:1: bad. Restore it? The file is kept."),
        (
            "Restore it?".to_owned(),
            "/x/w.ron:1:1: bad. The file is kept.".to_owned()
        )
    );
    assert_eq!(
        split("No question here."),
        ("No question here.".to_owned(), String::new())
    );
}

/// The Locked error for a workspace in a data folder of an ordinary length.
const LOCKED: &str = "/home/ana/.local/share/tiaki/workspaces/locked.ron: workspace \"locked\" \
    is open in another tiaki (pid 4242); close it there first";

#[test]
fn a_long_message_takes_the_status_rows_it_needs_and_the_view_shrinks() {
    let mut state = in_view(sample_workspace(), View::Providers);
    state.save = SaveState::Failed("disk full".to_owned());
    state.fail(LOCKED);
    for (width, height) in [(80, 24), (160, 48)] {
        let rows = rows(&state, width, height);
        // The hint line keeps the last row, the level and save state the status's first.
        let last = rows.len() - 1;
        assert!(rows[last].contains("? help"), "{}", rows[last]);
        let status = rows
            .iter()
            .position(|row| row.contains("NOT SAVED"))
            .expect("status");
        assert!(rows[status].contains("level "), "{}", rows[status]);
        let message = rows[status..last]
            .iter()
            .map(|row| row.split("level ").next().unwrap_or_default())
            .collect::<String>();
        assert_eq!(squeezed(&message), squeezed(LOCKED), "{rows:#?}");
    }
    // At 80 columns the message needs two more rows than the one it had; the path breaks
    // after a slash, keeping the file's name whole.
    let rows80 = rows(&state, 80, 24);
    assert!(rows80[19].starts_with('╰'), "{rows80:#?}");
    assert!(
        rows80[21].contains(" workspaces/locked.ron: "),
        "{rows80:#?}"
    );
    assert!(rows80[22].contains("close it there first"), "{rows80:#?}");
    assert_screens!("status_long_error", &state);
    // A short message keeps to one row, as before.
    state.fail("Could not save: disk full");
    assert!(rows(&state, 80, 24)[22].contains("Could not save: disk full"));
}

#[test]
fn a_message_too_long_for_four_rows_keeps_the_file_name_and_marks_the_cut() {
    let mut state = in_view(sample_workspace(), View::Providers);
    let path = format!(
        "/home/ana/{}workspaces/w.ron.bak",
        "a-long-folder-name/".repeat(12)
    );
    state.fail(format!(
        "{path}: could not write the file: No space left on device (os error 28) — {}",
        "check that the folder is writable and the disk is not full; ".repeat(4)
    ));
    let rows = rows(&state, 80, 24);
    let status = &rows[19..23];
    assert!(
        status[0].starts_with(" /home/…/workspaces/w.ron.bak: "),
        "{status:#?}"
    );
    assert!(status[3].trim_end().ends_with('…'), "{status:#?}");
    assert!(
        rows[18].starts_with('╰'),
        "the view ends above the status: {rows:#?}"
    );
}

#[test]
fn wrapping_breaks_long_paths_after_a_slash() {
    use crate::tui::text::wrap_rows;
    assert_eq!(
        wrap_rows("/tmp/chr/workspaces/victim.ron:1:1: Expected", 24, 40),
        ["/tmp/chr/workspaces/", "victim.ron:1:1: Expected"]
    );
    assert_eq!(
        wrap_rows("the file /tmp/chr/workspaces/victim.ron is bad", 12, 30),
        ["the file", "/tmp/chr/workspaces/victim.ron", "is bad"]
    );
    assert_eq!(wrap_rows("abcdefgh", 3, 3), ["abc", "def", "gh"]);
    assert_eq!(wrap_rows("", 5, 5), [""]);
}

#[test]
fn a_damaged_workspace_says_why_in_full() {
    let mut state = picker_with_entries();
    let reason = format!("{DISK_FULL} (and then some more words to make it wrap twice over)");
    state.picker.entries[1].error = Some(reason.clone());
    state.picker.selected = 1;
    let rows = rows(&state, 80, 24);
    let title = rows
        .iter()
        .position(|row| row.contains("Why it cannot be read"))
        .expect("box");
    let bottom = title
        + rows[title..]
            .iter()
            .position(|row| row.starts_with('╰'))
            .expect("end");
    assert_eq!(
        flowing(&rows[title + 1..bottom]),
        squeezed(&reason),
        "{rows:#?}"
    );
    assert_screens!("picker_long_reason", &state);
}
