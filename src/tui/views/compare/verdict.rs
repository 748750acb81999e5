//! The first lines of Compare: whether any provider qualifies and who comes first or
//! closest, whether the ranking is final, and the Unknown-disqualifies setting.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::compare::Comparison;
use crate::tui::command::Command;
use crate::tui::state::State;
use crate::tui::text::one_line;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, comparison: &Comparison<'_>) {
    let theme = state.theme;
    let ascii = theme.ascii;
    let verdict = comparison.verdict();
    let headline_style = if verdict.none_qualifies {
        theme.error()
    } else {
        theme.title()
    };
    let key = state
        .keymap
        .key_label(Command::ToggleUnknownDisqualifies, ascii);
    let setting = format!(
        "Unknown disqualifies: {} ({key})",
        if comparison.options().unknown_disqualifies {
            "on"
        } else {
            "off"
        }
    );
    // The full sentence, naming the items that would settle the order, is in the reports;
    // here it must fit one line at 80 columns.
    let mut standing = Vec::new();
    if verdict.standing.is_some() {
        let (text, style) = match (verdict.provisional, verdict.settled_places) {
            (false, _) => (
                "Final: no open item can change the order".to_owned(),
                theme.ok(),
            ),
            (true, 0) => (
                "Provisional: open items could change the order".to_owned(),
                theme.warning(),
            ),
            (true, 1) => (
                "#1 final; open items could change the rest".to_owned(),
                theme.warning(),
            ),
            (true, places) => (
                format!("#1–#{places} final; open items could change the rest"),
                theme.warning(),
            ),
        };
        standing.push(Span::styled(format!("{text} · "), style));
    }
    standing.push(Span::styled(setting, theme.dim()));
    // The headline takes the lines above the last; the standing keeps the last whatever
    // the headline's length, so whether the ranking is final never scrolls out of sight.
    let headline_rows = usize::from(area.height.saturating_sub(1));
    let mut headline =
        crate::text::wrap(&one_line(&verdict.headline, ascii), usize::from(area.width));
    if headline.len() > headline_rows {
        headline.truncate(headline_rows);
        if let Some(last) = headline.last_mut() {
            let ellipsis = if ascii { "..." } else { "…" };
            let room = usize::from(area.width).saturating_sub(ellipsis.chars().count());
            let kept: String = last.chars().take(room).collect();
            *last = format!("{kept}{ellipsis}");
        }
    }
    let mut lines: Vec<Line> = headline
        .into_iter()
        .map(|line| Line::styled(line, headline_style))
        .collect();
    lines.push(Line::from(standing));
    if ascii {
        for span in lines.iter_mut().flat_map(|line| line.spans.iter_mut()) {
            span.content = plain_dashes(&span.content).into();
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}

/// The sentence's dashes and dots in ASCII, for terminals without Unicode.
fn plain_dashes(text: &str) -> String {
    text.replace(['—', '–', '·'], "-")
}
