//! Problems found in a file, each pinned to `file:line:column` where the file lets us,
//! so an editor can jump straight to it.

use std::path::Path;

pub use crate::workspace::Problem;

/// Renders `problems` as `file:line:column: message` lines, in order. The n-th problem
/// about one anchor is placed at the anchor's n-th occurrence: problems are found in the
/// order the file is written, so repeated ids land on their own lines.
pub fn pin(path: &Path, text: &str, problems: &[Problem]) -> Vec<String> {
    let mut seen: Vec<&str> = Vec::new();
    problems
        .iter()
        .map(|problem| {
            let position = problem.anchor.as_deref().and_then(|anchor| {
                let nth = seen.iter().filter(|&&earlier| earlier == anchor).count();
                seen.push(anchor);
                occurrence(text, &format!("\"{anchor}\""), nth)
            });
            match position {
                Some((line, column)) => {
                    format!("{}:{line}:{column}: {}", path.display(), problem.message)
                }
                None => format!("{}: {}", path.display(), problem.message),
            }
        })
        .collect()
}

/// 1-based line and column (in characters) of the `nth` (0-based) occurrence of `needle`.
fn occurrence(text: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let (offset, _) = text.match_indices(needle).nth(nth)?;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    Some((line, before[line_start..].chars().count() + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n  a: {\"P9.9\": x},\n  b: {\"P9.9\": y},\n)";

    #[test]
    fn repeated_anchors_are_placed_at_successive_occurrences() {
        let problems = [
            Problem::at("P9.9", "first"),
            Problem::at("P9.9", "second"),
            Problem {
                anchor: None,
                message: "general".into(),
            },
            Problem::at("nowhere", "lost"),
        ];
        let lines = pin(Path::new("w.ron"), TEXT, &problems);
        assert_eq!(
            lines,
            vec![
                "w.ron:2:7: first",
                "w.ron:3:7: second",
                "w.ron: general",
                "w.ron: lost",
            ]
        );
    }
}
