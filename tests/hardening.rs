//! Untrusted input, tried hard: random text through every stage (proptest, fixed seeds in
//! CI), and adversarial files. Invariants: no panic, no hang, quote offsets on char
//! boundaries with `body[start..end] == text`, quotes disjoint or nested, no control
//! characters left, lines never wider than the screen.

use hearsay::app::reader::Layout;
use hearsay::corpus;
use hearsay::model::{Corpus, Document};
use hearsay::pipeline;
use hearsay::search::SearchIndex;
use proptest::prelude::*;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

/// Pieces real and hostile articles are made of.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "``",
    "''",
    "‘‘",
    "’’",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    "—",
    "said",
    "told",
    "says",
    "agreed",
    " to ",
    " with ",
    "(",
    ")",
    "He",
    "She",
    " the ",
    "Mr Houston",
    "Chief Secretary",
    "he",
    "she",
    "Boris Johnson",
    "Johnson",
    "the Home Office",
    "U.S.",
    "a spokesman for the BBC",
    "don't",
    "Trump’s",
    "'90s",
    "players'",
    "日本語",
    "😀",
    "e\u{301}",
    "\u{200b}",
    "\u{200d}",
    "\u{202e}",
    "שלום",
    "\u{1b}[31m",
    "\u{1b}]0;title\u{7}",
    "\u{1b}]52;c;ZXZpbA==\u{7}",
    "\u{9b}2J",
    "\u{0}",
    "\u{7}",
    "\t",
    "\r\n",
    "\r",
    "We will win",
    "according to",
    "Mr",
    "Dr.",
    "MI5",
    "2020-01-27",
];

/// Pieces of attributed quotes: marks of one and several bytes right before names.
const ATTRIBUTION_PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "(",
    ")",
    ", ",
    ". ",
    ": ",
    " ",
    "\n\n",
    "Boris Johnson",
    "Mr Houston",
    "Chief Secretary to the Treasury Paul Boateng",
    "the Rajya Sabha",
    "Reuters",
    "he said",
    "He said",
    "she told Reuters",
    "said",
    "agreed",
    "says Mr Pearson",
    " to ",
    " with ",
    "according to",
    "We will win",
    "the prime minister",
    "a spokesman",
];

/// Issue 17: Title Case, capitals, speech-excerpt lists and transcripts, where every word
/// is capitalised and names run into the words around them (“Jane Roe Joked”).
const SPEAKERS: &[&str] = &[
    "Jane Roe",
    "Bob Lee",
    "Senator Bob Lee",
    "Mr Houston",
    "Dr. Ann Ray",
    "President Joe Biden",
    "the Prime Minister",
    "A Reporter At Acme Corp",
    "Acme Corp",
    "Austin, Texas",
    "GUEST",
    "She",
    "He",
    "They",
    "I",
];
const VERBS: &[&str] = &[
    "said",
    "joked",
    "told reporters",
    "asked",
    "says",
    "added",
    "gave money for",
    "replied",
];
const SAYINGS: &[&str] = &[
    "you are the best people.",
    "I have a question.",
    "we will win, and we will win big",
    "no",
    "it’s a ‘great’ day",
    "don't",
    "“nested” words here,",
    "",
];
/// Opening and closing marks of every style (the last one never closed).
const MARK_PAIRS: &[(&str, &str)] = &[
    ("\"", "\""),
    ("“", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("``", "''"),
    ("„", "“"),
    ("“", ""),
];

fn cased(text: &str, style: u8) -> String {
    match style {
        0 => text
            .split_inclusive(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next().map_or(String::new(), |f| {
                    f.to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect(),
        1 => text.to_uppercase(),
        2 => text.to_lowercase(),
        _ => text.to_string(),
    }
}

/// Headlines, quotes before and after their speakers, `NAME:` transcript lines and
/// excerpt lists, in one case style, paragraphs kept or joined onto one line.
fn shouted_article() -> impl Strategy<Value = String> {
    let pick = |l: &'static [&'static str]| prop::sample::select(l);
    let piece = (
        pick(SPEAKERS),
        pick(VERBS),
        pick(&[" ", ", ", ": ", ""][..]),
        prop::sample::select(MARK_PAIRS),
        pick(SAYINGS),
        0u8..5,
    )
        .prop_map(|(who, verb, sep, (open, close), saying, form)| match form {
            0 => format!("{who} {verb}{sep}{open}{saying}{close} "),
            1 => format!("{open}{saying},{close} {who} {verb}. "),
            2 => format!("\n{}: {open}{saying}{close}\n", who.to_uppercase()),
            3 => format!("\n- {open}{saying}{close} — {who}, 2008\n"),
            _ => format!("When {who} {verb} {who} In 2008, "),
        });
    (prop::collection::vec(piece, 1..14), 0u8..4, any::<bool>()).prop_map(
        |(pieces, style, joined)| {
            let text = cased(&format!("Headline Here\n\n{}", pieces.concat()), style);
            if joined {
                text.replace('\n', " ")
            } else {
                text
            }
        },
    )
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|v| v.concat())
}

fn build(bodies: Vec<String>) -> Corpus {
    let docs = bodies
        .into_iter()
        .enumerate()
        .map(|(i, b)| Document {
            id: format!("{i}.txt"),
            body: corpus::sanitize(&b.replace("\r\n", "\n").replace('\r', "\n")),
            ..Document::default()
        })
        .collect();
    pipeline::build(docs)
}

fn check_invariants(c: &Corpus) {
    assert!(
        c.text.chars().all(|ch| !ch.is_control() || ch == '\n'),
        "control char left"
    );
    for (i, a) in c.articles.iter().enumerate() {
        let body = c.body(i);
        let quotes = c.article_quotes(i);
        for q in quotes {
            let (s, e) = (q.span.start as usize, q.span.end as usize);
            assert!(s <= e && e <= body.len());
            assert!(body.is_char_boundary(s) && body.is_char_boundary(e));
            assert_eq!(&body[s..e], c.quote_text(q));
        }
        for (x, p) in quotes.iter().enumerate() {
            for q in &quotes[x + 1..] {
                let disjoint = p.span.end <= q.span.start || q.span.end <= p.span.start;
                let nested = (p.span.start <= q.span.start && q.span.end <= p.span.end)
                    || (q.span.start <= p.span.start && p.span.end <= q.span.end);
                assert!(
                    disjoint || nested,
                    "quotes overlap: {:?} {:?}",
                    p.span,
                    q.span
                );
            }
        }
        for p in &a.paragraphs {
            assert!(
                body.is_char_boundary(p.span.start as usize)
                    && body.is_char_boundary(p.span.end as usize)
            );
        }
        if let hearsay::model::Speaker::Actor(id) = quotes
            .first()
            .map_or(hearsay::model::Speaker::None, |q| q.speaker.clone())
        {
            assert!((id as usize) < c.actors.len());
        }
    }
    for actor in &c.actors {
        assert!(!actor.name.is_empty());
        assert!(actor
            .articles
            .iter()
            .all(|&a| (a as usize) < c.articles.len()));
    }
}

proptest! {
    // A fixed seed: CI runs the same cases every time (a failure is reproducible).
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x0068_6561_7273_6179),
        ..ProptestConfig::default()
    })]

    #[test]
    fn extraction_invariants_hold_for_any_text(bodies in prop::collection::vec(article(), 1..4)) {
        let c = build(bodies);
        check_invariants(&c);
    }

    /// Quote marks, names, prepositions and pronouns only: the attribution rules look
    /// back across marks of several bytes from names and pronouns, which random text of
    /// all the pieces above rarely lines up.
    #[test]
    fn attribution_holds_for_quote_dense_text(
        bodies in prop::collection::vec(
            prop::collection::vec(prop::sample::select(ATTRIBUTION_PIECES), 0..80)
                .prop_map(|v| v.concat()),
            1..3,
        )
    ) {
        let c = build(bodies);
        check_invariants(&c);
    }

    /// Title Case, capitals, transcripts and excerpt lists (issue 17: 242 of 500 real
    /// articles rewritten in Title Case panicked).
    #[test]
    fn title_case_and_capitals_extract_with_sane_spans(
        bodies in prop::collection::vec(shouted_article(), 1..3)
    ) {
        let c = build(bodies);
        check_invariants(&c);
    }

    #[test]
    fn wrapping_fits_any_width(body in article(), width in 8u16..60) {
        let c = build(vec![body]);
        let layout = Layout::new(&c, 0, width, false);
        for l in &layout.lines {
            prop_assert!(c.body(0)[l.start..l.end].width() <= width as usize);
        }
    }

    #[test]
    fn search_never_panics(bodies in prop::collection::vec(article(), 1..3), query in "[ @a-zA-Zé’\"]{0,12}") {
        let index = SearchIndex::build(Arc::new(build(bodies)));
        let hits = index.search(&query, Some(50), &AtomicBool::new(false)).unwrap();
        for h in hits.iter().take(5) {
            let _ = index.highlights(h.quote, &query);
        }
    }

    #[test]
    fn every_loader_survives_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600), ext in prop::sample::select(&["txt", "html", "json", "jsonl", "md"][..])) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("x.{ext}"));
        std::fs::write(&path, &bytes).unwrap();
        let loaded = corpus::load(&[path], &|_| {});
        for d in &loaded.documents {
            prop_assert!(d.body.chars().all(|c| !c.is_control() || c == '\n'));
        }
        let c = pipeline::build(loaded.documents);
        check_invariants(&c);
    }

    #[test]
    fn html_of_random_tags_loads(parts in prop::collection::vec(prop::sample::select(&["<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<br>", "text “quoted,” he said.", "&amp;", "<!--", "-->", "<article>", "<title>T</title>"][..]), 0..300)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.html");
        std::fs::write(&path, parts.concat()).unwrap();
        let loaded = corpus::load(&[path], &|_| {});
        check_invariants(&pipeline::build(loaded.documents));
    }
}

#[test]
fn a_20_mb_one_line_article_is_bounded() {
    let line = "Officials said “the plan will work, and it will work well” on Monday while others disagreed. ".repeat(220_000);
    assert!(line.len() > 20_000_000);
    let c = build(vec![line]);
    assert!(
        c.articles[0].paragraphs.len() > 300,
        "cut into bounded pieces"
    );
    check_invariants(&c);
}

#[test]
fn a_hundred_thousand_quote_marks_and_unbalanced_quotes() {
    let marks = "\"".repeat(100_000) + &"“ ‘ « „ ".repeat(25_000);
    let unbalanced = (0..2_000)
        .map(|i| format!("He said “part {i} and never closed.\n\n"))
        .collect::<String>();
    let c = build(vec![marks, unbalanced]);
    check_invariants(&c);
    assert!(
        c.article_quotes(1).is_empty(),
        "an unclosed mark takes nothing past its paragraph"
    );
}

#[test]
fn escape_sequences_in_json_fields_are_removed_and_json_output_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.jsonl");
    std::fs::write(&path, "{\"title\":\"Hi \\u001b]0;owned\\u0007 there\",\"text\":\"Body \\u001b[2J \\\"quoted words here,\\\" said Jane Doe.\",\"author\":\"\\u001b[31mX\"}\n").unwrap();
    let loaded = corpus::load(std::slice::from_ref(&path), &|_| {});
    let d = &loaded.documents[0];
    assert_eq!(d.hints.title.as_deref(), Some("Hi  there"));
    assert!(!d.body.contains('\u{1b}'));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(["articles", "--json", "--no-cache", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!out.stdout.contains(&0x1b));
    let plain = std::process::Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(["quotes", "--no-cache", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!plain.stdout.contains(&0x1b) && !plain.stdout.contains(&0x07));
}

#[test]
fn right_to_left_and_zero_width_text_wraps_and_searches() {
    let c = Arc::new(build(vec![
        "\"שלום עולם\u{200f} הוא אמר\u{200b}זה,\" said Dana Levi.".to_string(),
    ]));
    check_invariants(&c);
    let layout = Layout::new(&c, 0, 10, false);
    assert!(!layout.lines.is_empty());
    let index = SearchIndex::build(c);
    assert!(!index
        .search("שלום", None, &AtomicBool::new(false))
        .unwrap()
        .is_empty());
}

#[test]
fn a_folder_of_many_files_loads() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20_000 {
        let sub = dir.path().join(format!("{}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir(&sub).unwrap();
        }
        std::fs::write(
            sub.join(format!("{i}.txt")),
            format!("Headline {i}\n\nWords of article {i}.\n"),
        )
        .unwrap();
    }
    let loaded = corpus::load(&[dir.path().to_path_buf()], &|_| {});
    assert_eq!(loaded.documents.len(), 20_000);
    assert!(loaded.warnings.is_empty());
}
