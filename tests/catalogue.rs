//! Bad-input catalogue: every kind of broken file or folder a user may point crosscheck
//! at. Each bad input is named in a warning, the good article still loads, nothing panics,
//! and no input file is touched.

use crosscheck::config;
use crosscheck::corpus::{self, Corpus, Warning};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime};

const GOOD: &str =
    "Port deal signed\n\nMarch 3, 2025\n\nLONDON — The port deal was signed on Monday \
after talks that lasted about 40 minutes, officials said.\n\nSource: Harbour Times\n";

/// Every file under `root` (not following links) -> (mtime, bytes), to prove nothing changed.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, (SystemTime, Vec<u8>)> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.file_type().is_file() {
            let meta = entry.metadata().expect("metadata");
            let bytes = fs::read(entry.path()).unwrap_or_default();
            out.insert(
                entry.path().to_path_buf(),
                (meta.modified().expect("mtime"), bytes),
            );
        }
    }
    out
}

fn load_dir(dir: &Path) -> Corpus {
    let before = snapshot(dir);
    let corpus = corpus::load(&[dir.to_path_buf()]).expect("the good article loads");
    assert_eq!(before, snapshot(dir), "an input file was modified");
    corpus
}

fn warning_for<'a>(corpus: &'a Corpus, file: &str) -> &'a Warning {
    corpus
        .warnings
        .iter()
        .find(|w| w.path.contains(file))
        .unwrap_or_else(|| panic!("no warning names {file}: {:#?}", corpus.warnings))
}

fn assert_good_loaded(corpus: &Corpus) {
    assert!(
        corpus
            .articles
            .iter()
            .any(|a| a.title.as_deref() == Some("Port deal signed")),
        "the good article is missing: {:?}",
        corpus.articles.iter().map(|a| &a.id).collect::<Vec<_>>()
    );
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

#[test]
fn bad_files_are_named_in_warnings_and_the_good_article_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    fs::write(d.join("good.txt"), GOOD).expect("write");
    fs::write(d.join("empty.txt"), b"").expect("write");
    fs::write(d.join("blank.md"), b"  \n\n\t\n").expect("write");
    let mut noise = vec![0u8; 4096];
    let mut x: u32 = 12345;
    for b in &mut noise {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *b = x as u8;
    }
    fs::write(d.join("noise.txt"), &noise).expect("write");
    fs::write(d.join("noise.html"), &noise).expect("write");
    fs::write(d.join("broken.json"), b"{\"title\": \"Cut off").expect("write");
    fs::write(d.join("empty_list.json"), b"[]").expect("write");
    fs::write(
        d.join("latin1.txt"),
        b"Caf\xe9 talks resume\n\nThe caf\xe9 owners met on Monday in the old town.",
    )
    .expect("write");

    let corpus = load_dir(d);
    assert_good_loaded(&corpus);
    assert_eq!(warning_for(&corpus, "empty.txt").message, "empty, skipped");
    assert_eq!(warning_for(&corpus, "blank.md").message, "empty, skipped");
    assert_eq!(
        warning_for(&corpus, "noise.txt").message,
        "looks binary, skipped"
    );
    assert_eq!(
        warning_for(&corpus, "noise.html").message,
        "looks binary, skipped"
    );
    assert!(warning_for(&corpus, "broken.json")
        .message
        .starts_with("invalid JSON"));
    assert_eq!(
        warning_for(&corpus, "empty_list.json").message,
        "empty JSON list, skipped"
    );
    // Invalid UTF-8 still loads, lossily, with a warning that says so.
    assert!(warning_for(&corpus, "latin1.txt")
        .message
        .contains("invalid UTF-8"));
    let latin = corpus
        .articles
        .iter()
        .find(|a| a.id == "latin1")
        .expect("latin1 loads");
    assert!(latin.paragraphs[0].contains('\u{FFFD}'));
}

#[test]
fn byte_order_marks_and_line_endings_read_as_plain_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let mut bom8 = vec![0xEF, 0xBB, 0xBF];
    bom8.extend(GOOD.as_bytes());
    fs::write(d.join("bom8.txt"), bom8).expect("write");
    fs::write(d.join("bom16le.txt"), utf16(GOOD, false)).expect("write");
    fs::write(d.join("bom16be.txt"), utf16(GOOD, true)).expect("write");
    fs::write(d.join("crlf.txt"), GOOD.replace('\n', "\r\n")).expect("write");
    fs::write(d.join("cr.txt"), GOOD.replace('\n', "\r")).expect("write");

    let corpus = load_dir(d);
    assert!(corpus.warnings.is_empty(), "{:#?}", corpus.warnings);
    assert_eq!(corpus.articles.len(), 5);
    let first = &corpus.articles[0];
    for a in &corpus.articles {
        assert_eq!(a.title.as_deref(), Some("Port deal signed"), "{}", a.id);
        assert_eq!(a.paragraphs, first.paragraphs, "{}", a.id);
        assert_eq!(a.published, first.published, "{}", a.id);
        assert!(
            a.paragraphs.iter().all(|p| !p.contains(['\r', '\u{FEFF}'])),
            "{}: {:?}",
            a.id,
            a.paragraphs
        );
    }
}

/// 100 MB on one line: loading must stay linear. In a debug build this takes about 7 s
/// (12, 25, 50, 100 MB: 0.9, 1.8, 3.5, 6.4 s); a quadratic step would take hours.
#[test]
fn a_single_100_mb_line_loads_in_linear_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let sentence = "The delegations met again on Tuesday and talked for about 40 minutes. ";
    let line = sentence.repeat(100 * 1024 * 1024 / sentence.len());
    fs::write(d.join("long.txt"), &line).expect("write");
    fs::write(d.join("good.txt"), GOOD).expect("write");
    drop(line);
    let start = Instant::now();
    let corpus = load_dir(d);
    println!("100 MB line: loaded in {:.2?}", start.elapsed());
    assert_good_loaded(&corpus);
    // Either way a warning names it: its paragraph was split, or why it was skipped.
    warning_for(&corpus, "long.txt");
    let long = corpus.articles.iter().find(|a| a.id == "long");
    if let Some(a) = long {
        let longest = a.paragraphs.iter().map(String::len).max().unwrap_or(0);
        assert!(
            longest <= corpus::MAX_PARAGRAPH_CHARS * 4,
            "a paragraph of {longest} bytes"
        );
    }
}

/// 100,000 tiny files in one folder: about 14 s in a debug build, most of it the test
/// writing them (loading is about 4 s of it).
#[test]
fn a_hundred_thousand_tiny_files_in_one_folder() {
    many_tiny_files(100_000);
}

fn many_tiny_files(n: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    for i in 0..n {
        let text = format!("Note {i}\n\nThe committee met on Monday for meeting number {i}.");
        fs::write(d.join(format!("{i:06}.txt")), text).expect("write");
    }
    let start = Instant::now();
    let corpus = corpus::load(&[d.to_path_buf()]).expect("loads");
    println!("{n} tiny files: loaded in {:.2?}", start.elapsed());
    assert_eq!(corpus.articles.len(), n);
    assert!(corpus.warnings.is_empty(), "{:?}", &corpus.warnings[..1]);
    // The stable order: file names sorted.
    assert_eq!(corpus.articles[0].id, "000000");
    assert_eq!(corpus.articles[n - 1].id, format!("{:06}", n - 1));
}

#[test]
fn deeply_nested_folders_load_without_overflow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut deep = dir.path().to_path_buf();
    for _ in 0..200 {
        deep.push("d");
    }
    fs::create_dir_all(&deep).expect("mkdir");
    fs::write(deep.join("good.txt"), GOOD).expect("write");
    let corpus = load_dir(dir.path());
    assert_good_loaded(&corpus);
    assert!(corpus.warnings.is_empty(), "{:#?}", corpus.warnings);
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_warned_about_and_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    fs::create_dir(d.join("a")).expect("mkdir");
    fs::write(d.join("a/good.txt"), GOOD).expect("write");
    std::os::unix::fs::symlink(d, d.join("a/loop")).expect("symlink");
    std::os::unix::fs::symlink(d.join("self.txt"), d.join("self.txt")).expect("symlink");
    let corpus = load_dir(d);
    assert_good_loaded(&corpus);
    assert_eq!(corpus.articles.len(), 1);
    assert!(warning_for(&corpus, "loop")
        .message
        .contains("symlink loop"));
    warning_for(&corpus, "self.txt");
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    fs::write(d.join("good.txt"), GOOD).expect("write");
    let locked = d.join("locked.txt");
    fs::write(&locked, GOOD.replace("Port deal", "Locked deal")).expect("write");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&locked).is_ok() {
        // Root (as in many containers and CI) reads it anyway: nothing to test here.
        println!("note: running as root, chmod 000 does not stop reads; skipped");
        return;
    }
    let corpus = corpus::load(&[d.to_path_buf()]).expect("loads");
    assert_good_loaded(&corpus);
    assert!(warning_for(&corpus, "locked.txt")
        .message
        .starts_with("could not read"));
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).expect("chmod back");
}

#[test]
fn a_broken_config_names_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    fs::write(d.join("good.txt"), GOOD).expect("write");
    let toml = "[aliases]\nmerge = [[\"Kyiv\", \"Kiev\"]]\n\n[keys]\nquit = [\"x\"\n";
    fs::write(d.join(config::FILE_NAME), toml).expect("write");
    let err = config::load(None, &[d.to_path_buf()]).expect_err("broken config");
    assert_eq!(err.path, d.join(config::FILE_NAME));
    assert!(err.message.starts_with("line 5"), "{}", err.message);

    fs::write(d.join(config::FILE_NAME), b"[keys]\nquit = [\"\xff\"]\n").expect("write");
    let err = config::load(None, &[d.to_path_buf()]).expect_err("not UTF-8");
    assert_eq!(err.message, "not valid UTF-8");

    fs::write(d.join(config::FILE_NAME), "[colours]\nred = 1\n").expect("write");
    let err = config::load(None, &[d.to_path_buf()]).expect_err("unknown section");
    assert!(err.message.starts_with("line 1"), "{}", err.message);
}

fn crosscheck(args: &[&Path]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("list")
        .args(args)
        .output()
        .expect("run crosscheck");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_binary_lists_a_broken_folder_with_warnings_on_stderr() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    fs::write(d.join("good.txt"), GOOD).expect("write");
    fs::write(d.join("empty.txt"), b"").expect("write");
    fs::write(d.join("noise.txt"), [0u8, 1, 2, 3, 255, 254]).expect("write");
    let before = snapshot(d);
    let (code, stdout, stderr) = crosscheck(&[d]);
    assert_eq!(before, snapshot(d));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Harbour Times") || stdout.contains("Port deal signed"));
    assert!(stderr.contains("empty.txt: empty, skipped"), "{stderr}");
    assert!(
        stderr.contains("noise.txt: looks binary, skipped"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_binary_fails_clearly_when_nothing_loads_or_the_config_is_broken() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    fs::write(d.join("empty.txt"), b"").expect("write");
    let (code, stdout, stderr) = crosscheck(&[d]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.contains("no articles could be loaded"), "{stderr}");
    assert!(stderr.contains("empty.txt: empty, skipped"), "{stderr}");

    let (code, _, stderr) = crosscheck(&[&d.join("missing")]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no such file or folder"), "{stderr}");

    fs::write(d.join("good.txt"), GOOD).expect("write");
    fs::write(d.join(config::FILE_NAME), "[keys\n").expect("write");
    let (code, _, stderr) = crosscheck(&[d]);
    assert_eq!(code, 1);
    assert!(stderr.contains("crosscheck.toml"), "{stderr}");
    assert!(stderr.contains("line 1"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
