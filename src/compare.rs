//! Providers side by side: the rows of the comparison (sections and the items of open
//! sections), the filters and column orders the assessor picks, and each provider's
//! strengths and gaps. Pure: the Compare view draws it and reports can reuse it.

mod verdict;

use std::collections::BTreeSet;

use crate::assurance::Derivation;
use crate::catalogue::{Catalogue, Item, Priority, Section};
use crate::scoring::{self, ScoreOptions, Scorecard, Swings, in_scope};
use crate::workspace::{Basis, Provider, Status};

pub use verdict::{Verdict, score_text};

/// How the provider columns are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// As the assessor arranged the providers.
    #[default]
    Listed,
    /// Best first, as ranked: a disqualified provider never before one without, whatever
    /// the scores; then by score.
    Rank,
    /// Fewest disqualifying failures first, then as ranked.
    Disqualifying,
}

impl Sort {
    /// The next order in the cycle the sort key walks through.
    #[must_use]
    pub fn next(self) -> Sort {
        match self {
            Sort::Listed => Sort::Rank,
            Sort::Rank => Sort::Disqualifying,
            Sort::Disqualifying => Sort::Listed,
        }
    }

    /// A few words for the view's title.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Listed => "as listed",
            Sort::Rank => "by rank",
            Sort::Disqualifying => "by disqualifying failures",
        }
    }

    /// What the order is, in a sentence short enough for the status line, for the
    /// message when it changes.
    pub fn explanation(self) -> &'static str {
        match self {
            Sort::Listed => "Providers in the order they are listed.",
            Sort::Rank => "By rank: fewest disqualifying failures first, then the higher score.",
            Sort::Disqualifying => "Fewest disqualifying failures first, then by rank.",
        }
    }
}

/// Which item rows are shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only items on which the providers' statuses differ.
    pub differences_only: bool,
    /// Only items required at the workspace's assurance level.
    pub required_only: bool,
}

/// One row of the comparison.
#[derive(Debug, Clone, Copy)]
pub enum Row<'c> {
    Section {
        section: &'c Section,
        expanded: bool,
    },
    Item {
        section: &'c Section,
        item: &'c Item,
        priority: Priority,
    },
}

impl<'c> Row<'c> {
    pub fn section(&self) -> &'c Section {
        match self {
            Row::Section { section, .. } | Row::Item { section, .. } => section,
        }
    }

    pub fn item(&self) -> Option<&'c Item> {
        match self {
            Row::Item { item, .. } => Some(item),
            Row::Section { .. } => None,
        }
    }

    /// The id of what the row shows, to find the same row again after the rows change.
    pub fn id(&self) -> &'c str {
        match self {
            Row::Section { section, .. } => &section.id,
            Row::Item { item, .. } => &item.id,
        }
    }
}

/// A provider's strengths and gaps, each as item ids in catalogue order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary<'c> {
    /// Required items that fail: they rule the provider out.
    pub disqualifying: Vec<&'c str>,
    /// Items the provider could not or would not answer.
    pub unknown: Vec<&'c str>,
    pub partly_met: Vec<&'c str>,
    /// Judgements resting only on the provider's own word.
    pub claim_only: Vec<&'c str>,
    /// The sections it scores best in (at least 75 %), best first, with their percent.
    pub strongest: Vec<(&'c str, f64)>,
}

/// The statuses of a workspace's providers item by item, and the rows that show them:
/// everything the matrix needs before any score.
pub struct Matrix<'a> {
    catalogue: &'a Catalogue,
    providers: &'a [Provider],
    derivation: Derivation,
}

impl<'a> Matrix<'a> {
    pub fn new(
        catalogue: &'a Catalogue,
        providers: &'a [Provider],
        derivation: Derivation,
    ) -> Self {
        Self {
            catalogue,
            providers,
            derivation,
        }
    }

    /// The provider's status on an item; Not assessed when never touched.
    pub fn status(&self, provider: usize, item: &str) -> Status {
        self.providers
            .get(provider)
            .and_then(|provider| provider.assessments.get(item))
            .map_or(Status::NotAssessed, |assessment| assessment.status)
    }

    /// Whether at least two providers hold different statuses on the item.
    pub fn differs(&self, item: &str) -> bool {
        let mut statuses = (0..self.providers.len()).map(|index| self.status(index, item));
        statuses
            .next()
            .is_some_and(|first| statuses.any(|status| status != first))
    }

    /// Assessable items left out because they concern no service the organisation needs.
    pub fn out_of_scope(&self) -> usize {
        self.catalogue
            .assessable_items()
            .filter(|(_, item)| !self.counts(item))
            .count()
    }

    /// The visible rows: every section with an item that passes `filter`, followed by
    /// those items when the section is in `expanded`. Out-of-scope items never show: they
    /// count for nothing.
    pub fn rows(&self, expanded: &BTreeSet<String>, filter: Filter) -> Vec<Row<'a>> {
        let mut rows = Vec::new();
        for section in &self.catalogue.sections {
            let items: Vec<Row<'a>> = section
                .items
                .iter()
                .filter(|item| self.counts(item))
                .map(|item| (item, self.derivation.priority(item)))
                .filter(|(item, priority)| {
                    (!filter.required_only || *priority == Priority::Required)
                        && (!filter.differences_only || self.differs(&item.id))
                })
                .map(|(item, priority)| Row::Item {
                    section,
                    item,
                    priority,
                })
                .collect();
            if items.is_empty() {
                continue;
            }
            let open = expanded.contains(&section.id);
            rows.push(Row::Section {
                section,
                expanded: open,
            });
            if open {
                rows.extend(items);
            }
        }
        rows
    }

    /// Whether a provider is judged on the item here: assessable and in scope.
    fn counts(&self, item: &Item) -> bool {
        item.is_for_provider() && in_scope(item, &self.derivation)
    }
}

/// The providers of a workspace scored and ordered for comparison.
pub struct Comparison<'a> {
    matrix: Matrix<'a>,
    options: ScoreOptions,
    /// Each provider's scores, in the workspace's order.
    pub cards: Vec<Scorecard>,
    /// Provider indexes, best first.
    pub ranking: Vec<usize>,
    /// Provider indexes in column order.
    pub columns: Vec<usize>,
}

impl<'a> Comparison<'a> {
    pub fn new(
        catalogue: &'a Catalogue,
        providers: &'a [Provider],
        derivation: Derivation,
        options: ScoreOptions,
        sort: Sort,
    ) -> Self {
        let cards = scoring::score_all(catalogue, providers, &derivation, options);
        let ranking = scoring::rank(&cards);
        let columns = match sort {
            Sort::Listed => (0..providers.len()).collect(),
            Sort::Rank => ranking.clone(),
            Sort::Disqualifying => {
                let mut columns = ranking.clone();
                // Stable: equal counts keep their ranked order.
                columns.sort_by_key(|&index| cards[index].disqualifying.len());
                columns
            }
        };
        Self {
            matrix: Matrix::new(catalogue, providers, derivation),
            options,
            cards,
            ranking,
            columns,
        }
    }

    /// The statuses and rows, which need no scores.
    pub fn matrix(&self) -> &Matrix<'a> {
        &self.matrix
    }

    pub fn providers(&self) -> &'a [Provider] {
        self.matrix.providers
    }

    pub fn derivation(&self) -> &Derivation {
        &self.matrix.derivation
    }

    /// The provider's place in the ranking, 1 for the first.
    pub fn rank_of(&self, provider: usize) -> usize {
        self.ranking
            .iter()
            .position(|&index| index == provider)
            .map_or(0, |place| place + 1)
    }

    /// What the provider at `provider` does well and where it falls short.
    pub fn summary(&self, provider: usize) -> Summary<'a> {
        let mut summary = Summary::default();
        let matrix = &self.matrix;
        let (Some(subject), Some(card)) =
            (matrix.providers.get(provider), self.cards.get(provider))
        else {
            return summary;
        };
        for (_, item) in matrix.catalogue.items() {
            if !matrix.counts(item) {
                continue;
            }
            let id = item.id.as_str();
            let Some(assessment) = subject.assessments.get(id) else {
                continue;
            };
            if card.disqualifying.iter().any(|failure| failure == id) {
                summary.disqualifying.push(id);
            }
            match assessment.status {
                Status::Unknown => summary.unknown.push(id),
                Status::PartlyMet => summary.partly_met.push(id),
                _ => {}
            }
            let judged = matches!(
                assessment.status,
                Status::Met | Status::PartlyMet | Status::NotMet
            );
            if judged && assessment.basis == Some(Basis::ProviderClaim) {
                summary.claim_only.push(id);
            }
        }
        let mut strongest: Vec<(&'a str, f64)> = matrix
            .catalogue
            .sections
            .iter()
            .filter_map(|section| {
                let percent = card.section(&section.id)?.percent()?;
                (percent >= 75.0).then_some((section.id.as_str(), percent))
            })
            .collect();
        strongest.sort_by(|a, b| b.1.total_cmp(&a.1));
        summary.strongest = strongest;
        summary
    }

    /// The scoring options the providers were judged with.
    pub fn options(&self) -> ScoreOptions {
        self.options
    }

    /// Every judgement that alone would swap the two providers ranked first; `None` with
    /// fewer than two providers.
    pub fn swings(&self) -> Option<Swings> {
        let matrix = &self.matrix;
        scoring::swings_among(
            matrix.catalogue,
            matrix.providers,
            &self.cards,
            &matrix.derivation,
            self.options,
        )
    }
}

/// A provider's name without a trailing remark in brackets: "Kererū Meet (fictional)"
/// reads as "Kererū Meet" in sentences and narrow columns.
pub fn short_name(name: &str) -> &str {
    let trimmed = name.trim();
    match trimmed.rfind(" (") {
        Some(cut) if trimmed.ends_with(')') && cut > 0 => trimmed[..cut].trim_end(),
        _ => trimmed,
    }
}

/// Names that tell the providers apart, one per name in the same order: without the
/// bracketed remark where the rest is unlike every other provider's, else in full, so that
/// "Acme Meet (NZ region)" and "Acme Meet (US region)" stay apart.
pub fn distinct_names<'n>(names: &[&'n str]) -> Vec<&'n str> {
    let short: Vec<&str> = names.iter().map(|name| short_name(name)).collect();
    names
        .iter()
        .zip(&short)
        .enumerate()
        .map(|(index, (name, cut))| {
            let unique = short
                .iter()
                .enumerate()
                .all(|(other, each)| other == index || each != cut);
            if unique { *cut } else { name.trim() }
        })
        .collect()
}

/// `distinct_names` as a view shows them, where `shown` is how it cuts or lays out a name:
/// a name that would look like another's loses the words it shares at its start with the
/// most alike one (`ellipsis` marks the cut), so "Provider number 1 Ltd" shows as "…1 Ltd"
/// in a narrow column. Where even that looks alike, the provider's place in the list (1
/// for the first) goes in front.
pub fn telling_apart<T: PartialEq>(
    names: &[&str],
    ellipsis: &str,
    shown: impl Fn(&str) -> T,
) -> Vec<String> {
    let base = distinct_names(names);
    let mut labels: Vec<String> = base.iter().map(|name| (*name).to_owned()).collect();
    let alike = |labels: &[String]| -> Vec<bool> {
        let looks: Vec<T> = labels.iter().map(|label| shown(label)).collect();
        (0..looks.len())
            .map(|index| {
                looks
                    .iter()
                    .enumerate()
                    .any(|(other, look)| other != index && *look == looks[index])
            })
            .collect()
    };
    let clashing = alike(&labels);
    if !clashing.contains(&true) {
        return labels;
    }
    let words: Vec<Vec<&str>> = base
        .iter()
        .map(|name| name.split_whitespace().collect())
        .collect();
    for (index, label) in labels.iter_mut().enumerate() {
        if !clashing[index] {
            continue;
        }
        let own = &words[index];
        let shared = words
            .iter()
            .enumerate()
            .filter(|(other, _)| *other != index)
            .map(|(_, theirs)| own.iter().zip(theirs).take_while(|(a, b)| a == b).count())
            .max()
            .unwrap_or(0);
        if shared > 0 && shared < own.len() {
            *label = format!("{ellipsis}{}", own[shared..].join(" "));
        }
    }
    let clashing = alike(&labels);
    for (index, label) in labels.iter_mut().enumerate() {
        if clashing[index] {
            *label = format!("{}. {label}", index + 1);
        }
    }
    labels
}

#[cfg(test)]
mod tests;
