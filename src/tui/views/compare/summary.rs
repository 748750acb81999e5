//! The panes beside the matrix: the selected provider's gaps and strengths, and the few
//! judgements that would change who ranks first, in words.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{pane, selected_column};
use crate::compare::{Comparison, short_name};
use crate::tui::state::State;
use crate::tui::text::{one_line, wrap};
use crate::tui::views::chrome::truncate;
use crate::workspace::{Provider, Status};

/// Judgements tried for the ranking pane: enough to point at, few enough to read.
const SWINGS: usize = 3;

/// One entry of a pane: a marker in its style, then text.
struct Entry {
    mark: &'static str,
    style: Style,
    text: String,
}

pub fn draw_summary(frame: &mut Frame, area: Rect, state: &State, comparison: &Comparison<'_>) {
    let theme = state.theme;
    let Some((provider, _)) = selected_column(state, comparison) else {
        return;
    };
    let name = display_name(&comparison.providers()[provider], state);
    let dot = if theme.ascii { " - " } else { " · " };
    let title = format!(
        " {name}{dot}#{} of {} ",
        comparison.rank_of(provider),
        comparison.columns.len()
    );
    let title = truncate(
        &title,
        usize::from(area.width.saturating_sub(2)),
        theme.ascii,
    );
    let summary = comparison.summary(provider);
    let ids = |ids: &[&str]| ids.join(", ");
    let mut entries = Vec::new();
    let failures = summary.disqualifying.len();
    entries.push(if failures == 0 {
        Entry {
            mark: theme.status_glyph(Status::Met),
            style: theme.status_style(Status::Met),
            text: "No disqualifying failure".to_owned(),
        }
    } else {
        Entry {
            mark: theme.status_glyph(Status::NotMet),
            style: theme.status_style(Status::NotMet),
            text: format!("{failures} disqualifying: {}", ids(&summary.disqualifying)),
        }
    });
    let lists = [
        (Status::Unknown, "unknown, to ask", &summary.unknown),
        (Status::PartlyMet, "partly met", &summary.partly_met),
    ];
    for (status, label, list) in lists {
        if !list.is_empty() {
            entries.push(Entry {
                mark: theme.status_glyph(status),
                style: theme.status_style(status),
                text: format!("{} {label}: {}", list.len(), ids(list)),
            });
        }
    }
    if !summary.claim_only.is_empty() {
        entries.push(Entry {
            mark: if theme.ascii { "\"" } else { "“" },
            style: theme.warning(),
            text: format!(
                "{} on its word alone: {}",
                summary.claim_only.len(),
                ids(&summary.claim_only)
            ),
        });
    }
    let strongest: Vec<String> = summary
        .strongest
        .iter()
        .map(|(section, percent)| format!("{section} {percent:.0}%"))
        .collect();
    if !strongest.is_empty() {
        entries.push(Entry {
            mark: theme.bullet(),
            style: theme.ok(),
            text: format!("strongest: {}", strongest.join(", ")),
        });
    }
    draw_entries(frame, area, state, title, &[&entries]);
}

pub fn draw_ranking(frame: &mut Frame, area: Rect, state: &State, comparison: &Comparison<'_>) {
    let theme = state.theme;
    let title = " What would change the ranking ".to_owned();
    let (Some(&first), Some(&second)) = (comparison.ranking.first(), comparison.ranking.get(1))
    else {
        let entry = Entry {
            mark: theme.bullet(),
            style: theme.dim(),
            text: "Add a second provider to see what would change the ranking.".to_owned(),
        };
        draw_entries(frame, area, state, title, &[&[entry]]);
        return;
    };
    let providers = comparison.providers();
    let leader = display_name(&providers[first], state);
    let runner_up = display_name(&providers[second], state);
    let standing = Entry {
        mark: theme.bullet(),
        style: theme.title(),
        text: format!("{leader} ranks first, {runner_up} second."),
    };
    let swings = comparison.swings(SWINGS);
    if swings.is_empty() {
        let none = Entry {
            mark: theme.bullet(),
            style: theme.dim(),
            text: "No single judgement would swap them.".to_owned(),
        };
        draw_entries(frame, area, state, title, &[&[standing, none]]);
        return;
    }
    // In full sentences when they fit; else the outcome once, then each change.
    let mut full = vec![standing];
    let mut short = vec![Entry {
        mark: theme.bullet(),
        style: theme.title(),
        text: format!("{runner_up} would rank first if:"),
    }];
    for swing in swings {
        let whose = if swing.provider == providers[first].id {
            &leader
        } else {
            &runner_up
        };
        let change = format!("{whose}'s {} became {}", swing.item, swing.to.label());
        let (mark, style) = (theme.status_glyph(swing.to), theme.status_style(swing.to));
        full.push(Entry {
            mark,
            style,
            text: format!("If {change}, {runner_up} would rank first."),
        });
        short.push(Entry {
            mark,
            style,
            text: change,
        });
    }
    draw_entries(frame, area, state, title, &[&full, &short]);
}

/// A provider's name as the panes write it: safe, and without a bracketed remark.
fn display_name(provider: &Provider, state: &State) -> String {
    one_line(short_name(&provider.name), state.theme.ascii)
}

/// The first of `variants` whose entries, wrapped under their markers, fit the pane; else
/// the last with one line per entry, cut short, so that every entry keeps a line.
fn draw_entries(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    title: String,
    variants: &[&[Entry]],
) {
    let block = pane(title, state);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width.saturating_sub(2)).max(1);
    let wrapped = |entries: &[Entry]| -> Vec<Vec<String>> {
        entries.iter().map(|e| wrap(&e.text, width)).collect()
    };
    let fitting = variants.iter().find_map(|entries| {
        let lines = wrapped(entries);
        let height = lines.iter().map(Vec::len).sum::<usize>();
        (height <= usize::from(inner.height)).then_some((*entries, lines))
    });
    let (entries, texts) = fitting.unwrap_or_else(|| {
        let entries = variants.last().copied().unwrap_or_default();
        let cut = entries
            .iter()
            .map(|e| vec![truncate(&e.text, width, state.theme.ascii)])
            .collect();
        (entries, cut)
    });
    let mut lines = Vec::new();
    for (entry, text) in entries.iter().zip(texts) {
        for (index, part) in text.into_iter().enumerate() {
            let mark = if index == 0 { entry.mark } else { " " };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} "), entry.style),
                Span::raw(part),
            ]));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
