//! The selected question: its guidance, any stale answer flagged, then its options (radio
//! buttons or check boxes, the ones that raise the level labelled) or its free-text answer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{hanging, key, pane_block, scroll_to};
use crate::assurance::{Derivation, chosen};
use crate::catalogue::{AnswerOption, AnswerSpec, AssuranceLevel, Item};
use crate::tui::command::Command;
use crate::tui::state::{ContextFocus, State};
use crate::tui::text::one_line;
use crate::workspace::Answer;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, derivation: &Derivation) {
    let focused = state.context.focus == ContextFocus::Answer;
    let questions: Vec<&Item> = state.catalogue.context_questions().collect();
    let Some(item) = questions
        .get(
            state
                .context
                .question
                .min(questions.len().saturating_sub(1)),
        )
        .copied()
    else {
        let block = pane_block(" Question ".to_owned(), focused, state.theme);
        frame.render_widget(
            Paragraph::new("This catalogue asks no context questions.").block(block),
            area,
        );
        return;
    };
    let title = one_line(&format!(" {} ", item.id), state.theme.ascii);
    let block = pane_block(title, focused, state.theme);
    let inner = block.inner(area);
    let (lines, cursor) = lines(state, derivation, item, usize::from(inner.width));
    let offset = match cursor {
        Some((start, end)) if focused => scroll_to(start, end, usize::from(inner.height)),
        _ => 0,
    };
    let visible: Vec<Line> = lines.into_iter().skip(offset).collect();
    frame.render_widget(Paragraph::new(visible).block(block), area);
}

/// The pane's lines, and the rows the option under the cursor takes (to keep it in view).
fn lines(
    state: &State,
    derivation: &Derivation,
    item: &Item,
    width: usize,
) -> (Vec<Line<'static>>, Option<(usize, usize)>) {
    let theme = state.theme;
    let mut lines = hanging(Vec::new(), &item.title, theme.title(), width, theme);
    lines.push(Line::raw(""));
    lines.extend(hanging(
        Vec::new(),
        &item.guidance,
        Style::new(),
        width,
        theme,
    ));
    lines.push(Line::raw(""));
    let flagged: Vec<_> = derivation
        .stale
        .iter()
        .filter(|stale| stale.question == item.id)
        .collect();
    for stale in &flagged {
        let dash = if theme.ascii { "-" } else { "—" };
        let text = format!(
            "answer '{}': {} {dash} choose again",
            stale.answer, stale.problem
        );
        let head = vec![Span::styled(
            format!("{} ", theme.flag_glyph()),
            theme.error(),
        )];
        lines.extend(hanging(head, &text, theme.error(), width, theme));
    }
    if !flagged.is_empty() {
        lines.push(Line::raw(""));
    }
    let answer = state
        .workspace()
        .and_then(|workspace| workspace.context.answers.get(&item.id));
    let mut cursor = None;
    match &item.answer {
        Some(spec @ (AnswerSpec::Single(options) | AnswerSpec::Multiple(options))) => {
            let multiple = matches!(spec, AnswerSpec::Multiple(_));
            let label = if multiple {
                "Tick all that apply"
            } else {
                "Choose one"
            };
            lines.extend(prompt(state, label, Command::PickOption, "picks", width));
            let chosen = answer.map(chosen).unwrap_or_default();
            let under_cursor = state.context.option.min(options.len().saturating_sub(1));
            for (index, option) in options.iter().enumerate() {
                let start = lines.len();
                let on = chosen.contains(&option.id);
                lines.extend(option_lines(
                    state,
                    option,
                    multiple,
                    on,
                    index == under_cursor,
                    width,
                ));
                if index == under_cursor {
                    cursor = Some((start, lines.len()));
                }
            }
        }
        Some(AnswerSpec::Text) => {
            lines.extend(prompt(
                state,
                "Free text",
                Command::EditAnswer,
                "writes it",
                width,
            ));
            match answer {
                Some(Answer::Text(text)) => {
                    lines.extend(hanging(
                        vec![Span::raw("  ")],
                        text,
                        Style::new(),
                        width,
                        theme,
                    ));
                }
                _ => lines.push(Line::styled("  (not answered yet)", theme.warning())),
            }
        }
        None => lines.push(Line::styled("This question takes no answer.", theme.dim())),
    }
    let note = state
        .workspace()
        .and_then(|workspace| workspace.context.notes.get(&item.id));
    lines.push(Line::raw(""));
    match note {
        Some(note) => {
            let head = vec![Span::styled("Note  ", theme.dim())];
            lines.extend(hanging(head, note, Style::new(), width, theme));
        }
        None => lines.push(Line::styled(
            format!(
                "No note ({} writes one)",
                key(state, Command::EditAnswerNote)
            ),
            theme.dim(),
        )),
    }
    (lines, cursor)
}

/// What choosing `option` does to the levels: "→ High", "→ Enhanced for confidentiality",
/// or the cap a consequence answer puts on exposure answers.
fn option_tag(option: &AnswerOption, ascii: bool) -> Option<String> {
    let arrow = if ascii { "->" } else { "→" };
    let mut parts = Vec::new();
    if let Some(level) = option.raises_to {
        parts.push(format!("{arrow} {}", level.label()));
    }
    for level in [AssuranceLevel::High, AssuranceLevel::Enhanced] {
        let properties: Vec<&str> = option
            .raises
            .iter()
            .filter(|raise| raise.to == level)
            .map(|raise| raise.property.label())
            .collect();
        if !properties.is_empty() {
            parts.push(format!(
                "{arrow} {} for {}",
                level.label(),
                properties.join(", ")
            ));
        }
    }
    if let Some(cap) = option.caps_proxies {
        parts.push(format!(
            "caps who/where/how-many answers at {}",
            cap.label()
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// "Choose one (Space picks, Bksp clears)", the keys read from the keymap; the keys go on
/// a line of their own when the pane is too narrow for both.
fn prompt(
    state: &State,
    prompt: &str,
    action: Command,
    does: &str,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = state.theme;
    let keys = format!(
        "({} {does}, {} clears)",
        key(state, action),
        key(state, Command::ClearAnswer)
    );
    let prompt = Span::styled(prompt.to_owned(), theme.title());
    if prompt.width() + 2 + keys.width() <= width {
        vec![Line::from(vec![
            prompt,
            Span::styled(format!("  {keys}"), theme.dim()),
        ])]
    } else {
        vec![Line::from(prompt), Line::styled(keys, theme.dim())]
    }
}

/// One option: cursor, radio button or check box, label, and the level it raises to.
fn option_lines(
    state: &State,
    option: &AnswerOption,
    multiple: bool,
    chosen: bool,
    under_cursor: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = state.theme;
    let focused = state.context.focus == ContextFocus::Answer;
    let pointer = match (under_cursor, theme.ascii) {
        (false, _) => "  ",
        (true, false) => "› ",
        (true, true) => "> ",
    };
    let mark = format!("{} ", theme.choice_mark(multiple, chosen));
    let style = if under_cursor && focused {
        theme.selected()
    } else if chosen {
        theme.title()
    } else {
        Style::new()
    };
    let indent = pointer.width() + mark.width();
    let head = vec![Span::raw(pointer), Span::styled(mark, style)];
    let mut lines = hanging(head, &option.label, style, width, theme);
    if let Some(tag) = option_tag(option, theme.ascii) {
        let fits = lines
            .last()
            .is_some_and(|line| line.width() + 1 + tag.width() <= width);
        match lines.last_mut() {
            Some(line) if fits => line
                .spans
                .push(Span::styled(format!(" {tag}"), theme.warning())),
            // On lines of its own, under the label.
            _ => lines.extend(hanging(
                vec![Span::raw(" ".repeat(indent))],
                &tag,
                theme.warning(),
                width,
                theme,
            )),
        }
    }
    lines
}
