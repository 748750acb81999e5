//! The tree pane: sections with their progress, items with the provider's status.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::pane;
use crate::assurance::Derivation;
use crate::catalogue::{Item, Priority, Section};
use crate::tui::layout::centred_offset;
use crate::tui::review_tree::{self, Reviewed, Row};
use crate::tui::state::{Focus, ReviewOf, State};
use crate::tui::text::truncate;
use crate::tui::theme::Theme;
use crate::workspace::{Acceptance, Assessment, EvidenceId, Status};

pub fn draw(frame: &mut Frame, area: Rect, state: &State, reviewed: &Reviewed) {
    let theme = state.theme;
    let count = state.workspace().map_or(0, |w| w.providers.len());
    let index = state.review.provider.min(count.saturating_sub(1));
    let place = match reviewed.of {
        ReviewOf::Provider => format!("({}/{count}) ", index + 1),
        ReviewOf::Readiness | ReviewOf::Deployment => String::new(),
    };
    // Only while the services in use are answered does hiding leave anything out.
    let hidden = if state.review.hide_not_needed && state.derivation().needed_services.is_some() {
        format!("{} hidden ", theme.out_of_scope_mark())
    } else {
        String::new()
    };
    let position = format!(" {place}{hidden}");
    let room = usize::from(area.width.saturating_sub(4)).saturating_sub(position.width());
    let name = truncate(&reviewed.name, room, theme.ascii);
    let block = pane(
        format!(" {name}{position}"),
        state.review.focus == Focus::List,
        theme,
    );
    let inner = block.inner(area);
    let rows = review_tree::visible_rows(state);
    let cursor = state.review.cursor.min(rows.len().saturating_sub(1));
    let height = usize::from(inner.height);
    let offset = centred_offset(cursor, rows.len(), height);
    let columns = Columns {
        width: usize::from(inner.width),
        id_width: state
            .catalogue
            .assessable_items()
            .map(|(_, item)| item.id.width())
            .max()
            .unwrap_or(0),
        derivation: state.derivation(),
        theme,
        troubled: review_tree::troubled(state),
        state,
    };
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(index, row)| {
            let line = match row {
                Row::Section { section, expanded } => {
                    section_line(&columns, reviewed, section, *expanded)
                }
                Row::Item { item, .. } => item_line(&columns, reviewed, item),
            };
            if index == cursor {
                line.patch_style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// What every row is drawn with, worked out once per frame.
struct Columns<'a> {
    width: usize,
    /// The widest item id, so titles line up.
    id_width: usize,
    /// The level and the needed services, derived once for every row.
    derivation: Derivation,
    theme: Theme,
    /// Library entries needing attention (`evidence::troubled`).
    troubled: BTreeSet<EvidenceId>,
    state: &'a State,
}

/// `▾ Title ……… 3/12`, the progress flush right.
fn section_line(
    columns: &Columns,
    reviewed: &Reviewed,
    section: &Section,
    expanded: bool,
) -> Line<'static> {
    let Columns {
        width,
        ref derivation,
        theme,
        ..
    } = *columns;
    let (assessed, total) = review_tree::section_progress(reviewed, section, derivation);
    // A section wholly about services not needed has nothing to do: the mark says so.
    let progress = if total == 0 {
        theme.out_of_scope_mark().to_owned()
    } else {
        format!("{assessed}/{total}")
    };
    let fold = theme.fold_glyph(expanded);
    let room = width.saturating_sub(progress.width() + fold.width() + 2);
    let title = truncate(&section.title, room, theme.ascii);
    let gap = width.saturating_sub(fold.width() + 1 + title.width() + progress.width());
    let progress_style = if total > 0 && assessed == total {
        theme.ok()
    } else {
        theme.dim()
    };
    Line::from(vec![
        Span::styled(format!("{fold} {title}"), theme.title()),
        Span::raw(" ".repeat(gap)),
        Span::styled(progress, progress_style),
    ])
}

/// `  ✔ ⚑ P3.4   Title ……… *✎`: status, flag (or accepted ≈, lapsed !), id, title, then the required (or
/// not-needed) mark and the needs-a-reason mark (else the evidence mark) flush right.
fn item_line(columns: &Columns, reviewed: &Reviewed, item: &Item) -> Line<'static> {
    let Columns {
        width,
        id_width,
        ref derivation,
        theme,
        ..
    } = *columns;
    let in_scope = derivation.applies(item);
    let assessment = reviewed.judgements.get(&item.id);
    let status = assessment.map_or(Status::NotAssessed, |a| a.status);
    // One slot says the most pressing of: flagged for a second look, an accepted risk
    // whose acceptance has lapsed (it blocks again), an accepted risk that holds.
    let today = columns.state.clock.now().day();
    let (flag, flag_style) = match assessment {
        Some(a) if a.flagged => (theme.flag_glyph(), theme.warning()),
        Some(a) => match a.treatment.as_ref().map(|t| t.acceptance(Some(today))) {
            Some(Acceptance::Lapsed) => ("!", theme.error()),
            Some(Acceptance::Holds) => (theme.accepted_glyph(), theme.warning()),
            _ => (" ", Style::new()),
        },
        None => (" ", Style::new()),
    };
    let required = in_scope && derivation.priority(item) == Priority::Required;
    let unjustified = assessment.is_some_and(Assessment::lacks_justification);
    let head = format!("{:<id_width$} ", item.id);
    // Indent, status and a space, flag and a space, the id column, the two marks.
    let fixed = 2 + 2 + 2 + head.width() + 2;
    let title = truncate(&item.title, width.saturating_sub(fixed + 1), theme.ascii);
    let gap = width.saturating_sub(fixed + title.width());
    let mark = |on: bool, glyph: &'static str, style: Style| {
        if on {
            Span::styled(glyph, style)
        } else {
            Span::raw(" ")
        }
    };
    Line::from(vec![
        Span::raw("  "),
        Span::styled(theme.status_glyph(status), theme.status_style(status)),
        Span::raw(" "),
        Span::styled(flag, flag_style),
        Span::raw(" "),
        Span::styled(head, theme.dim()),
        Span::styled(title, if in_scope { Style::new() } else { theme.dim() }),
        Span::raw(" ".repeat(gap)),
        if in_scope {
            mark(
                required,
                theme.required_mark(),
                theme.priority_style(Priority::Required),
            )
        } else {
            Span::styled(theme.out_of_scope_mark(), theme.dim())
        },
        if unjustified {
            Span::styled(theme.unjustified_mark(), theme.warning())
        } else {
            let attention = assessment
                .is_some_and(|a| review_tree::needs_attention(columns.state, &columns.troubled, a));
            mark(attention, theme.evidence_mark(), theme.error())
        },
    ])
}
