//! Integration tests of the ingest layer: the embedded seeds, the style fixtures in other
//! formats, and a folder of bad inputs that must produce warnings, never a crash.

use chrono::NaiveDate;
use crosscheck::corpus::{
    load, load_seeds, parse_bytes, Article, Corpus, LoadError, MAX_FILE_BYTES,
};
use std::fs;
use std::path::{Path, PathBuf};

fn manifest(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn by_id<'a>(corpus: &'a Corpus, id: &str) -> &'a Article {
    corpus
        .articles
        .iter()
        .find(|a| a.id == id || a.id.starts_with(&format!("{id}_")))
        .unwrap_or_else(|| panic!("no article {id}"))
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

// ---------------------------------------------------------------------------------------
// Seeds

struct Expect {
    id: &'static str,
    outlet: Option<&'static str>,
    title: Option<&'static str>,
    published: Option<NaiveDate>,
    dateline: Option<&'static str>,
    wires: &'static [&'static str],
}

#[test]
fn seeds_yield_their_outlets_titles_dates_and_datelines() {
    let corpus = load_seeds();
    assert_eq!(corpus.articles.len(), 5);
    assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
    let expected = [
        Expect {
            id: "000",
            outlet: Some("Kyiv Post"),
            title: None,
            published: None,
            dateline: Some("WASHINGTON, DC"),
            wires: &[],
        },
        Expect {
            id: "001",
            outlet: None,
            title: None,
            published: None,
            dateline: None,
            wires: &[],
        },
        Expect {
            id: "002",
            outlet: None,
            title: None,
            published: None,
            dateline: None,
            wires: &["Reuters"],
        },
        Expect {
            id: "003",
            outlet: None,
            title: Some(
                "Russia and Ukraine resume direct talks in Istanbul for first time since 2022",
            ),
            published: date(2025, 5, 16),
            dateline: Some("ISTANBUL"),
            wires: &[],
        },
        Expect {
            id: "004",
            outlet: Some("BBC"),
            title: Some("Ukrainian and Russian officials met in Turkey for the first talks"),
            published: None,
            dateline: None,
            wires: &[],
        },
    ];
    for e in expected {
        let a = by_id(&corpus, e.id);
        assert_eq!(a.outlet.as_deref(), e.outlet, "{} outlet", e.id);
        assert_eq!(a.title.as_deref(), e.title, "{} title", e.id);
        assert_eq!(a.published, e.published, "{} published", e.id);
        assert_eq!(a.dateline.as_deref(), e.dateline, "{} dateline", e.id);
        assert_eq!(a.wires, e.wires, "{} wires", e.id);
        assert!(a.path.is_none(), "{} path", e.id);
    }
}

#[test]
fn seed_boilerplate_is_cut_from_paragraphs_and_kept_in_removed() {
    let corpus = load_seeds();
    let cut: &[(&str, &[&str])] = &[
        (
            "000",
            &[
                "Follow our coverage of the war on the @Kyivpost_official.",
                "Other Topics of Interest",
                "North Korea’s Illicit Funds Bolster Russia’s War in Ukraine, US Says",
                "Washington issues new sanctions, offering up to $15 million",
            ],
        ),
        ("001", &["Desk:"]),
        (
            "002",
            &[
                "By continuing to browse our site you agree to our use of cookies",
                "CHOOSE YOUR LANGUAGE",
                "10120180008",
                "Disinformation report hotline: 010-85061466",
                "(With input from Reuters)",
            ],
        ),
        ("003", &["16/05/2025"]),
        (
            "004",
            &[
                "Source: BBC",
                "Record Label",
                "Ukraine Russia conflict",
                "About The Author",
                "Leave a Reply",
                "Your email address will not be published",
            ],
        ),
    ];
    for (id, lines) in cut {
        let a = by_id(&corpus, id);
        for line in *lines {
            assert!(
                !a.paragraphs.iter().any(|p| p.contains(line)),
                "{id}: {line:?} still in paragraphs"
            );
            assert!(
                a.removed.iter().any(|r| r.contains(line)),
                "{id}: {line:?} not in removed {:?}",
                a.removed
            );
        }
    }
}

#[test]
fn seed_bodies_keep_their_text_without_prefixes() {
    let corpus = load_seeds();
    let starts = [
        ("000", "The US State Department on Thursday pressed"),
        ("001", "For the first time since the war began"),
        ("002", "Russian and Ukrainian negotiators met in Istanbul"),
        (
            "003",
            "Russian and Ukrainian officials convened in Istanbul",
        ),
        ("004", "More than three years into the bloodiest conflict"),
    ];
    for (id, start) in starts {
        let a = by_id(&corpus, id);
        assert!(
            a.paragraphs[0].starts_with(start),
            "{id}: {:?}",
            a.paragraphs[0]
        );
    }
    // Section headings inside a body are text, not boilerplate.
    let a = by_id(&corpus, "001");
    assert!(a
        .paragraphs
        .iter()
        .any(|p| p == "Agreement on Prisoner Exchange"));
    // The quote that resumes seed 000 after its sidebar stays.
    let a = by_id(&corpus, "000");
    assert!(a
        .paragraphs
        .iter()
        .any(|p| p.starts_with("“[President Trump]")));
    assert!(a
        .paragraphs
        .iter()
        .any(|p| p.starts_with("Asked by Kyiv Post")));
}

#[test]
fn the_seeds_folder_loads_like_the_embedded_seeds() {
    let embedded = load_seeds();
    let from_disk = load(&[manifest("seeds")]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(from_disk.articles.len(), embedded.articles.len());
    for (disk, seed) in from_disk.articles.iter().zip(&embedded.articles) {
        assert!(disk.path.is_some());
        let disk = Article {
            path: None,
            ..disk.clone()
        };
        assert_eq!(&disk, seed);
    }
}

// ---------------------------------------------------------------------------------------
// Style fixtures

#[test]
fn style_fixtures_give_their_metadata() {
    let corpus = load(&[manifest("tests/fixtures/styles")]).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "harbour_court",
            "kyiv_court",
            "london_fishing",
            "trade_array#1",
            "trade_array#2",
            "trade_feed#1",
            "trade_feed#3",
            "trade_feed#4",
        ]
    );
    // (id, outlet, title, published, dateline, byline, wires)
    type Row = (
        &'static str,
        Option<&'static str>,
        &'static str,
        Option<NaiveDate>,
        Option<&'static str>,
        Option<&'static str>,
        &'static [&'static str],
    );
    let rows: [Row; 8] = [
        (
            "harbour_court",
            Some("Harbour Times"),
            "Court delays ruling on harbour dredging contract",
            date(2024, 11, 5),
            Some("BRISTOL"),
            Some("Ann Lee"),
            &[],
        ),
        (
            "kyiv_court",
            None,
            "Kyiv court jails former port official for bribery",
            None,
            Some("KYIV, Ukraine"),
            Some("Olena Marchenko and Peter Holt"),
            &["AP"],
        ),
        (
            "london_fishing",
            None,
            "Britain and Norway close in on fishing access deal",
            date(2025, 3, 4),
            Some("LONDON"),
            Some("Tom Hale"),
            &[],
        ),
        (
            "trade_array#1",
            Some("Metro Courier"),
            "Canada and India restart trade talks after a year-long pause",
            date(2025, 3, 12),
            Some("OTTAWA"),
            None,
            &[],
        ),
        (
            "trade_array#2",
            Some("Valley Tribune"),
            "Pulses and visas top agenda as Canada-India talks resume",
            date(2025, 3, 13),
            None,
            Some("Harpreet Gill"),
            &[],
        ),
        (
            "trade_feed#1",
            Some("Coastal Ledger"),
            "EU and Mercosur negotiators narrow gaps on beef quotas",
            date(2025, 3, 4),
            Some("BRUSSELS"),
            Some("Mira Patel"),
            &[],
        ),
        (
            "trade_feed#3",
            Some("Southern Cone Review"),
            "Car tariffs remain the sticking point in EU-Mercosur talks",
            date(2025, 3, 4),
            None,
            Some("Lucas Ferreira"),
            &[],
        ),
        (
            "trade_feed#4",
            None,
            "Mercosur talks end without deal on cars",
            date(2025, 3, 5),
            Some("MONTEVIDEO, Uruguay"),
            None,
            &["AFP"],
        ),
    ];
    for (id, outlet, title, published, dateline, byline, wires) in rows {
        let a = by_id(&corpus, id);
        assert_eq!(a.outlet.as_deref(), outlet, "{id} outlet");
        assert_eq!(a.title.as_deref(), Some(title), "{id} title");
        assert_eq!(a.published, published, "{id} published");
        assert_eq!(a.dateline.as_deref(), dateline, "{id} dateline");
        assert_eq!(a.byline.as_deref(), byline, "{id} byline");
        assert_eq!(a.wires, wires, "{id} wires");
        assert!(!a.paragraphs.is_empty(), "{id} has text");
        // Datelines and bylines never survive at the start of the body.
        assert!(!a.paragraphs[0].starts_with("By "), "{id}");
        assert!(
            dateline.is_none_or(|d| !a.paragraphs[0].starts_with(d)),
            "{id}"
        );
    }
    // The one broken JSONL line is a warning naming file:line.
    assert_eq!(corpus.warnings.len(), 1, "{:?}", corpus.warnings);
    assert!(corpus.warnings[0].path.ends_with("trade_feed.jsonl:2"));
    assert!(corpus.warnings[0].message.starts_with("invalid JSON: "));
}

#[test]
fn html_fixture_keeps_only_the_article_text() {
    let corpus = load(&[manifest("tests/fixtures/styles/harbour_court.html")])
        .unwrap_or_else(|e| panic!("{e}"));
    let a = &corpus.articles[0];
    let body = a.paragraphs.join("\n");
    for gone in [
        "Tracking pixel",
        "We use cookies",
        "Accept all",
        "Business",
        "Photo:",
        "Advertisement",
        "Share this article",
        "Harbour authority names new chief",
        "Ferry fares",
        "All rights reserved",
        "newsletter",
        "enable JavaScript",
        "color:",
    ] {
        assert!(!body.contains(gone), "{gone:?} in body");
    }
    assert!(a
        .removed
        .iter()
        .any(|r| r == "Harbour authority names new chief"));
    assert_eq!(a.paragraphs.len(), 7, "{:#?}", a.paragraphs);
    assert!(a
        .paragraphs
        .iter()
        .any(|p| p == "A contract signed in a hurry"));
    assert!(a
        .paragraphs
        .iter()
        .any(|p| p.starts_with("“Nobody disputes the silt.")));
}

#[test]
fn markdown_and_text_fixtures_are_stripped_and_joined() {
    let corpus = load(&[manifest("tests/fixtures/styles")]).unwrap_or_else(|e| panic!("{e}"));
    let md = by_id(&corpus, "kyiv_court");
    assert_eq!(
        md.paragraphs[0],
        "A Kyiv court on Tuesday sentenced a former port official to nine years in prison \
         for taking bribes over a dredging contract at the port of Odesa."
    );
    assert!(md
        .paragraphs
        .iter()
        .all(|p| !p.contains("court.jpg") && !p.contains("**")));
    assert!(md.removed.iter().any(|r| r.starts_with("Copyright 2025")));
    let txt = by_id(&corpus, "london_fishing");
    assert_eq!(txt.paragraphs.len(), 4, "{:#?}", txt.paragraphs);
    assert!(txt
        .removed
        .iter()
        .any(|r| r.starts_with("(Reporting by Priya Nair")));
}

// ---------------------------------------------------------------------------------------
// Bad inputs

fn write(dir: &Path, rel: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    path
}

const GOOD: &str = "Court fines shipping firm over oil spill\n\n\
    LONDON: A court fined a shipping firm £2 million on Monday over an oil spill in the \
    Thames estuary.\n\nThe firm said it would not appeal.\n";

/// About 30 MB of text: ordinary paragraphs plus some single lines far beyond the
/// paragraph limit, which must be split.
fn big_text() -> Vec<u8> {
    let para = "The inquiry heard evidence about the harbour contract for a further day. ";
    let mut s = String::with_capacity(31_000_000);
    s.push_str("Harbour inquiry transcript\n\n");
    let mut n = 0usize;
    while s.len() < 30_000_000 {
        if n.is_multiple_of(500) {
            s.push_str(&para.repeat(1_000)); // ~73,000 characters on one line
        } else {
            s.push_str(&para.repeat(8));
        }
        s.push('\n');
        n += 1;
    }
    s.into_bytes()
}

#[test]
fn bad_inputs_become_warnings_and_good_ones_still_load() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path();
    write(root, "good.txt", GOOD.as_bytes());
    write(root, "empty.txt", b"");
    write(root, "blank.md", b"  \n\n\t\n");
    let noise: Vec<u8> = (0..10_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    write(root, "noise.txt", &noise);
    write(
        root,
        "latin1.txt",
        b"Caf\xe9 owners win appeal\n\nPARIS: The court ruled for the caf\xe9 owners on Friday.",
    );
    write(
        root,
        "broken.json",
        b"{\"title\": \"Half a record\", \"text\": [\"one\",",
    );
    write(
        root,
        "broken.html",
        b"<html><body><article><p>The jury retired on Friday after a <b>two-week trial<div>and will",
    );
    write(
        root,
        "feed.jsonl",
        b"{\"title\":\"One\",\"text\":\"The first record of the feed.\"}\n{oops\n{\"title\":\"Three\",\"text\":\"The third record.\"}\n",
    );
    write(
        root,
        "deep/er/still/nested.md",
        b"# Nested story\n\nA court in a nested folder sat.",
    );
    write(root, ".hidden/secret.txt", GOOD.as_bytes());
    write(root, ".dotfile.txt", GOOD.as_bytes());
    write(root, "picture.png", b"\x89PNG\r\n\x1a\n\0\0\0");
    write(root, "big.txt", &big_text());
    // A sparse file over the size limit: refused from its metadata, never read.
    let huge = fs::File::create(root.join("huge.txt")).unwrap_or_else(|e| panic!("{e}"));
    huge.set_len(MAX_FILE_BYTES + 1)
        .unwrap_or_else(|e| panic!("{e}"));
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.join("deep"), root.join("deep/er/loop"))
        .unwrap_or_else(|e| panic!("{e}"));

    let corpus = load(&[root.to_path_buf()]).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        vec!["big", "broken", "nested", "feed#1", "feed#3", "good", "latin1"],
        "{:#?}",
        corpus.warnings
    );

    let warned = |file: &str, needle: &str| {
        corpus
            .warnings
            .iter()
            .any(|w| w.path.ends_with(file) && w.message.contains(needle))
    };
    let expected_warnings = [
        ("empty.txt", "empty, skipped"),
        ("blank.md", "empty, skipped"),
        ("noise.txt", "looks binary, skipped"),
        (
            "latin1.txt",
            "invalid UTF-8, decoded lossily (2 replacement characters)",
        ),
        ("broken.json", "invalid JSON: "),
        ("feed.jsonl:2", "invalid JSON: "),
        ("huge.txt", "larger than 256 MiB"),
        ("big.txt", "split"),
    ];
    for (file, needle) in expected_warnings {
        assert!(
            warned(file, needle),
            "no warning {needle:?} for {file}: {:#?}",
            corpus.warnings
        );
    }
    #[cfg(unix)]
    assert!(
        corpus
            .warnings
            .iter()
            .any(|w| w.message.contains("symlink loop")),
        "{:#?}",
        corpus.warnings
    );
    // Hidden entries and non-article extensions are skipped silently.
    assert!(!corpus.warnings.iter().any(|w| w.path.contains("hidden")
        || w.path.contains("dotfile")
        || w.path.contains("png")));

    let good = by_id(&corpus, "good");
    assert_eq!(
        good.title.as_deref(),
        Some("Court fines shipping firm over oil spill")
    );
    assert_eq!(good.dateline.as_deref(), Some("LONDON"));
    let latin = by_id(&corpus, "latin1");
    assert_eq!(
        latin.title.as_deref(),
        Some("Caf\u{fffd} owners win appeal")
    );
    let broken = by_id(&corpus, "broken");
    assert!(broken
        .paragraphs
        .iter()
        .any(|p| p.contains("The jury retired")));
    let big = by_id(&corpus, "big");
    assert!(big.paragraphs.len() > 10_000);
    assert!(big
        .paragraphs
        .iter()
        .all(|p| p.chars().count() <= crosscheck::corpus::MAX_PARAGRAPH_CHARS));
}

#[test]
fn a_missing_path_is_an_error() {
    let missing = PathBuf::from("/definitely/not/here/articles");
    let err = load(&[manifest("seeds"), missing.clone()]).err();
    assert_eq!(err, Some(LoadError::MissingPath(missing)));
}

#[test]
fn a_folder_of_only_bad_files_is_an_error_with_its_warnings() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "empty.txt", b"");
    write(dir.path(), "broken.json", b"[{");
    write(
        dir.path(),
        "cookies.txt",
        b"We use cookies to improve your experience.\n\nAccept all",
    );
    match load(&[dir.path().to_path_buf()]) {
        Err(LoadError::NoArticles { warnings }) => {
            assert_eq!(warnings.len(), 3, "{warnings:#?}");
            let e = LoadError::NoArticles { warnings };
            assert!(e.to_string().starts_with("no articles could be loaded:"));
            assert!(e.to_string().contains("empty.txt: empty, skipped"));
        }
        other => panic!("expected NoArticles, got {other:?}"),
    }
    // A folder with no article files at all says so too.
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        load(&[empty.path().to_path_buf()]),
        Err(LoadError::NoArticles { warnings }) if warnings.is_empty()
    ));
}

#[test]
fn an_explicit_file_with_an_unknown_extension_reads_as_text() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(dir.path(), "story.dat", GOOD.as_bytes());
    let corpus = load(std::slice::from_ref(&path)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(corpus.articles[0].id, "story");
    assert_eq!(corpus.articles[0].path.as_deref(), Some(path.as_path()));
    // Inside a folder the same file is not an article.
    assert!(load(&[dir.path().to_path_buf()]).is_err());
}

// ---------------------------------------------------------------------------------------
// Never panic

mod never_panics {
    use super::parse_bytes;
    use proptest::prelude::*;

    const NAMES: [&str; 6] = ["a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a"];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..1500)) {
            for name in NAMES {
                let _ = parse_bytes(name, &bytes);
            }
        }

        #[test]
        fn on_article_shaped_text(
            text in r#"([A-Z]{2,8}(, [A-Z][a-z]+)? (\(AP\) )?— |By [A-Z][a-z]+ |# |\{"text": "|<p>|\[|\]|\*\*|@[a-z_]+|\n\n?|\r|[a-zA-Z ,.“”"]{1,30}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|Other Topics of Interest\n){0,40}"#
        ) {
            for name in NAMES {
                let (articles, _) = parse_bytes(name, text.as_bytes());
                for a in articles {
                    prop_assert!(a.paragraphs.iter().all(|p| !p.trim().is_empty()));
                }
            }
        }
    }
}
