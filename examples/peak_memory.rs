//! Peak memory of loading and analysing a corpus, against the budget "under 4x the corpus
//! size plus 64 MB": `cargo run --release --example peak_memory -- [--dir DIR | --articles N --seed S]`.
//!
//! With no `--dir`, a corpus is generated into a temporary folder and measured by a fresh
//! run of this program, so the generator's own memory does not count.

#[path = "../tests/common/gen.rs"]
mod gen;

use crosscheck::analysis::analyze;
use crosscheck::config::Config;
use crosscheck::corpus;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

/// A `VmXXX:  1234 kB` field of /proc/self/status, in bytes (Linux only).
fn status_bytes(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn dir_bytes(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn measure(dir: &Path) -> ExitCode {
    let before = status_bytes("VmRSS:").unwrap_or(0);
    let bytes = dir_bytes(dir);
    let start = Instant::now();
    let loaded = match corpus::load(&[dir.to_path_buf()]) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("peak_memory: {e}");
            return ExitCode::FAILURE;
        }
    };
    let loaded_at = start.elapsed();
    let peak_after_load = status_bytes("VmHWM:").unwrap_or(0);
    let rss_after_load = status_bytes("VmRSS:").unwrap_or(0);
    let count = loaded.articles.len();
    let warnings = loaded.warnings.len();
    let analysis = analyze(loaded.articles, &Config::default());
    let total = start.elapsed();
    let Some(peak) = status_bytes("VmHWM:") else {
        eprintln!("peak_memory: no VmHWM in /proc/self/status (not Linux?)");
        return ExitCode::FAILURE;
    };
    let budget = 4 * bytes + 64 * 1024 * 1024;
    println!(
        "after load: rss {:.1} MiB, peak so far {:.1} MiB",
        mb(rss_after_load),
        mb(peak_after_load)
    );
    println!(
        "corpus:     {count} articles, {warnings} warnings, {bytes} bytes ({:.1} MiB)",
        mb(bytes)
    );
    println!(
        "analysis:   {} mentions, {} entities, {} rounds, {} claims",
        analysis.mentions.len(),
        analysis.entities.len(),
        analysis.rounds.len(),
        analysis.claims.len()
    );
    println!("time:       load {loaded_at:.2?}, load + analyze {total:.2?}");
    println!("rss before: {:.1} MiB", mb(before));
    println!(
        "peak rss:   {:.1} MiB = {:.2}x corpus (budget 4x + 64 MiB = {:.1} MiB): {}",
        mb(peak),
        peak as f64 / bytes.max(1) as f64,
        mb(budget),
        if peak <= budget { "within" } else { "OVER" }
    );
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let mut dir: Option<PathBuf> = None;
    let mut articles = 10_000usize;
    let mut seed = 1u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        let ok = match arg.as_str() {
            "--dir" => {
                dir = Some(PathBuf::from(&value));
                true
            }
            "--articles" => value.parse().map(|n| articles = n).is_ok(),
            "--seed" => value.parse().map(|n| seed = n).is_ok(),
            _ => false,
        };
        if !ok {
            eprintln!("usage: peak_memory [--dir DIR | --articles N --seed S]");
            return ExitCode::FAILURE;
        }
    }
    if let Some(dir) = dir {
        return measure(&dir);
    }
    let tmp = match tempfile::tempdir() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("peak_memory: temp dir: {e}");
            return ExitCode::FAILURE;
        }
    };
    let files = gen::generate(articles, seed, gen::Mix::Mixed);
    if let Err(e) = gen::write_all(tmp.path(), &files) {
        eprintln!("peak_memory: writing the corpus: {e}");
        return ExitCode::FAILURE;
    }
    drop(files);
    let status = std::env::current_exe()
        .and_then(|exe| Command::new(exe).arg("--dir").arg(tmp.path()).status());
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("peak_memory: could not run the measurement: {e}");
            ExitCode::FAILURE
        }
    }
}
