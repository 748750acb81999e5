//! The layering `docs/architecture.md` describes, checked on the source itself: the domain,
//! the store and the reports never reach the terminal. A `use` or a path naming `crate::tui`,
//! `ratatui` or `crossterm` in one of those modules fails this test, so the rule holds by
//! construction rather than by review.

use std::fs;
use std::path::{Path, PathBuf};

/// Modules that must build without a terminal: a folder `src/<name>/`, a file `src/<name>.rs`,
/// or both.
const TERMINAL_FREE: &[&str] = &[
    "catalogue",
    "workspace",
    "assurance",
    "scoring",
    "compare",
    "nzism",
    "report",
    "store",
];

/// What a terminal-free module may not name.
const TERMINAL_PATHS: &[&str] = &["crate::tui", "ratatui", "crossterm"];

#[test]
fn the_domain_store_and_reports_never_import_the_terminal() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for module in TERMINAL_FREE {
        let file = src.join(format!("{module}.rs"));
        if file.is_file() {
            files.push(file);
        }
        rust_files(&src.join(module), &mut files);
    }
    assert!(files.len() > 20, "the modules were not found: {files:?}");
    let breaches: Vec<String> = files.iter().flat_map(|file| breaches(file)).collect();
    assert!(
        breaches.is_empty(),
        "terminal imports in terminal-free modules (move the code into src/tui, or pass plain \
         data across):\n{}",
        breaches.join("\n")
    );
}

#[test]
fn the_check_sees_an_import_written_in_any_of_its_forms() {
    for line in [
        "use crate::tui::theme::Theme;",
        "use ratatui::text::Line;",
        "    let size = crossterm::terminal::size();",
        "pub(crate) use crate::{store, tui};",
    ] {
        assert!(names_the_terminal(line), "{line}");
    }
    for line in [
        "// ratatui is not used here",
        "/// Unlike crate::tui, this is plain text.",
        "use crate::text::one_line;",
    ] {
        assert!(!names_the_terminal(line), "{line}");
    }
}

/// Every `.rs` file under `dir`, at any depth.
fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("a readable folder entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// `file:line: text` for each line of `file` that names the terminal.
fn breaches(file: &Path) -> Vec<String> {
    let text = fs::read_to_string(file).expect("a readable source file");
    text.lines()
        .enumerate()
        .filter(|(_, line)| names_the_terminal(line))
        .map(|(index, line)| format!("{}:{}: {}", file.display(), index + 1, line.trim()))
        .collect()
}

/// Whether a line of code (not a comment) names `crate::tui`, `ratatui` or `crossterm`,
/// including `crate::{…, tui}` groups.
fn names_the_terminal(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or_default();
    TERMINAL_PATHS.iter().any(|path| code.contains(path))
        || (code.contains("crate::{") && code.contains("tui"))
}
