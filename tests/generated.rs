//! The synthetic corpus generator (`tests/common/gen.rs`): deterministic, sized as the
//! benches assume, and read by crosscheck without warnings in every format.

#[path = "common/gen.rs"]
mod gen;

use crosscheck::corpus::{self, parse_bytes};

#[test]
fn the_same_seed_gives_the_same_bytes() {
    let a = gen::generate(200, 9, gen::Mix::Mixed);
    let b = gen::generate(200, 9, gen::Mix::Mixed);
    let c = gen::generate(200, 10, gen::Mix::Mixed);
    let bytes = |files: &[gen::GenFile]| -> Vec<(String, Vec<u8>)> {
        files
            .iter()
            .map(|f| (f.path.clone(), f.bytes.clone()))
            .collect()
    };
    assert_eq!(bytes(&a), bytes(&b));
    assert_ne!(bytes(&a), bytes(&c));
}

#[test]
fn a_thousand_articles_weigh_two_to_three_and_a_half_megabytes() {
    let files = gen::generate(1000, 1, gen::Mix::Mixed);
    assert_eq!(files.iter().map(|f| f.articles).sum::<usize>(), 1000);
    let size = gen::total_bytes(&files);
    assert!((2_000_000..=3_500_000).contains(&size), "{size} bytes");
    for ext in ["txt", "md", "html", "json", "jsonl"] {
        assert!(
            files.iter().any(|f| f.path.ends_with(&format!(".{ext}"))),
            "no .{ext} file"
        );
    }
}

#[test]
fn every_generated_file_reads_cleanly_in_every_format() {
    for mix in [
        gen::Mix::Txt,
        gen::Mix::Md,
        gen::Mix::Html,
        gen::Mix::Json,
        gen::Mix::Jsonl,
    ] {
        for f in gen::generate(60, 3, mix) {
            let (articles, warnings) = parse_bytes(&f.path, &f.bytes);
            assert!(warnings.is_empty(), "{}: {warnings:?}", f.path);
            assert_eq!(articles.len(), f.articles, "{}", f.path);
            for a in &articles {
                assert!(a.title.is_some(), "{}: no title", a.id);
                assert!(a.outlet.is_some(), "{}: no outlet", a.id);
                assert!(a.published.is_some(), "{}: no date", a.id);
                assert!(a.paragraphs.len() >= 5, "{}: {:?}", a.id, a.paragraphs);
                let text = a.paragraphs.join("\n");
                for cut in ["Accept all", "Leave a Reply", "Sign up for our newsletter"] {
                    assert!(!text.contains(cut), "{}: kept {cut:?}", a.id);
                }
            }
        }
    }
}

#[test]
fn outlets_disagree_within_a_round() {
    // The same story and round is told with different counts by different outlets.
    let files = gen::generate(300, 5, gen::Mix::Txt);
    let text: Vec<String> = files
        .iter()
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .collect();
    assert!(text.iter().any(|t| t.contains("former ")));
    assert!(text.iter().any(|t| t.contains(" round of ")));
    assert!(text
        .iter()
        .any(|t| t.contains("minutes") || t.contains("hours")));
}

#[test]
fn a_generated_folder_loads_in_path_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = gen::generate(150, 4, gen::Mix::Mixed);
    gen::write_all(dir.path(), &files).expect("write");
    let first = corpus::load(&[dir.path().to_path_buf()]).expect("loads");
    let again = corpus::load(&[dir.path().to_path_buf()]).expect("loads");
    assert!(first.warnings.is_empty(), "{:?}", first.warnings);
    assert_eq!(first.articles.len(), 150);
    let ids = |c: &corpus::Corpus| c.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&first), ids(&again));
    let paths: Vec<_> = first
        .articles
        .iter()
        .filter_map(|a| a.path.clone())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}
