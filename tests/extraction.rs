//! Quote, speaker and actor extraction on the four sample articles against hand-made gold
//! (tests/fixtures/seeds), scored as ../shared/tools/score.py scores them: the bars are the
//! ones issue 3 sets (quote F1 ≥ 0.95, speakers ≥ 0.95, actor recall ≥ 0.90, precision ≥ 0.85).

mod common;

use hearsay::model::ActorType;
use hearsay::pipeline;
use serde_json::Value;

fn norm(s: &str) -> String {
    let s = s
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_matches(|c: char| " \"'.,;:!?-\u{2014}\u{2013}".contains(c))
        .to_string()
}

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "prime",
    "minister",
    "the",
    "a",
    "an",
    "one",
    "of",
    "for",
];

fn name_tokens(s: &str) -> Vec<String> {
    norm(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty() && !TITLES.contains(t))
        .map(str::to_string)
        .collect()
}

fn same_speaker(p: Option<&str>, g: Option<&str>) -> bool {
    match (p, g) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let (a, b) = (name_tokens(p), name_tokens(g));
            if a.is_empty() || b.is_empty() {
                return norm(p) == norm(g);
            }
            a.last() == b.last()
                || a.iter().all(|t| b.contains(t))
                || b.iter().all(|t| a.contains(t))
        }
        _ => false,
    }
}

struct Seed {
    gold: Value,
}

fn load() -> (hearsay::model::Corpus, Vec<Seed>) {
    let (docs, golds): (Vec<_>, Vec<_>) = common::seeds().into_iter().unzip();
    let seeds = golds.into_iter().map(|gold| Seed { gold }).collect();
    (pipeline::build(docs), seeds)
}

#[test]
fn quotes_and_speakers_meet_the_bar() {
    let (corpus, seeds) = load();
    let (mut tp, mut fp, mut fn_, mut speaker_ok) = (0, 0, 0, 0);
    for (i, seed) in seeds.iter().enumerate() {
        let gold: Vec<&Value> = seed.gold["quotes"].as_array().unwrap().iter().collect();
        let direct: Vec<&&Value> = gold.iter().filter(|g| g["kind"] != "scare").collect();
        let mut used = vec![false; direct.len()];
        // The gold holds marked quotes; reported speech is scored elsewhere.
        let marked = corpus
            .article_quotes(i)
            .iter()
            .filter(|q| q.kind != hearsay::model::QuoteKind::Indirect);
        for q in marked {
            let text = norm(corpus.quote_text(q));
            match direct
                .iter()
                .enumerate()
                .find(|(k, g)| !used[*k] && norm(g["text"].as_str().unwrap()) == text)
            {
                Some((k, g)) => {
                    used[k] = true;
                    tp += 1;
                    if same_speaker(corpus.speaker_name(q), g["speaker"].as_str()) {
                        speaker_ok += 1;
                    }
                }
                None if gold
                    .iter()
                    .any(|g| norm(g["text"].as_str().unwrap()) == text) => {}
                None => fp += 1,
            }
        }
        fn_ += used.iter().filter(|u| !**u).count();
    }
    let precision = tp as f64 / (tp + fp) as f64;
    let recall = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let speakers = speaker_ok as f64 / tp as f64;
    assert!(
        f1 >= 0.95,
        "quote F1 {f1:.3} (p {precision:.3} r {recall:.3})"
    );
    assert!(speakers >= 0.95, "speaker accuracy {speakers:.3}");
}

#[test]
fn actors_meet_the_bar() {
    let (corpus, seeds) = load();
    let (mut found, mut total, mut predicted, mut right) = (0, 0, 0, 0);
    for (i, seed) in seeds.iter().enumerate() {
        let here: Vec<_> = corpus
            .actors
            .iter()
            .filter(|a| a.articles.contains(&(i as u32)))
            .filter(|a| a.actor_type() != ActorType::Place)
            .collect();
        let gold: Vec<&Value> = seed.gold["actors"].as_array().unwrap().iter().collect();
        let forms = |name: &str, aliases: Vec<&str>| -> Vec<String> {
            std::iter::once(name).chain(aliases).map(norm).collect()
        };
        let matches = |a: &hearsay::model::Actor, g: &Value| {
            let ours = forms(&a.name, a.aliases.iter().map(String::as_str).collect());
            let theirs = forms(
                g["name"].as_str().unwrap(),
                g["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect(),
            );
            ours.iter().any(|f| theirs.contains(f))
                || (a.actor_type() == ActorType::Person
                    && g["type"] == "person"
                    && same_speaker(Some(&a.name), g["name"].as_str()))
        };
        for g in gold.iter().filter(|g| g["type"] != "place") {
            total += 1;
            if here.iter().any(|a| matches(a, g)) {
                found += 1;
            }
        }
        predicted += here.len();
        right += here
            .iter()
            .filter(|a| gold.iter().any(|g| matches(a, g)))
            .count();
    }
    let recall = found as f64 / total as f64;
    let precision = right as f64 / predicted as f64;
    assert!(recall >= 0.90, "actor recall {recall:.3}");
    assert!(precision >= 0.85, "actor precision {precision:.3}");
}

#[test]
fn aliases_merge_across_the_corpus() {
    let (corpus, _) = load();
    let johnson: Vec<_> = corpus
        .actors
        .iter()
        .filter(|a| a.name.contains("Johnson"))
        .collect();
    assert_eq!(johnson.len(), 1, "one Boris Johnson: {johnson:?}");
    assert_eq!(johnson[0].name, "Boris Johnson");
    assert!(johnson[0].aliases.iter().any(|a| a == "Johnson"));
    assert!(johnson[0].articles.len() >= 3);
    assert!(johnson[0].quotes >= 3);
    let mulvaney = corpus
        .actors
        .iter()
        .find(|a| a.name == "Mick Mulvaney")
        .unwrap();
    assert!(
        mulvaney.roles.iter().any(|r| r.contains("chief of staff")),
        "{mulvaney:?}"
    );
}
