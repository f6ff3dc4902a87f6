//! The whole analysis over the seeds: rounds, claims, disputes and evolutions as the issue
//! states them for the sample story.

use crosscheck::analysis::{analyze, Analysis, Comparison, SlotKind, Verdict};
use crosscheck::config::Config;
use crosscheck::corpus::load_seeds;

fn seeds() -> Analysis {
    analyze(load_seeds().articles, &Config::default())
}

fn id(analysis: &Analysis, article: usize) -> &str {
    &analysis.articles[article].id[..3]
}

fn round_of(analysis: &Analysis, prefix: &str) -> Option<u32> {
    let article = analysis
        .articles
        .iter()
        .position(|a| a.id.starts_with(prefix))
        .expect("seed present");
    analysis.article_round[article].and_then(|r| analysis.rounds[r].number)
}

fn round_number(analysis: &Analysis, c: &Comparison) -> Option<u32> {
    c.round.and_then(|r| analysis.rounds[r].number)
}

fn describe(analysis: &Analysis) -> String {
    analysis
        .comparisons
        .iter()
        .map(|c| format!("R{:?} {:?} {}", round_number(analysis, c), c.verdict, c.why))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The dispute of `kind` in round `round` whose sides hold these values (as worded).
fn dispute<'a>(
    analysis: &'a Analysis,
    round: u32,
    kind: SlotKind,
    values: &[&str],
) -> &'a Comparison {
    analysis
        .comparisons
        .iter()
        .find(|c| {
            c.verdict == Verdict::Dispute
                && c.kind == kind
                && round_number(analysis, c) == Some(round)
                && values.iter().all(|v| {
                    c.sides
                        .iter()
                        .any(|s| s.value.to_lowercase().contains(&v.to_lowercase()))
                })
        })
        .unwrap_or_else(|| {
            panic!(
                "no {kind:?} dispute {values:?} in round {round}:\n{}",
                describe(analysis)
            )
        })
}

#[test]
fn seed_000_is_round_3_and_the_others_round_1() {
    let analysis = seeds();
    assert_eq!(round_of(&analysis, "000"), Some(3));
    for seed in ["001", "002", "003", "004"] {
        assert_eq!(round_of(&analysis, seed), Some(1), "{seed}");
    }
    assert!(
        analysis.rounds.iter().all(|r| r.number != Some(2)),
        "there is no round 2"
    );
}

#[test]
fn round_labels_give_date_and_place_when_known() {
    let analysis = seeds();
    let labels: Vec<&str> = analysis.rounds.iter().map(|r| r.label.as_str()).collect();
    assert!(
        labels.contains(&"Round 1 · Fri 16 May 2025 · Istanbul"),
        "{labels:?}"
    );
    assert!(
        labels.iter().any(|l| l.starts_with("Round 3 · Wed")),
        "{labels:?}"
    );
}

#[test]
fn round_1_disputes_the_weekday_of_the_talks() {
    let analysis = seeds();
    let c = dispute(&analysis, 1, SlotKind::Day, &["Thursday", "Friday"]);
    let thursday = c
        .sides
        .iter()
        .find(|s| s.value.contains("Thursday"))
        .expect("side");
    let friday = c
        .sides
        .iter()
        .find(|s| s.value.contains("Friday"))
        .expect("side");
    assert!(thursday.articles.iter().any(|&a| id(&analysis, a) == "003"));
    assert!(friday.articles.iter().any(|&a| id(&analysis, a) == "002"));
}

#[test]
fn round_1_disputes_the_length_of_the_war() {
    let analysis = seeds();
    dispute(
        &analysis,
        1,
        SlotKind::TimeSince,
        &["two years", "three years"],
    );
}

#[test]
fn round_1_disputes_the_title_of_the_former_or_sitting_president() {
    let analysis = seeds();
    let c = dispute(&analysis, 1, SlotKind::Title, &["former", "President"]);
    assert!(
        c.subject.as_deref().is_some_and(|s| s.contains("Trump")),
        "{c:?}"
    );
}

#[test]
fn changes_between_rounds_are_evolutions_not_disputes() {
    let analysis = seeds();
    for c in analysis
        .comparisons
        .iter()
        .filter(|c| c.verdict == Verdict::Dispute)
    {
        let values: Vec<&str> = c.sides.iter().map(|s| s.value.as_str()).collect();
        assert!(
            !(values.iter().any(|v| v.contains("1,000"))
                && values.iter().any(|v| v.contains("1,200"))),
            "prisoner counts of different rounds flagged as a dispute: {}",
            c.why
        );
        assert!(
            !values.iter().any(|v| v.contains("40 minutes")),
            "talk lengths of different rounds flagged as a dispute: {}",
            c.why
        );
    }
    let evolution = |needle: &str| {
        analysis
            .evolutions
            .iter()
            .any(|e| e.steps.iter().any(|(_, v, _)| v.contains(needle)))
    };
    assert!(evolution("1,200"), "{:?}", analysis.evolutions);
    assert!(evolution("40 minutes"), "{:?}", analysis.evolutions);
}

#[test]
fn round_1_corroborations_are_found() {
    let analysis = seeds();
    let agreed = |kind: SlotKind, needle: &str| {
        analysis.comparisons.iter().any(|c| {
            c.verdict == Verdict::Agreement
                && c.kind == kind
                && round_number(&analysis, c) == Some(1)
                && c.sides[0].value.to_lowercase().contains(needle)
        })
    };
    assert!(agreed(SlotKind::Count, "1,000"), "{}", describe(&analysis));
    assert!(
        agreed(SlotKind::Duration, "less than two hours"),
        "{}",
        describe(&analysis)
    );
    assert!(
        agreed(SlotKind::Duration, "30-day"),
        "{}",
        describe(&analysis)
    );
    assert!(
        agreed(SlotKind::Venue, "dolmabah"),
        "{}",
        describe(&analysis)
    );
}

#[test]
fn a_pinned_round_in_the_config_wins() {
    let mut config = Config::default();
    let articles = load_seeds().articles;
    let first = articles[1].id.clone();
    config.rounds.insert(first.clone(), 2);
    let analysis = analyze(articles, &config);
    assert_eq!(round_of(&analysis, &first[..3]), Some(2));
}

/// Regression: "İ" grows a byte when lowercased with `to_lowercase`, and slicing the lowered
/// paragraph with the original offsets panicked (found in review).
#[test]
fn a_dotted_capital_i_before_a_quote_does_not_panic() {
    let article = crosscheck::corpus::Article {
        id: "tr".into(),
        paragraphs: vec![
            "İ “We are very pleased with the progress,” Fidan said. Officials called it “good.” The İstanbul meeting lasted about 40 minutes.".into(),
        ],
        ..Default::default()
    };
    let analysis = analyze(vec![article], &Config::default());
    assert!(analysis
        .claims
        .iter()
        .any(|c| c.kind == SlotKind::Duration && c.display == "about 40 minutes"));
}
