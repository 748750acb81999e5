//! The Providers view: the candidates in the assessor's order with how far each has got,
//! and the selected one's detail below the table (or beside it on a wide terminal).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use crate::scoring::in_scope;
use crate::tui::command::Command;
use crate::tui::layout::centred_offset;
use crate::tui::layout::{self, ProvidersAreas};
use crate::tui::state::State;
use crate::tui::text::{NOT_RECORDED, neutralise, one_line, truncate};
use crate::workspace::{Provider, Status};

const HEADER: [&str; 6] = [
    "Name",
    "Product",
    "Edition",
    "Deployment",
    "Jurisdiction",
    "Progress",
];

/// Columns: the fixed ones fit their longest value ("cloud service", "112/112 100%").
const COLUMNS: [Constraint; 6] = [
    Constraint::Fill(4),
    Constraint::Fill(3),
    Constraint::Fill(2),
    Constraint::Length(13),
    Constraint::Fill(3),
    Constraint::Length(12),
];

/// The detail's height from which it repeats the table's fields in full above the notes.
const ROOM_FOR_FIELDS: u16 = 12;

pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let theme = state.theme;
    let providers = state.workspace().map_or(&[][..], |w| &w.providers);
    let block = |title: String, focused: bool| {
        Block::new()
            .borders(Borders::ALL)
            .border_set(theme.border())
            .border_style(if focused {
                theme.focused_border()
            } else {
                ratatui::style::Style::new()
            })
            .title(Line::styled(title, theme.title()))
    };
    if providers.is_empty() {
        frame.render_widget(
            Paragraph::new(empty_text(state))
                .block(block(" Providers ".to_owned(), true))
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let areas = layout::providers(area, providers.len());
    let selected = state.providers.selected.min(providers.len() - 1);
    let table_block = block(format!(" Providers ({}) ", providers.len()), true);
    draw_table(frame, areas.table, table_block, providers, selected, state);
    let provider = &providers[selected];
    let chosen = state.workspace().and_then(|w| w.chosen.as_ref()) == Some(&provider.id);
    let title = truncate(
        &format!(
            "{}{}",
            one_line(&provider.name, theme.ascii),
            if chosen { " (chosen)" } else { "" }
        ),
        usize::from(areas.detail.width.saturating_sub(4)),
        theme.ascii,
    );
    let detail = Paragraph::new(detail_text(provider, &areas, state))
        .block(block(format!(" {title} "), false))
        .wrap(Wrap { trim: false });
    frame.render_widget(detail, areas.detail);
}

fn empty_text(state: &State) -> Vec<Line<'static>> {
    let theme = state.theme;
    let add = state.keymap.key_label(Command::AddProvider, theme.ascii);
    let dash = if theme.ascii { "-" } else { "—" };
    vec![
        Line::styled(
            format!("No providers yet {dash} press {add} to add the first candidate."),
            theme.title(),
        ),
        Line::raw(""),
        Line::raw(
            "List every product you are weighing up: its name, the product and edition, \
             how it is deployed and where the provider is based.",
        ),
    ]
}

fn draw_table(
    frame: &mut Frame,
    area: Rect,
    block: Block,
    providers: &[Provider],
    selected: usize,
    state: &State,
) {
    let theme = state.theme;
    let rows_area = layout::table_rows(area);
    let widths: Vec<u16> = Layout::horizontal(COLUMNS)
        .spacing(1)
        .split(rows_area)
        .iter()
        .map(|column| column.width)
        .collect();
    let fit = |text: &str, column: usize| {
        let width = widths.get(column).copied().unwrap_or(0);
        truncate(
            &one_line(text, theme.ascii),
            usize::from(width),
            theme.ascii,
        )
    };
    // Over the items in scope, as the scores, the status line and the picker count.
    let derivation = state.derivation();
    let rows = providers.iter().map(|provider| {
        let progress = provider.progress_in_scope(state.catalogue, &derivation);
        let deployment = match provider.deployment {
            Some(deployment) => Cell::from(deployment.label()),
            None => Cell::from(Span::styled(NOT_RECORDED, theme.dim())),
        };
        let chosen = state.workspace().and_then(|w| w.chosen.as_ref()) == Some(&provider.id);
        let name = if chosen {
            format!("{}{}", if theme.ascii { "* " } else { "★ " }, provider.name)
        } else {
            provider.name.clone()
        };
        Row::new(vec![
            Cell::from(fit(&name, 0)),
            Cell::from(fit(&provider.product, 1)),
            Cell::from(fit(&provider.edition, 2)),
            deployment,
            Cell::from(fit(&provider.jurisdiction, 4)),
            Cell::from(
                Line::from(format!(
                    "{}/{} {:>3}%",
                    progress.assessed,
                    progress.total,
                    progress.percent()
                ))
                .right_aligned(),
            ),
        ])
    });
    let header = Row::new(
        HEADER
            .iter()
            .enumerate()
            .map(|(column, title)| fit(title, column)),
    )
    .style(theme.title());
    let widths = widths.iter().map(|&width| Constraint::Length(width));
    let mut table_state = TableState::default()
        .with_selected(Some(selected))
        // The mouse finds rows by the same rule (layout::row_at).
        .with_offset(centred_offset(
            selected,
            providers.len(),
            usize::from(rows_area.height),
        ));
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .row_highlight_style(theme.selected())
        .column_spacing(1);
    frame.render_stateful_widget(table, area, &mut table_state);
}

fn detail_text(provider: &Provider, areas: &ProvidersAreas, state: &State) -> Text<'static> {
    let theme = state.theme;
    let width = usize::from(areas.detail.width.saturating_sub(2));
    let mut lines = status_counts(provider, width, state);
    if areas.side_by_side || areas.detail.height >= ROOM_FOR_FIELDS {
        // The table cuts long values short; the detail shows them in full when it can.
        let deployment = provider.deployment.map_or(NOT_RECORDED, |d| d.label());
        lines.push(Line::raw(""));
        for (label, value) in [
            ("Product", provider.product.as_str()),
            ("Edition", &provider.edition),
            ("Deployment", deployment),
            ("Jurisdiction", &provider.jurisdiction),
        ] {
            let value = if value.trim().is_empty() {
                Span::styled(NOT_RECORDED, theme.dim())
            } else {
                Span::raw(one_line(value, theme.ascii))
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{label:<13}"), theme.title()),
                value,
            ]));
        }
    }
    lines.push(Line::raw(""));
    if provider.notes.trim().is_empty() {
        let edit = state.keymap.key_label(Command::EditProvider, theme.ascii);
        lines.push(Line::styled(
            format!("No notes. Press {edit} to write some."),
            theme.dim(),
        ));
    } else {
        lines.extend(
            neutralise(&provider.notes, theme.ascii)
                .lines()
                .map(|line| Line::raw(line.to_owned())),
        );
    }
    Text::from(lines)
}

/// How many items in scope carry each status, each with its glyph so colour is never
/// needed, packed into lines of `width` without splitting an entry; absent statuses are
/// left out, and the items for services not needed are counted apart.
fn status_counts(provider: &Provider, width: usize, state: &State) -> Vec<Line<'static>> {
    use Status as S;
    let theme = state.theme;
    let order = [
        S::Met,
        S::PartlyMet,
        S::NotMet,
        S::Unknown,
        S::NotApplicable,
        S::NotAssessed,
    ];
    let derivation = state.derivation();
    let mut counts = [0_usize; 6];
    let mut not_needed = 0;
    for (_, item) in state.catalogue.assessable_items() {
        if !in_scope(item, &derivation) {
            not_needed += 1;
            continue;
        }
        let status = provider
            .assessments
            .get(&item.id)
            .map_or(S::NotAssessed, |a| a.status);
        if let Some(slot) = order.iter().position(|&s| s == status) {
            counts[slot] += 1;
        }
    }
    let mut spans: Vec<Span<'static>> = order
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(status, count)| {
            let entry = format!(
                "{} {count} {}",
                theme.status_glyph(status),
                status.label().to_lowercase()
            );
            Span::styled(entry, theme.status_style(status))
        })
        .collect();
    // Left out of the counts and the progress, but not out of sight.
    if not_needed > 0 {
        spans.push(Span::styled(
            format!("({not_needed} for services not needed)"),
            theme.dim(),
        ));
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    for span in spans {
        match lines.last_mut() {
            Some(line) if line.width() + 2 + span.width() <= width => {
                line.push_span(Span::raw("  "));
                line.push_span(span);
            }
            _ => lines.push(Line::from(span)),
        }
    }
    lines
}

#[cfg(test)]
mod tests;
