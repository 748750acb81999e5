use super::*;

const MINIMAL: &str = r#"(
    id: "t", version: "1", title: "T",
    source: (publisher: "P", title: "T", date: "2020"),
    sections: [(id: "S", title: "S", summary: "s", items: [
        (id: "S.1", title: "t", guidance: "g", source: "s", kind: Check,
         answered_by: Provider,
         priority: (baseline: Optional, enhanced: Recommended, high: Required)),
    ])],
)"#;

#[test]
fn a_minimal_catalogue_is_accepted() {
    let catalogue = parse_catalogue(MINIMAL.as_bytes()).expect("valid");
    assert_eq!(catalogue.items().count(), 1);
}

#[test]
fn duplicate_ids_and_falling_priorities_are_reported() {
    let text = MINIMAL
        .replace("]),\n        ])]", "]),")
        .replace(
            "high: Required)),",
            "high: Required)),\n (id: \"S.1\", title: \"t\", guidance: \"g\", source: \"s\", kind: Check, answered_by: Provider, priority: (baseline: Required, enhanced: Optional, high: Required)),",
        );
    let Err(CatalogueError::Invalid(problems)) = parse_catalogue(text.as_bytes()) else {
        panic!("expected validation problems");
    };
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        messages.iter().any(|m| m.contains("more than once")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("must not fall")),
        "{messages:?}"
    );
}

#[test]
fn unknown_fields_are_a_syntax_error_with_a_position() {
    let text = MINIMAL.replace("kind: Check,", "kind: Check, colour: \"red\",");
    let Err(CatalogueError::Syntax(error)) = parse_catalogue(text.as_bytes()) else {
        panic!("expected a syntax error");
    };
    assert!(error.line > 1);
    assert!(error.message.contains("colour"), "{}", error.message);
}

#[test]
fn context_questions_need_answers() {
    let text = MINIMAL.replace("kind: Check", "kind: ContextQuestion");
    let Err(CatalogueError::Invalid(problems)) = parse_catalogue(text.as_bytes()) else {
        panic!("expected validation problems");
    };
    assert!(problems[0].message.contains("needs an `answer`"));
}

fn problems_of(text: &str) -> Vec<String> {
    let Err(CatalogueError::Invalid(problems)) = parse_catalogue(text.as_bytes()) else {
        panic!("expected validation problems");
    };
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_condition_must_name_a_context_question_and_its_options() {
    let unknown = MINIMAL.replace(
        "answered_by: Provider,",
        "answered_by: Provider, only_if: [(question: \"CTX.20\", any_of: [\"yes\"])],",
    );
    let messages = problems_of(&unknown);
    assert!(
        messages[0].contains("`CTX.20`, which is not a context question"),
        "{messages:?}"
    );
}

#[test]
fn a_deployment_check_belongs_on_a_provider_item_and_says_something() {
    let on_organisation = MINIMAL.replace(
        "answered_by: Provider,",
        "answered_by: Organisation, deployment: Some(\"we set it\"),",
    );
    assert!(problems_of(&on_organisation)[0].contains("belongs on a provider's item"));
    let empty = MINIMAL.replace(
        "answered_by: Provider,",
        "answered_by: Provider, deployment: Some(\" \"),",
    );
    assert!(problems_of(&empty)[0].contains("deployment check is empty"));
}
