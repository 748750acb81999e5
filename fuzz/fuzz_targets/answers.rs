#![no_main]
//! The answers loader on arbitrary bytes; the rules are in tests/loaders/checks.rs.

// Each target uses one loader's rules of the four.
#[allow(dead_code)]
#[path = "../../tests/loaders/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    checks::answers(bytes);
});
