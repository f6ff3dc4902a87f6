//! Merging mentions into entities: one entity per real-world referent, across spellings
//! (diacritics, transliterations, gazetteer alternates), surnames and the user's alias
//! corrections (`AliasConfig`).

use super::gazetteer::{self as gz, FastMap, FastSet};
// Particles of compound surnames ("de la Fuente", "van der Berg"): the words the mention
// scan keeps inside a name are the ones a merge reads as part of a surname.
use super::mentions::{is_particle, is_son_of_word};
use super::{Entity, EntityKind, Mention, OtherName};
use crate::config::AliasConfig;
use crate::corpus::Article;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Disjoint sets over form indices.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut x = x;
        while self.0[x] != root {
            let next = self.0[x];
            self.0[x] = root;
            x = next;
        }
        root
    }

    /// Joins two sets; the smaller index stays root so the first-seen form leads.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (keep, join) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[join] = keep;
        }
    }
}

/// One distinct spelling of one kind, with the mentions that use it.
struct Form {
    kind: EntityKind,
    folded: String,
    /// Folded tokens, for surname and first-name comparisons.
    tokens: Vec<String>,
    mentions: Vec<usize>,
}

fn is_name_kind(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Place | EntityKind::Facility
    )
}

/// The comparison key of a mention's text: folded, and for values without digit grouping
/// ("1,000" = "1000").
fn form_key(kind: EntityKind, text: &str) -> String {
    let mut folded = gz::fold(text);
    // Dropped in place rather than copied out.
    if folded.starts_with("the ") {
        folded.replace_range(..4, "");
    }
    if kind == EntityKind::Organization {
        // "Ministry of Commerce" and "Commerce Ministry" are one body.
        for head in [
            "ministry",
            "department",
            "office",
            "commission",
            "council",
            "agency",
        ] {
            // "<head> of " stripped in two steps, without formatting the prefix each time.
            if let Some(rest) = folded
                .strip_prefix(head)
                .and_then(|r| r.strip_prefix(" of "))
            {
                let rest = rest.strip_prefix("the ").unwrap_or(rest);
                return format!("{rest} {head}");
            }
        }
        folded
    } else if kind == EntityKind::Person {
        // `Thomas "Tam" Roe` is Thomas Roe: the nickname is merged on its own.
        match inner_nickname(&folded) {
            Some((name, _)) => name,
            None => folded,
        }
    } else if is_name_kind(kind) {
        folded
    } else {
        folded.replace(',', "")
    }
}

/// A folded name with a nickname in quotes inside it (`ana "nana" roe`, `ana 'nana' roe`):
/// the name without the nickname, and the nickname.
fn inner_nickname(folded: &str) -> Option<(String, &str)> {
    for (opening, closing) in [(" \"", "\" "), (" '", "' ")] {
        let Some(open) = folded.find(opening) else {
            continue;
        };
        let inner = &folded[open + 2..];
        let Some(close) = inner.find(closing) else {
            continue;
        };
        let (before, nickname, after) = (&folded[..open], &inner[..close], &inner[close + 2..]);
        if before.is_empty() || nickname.is_empty() || after.is_empty() {
            return None;
        }
        return Some((format!("{before} {after}"), nickname));
    }
    None
}

/// Per-token keys that survive transliteration; short tokens must match exactly.
fn token_key(token: &str) -> String {
    if token.chars().count() >= 5 {
        gz::phonetic_key(token)
    } else {
        token.to_string()
    }
}

fn is_lone_name(form: &Form) -> bool {
    form.kind == EntityKind::Person && is_surname_only(&form.tokens)
}

/// A name with a particle of another language inside it: "Ministerio de Cultura",
/// "Bundesamt für Strahlenschutz", "Agence de l'eau".
fn foreign_name(text: &str) -> bool {
    text.split_whitespace().skip(1).any(|w| {
        matches!(
            w,
            "de" | "del"
                | "des"
                | "du"
                | "di"
                | "do"
                | "da"
                | "della"
                | "für"
                | "van"
                | "voor"
                | "för"
                | "och"
                | "y"
                | "e"
                | "et"
        ) || w.starts_with("l'")
            || w.starts_with("d'")
    })
}

/// One name word, or a surname with its particles ("de la Villemarqué"): a surname
/// mention, not a full name.
fn is_surname_only(tokens: &[String]) -> bool {
    match tokens.split_last() {
        Some((_, rest)) => rest.iter().all(|t| is_particle(t)),
        None => false,
    }
}

/// The initials of a name's given names when it writes them only as initials ("a.n.
/// platonov", "r. k. roe", "h du plessis", whose particle belongs to the surname, "ts.
/// roe", a Cyrillic letter romanised as two); `None` for a name with a given name spelt
/// out.
fn given_initials(tokens: &[String]) -> Option<Vec<&str>> {
    let (_, given) = tokens.split_last()?;
    let mut initials = Vec::new();
    for token in given.iter().filter(|t| !is_particle(t)) {
        // "j.-m." is the initials of a hyphened given name ("Pierre-Louis").
        for piece in token.split(['.', '-']).filter(|p| !p.is_empty()) {
            let mut chars = piece.chars();
            let letter = chars.next()?;
            let single = chars.next().is_none() && letter.is_alphabetic();
            let digraph = token.ends_with('.') && super::mentions::is_cyrillic_digraph(piece);
            if !single && !digraph {
                return None;
            }
            initials.push(piece);
        }
    }
    (!initials.is_empty()).then_some(initials)
}

/// The family name of a name in Hong Kong order, an English given name, the family name
/// and a Chinese given name of two syllables ("Vivian Cheung Wai-man"): its first two words
/// are the person too, and its middle word is the one used alone.
fn hong_kong_family_name(tokens: &[String]) -> Option<&str> {
    let [given, family, chinese] = tokens else {
        return None;
    };
    let syllable = |s: &str| super::mentions::is_romanised_syllable(s);
    let syllables = chinese
        .split_once('-')
        .is_some_and(|(one, two)| syllable(one) && syllable(two));
    // The English given name is a known one, or at least no syllable ("Vivian"); the
    // family name is one syllable.
    let english = gz::is_given_name(given) || !syllable(given);
    (syllables && english && syllable(family) && !gz::is_given_name(family))
        .then_some(family.as_str())
}

/// A Russian (or Ukrainian, Belarusian) patronymic: "Sergeyevich", "Nikolayevna",
/// "Ilyich", "Petrovna". Long enough that English words do not end so.
fn is_patronymic(token: &str) -> bool {
    token.chars().count() >= 7
        && [
            "ovich", "evich", "ovna", "evna", "ichna", "ilyich", "inichna",
        ]
        .iter()
        .any(|end| token.ends_with(end))
}

/// An Icelandic patronymic or matronymic, folded: "pálsdóttir", "magnússon".
fn is_nordic_patronymic(token: &str) -> bool {
    token.chars().count() >= 7
        && ["dóttir", "dottir", "sson"]
            .iter()
            .any(|end| token.ends_with(end))
}

/// Levenshtein distance, stopping early once it exceeds one.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// Two spellings of one long surname (Subramaniam / Subramanian, Venkataraman /
/// Venkatraman): one edit apart, seven letters or more, and the same first two letters.
/// Shorter names are too often two different people (Weber / Weker).
fn close_surnames(a: &str, b: &str) -> bool {
    let (ka, kb) = (gz::phonetic_key(a), gz::phonetic_key(b));
    ka == kb
        || (ka.len() >= 7
            && kb.len() >= 7
            && ka.get(..2) == kb.get(..2)
            && within_one_edit(&ka, &kb))
}

/// Two spellings of one given name (Yiorgos / Giorgos): equal keys, or one edit apart
/// when both have five letters or more.
/// Whether `short` is one half of the double surname `long`: "Halina Wrześniewska" is
/// "Halina Wrześniewska-Kot" before her marriage, "Ana Kot" the same woman after it.
fn part_of_double_surname(short: &str, long: &str) -> bool {
    long.split_once('-').is_some_and(|(first, second)| {
        short.chars().count() >= 3 && (first == short || second == short)
    })
}

fn close_given_names(a: &str, b: &str) -> bool {
    let (ka, kb) = (token_key(a), token_key(b));
    ka == kb
        || (a.len() >= 5 && b.len() >= 5 && within_one_edit(a, b))
        || same_given_name_shortened(a, b)
}

/// Given names and the short forms that stand for them in print, folded: "Senator David
/// Roe" is "Dave Roe" in a quote, and the everyday forms of Polish, Russian, Spanish,
/// Portuguese and Italian names ("Tomek" for "Tomasz", "Pepe" for "José"). Only pairs no
/// one reads as two names; they join two names only with the same surname.
const GIVEN_NAME_SHORT_FORMS: &[(&str, &str)] = &[
    ("tomek", "tomasz"),
    ("kasia", "katarzyna"),
    ("gosia", "malgorzata"),
    ("basia", "barbara"),
    ("wojtek", "wojciech"),
    ("staszek", "stanislaw"),
    ("jurek", "jerzy"),
    ("bartek", "bartlomiej"),
    ("kuba", "jakub"),
    ("olek", "aleksander"),
    ("olek", "aleksandr"),
    ("janek", "jan"),
    ("piotrek", "piotr"),
    ("sasha", "aleksandr"),
    ("sasha", "alexander"),
    ("misha", "mikhail"),
    ("volodya", "vladimir"),
    ("kolya", "nikolai"),
    ("dima", "dmitry"),
    ("dima", "dmitri"),
    ("seryozha", "sergei"),
    ("natasha", "natalya"),
    ("natasha", "natalia"),
    ("masha", "maria"),
    ("katya", "yekaterina"),
    ("katya", "ekaterina"),
    ("tanya", "tatyana"),
    ("tanya", "tatiana"),
    ("pasha", "pavel"),
    ("zhenya", "yevgeny"),
    ("vanya", "ivan"),
    ("pepe", "jose"),
    ("paco", "francisco"),
    ("pancho", "francisco"),
    ("nacho", "ignacio"),
    ("lola", "dolores"),
    ("lupe", "guadalupe"),
    ("memo", "guillermo"),
    ("quique", "enrique"),
    ("chucho", "jesus"),
    ("beppe", "giuseppe"),
    ("gianni", "giovanni"),
    ("dave", "david"),
    ("bill", "william"),
    ("will", "william"),
    ("bob", "robert"),
    ("rob", "robert"),
    ("mike", "michael"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("tom", "thomas"),
    ("tony", "anthony"),
    ("joe", "joseph"),
    ("nick", "nicholas"),
    ("chris", "christopher"),
    ("matt", "matthew"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("steve", "steven"),
    ("steve", "stephen"),
    ("andy", "andrew"),
    ("alex", "alexander"),
    ("ben", "benjamin"),
    ("sam", "samuel"),
    ("ed", "edward"),
    ("ted", "edward"),
    ("pat", "patrick"),
    ("greg", "gregory"),
    ("jeff", "jeffrey"),
    ("ken", "kenneth"),
    ("ron", "ronald"),
    ("tim", "timothy"),
    ("phil", "philip"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("kate", "katherine"),
    ("kate", "catherine"),
    ("jenny", "jennifer"),
    ("sue", "susan"),
    ("debbie", "deborah"),
    ("vicky", "victoria"),
];

/// Whether one given name is the other's short form.
fn same_given_name_shortened(a: &str, b: &str) -> bool {
    GIVEN_NAME_SHORT_FORMS
        .iter()
        .any(|&(short, full)| (a == short && b == full) || (a == full && b == short))
}

/// A name's words for matching, without a closing "Jr." or "III": "Mensah" alone is
/// "Kwame Mensah III".
fn name_tokens(folded: &str) -> Vec<String> {
    let mut tokens: Vec<String> = folded
        .split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    if tokens.len() >= 2
        && tokens
            .last()
            .is_some_and(|t| super::mentions::is_generational_suffix(t))
    {
        tokens.pop();
    }
    tokens
}

/// Merges the mentions of all articles into entities and fills in `Mention::entity`.
pub fn merge_entities(
    articles: &[Article],
    mentions: &mut [Mention],
    other_names: &[OtherName],
    aliases: &AliasConfig,
) -> Vec<Entity> {
    // 1. Distinct forms per (kind, folded text).
    let mut forms: Vec<Form> = Vec::new();
    // A lone surname is kept apart per article: which full name it belongs to can differ
    // from one article to the next. Keys are numbered (`key_ids`), so a mention's form is
    // looked up without a copy of its key.
    let mut key_ids: FastMap<String, usize> = FastMap::default();
    // The keys by number.
    let mut keys: Vec<String> = Vec::new();
    let mut form_of: FastMap<(EntityKind, usize, Option<usize>), usize> = FastMap::default();
    let mut mention_form = Vec::with_capacity(mentions.len());
    // Each mention's exact text, numbered: describing an entity counts its spellings by
    // number, where hashing every mention's text again (a read of a string spread over
    // the heap) made that step, serial for the few entities holding most mentions, cost
    // as much as all the rest of the merge.
    let mut mention_text: Vec<u32> = Vec::with_capacity(mentions.len());
    {
        let mut text_ids: FastMap<&str, u32> = FastMap::default();
        // Mentions repeat a few spellings many times: each distinct (kind, text) is folded
        // once, where folding every mention (a String each) was most of this step.
        let mut text_key: FastMap<(EntityKind, u32), (usize, bool)> = FastMap::default();
        for (index, mention) in mentions.iter().enumerate() {
            let next_id = text_ids.len() as u32;
            let text_id = *text_ids.entry(mention.text.as_str()).or_insert(next_id);
            mention_text.push(text_id);
            let &mut (key_id, single_name) =
                text_key.entry((mention.kind, text_id)).or_insert_with(|| {
                    let key = form_key(mention.kind, &mention.text);
                    // Whether the folded text is a lone surname, without splitting it
                    // into words.
                    let single_name = mention.kind == EntityKind::Person && {
                        let mut words = key.split(char::is_whitespace).filter(|t| !t.is_empty());
                        let last = words.next_back();
                        last.is_some() && words.all(is_particle)
                    };
                    let id = match key_ids.get(&key) {
                        Some(&id) => id,
                        None => {
                            keys.push(key.clone());
                            key_ids.insert(key, keys.len() - 1);
                            keys.len() - 1
                        }
                    };
                    (id, single_name)
                });
            let lookup = (mention.kind, key_id, single_name.then_some(mention.article));
            let form = match form_of.get(&lookup) {
                Some(&form) => form,
                None => {
                    let key = keys.get(key_id).cloned().unwrap_or_default();
                    forms.push(Form {
                        kind: mention.kind,
                        tokens: name_tokens(&key),
                        folded: key,
                        mentions: Vec::new(),
                    });
                    form_of.insert(lookup, forms.len() - 1);
                    forms.len() - 1
                }
            };
            forms[form].mentions.push(index);
            mention_form.push(form);
        }
    }

    let split: HashSet<String> = aliases.split.iter().map(|s| gz::fold(s)).collect();
    let mut sets = UnionFind::new(forms.len());
    let free = |f: &Form| !split.contains(&f.folded);
    // A person's other name joins the name it stands for, in its article; linked so, it
    // takes no part in the surname and given-name merging below, where a nickname two
    // people share ("Nana") would join them.
    let mut linked: FastSet<usize> = FastSet::default();
    let other_at: FastMap<(usize, usize, usize), &str> = other_names
        .iter()
        .map(|o| ((o.article, o.paragraph, o.start), o.name.as_str()))
        .collect();
    // Most corpora give no other name: no lookup then.
    let named_other = |m: &Mention| {
        (!other_at.is_empty())
            .then(|| other_at.get(&(m.article, m.paragraph, m.start)).copied())
            .flatten()
    };
    // A person's form in an article, by its key.
    let person_form = |key: &str, article: usize| {
        let lone = is_surname_only(&name_tokens(key));
        key_ids
            .get(key)
            .and_then(|&id| form_of.get(&(EntityKind::Person, id, lone.then_some(article))))
            .copied()
    };
    // Each name in full and an other name of it: one the article gives ("Ana Roe, known
    // as Nana"), or one in quotes inside the name (`Ana "Nana" Roe`).
    let mut other_pairs: Vec<(usize, usize)> = Vec::new();
    for (index, mention) in mentions.iter().enumerate() {
        if let Some(name) = named_other(mention) {
            let owner = person_form(&form_key(EntityKind::Person, name), mention.article);
            if let Some(owner) = owner {
                other_pairs.push((owner, mention_form[index]));
            }
        } else if mention.kind == EntityKind::Person && mention.text.contains(['"', '\'', '“', '‘'])
        {
            let folded = gz::fold(&mention.text);
            let alias = inner_nickname(&folded)
                .and_then(|(_, nickname)| person_form(nickname, mention.article));
            if let Some(alias) = alias {
                other_pairs.push((mention_form[index], alias));
            }
        }
    }
    // A name is often repeated with its nickname: each pair is tested once.
    other_pairs.sort_unstable();
    other_pairs.dedup();
    // Each name in full and the other name joined to it.
    let mut nicknamed: Vec<(usize, usize)> = Vec::new();
    for (owner, alias) in other_pairs {
        // Only where the other name is mostly used beside the name it stands for: "Abu
        // Khaled" in articles that never name Mahmoud Roe may be another man.
        let articles_of = |form: usize| -> BTreeSet<usize> {
            forms[form]
                .mentions
                .iter()
                .map(|&m| mentions[m].article)
                .collect()
        };
        let used = articles_of(alias);
        let beside = 2 * used.intersection(&articles_of(owner)).count() > used.len();
        if beside && free(&forms[owner]) && free(&forms[alias]) {
            sets.union(owner, alias);
            linked.insert(alias);
            nicknamed.push((owner, alias));
        }
    }
    // "Kestrel" for "Ana Roe, known as Lady Kestrel" and "Marren" for "Lord Pitch, whose
    // real name is Ivo Marren": the last word of another name of two words or more, alone
    // in an article that gives that other name, is the same person, unless another name in
    // full of that article ends with the word too.
    // The full names of two words or more, by their last word and an article naming them:
    // built on the first lone word found, once, rather than a scan of every form for each.
    let mut full_names_ending: Option<FastMap<(&str, usize), Vec<usize>>> = None;
    for &(owner, alias) in &nicknamed {
        let [_, .., last] = forms[alias].tokens.as_slice() else {
            continue;
        };
        let Some(&id) = key_ids.get(last.as_str()) else {
            continue;
        };
        let articles: BTreeSet<usize> = forms[alias]
            .mentions
            .iter()
            .map(|&m| mentions[m].article)
            .collect();
        for &article in &articles {
            let Some(&lone) = form_of.get(&(EntityKind::Person, id, Some(article))) else {
                continue;
            };
            let ending = full_names_ending.get_or_insert_with(|| {
                let mut ending: FastMap<(&str, usize), Vec<usize>> = FastMap::default();
                for (f, form) in forms.iter().enumerate() {
                    if form.kind != EntityKind::Person || form.tokens.len() < 2 {
                        continue;
                    }
                    let Some(word) = form.tokens.last() else {
                        continue;
                    };
                    let named: BTreeSet<usize> =
                        form.mentions.iter().map(|&m| mentions[m].article).collect();
                    for article in named {
                        ending.entry((word.as_str(), article)).or_default().push(f);
                    }
                }
                ending
            });
            let shared = ending.get(&(last.as_str(), article)).is_some_and(|full| {
                full.iter()
                    .any(|&f| f != alias && sets.find(f) != sets.find(owner))
            });
            if !shared && free(&forms[lone]) && !linked.contains(&lone) {
                sets.union(owner, lone);
                linked.insert(lone);
            }
        }
    }
    // "Tiger Roe" for "Themba Roe, known as Tiger": the other name with the surname is
    // the same person, where one name in full owns that other name.
    for (owner, alias) in nicknamed {
        let (Some(surname), [nickname]) = (
            forms[owner]
                .tokens
                .last()
                .filter(|_| forms[owner].tokens.len() >= 2),
            forms[alias].tokens.as_slice(),
        ) else {
            continue;
        };
        let key = format!("{nickname} {surname}");
        let called = key_ids
            .get(&key)
            .and_then(|&id| form_of.get(&(EntityKind::Person, id, None)));
        if let Some(&called) = called.filter(|&&f| f != owner && free(&forms[f])) {
            sets.union(owner, called);
            linked.insert(called);
        }
    }

    // 2. Rules, only between name forms of one kind and never for a `split` spelling.
    let mut by_key: FastMap<(EntityKind, String), usize> = FastMap::default();
    for (index, form) in forms.iter().enumerate() {
        if !is_name_kind(form.kind) {
            continue;
        }
        if !free(form) {
            // A `split` spelling is still one entity with itself across articles.
            let key = format!("\u{0}{}", form.folded);
            match by_key.get(&(form.kind, key.clone())) {
                Some(&other) => sets.union(other, index),
                None => {
                    by_key.insert((form.kind, key), index);
                }
            }
            continue;
        }
        if is_lone_name(form) {
            continue;
        }
        // Gazetteer alternates (Kiev/Kyiv, Türkiye/Turkey, U.S./United States), else a
        // transliteration-tolerant key over every token (Zelensky/Zelenskyy).
        let canonical = match form.kind {
            // "Oyo State" and "Oyo", "Madhesh Province" and "Madhesh": a division is
            // one place with the name it is called by alone.
            EntityKind::Place => gz::place(&form.folded)
                .or_else(|| {
                    let (name, division) = form.folded.rsplit_once(' ')?;
                    gz::is_division(division).then(|| gz::place(name)).flatten()
                })
                .map(gz::fold),
            EntityKind::Organization => gz::institution(&form.folded).map(gz::fold),
            _ => None,
        };
        let key = canonical.unwrap_or_else(|| {
            form.tokens
                .iter()
                .map(|t| token_key(t))
                .collect::<Vec<_>>()
                .join(" ")
        });
        match by_key.get(&(form.kind, key.clone())) {
            Some(&other) => sets.union(other, index),
            None => {
                by_key.insert((form.kind, key), index);
            }
        }
    }
    merge_persons(&forms, mentions, &mut sets, &split, &linked);
    merge_short_forms(articles, &forms, mentions, &mention_form, &mut sets, &split);
    merge_compound_places(&forms, mentions, &mut sets, &split);

    // 3. The user's merge groups win over every rule; their first spelling is canonical.
    let mut pinned_name: HashMap<usize, String> = HashMap::new();
    for group in &aliases.merge {
        let wanted: HashSet<String> = group.iter().map(|s| gz::fold(s)).collect();
        let members: Vec<usize> = (0..forms.len())
            .filter(|&f| wanted.contains(&forms[f].folded))
            .collect();
        for pair in members.windows(2) {
            sets.union(pair[0], pair[1]);
        }
        if let (Some(&first), Some(name)) = (members.first(), group.first()) {
            pinned_name.insert(first, name.clone());
        }
    }
    let pinned: HashMap<usize, String> = pinned_name
        .into_iter()
        .map(|(form, name)| (sets.find(form), name))
        .collect();

    // 4. One entity per set, in order of first mention.
    let mut entity_of_root: FastMap<usize, usize> = FastMap::default();
    let mut entities: Vec<Entity> = Vec::new();
    // Each entity's set root, by entity index.
    let mut roots: Vec<usize> = Vec::new();
    for (index, &form) in mention_form.iter().enumerate() {
        let root = sets.find(form);
        let entity = *entity_of_root.entry(root).or_insert_with(|| {
            roots.push(root);
            entities.push(Entity {
                name: String::new(),
                kind: mentions[index].kind,
                aliases: Vec::new(),
                articles: Vec::new(),
                mentions: Vec::new(),
                titles: Vec::new(),
            });
            entities.len() - 1
        });
        entities[entity].mentions.push(index);
        mentions[index].entity = Some(entity);
    }
    // Each entity reads only its own mentions, so entities are described in parallel: this
    // was a serial pass over every mention of the corpus.
    let mentions_read: &[Mention] = mentions;
    let in_article_order = mentions_read.is_sorted_by_key(|m| m.article);
    entities
        .par_iter_mut()
        .zip(roots.par_iter())
        .for_each(|(e, root)| {
            describe_entity(
                e,
                mentions_read,
                &mention_text,
                in_article_order,
                pinned.get(root),
                !other_at.is_empty(),
                &named_other,
            )
        });
    // Mentions follow their entity's kind, so a view by kind shows one consistent answer.
    for mention in mentions.iter_mut() {
        if let Some(entity) = mention.entity.and_then(|e| entities.get(e)) {
            if is_name_kind(mention.kind) && is_name_kind(entity.kind) {
                mention.kind = entity.kind;
            }
        }
    }
    entities
}

/// Fills in an entity's articles, aliases, titles, canonical name and kind from its
/// mentions (`e.mentions`, ascending); `mention_text` numbers each mention's exact text.
fn describe_entity<'m>(
    e: &mut Entity,
    mentions: &'m [Mention],
    mention_text: &[u32],
    in_article_order: bool,
    pinned: Option<&String>,
    any_other_names: bool,
    named_other: &impl Fn(&Mention) -> Option<&'m str>,
) {
    // Mentions in article order give their articles ascending, so a new article is one
    // unlike the last; otherwise a set sorts them.
    let mut articles_seen = BTreeSet::new();
    let mut articles: Vec<usize> = Vec::new();
    let mut surfaces: Vec<(String, usize)> = Vec::new();
    // Where each surface and title already sits, so a widely mentioned entity is not
    // scanned linearly once per mention; the vectors keep first-seen order.
    let mut surface_at: FastMap<u32, usize> = FastMap::default();
    let mut titles_seen: FastSet<(usize, &str)> = FastSet::default();
    // Mentions per kind, indexed by the kind's place in `EntityKind::ALL`.
    let mut kinds = [0usize; EntityKind::ALL.len()];
    // Other names ("known as Abu Khaled") are aliases, never the canonical name.
    let mut other_names: FastSet<&str> = FastSet::default();
    for &m in &e.mentions {
        let mention = &mentions[m];
        if !in_article_order {
            articles_seen.insert(mention.article);
        } else if articles.last() != Some(&mention.article) {
            articles.push(mention.article);
        }
        if any_other_names && named_other(mention).is_some() {
            other_names.insert(mention.text.as_str());
        }
        kinds[mention.kind as usize] += 1;
        match surface_at.get(&mention_text[m]) {
            Some(&at) => surfaces[at].1 += 1,
            None => {
                surface_at.insert(mention_text[m], surfaces.len());
                surfaces.push((mention.text.clone(), 1));
            }
        }
        if mention.kind == EntityKind::Person {
            if let Some(title) = &mention.detail {
                if titles_seen.insert((mention.article, title.as_str())) {
                    e.titles.push((mention.article, title.clone()));
                }
            }
        }
    }
    e.articles = if in_article_order {
        articles
    } else {
        articles_seen.into_iter().collect()
    };
    let name = pinned.cloned().unwrap_or_else(|| {
        let proper: Vec<(String, usize)> = if other_names.is_empty() {
            Vec::new()
        } else {
            surfaces
                .iter()
                .filter(|(text, _)| !other_names.contains(text.as_str()))
                .cloned()
                .collect()
        };
        canonical_name(if proper.is_empty() {
            &surfaces
        } else {
            &proper
        })
    });
    let mut aliases = vec![name.clone()];
    for (surface, _) in surfaces {
        if !aliases.contains(&surface) {
            aliases.push(surface);
        }
    }
    // A merge across kinds (an acronym, a user's group) takes the kind most mentions
    // have; on a tie, the kind of the canonical spelling.
    let best = kinds.iter().copied().max().unwrap_or(0);
    let tied: Vec<EntityKind> = EntityKind::ALL
        .into_iter()
        .filter(|&k| kinds[k as usize] > 0 && kinds[k as usize] == best)
        .collect();
    e.kind = e
        .mentions
        .iter()
        .map(|&m| &mentions[m])
        .find(|m| m.text == name && tied.contains(&m.kind))
        .map(|m| m.kind)
        .or_else(|| tied.iter().min().copied())
        .unwrap_or(e.kind);
    e.name = name;
    e.aliases = aliases;
}

/// Initials of a multi-word name, skipping function words: "Grand Ethiopian Renaissance
/// Dam" -> "gerd".
fn initials(tokens: &[String]) -> String {
    tokens
        .iter()
        .filter(|t| {
            !matches!(
                t.as_str(),
                "of" | "the" | "for" | "and" | "de" | "la" | "du"
            )
        })
        .filter_map(|t| t.chars().next())
        .collect()
}

/// Abbreviations and short forms of organisations and facilities: "National Liberation
/// Army (ELN)" written together, an acronym made of a name's initials, and a lone first word
/// ("Kestrel" for "Kestrel Lines") that only one longer name starts with.
fn merge_short_forms(
    articles: &[Article],
    forms: &[Form],
    mentions: &[Mention],
    mention_form: &[usize],
    sets: &mut UnionFind,
    split: &HashSet<String>,
) {
    let bodies = |k: EntityKind| matches!(k, EntityKind::Organization | EntityKind::Facility);
    // Written together: "Long Name (ACR)", and a name with its own language's form in
    // parentheses: "Ministry of Culture (Ministerio de Cultura)". The native form must
    // show its language by a particle ("de", "für"...), so that "Sky News (Comcast
    // Corp)", a subsidiary and its owner, stays two bodies.
    for pair in mentions.windows(2).enumerate() {
        let (i, [long, short]) = (pair.0, pair.1) else {
            continue;
        };
        // The parenthesis test comes before the name tests, and the `split` lookups last:
        // this runs for every pair of neighbouring mentions, and few are written together.
        let together = long.article == short.article
            && long.paragraph == short.paragraph
            && bodies(long.kind)
            && articles
                .get(long.article)
                .and_then(|a| a.paragraphs.get(long.paragraph))
                .is_some_and(|p| {
                    p.get(long.end..short.start) == Some(" (")
                        && p.get(short.end..).is_some_and(|rest| rest.starts_with(')'))
                })
            && (super::mentions::is_acronym(&short.text)
                || (short.kind == long.kind && foreign_name(&short.text))
                || initials_after_first_word(&long.text, &short.text));
        let free = || {
            !split.contains(&forms[mention_form[i]].folded)
                && !split.contains(&forms[mention_form[i + 1]].folded)
        };
        if together && free() {
            sets.union(mention_form[i], mention_form[i + 1]);
        }
    }
    // A form's mentions are in mention order, so where the mentions are in article order
    // (as `analyze` gives them) their articles ascend: one merge-like walk over both lists
    // finds a shared article, where testing every pair grew with the product of two widely
    // mentioned forms' counts.
    let in_article_order = mentions.is_sorted_by_key(|m| m.article);
    let share_an_article = |x: usize, y: usize| {
        if !in_article_order {
            return forms[x].mentions.iter().any(|&mx| {
                forms[y]
                    .mentions
                    .iter()
                    .any(|&my| mentions[mx].article == mentions[my].article)
            });
        }
        let mut xs = forms[x].mentions.iter().map(|&m| mentions[m].article);
        let mut ys = forms[y].mentions.iter().map(|&m| mentions[m].article);
        let (mut a, mut b) = (xs.next(), ys.next());
        while let (Some(ax), Some(by)) = (a, b) {
            match ax.cmp(&by) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => a = xs.next(),
                std::cmp::Ordering::Greater => b = ys.next(),
            }
        }
        false
    };
    let multi: Vec<usize> = (0..forms.len())
        .filter(|&f| bodies(forms[f].kind) && forms[f].tokens.len() >= 2)
        .filter(|&f| !split.contains(&forms[f].folded))
        .collect();
    // "US State Department" / "State Department": a body named with and without its
    // country; "Channel Padma News" / "Channel Padma": an organisation with and without
    // its last head word; each when only one longer name fits.
    for &short in &multi {
        let owners: BTreeSet<usize> = multi
            .iter()
            .copied()
            .filter(|&long| {
                let (lt, st) = (&forms[long].tokens, &forms[short].tokens);
                if forms[long].kind != forms[short].kind || lt.len() <= st.len() {
                    return false;
                }
                // A short form ending in a head word is a body of its own: "European
                // Union" is not the Council of the European Union, which `form_key`
                // writes "european union council". A trade is no such head: "Belvan
                // Marine" is Belvan Marine Services Ltd. Only within an article: across a
                // corpus "Real Madrid" and "Real Madrid TV" are two bodies.
                // "Roe Holdings Ltd" / "Roe Holdings": nor is a registered firm's legal form.
                let extra = &lt[st.len().min(lt.len())..];
                let without_head = forms[long].kind == EntityKind::Organization
                    && lt.starts_with(st)
                    && extra
                        .iter()
                        .all(|h| gz::is_org_head(h) || is_registered_form(h))
                    && st.last().is_some_and(|h| {
                        !gz::is_org_head(h)
                            || gz::is_sector(h)
                            || extra.iter().all(|w| is_registered_form(w))
                    })
                    && share_an_article(long, short);
                // "Lê Văn Thịnh" for "Lê Văn Thịnh General Hospital": a name that opens a
                // body whose other words are only heads and qualifiers.
                let opening = lt.starts_with(st)
                    && lt[st.len()..].iter().all(|w| gz::is_body_word(w))
                    && !st.iter().any(|w| gz::is_body_word(w))
                    && share_an_article(long, short);
                // "Coopérative Kestrel Roe" / "Kestrel Roe": a body's name of two words or
                // more without the word that opens it in its own language ("Banco",
                // "Groupe", "Coopérative").
                let prefixed = lt.len() == st.len() + 1
                    && lt.ends_with(st)
                    && gz::is_org_prefix(&lt[0])
                    && share_an_article(long, short);
                without_head
                    || opening
                    || prefixed
                    || (lt.ends_with(st)
                        && gz::place(&lt[..lt.len() - st.len()].join(" ")).is_some())
            })
            .collect();
        // "Lê Văn Thịnh Hospital" and "Lê Văn Thịnh General Hospital" are one hospital: longer
        // names that differ only by qualifiers count as one.
        let cores: BTreeSet<Vec<&String>> = owners
            .iter()
            .map(|&long| {
                forms[long]
                    .tokens
                    .iter()
                    // Only qualifiers: "bank" and "group" are modifiers of titles too, and
                    // China Merchants Bank is not China Merchants Group.
                    .filter(|w| {
                        !gz::is_title_modifier(w) || gz::is_org_head(w) || gz::is_facility_head(w)
                    })
                    .collect()
            })
            .collect();
        let roots: BTreeSet<usize> = owners.iter().map(|&long| sets.find(long)).collect();
        if roots.len() == 1 || (cores.len() == 1 && !owners.is_empty()) {
            for long in owners {
                sets.union(long, short);
            }
        }
    }
    for short in (0..forms.len()).filter(|&f| {
        bodies(forms[f].kind) && forms[f].tokens.len() == 1 && !split.contains(&forms[f].folded)
    }) {
        let word = &forms[short].tokens[0];
        let by_initials: Vec<usize> = multi
            .iter()
            .copied()
            .filter(|&f| word.len() >= 2 && initials(&forms[f].tokens) == *word)
            .collect();
        let by_first_word: Vec<usize> = multi
            .iter()
            .copied()
            .filter(|&f| forms[f].kind == forms[short].kind && forms[f].tokens[0] == *word)
            .collect();
        // "Anne-de-Bretagne" for "Hôpital Anne-de-Bretagne": a facility without the head
        // word that opens it; "Guayacanes" for "Atlético Guayacanes", a club without its
        // prefix, and "Roe" for "FK Roe Sarajevo", without its prefix and its town.
        let by_rest: Vec<usize> = multi
            .iter()
            .copied()
            .filter(|&f| {
                let t = &forms[f].tokens;
                let (opener, words) = match forms[f].kind {
                    EntityKind::Facility => (gz::is_facility_head(&t[0]), 2..=2),
                    EntityKind::Organization => (gz::is_club_prefix(&t[0]), 2..=3),
                    _ => (false, 2..=2),
                };
                forms[f].kind == forms[short].kind
                    && words.contains(&t.len())
                    && opener
                    && t[1] == *word
            })
            .collect();
        for owners in [by_initials, by_first_word, by_rest] {
            if owners.is_empty() {
                continue;
            }
            let roots: BTreeSet<usize> = owners.iter().map(|&o| sets.find(o)).collect();
            if let (1, Some(&root)) = (roots.len(), roots.first()) {
                sets.union(root, short);
                break;
            }
        }
    }
}

/// The one form of `group` that `fits`, if exactly one does: a short form joins a full
/// name only where no other full name could be meant.
fn only_fit(group: &[usize], fits: impl Fn(usize) -> bool) -> Option<usize> {
    let mut found = group.iter().copied().filter(|&y| fits(y));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// "Kestrel Rural Credit Bank Limited (Kestrel RCB)": a short form that keeps the long
/// name's first word and writes the initials of the words after it (a legal form left out).
fn initials_after_first_word(long: &str, short: &str) -> bool {
    let (Some((first, rest)), Some((short_first, letters))) =
        (long.split_once(' '), short.split_once(' '))
    else {
        return false;
    };
    let words: Vec<&str> = rest
        .split(' ')
        .filter(|w| !is_registered_form(&gz::fold(w)))
        .collect();
    first == short_first
        && words.len() == letters.chars().count()
        && words.len() >= 2
        && words
            .iter()
            .zip(letters.chars())
            .all(|(w, c)| w.starts_with(c) && c.is_uppercase())
}

/// "Aix" for "Aix-en-Provence", "Rostov" for "Rostov-on-Don": a town named without the
/// words a compound name links to it is the compound of its articles that opens with it.
/// Only compounds of three parts or more: "Guinea" is not Guinea-Bissau.
fn merge_compound_places(
    forms: &[Form],
    mentions: &[Mention],
    sets: &mut UnionFind,
    split: &HashSet<String>,
) {
    let is_place = |f: usize| {
        forms[f].kind == EntityKind::Place
            && forms[f].tokens.len() == 1
            && !split.contains(&forms[f].folded)
    };
    let compounds: Vec<usize> = (0..forms.len())
        .filter(|&f| is_place(f) && forms[f].tokens[0].split('-').count() >= 3)
        .collect();
    if compounds.is_empty() {
        return;
    }
    let articles_of = |f: usize| -> BTreeSet<usize> {
        forms[f]
            .mentions
            .iter()
            .map(|&m| mentions[m].article)
            .collect()
    };
    for short in (0..forms.len()).filter(|&f| is_place(f) && !forms[f].tokens[0].contains('-')) {
        let opening = format!("{}-", forms[short].tokens[0]);
        let named: Vec<usize> = compounds
            .iter()
            .copied()
            .filter(|&c| forms[c].tokens[0].starts_with(&opening))
            .collect();
        if named.is_empty() {
            continue;
        }
        let here = articles_of(short);
        let owners: BTreeSet<usize> = named
            .into_iter()
            .filter(|&c| !articles_of(c).is_disjoint(&here))
            .map(|c| sets.find(c))
            .collect();
        if let (1, Some(&root)) = (owners.len(), owners.first()) {
            sets.union(root, short);
        }
    }
}

/// A company's registered form after its name: "Ltd", "Inc", "plc", "GmbH".
fn is_registered_form(folded: &str) -> bool {
    gz::is_legal_form(folded)
        || matches!(
            folded.trim_end_matches('.'),
            "ltd" | "limited" | "inc" | "incorporated" | "plc" | "llc" | "corp" | "co"
        )
}

/// The canonical name: the fullest spelling (most words), then the most common, then one
/// written with diacritics (Çırağan over Ciragan: the native form carries more),
/// never an all-capitals dateline form when another exists, then the first seen.
fn canonical_name(surfaces: &[(String, usize)]) -> String {
    let score = |(text, count): &(String, usize)| {
        let words = text.split_whitespace().count();
        let shouting = text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && text.chars().filter(|c| c.is_alphabetic()).count() > 3;
        // "A.N. Platonov" gives way to "Alexei Nikolayevich Platonov".
        let initials = text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.trim_end_matches('.').chars().count() <= 1 || w.contains('.'));
        (!shouting, !initials, words, *count, !text.is_ascii())
    };
    let mut best: Option<&(String, usize)> = None;
    for surface in surfaces {
        if best.is_none_or(|b| score(surface) > score(b)) {
            best = Some(surface);
        }
    }
    best.map(|(text, _)| text.clone()).unwrap_or_default()
}

/// Joins a lone surname to the one full name it can belong to: in the same article first,
/// else across the corpus. Ambiguous surnames (two full names) and lone first names
/// never merge, so Vladimir X and Vladimir Y stay apart.
fn merge_persons(
    forms: &[Form],
    mentions: &[Mention],
    sets: &mut UnionFind,
    split: &HashSet<String>,
    linked: &FastSet<usize>,
) {
    let persons: Vec<usize> = (0..forms.len())
        .filter(|&f| {
            forms[f].kind == EntityKind::Person
                && !split.contains(&forms[f].folded)
                && !linked.contains(&f)
        })
        .collect();
    // Full names with the same first and last word are one person (middle initials).
    let full: Vec<usize> = persons
        .iter()
        .copied()
        .filter(|&f| !is_surname_only(&forms[f].tokens))
        .collect();
    // Keys computed once per form, and only names sharing a first or a last key are
    // compared: an all-pairs loop was quadratic in the people a corpus names.
    let first_key: FastMap<usize, String> = full
        .iter()
        .filter_map(|&f| forms[f].tokens.first().map(|t| (f, token_key(t))))
        .collect();
    let last_key: FastMap<usize, String> = full
        .iter()
        .filter_map(|&f| forms[f].tokens.last().map(|t| (f, token_key(t))))
        .collect();
    let mut by_first: FastMap<&str, Vec<usize>> = FastMap::default();
    let mut by_last: FastMap<&str, Vec<usize>> = FastMap::default();
    for &f in &full {
        if let (Some(first), Some(last)) = (first_key.get(&f), last_key.get(&f)) {
            by_first.entry(first.as_str()).or_default().push(f);
            by_last.entry(last.as_str()).or_default().push(f);
        }
    }
    // "Vivian Cheung Wai-man": Hong Kong writes an English given name, the family name and
    // the Chinese given name, so "Cheung" alone is the middle word's.
    let mut by_family: FastMap<String, Vec<usize>> = FastMap::default();
    for &f in &full {
        if let Some(family) = hong_kong_family_name(&forms[f].tokens) {
            by_family.entry(token_key(family)).or_default().push(f);
        }
    }
    let mut unions: Vec<(usize, usize)> = Vec::new();
    // Same first name: the same surname, or one spelt another way (Subramaniam /
    // Subramanian). Never both parts at once.
    for group in by_first.values() {
        for (i, &x) in group.iter().enumerate() {
            for &y in &group[i + 1..] {
                let (lx, ly) = (forms[x].tokens.last(), forms[y].tokens.last());
                if let (Some(lx), Some(ly)) = (lx, ly) {
                    if last_key.get(&x) == last_key.get(&y)
                        || close_surnames(lx, ly)
                        || part_of_double_surname(lx, ly)
                        || part_of_double_surname(ly, lx)
                    {
                        unions.push((x, y));
                    }
                }
            }
        }
    }
    // Same surname, the given names written as their initials: "A.N. Platonov" / "Alexei
    // Nikolayevich Platonov", "R. K. Roe" / "Ravi Kumar Roe". Only where one full name of
    // the surname fits.
    for group in by_last.values() {
        for &x in group {
            let Some(short) = given_initials(&forms[x].tokens) else {
                continue;
            };
            let fit = only_fit(group, |y| {
                if y == x || given_initials(&forms[y].tokens).is_some() {
                    return false;
                }
                // "Pieter-Louis Steyn" is "P L Steyn": each part of a joined given name has
                // its initial.
                let given = &forms[y].tokens[..forms[y].tokens.len() - 1];
                let mut parts = given
                    .iter()
                    .filter(|t| !is_particle(t))
                    .flat_map(|t| t.split('-'));
                short
                    .iter()
                    .all(|initial| parts.next().is_some_and(|p| p.starts_with(initial)))
            });
            if let Some(y) = fit {
                unions.push((x, y));
            }
        }
    }
    // Same given name, the surname written as its initial: "Ana R." / "Ana Roe", where
    // one full name of the given name has a surname with that initial ("Ana M." is Ana
    // Marren, not Ana Roe).
    // A given name written as an initial too ("J. R.") is left alone.
    let surname_initial = |tokens: &[String]| match tokens {
        [given, last] if given.trim_end_matches('.').chars().nth(1).is_some() => {
            let mut chars = last.strip_suffix('.').unwrap_or(last).chars();
            chars
                .next()
                .filter(|c| c.is_alphabetic() && chars.next().is_none())
        }
        _ => None,
    };
    for group in by_first.values() {
        for &x in group {
            let Some(initial) = surname_initial(&forms[x].tokens) else {
                continue;
            };
            let fit = only_fit(group, |y| {
                y != x
                    && surname_initial(&forms[y].tokens).is_none()
                    && forms[y]
                        .tokens
                        .last()
                        .is_some_and(|last| last.starts_with(initial))
            });
            if let Some(y) = fit {
                unions.push((x, y));
            }
        }
    }
    // Same surname: the given name spelt another way (Yiorgos / Giorgos).
    for group in by_last.values() {
        for (i, &x) in group.iter().enumerate() {
            for &y in &group[i + 1..] {
                let (fx, fy) = (forms[x].tokens.first(), forms[y].tokens.first());
                if let (Some(fx), Some(fy)) = (fx, fy) {
                    if close_given_names(fx, fy) {
                        unions.push((x, y));
                    }
                }
            }
        }
    }
    // One name written with and without its last or first parts: "Juan Sebastián
    // Ocampo" / "Juan Sebastián Ocampo Díaz" (a second surname dropped) and "Corrêa do
    // Lago" / "André Corrêa do Lago" (the given name dropped). A two-word prefix is left
    // alone: "Anna Maria" may be the given names of two people, unless a patronymic or
    // surname particle follows it ("Wan Noraini" / "Wan Noraini binti Wan Hassan"), or it
    // ends in a Russian patronymic ("Anatoly Sergeyevich", the polite form of address).
    // "Saeed Al Kaabi" after "bin" in "Hamad bin Saeed Al Kaabi" is the father's name:
    // another man.
    let fathered = |long: &[String], short: &[String]| {
        long.len() > short.len() && is_son_of_word(&long[long.len() - short.len() - 1])
    };
    let contains = |long: &[String], short: &[String]| {
        short.len() < long.len()
            && short.len() >= 2
            && ((long.ends_with(short) && !fathered(long, short))
                || (long.starts_with(short)
                    && (short.len() >= 3 || long.get(short.len()).is_some_and(|t| is_particle(t)))))
    };
    // A form of address or a Hong Kong short form ("Anatoly Sergeyevich", "Vivian Cheung")
    // joins the one long name that opens with it; with two, it could be either.
    // So does a two-word opening whose second word is no given name: "Kamarul Ariffin"
    // for "Kamarul Ariffin Osman", where a Malay name has no surname to go by.
    // "Pasang Dawa" for "Pasang Dawa Sherpa": where two or more people share a surname,
    // a text tells them apart by their given names.
    let shared_surname = |long: &[String]| {
        let Some(group) = long.last().and_then(|t| by_last.get(token_key(t).as_str())) else {
            return false;
        };
        let mut openings: Vec<&str> = group
            .iter()
            .filter(|&&f| forms[f].tokens.len() >= 3)
            .filter_map(|&f| first_key.get(&f).map(String::as_str))
            .collect();
        openings.sort_unstable();
        openings.dedup();
        openings.len() >= 2
    };
    let addressed = |long: &[String], short: &[String]| {
        short.len() == 2
            && long.len() > 2
            && long.starts_with(short)
            && (short.last().is_some_and(|t| is_patronymic(t))
                || hong_kong_family_name(long).is_some()
                || !gz::is_given_name(&short[1])
                || (long.len() == 3 && shared_surname(long))
                // "Halima Yusuf" for "Halima Yusuf Omar": a name of given names only, one's
                // own, the father's and the grandfather's, has no surname to go by.
                || (long.len() == 3 && long.iter().all(|t| gz::is_given_name(t)))
                // "Ólöf Helga" for "Ólöf Helga Pálsdóttir": Icelanders go by their given
                // names, and the patronymic after them tells such a name.
                || (long.len() == 3 && is_nordic_patronymic(&long[2])))
    };
    let mut openings: FastMap<usize, Vec<usize>> = FastMap::default();
    for group in by_first.values().chain(by_last.values()) {
        for (i, &x) in group.iter().enumerate() {
            for &y in &group[i + 1..] {
                let (tx, ty) = (&forms[x].tokens, &forms[y].tokens);
                if contains(tx, ty) || contains(ty, tx) {
                    unions.push((x, y));
                } else if addressed(tx, ty) {
                    openings.entry(y).or_default().push(x);
                } else if addressed(ty, tx) {
                    openings.entry(x).or_default().push(y);
                }
            }
        }
    }
    for (short, mut longs) in openings {
        longs.sort_unstable();
        longs.dedup();
        if let [long] = longs.as_slice() {
            unions.push((short, *long));
        }
    }
    // "Ogawa Shunsuke" / "Shunsuke Ogawa": a two-word name in both orders (family name
    // first in one outlet, last in another) is one person.
    for group in by_first.values() {
        for &x in group {
            let tx = &forms[x].tokens;
            if tx.len() != 2 {
                continue;
            }
            let Some(key) = first_key.get(&x) else {
                continue;
            };
            let reversed = by_last.get(key.as_str()).into_iter().flatten();
            for &y in reversed {
                let ty = &forms[y].tokens;
                if x < y && ty.len() == 2 && ty[0] == tx[1] && ty[1] == tx[0] {
                    unions.push((x, y));
                }
            }
        }
    }
    for (x, y) in unions {
        sets.union(x, y);
    }
    let surname_key = |f: usize| forms[f].tokens.last().map(|t| token_key(t));
    // Full names by the first two letters of their surname: a variant spelling keeps them.
    let mut by_prefix: FastMap<String, Vec<usize>> = FastMap::default();
    for &f in &full {
        if let Some(last) = forms[f].tokens.last() {
            by_prefix
                .entry(last.chars().take(2).collect())
                .or_default()
                .push(f);
        }
    }
    let articles_of = |f: usize| -> BTreeSet<usize> {
        forms[f]
            .mentions
            .iter()
            .map(|&m| mentions[m].article)
            .collect()
    };
    // Whether form `f` is mentioned in article `a`. A form's mentions are in mention order,
    // so with the mentions in article order its articles ascend and a binary search
    // answers; the set of a widely named person's articles, built for each lone surname
    // of each article, grew with the product of the two.
    let in_article_order = mentions.is_sorted_by_key(|m| m.article);
    let mentioned_in = |f: usize, a: usize| -> bool {
        let list = &forms[f].mentions;
        if in_article_order {
            let i = list.partition_point(|&m| mentions[m].article < a);
            list.get(i).is_some_and(|&m| mentions[m].article == a)
        } else {
            list.iter().any(|&m| mentions[m].article == a)
        }
    };
    let shares_an_article =
        |f: usize, here: &BTreeSet<usize>| -> bool { here.iter().any(|&a| mentioned_in(f, a)) };
    // The first of two surnames: "Kestrel" in "Luis Fernando Kestrel Marren", a word before
    // the last that is neither a given name nor a particle.
    let two_surnames = |t: &[String]| {
        t.len() >= 3 && {
            let first = &t[t.len() - 2];
            !gz::is_given_name(first) && !is_particle(first) && first.chars().count() > 2
        }
    };
    let mut by_first_surname: FastMap<&str, Vec<usize>> = FastMap::default();
    for &f in &full {
        let t = &forms[f].tokens;
        if two_surnames(t) {
            by_first_surname
                .entry(t[t.len() - 2].as_str())
                .or_default()
                .push(f);
        }
    }
    // Lone names that no full name claims become one entity per spelling key.
    let mut unclaimed: FastMap<Option<String>, usize> = FastMap::default();
    for &single in persons
        .iter()
        .filter(|&&f| is_surname_only(&forms[f].tokens))
    {
        let key = surname_key(single);
        let mut owners: Vec<usize> = key
            .as_deref()
            .and_then(|k| by_last.get(k))
            .cloned()
            .unwrap_or_default();
        owners.extend(
            key.as_deref()
                .and_then(|k| by_family.get(k))
                .into_iter()
                .flatten(),
        );
        // "Kestrel" beside "Ernesto Vestrad Kestrel" and "Luis Fernando Kestrel Marren":
        // of two surnames the first, the father's, is the one used alone; the second is
        // the mother's. Where a name of its article has the word first, one that has it
        // second gives way.
        let first_surname = forms[single]
            .tokens
            .last()
            .filter(|_| !owners.is_empty())
            .and_then(|lone| by_first_surname.get(lone.as_str()));
        let first_surname_here: Vec<usize> = match first_surname {
            Some(named) => {
                let here = articles_of(single);
                named
                    .iter()
                    .copied()
                    .filter(|&f| shares_an_article(f, &here))
                    .collect()
            }
            None => Vec::new(),
        };
        let mothers = owners.iter().any(|&o| two_surnames(&forms[o].tokens));
        if !first_surname_here.is_empty() && mothers {
            owners.retain(|&o| !two_surnames(&forms[o].tokens));
            owners.extend(first_surname_here);
        }
        if owners.is_empty() {
            // A variant spelling of one full name's surname, when only one person fits.
            let lone = forms[single]
                .tokens
                .last()
                .map(String::as_str)
                .unwrap_or("");
            let prefix: String = lone.chars().take(2).collect();
            let close: Vec<usize> = by_prefix
                .get(prefix.as_str())
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .copied()
                .filter(|&f| {
                    forms[f]
                        .tokens
                        .last()
                        .is_some_and(|l| close_surnames(l, lone))
                })
                .collect();
            let roots: BTreeSet<usize> = close.iter().map(|&f| sets.find(f)).collect();
            if roots.len() == 1 {
                owners = close;
            }
        }
        if owners.is_empty() {
            // "Lula" for "Luiz Inácio Lula da Silva": the word before a particle in a
            // long name is often the name used alone, when only one person has it; so is
            // the first of two surnames ("Castillo" for "María Fernanda Castillo Ruiz").
            // Tokens are folded, so the given name's case cannot be checked here.
            let lone = forms[single].tokens.last().map(String::as_str);
            let inner: Vec<usize> = full
                .iter()
                .copied()
                .filter(|&f| {
                    let t = &forms[f].tokens;
                    // A lone given name ("Harvey" beside "Lee Harvey Oswald") is not a
                    // first surname.
                    let first_surname = t.len() >= 3
                        && Some(t[t.len() - 2].as_str()) == lone
                        && !lone.is_some_and(gz::is_given_name);
                    // "Kim" for "Kim Seo-yeon": a family name first, before a romanised
                    // given name joined by a hyphen.
                    let family_first = t.len() == 2
                        && Some(t[0].as_str()) == lone
                        && t[1].split_once('-').is_some_and(|(_, r)| !r.is_empty());
                    first_surname
                        || family_first
                        || t.windows(2)
                            .skip(1)
                            .any(|w| Some(w[0].as_str()) == lone && is_particle(&w[1]))
                })
                .collect();
            // Several such people are resolved below, within the article; people of
            // other articles alone leave the lone name to the given-name rule.
            let here = articles_of(single);
            let roots: BTreeSet<usize> = inner.iter().map(|&f| sets.find(f)).collect();
            if roots.len() == 1 || inner.iter().any(|&f| shares_an_article(f, &here)) {
                owners = inner;
            }
        }
        if owners.is_empty() {
            // "Guðmundur" for "Guðmundur Hallgrímsson", "Lucía" for "Lucía Escallón
            // Mejía": where people go by their given name (Icelandic and Ethiopian custom,
            // relatives, athletes), the word alone is the one person of its articles whose
            // full name opens with it. Across articles a given name says nothing. Where
            // several people of its article share it ("Ana" beside Ana Roe and Ana
            // Marren), it is resolved below as a shared surname is: by title, principal
            // bearer, the one named before it, or the one named earlier in its paragraph.
            // A lone name's form is kept per article, so its first mention gives the
            // article; full names are checked by a scan of their mentions, not by sets.
            let article = forms[single].mentions.first().map(|&m| mentions[m].article);
            let opening: Vec<usize> = key
                .as_deref()
                .and_then(|k| by_first.get(k))
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .copied()
                .filter(|&f| article.is_some_and(|a| mentioned_in(f, a)))
                .collect();
            // "Kuba" for "Jakub Roe": an everyday form of the full name's given name,
            // when no full name opens with the word itself. Only the given names the word
            // shortens are looked up, so a word that shortens none costs one table scan.
            let opening = if opening.is_empty() {
                let lone = forms[single].tokens.last().map_or("", String::as_str);
                GIVEN_NAME_SHORT_FORMS
                    .iter()
                    .filter(|&&(short, _)| short == lone)
                    .filter_map(|&(_, given)| by_first.get(token_key(given).as_str()))
                    .flatten()
                    .copied()
                    .filter(|&f| article.is_some_and(|a| mentioned_in(f, a)))
                    .collect()
            } else {
                opening
            };
            if !opening.is_empty() {
                owners = opening;
            }
        }
        if owners.is_empty() {
            match unclaimed.get(&key) {
                Some(&other) => sets.union(other, single),
                None => {
                    unclaimed.insert(key, single);
                }
            }
            continue;
        }
        let here = articles_of(single);
        // Distinct people among the owners, by their set roots.
        let mut roots_in_article: BTreeSet<usize> = BTreeSet::new();
        for &owner in &owners {
            if shares_an_article(owner, &here) {
                roots_in_article.insert(sets.find(owner));
            }
        }
        let in_article = !roots_in_article.is_empty();
        let candidates: BTreeSet<usize> = if in_article {
            roots_in_article
        } else {
            owners.iter().map(|&o| sets.find(o)).collect()
        };
        // "Chief Roe" beside "Chief Ade Roe" and his son "Tunde Roe": the surname alone
        // with a title is the one person of its article named in full with that title.
        // Title before count: "Chief" names one man where counts may favour his son.
        let titled_root = if in_article && candidates.len() > 1 {
            let titles: BTreeSet<&str> = forms[single]
                .mentions
                .iter()
                .filter(|&&m| here.contains(&mentions[m].article))
                .filter_map(|&m| mentions[m].detail.as_deref())
                .collect();
            let titled = |o: &usize| {
                forms[*o].mentions.iter().any(|&m| {
                    here.contains(&mentions[m].article)
                        && mentions[m]
                            .detail
                            .as_deref()
                            .is_some_and(|t| titles.contains(t))
                })
            };
            let holders: BTreeSet<usize> = if titles.is_empty() {
                BTreeSet::new()
            } else {
                owners
                    .iter()
                    .filter(|o| titled(o))
                    .map(|&o| sets.find(o))
                    .collect()
            };
            holders.first().copied().filter(|_| holders.len() == 1)
        } else {
            None
        };
        // "Kahindi" beside Mwanaisha Kahindi (the story's subject, named in full twice)
        // and her late father Hamisi Kahindi (once): a reporter uses the surname alone for
        // the article's principal bearer, and names relatives in full. With no one named
        // in full more often than the others, the surname stays apart.
        let principal = |sets: &mut UnionFind| {
            let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
            for &owner in &owners {
                let here_count = forms[owner]
                    .mentions
                    .iter()
                    .filter(|&&m| here.contains(&mentions[m].article))
                    .count();
                *counts.entry(sets.find(owner)).or_default() += here_count;
            }
            let mut ranked: Vec<(usize, usize)> = counts.into_iter().map(|(r, n)| (n, r)).collect();
            ranked.sort_unstable_by(|x, y| y.cmp(x));
            match ranked.as_slice() {
                [(top, root), (next, _), ..] if top > next => Some(*root),
                _ => None,
            }
        };
        // "Gerald Roe ... Mr. Roe did not return calls ... His wife, Carol Roe": with no one
        // named in full more often, the surname alone refers back to the person of its
        // article named in full first, where it is used before anyone else is named in
        // full. A headline's surname before either is named says nothing: "Roe takes the
        // title" opens a report that names Ivo Roe, then uses "Roe" for him, and names
        // his mother Ana Roe at its end.
        let introduced = |sets: &mut UnionFind| {
            let article = *here.first().filter(|_| here.len() == 1)?;
            let places_in_article = |f: usize| {
                forms[f]
                    .mentions
                    .iter()
                    .map(|&m| &mentions[m])
                    .filter(|m| m.article == article)
                    .map(|m| (m.paragraph, m.start))
            };
            let mut introductions: Vec<((usize, usize), usize)> = owners
                .iter()
                .filter_map(|&o| Some((places_in_article(o).min()?, sets.find(o))))
                .collect();
            introductions.sort_unstable();
            let &(first, root) = introductions.first()?;
            // Where someone else is first named in full (the same person under another
            // spelling is no one else).
            let next = introductions
                .iter()
                .find(|&&(_, r)| r != root)
                .map(|&(at, _)| at);
            places_in_article(single)
                .any(|at| at > first && next.is_none_or(|next| at < next))
                .then_some(root)
        };
        // "her son, Liam Dunleavy ... she married Patrick Dunleavy, a sports writer ...
        // Dunleavy, a hockey man": with several named before it, the surname alone refers
        // to the one named in full earlier in its own paragraph.
        let alongside = || {
            let article = *here.first().filter(|_| here.len() == 1)?;
            let lone = forms[single]
                .mentions
                .iter()
                .map(|&m| &mentions[m])
                .filter(|m| m.article == article)
                .min_by_key(|m| (m.paragraph, m.start))?;
            Some(
                owners
                    .iter()
                    .copied()
                    .filter(|&o| {
                        forms[o].mentions.iter().map(|&m| &mentions[m]).any(|m| {
                            m.article == article
                                && m.paragraph == lone.paragraph
                                && m.start < lone.start
                        })
                    })
                    .collect::<Vec<usize>>(),
            )
        };
        let chosen = match candidates.first() {
            Some(&root) if candidates.len() == 1 => Some(root),
            Some(_) if in_article => titled_root
                .or_else(|| principal(sets))
                .or_else(|| introduced(sets))
                .or_else(|| {
                    let near: BTreeSet<usize> =
                        alongside()?.into_iter().map(|o| sets.find(o)).collect();
                    near.first().copied().filter(|_| near.len() == 1)
                }),
            _ => None,
        };
        match chosen {
            Some(root) => sets.union(root, single),
            _ => match unclaimed.get(&key) {
                Some(&other) => sets.union(other, single),
                None => {
                    unclaimed.insert(key, single);
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(article: usize, start: usize, kind: EntityKind, text: &str) -> Mention {
        Mention {
            article,
            paragraph: 0,
            start,
            end: start + text.len(),
            kind,
            text: text.to_string(),
            detail: None,
            entity: None,
        }
    }

    fn merged(
        list: &[(usize, EntityKind, &str)],
        aliases: &AliasConfig,
    ) -> (Vec<Entity>, Vec<Mention>) {
        let mut mentions: Vec<Mention> = list
            .iter()
            .enumerate()
            .map(|(i, (a, k, t))| mention(*a, i * 100, *k, t))
            .collect();
        let entities = merge_entities(&[], &mut mentions, &[], aliases);
        (entities, mentions)
    }

    fn same(mentions: &[Mention], a: usize, b: usize) -> bool {
        mentions[a].entity == mentions[b].entity
    }

    use EntityKind::*;

    #[test]
    fn names_of_given_names_only_and_romanised_initials_merge() {
        let (_, m) = merged(
            &[
                (0, Person, "Halima Yusuf Omar"),
                (0, Person, "Halima Yusuf"),
                (0, Person, "Anna Maria Kestrel"),
                (0, Person, "Anna Maria"),
                (0, Person, "Tsogtyn Marren"),
                (0, Person, "Ts. Marren"),
                (0, Person, "Sh. Marren"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1), "given name, father's and grandfather's");
        assert!(!same(&m, 2, 3), "a surname after two given names");
        assert!(
            same(&m, 4, 5),
            "a Cyrillic letter romanised as two, an initial"
        );
        assert!(!same(&m, 4, 6), "another initial, another person");
    }

    #[test]
    fn a_two_word_opening_merges_where_two_people_share_the_surname() {
        let names = [
            (0, Person, "Pemba Rita Marren"),
            (0, Person, "Pemba Rita"),
            (0, Person, "Dorje Kestrel Marren"),
        ];
        let (_, m) = merged(&names, &AliasConfig::default());
        assert!(
            same(&m, 0, 1),
            "two Marrens are told apart by their given names"
        );
        // With one bearer of the surname, "Pemba Rita" may be someone else's full name.
        let (_, m) = merged(&names[..2], &AliasConfig::default());
        assert!(!same(&m, 0, 1), "one Marren");
    }

    #[test]
    fn surname_merges_with_full_name() {
        let (entities, m) = merged(
            &[
                (0, Person, "Anton Belov"),
                (0, Person, "Belov"),
                (1, Person, "Belov"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1) && same(&m, 0, 2));
        assert_eq!(entities.len(), 1);
        assert_eq!(entities[0].name, "Anton Belov");
        assert_eq!(entities[0].aliases, vec!["Anton Belov", "Belov"]);
        assert_eq!(entities[0].articles, vec![0, 1]);
    }

    #[test]
    fn a_surname_before_a_generational_suffix_merges_with_the_full_name() {
        let (_, m) = merged(
            &[
                (0, Person, "Kofi Amankwah III"),
                (0, Person, "Amankwah"),
                (0, Person, "Dale Whitcombe Jr."),
                (0, Person, "Whitcombe"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1) && same(&m, 2, 3));
        assert!(!same(&m, 0, 2));
    }

    #[test]
    fn a_name_with_a_dropped_part_merges_with_the_whole_name() {
        let (_, m) = merged(
            &[
                (0, Person, "Juan Pablo Ortega Ruiz"),
                (0, Person, "Juan Pablo Ortega"),
                (0, Person, "Beatriz Soares do Vale"),
                (0, Person, "Soares do Vale"),
                (0, Person, "Paulo Rocha da Cunha"),
                (0, Person, "Rocha"),
                (0, Person, "Tariq Mehmood Abbasi"),
                (0, Person, "Tariq Mahmood Abbasi"),
                // The first of two surnames, used alone.
                (0, Person, "Marta Elena Quiroga Lanz"),
                (0, Person, "Quiroga"),
                // A family name first, before a romanised given name.
                (0, Person, "Baek Seo-yeon"),
                (0, Person, "Baek"),
                // One name in both orders.
                (0, Person, "Ogura Shunta"),
                (0, Person, "Shunta Ogura"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1));
        assert!(same(&m, 2, 3));
        assert!(same(&m, 4, 5));
        assert!(same(&m, 6, 7));
        assert!(same(&m, 8, 9) && !same(&m, 0, 8));
        assert!(same(&m, 10, 11) && !same(&m, 8, 10));
        assert!(same(&m, 12, 13) && !same(&m, 10, 12));
        assert!(!same(&m, 0, 2) && !same(&m, 2, 4));
    }

    #[test]
    fn given_names_before_a_patronymic_merge_but_two_given_names_alone_do_not() {
        let (_, m) = merged(
            &[
                (0, Person, "Siti Hajar binti Osman"),
                (0, Person, "Siti Hajar"),
                (0, Person, "Anna Maria Keller"),
                (0, Person, "Anna Maria"),
                (0, Person, "Pavel Sergeyevich Orlin"),
                (0, Person, "Pavel Sergeyevich"),
                (1, Person, "Anatoly Sergeyevich Orlin"),
                (1, Person, "Anatoly Sergeyevich Petrin"),
                (1, Person, "Anatoly Sergeyevich"),
                (0, Person, "Alexei Nikolayevich Plotnin"),
                (0, Person, "A.N. Plotnin"),
                (0, Person, "Vivian Tsoi Wai-man"),
                (0, Person, "Vivian Tsoi"),
                (0, Person, "Tsoi"),
                (0, Person, "Kim Seong-ho"),
                (0, Person, "Kim Sung-ho"),
                (0, Person, "Lee Ji-yeon"),
                (0, Person, "Lee Ji-yun"),
                (0, Person, "Kamal Ariffin Osmani"),
                (0, Person, "Kamal Ariffin"),
                (0, Person, "Ólöf Helga Pálsdóttir"),
                (0, Person, "Ólöf Helga"),
                (0, Person, "David Umahi"),
                (0, Person, "Dave Umahi"),
                (0, Person, "Dave Okoro"),
                (0, Person, "Hendrik du Vessel"),
                (0, Person, "H DU VESSEL"),
                (0, Person, "Pieter-Louis Stamm"),
                (0, Person, "P L STAMM"),
                (0, Person, "Tomasz Varrek"),
                (0, Person, "Tomek Varrek"),
            ],
            &AliasConfig::default(),
        );
        assert!(
            same(&m, 29, 30),
            "a Polish given name's everyday form, with the same surname"
        );
        assert!(
            same(&m, 25, 26) && same(&m, 27, 28),
            "initials before a surname's particle; a joined given name's two initials"
        );
        assert!(
            same(&m, 20, 21),
            "Icelandic given names, before a patronymic"
        );
        assert!(
            same(&m, 22, 23) && !same(&m, 23, 24),
            "a given name's short form, with the same surname only"
        );
        assert!(
            same(&m, 18, 19),
            "a Malay name's two given names, where no given name is second"
        );
        assert!(same(&m, 0, 1));
        assert!(!same(&m, 2, 3));
        assert!(
            same(&m, 4, 5),
            "a given name and patronymic, the form of address"
        );
        assert!(
            !same(&m, 6, 8) && !same(&m, 7, 8) && !same(&m, 6, 7),
            "a form of address two people share joins neither"
        );
        assert!(same(&m, 9, 10), "given names written as initials");
        assert!(
            same(&m, 11, 12) && same(&m, 11, 13),
            "Hong Kong order: English given name, family name, Chinese given name"
        );
        assert!(same(&m, 14, 15), "Korean romanisations of one name");
        assert!(!same(&m, 16, 17), "yeon and yun are different syllables");
    }

    #[test]
    fn two_given_names_join_a_full_name_whose_surname_several_people_share() {
        let (_, m) = merged(
            &[
                (0, Person, "Pemba Dorje Tamang"),
                (0, Person, "Ang Nima Tamang"),
                (0, Person, "Tenzing Karma Tamang"),
                (0, Person, "Ang Nima"),
                (0, Person, "Anna Maria Keller"),
                (0, Person, "Anna Maria"),
            ],
            &AliasConfig::default(),
        );
        assert!(
            same(&m, 1, 3),
            "given names, where three people share the surname"
        );
        assert!(!same(&m, 0, 1) && !same(&m, 1, 2));
        assert!(
            !same(&m, 4, 5),
            "given names alone, where the surname tells the person"
        );
    }

    #[test]
    fn a_given_name_alone_joins_the_one_full_name_of_its_article_that_opens_with_it() {
        let (_, m) = merged(
            &[
                (0, Person, "Gudrun Hallvardsdottir"),
                (0, Person, "Gudrun"),
                (1, Person, "Gudrun Eiriksdottir"),
                (2, Person, "Gudrun"),
            ],
            &AliasConfig::default(),
        );
        assert!(
            same(&m, 1, 0),
            "the given name alone in the full name's article"
        );
        assert!(
            !same(&m, 0, 2),
            "two people sharing a given name stay apart"
        );
        // An article with no full name of that given name: no owner to join.
        assert!(!same(&m, 3, 0) && !same(&m, 3, 2));
    }

    #[test]
    fn an_everyday_form_of_a_given_name_alone_joins_the_full_name() {
        let (_, m) = merged(
            &[
                (0, Person, "Jakub Marren"),
                (0, Person, "Kuba"),
                // In another article no Jakub is named: the word alone stays apart.
                (1, Person, "Ana Roe"),
                (1, Person, "Kuba"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 1, 0));
        assert!(!same(&m, 3, 0) && !same(&m, 3, 2));
    }

    #[test]
    fn a_shared_given_name_alone_is_resolved_in_its_article_like_a_shared_surname() {
        let (_, m) = merged(
            &[
                // Only Ana Roe is named before it: "Ana" refers back to her.
                (0, Person, "Ana Roe"),
                (0, Person, "Ana"),
                (0, Person, "Ana Marren"),
                // Both named before it, once each: "Bo" says nothing.
                (1, Person, "Bo Kestrel"),
                (1, Person, "Bo Vestrad"),
                (1, Person, "Bo"),
                // Both named before it, Ivo Varrek twice: the article's principal bearer.
                (2, Person, "Ivo Tolne"),
                (2, Person, "Ivo Varrek"),
                (2, Person, "Ivo Varrek"),
                (2, Person, "Ivo"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 1, 0) && !same(&m, 1, 2) && !same(&m, 0, 2));
        assert!(!same(&m, 5, 3) && !same(&m, 5, 4));
        assert!(same(&m, 9, 7) && !same(&m, 9, 6) && !same(&m, 6, 7));
    }

    #[test]
    fn another_name_joins_the_name_it_stands_for_and_is_never_canonical() {
        let mut mentions = vec![
            mention(0, 0, Person, "Mahmoud Odran"),
            mention(0, 40, Person, "Abu Khalil"),
            mention(0, 80, Person, "Abu Khalil"),
            mention(1, 0, Person, "Mahmoud Odran"),
            mention(1, 40, Person, "Abu Khalil"),
            mention(2, 0, Person, "Ana Roe"),
            mention(2, 40, Person, "Bo Lind"),
            mention(3, 0, Person, "Bo Lind"),
        ];
        let other = |m: &Mention, name: &str| OtherName {
            article: m.article,
            paragraph: m.paragraph,
            start: m.start,
            name: name.to_string(),
        };
        let others = [
            other(&mentions[1], "Mahmoud Odran"),
            other(&mentions[6], "Ana Roe"),
        ];
        let entities = merge_entities(&[], &mut mentions, &others, &AliasConfig::default());
        let of = |m: usize| mentions[m].entity;
        assert_eq!(of(0), of(1));
        assert_eq!(of(0), of(4), "another outlet naming both");
        assert_ne!(
            of(5),
            of(6),
            "a name used where the person is not named is not joined"
        );
        assert_ne!(of(0), of(5), "two people stay apart");
        assert_eq!(
            of(0),
            of(2),
            "the other name's later mentions in its article"
        );
        let owner = of(0).map(|e| entities[e].name.clone());
        assert_eq!(owner.as_deref(), Some("Mahmoud Odran"));
    }

    #[test]
    fn another_name_with_the_surname_is_the_same_person() {
        let mut mentions = vec![
            mention(0, 0, Person, "Themba Marren"),
            mention(0, 40, Person, "Tiger"),
            mention(0, 80, Person, "Tiger Marren"),
            mention(0, 120, Person, "Sipho Marren"),
        ];
        let others = [OtherName {
            article: 0,
            paragraph: 0,
            start: 40,
            name: "Themba Marren".to_string(),
        }];
        merge_entities(&[], &mut mentions, &others, &AliasConfig::default());
        let of = |m: usize| mentions[m].entity;
        assert_eq!(of(0), of(1));
        assert_eq!(of(0), of(2), "the other name and the surname");
        assert_ne!(of(0), of(3), "another Marren");
    }

    #[test]
    fn a_nickname_in_quotes_inside_a_name_is_the_same_person() {
        let (entities, m) = merged(
            &[
                (0, Person, "Thomas \"Tam\" Marren"),
                (0, Person, "Tam"),
                (0, Person, "Tam Marren"),
                (0, Person, "Marren"),
                (0, Person, "Thomas Marren"),
                (1, Person, "Ana 'Nana' Roe"),
                (1, Person, "Nana"),
                (2, Person, "Nana"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1), "the nickname alone");
        assert!(same(&m, 0, 2), "the nickname with the surname");
        assert!(
            same(&m, 0, 3),
            "the surname, no longer shared by two full names"
        );
        assert!(same(&m, 0, 4), "the name without its nickname");
        assert!(same(&m, 5, 6), "in single quotes");
        assert!(!same(&m, 5, 7), "a nickname where the name is not given");
        let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Ana 'Nana' Roe"), "{names:?}");
    }

    #[test]
    fn the_last_word_of_another_name_alone_is_the_same_person() {
        let mut mentions = vec![
            mention(0, 0, Person, "Desmond Roe"),
            mention(0, 40, Person, "Mighty Kestrel"),
            mention(0, 80, Person, "Kestrel"),
            mention(1, 0, Person, "Kestrel"),
            mention(2, 0, Person, "Ana Roe"),
            mention(2, 40, Person, "Lady Vestrad"),
            mention(2, 80, Person, "Ivo Vestrad"),
            mention(2, 120, Person, "Vestrad"),
        ];
        let others = [
            OtherName {
                article: 0,
                paragraph: 0,
                start: 40,
                name: "Desmond Roe".to_string(),
            },
            OtherName {
                article: 2,
                paragraph: 0,
                start: 40,
                name: "Ana Roe".to_string(),
            },
        ];
        merge_entities(&[], &mut mentions, &others, &AliasConfig::default());
        let of = |m: usize| mentions[m].entity;
        assert_eq!(of(0), of(1));
        assert_eq!(of(0), of(2), "the other name's last word, in its article");
        assert_ne!(of(0), of(3), "in an article without the other name");
        assert_eq!(of(4), of(5));
        assert_ne!(of(4), of(7), "another name in full ends with the word");
    }

    #[test]
    fn a_given_name_with_a_surname_initial_joins_the_one_full_name_that_fits() {
        let (_, m) = merged(
            &[
                (0, Person, "Ana Roe"),
                (0, Person, "Ana Marren"),
                (0, Person, "Ana R."),
                (1, Person, "Ana M"),
                (1, Person, "Ana T."),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 2, 0) && !same(&m, 2, 1));
        assert!(same(&m, 3, 1) && !same(&m, 3, 0));
        assert!(!same(&m, 4, 0) && !same(&m, 4, 1));
    }

    #[test]
    fn the_initials_of_a_hyphened_given_name_join_the_full_name() {
        let (_, m) = merged(
            &[
                (0, Person, "Pierre-Louis Roe"),
                (0, Person, "Jean Roe"),
                (0, Person, "P.-L. Roe"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 2, 0) && !same(&m, 2, 1));
    }

    #[test]
    fn a_shared_first_name_never_merges() {
        let (entities, m) = merged(
            &[
                (0, Person, "Pavel Orlov"),
                (0, Person, "Pavel Danchenko"),
                (0, Person, "Pavel"),
                (0, Person, "Orlov"),
            ],
            &AliasConfig::default(),
        );
        assert!(!same(&m, 0, 1));
        assert!(!same(&m, 2, 0) && !same(&m, 2, 1));
        assert!(same(&m, 3, 0));
        assert_eq!(entities.len(), 3);
    }

    #[test]
    fn an_ambiguous_surname_stays_apart() {
        let (_, m) = merged(
            &[
                (0, Person, "Anna Weber"),
                (1, Person, "Karl Weber"),
                (2, Person, "Weber"),
                (1, Person, "Weber"),
            ],
            &AliasConfig::default(),
        );
        assert!(!same(&m, 2, 0) && !same(&m, 2, 1));
        // In article 1 only Karl Weber is named, so "Weber" there is him.
        assert!(same(&m, 3, 1));
    }

    #[test]
    fn a_shared_surname_alone_is_the_article_s_principal_bearer() {
        let (_, m) = merged(
            &[
                (0, Person, "Amina Kahende"),
                (0, Person, "Hamisi Kahende"),
                (0, Person, "Kahende"),
                (0, Person, "Amina Kahende"),
                // Named in full equally often: the surname alone says nothing.
                (1, Person, "Ana Roe"),
                (1, Person, "Bo Roe"),
                (1, Person, "Roe"),
                // Only one of them named before it: the surname refers back to that one.
                (2, Person, "Gerald Lind"),
                (2, Person, "Lind"),
                (2, Person, "Carol Lind"),
                // A headline's surname before anyone is named; then used for the one
                // named first, before the other is named: that one's.
                (3, Person, "Tolne"),
                (3, Person, "Ivo Tolne"),
                (3, Person, "Tolne"),
                (3, Person, "Ana Tolne"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 2, 0) && !same(&m, 2, 1));
        assert!(!same(&m, 6, 4) && !same(&m, 6, 5));
        assert!(same(&m, 8, 7) && !same(&m, 8, 9));
        assert!(same(&m, 10, 11) && !same(&m, 10, 13));
    }

    #[test]
    fn a_shared_surname_with_a_title_is_the_one_named_in_full_with_it() {
        let mut mentions = vec![
            mention(0, 0, Person, "Roe"),
            mention(0, 0, Person, "Ade Roe"),
            mention(0, 40, Person, "Tunde Roe"),
            mention(0, 0, Person, "Tunde Roe"),
        ];
        mentions[0].detail = Some("Chief".into());
        mentions[1].detail = Some("Chief".into());
        mentions[1].paragraph = 1;
        mentions[2].paragraph = 1;
        mentions[3].paragraph = 2;
        merge_entities(&[], &mut mentions, &[], &AliasConfig::default());
        assert!(same(&mentions, 0, 1) && !same(&mentions, 0, 2));
    }

    #[test]
    fn a_firm_merges_with_its_name_and_legal_form() {
        let (_, m) = merged(
            &[
                (0, Organization, "Roe Holdings Ltd"),
                (0, Organization, "Roe Holdings"),
                (1, Organization, "Vela Group"),
                (1, Organization, "Vela Group Holdings"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1));
        // Another head word is another body: the group is not its holding company.
        assert!(!same(&m, 2, 3));
    }

    #[test]
    fn a_lone_surname_is_the_father_s_of_two_surnames_not_the_mother_s() {
        let (_, m) = merged(
            &[
                (0, Person, "Ernesto Vestrad Kestrel"),
                (0, Person, "Luis Fernando Kestrel Marren"),
                (0, Person, "Kestrel"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 2, 1));
        assert!(!same(&m, 2, 0));
    }

    #[test]
    fn a_body_merges_with_its_name_without_its_opening_prefix() {
        let (_, m) = merged(
            &[
                (0, Organization, "Coopérative Kestrel Vestrad"),
                (0, Organization, "Kestrel Vestrad"),
                // In another article, the short form may be another body.
                (1, Organization, "Banco Marren Roe"),
                (2, Organization, "Marren Roe"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1));
        assert!(!same(&m, 2, 3));
    }

    #[test]
    fn a_town_merges_with_the_compound_name_that_opens_with_it() {
        let (_, m) = merged(
            &[
                (0, Place, "Kestrel-en-Vestrad"),
                (0, Place, "Kestrel"),
                // Two parts: another place ("Guinea", "Guinea-Bissau").
                (1, Place, "Marren-Roe"),
                (1, Place, "Marren"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1));
        assert!(!same(&m, 2, 3));
    }

    #[test]
    fn a_shared_surname_alone_is_the_one_named_earlier_in_its_paragraph() {
        // "Her son, Liam Dunn, said ..." / "She married Pat Dunn, a writer ... Dunn, a hockey
        // man, ...": the surname is Pat's; Liam's paragraph is an earlier one.
        let mut mentions = vec![
            mention(0, 0, Person, "Liam Dunn"),
            mention(0, 10, Person, "Pat Dunn"),
            mention(0, 60, Person, "Dunn"),
            mention(0, 0, Person, "Ada Dunn"),
        ];
        mentions[1].paragraph = 1;
        mentions[2].paragraph = 1;
        mentions[3].paragraph = 2;
        merge_entities(&[], &mut mentions, &[], &AliasConfig::default());
        assert!(same(&mentions, 2, 1) && !same(&mentions, 2, 0) && !same(&mentions, 2, 3));
    }

    #[test]
    fn spelling_variants_merge() {
        let (_, m) = merged(
            &[
                (0, Person, "Olena Zelinska"),
                (1, Person, "Olena Zelinskaya"),
                (0, Person, "Petro Zelensky"),
                (1, Person, "Petro Zelenskyy"),
                (0, Place, "Türkiye"),
                (1, Place, "Turkey"),
                (0, Facility, "Çırağan Palace"),
                (1, Facility, "Ciragan Palace"),
                (2, Facility, "Chiragan Palace"),
                (0, Place, "Kiev"),
                (1, Place, "Kyiv"),
                (0, Place, "U.S."),
                (1, Place, "United States"),
                (2, Place, "US"),
                (0, Place, "Lagos State"),
                (1, Place, "Lagos"),
                (2, Place, "Central Jakarta"),
                (2, Place, "Jakarta"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 2, 3));
        // A division merges with its place's name; a part of a city does not.
        assert!(same(&m, 14, 15));
        assert!(!same(&m, 16, 17));
        assert!(same(&m, 4, 5));
        assert!(same(&m, 6, 7) && same(&m, 6, 8));
        assert!(same(&m, 9, 10));
        assert!(same(&m, 11, 12) && same(&m, 11, 13));
        assert!(!same(&m, 0, 2));
    }

    #[test]
    fn alias_config_merges_and_splits() {
        let config = AliasConfig {
            merge: vec![vec!["Big Ben".into(), "Elizabeth Tower".into()]],
            split: vec!["Orlov".into()],
        };
        let (entities, m) = merged(
            &[
                (0, Facility, "Elizabeth Tower"),
                (1, Facility, "Big Ben"),
                (0, Person, "Pavel Orlov"),
                (0, Person, "Orlov"),
            ],
            &config,
        );
        assert!(same(&m, 0, 1));
        assert_eq!(entities[m[0].entity.unwrap_or(99)].name, "Big Ben");
        assert!(!same(&m, 2, 3));
    }

    #[test]
    fn a_body_with_its_first_word_and_initials_in_parentheses_merges() {
        let article = Article {
            id: "x".into(),
            paragraphs: vec![
                "Kestrel Rural Credit Bank Limited (Kestrel RCB) approved the loan. \
                 Kestrel RCB said so."
                    .into(),
            ],
            ..Default::default()
        };
        let mut mentions = crate::analysis::mentions::extract_mentions(&article);
        let entities = merge_entities(&[article], &mut mentions, &[], &AliasConfig::default());
        let orgs: Vec<Vec<&str>> = entities
            .iter()
            .filter(|e| e.kind == Organization)
            .map(|e| e.aliases.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(orgs.len(), 1, "{orgs:?}");
        assert!(orgs[0].contains(&"Kestrel RCB"), "{orgs:?}");
        assert!(!entities.iter().any(|e| e.kind == Person), "{entities:?}");
    }

    #[test]
    fn a_body_with_its_acronym_or_native_name_in_parentheses_merges() {
        let article = Article {
            id: "x".into(),
            paragraphs: vec![
                "The Ministry of Culture (Ministerio de Cultura) and the National Film Board \
                 (NFB) met on Monday."
                    .into(),
            ],
            ..Default::default()
        };
        let mut mentions = crate::analysis::mentions::extract_mentions(&article);
        let entities = merge_entities(&[article], &mut mentions, &[], &AliasConfig::default());
        let orgs: Vec<Vec<&str>> = entities
            .iter()
            .filter(|e| e.kind == Organization)
            .map(|e| e.aliases.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(orgs.len(), 2, "{orgs:?}");
        assert!(
            orgs.iter().any(|a| a.contains(&"Ministerio de Cultura")),
            "{orgs:?}"
        );
        assert!(orgs.iter().any(|a| a.contains(&"NFB")), "{orgs:?}");
    }

    #[test]
    fn abbreviations_and_short_forms_of_bodies_merge() {
        let (entities, m) = merged(
            &[
                (0, Facility, "Grand Ethiopian Renaissance Dam"),
                (0, Organization, "GERD"),
                (0, Organization, "US State Department"),
                (0, Organization, "State Department"),
                (0, Organization, "Kestrel Lines"),
                (0, Organization, "Kestrel"),
                (0, Organization, "Channel Vestra News"),
                (0, Organization, "Channel Vestra"),
                (0, Organization, "Council of the Northern Union"),
                (0, Organization, "Northern Union"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1) && same(&m, 2, 3) && same(&m, 4, 5) && same(&m, 6, 7));
        assert!(!same(&m, 8, 9), "a body and its council are two bodies");
        assert_eq!(entities.len(), 6);
        // The acronym follows the kind of the name it abbreviates.
        assert_eq!(m[1].kind, Facility);
        // A building named after someone, with and without its qualifier and head words.
        let (_, m) = merged(
            &[
                (0, Facility, "Ilse Marrak General Hospital"),
                (0, Facility, "Ilse Marrak Hospital"),
                (0, Facility, "Ilse Marrak"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 2) && same(&m, 1, 2));
        // Two bodies whose names differ by a head word stay two.
        let (_, m) = merged(
            &[
                (0, Organization, "China Vantage Bank"),
                (0, Organization, "China Vantage Group"),
                (0, Organization, "China Vantage"),
            ],
            &AliasConfig::default(),
        );
        assert!(!same(&m, 0, 1));
        // A firm named for its trade, with and without its head words and legal form.
        let (_, m) = merged(
            &[
                (0, Organization, "Belvan Marine Services Ltd"),
                (0, Organization, "Belvan Marine"),
                (0, Organization, "Oduya Freight Group"),
                (0, Organization, "Oduya Freight"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1) && same(&m, 2, 3));
        // A club named with its prefix and its town, and called by its name alone.
        let (_, m) = merged(
            &[
                (0, Organization, "FK Kestrel Sarajevo"),
                (0, Organization, "Kestrel"),
                (0, Organization, "HNK Marren Split"),
                (0, Organization, "Marren"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1) && same(&m, 2, 3) && !same(&m, 0, 2));
    }

    #[test]
    fn a_name_after_bin_is_the_fathers_not_the_same_man() {
        let (_, m) = merged(
            &[
                (0, Person, "Hamad bin Saeed Al Kaabi"),
                (0, Person, "Saeed Al Kaabi"),
                (0, Person, "Juan Sebastián Ocampo Díaz"),
                (0, Person, "Sebastián Ocampo Díaz"),
            ],
            &AliasConfig::default(),
        );
        assert!(!same(&m, 0, 1));
        assert!(same(&m, 2, 3), "a dropped given name still merges");
    }

    #[test]
    fn spelling_variants_of_one_name_merge_but_different_people_do_not() {
        let cases: &[(&str, &str, bool)] = &[
            ("Yiannis Markos", "Giannis Markos", true),
            ("Dmitri Zharov", "Dmitri Jarov", true),
            ("Oleandro Castellani", "Oleandro Castellano", true),
            // Both names one edit apart: two people as often as one.
            ("Jonas Lindqvist", "Jonah Lindquist", false),
            // Short surnames one edit apart are different families.
            ("Anna Weber", "Anna Weker", false),
            ("Pavel Orlov", "Pietro Orlov", false),
            // One half of a double surname: a name before or after a marriage.
            ("Marta Wolska-Bryk", "Marta Wolska", true),
            ("Marta Wolska-Bryk", "Marta Bryk", true),
            ("Marta Wolska-Bryk", "Marta Wolna", false),
            ("Marta Wolska-Bryk", "Ewa Wolska", false),
        ];
        for (a, b, one) in cases {
            let (_, m) = merged(&[(0, Person, a), (0, Person, b)], &AliasConfig::default());
            assert_eq!(same(&m, 0, 1), *one, "{a} / {b}");
        }
    }

    #[test]
    fn a_lone_surname_spelt_one_letter_apart_joins_the_only_full_name_that_fits() {
        let (_, m) = merged(
            &[
                (0, Person, "Meera Balasundaram"),
                (0, Person, "Balasundaran"),
                (0, Person, "Kofi Mensah"),
                (0, Person, "Mensa"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1));
        // Too short for a one-letter tolerance.
        assert!(!same(&m, 2, 3));
    }

    #[test]
    fn a_surname_with_its_particles_merges_with_the_full_name() {
        let (entities, m) = merged(
            &[
                (0, Person, "Tomás de la Vega"),
                (0, Person, "De la Vega"),
                (0, Person, "Lotte Verbeek-van den Berg"),
                (0, Person, "van den Berg"),
                // A two-word opening before a particle is the same person, with every
                // particle the mention scan keeps in a name ("y", "los", "arap").
                (0, Person, "Ana Maria y Tarvo"),
                (0, Person, "Ana Maria"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1) && same(&m, 2, 3) && same(&m, 4, 5));
        assert!(!same(&m, 0, 2));
        assert_eq!(entities[m[0].entity.unwrap_or(99)].name, "Tomás de la Vega");
    }

    #[test]
    fn values_group_by_normalised_text() {
        let (entities, m) = merged(
            &[
                (0, Number, "1,000"),
                (1, Number, "1000"),
                (1, Date, "May 16"),
            ],
            &AliasConfig::default(),
        );
        assert!(same(&m, 0, 1));
        assert_eq!(entities.len(), 2);
    }

    #[test]
    fn titles_are_kept_per_article() {
        let mut mentions = vec![
            mention(0, 0, Person, "Anton Belov"),
            mention(1, 0, Person, "Anton Belov"),
        ];
        mentions[0].detail = Some("aide".into());
        mentions[1].detail = Some("senior adviser".into());
        let entities = merge_entities(&[], &mut mentions, &[], &AliasConfig::default());
        assert_eq!(
            entities[0].titles,
            vec![(0, "aide".to_string()), (1, "senior adviser".to_string())]
        );
    }
}
