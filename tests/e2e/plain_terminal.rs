//! A plain terminal: `NO_COLOR` and `--ascii` give a UI without colour, line-drawing or
//! symbol glyphs, that still shows every status and the selection.

use vt100::Color;

use crate::harness::{Tui, data_dir, run_ok};
use crate::steps::wait_for_glyph;

/// Glyphs and borders the Unicode theme draws: none may reach an ASCII terminal.
fn is_unicode_decoration(ch: char) -> bool {
    matches!(ch,
        '\u{b7}' | '\u{2026}' | '\u{23ce}'
        | '\u{2190}'..='\u{21ff}' // arrows
        | '\u{2400}'..='\u{243f}' // control pictures
        | '\u{2500}'..='\u{27bf}' // box drawing, shapes, symbols, dingbats
    )
}

#[test]
fn no_color_and_ascii_keep_the_review_usable() {
    let data = data_dir();
    run_ok(data.path(), &["demo"]);
    let mut tui = Tui::start_with_env(
        data.path(),
        &["--ascii", "--", "demo"],
        80,
        24,
        &[("NO_COLOR", "1")],
    );
    tui.expect("(1/4)");
    tui.send("]");
    tui.expect("(2/4)");
    // The demo's second provider meets SEL.1, partly meets SEL.7 and does not meet SEL.5.
    // Each waited for: the screen may arrive in more than one write.
    wait_for_glyph(&tui, "SEL.1", "+");
    wait_for_glyph(&tui, "SEL.7", "~");
    wait_for_glyph(&tui, "SEL.5", "x");
    let screen = tui.screen();
    let decorations: String = screen
        .chars()
        .filter(|&c| is_unicode_decoration(c))
        .collect();
    assert!(decorations.is_empty(), "{decorations:?} in\n{screen}");
    let coloured =
        tui.count_cells(|c| c.fgcolor() != Color::Default || c.bgcolor() != Color::Default);
    assert_eq!(coloured, 0, "coloured cells with NO_COLOR set:\n{screen}");
    // Without colour the selection is still seen: reversed video.
    assert!(
        tui.count_cells(vt100::Cell::inverse) > 0,
        "no selection shown"
    );
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
}
