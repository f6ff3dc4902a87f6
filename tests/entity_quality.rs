//! Measures entity extraction against the annotated test set in `tests/fixtures/entities/`:
//! precision, recall and F1 per kind, micro-averaged, on the seeds and on twelve articles
//! about other stories. `cargo test --test entity_quality -- --nocapture` prints the tables.

use crosscheck::analysis::{analyze, Analysis, EntityKind};
use crosscheck::config::Config;
use crosscheck::corpus::Article;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const FIXTURES: &str = "tests/fixtures/entities";

/// Gold annotation of one article: per kind, entries of `|`-separated alternatives.
type Gold = BTreeMap<EntityKind, Vec<Vec<String>>>;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn gold(path: &Path) -> Gold {
    let json: serde_json::Value =
        serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    EntityKind::ALL
        .into_iter()
        .map(|kind| {
            let entries = json[kind.name()]
                .as_array()
                .map(|list| {
                    list.iter()
                        .filter_map(|v| v.as_str())
                        .map(|s| s.split('|').map(str::to_string).collect())
                        .collect()
                })
                .unwrap_or_default();
            (kind, entries)
        })
        .collect()
}

/// Lines of the seeds that the annotation leaves out (banners, sidebars, footers). A real
/// run gets them cut by `corpus`; here they are skipped so the body alone is measured.
const SEED_BOILERPLATE: &[&str] = &[
    "By continuing to browse",
    "CHOOSE YOUR LANGUAGE",
    "互联网新闻信息许可证",
    "Disinformation report hotline",
    "Follow our coverage",
    "Other Topics of Interest",
    "North Korea’s Illicit Funds",
    "Washington issues new sanctions",
    "Source: BBC",
    "Record Label",
    "Ukraine Russia conflict",
    "About The Author",
    "Leave a Reply",
    "Your email address",
];

fn seed_article(path: &Path) -> Article {
    let paragraphs = read(path)
        .lines()
        .map(|line| line.trim().trim_start_matches("Desk:").trim().to_string())
        .filter(|line| !line.is_empty())
        .filter(|line| !SEED_BOILERPLATE.iter().any(|b| line.starts_with(b)))
        .collect();
    Article {
        id: stem(path),
        paragraphs,
        ..Default::default()
    }
}

fn story_article(path: &Path) -> Article {
    // Line 1 is the title, then paragraphs; all of it is annotated. Each line is a
    // paragraph, as the plain-text reader makes it of lines that are not hard-wrapped
    // prose: "By Ana Roe\nAssociated Press" is a byline and an outlet, not one name.
    let paragraphs = read(path)
        .lines()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    Article {
        id: stem(path),
        paragraphs,
        ..Default::default()
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn fold(s: &str) -> String {
    crosscheck::analysis::gazetteer::fold(s)
}

fn is_name_kind(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Place | EntityKind::Facility
    )
}

/// What the analysis predicts for one article and kind: for names, the entities present
/// with the spellings this article uses; for values, the distinct mention texts.
fn predicted(analysis: &Analysis, article: usize, kind: EntityKind) -> Vec<Vec<String>> {
    let mut out: Vec<(usize, Vec<String>)> = Vec::new();
    for mention in analysis.mentions_of(article).filter(|m| m.kind == kind) {
        let key = if is_name_kind(kind) {
            mention.entity.unwrap_or(usize::MAX)
        } else {
            usize::MAX
        };
        let surface = mention.text.clone();
        let slot = if is_name_kind(kind) {
            out.iter_mut().find(|(k, _)| *k == key)
        } else {
            out.iter_mut()
                .find(|(_, forms)| forms.iter().any(|f| fold(f) == fold(&surface)))
        };
        match slot {
            Some((_, forms)) => forms.push(surface),
            None => out.push((key, vec![surface])),
        }
    }
    out.into_iter().map(|(_, forms)| forms).collect()
}

fn matches(kind: EntityKind, predicted: &[String], gold: &[String]) -> bool {
    predicted.iter().any(|p| {
        gold.iter().any(|g| {
            let (p, g) = (fold(p), fold(g));
            if is_name_kind(kind) {
                p == g
            } else {
                p == g || p.contains(&g) || g.contains(&p)
            }
        })
    })
}

#[derive(Default, Clone, Copy)]
struct Counts {
    true_positive: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    fn precision(self) -> f64 {
        ratio(self.true_positive, self.predicted)
    }
    fn recall(self) -> f64 {
        ratio(self.true_positive, self.gold)
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores one article, pairing predictions with gold entries one to one, and lists misses.
fn score(
    analysis: &Analysis,
    article: usize,
    gold: &Gold,
    totals: &mut BTreeMap<EntityKind, Counts>,
    errors: &mut Vec<String>,
) {
    for kind in EntityKind::ALL {
        let predictions = predicted(analysis, article, kind);
        let entries = gold.get(&kind).cloned().unwrap_or_default();
        let mut used = vec![false; predictions.len()];
        let mut hits = 0;
        for entry in &entries {
            let found =
                (0..predictions.len()).find(|&i| !used[i] && matches(kind, &predictions[i], entry));
            match found {
                Some(i) => {
                    used[i] = true;
                    hits += 1;
                }
                None => errors.push(format!(
                    "{} {}: missed {:?}",
                    analysis.articles[article].id,
                    kind.name(),
                    entry.join("|")
                )),
            }
        }
        for (i, p) in predictions.iter().enumerate().filter(|(i, _)| !used[*i]) {
            let _ = i;
            errors.push(format!(
                "{} {}: spurious {:?}",
                analysis.articles[article].id,
                kind.name(),
                p.join("|")
            ));
        }
        let counts = totals.entry(kind).or_default();
        counts.true_positive += hits;
        counts.predicted += predictions.len();
        counts.gold += entries.len();
    }
}

fn table(title: &str, totals: &BTreeMap<EntityKind, Counts>) -> String {
    let mut out = format!(
        "\n{title}\n{:<13}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}\n",
        "kind", "tp", "pred", "gold", "P", "R", "F1"
    );
    for (kind, c) in totals {
        out.push_str(&format!(
            "{:<13}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}\n",
            kind.name(),
            c.true_positive,
            c.predicted,
            c.gold,
            c.precision(),
            c.recall(),
            c.f1()
        ));
    }
    out
}

fn sorted_files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    files
}

/// Minimum F1 per kind. Value kinds are compared by containment, so spans that differ in
/// hedges or counted nouns still match.
fn threshold(kind: EntityKind) -> f64 {
    match kind {
        EntityKind::Person => 0.95,
        EntityKind::Organization | EntityKind::Place | EntityKind::Facility => 0.8,
        _ => 0.75,
    }
}

fn check(title: &str, totals: &BTreeMap<EntityKind, Counts>, errors: &[String]) {
    println!("{}", table(title, totals));
    for error in errors {
        println!("  {error}");
    }
    let failing: Vec<String> = totals
        .iter()
        .filter(|(kind, c)| c.gold > 0 && c.f1() < threshold(**kind))
        .map(|(kind, c)| format!("{} F1 {:.3} < {}", kind.name(), c.f1(), threshold(*kind)))
        .collect();
    assert!(failing.is_empty(), "{title}: {failing:?}");
}

#[test]
fn seeds_meet_the_quality_bar() {
    let seed_dir = Path::new("seeds");
    let paths = sorted_files(seed_dir, ".txt");
    let articles: Vec<Article> = paths.iter().map(|p| seed_article(p)).collect();
    // The seeds are one story: analysed together, as a user would open them.
    let analysis = analyze(articles, &Config::default());
    let mut totals = BTreeMap::new();
    let mut errors = Vec::new();
    for (index, path) in paths.iter().enumerate() {
        let gold_path = Path::new(FIXTURES)
            .join("seeds")
            .join(format!("{}.entities.json", stem(path)));
        score(
            &analysis,
            index,
            &gold(&gold_path),
            &mut totals,
            &mut errors,
        );
    }
    check("seeds", &totals, &errors);
}

#[test]
fn other_stories_meet_the_quality_bar() {
    let mut totals = BTreeMap::new();
    let mut errors = Vec::new();
    for path in sorted_files(Path::new(FIXTURES), ".txt") {
        // Each file is its own story, so each is analysed alone.
        let analysis = analyze(vec![story_article(&path)], &Config::default());
        let gold_path = path.with_extension("entities.json");
        score(&analysis, 0, &gold(&gold_path), &mut totals, &mut errors);
    }
    check("other stories", &totals, &errors);
}

/// The seeds name fifteen people; each must come out once, with spelling variants merged
/// and the places a small statistical model mistakes for people kept as places.
#[test]
fn seed_entities_are_merged_as_expected() {
    let paths = sorted_files(Path::new("seeds"), ".txt");
    let analysis = analyze(
        paths.iter().map(|p| seed_article(p)).collect(),
        &Config::default(),
    );
    let persons: Vec<&crosscheck::analysis::Entity> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect();
    for p in &persons {
        println!("{:<22} {:?} titles {:?}", p.name, p.aliases, p.titles);
    }
    let expected = [
        "Tommy Pigott",
        "Rustem Umerov",
        "Vladimir Medinsky",
        "Donald Trump",
        "Volodymyr Zelensky",
        "Vladimir Putin",
        "Heorhii Tykhyi",
        "Hakan Fidan",
        "Marco Rubio",
        "Keith Kellogg",
        "Tom Barrack",
        "Andriy Yermak",
        "Tammy Bruce",
        "Serhiy Kyslytsya",
        "Dmitry Peskov",
    ];
    let mut names: Vec<&str> = persons.iter().map(|p| p.name.as_str()).collect();
    names.sort();
    let mut wanted = expected.to_vec();
    wanted.sort();
    assert_eq!(names, wanted);
    let one = |a: &str, b: &str| {
        let (x, y) = (analysis.find_entity(a), analysis.find_entity(b));
        assert!(x.is_some() && x == y, "{a} / {b}: {x:?} {y:?}");
    };
    one("Zelensky", "Volodymyr Zelenskyy");
    one("Turkey", "Türkiye");
    one("Dolmabahce Palace", "Dolmabahçe Palace");
    one("Umerov", "Rustem Umerov");
    let kind = |name: &str| {
        analysis
            .find_entity(name)
            .map(|e| analysis.entities[e].kind)
    };
    assert_eq!(kind("Kyiv"), Some(EntityKind::Place));
    assert_eq!(kind("Bosphorus"), Some(EntityKind::Place));
    assert_eq!(kind("Rustem Umerov"), Some(EntityKind::Person));
    assert_ne!(
        analysis.find_entity("Vladimir Putin"),
        analysis.find_entity("Vladimir Medinsky")
    );
}

/// The held-out set (tests/fixtures/heldout/entities), written by someone who never saw the
/// extractor and never used for tuning: the honest figure for stories nobody here has read.
/// Scores every article of a folder of one-article stories, each analysed alone.
fn measure_dir(dir: &str) -> (BTreeMap<EntityKind, Counts>, Vec<String>) {
    let mut totals = BTreeMap::new();
    let mut errors = Vec::new();
    for path in sorted_files(Path::new(dir), ".txt") {
        let analysis = analyze(vec![story_article(&path)], &Config::default());
        let gold_path = path.with_extension("entities.json");
        score(&analysis, 0, &gold(&gold_path), &mut totals, &mut errors);
    }
    (totals, errors)
}

#[test]
fn held_out_stories_meet_the_quality_bar() {
    let (totals, errors) = measure_dir("tests/fixtures/heldout/entities");
    check("held-out stories", &totals, &errors);
}

/// The final blind set (tests/fixtures/blind/entities): written after all tuning by someone
/// who never saw the code, measured once. The guard sits below that measurement.
#[test]
fn blind_stories_are_measured() {
    // Measured blind at person 0.81, organization 0.76, place 0.81, facility 0.73; then
    // used to develop rules (0.92 / 0.82 / 0.93 / 0.83). The guards sit just below, so a
    // change that generalises worse fails here.
    measure_set(
        "blind",
        "tests/fixtures/blind/entities",
        Misses::Shown,
        [0.9, 0.8, 0.9, 0.8],
    );
}

/// Whether a set's test prints its misses: sets never tuned on print only the table, so
/// nobody reads a miss and fixes that one.
enum Misses {
    Shown,
    Hidden,
}

/// Measures one blind set, prints its table (and its misses, if shown) and asserts each
/// name kind's F1 stays at or above its floor.
fn measure_set(set: &str, dir: &str, misses: Misses, floors: [f64; 4]) {
    let (totals, errors) = measure_dir(dir);
    println!("{}", table(&format!("{set} stories"), &totals));
    if matches!(misses, Misses::Shown) {
        for error in &errors {
            println!("  {error}");
        }
    }
    guard(set, &totals, floors);
}

/// Asserts each name kind's F1 stays at or above its floor.
fn guard(set: &str, totals: &BTreeMap<EntityKind, Counts>, floors: [f64; 4]) {
    let kinds = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Facility,
    ];
    for (kind, floor) in kinds.into_iter().zip(floors) {
        let f1 = totals.get(&kind).map_or(0.0, |c| c.f1());
        assert!(f1 >= floor, "{set} {} F1 {f1:.3} < {floor}", kind.name());
    }
}

/// The second blind set (tests/fixtures/blind2/entities), written by someone who saw neither
/// the code nor the other sets. Measured once before any rule looked at it (person 0.79,
/// organization 0.76, place 0.86, facility 0.82), then used to develop rules (1.00 / 0.83 /
/// 0.92 / 0.82); the guards sit just below.
#[test]
fn blind2_stories_are_measured() {
    measure_set(
        "blind2",
        "tests/fixtures/blind2/entities",
        Misses::Shown,
        [0.95, 0.8, 0.9, 0.8],
    );
}

/// The third blind set (tests/fixtures/blind3/entities): never tuned on. Only the table is
/// printed, never the individual misses, so nobody reads them and fixes one. Measured after
/// the blind2 rules at person 0.87, then 0.89 after more of them (organization 0.79, place
/// 0.87, facility 0.72), then 0.91 / 0.80 / 0.86 / 0.72 after the blind4 and blind6 rules,
/// 0.92 / 0.83 / 0.88 / 0.72 after the blind9 and blind10 rules, 0.95 with the world
/// given-name list, 0.96 / 0.83 / 0.90 / 0.72 with the world place list; the guards sit
/// below, so a change that generalises worse fails.
#[test]
fn blind3_stories_are_measured() {
    measure_set(
        "blind3",
        "tests/fixtures/blind3/entities",
        Misses::Hidden,
        [0.94, 0.8, 0.87, 0.7],
    );
}

/// The fourth blind set (tests/fixtures/blind4/entities), written by someone who saw neither
/// the code nor the other sets. Measured once before any rule looked at it (person 0.86,
/// organization 0.72, place 0.73, facility 0.79), then used to develop rules (0.98 / 0.81 /
/// 0.80 / 0.79); the guards sit just below.
#[test]
fn blind4_stories_are_measured() {
    measure_set(
        "blind4",
        "tests/fixtures/blind4/entities",
        Misses::Shown,
        [0.95, 0.78, 0.77, 0.77],
    );
}

/// The fifth blind set (tests/fixtures/blind5/entities): never tuned on, like blind3. Only
/// the table is printed. Measured once on arrival, before the blind4 rules: person 0.86,
/// organization 0.81, place 0.83, facility 0.60; after the blind4 and blind6 rules 0.87 /
/// 0.84 / 0.83 / 0.61; after the blind9 and blind10 rules 0.92 / 0.85 / 0.83 / 0.63; 0.93
/// with the world given-name list; 0.94 / 0.87 / 0.88 / 0.65 with the world place list. The
/// guards sit just below.
#[test]
fn blind5_stories_are_measured() {
    measure_set(
        "blind5",
        "tests/fixtures/blind5/entities",
        Misses::Hidden,
        [0.92, 0.84, 0.85, 0.62],
    );
}

/// The sixth blind set (tests/fixtures/blind6/entities), rich in people, written by someone
/// who saw neither the code nor the other sets. Measured once on arrival (after the blind4
/// rules): person 0.86, organization 0.74, place 0.84, facility 0.64; then used to develop
/// rules (0.98 / 0.84 / 0.85 / 0.64); the guards sit just below.
#[test]
fn blind6_stories_are_measured() {
    measure_set(
        "blind6",
        "tests/fixtures/blind6/entities",
        Misses::Shown,
        [0.95, 0.8, 0.82, 0.6],
    );
}

/// The seventh blind set (tests/fixtures/blind7/entities), rich in people, written by
/// someone who saw neither the code nor the other sets. Measured once on arrival (after the
/// blind4 and blind6 rules): person 0.89, organization 0.83, place 0.76, facility 0.59; then
/// used to develop rules (0.97 / 0.87 / 0.76 / 0.59); the guards sit just below.
#[test]
fn blind7_stories_are_measured() {
    measure_set(
        "blind7",
        "tests/fixtures/blind7/entities",
        Misses::Shown,
        [0.95, 0.83, 0.74, 0.57],
    );
}

/// The eighth blind set (tests/fixtures/blind8/entities), rich in people, written by someone
/// who saw neither the code nor the other sets. Measured once on arrival (after the blind4,
/// blind6 and blind7 rules): person 0.90, organization 0.77, place 0.84, facility 0.83; then
/// used to develop rules (0.98 / 0.81 / 0.84 / 0.90); the guards sit just below.
#[test]
fn blind8_stories_are_measured() {
    measure_set(
        "blind8",
        "tests/fixtures/blind8/entities",
        Misses::Shown,
        [0.95, 0.78, 0.82, 0.87],
    );
}

/// The ninth blind set (tests/fixtures/blind9/entities), rich in people, written by someone
/// who saw neither the code nor the other sets. Measured once on arrival (after the blind8
/// rules): person 0.89, organization 0.83, place 0.87, facility 0.81; then used to develop
/// rules (0.98 / 0.92 / 0.90 / 0.81); the guards sit just below.
#[test]
fn blind9_stories_are_measured() {
    measure_set(
        "blind9",
        "tests/fixtures/blind9/entities",
        Misses::Shown,
        [0.96, 0.89, 0.87, 0.78],
    );
}

/// The tenth blind set (tests/fixtures/blind10/entities), rich in people, written by someone
/// who saw neither the code nor the other sets. Measured once on arrival (after the blind9
/// rules): person 0.89, organization 0.78, place 0.84, facility 0.70 (person 0.90 once the
/// harness made each line a paragraph, as the plain-text reader does); then used to develop
/// rules (0.97 / 0.82 / 0.87 / 0.73); the guards sit just below.
#[test]
fn blind10_stories_are_measured() {
    measure_set(
        "blind10",
        "tests/fixtures/blind10/entities",
        Misses::Shown,
        [0.95, 0.8, 0.85, 0.7],
    );
}

/// The eleventh blind set (tests/fixtures/blind11/entities), rich in people, written by
/// someone who saw neither the code nor the other sets, and never tuned on: like blind3 and
/// blind5, only the table is printed. Measured once on arrival (after the blind10 rules):
/// person 0.96, organization 0.90, place 0.89, facility 0.76; 0.98 with the world
/// given-name list, 0.98 / 0.90 / 0.92 / 0.76 with the world place list. The guards sit
/// just below.
#[test]
fn blind11_stories_are_measured() {
    measure_set(
        "blind11",
        "tests/fixtures/blind11/entities",
        Misses::Hidden,
        [0.96, 0.87, 0.9, 0.73],
    );
}

/// The twelfth blind set (tests/fixtures/blind12/entities), rich in people, written by
/// someone who saw neither the code nor the other sets. Measured once on arrival (after the
/// blind11 measurement, no rule changed since): person 0.93, organization 0.77, place 0.82,
/// facility 0.77; then used to develop rules (0.98 / 0.81 / 0.88 / 0.88). The guards sit
/// just below.
#[test]
fn blind12_stories_are_measured() {
    measure_set(
        "blind12",
        "tests/fixtures/blind12/entities",
        Misses::Shown,
        [0.95, 0.78, 0.85, 0.84],
    );
}

/// The fourteenth blind set (tests/fixtures/blind14/entities), rich in people, written by
/// someone who saw neither the code nor the other sets, in styles with many names and few
/// cues (transfer gossip, election results, letters signed with name and town). Measured
/// once on arrival (after the blind12 rules): person 0.87, organization 0.67, place 0.88,
/// facility 0.75; then used to develop rules (0.99 / 0.68 / 0.89 / 0.75). The guards sit
/// just below.
#[test]
fn blind14_stories_are_measured() {
    measure_set(
        "blind14",
        "tests/fixtures/blind14/entities",
        Misses::Shown,
        [0.96, 0.65, 0.85, 0.72],
    );
}

/// The thirteenth blind set (tests/fixtures/blind13/entities), rich in people, written by
/// someone who saw neither the code nor the other sets, and never tuned on: only the table
/// is printed. Written at the start of a session and measured once at its end, after all
/// of that session's rules: person 0.92 (precision 0.97, recall 0.88), organization 0.82,
/// place 0.88, facility 0.80; then 0.95 / 0.82 / 0.88 / 0.80 with the world given-name
/// list, written by someone who saw none of the sets; 0.96 / 0.81 / 0.91 / 0.80 with the
/// world place list. The guards sit just below.
#[test]
fn blind13_stories_are_measured() {
    measure_set(
        "blind13",
        "tests/fixtures/blind13/entities",
        Misses::Hidden,
        [0.94, 0.79, 0.88, 0.77],
    );
}

/// The fifteenth blind set (tests/fixtures/blind15/entities): eight outlets' reports of one
/// round of a developing story each (later rounds of talks, a trial's second day), rich in
/// people, written by someone who saw neither the code nor the other sets. Measured once on
/// arrival: person 0.92, organization 0.84, place 0.92, facility 0.79; then used to develop
/// rules (0.99 / 0.86 / 0.95 / 0.80). The guards sit just below.
#[test]
fn blind15_stories_are_measured() {
    measure_set(
        "blind15",
        "tests/fixtures/blind15/entities",
        Misses::Shown,
        [0.97, 0.83, 0.92, 0.77],
    );
}

/// The sixteenth blind set (tests/fixtures/blind16/entities): styles hard for rules (a radio
/// transcript, a match report, a society diary, Indian initials and ranks, Pacific chiefly
/// titles, Russian patronymics), rich in people, written by someone who saw neither the
/// code nor the other sets. Measured once on arrival: person 0.91, organization 0.71,
/// place 0.85, facility 0.51; then used to develop rules (0.95 / 0.73 / 0.89 / 0.65). The
/// guards sit just below.
#[test]
fn blind16_stories_are_measured() {
    measure_set(
        "blind16",
        "tests/fixtures/blind16/entities",
        Misses::Shown,
        [0.93, 0.70, 0.86, 0.62],
    );
}

/// The seventeenth blind set (tests/fixtures/blind17/entities), rich in people, written by
/// someone who saw neither the code nor the other sets, and never tuned on: only the table
/// is printed. Written early in a session and measured once after that session's rules
/// (blind15 and blind16, the world place list): person 0.93 (precision 0.94, recall 0.93),
/// organization 0.82, place 0.85, facility 0.67. The guards sit just below.
#[test]
fn blind17_stories_are_measured() {
    measure_set(
        "blind17",
        "tests/fixtures/blind17/entities",
        Misses::Hidden,
        [0.91, 0.79, 0.82, 0.64],
    );
}

/// The eighteenth blind set (tests/fixtures/blind18/entities): forms hard for rules (an
/// obituary, a Q&A interview, an earnings call, a theatre review, a parliament's record, a
/// military briefing, a courts roundup, a conference report), rich in people, written by
/// someone who saw neither the code nor the other sets. Measured once on arrival: person
/// 0.84 (precision 0.85, recall 0.83), organization 0.84, place 0.93, facility 0.82; then
/// used to develop rules (0.95 / 0.88 / 0.95 / 0.88). The guards sit just below.
#[test]
fn blind18_stories_are_measured() {
    measure_set(
        "blind18",
        "tests/fixtures/blind18/entities",
        Misses::Shown,
        [0.93, 0.83, 0.93, 0.80],
    );
}

/// The nineteenth blind set (tests/fixtures/blind19/entities): one round or stage of a
/// developing story each, rich in people, written by someone who saw neither the code nor
/// the other sets, and never tuned on: only the table is printed. Measured on arrival:
/// person 0.95 (precision 0.96, recall 0.94), organization 0.80, place 0.92, facility
/// 0.72; after the rules other sets prompted in the same session, 0.95 / 0.84 / 0.92 / 0.76.
/// The guards sit just below.
#[test]
fn blind19_stories_are_measured() {
    measure_set(
        "blind19",
        "tests/fixtures/blind19/entities",
        Misses::Hidden,
        [0.93, 0.77, 0.90, 0.70],
    );
}

/// The twentieth blind set (tests/fixtures/blind20/entities): one round or stage of a
/// developing story each (a Test match day, nuclear talks, a Turkish municipal probe,
/// German coalition talks, a Brazilian transfer saga, palm-oil talks, a Kenyan election
/// petition, fisheries talks), rich in people, written by someone who saw neither the code
/// nor the other sets. Measured once on arrival: person 0.91 (precision 0.90, recall 0.92),
/// organization 0.81, place 0.96, facility 0.77; then used to develop rules (0.96 / 0.83 /
/// 0.97 / 0.82). The guards sit just below.
#[test]
fn blind20_stories_are_measured() {
    measure_set(
        "blind20",
        "tests/fixtures/blind20/entities",
        Misses::Shown,
        [0.92, 0.80, 0.94, 0.75],
    );
}

/// The twenty-first blind set (tests/fixtures/blind21/entities): one round or stage of a
/// developing story each (Nile dam talks, a Jakarta bribery trial, a Hong Kong housing bill,
/// a mackerel quota round, Doha truce mediation, a transfer deadline live blog, a steel
/// wage round, a Bangkok verdict), rich in people, written by someone who saw neither the
/// code nor the other sets. Measured once on arrival: person 0.92 (precision
/// 0.93, recall 0.90), organization 0.82, place 0.95, facility 0.74; then used to develop
/// rules. The guards sit just below.
#[test]
fn blind21_stories_are_measured() {
    measure_set(
        "blind21",
        "tests/fixtures/blind21/entities",
        Misses::Shown,
        [0.90, 0.79, 0.93, 0.71],
    );
}

/// The twenty-second blind set (tests/fixtures/blind22/entities): one round or stage of a
/// developing story each, rich in people, written by someone who saw neither the code nor
/// the other sets, and never tuned on: only the table is printed. Measured on arrival:
/// person 0.92 (precision 0.94, recall 0.90), organization 0.77, place 0.93, facility 0.70. The guards sit just below.
#[test]
fn blind22_stories_are_measured() {
    measure_set(
        "blind22",
        "tests/fixtures/blind22/entities",
        Misses::Hidden,
        [0.90, 0.75, 0.90, 0.68],
    );
}

/// The twenty-third blind set (tests/fixtures/blind23/entities): eight people-rich articles
/// on topics the writer chose, who saw neither the code nor the other sets; the developers
/// never read it, and only the table is printed. Measured on arrival, with the
/// rules of the session that made it so far: person 0.92 (precision 0.91, recall 0.92),
/// organization 0.81, place 0.82, facility 0.71. The guards sit just below.
#[test]
fn blind23_stories_are_measured() {
    measure_set(
        "blind23",
        "tests/fixtures/blind23/entities",
        Misses::Hidden,
        [0.90, 0.78, 0.79, 0.68],
    );
}

/// The twenty-fourth blind set (tests/fixtures/blind24/entities): eight people-rich articles
/// on topics the writer chose (a mine rescue, a pension fraud trial, a recount, a port
/// strike, a takeover vote, a Pacific summit, a ferry inquiry, a product recall), by someone
/// who saw neither the code nor the other sets. Measured once on arrival: person 0.88 (precision 0.85,
/// recall 0.90), organization 0.83, place 0.86, facility 0.77; then used to develop rules. The guards sit just below.
#[test]
fn blind24_stories_are_measured() {
    measure_set(
        "blind24",
        "tests/fixtures/blind24/entities",
        Misses::Shown,
        [0.86, 0.80, 0.83, 0.74],
    );
}

/// The twenty-fifth blind set (tests/fixtures/blind25/entities): eight people-rich articles
/// on topics the writer chose, who saw neither the code nor the other sets; the developers
/// never read it, and only the table is printed. Measured on arrival, with all the rules of
/// the session that made it: person 0.91 (precision 0.93, recall 0.88), organization
/// 0.87, place 0.85, facility 0.69. The guards sit just below.
#[test]
fn blind25_stories_are_measured() {
    measure_set(
        "blind25",
        "tests/fixtures/blind25/entities",
        Misses::Hidden,
        [0.89, 0.84, 0.82, 0.66],
    );
}

/// The twenty-sixth blind set (tests/fixtures/blind26/entities): eight people-rich
/// articles on topics the writer chose, who saw neither the code nor the other sets; the
/// developers never read it, and only the table is printed. Measured on arrival, with the
/// session's first rule (names in capitals where papers print credits): person 0.94
/// (precision 0.91, recall 0.98), organization 0.85, place 0.88, facility 0.90. The guards
/// sit just below.
#[test]
fn blind26_stories_are_measured() {
    measure_set(
        "blind26",
        "tests/fixtures/blind26/entities",
        Misses::Hidden,
        [0.92, 0.82, 0.85, 0.87],
    );
}

/// The twenty-seventh blind set (tests/fixtures/blind27/entities): eight people-rich
/// articles written blind by a writer who chose the topics and named them in the set's
/// README (a Ghanaian port blockade, a Kerala bail hearing, a Fijian village's move inland,
/// Colombian football, a Vietnamese port sale, a Lublin council vote, an Omani flood live
/// blog, a Québécois engineer's obituary). A development set: its misses are printed.
/// Measured on arrival: person 0.94 (precision 0.92, recall 0.96), organization 0.87,
/// place 0.91, facility 0.90. The guards sit just below the figures after tuning.
#[test]
fn blind27_stories_are_measured() {
    measure_set(
        "blind27",
        "tests/fixtures/blind27/entities",
        Misses::Shown,
        [0.93, 0.84, 0.88, 0.87],
    );
}

/// The twenty-eighth blind set (tests/fixtures/blind28/entities): eight people-rich
/// articles on topics the writer chose and kept out of the file names and the README, who
/// saw neither the code nor the other sets; the developers never read it, and only the
/// table is printed. Measured on arrival: person 0.93 (precision 0.92,
/// recall 0.94), organization 0.84, place 0.97, facility 0.86. The guards sit just below.
#[test]
fn blind28_stories_are_measured() {
    measure_set(
        "blind28",
        "tests/fixtures/blind28/entities",
        Misses::Hidden,
        [0.91, 0.81, 0.95, 0.83],
    );
}

/// The twenty-ninth blind set (tests/fixtures/blind29/entities): eight people-rich
/// articles written blind by a writer who chose the topics and named them in the set's
/// README (a Lagos ferry inquiry, a Surabaya cold-chain start-up, a Glasgow whisky-cask
/// fraud sentencing, a Chilean cycling stage, a Geoje shipyard strike ballot live blog,
/// Marsabit drought cash transfers, a Warsaw chess coach's obituary, a waka found in
/// Kaipara). A development set: its misses are printed. Measured on arrival: person 0.94
/// (precision 0.91, recall 0.96), organization 0.84, place 0.90, facility 0.71.
/// The guards sit just below the figures after tuning.
#[test]
fn blind29_stories_are_measured() {
    measure_set(
        "blind29",
        "tests/fixtures/blind29/entities",
        Misses::Shown,
        [0.97, 0.86, 0.89, 0.74],
    );
}

/// The thirtieth blind set (tests/fixtures/blind30/entities): eight people-rich articles
/// written blind by a writer who chose the topics and named them in the set's README (an
/// Istanbul ferry strike live blog, a Lagos fraud sentencing, a Casablanca football derby,
/// a Tromsø oceanographer's obituary, a Kochi council vote, a Busan shipyard order, an
/// interview on tunnels under Mitla, a Jingdezhen kiln feature). A development set: its
/// misses are printed. Measured on arrival: person 0.93 (precision 0.91, recall 0.95),
/// organization 0.84, place 0.87, facility 0.79. The guards sit just below the figures
/// after tuning.
#[test]
fn blind30_stories_are_measured() {
    measure_set(
        "blind30",
        "tests/fixtures/blind30/entities",
        Misses::Shown,
        [0.96, 0.81, 0.84, 0.78],
    );
}

/// The thirty-first blind set (tests/fixtures/blind31/entities): eight people-rich
/// articles on topics the writer chose and kept out of the file names and the README, who
/// saw neither the code nor the other sets; the developers never read it, and only the
/// table is printed. Measured on arrival: person 0.95 (precision 0.93,
/// recall 0.96), organization 0.80, place 0.84, facility 0.78. The guards sit just below.
#[test]
fn blind31_stories_are_measured() {
    measure_set(
        "blind31",
        "tests/fixtures/blind31/entities",
        Misses::Hidden,
        [0.93, 0.78, 0.81, 0.75],
    );
}

/// The thirty-second blind set (tests/fixtures/blind32/entities): eight people-rich
/// articles written blind, in the manner of English-language outlets of other regions
/// (an Ujjain festival review, a Kuwaiti port deal, Seoul's trainee doctors, Ho Chi Minh
/// City's metro, Jakarta's Lebaran exodus, a Mexico City water protest, an Icelandic
/// eruption live blog, a Lagos bridge closure), by a writer who named the topics in the
/// set's README. A development set: its misses are printed. Measured on arrival: person 0.91
/// (precision 0.88, recall 0.94), organization 0.78, place 0.88, facility 0.77. The guards
/// sit just below the figures after tuning.
#[test]
fn blind32_stories_are_measured() {
    measure_set(
        "blind32",
        "tests/fixtures/blind32/entities",
        Misses::Shown,
        [0.95, 0.78, 0.87, 0.79],
    );
}

/// The thirty-third blind set (tests/fixtures/blind33/entities): eight people-rich
/// articles written blind in house styles the other sets lack (a Brazilian match report, a
/// Hansard-style debate sketch, an earnings-call write-up, a Czech scientist's obituary, a
/// Kenyan bail ruling, a Q&A with a Japanese novelist, an NGO flood appeal, a TV station's
/// hurricane live blog), by a writer who named the topics in the set's README. A
/// development set: its misses are printed. Measured on arrival: person 0.90 (precision
/// 0.91, recall 0.88), organization 0.73, place 0.86, facility 0.60. The guards sit just
/// below the figures after tuning.
#[test]
fn blind33_stories_are_measured() {
    measure_set(
        "blind33",
        "tests/fixtures/blind33/entities",
        Misses::Shown,
        [0.94, 0.77, 0.87, 0.77],
    );
}

/// The thirty-fourth blind set (tests/fixtures/blind34/entities): eight people-rich
/// articles written blind in house styles the other sets lack (a people-moves column, an
/// honorary-degrees report, a sheriff's log, a science-conference report with citations, a
/// bishop's installation, a film festival's awards, an expedition dispatch, a credentials
/// ceremony), by a writer who named the topics in the set's README. A development set: its
/// misses are printed. Measured on arrival: person 0.91 (precision 0.93, recall 0.90),
/// organization 0.71, place 0.91, facility 0.82. The guards sit just below the figures after
/// tuning.
#[test]
fn blind34_stories_are_measured() {
    measure_set(
        "blind34",
        "tests/fixtures/blind34/entities",
        Misses::Shown,
        [0.98, 0.74, 0.90, 0.80],
    );
}

/// The thirty-fifth blind set (tests/fixtures/blind35/entities): eight people-rich
/// mainstream hard-news reports of stories in rounds (wage talks, hostage talks, a plunder
/// trial, coalition talks, an arbitration, climate-finance talks, a club takeover, a border
/// commission) in several outlets' house styles, written blind by a writer who named the
/// topics in the set's README. A development set: its misses are printed. Measured on
/// arrival: person 0.98 (precision 0.97, recall 0.99), organization 0.73, place 0.95,
/// facility 0.71. The guards sit just below the figures.
#[test]
fn blind35_stories_are_measured() {
    measure_set(
        "blind35",
        "tests/fixtures/blind35/entities",
        Misses::Shown,
        [0.96, 0.72, 0.93, 0.70],
    );
}

/// The thirty-sixth blind set (tests/fixtures/blind36/entities): eight people-rich reports
/// of stories in rounds in trade and specialist house styles (an earnings release, a port
/// tender in the shipping press, a cup tie, a committee hearing, a commodities market
/// report, an arbitration award, a radio bulletin, airline merger talks), written blind by
/// a writer who read only the annotation rules and one example pair. A development set:
/// its misses are printed. Measured on arrival: person 0.92 (precision 0.87, recall 0.97),
/// organization 0.74, place 0.91, facility 0.93. The guards sit just below the figures
/// after tuning.
#[test]
fn blind36_stories_are_measured() {
    measure_set(
        "blind36",
        "tests/fixtures/blind36/entities",
        Misses::Shown,
        [0.95, 0.82, 0.91, 0.91],
    );
}

/// The thirty-seventh blind set (tests/fixtures/blind37/entities): eight people-rich reports
/// of stories in rounds in house styles the other sets lack (an obituary, a question-and-answer
/// transcript, a live blog, a university press release, a council roll-call vote, a coroner's
/// inquest, church news, a chess round report), written blind by a writer who read only the
/// annotation rules and one example pair. A development set: its misses are printed.
/// Measured on arrival: person 0.87 (precision 0.86, recall 0.88), organization 0.75, place
/// 0.85, facility 0.70; after tuning 0.97 / 0.80 / 0.85 / 0.70. The guards sit just below.
#[test]
fn blind37_stories_are_measured() {
    measure_set(
        "blind37",
        "tests/fixtures/blind37/entities",
        Misses::Shown,
        [0.95, 0.78, 0.84, 0.69],
    );
}

/// The thirty-eighth blind set (tests/fixtures/blind38/entities): eight people-rich reports
/// of stories in rounds in naming cultures and house styles the other sets lack (a Hansard
/// debate, a Russian arbitration ruling with patronymics, a Brazilian transfer saga, Indian
/// business news with initials, a Latin American runoff with double surnames, a Gulf fund
/// bid with Arabic names, Indonesian and Malay trade talks, a bulleted chess newsletter),
/// written blind by a writer who read only the annotation rules and one example pair. A
/// development set: its misses are printed. Measured on arrival: person 0.92 (precision
/// 0.91, recall 0.93), organization 0.80, place 0.90, facility 0.85.
#[test]
fn blind38_stories_are_measured() {
    measure_set(
        "blind38",
        "tests/fixtures/blind38/entities",
        Misses::Shown,
        [0.90, 0.77, 0.88, 0.83],
    );
}

/// The thirty-ninth blind set (tests/fixtures/blind39/entities): eight people-rich reports
/// of stories in rounds in naming cultures and house styles the other sets lack (a Greek
/// shipping feud with gendered surnames, Israeli coalition talks with nicknames, a Hong
/// Kong tender with Western and Cantonese names, Thai protest talks, a Polish court appeal,
/// a Nigerian tribunal with stacked titles, a US council's budget votes, a podcast
/// transcript), written blind by a writer who read only the annotation rules and one
/// example pair. A development set: its misses are printed. Measured on arrival: person
/// 0.86 (precision 0.81, recall 0.92), organization 0.73, place 0.79, facility 0.74.
#[test]
fn blind39_stories_are_measured() {
    measure_set(
        "blind39",
        "tests/fixtures/blind39/entities",
        Misses::Shown,
        [0.84, 0.71, 0.77, 0.71],
    );
}

/// The fortieth blind set (tests/fixtures/blind40/entities): eight people-rich reports of
/// stories in rounds in naming cultures and house styles the other sets lack (Burmese
/// names with honorifics, Maori and Samoan names with chiefly titles, Mongolian initialled
/// names, a Somali radio transcript with nicknames, Persian names with religious titles,
/// Afrikaans particles, Irish Gaelic names, an earnings-call transcript), written blind by
/// a writer who read only the annotation rules and one example pair. A development set:
/// its misses are printed. Measured on arrival: person 0.88 (precision 0.87, recall 0.88),
/// organization 0.83, place 0.88, facility 0.77.
#[test]
fn blind40_stories_are_measured() {
    measure_set(
        "blind40",
        "tests/fixtures/blind40/entities",
        Misses::Shown,
        [0.85, 0.80, 0.85, 0.75],
    );
}

/// The forty-first blind set (tests/fixtures/blind41/entities): eight people-rich reports
/// of stories in rounds in naming cultures and house styles the other sets lack (Basque and
/// Catalan double surnames, a Caucasus TV news script, a Sri Lankan court report with
/// Sinhala and Tamil names, Nepali and Sherpa climbers, Balinese and Javanese election
/// results, a Pashto Q&A transcript, a Romanian and Albanian police blotter, an NGO press
/// release with Haitian and Quechua names), written blind by a writer who read only the
/// annotation rules and one example pair. A development set: its misses are printed.
/// Measured on arrival: person 0.91 (precision 0.87, recall 0.95), organization 0.82,
/// place 0.87, facility 0.86.
#[test]
fn blind41_stories_are_measured() {
    measure_set(
        "blind41",
        "tests/fixtures/blind41/entities",
        Misses::Shown,
        [0.88, 0.79, 0.85, 0.83],
    );
}

/// The forty-second blind set (tests/fixtures/blind42/entities): eight people-rich reports
/// of stories in rounds in naming cultures and house styles the other sets lack (Welsh
/// committee minutes with "ap" names, a Maltese corrections column, Senegalese wrestlers'
/// ring names, a Malagasy wire, a South African live blog with clan names, a Cambodian photo
/// essay, a Central Asian newsletter digest, a Navajo and Lakota council profile), written
/// blind by a writer who read only the annotation rules and one example pair. A
/// development set: its misses are printed. Measured on arrival: person 0.88 (precision
/// 0.83, recall 0.92), organization 0.73, place 0.82, facility 0.45.
#[test]
fn blind42_stories_are_measured() {
    measure_set(
        "blind42",
        "tests/fixtures/blind42/entities",
        Misses::Shown,
        [0.85, 0.70, 0.79, 0.42],
    );
}

/// The forty-third blind set (tests/fixtures/blind43/entities): eight people-rich reports
/// of stories in rounds in naming cultures and house styles the other sets lack (written
/// questions to a Nordic Arctic council with Faroese, Greenlandic and Sámi names, a US TV
/// web story with Hmong and Lao names, a Rwandan court judgment summary, an agency brief
/// of Sikh and Parsi election results, a Pacific radio transcript with Hawaiian, Chamorro
/// and Tahitian names, a Balkan transfer saga told in social posts, an opinion column on
/// Israeli coalition talks, a Caribbean cricket board election with a scorecard), written
/// blind by a writer who read only the annotation rules and one example pair. A
/// development set: its misses are printed. Measured on arrival: person 0.87 (precision
/// 0.83, recall 0.91), organization 0.72, place 0.86, facility 0.61.
#[test]
fn blind43_stories_are_measured() {
    measure_set(
        "blind43",
        "tests/fixtures/blind43/entities",
        Misses::Shown,
        [0.84, 0.69, 0.83, 0.58],
    );
}

/// The forty-fourth blind set (tests/fixtures/blind44/entities): eight people-rich reports
/// of stories in rounds in naming cultures and house styles the other sets lack (a letters
/// page with Baltic gendered surnames, a Goan obituary column, a Zimbabwean court diary, a
/// Kurdish futsal report with line-ups, an earnings call with Yakut, Tatar, Bashkir and
/// Chechen patronymics, Frisian planning notices, a Hasidic weekly, a Sahel think-tank
/// brief), written blind by a writer who read only the annotation rules and one example
/// pair. A development set: its misses are printed. Measured on arrival: person 0.89
/// (precision 0.86, recall 0.93), organization 0.74, place 0.82, facility 0.67.
#[test]
fn blind44_stories_are_measured() {
    measure_set(
        "blind44",
        "tests/fixtures/blind44/entities",
        Misses::Shown,
        [0.86, 0.71, 0.79, 0.63],
    );
}

/// The forty-fifth blind set (tests/fixtures/blind45/entities): eight people-rich reports
/// of stories in rounds in naming cultures and house styles the other sets lack (a Nigerian
/// assembly sitting with Hausa names, a Bangladeshi wedding page turned dowry case, a
/// Moroccan TV schedule with Amazigh names, a Botswana schools sports roundup, Bhutanese
/// cooperative minutes, an Aboriginal native-title update, a Sardinian and Corsican wine
/// feature, a Curaçao radio phone-in), written blind by a writer who read only the
/// annotation rules and one example pair. A development set: its misses are printed.
/// Measured on arrival: person 0.78 (precision 0.72, recall 0.86), organization 0.72,
/// place 0.75, facility 0.85.
#[test]
fn blind45_stories_are_measured() {
    measure_set(
        "blind45",
        "tests/fixtures/blind45/entities",
        Misses::Shown,
        [0.75, 0.69, 0.72, 0.82],
    );
}

/// The forty-sixth blind set (tests/fixtures/blind46/entities): eight people-rich reports
/// in naming cultures and house styles the other sets lack (a Mongolian court cause list, a
/// Lagos church bulletin with Igbo and Yoruba titles, a Brunei land and vehicle auction, a
/// Mexican and Argentine transfer table, a Breton cooperative's press release and its
/// rival's reply, a Hokkaido school sports-day results sheet, Romani family notices and a
/// band contest, Marshallese and Palauan broadcast listings), written blind by a writer who
/// read only the annotation rules and one example pair. A development set: its misses are
/// printed. Measured on arrival: person 0.82 (precision 0.78, recall 0.87), organization
/// 0.66, place 0.75, facility 0.76.
#[test]
fn blind46_stories_are_measured() {
    measure_set(
        "blind46",
        "tests/fixtures/blind46/entities",
        Misses::Shown,
        [0.79, 0.62, 0.72, 0.72],
    );
}

/// The forty-seventh blind set (tests/fixtures/blind47/entities): eight people-rich reports
/// in naming cultures and house styles the other sets lack (a Kabyle football league table
/// and matchday reports, an Eritrean diaspora association's minutes, Mauritian
/// parliamentary questions, a Lebanese-Armenian museum catalogue and loan dispute, a
/// Finnmark police log and reindeer-herding dispute, a Paraguayan council's minutes, a
/// Maldivian government gazette and island harbour story, a Kenyan harambee pledge list),
/// written blind by a writer who read only the annotation rules and one example pair. A
/// development set: its misses are printed. Measured on arrival: person 0.84 (precision
/// 0.74, recall 0.96), organization 0.75, place 0.65, facility 0.46.
#[test]
fn blind47_stories_are_measured() {
    measure_set(
        "blind47",
        "tests/fixtures/blind47/entities",
        Misses::Shown,
        [0.81, 0.71, 0.62, 0.42],
    );
}

/// The forty-eighth blind set (tests/fixtures/blind48/entities): eight people-rich reports
/// whose topics, countries and house styles the writer chose (dock wage talks on the wire, a
/// bridge-collapse trial, a council's library vote, a mine rescue live blog, a bank merger
/// press release, a Senate inquiry transcript, a chess open's newsletter, a runoff
/// strategist's profile), written blind by a writer who read only the annotation rules and
/// one example pair. A development set: its misses are printed. Measured on arrival: person
/// 0.97 (precision 0.95, recall 0.99), organization 0.87, place 0.91, facility 0.85.
#[test]
fn blind48_stories_are_measured() {
    measure_set(
        "blind48",
        "tests/fixtures/blind48/entities",
        Misses::Shown,
        [0.94, 0.83, 0.88, 0.82],
    );
}

/// The forty-ninth blind set (tests/fixtures/blind49/entities): eight people-rich reports
/// whose topics and house styles the writer chose, in naming cultures the earlier sets
/// barely touch (a Nunavut wildlife hearing in a local weekly, a Tongan ferry search live
/// blog, a Paraguayan cooperative's fraud trial on the wire, a Kano strike in a radio
/// script, a Gdańsk crane trial, a Vietnamese title race in a sports magazine, a Hebridean
/// buyout ballot in a community newsletter, a Hong Kong slope inquiry transcript), written
/// blind by a writer who read only the annotation rules and one example pair. A development
/// set: its misses are printed. Measured on arrival: person 0.97 (precision 0.95, recall
/// 0.99), organization 0.79, place 0.85, facility 0.93.
#[test]
fn blind49_stories_are_measured() {
    measure_set(
        "blind49",
        "tests/fixtures/blind49/entities",
        Misses::Shown,
        [0.94, 0.76, 0.82, 0.89],
    );
}

/// The fiftieth blind set (tests/fixtures/blind50/entities): eight people-rich reports whose
/// topics, countries and house styles the writer chose, half of them sport and business (a
/// Norwegian striker's transfer saga, a Lithuanian basketball final, a German takeover
/// bid, a Philippine family shipping feud, an Irish election count, a Kenyan corruption
/// trial, a Canadian arena-roof inquiry, a Chilean port strike live blog), written blind by
/// a writer who read only the annotation rules and one example pair. A development set:
/// its misses are printed. Measured on arrival: person 0.96 (precision 0.93, recall 0.99),
/// organization 0.81, place 0.92, facility 0.83.
#[test]
fn blind50_stories_are_measured() {
    measure_set(
        "blind50",
        "tests/fixtures/blind50/entities",
        Misses::Shown,
        [0.93, 0.78, 0.89, 0.80],
    );
}

/// The fifty-first blind set (tests/fixtures/blind51/entities): eight people-rich reports
/// whose topics, countries and house styles the writer chose, rich in capitalised names of
/// no annotated kind (ships, storms, racehorses, products, programmes, events): a trawler
/// search on the wire, a racehorse doping inquiry, a shogi title match, a postal-vote count
/// live blog, a spectrum auction, a voice actors' Q&A, a sailing race newsletter, a
/// talent-show tabloid story. Written blind by a writer who read only the annotation rules
/// and one example pair. A development set: its misses are printed. Measured on arrival:
/// person 0.89 (precision 0.83, recall 0.97), organization 0.80, place 0.88, facility 0.43.
#[test]
fn blind51_stories_are_measured() {
    measure_set(
        "blind51",
        "tests/fixtures/blind51/entities",
        Misses::Shown,
        [0.86, 0.77, 0.85, 0.40],
    );
}

/// The fifty-second blind set (tests/fixtures/blind52/entities): eight people-rich reports
/// whose topics, countries and house styles the writer chose, rich in capitalised names that
/// look like people's and are not (things named after people, titles of works, fictional
/// characters, named animals, eponyms): a hospital-wing inquiry (Malta, broadsheet), a
/// stadium-lease case (Ghana, court list), copper-strike talks (Peru, wire), an election
/// count (Iceland, live blog), film-jury briefings (New Zealand, Q&A), a ferry contract
/// (Croatia, trade press), a cup semi-final (Argentina, tabloid) and a chess champion's
/// obituary (Sri Lanka). Written blind by a writer who read only the annotation rules and
/// one example pair. A development set: its misses are printed. Measured on arrival:
/// person 0.92 (precision 0.85, recall 1.00), organization 0.82, place 0.83, facility 0.62.
#[test]
fn blind52_stories_are_measured() {
    measure_set(
        "blind52",
        "tests/fixtures/blind52/entities",
        Misses::Shown,
        [0.89, 0.79, 0.80, 0.59],
    );
}

/// The fifty-third blind set (tests/fixtures/blind53/entities): eight people-rich reports
/// whose topics, countries and house styles the writer chose, rich in capitalised names that
/// hold people's names and are places, bodies, buildings or nothing (towns, streets and
/// airports named after people, firms named after founders, cups, laws and prizes), and in
/// people who share a name with a place or a firm: a cup final (Uruguay, sports report), a
/// bus firm's creditors (Brazil, business daily), wage talks (Indonesia, live blog), a chess
/// open (Vietnam, magazine), council minutes (United States), a run-off (France, regional
/// paper), prize ballots (Colombia, press release) and tanker-strike talks (Nigeria, radio
/// bulletin). Written blind by a writer who read only the annotation rules and one example
/// pair. A development set: its misses are printed. Measured on arrival: person 0.95
/// (precision 0.93, recall 0.96), organization 0.83, place 0.92, facility 0.89.
#[test]
fn blind53_stories_are_measured() {
    measure_set(
        "blind53",
        "tests/fixtures/blind53/entities",
        Misses::Shown,
        [0.92, 0.80, 0.89, 0.86],
    );
}

/// The fifty-fourth blind set (tests/fixtures/blind54/entities): eight reports rich in names
/// that look like people's and are not people: storms, ships, horses, bands, apps and
/// fictional characters, with people who share a name with one of them, and people named
/// with their country's honorifics: cruise-port talks (Egypt, wire report), a tram-depot
/// vote (Poland, local paper), wrestling heats (Kazakhstan, live blog), ferry-strike talks
/// (Greece, radio bulletin), a naming-rights hearing (Spain, legal news), a cricket board
/// election (Pakistan, newspaper), a lodge land mediation (Tanzania, press release) and a
/// shipyard wage deal (South Korea, magazine). Written blind by a writer who read only the
/// annotation rules and one example pair. A development set: its misses are printed.
/// Measured on arrival: person 0.86 (precision 0.81, recall 0.91), organization 0.80,
/// place 0.88, facility 0.76.
#[test]
fn blind54_stories_are_measured() {
    measure_set(
        "blind54",
        "tests/fixtures/blind54/entities",
        Misses::Shown,
        [0.83, 0.77, 0.85, 0.73],
    );
}

/// The fifty-fifth blind set (tests/fixtures/blind55/entities): eight people-rich reports
/// in ordinary house styles on topics the writer chose, with shared surnames, names that are
/// common words, firms and places named after people: steelworks talks (Italy, wire copy),
/// a land-fraud trial (Zimbabwe, court report), a title fight (Jamaica, sports report),
/// coalition talks (Finland, political feature), a gas tender (Romania, business story),
/// power-price talks (Taiwan, broadcaster's website), a tram fare vote (Ecuador, local
/// paper) and a dock strike (Senegal, newspaper). Written blind by a writer who read only
/// the annotation rules and one example pair. A development set: its misses are printed.
/// Measured on arrival: person 0.97 (precision 0.97, recall 0.98), organization 0.87, place
/// 0.91, facility 0.77 (the code of the session before the one it arrived in: person 0.967).
#[test]
fn blind55_stories_are_measured() {
    measure_set(
        "blind55",
        "tests/fixtures/blind55/entities",
        Misses::Shown,
        [0.94, 0.84, 0.88, 0.74],
    );
}

/// The fifty-sixth blind set (tests/fixtures/blind56/entities): eight people-rich reports of
/// stories in rounds, each from another country and house style chosen by the writer: a
/// council vote on a mine (Portugal, regional paper), a flood hearing (Netherlands, court
/// report), teachers' pay talks (Mexico, live blog), a cricket final (South Africa,
/// broadcaster's website), a by-election count (India, wire copy), a boat race (Indonesia,
/// magazine feature), a charity wine auction (France, press release) and a lamb sale
/// (Scotland, trade press); small places named beside people, surnames that are places or
/// words. Written blind by a writer who read only the annotation rules and one example
/// pair. A development set: its misses are printed. Measured on arrival: person 0.95
/// (precision 0.92, recall 0.98), organization 0.78, place 0.74 (recall 0.62: its small
/// places), facility 0.74.
#[test]
fn blind56_stories_are_measured() {
    measure_set(
        "blind56",
        "tests/fixtures/blind56/entities",
        Misses::Shown,
        [0.93, 0.75, 0.71, 0.72],
    );
}
