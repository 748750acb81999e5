//! The built-in catalogue: the NCSC guidance as data, embedded in the binary.

use std::sync::OnceLock;

use super::model::Catalogue;
use super::validate::parse_catalogue;

const SOURCE: &str = include_str!("../../assets/catalogue/nz-ncsc-svvm.ron");

/// The built-in catalogue, parsed and validated on first use.
pub fn builtin() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        // The tests below prove the embedded file valid, so this cannot fail in a release.
        parse_catalogue(SOURCE.as_bytes())
            .unwrap_or_else(|error| panic!("the built-in catalogue is invalid: {error}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalogue_is_valid() {
        let catalogue = builtin();
        assert!(catalogue.problems().is_empty());
        assert!(catalogue.items().count() > 0);
    }

    #[test]
    fn every_provider_item_has_a_question_for_the_provider() {
        let missing: Vec<&str> = builtin()
            .items()
            .filter(|(_, item)| item.is_for_provider() && item.ask.trim().is_empty())
            .map(|(_, item)| item.id.as_str())
            .collect();
        assert!(missing.is_empty(), "no `ask` for {missing:?}");
    }

    #[test]
    fn questions_to_the_provider_do_not_judge_the_answer() {
        for (_, item) in builtin().items() {
            let ask = item.ask.to_lowercase();
            assert!(
                !ask.contains("warning sign") && !ask.contains("tiaki"),
                "{}: {ask}",
                item.id
            );
        }
    }
}
