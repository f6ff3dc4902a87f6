//! Criterion benchmarks of the pipeline over generated corpora: parsing (MB/s per format),
//! analysis over 1,000 and 10,000 articles, ingest from disk plus analysis, the first frame
//! on the seeds, and a key press to the next frame (source list and a long article).
//!
//! `cargo bench --bench pipeline`; figures depend on the entity extractor, which may still
//! be a placeholder on this branch.

#[path = "../tests/common/gen.rs"]
mod gen;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crosscheck::analysis::{analyze, Analysis};
use crosscheck::app::App;
use crosscheck::config::Config;
use crosscheck::corpus::{self, parse_bytes, Article};
use crosscheck::input::Action;
use crosscheck::ui;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::hint::black_box;
use std::time::Duration;

const SEED: u64 = 2024;

fn parse_all(files: &[gen::GenFile]) -> Vec<Article> {
    let mut articles = Vec::new();
    for f in files {
        articles.extend(parse_bytes(&f.path, &f.bytes).0);
    }
    articles
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(120, 40)).expect("test backend")
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, analysis: &Analysis) {
    terminal
        .draw(|frame| ui::render(frame, app, analysis))
        .expect("draw");
}

/// (a) parse_bytes over an in-memory corpus, per format and mixed.
fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for (label, mix) in [
        ("mixed", gen::Mix::Mixed),
        ("txt", gen::Mix::Txt),
        ("md", gen::Mix::Md),
        ("html", gen::Mix::Html),
        ("json", gen::Mix::Json),
        ("jsonl", gen::Mix::Jsonl),
    ] {
        let files = gen::generate(1000, SEED, mix);
        group.throughput(Throughput::Bytes(gen::total_bytes(&files) as u64));
        group.bench_function(format!("{label}_1000"), |b| {
            b.iter(|| black_box(parse_all(black_box(&files))))
        });
    }
    group.finish();
}

/// (b) analyze over 1,000 and 10,000 parsed articles; throughput counts the source bytes.
fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let config = Config::default();
    for n in [1000, 10_000] {
        let files = gen::generate(n, SEED, gen::Mix::Mixed);
        let articles = parse_all(&files);
        group.throughput(Throughput::Bytes(gen::total_bytes(&files) as u64));
        group.bench_function(format!("mixed_{n}"), |b| {
            b.iter_batched(
                || articles.clone(),
                |articles| analyze(articles, &config),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

/// (c) the whole pipeline: load a folder from disk, then analyze.
fn pipeline(c: &mut Criterion) {
    let mut group = c.benchmark_group("pipeline");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    let config = Config::default();
    for n in [1000, 10_000] {
        let dir = tempfile::tempdir().expect("temp dir");
        let files = gen::generate(n, SEED, gen::Mix::Mixed);
        gen::write_all(dir.path(), &files).expect("write corpus");
        let paths = vec![dir.path().to_path_buf()];
        group.throughput(Throughput::Bytes(gen::total_bytes(&files) as u64));
        // The analysis is dropped outside the timing: a user never waits for it to be
        // freed (the reader keeps it; a subcommand leaves it for the system at exit).
        group.bench_function(format!("load_analyze_{n}"), |b| {
            b.iter_with_large_drop(|| {
                let corpus = corpus::load(&paths).expect("corpus");
                analyze(corpus.articles, &config)
            })
        });
    }
    group.finish();
}

/// (d) from nothing to the first frame on the embedded seeds.
fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("first_frame");
    group.sample_size(20);
    let config = Config::default();
    group.bench_function("seeds_120x40", |b| {
        b.iter(|| {
            let corpus = corpus::load_seeds();
            let analysis = analyze(corpus.articles, &config);
            let app = App::new(&analysis, corpus.warnings, 120, 40);
            let mut terminal = terminal();
            draw(&mut terminal, &app, &analysis);
            black_box(terminal.backend().buffer().area)
        })
    });
    group.finish();
}

/// (e) one key press to the next frame: j in a 10,000-article list; G and PageDown in the
/// reader of a long article.
fn key_to_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("key_to_frame");
    group.sample_size(20).warm_up_time(Duration::from_secs(1));
    let config = Config::default();

    let files = gen::generate(10_000, SEED, gen::Mix::Mixed);
    let analysis = analyze(parse_all(&files), &config);
    let mut app = App::new(&analysis, Vec::new(), 120, 40);
    for _ in 0..5000 {
        app.update(&analysis, Action::MoveDown);
    }
    let mut term = terminal();
    draw(&mut term, &app, &analysis);
    group.bench_function("move_down_10000_articles", |b| {
        b.iter_batched(
            || app.clone(),
            |mut app| {
                app.update(&analysis, Action::MoveDown);
                draw(&mut term, &app, &analysis);
                app
            },
            BatchSize::PerIteration,
        )
    });

    let long = gen::long_article(3000, SEED);
    let (articles, _) = parse_bytes(&long.path, &long.bytes);
    let long_analysis = analyze(articles, &config);
    let mut reader = App::new(&long_analysis, Vec::new(), 120, 40);
    reader.update(&long_analysis, Action::FocusNext);
    let lines = reader.wrapped.lines.len();
    let mut term = terminal();
    draw(&mut term, &reader, &long_analysis);
    group.bench_function(format!("reader_bottom_{lines}_lines"), |b| {
        b.iter_batched(
            || reader.clone(),
            |mut app| {
                app.update(&long_analysis, Action::Bottom);
                draw(&mut term, &app, &long_analysis);
                app
            },
            BatchSize::PerIteration,
        )
    });
    let mut middle = reader.clone();
    for _ in 0..100 {
        middle.update(&long_analysis, Action::PageDown);
    }
    group.bench_function(format!("reader_page_down_{lines}_lines"), |b| {
        b.iter_batched(
            || middle.clone(),
            |mut app| {
                app.update(&long_analysis, Action::PageDown);
                draw(&mut term, &app, &long_analysis);
                app
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(
    benches,
    parse,
    analysis,
    pipeline,
    first_frame,
    key_to_frame
);
criterion_main!(benches);
