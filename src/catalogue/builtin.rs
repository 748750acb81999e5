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
}
