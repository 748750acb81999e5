#![no_main]
//! The catalogue loader on arbitrary bytes; the rules are in tests/loaders/checks.rs.

#[path = "../../tests/loaders/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    checks::catalogue(bytes);
});
