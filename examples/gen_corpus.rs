//! Writes a deterministic synthetic corpus for benchmarks and stress runs:
//! `cargo run --release --example gen_corpus -- --out DIR --articles N --seed S [--format mixed|txt|md|html|json|jsonl]`.

#[path = "../tests/common/gen.rs"]
mod gen;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut out: Option<PathBuf> = None;
    let mut articles = 1000usize;
    let mut seed = 1u64;
    let mut mix = gen::Mix::Mixed;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        let ok = match (arg.as_str(), value.as_deref()) {
            ("--out", Some(v)) => {
                out = Some(PathBuf::from(v));
                true
            }
            ("--articles", Some(v)) => v.parse().map(|n| articles = n).is_ok(),
            ("--seed", Some(v)) => v.parse().map(|n| seed = n).is_ok(),
            ("--format", Some(v)) => gen::Mix::parse(v).map(|m| mix = m).is_some(),
            _ => false,
        };
        if !ok {
            eprintln!(
                "gen_corpus: bad argument {arg} {}",
                value.unwrap_or_default()
            );
            eprintln!(
                "usage: gen_corpus --out DIR [--articles N] [--seed S] [--format mixed|txt|md|html|json|jsonl]"
            );
            return ExitCode::FAILURE;
        }
    }
    let Some(out) = out else {
        eprintln!("gen_corpus: --out DIR is required");
        return ExitCode::FAILURE;
    };
    let files = gen::generate(articles, seed, mix);
    match gen::write_all(&out, &files) {
        Ok(bytes) => {
            println!(
                "wrote {articles} articles in {} files, {bytes} bytes ({:.1} MB) to {}",
                files.len(),
                bytes as f64 / 1e6,
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
