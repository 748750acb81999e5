use super::*;

#[test]
fn parse_errors_start_with_the_position_and_offer_the_backup() {
    let error = StoreError::Parse {
        path: PathBuf::from("/x/workspaces/demo.ron"),
        line: 12,
        column: 5,
        message: "expected ']'".to_owned(),
        backup: Some(PathBuf::from("/x/workspaces/demo.ron.bak")),
    };
    assert_eq!(
        error.to_string(),
        "/x/workspaces/demo.ron:12:5: expected ']' — the file is damaged and was left \
         untouched; a backup is at /x/workspaces/demo.ron.bak (restore it from the \
         workspace picker or copy it over)"
    );
}

#[test]
fn whole_file_problems_have_no_position() {
    let error = StoreError::parse(
        Path::new("/x/a.ron"),
        &crate::codec::DecodeError {
            line: 0,
            column: 0,
            message: "the file is empty".to_owned(),
        },
    );
    assert!(
        error
            .to_string()
            .starts_with("/x/a.ron: the file is empty — "),
        "{error}"
    );
}

#[test]
fn hostile_messages_stay_on_one_line() {
    let error = StoreError::parse(
        Path::new("/x/a.ron"),
        &crate::codec::DecodeError {
            line: 1,
            column: 2,
            message: "bad `\u{1b}[2J\nname`".to_owned(),
        },
    );
    let text = error.to_string();
    assert!(!text.contains('\n') && !text.contains('\u{1b}'), "{text}");
}

#[test]
fn locked_names_the_workspace_and_the_holder() {
    let error = StoreError::Locked {
        path: PathBuf::from("/x/workspaces/demo.ron"),
        pid: Some(1234),
    };
    assert_eq!(
        error.to_string(),
        "/x/workspaces/demo.ron: workspace \"demo\" is open in another tiaki (pid 1234); \
         close it there first"
    );
}

#[test]
fn not_found_lists_what_exists() {
    let error = StoreError::NotFound {
        name: "x".to_owned(),
        available: vec!["demo".to_owned(), "trial".to_owned()],
    };
    assert!(error.to_string().contains("demo, trial"), "{error}");
    assert_eq!(error.path(), None);
}
