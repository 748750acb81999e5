use super::*;

#[test]
fn slugs_are_plain_lower_case_words() {
    assert_eq!(
        slugify("Demo: video conferencing procurement"),
        "demo-video-conferencing-procurement"
    );
    assert_eq!(slugify("  Trial   2026  "), "trial-2026");
    assert_eq!(slugify("A--B__C"), "a-b-c");
}

#[test]
fn slugs_cannot_escape_the_folder() {
    assert_eq!(slugify("../../etc"), "etc");
    assert_eq!(slugify("/etc/passwd"), "etc-passwd");
    assert_eq!(slugify(".hidden"), "hidden");
    assert_eq!(slugify(".."), "workspace");
    assert_eq!(slugify(""), "workspace");
    assert_eq!(slugify("会議"), "workspace");
}

#[test]
fn diacritics_are_folded() {
    assert_eq!(slugify("Kōrero"), "korero");
    assert_eq!(slugify("TĀMAKI MAKAURAU"), "tamaki-makaurau");
    assert_eq!(slugify("Straße Æther"), "strasse-aether");
}

#[test]
fn names_in_many_scripts_fold_as_search_does() {
    for (name, slug) in [
        ("Kererū Kōtuku Māori", "kereru-kotuku-maori"),
        ("Ștefan Țărână", "stefan-tarana"),
        ("İzmir Iğdır Şişli", "izmir-igdir-sisli"),
        ("Łódź Ærø", "lodz-aero"),
        ("Ελλάδα", "workspace"),
        ("Москва", "workspace"),
        ("会議 2026", "2026"),
        ("🦜 kākā", "kaka"),
    ] {
        assert_eq!(slugify(name), slug, "{name}");
    }
}

#[test]
fn slugs_are_bounded() {
    let slug = slugify(&"ab ".repeat(100));
    assert!(slug.len() <= MAX_SLUG_CHARS, "{slug}");
    assert!(!slug.ends_with('-'), "{slug}");
}

#[test]
fn every_slug_passes_the_check() {
    for name in ["../x", "", "ü", "a/b\\c", "-"] {
        assert!(check_slug(&slugify(name)).is_ok(), "{name}");
    }
    assert!(check_slug("../x").is_err());
    assert!(check_slug(".bak").is_err());
}

#[test]
fn a_file_where_a_folder_should_be_is_named() {
    let temp = tempfile::TempDir::new().expect("temporary folder");
    let file = temp.path().join("data");
    fs::write(&file, "").expect("writes");
    for wanted in [file.clone(), file.join("workspaces")] {
        let error = ensure_private_dir(&wanted, false).expect_err("cannot be a folder");
        assert!(
            matches!(&error, StoreError::NotAFolder { path } if *path == file),
            "{error}"
        );
    }
}

#[test]
fn suffixes_extend_the_file_name() {
    assert_eq!(
        with_suffix(Path::new("/x/demo.ron"), ".bak"),
        Path::new("/x/demo.ron.bak")
    );
}
