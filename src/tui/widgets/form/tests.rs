use super::*;
use ratatui::crossterm::event::KeyModifiers;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn typing_goes_to_the_focused_field() {
    let mut form = Form::new("t").text("Name", "Ac").text("Owner", "");
    form.input(press(KeyCode::Char('m')));
    form.input(press(KeyCode::Char('e')));
    form.next_field();
    form.input(press(KeyCode::Char('z')));
    assert_eq!(form.value(0), "Acme");
    assert_eq!(form.value(1), "z");
}

#[test]
fn ctrl_u_empties_a_field_that_came_filled_in() {
    let mut form = Form::new("t").text("Name", "root");
    form.input(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    form.input(press(KeyCode::Char('A')));
    assert_eq!(form.value(0), "A");
}

#[test]
fn enter_never_breaks_a_one_line_field() {
    let mut form = Form::new("t").text("Name", "a");
    form.input(press(KeyCode::Enter));
    form.paste("b\nc");
    assert_eq!(form.value(0), "ab c");
}

#[test]
fn control_characters_in_a_value_become_visible() {
    let form = Form::new("t").text("Name", "Evil\x1b[31m\u{202E}x");
    assert_eq!(form.value(0), "Evil\u{241B}[31m\u{FFFD}x");
}

#[test]
fn choices_cycle_both_ways() {
    let mut form = Form::new("t").choice("Kind", vec!["a", "b", "c"], 0);
    form.input(press(KeyCode::Left));
    assert_eq!(form.selected(0), 2);
    form.input(press(KeyCode::Right));
    form.input(press(KeyCode::Char(' ')));
    assert_eq!(form.selected(0), 1);
}

#[test]
fn a_field_of_several_lines_keeps_its_line_breaks() {
    let notes = "Line one\nLine two\n\nLine four after blank";
    let mut form = Form::new("t").text("Name", "A").lines("Notes", notes, 4);
    assert_eq!(form.value(1), notes);
    form.next_field();
    for ch in " extra".chars() {
        form.input(press(KeyCode::Char(ch)));
    }
    assert_eq!(form.value(1), format!("{notes} extra"));
    // A one-line field still joins what it is given.
    assert_eq!(
        Form::new("t").text("Notes", notes).value(0),
        "Line one Line two  Line four after blank"
    );
}

#[test]
fn ctrl_j_and_alt_enter_start_a_line_where_lines_are_kept() {
    let mut form = Form::new("t").lines("Notes", "a", 3).text("Name", "x");
    form.input(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL));
    form.input(press(KeyCode::Char('b')));
    form.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    form.input(press(KeyCode::Char('c')));
    form.input(press(KeyCode::Enter));
    assert_eq!(form.value(0), "a\nb\nc");
    // A one-line field never breaks; there Ctrl-j deletes to the start, as before.
    form.next_field();
    form.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    form.input(press(KeyCode::Char('y')));
    assert_eq!(form.value(1), "xy");
    form.input(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL));
    assert_eq!(form.value(1), "");
}

#[test]
fn pasted_line_breaks_are_kept_where_lines_are() {
    let mut form = Form::new("t").lines("Notes", "", 3);
    form.paste("one\r\ntwo\rthree");
    assert_eq!(form.value(0), "one\ntwo\nthree");
}

#[test]
fn focus_wraps_around() {
    let mut form = Form::new("t").text("A", "").text("B", "");
    form.prev_field();
    assert_eq!(form.focus(), 1);
    form.next_field();
    assert_eq!(form.focus(), 0);
}

#[test]
fn a_field_not_being_edited_shows_its_start() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let long = "Aroha Ngata; Principal security adviser, Digital Services; 2026-12-07";
    let mut form = Form::new("t").text("Assessor", long).text("Reviewer", "");
    form.next_field();
    let mut terminal = Terminal::new(TestBackend::new(60, 10)).expect("a terminal");
    terminal
        .draw(|frame| {
            let theme = Theme {
                colour: false,
                ascii: false,
            };
            form.draw(frame, frame.area(), theme);
        })
        .expect("drawn");
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    assert!(screen.contains("Aroha Ngata; Principal"), "{screen}");
    assert!(screen.contains('…'), "cut where it does not fit: {screen}");
}
