//! Fuzz target: arbitrary text as the paragraphs of one article must analyse without panic.
#![no_main]

use crosscheck::analysis::analyze;
use crosscheck::config::Config;
use crosscheck::corpus::Article;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let article = Article {
        id: "fuzz".to_string(),
        title: text.lines().next().map(str::to_string),
        paragraphs: text
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(str::to_string)
            .collect(),
        ..Article::default()
    };
    let analysis = analyze(vec![article], &Config::default());
    // Mention spans must be valid char-boundary slices of their paragraph.
    for m in &analysis.mentions {
        let paragraph = &analysis.articles[m.article].paragraphs[m.paragraph];
        assert_eq!(paragraph.get(m.start..m.end), Some(m.text.as_str()));
    }
});
