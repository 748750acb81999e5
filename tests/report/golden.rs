//! The demo workspace's report in every format, compared byte for byte with the files in
//! tests/golden/. After an intended change, regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --test report golden`, then read the diff.

use std::fs;
use std::path::PathBuf;

use tiaki::report::Format;

use super::support::{demo, render};

fn check(format: Format) {
    let actual = render(&demo(), format);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("demo.{}", format.extension()));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&path, &actual).expect("writes the golden file");
        return;
    }
    let expected = fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "{}: {error}; create it with UPDATE_GOLDEN=1 cargo test --test report",
            path.display()
        )
    });
    if actual != expected {
        let line = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
        panic!(
            "{} differs from the report at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             if the change is intended, regenerate with UPDATE_GOLDEN=1 and read the diff",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line),
        );
    }
}

#[test]
fn markdown_matches_the_golden_file() {
    check(Format::Markdown);
}

#[test]
fn html_matches_the_golden_file() {
    check(Format::Html);
}

#[test]
fn csv_matches_the_golden_file() {
    check(Format::Csv);
}

#[test]
fn json_matches_the_golden_file() {
    check(Format::Json);
}

#[test]
fn the_same_workspace_gives_the_same_bytes() {
    let workspace = demo();
    for format in Format::ALL {
        assert_eq!(
            render(&workspace, format),
            render(&workspace, format),
            "{format:?}"
        );
    }
}
