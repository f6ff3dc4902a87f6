//! Fuzz target: arbitrary bytes read as a .html file must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (articles, warnings) = crosscheck::corpus::parse_bytes("fuzz.html", data);
    // Every input yields an article or says why not.
    assert!(!articles.is_empty() || !warnings.is_empty());
});
