//! The layering `docs/architecture.md` describes, checked on the source itself: the domain,
//! the store and the reports never reach the terminal; the domain and the reports never
//! touch files; the workspace model stands below scoring; and inside the TUI, `update` and
//! the views never import each other and no modules import each other in a cycle. A line
//! naming what a module may not reach fails these tests, so the rules hold by construction
//! rather than by review.

use std::collections::{BTreeMap, BTreeSet};
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

/// Modules that never touch files (only `store` does), each with what it may not name.
/// `workspace` is the model that scoring, the assurance rule and comparing are built on, so
/// it may not reach up to them.
const PURE: &[(&str, &[&str])] = &[
    ("catalogue", FILES),
    (
        "workspace",
        &[
            "std::fs",
            "fs::",
            "File::",
            "crate::store",
            "crate::scoring",
            "crate::assurance",
            "crate::compare",
            "crate::report",
            "crate::plan",
        ],
    ),
    ("assurance", FILES),
    ("scoring", FILES),
    ("compare", FILES),
    ("nzism", FILES),
    ("plan", FILES),
    ("search", FILES),
    ("report", FILES),
];

/// What a module that never touches files may not name.
const FILES: &[&str] = &["std::fs", "fs::", "File::", "crate::store"];

#[test]
fn the_domain_and_the_reports_touch_no_files_and_the_model_stands_below_scoring() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut breaches = Vec::new();
    for (module, forbidden) in PURE {
        let mut files = Vec::new();
        let file = src.join(format!("{module}.rs"));
        if file.is_file() {
            files.push(file);
        }
        rust_files(&src.join(module), &mut files);
        assert!(!files.is_empty(), "module {module} not found");
        for file in files.iter().filter(|file| !is_test_file(file)) {
            let text = fs::read_to_string(file).expect("a readable source file");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (index, line) in code.lines().enumerate() {
                let line = line.split("//").next().unwrap_or_default();
                if forbidden.iter().any(|name| line.contains(name)) {
                    breaches.push(format!("{}:{}: {}", file.display(), index + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        breaches.is_empty(),
        "a pure module reaches what it may not (build bytes or values and let the caller \
         write them through the store; put what both need below both):\n{}",
        breaches.join("\n")
    );
}

/// A test file: `tests.rs`, or anything under a `tests/` folder.
fn is_test_file(file: &Path) -> bool {
    file.file_name().is_some_and(|name| name == "tests.rs")
        || file.components().any(|part| part.as_os_str() == "tests")
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

/// The parts of the TUI that may not import each other, as `(from, to)`: `update` decides
/// without knowing how things are drawn, and the views draw without changing anything.
const FORBIDDEN_IN_TUI: &[(&str, &str)] = &[
    ("update", "views"),
    ("views", "update"),
    ("views", "runtime"),
    ("runtime", "views"),
];

#[test]
fn update_and_the_views_never_import_each_other() {
    let graph = tui_imports();
    assert!(
        graph.len() > 10,
        "the TUI's modules were not found: {graph:?}"
    );
    let breaches: Vec<String> = FORBIDDEN_IN_TUI
        .iter()
        .filter(|(from, to)| graph.get(*from).is_some_and(|deps| deps.contains(*to)))
        .map(|(from, to)| format!("tui::{from} imports tui::{to}"))
        .collect();
    assert!(breaches.is_empty(), "{}", breaches.join("\n"));
}

#[test]
fn the_tui_modules_import_each_other_in_no_cycle() {
    let graph = tui_imports();
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "an import cycle in src/tui (move what both need into a module of its own, as \
             layout.rs, selectors.rs and state.rs are): {}",
            cycle.join(" -> ")
        );
    }
}

#[test]
fn the_cycle_check_finds_a_cycle_and_passes_a_tree() {
    let graph = |edges: &[(&str, &str)]| {
        let mut graph = Graph::new();
        for (from, to) in edges {
            graph
                .entry((*from).to_owned())
                .or_default()
                .insert((*to).to_owned());
        }
        graph
    };
    let tree = graph(&[("app", "update"), ("app", "views"), ("views", "state")]);
    assert_eq!(find_cycle(&tree), None);
    let looped = graph(&[
        ("update", "layout"),
        ("layout", "views"),
        ("views", "update"),
    ]);
    assert!(find_cycle(&looped).is_some_and(|cycle| cycle.len() == 4));
    let file = "use super::super::layout::Screen;\nuse crate::tui::state::{Drawn, State};";
    assert_eq!(
        imported_modules(file, 1),
        ["layout".to_owned(), "state".to_owned()].into()
    );
}

/// Which of the TUI's top-level modules (`update`, `views`, `state`, `layout`, …) each one
/// imports, read from the `crate::tui::…` and `super::…` paths of its non-test code.
type Graph = BTreeMap<String, BTreeSet<String>>;

fn tui_imports() -> Graph {
    let tui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let mut files = Vec::new();
    rust_files(&tui, &mut files);
    let mut graph = Graph::new();
    for file in files {
        let relative = file.strip_prefix(&tui).expect("under src/tui");
        if is_test_file(relative) || relative.ends_with("testing.rs") {
            continue;
        }
        let module = relative
            .components()
            .next()
            .and_then(|part| part.as_os_str().to_str())
            .map(|name| name.trim_end_matches(".rs").to_owned())
            .expect("a module name");
        // `foo/bar.rs` reaches the tui's modules through `super::super::`.
        let depth = relative.components().count() - 1;
        let text = fs::read_to_string(&file).expect("a readable source file");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let imports = imported_modules(code, depth);
        graph
            .entry(module.clone())
            .or_default()
            .extend(imports.into_iter().filter(|name| *name != module));
    }
    graph
}

/// The TUI modules named in `code` of a file `depth` folders below `src/tui`.
fn imported_modules(code: &str, depth: usize) -> BTreeSet<String> {
    let up = "super::".repeat(depth + 1);
    let mut names = BTreeSet::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or_default();
        for prefix in ["crate::tui::", up.as_str()] {
            for (at, _) in line.match_indices(prefix) {
                // `super::super::x` must not also count as `super::x` one level down.
                if prefix == up && line[..at].ends_with("super::") {
                    continue;
                }
                let rest = &line[at + prefix.len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != "super" {
                    names.insert(name);
                }
            }
        }
    }
    names
}

/// A path of modules that comes back to where it started, if there is one.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|seen| seen == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}
