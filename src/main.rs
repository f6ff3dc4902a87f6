//! The `crosscheck` binary: arguments -> load -> the reader or a report; errors -> exit code.

use clap::{Args, Parser, Subcommand};
use crosscheck::analysis::{self, Analysis, EntityKind, Verdict};
use crosscheck::config::{self, Config};
use crosscheck::corpus::{self, Corpus};
use crosscheck::input::Keymap;
use crosscheck::{report, tui};
use std::mem::ManuallyDrop;
use std::path::PathBuf;
use std::process::ExitCode;

/// Read many outlets' reports of one developing story side by side.
///
/// With no PATH, reads the sample articles compiled into the binary.
#[derive(Parser)]
#[command(version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders of reports (.txt, .md, .html, .json, .jsonl).
    paths: Vec<PathBuf>,
    /// A crosscheck.toml to use instead of the one beside the articles.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the articles: id, date, outlet, title.
    List {
        #[command(flatten)]
        common: Common,
        /// Only articles that mention this entity (any spelling).
        #[arg(long)]
        entity: Option<String>,
    },
    /// Print the entities, grouped by kind, with their spellings and sources.
    Entities {
        #[command(flatten)]
        common: Common,
        /// Only this kind: person, organization, place, facility, date, time, number,
        /// money, duration, percent.
        #[arg(long)]
        kind: Option<String>,
    },
    /// Print the rounds of the story with their articles.
    Rounds {
        #[command(flatten)]
        common: Common,
    },
    /// Print the disputes: per round and slot, values that cannot all be true.
    Disputes {
        #[command(flatten)]
        common: Common,
        #[command(flatten)]
        filter: Filter,
    },
    /// Print every comparison (agreements, single-source claims, disputes) and the
    /// evolutions between rounds.
    Compare {
        #[command(flatten)]
        common: Common,
        #[command(flatten)]
        filter: Filter,
    },
}

#[derive(Args)]
struct Filter {
    /// Only this round (its number, as the texts give it).
    #[arg(long)]
    round: Option<u32>,
    /// Only comparisons that involve this entity (any spelling).
    #[arg(long)]
    entity: Option<String>,
}

#[derive(Args)]
struct Common {
    /// Print JSON for scripts instead of text.
    #[arg(long)]
    json: bool,
    /// Files or folders of reports; none means the embedded samples.
    paths: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("crosscheck: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Loads the inputs and the config. Warnings go to stderr for subcommands; the reader
/// shows them itself.
fn load(paths: &[PathBuf], explicit_config: Option<&PathBuf>) -> Result<(Corpus, Config), String> {
    let config =
        config::load(explicit_config.map(PathBuf::as_path), paths).map_err(|e| e.to_string())?;
    let corpus = if paths.is_empty() {
        corpus::load_seeds()
    } else {
        corpus::load(paths).map_err(|e| e.to_string())?
    };
    Ok((corpus, config))
}

fn print_warnings(corpus: &Corpus) {
    for warning in &corpus.warnings {
        eprintln!("warning: {}: {}", warning.path, warning.message);
    }
}

fn print(text: String) {
    use std::io::Write;
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = std::io::stdout().write_all(text.as_bytes());
}

fn print_json(value: &serde_json::Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    print(text + "\n");
    Ok(())
}

/// Each subcommand's analysis is held in `ManuallyDrop`: the process ends right after it
/// prints, and the system takes the memory back at once, where freeing every article,
/// mention and claim one by one was a serial tail of about a hundredth of the run.
fn run(cli: Cli) -> Result<ExitCode, String> {
    let config_path = cli.config.clone();
    match cli.command {
        None => {
            // Everything that can fail fast fails before the screen changes: a missing
            // path, a broken config, a bad key binding.
            let config =
                config::load(config_path.as_deref(), &cli.paths).map_err(|e| e.to_string())?;
            if let Some(missing) = cli.paths.iter().find(|p| !p.exists()) {
                return Err(format!("no such file or folder: {}", missing.display()));
            }
            let mut keymap = Keymap::with_overrides(&config.keys)?;
            let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let paths = cli.paths.clone();
            tui::run(
                move |progress| {
                    progress.set_stage("reading files");
                    let corpus = if paths.is_empty() {
                        corpus::load_seeds()
                    } else {
                        corpus::load(&paths).map_err(|e| e.to_string())?
                    };
                    progress.set_stage(format!("analysing {} articles", corpus.articles.len()));
                    let Corpus { articles, warnings } = corpus;
                    Ok((analysis::analyze(articles, &config), warnings))
                },
                &mut keymap,
                color,
            )?;
        }
        Some(Command::List { common, entity }) => {
            let (analysis, _) = analyze(&common, config_path.as_ref())?;
            let analysis = ManuallyDrop::new(analysis);
            let selected = match entity {
                Some(name) => {
                    let e = analysis
                        .find_entity(&name)
                        .ok_or_else(|| format!("no entity named “{name}”"))?;
                    analysis.entities[e].articles.clone()
                }
                None => (0..analysis.articles.len()).collect(),
            };
            if common.json {
                print_json(&report::articles_json(&analysis, &selected))?;
            } else {
                print(report::articles_text(&analysis, &selected));
            }
        }
        Some(Command::Entities { common, kind }) => {
            let kind = kind
                .map(|k| {
                    EntityKind::parse(&k).ok_or_else(|| {
                        let names: Vec<_> = EntityKind::ALL.iter().map(|k| k.name()).collect();
                        format!("unknown kind “{k}”; one of: {}", names.join(", "))
                    })
                })
                .transpose()?;
            let (analysis, _) = analyze(&common, config_path.as_ref())?;
            let analysis = ManuallyDrop::new(analysis);
            if common.json {
                print_json(&report::entities_json(&analysis, kind))?;
            } else {
                print(report::entities_text(&analysis, kind));
            }
        }
        Some(Command::Rounds { common }) => {
            let (analysis, _) = analyze(&common, config_path.as_ref())?;
            let analysis = ManuallyDrop::new(analysis);
            if common.json {
                print_json(&report::rounds_json(&analysis))?;
            } else {
                print(report::rounds_text(&analysis));
            }
        }
        Some(Command::Disputes { common, filter }) => {
            let (analysis, _) = analyze(&common, config_path.as_ref())?;
            let analysis = ManuallyDrop::new(analysis);
            let verdicts = [Verdict::Dispute];
            let filter = comparison_filter(&analysis, &filter, &verdicts)?;
            if common.json {
                print_json(&report::comparisons_json(&analysis, &filter))?;
            } else {
                print(report::comparisons_text(&analysis, &filter));
            }
        }
        Some(Command::Compare { common, filter }) => {
            let (analysis, _) = analyze(&common, config_path.as_ref())?;
            let analysis = ManuallyDrop::new(analysis);
            let verdicts = [Verdict::Agreement, Verdict::SingleSource, Verdict::Dispute];
            let filter = comparison_filter(&analysis, &filter, &verdicts)?;
            if common.json {
                let value = serde_json::json!({
                    "comparisons": report::comparisons_json(&analysis, &filter),
                    "evolutions": report::evolutions_json(&analysis, &filter),
                });
                print_json(&value)?;
            } else {
                print(report::comparisons_text(&analysis, &filter));
                print(report::evolutions_text(&analysis, &filter));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn comparison_filter<'a>(
    analysis: &Analysis,
    filter: &Filter,
    verdicts: &'a [Verdict],
) -> Result<report::ComparisonFilter<'a>, String> {
    if let Some(n) = filter.round {
        if !analysis.rounds.iter().any(|r| r.number == Some(n)) {
            let known: Vec<String> = analysis
                .rounds
                .iter()
                .filter_map(|r| r.number.map(|n| n.to_string()))
                .collect();
            return Err(format!("no round {n}; rounds found: {}", known.join(", ")));
        }
    }
    let entity = match &filter.entity {
        Some(name) => Some(
            analysis
                .find_entity(name)
                .ok_or_else(|| format!("no entity named “{name}”"))?,
        ),
        None => None,
    };
    Ok(report::ComparisonFilter {
        round: filter.round,
        entity,
        verdicts,
    })
}

fn analyze(common: &Common, config: Option<&PathBuf>) -> Result<(Analysis, Config), String> {
    let (corpus, config) = load(&common.paths, config)?;
    print_warnings(&corpus);
    let analysis = analysis::analyze(corpus.articles, &config);
    Ok((analysis, config))
}
