//! The panes beside the matrix: the selected provider's gaps and strengths, and the
//! judgements that would change who ranks first, in words.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{full_names, names_in, pane, selected_column};
use crate::compare::{Comparison, distinct_names};
use crate::scoring::Swing;
use crate::tui::state::State;
use crate::tui::text::{truncate, wrap};
use crate::workspace::Status;

/// One entry of a pane: a marker in its style, then text.
#[derive(Clone)]
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
    let dot = if theme.ascii { " - " } else { " · " };
    let rank = format!(
        "{dot}#{} of {} ",
        comparison.rank_of(provider),
        comparison.columns.len()
    );
    // The name as the title can show it, told apart from the others' there.
    let room = usize::from(area.width.saturating_sub(3)).saturating_sub(rank.chars().count());
    let labels = names_in(comparison, room, theme);
    let title = format!(" {}{rank}", labels[provider]);
    let title = truncate(
        &title,
        usize::from(area.width.saturating_sub(2)),
        theme.ascii,
    );
    let summary = comparison.summary(provider);
    let overall = &comparison.cards[provider].overall;
    let ids = |ids: &[&str]| ids.join(", ");
    let mut entries = Vec::new();
    let failures = summary.disqualifying.len();
    entries.push(if overall.applicable == 0 {
        Entry {
            mark: theme.status_glyph(Status::NotApplicable),
            style: theme.dim(),
            text: "Nothing to score: no item applies".to_owned(),
        }
    } else if overall.assessed == 0 {
        Entry {
            mark: theme.status_glyph(Status::NotAssessed),
            style: theme.dim(),
            text: "Not assessed yet: no judgement recorded".to_owned(),
        }
    } else if failures == 0 {
        let so_far = if overall.assessed < overall.applicable {
            " so far"
        } else {
            ""
        };
        Entry {
            mark: theme.status_glyph(Status::Met),
            style: theme.status_style(Status::Met),
            text: format!("No disqualifying failure{so_far}"),
        }
    } else {
        Entry {
            mark: theme.status_glyph(Status::NotMet),
            style: theme.status_style(Status::NotMet),
            text: format!("{failures} disqualifying: {}", ids(&summary.disqualifying)),
        }
    });
    // Accepted risks and lapsed acceptances are named here as in the headline, so that a
    // provider's standing is never read without the approvals it rests on.
    let card = &comparison.cards[provider];
    let listed = |ids: &[String]| ids.join(", ");
    if !card.accepted.is_empty() {
        entries.push(Entry {
            mark: if theme.ascii { "~" } else { "≈" },
            style: theme.warning(),
            text: format!(
                "{} accepted, not blocking: {}",
                card.accepted.len(),
                listed(&card.accepted)
            ),
        });
    }
    if !card.lapsed.is_empty() {
        entries.push(Entry {
            mark: "!",
            style: theme.status_style(Status::NotMet),
            text: format!(
                "{} lapsed, blocking again: {}",
                card.lapsed.len(),
                listed(&card.lapsed)
            ),
        });
    }
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
    draw_entries(frame, area, state, title, None, &entries);
}

/// The two providers ranked first and every single judgement that would swap them: as
/// many as the pane holds, in the order `Swings::all` gives (required items first, then by
/// how far each brings the two scores together), then how many more there are. When any
/// one of the leader's required items would do, or any one of the runner-up's items not
/// yet Met, one sentence says so instead of a list.
pub fn draw_ranking(frame: &mut Frame, area: Rect, state: &State, comparison: &Comparison<'_>) {
    let theme = state.theme;
    let title = " What would change the ranking ".to_owned();
    let Some(swings) = comparison.swings() else {
        let entry = Entry {
            mark: theme.bullet(),
            style: theme.dim(),
            text: "Add a second provider to see what would change the ranking.".to_owned(),
        };
        draw_entries(frame, area, state, title, None, &[entry]);
        return;
    };
    let full = full_names(comparison, theme.ascii);
    let short = {
        let names: Vec<&str> = full.iter().map(String::as_str).collect();
        let short: Vec<String> = distinct_names(&names)
            .into_iter()
            .map(str::to_owned)
            .collect();
        short
    };
    let (first, second) = (swings.leader, swings.runner_up);
    let (leader, runner_up) = (&short[first], &short[second]);
    let standing = Entry {
        mark: theme.bullet(),
        style: theme.title(),
        text: format!("{} ranks first, {} second.", full[first], full[second]),
    };
    if swings.is_empty() {
        let none = Entry {
            mark: theme.bullet(),
            style: theme.dim(),
            text: "No single judgement would swap them.".to_owned(),
        };
        draw_entries(frame, area, state, title, None, &[standing, none]);
        return;
    }
    let not_met = (
        theme.status_glyph(Status::NotMet),
        theme.status_style(Status::NotMet),
    );
    // In full sentences, or the outcome once and then each change.
    let mut sentences = vec![standing];
    let mut terse = vec![Entry {
        mark: theme.bullet(),
        style: theme.title(),
        text: format!("{runner_up} would rank first if:"),
    }];
    let summed = swings.any_required_rules_out_leader();
    if let Some(count) = summed {
        sentences.push(Entry {
            mark: not_met.0,
            style: not_met.1,
            text: format!(
                "Any one of the {count} required items {leader} meets or partly meets \
                 becoming Not met would {} and put {runner_up} first.",
                // Already ruled out, it can only gain one more failure.
                if comparison.cards[first].is_disqualified() {
                    "add a disqualifying failure"
                } else {
                    "rule it out"
                }
            ),
        });
        terse.push(Entry {
            mark: not_met.0,
            style: not_met.1,
            text: format!(
                "any one of {leader}'s {count} required items (met or partly met) \
                 became Not met"
            ),
        });
    }
    if let Some(count) = swings.any_item_puts_runner_up_first() {
        let met = (
            theme.status_glyph(Status::Met),
            theme.status_style(Status::Met),
        );
        sentences.push(Entry {
            mark: met.0,
            style: met.1,
            text: format!(
                "Any one of the {count} items {runner_up} does not yet meet becoming Met \
                 would put it first."
            ),
        });
        terse.push(Entry {
            mark: met.0,
            style: met.1,
            text: format!("any one of {runner_up}'s {count} items not yet Met became Met"),
        });
    }
    let whose = |swing: &Swing| {
        if swing.provider == comparison.providers()[first].id {
            leader
        } else {
            runner_up
        }
    };
    let listed = swings.listed();
    let entry = |swing: &Swing, text: String| Entry {
        mark: theme.status_glyph(swing.to),
        style: theme.status_style(swing.to),
        text,
    };
    let change = |swing: &Swing| {
        format!(
            "{}'s {} became {}",
            whose(swing),
            swing.item,
            swing.to.label()
        )
    };
    let each_sentence: Vec<Entry> = listed
        .iter()
        .map(|swing| {
            let change = change(swing);
            entry(swing, format!("If {change}, {runner_up} would rank first."))
        })
        .collect();
    let each_terse: Vec<Entry> = listed
        .iter()
        .map(|swing| entry(swing, change(swing)))
        .collect();
    let dots = if theme.ascii { "..." } else { "…" };
    let more = |rest: usize| Entry {
        mark: " ",
        style: theme.dim(),
        text: if rest == 1 {
            format!("{dots} and 1 more single judgement")
        } else {
            format!("{dots} and {rest} more single judgements")
        },
    };
    // Worth saying when the runner-up is too far behind to catch up on one item alone.
    let tail = (summed.is_some() && swings.runner_up_gains() == 0).then(|| Entry {
        mark: theme.bullet(),
        style: theme.dim(),
        text: format!("No single item of {runner_up}'s becoming Met would put it first."),
    });
    let inner = pane(String::new(), state).inner(area);
    let width = usize::from(inner.width.saturating_sub(2)).max(1);
    let height = usize::from(inner.height);
    let fit =
        |head: &[Entry], items: &[Entry]| fitting(head, items, &more, tail.as_ref(), width, height);
    let entries = match (fit(&sentences, &each_sentence), fit(&terse, &each_terse)) {
        // Full sentences unless the terse lines would show more of the list.
        (Some((long, shown)), terse) if terse.as_ref().is_none_or(|(_, more)| shown >= *more) => {
            long
        }
        (_, Some((entries, _))) => entries,
        // Too small for even that: one line each, as many as there are lines.
        (_, None) => {
            let room = height.saturating_sub(terse.len() + 1);
            let shown = room.min(each_terse.len());
            let mut entries = terse;
            entries.extend(each_terse.iter().take(shown).cloned());
            if shown < each_terse.len() {
                entries.push(more(each_terse.len() - shown));
            }
            entries
        }
    };
    let order = (listed.len() > 1).then(|| " required first, then by effect ".to_owned());
    draw_entries(frame, area, state, title, order, &entries);
}

/// `head`, then as many of `items` as fit `height` lines of `width` once wrapped, then
/// `more` saying how many were left out; `tail` too when everything else fits with room
/// for it. `None` when not even `head` and `more` fit. Also gives how many items it holds.
fn fitting(
    head: &[Entry],
    items: &[Entry],
    more: &impl Fn(usize) -> Entry,
    tail: Option<&Entry>,
    width: usize,
    height: usize,
) -> Option<(Vec<Entry>, usize)> {
    let lines = |entry: &Entry| wrap(&entry.text, width).len();
    let mut used: usize = head.iter().map(lines).sum();
    let mut best = None;
    for shown in 0..=items.len() {
        if shown > 0 {
            used += lines(&items[shown - 1]);
        }
        if used > height {
            break;
        }
        let rest = items.len() - shown;
        let note = if rest > 0 { lines(&more(rest)) } else { 0 };
        if used + note <= height {
            best = Some((shown, used + note));
        }
    }
    let (shown, used) = best?;
    let mut entries = head.to_vec();
    entries.extend(items.iter().take(shown).cloned());
    if shown < items.len() {
        entries.push(more(items.len() - shown));
    } else if let Some(tail) = tail.filter(|tail| used + lines(tail) <= height) {
        entries.push(tail.clone());
    }
    Some((entries, shown))
}

/// The entries, each wrapped under its marker when they all fit the pane, else one line
/// each, cut short, so that every entry keeps a line. `bottom` goes on the lower border.
fn draw_entries(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    title: String,
    bottom: Option<String>,
    entries: &[Entry],
) {
    let mut block = pane(title, state);
    if let Some(bottom) = bottom {
        block = block.title_bottom(Line::styled(bottom, state.theme.dim()));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width.saturating_sub(2)).max(1);
    let wrapped: Vec<Vec<String>> = entries.iter().map(|e| wrap(&e.text, width)).collect();
    let height = wrapped.iter().map(Vec::len).sum::<usize>();
    let texts = if height <= usize::from(inner.height) {
        wrapped
    } else {
        entries
            .iter()
            .map(|e| vec![truncate(&e.text, width, state.theme.ascii)])
            .collect()
    };
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
