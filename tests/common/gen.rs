//! Deterministic generator of synthetic news corpora (one implementation, `#[path]`-included
//! by `examples/gen_corpus.rs`, the benches and the tests): several invented stories told
//! by many invented outlets in every input format, with rounds, people and titles, places,
//! facilities, counts, durations and planted disagreements between outlets in a round.

#![allow(dead_code)]

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};
use std::fmt::Write as _;

/// splitmix64: tiny, fast, and the same sequence on every platform for a seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    pub fn range(&mut self, lo: usize, hi_inclusive: usize) -> usize {
        lo + self.below(hi_inclusive - lo + 1)
    }
}

/// Which formats to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mix {
    /// Every format: .txt, .md, .html, .json and .jsonl feeds.
    Mixed,
    Txt,
    Md,
    Html,
    Json,
    Jsonl,
}

impl Mix {
    pub fn parse(s: &str) -> Option<Mix> {
        Some(match s {
            "mixed" => Mix::Mixed,
            "txt" => Mix::Txt,
            "md" => Mix::Md,
            "html" => Mix::Html,
            "json" => Mix::Json,
            "jsonl" => Mix::Jsonl,
            _ => return None,
        })
    }
}

/// One generated file: a relative path (with `/` separators) and its bytes.
#[derive(Debug, Clone)]
pub struct GenFile {
    pub path: String,
    pub bytes: Vec<u8>,
    /// Articles (records) the file holds.
    pub articles: usize,
}

/// Total bytes of a generated corpus.
pub fn total_bytes(files: &[GenFile]) -> usize {
    files.iter().map(|f| f.bytes.len()).sum()
}

// ---------------------------------------------------------------------------------------
// The invented world.

const FIRST: &[&str] = &[
    "Anna", "Marek", "Leila", "Tomas", "Ines", "Rafael", "Yusuf", "Greta", "Omar", "Sofia",
    "Kenji", "Amara", "Pavel", "Lucia", "Farid", "Helena", "Dmitri", "Noor", "Jonas", "Carmen",
    "Idris", "Maja", "Viktor", "Selin", "Arjun", "Elif", "Bruno", "Zara", "Teodor", "Nadia",
];
const LAST: &[&str] = &[
    "Kovacs",
    "Novak",
    "Haddad",
    "Lindqvist",
    "Moreau",
    "Okafor",
    "Brandt",
    "Castellano",
    "Petrov",
    "Nakamura",
    "Aziz",
    "Horvath",
    "Silva",
    "Mansour",
    "Eriksen",
    "Tanaka",
    "Duarte",
    "Volkov",
    "Kaplan",
    "Adeyemi",
    "Ferreira",
    "Holm",
    "Rahimi",
    "Varga",
    "Quint",
    "Oduya",
    "Marchetti",
    "Sandoval",
    "Kowalczyk",
    "Bergstrom",
];
const OUTLETS: &[&str] = &[
    "Meridian Wire",
    "Gulf Ledger",
    "Coastal Observer",
    "Eastbridge Post",
    "Atlas News",
    "Northline Review",
    "Daily Frontier",
    "Sterling Post",
    "Pacific Ledger",
    "Harbour Times",
    "Metro Courier",
    "Steppe Herald",
    "City Courier",
    "Legal Lens",
    "Westbury Gazette",
    "Commonwealth Monitor",
    "Albion Business Daily",
    "Southern Cone Review",
    "Red Sea Monitor",
    "Lakeside Chronicle",
    "Iron Bridge Journal",
    "Granite Times",
    "Silver Coast Press",
    "Evening Record",
    "Continental Dispatch",
    "Riverside Bulletin",
    "Summit Daily",
    "Valley Sentinel",
    "Orient Express Tribune",
    "Kestrel Wire",
];
const REPORTERS: &[&str] = &[
    "Samira Al-Harthy",
    "Mira Patel",
    "Lucas Ferreira",
    "Ann Lee",
    "Tomasz Wrona",
    "Grace Obi",
    "Henrik Dahl",
    "Chloe Martin",
    "Ravi Menon",
    "Julia Brenner",
    "Kwame Asante",
    "Ilse Vogt",
];
const WIRES: &[&str] = &["Reuters", "AFP", "AP"];
const CITIES: &[&str] = &[
    "Valmora",
    "Port Elsin",
    "Karsk",
    "Tirana Nova",
    "Belmont Bay",
    "Ostrava Hills",
    "Lumen City",
    "Sarnath",
    "Aldergrove",
    "Kestria",
    "New Halden",
    "Zamora Heights",
    "Esterhaz",
    "Duneport",
];
const HOTELS: &[&str] = &[
    "the Grand Orchid Hotel",
    "the Palace of Nations",
    "the Marble Court",
    "the Riverside Hall",
    "the Old Customs House",
    "the Citadel Conference Centre",
    "the Lakeshore Pavilion",
    "the Blue Mosque Hotel",
    "the Winter Garden Hotel",
    "the Harbour Exchange",
];
const ORDINALS: &[&str] = &["first", "second", "third", "fourth"];
const SPELLED: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// What one story is about: its nouns, its cast's roles, and what the count counts.
struct Kind {
    key: &'static str,
    event: &'static str,
    events: &'static str,
    roles: &'static [&'static str],
    count_noun: &'static str,
    count_range: (usize, usize),
    headline: &'static [&'static str],
    org: &'static [&'static str],
}

const KINDS: &[Kind] = &[
    Kind {
        key: "trade_talks",
        event: "round of trade talks",
        events: "trade talks",
        roles: &[
            "Trade Minister",
            "Deputy Trade Minister",
            "Chief Negotiator",
            "Commerce Secretary",
        ],
        count_noun: "tariff lines",
        count_range: (120, 900),
        headline: &[
            "{A} and {B} close {ord} round of trade talks without a deal",
            "Tariffs dominate {ord} round of {A}-{B} talks in {city}",
            "{A}-{B} trade negotiators narrow gaps in {city}",
            "{person} says trade deal with {B} is 'within reach'",
        ],
        org: &[
            "the Ministry of Trade",
            "the Chamber of Commerce",
            "the Exporters' Council",
        ],
    },
    Kind {
        key: "hostage_talks",
        event: "round of talks",
        events: "prisoner-exchange talks",
        roles: &[
            "Chief Mediator",
            "Foreign Minister",
            "Deputy Human Rights Minister",
            "Envoy",
        ],
        count_noun: "detainees",
        count_range: (150, 1200),
        headline: &[
            "{A} and {B} agree to free {count} {noun} in {city}",
            "{ord} round of prisoner talks ends in {city}",
            "Prisoner swap deal reached at {facility}",
            "Families wait as {A} and {B} talk in {city}",
        ],
        org: &[
            "the Red Cross",
            "the United Nations",
            "the Mediation Office",
        ],
    },
    Kind {
        key: "court_hearings",
        event: "hearing",
        events: "court hearings",
        roles: &["Judge", "Prosecutor", "Defence Counsel", "Attorney General"],
        count_noun: "witnesses",
        count_range: (3, 60),
        headline: &[
            "Court hears {count} {noun} in {ord} hearing of {A} case",
            "{person} questioned at {ord} hearing in {city}",
            "Ruling delayed after {ord} hearing at {facility}",
            "{A} fraud trial: what happened at the {ord} hearing",
        ],
        org: &[
            "the High Court",
            "the Prosecutor's Office",
            "the Bar Association",
        ],
    },
    Kind {
        key: "strike",
        event: "day of the strike",
        events: "strike talks",
        roles: &[
            "Union Leader",
            "Labour Minister",
            "Port Director",
            "Shop Steward",
        ],
        count_noun: "workers",
        count_range: (800, 20000),
        headline: &[
            "{count} {noun} walk out in {city} as {A} strike widens",
            "{ord} day of {A} strike shuts {facility}",
            "{person} calls for calm on {ord} day of strike",
            "Strike at {A} enters {ord} day",
        ],
        org: &[
            "the Dockworkers' Union",
            "the Port Authority",
            "the Labour Ministry",
        ],
    },
    Kind {
        key: "summit",
        event: "session of the summit",
        events: "summit",
        roles: &[
            "President",
            "Prime Minister",
            "Foreign Minister",
            "Secretary General",
        ],
        count_noun: "delegates",
        count_range: (40, 600),
        headline: &[
            "{A}-{B} summit opens in {city} with {count} {noun}",
            "Leaders end {ord} session of {city} summit",
            "{person} arrives at {facility} for summit",
            "Summit in {city}: {ord} session ends without communique",
        ],
        org: &[
            "the Summit Secretariat",
            "the Council of Ministers",
            "the Alliance",
        ],
    },
    Kind {
        key: "merger",
        event: "round of merger negotiations",
        events: "merger negotiations",
        roles: &[
            "Chief Executive",
            "Chair",
            "Finance Director",
            "Competition Commissioner",
        ],
        count_noun: "jobs",
        count_range: (200, 5000),
        headline: &[
            "{A} and {B} resume merger talks in {city}",
            "{count} {noun} at risk as {A}-{B} merger talks continue",
            "{person} defends {A} merger at {facility}",
            "{ord} round of {A}-{B} merger talks ends",
        ],
        org: &[
            "the Competition Authority",
            "the Shareholders' Association",
            "the Works Council",
        ],
    },
];

const PARTIES: &[&[&str]] = &[
    &["Valdoria", "Ostmark", "Carpathia", "Lunaria"],
    &[
        "the Northern Front",
        "the Republic of Sarai",
        "the Coastal Alliance",
        "Dunmore",
    ],
    &[
        "Lumenvault",
        "Aurex Holdings",
        "Brightwater Capital",
        "Castor Mining",
    ],
    &[
        "Port Elsin Docks",
        "Karsk Rail",
        "Meridian Freight",
        "Harbour Logistics",
    ],
    &["Valdoria", "Esteria", "Morvania", "Kalindor"],
    &["Nordhavn", "Kestrel Group", "Atlas Foods", "Orion Telecom"],
];

struct Person {
    name: String,
    role: &'static str,
}

struct RoundFacts {
    date: NaiveDate,
    city: &'static str,
    facility: &'static str,
    count: usize,
    alt_count: usize,
    minutes: usize,
}

struct Story {
    kind: &'static Kind,
    a: &'static str,
    b: &'static str,
    people: Vec<Person>,
    rounds: Vec<RoundFacts>,
}

fn make_stories(rng: &mut Rng) -> Vec<Story> {
    let mut used = std::collections::HashSet::new();
    KINDS
        .iter()
        .enumerate()
        .map(|(k, kind)| {
            let parties = PARTIES[k];
            let a = parties[rng.below(2)];
            let b = parties[2 + rng.below(2)];
            let people = kind
                .roles
                .iter()
                .map(|role| loop {
                    let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
                    if used.insert(name.clone()) {
                        break Person { name, role };
                    }
                })
                .collect();
            let start =
                NaiveDate::from_ymd_opt(2025, 1 + rng.below(10) as u32, 1 + rng.below(27) as u32)
                    .unwrap_or_default();
            let n_rounds = rng.range(2, 4);
            let mut date = start;
            let rounds = (0..n_rounds)
                .map(|_| {
                    date += Days::days(rng.range(5, 30) as i64);
                    let count = round_to(rng.range(kind.count_range.0, kind.count_range.1));
                    let delta = round_to((count / 6).max(1));
                    RoundFacts {
                        date,
                        city: rng.pick(CITIES),
                        facility: rng.pick(HOTELS),
                        count,
                        alt_count: count + delta.max(1),
                        minutes: rng.pick(&[40, 45, 50, 90, 100, 150, 200, 240]),
                    }
                })
                .collect();
            Story {
                kind,
                a,
                b,
                people,
                rounds,
            }
        })
        .collect()
}

/// Round a count the way reports do (300, 1,200), small counts stay exact.
fn round_to(n: usize) -> usize {
    match n {
        0..=20 => n,
        21..=200 => n / 10 * 10,
        201..=2000 => n / 50 * 50,
        _ => n / 500 * 500,
    }
}

fn with_commas(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn weekday_name(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn month_name(m: u32) -> &'static str {
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][(m as usize).saturating_sub(1) % 12]
}

fn duration_phrase(rng: &mut Rng, minutes: usize) -> String {
    let hours = minutes / 60;
    match (minutes, rng.below(3)) {
        (m, 0) if m < 60 => format!("about {m} minutes"),
        (m, 1) if m < 60 => "less than an hour".to_string(),
        (m, _) if m < 60 => format!("barely {m} minutes"),
        (60, 0) => "an hour".to_string(),
        (m, 0) if m % 60 == 0 => format!("{} hours", SPELLED[hours.min(10)]),
        (_, 1) => format!("less than {} hours", SPELLED[(hours + 1).min(10)]),
        (m, _) if hours == 1 => format!("about an hour and {} minutes", m % 60),
        (m, _) => format!(
            "about {} hours and {} minutes",
            SPELLED[hours.min(10)],
            m % 60
        ),
    }
}

/// One article's take on a round: the facts as this outlet reports them.
struct Take<'s> {
    story: &'s Story,
    round: usize,
    outlet: &'static str,
    count: usize,
    day: Weekday,
    minutes: usize,
    /// The person whose title this outlet gets wrong ("former ...").
    former: Option<usize>,
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn fill(template: &str, take: &Take, rng: &mut Rng) -> String {
    let story = take.story;
    let round = &story.rounds[take.round];
    let person = &story.people[rng.below(story.people.len())];
    template
        .replace("{A}", story.a)
        .replace("{B}", story.b)
        .replace("{ord}", ORDINALS[take.round])
        .replace("{city}", round.city)
        .replace("{facility}", round.facility)
        .replace("{count}", &with_commas(take.count))
        .replace("{noun}", story.kind.count_noun)
        .replace("{person}", &person.name)
}

fn title_of(take: &Take, index: usize) -> String {
    let p = &take.story.people[index];
    if take.former == Some(index) {
        format!("former {} {}", p.role, p.name)
    } else {
        format!("{} {}", p.role, p.name)
    }
}

const OPENERS: &[&str] = &[
    "{subj} {met} on {day} for the {ord} {event} at {facility} in {city}, officials said.",
    "The {ord} {event} opened on {day} at {facility}, where {subj} {met} behind closed doors.",
    "After weeks of preparation, {subj} {met} in {city} on {day}, the {ord} {event} since the process began.",
    "{City} hosted the {ord} {event} on {day}, with {subj} gathering at {facility}.",
    "On {day}, {subj} {met} again, this time at {facility}, for what organisers called the {ord} {event}.",
];
const COUNT_SENTENCES: &[&str] = &[
    "The talks covered {count} {noun}, according to a statement released afterwards.",
    "Officials said {count} {noun} were involved, a figure that could not be independently verified.",
    "By the end of the day, {count} {noun} had been listed in the joint document.",
    "A spokesperson put the number at {count} {noun}.",
    "Some {count} {noun} are affected, the organisers said in a statement.",
];
const DURATION_SENTENCES: &[&str] = &[
    "The meeting lasted {dur}, according to two people familiar with the discussions.",
    "Participants said the closing session took {dur}.",
    "It was over in {dur}, one delegate said, far quicker than expected.",
    "The formal part of the {event} lasted {dur} before the delegations broke for consultations.",
];
const QUOTES: &[&str] = &[
    "\"We have made real progress, but there is still work to do,\" said {title}.",
    "\"Nobody should expect miracles from one meeting,\" {title} told reporters outside {facility}.",
    "{title} described the atmosphere as \"serious but not warm.\"",
    "\"The next steps depend on the other side,\" {title} said in a brief statement on {day}.",
    "Speaking to journalists in {city}, {title} said the {event} had been \"constructive.\"",
    "{title} declined to comment on the details, saying only that talks would continue.",
];
const RECAPS: &[&str] = &[
    "The {prevord} {event}, held in {prevcity} on {prevdate}, ended without agreement.",
    "In the {prevord} {event}, in {prevcity}, the sides had agreed on a timetable but little else.",
    "This follows the {prevord} {event} at {prevfacility} in {prevcity} last month.",
];
const BACKGROUND: &[&str] = &[
    "Analysts said the {events} had been overshadowed by domestic politics on both sides.",
    "{Org} said it would publish a summary of the outcome within days.",
    "Critics argue that the process has moved too slowly and that key questions remain open.",
    "Observers from {org} attended as guests but did not take part in the discussions.",
    "The {events} between {A} and {B} have stalled several times over the past year.",
    "Markets reacted calmly to the news, with little movement in early trading.",
    "Local residents gathered outside {facility} as the delegations arrived.",
    "The agenda was not published in advance, and reporters were kept away from the venue.",
    "A further meeting is expected before the end of the month, officials said.",
    "Diplomats cautioned that any agreement would still need approval at home.",
    "Both sides have accused each other of leaking details to the press.",
    "{Org} called for more transparency about the {events}.",
];
const COLOUR: &[&str] = &[
    "security",
    "logistics",
    "the timetable",
    "the wording of the final statement",
    "public opinion",
    "funding",
    "the role of observers",
    "legal guarantees",
    "the choice of venue",
    "verification",
];

fn sentence(template: &str, take: &Take, rng: &mut Rng, prev: Option<&RoundFacts>) -> String {
    let story = take.story;
    let round = &story.rounds[take.round];
    let subj = match rng.below(3) {
        0 => format!("{} and {}", story.a, story.b),
        1 => format!("representatives of {} and {}", story.a, story.b),
        _ => format!("negotiators from {} and {}", story.a, story.b),
    };
    let who = rng.below(story.people.len());
    let org = rng.pick(story.kind.org);
    let mut s = fill(template, take, rng)
        .replace("{subj}", &subj)
        .replace("{met}", "met")
        .replace("{day}", weekday_name(take.day))
        .replace("{City}", round.city)
        .replace("{event}", story.kind.event)
        .replace("{events}", story.kind.events)
        .replace("{Org}", &capitalise(org))
        .replace("{org}", org)
        .replace("{dur}", &duration_phrase(rng, take.minutes))
        .replace("{title}", &title_of(take, who));
    if let Some(p) = prev {
        s = s
            .replace("{prevord}", ORDINALS[take.round.saturating_sub(1)])
            .replace("{prevcity}", p.city)
            .replace("{prevfacility}", p.facility)
            .replace(
                "{prevdate}",
                &format!("{} {}", month_name(p.date.month()), p.date.day()),
            );
    }
    capitalise(&s)
}

const SPEAKERS: &[&str] = &[
    "Officials in {A}",
    "A senior diplomat in {city}",
    "A spokesperson for {org}",
    "Opposition politicians in {B}",
    "Analysts at a think tank in {city}",
    "People close to the {events}",
    "Two people briefed on the discussions",
    "Business groups in {A}",
    "Editorials in {B}",
];
const VERBS: &[&str] = &[
    "said",
    "warned",
    "insisted",
    "noted",
    "argued",
    "told reporters",
];
const CLAUSES: &[&str] = &[
    "that {topic} remained unresolved",
    "that progress on {topic} had been slower than hoped",
    "that {topic} would be raised again at the next meeting",
    "that {topic} had barely been discussed",
    "that any deal would depend on {topic}",
    "that the other side had changed its position on {topic}",
    "that {topic} was no longer the main obstacle",
];
const TAILS: &[&str] = &[
    "",
    ", without giving details",
    ", asking not to be named because the talks were private",
    ", citing a draft document",
    ", though others disputed that account",
    " late in the evening",
];

/// A paragraph of varied filler built from small parts, so no two articles read alike.
fn filler(take: &Take, rng: &mut Rng) -> String {
    let story = take.story;
    let round = &story.rounds[take.round];
    let n = rng.range(2, 3);
    let mut out: Vec<String> = Vec::new();
    while out.len() < n {
        let topic = rng.pick(COLOUR);
        let s = format!(
            "{} {} {}{}.",
            rng.pick(SPEAKERS),
            rng.pick(VERBS),
            rng.pick(CLAUSES),
            rng.pick(TAILS)
        )
        .replace("{topic}", topic)
        .replace("{A}", story.a)
        .replace("{B}", story.b)
        .replace("{city}", round.city)
        .replace("{org}", rng.pick(story.kind.org))
        .replace("{events}", story.kind.events);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out.join(" ")
}

/// The body paragraphs of one article.
fn body(take: &Take, rng: &mut Rng) -> Vec<String> {
    let story = take.story;
    let prev = take.round.checked_sub(1).map(|i| &story.rounds[i]);
    let mut paras = Vec::new();
    paras.push(sentence(rng.pick(OPENERS), take, rng, prev));
    let mut middle: Vec<String> = Vec::new();
    middle.push(sentence(rng.pick(COUNT_SENTENCES), take, rng, prev));
    middle.push(sentence(rng.pick(DURATION_SENTENCES), take, rng, prev));
    for _ in 0..rng.range(1, 3) {
        middle.push(sentence(rng.pick(QUOTES), take, rng, prev));
    }
    if prev.is_some() && rng.chance(70) {
        middle.push(sentence(rng.pick(RECAPS), take, rng, prev));
    }
    for _ in 0..rng.range(5, 10) {
        let next = if rng.chance(40) {
            sentence(rng.pick(BACKGROUND), take, rng, prev)
        } else {
            filler(take, rng)
        };
        if !middle.contains(&next) {
            middle.push(next);
        }
    }
    // Shuffle the middle lightly so facts do not always come in one order.
    for i in (1..middle.len()).rev() {
        let j = rng.below(i + 1);
        middle.swap(i, j);
    }
    // Some paragraphs hold two sentences.
    let mut i = 0;
    while i < middle.len() {
        if i + 1 < middle.len() && rng.chance(30) {
            paras.push(format!("{} {}", middle[i], middle[i + 1]));
            i += 2;
        } else {
            paras.push(middle[i].clone());
            i += 1;
        }
    }
    paras
}

struct Meta {
    title: String,
    published: NaiveDate,
    byline: Option<&'static str>,
    dateline: &'static str,
    wire: Option<&'static str>,
    url: String,
}

fn make_take<'s>(stories: &'s [Story], rng: &mut Rng) -> Take<'s> {
    let story = &stories[rng.below(stories.len())];
    let round = rng.below(story.rounds.len());
    let facts = &story.rounds[round];
    // Planted disagreements: about one outlet in four gets each fact differently.
    let count = if rng.chance(25) {
        facts.alt_count
    } else {
        facts.count
    };
    let day = if rng.chance(20) {
        facts.date.weekday().succ()
    } else {
        facts.date.weekday()
    };
    let minutes = if rng.chance(20) {
        facts.minutes * 3 / 2 + 10
    } else {
        facts.minutes
    };
    let former = rng.chance(15).then(|| rng.below(story.people.len()));
    Take {
        story,
        round,
        outlet: rng.pick(OUTLETS),
        count,
        day,
        minutes,
        former,
    }
}

fn make_meta(take: &Take, rng: &mut Rng, serial: usize) -> Meta {
    let facts = &take.story.rounds[take.round];
    let title = fill(rng.pick(take.story.kind.headline), take, rng);
    let slug: String = take
        .outlet
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    Meta {
        title: capitalise(&title),
        published: facts.date + Days::days(rng.below(3) as i64),
        byline: rng.chance(70).then(|| rng.pick(REPORTERS)),
        dateline: facts.city,
        wire: rng.chance(15).then(|| rng.pick(WIRES)),
        url: format!("https://{slug}.example/{}/{serial}", take.story.kind.key),
    }
}

fn date_line(d: NaiveDate, rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("{} {}, {}", month_name(d.month()), d.day(), d.year()),
        1 => format!("{} {} {}", d.day(), month_name(d.month()), d.year()),
        2 => d.format("%Y-%m-%d").to_string(),
        _ => format!(
            "Published {} {} {} {}",
            weekday_name(d.weekday()),
            d.day(),
            month_name(d.month()),
            d.year()
        ),
    }
}

const BANNERS: &[&str] = &[
    "We use cookies to give you the best experience on our site. Accept all",
    "Advertisement",
    "Sign up for our newsletter",
    "Follow us on Telegram for the latest updates",
    "Read more: Top stories of the week",
];
const FOOTERS: &[&str] = &[
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Share this article",
    "© 2025 All rights reserved.",
];

fn dateline_lead(meta: &Meta, rng: &mut Rng, first: &str) -> String {
    let place = meta.dateline.to_uppercase();
    match rng.below(3) {
        0 => format!("{place} — {first}"),
        1 => format!("{place}: {first}"),
        _ => format!("{place} ({}) — {first}", meta.wire.unwrap_or("Staff")),
    }
}

fn wire_note(meta: &Meta) -> Option<String> {
    meta.wire.map(|w| format!("(With input from {w})"))
}

fn txt(take: &Take, meta: &Meta, paras: &[String], rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.chance(30) {
        let _ = writeln!(s, "{}\n", rng.pick(BANNERS));
    }
    let _ = writeln!(s, "{}\n", meta.title);
    let _ = writeln!(s, "{}", date_line(meta.published, rng));
    if let Some(b) = meta.byline {
        let _ = writeln!(s, "By {b}");
    }
    s.push('\n');
    for (i, p) in paras.iter().enumerate() {
        let p = if i == 0 {
            dateline_lead(meta, rng, p)
        } else {
            p.clone()
        };
        let _ = writeln!(s, "{p}\n");
        if i == paras.len() / 2 && rng.chance(40) {
            let _ = writeln!(s, "{}\n", rng.pick(BANNERS));
        }
    }
    if let Some(w) = wire_note(meta) {
        let _ = writeln!(s, "{w}\n");
    }
    let _ = writeln!(s, "Source: {}\n", take.outlet);
    if rng.chance(50) {
        for f in FOOTERS.iter().take(rng.range(1, FOOTERS.len())) {
            let _ = writeln!(s, "{f}");
        }
    }
    s
}

fn md(take: &Take, meta: &Meta, paras: &[String], rng: &mut Rng) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", meta.title);
    if let Some(b) = meta.byline {
        let _ = writeln!(s, "By {b}\n");
    }
    let _ = writeln!(s, "{}\n", date_line(meta.published, rng));
    for (i, p) in paras.iter().enumerate() {
        if i == 0 {
            let _ = writeln!(s, "**{}**\n", dateline_lead(meta, rng, p));
        } else if i == 3 && rng.chance(40) {
            let _ = writeln!(s, "## What comes next\n\n{p}\n");
        } else if rng.chance(8) {
            let _ = writeln!(s, "> {p}\n");
        } else {
            let _ = writeln!(s, "{p}\n");
        }
    }
    if let Some(w) = wire_note(meta) {
        let _ = writeln!(s, "{w}\n");
    }
    if rng.chance(50) {
        let _ = writeln!(s, "Source: {}\n", take.outlet);
    } else {
        let _ = writeln!(s, "Share this article\n");
        let _ = writeln!(s, "Copyright 2025 {}. All rights reserved.\n", take.outlet);
    }
    let _ = writeln!(s, "[Sign up for our newsletter]({}/newsletter)", meta.url);
    s
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn html(take: &Take, meta: &Meta, paras: &[String], rng: &mut Rng) -> String {
    let mut s = String::new();
    let title = escape_html(&meta.title);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title} | {outlet}</title>\n\
         <meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:site_name\" content=\"{outlet}\">\n\
         <meta property=\"og:url\" content=\"{url}\">\n<meta property=\"article:published_time\" content=\"{date}T08:00:00+00:00\">\n",
        outlet = take.outlet,
        url = meta.url,
        date = meta.published.format("%Y-%m-%d"),
    );
    if let Some(b) = meta.byline {
        let _ = writeln!(s, "<meta name=\"author\" content=\"{b}\">");
    }
    let _ = write!(
        s,
        "<style>body {{ font-family: serif; }} .cookie {{ position: fixed; }}</style>\n\
         <script>window.dataLayer = []; function track(e) {{ dataLayer.push(e); }}</script>\n</head>\n<body>\n\
         <div class=\"cookie-banner\"><p>We use cookies to give you the best experience on our site.</p><button>Accept all</button></div>\n\
         <header class=\"site-header\"><a href=\"/\">{outlet}</a><nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>\n\
         <main>\n<article>\n<header><h1>{title}</h1>\n",
        outlet = take.outlet,
    );
    if let Some(b) = meta.byline {
        let _ = writeln!(s, "<p class=\"byline\">By {b}</p>");
    }
    let _ = writeln!(
        s,
        "<time datetime=\"{}\">{}</time></header>",
        meta.published.format("%Y-%m-%d"),
        date_line(meta.published, rng)
    );
    for (i, p) in paras.iter().enumerate() {
        let text = if i == 0 {
            dateline_lead(meta, rng, p)
        } else {
            p.clone()
        };
        let _ = writeln!(s, "<p>{}</p>", escape_html(&text));
        if i == 2 && rng.chance(50) {
            let _ = writeln!(
                s,
                "<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/x\">Markets close higher</a></li><li><a href=\"/y\">Weather warning issued</a></li></ul></aside>"
            );
        }
    }
    if let Some(w) = wire_note(meta) {
        let _ = writeln!(s, "<p>{w}</p>");
    }
    let _ = write!(
        s,
        "</article>\n</main>\n<section class=\"comments\"><h2>Leave a Reply</h2><p>Your email address will not be published.</p></section>\n\
         <footer><p>&copy; 2025 {}. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>\n\
         <script>track({{\"page\": \"article\"}});</script>\n</body>\n</html>\n",
        take.outlet
    );
    s
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// One JSON record, in one of several feed schemas.
fn json_record(take: &Take, meta: &Meta, paras: &[String], rng: &mut Rng) -> String {
    let mut body: Vec<String> = paras.to_vec();
    if let Some(first) = body.first_mut() {
        *first = dateline_lead(meta, rng, first);
    }
    if let Some(w) = wire_note(meta) {
        body.push(w);
    }
    if rng.chance(30) {
        body.insert(body.len() / 2, (rng.pick(BANNERS)).to_string());
    }
    let date = meta.published.format("%Y-%m-%d").to_string();
    let by = meta.byline.map(json_string);
    match rng.below(3) {
        0 => format!(
            "{{\"title\": {}, \"text\": {}, \"outlet\": {}, \"date\": {}, \"url\": {}{}}}",
            json_string(&meta.title),
            json_string(&body.join("\n\n")),
            json_string(take.outlet),
            json_string(&date),
            json_string(&meta.url),
            by.map(|b| format!(", \"author\": {b}")).unwrap_or_default(),
        ),
        1 => format!(
            "{{\"headline\": {}, \"body\": {}, \"source\": {{\"name\": {}}}, \"datePublished\": {}}}",
            json_string(&meta.title),
            json_string(&body.join("\n\n")),
            json_string(take.outlet),
            json_string(&format!("{date}T10:00:00Z")),
        ),
        _ => {
            let parts: Vec<String> = body.iter().map(|p| json_string(p)).collect();
            format!(
                "{{\"Title\": {}, \"Content\": [{}], \"Publisher\": {}, \"pubDate\": {}}}",
                json_string(&meta.title),
                parts.join(", "),
                json_string(take.outlet),
                json_string(&date),
            )
        }
    }
}

fn file_slug(outlet: &str) -> String {
    outlet
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// Generates `articles` articles (records) for `seed`; the same arguments always give the
/// same bytes. Stories get folders of their own; JSONL feeds sit in `feeds/`.
pub fn generate(articles: usize, seed: u64, mix: Mix) -> Vec<GenFile> {
    let mut rng = Rng::new(seed);
    let stories = make_stories(&mut rng);
    let mut files = Vec::new();
    let mut made = 0;
    let mut serial = 0;
    while made < articles {
        serial += 1;
        let format = match mix {
            Mix::Mixed => match rng.below(100) {
                0..=34 => Mix::Txt,
                35..=49 => Mix::Md,
                50..=69 => Mix::Html,
                70..=79 => Mix::Json,
                _ => Mix::Jsonl,
            },
            other => other,
        };
        if format == Mix::Jsonl {
            let records = rng.range(10, 40).min(articles - made);
            let mut s = String::new();
            for r in 0..records {
                let take = make_take(&stories, &mut rng);
                let meta = make_meta(&take, &mut rng, serial * 1000 + r);
                let paras = body(&take, &mut rng);
                s.push_str(&json_record(&take, &meta, &paras, &mut rng));
                s.push('\n');
            }
            files.push(GenFile {
                path: format!("feeds/feed_{serial:06}.jsonl"),
                bytes: s.into_bytes(),
                articles: records,
            });
            made += records;
            continue;
        }
        let take = make_take(&stories, &mut rng);
        let meta = make_meta(&take, &mut rng, serial);
        let paras = body(&take, &mut rng);
        let (ext, text) = match format {
            Mix::Md => ("md", md(&take, &meta, &paras, &mut rng)),
            Mix::Html => ("html", html(&take, &meta, &paras, &mut rng)),
            Mix::Json => ("json", json_record(&take, &meta, &paras, &mut rng)),
            _ => ("txt", txt(&take, &meta, &paras, &mut rng)),
        };
        files.push(GenFile {
            path: format!(
                "{}/{serial:06}_{}.{ext}",
                take.story.kind.key,
                file_slug(take.outlet)
            ),
            bytes: text.into_bytes(),
            articles: 1,
        });
        made += 1;
    }
    files
}

/// A single long article (`paragraphs` paragraphs) for reader benchmarks.
pub fn long_article(paragraphs: usize, seed: u64) -> GenFile {
    let mut rng = Rng::new(seed);
    let stories = make_stories(&mut rng);
    let take = make_take(&stories, &mut rng);
    let meta = make_meta(&take, &mut rng, 0);
    let mut paras = Vec::new();
    while paras.len() < paragraphs {
        paras.extend(body(&take, &mut rng));
    }
    paras.truncate(paragraphs);
    GenFile {
        path: "long.txt".to_string(),
        bytes: txt(&take, &meta, &paras, &mut rng).into_bytes(),
        articles: 1,
    }
}

/// Writes the files under `dir` (creating folders); returns the bytes written.
pub fn write_all(dir: &std::path::Path, files: &[GenFile]) -> std::io::Result<usize> {
    let mut total = 0;
    for f in files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &f.bytes)?;
        total += f.bytes.len();
    }
    Ok(total)
}
