use super::*;
use crate::model::Document;

fn index(bodies: &[&str]) -> SearchIndex {
    let docs = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| Document {
            id: format!("{i}.txt"),
            body: b.to_string(),
            ..Document::default()
        })
        .collect();
    SearchIndex::build(Arc::new(crate::pipeline::build(docs)))
}

fn texts(ix: &SearchIndex, q: &str) -> Vec<String> {
    ix.search(q, None, &AtomicBool::new(false))
        .unwrap()
        .iter()
        .map(|h| {
            ix.corpus()
                .quote_text(&ix.corpus().quotes[h.quote as usize])
                .to_string()
        })
        .collect()
}

fn sample() -> SearchIndex {
    index(&[
        "\"The network is secure and the vendors are vetted,\" said Jane Holloway.",
        "\"Networking events help small firms grow,\" said Mark Osei.",
        "\"We will never trust a vendor like that again,\" said Tom Baker.",
        "\"Our netwrok upgrade is late,\" said Ann Lee.",
        "\"Nothing is worked out yet on the new tower,\" said Bob Stone.",
    ])
}

#[test]
fn whole_words_then_prefixes_then_typos_then_fuzzy() {
    let ix = sample();
    let got = texts(&ix, "network");
    assert!(got[0].starts_with("The network is secure"), "{got:?}");
    assert!(got[1].starts_with("Networking events"), "{got:?}");
    assert!(got[2].starts_with("Our netwrok"), "typo third: {got:?}");
    assert_eq!(got.len(), 3, "{got:?}");
    // A fuzzy subsequence finds the word, below every closer match.
    let fuzzy = ix.search("ntwrk", None, &AtomicBool::new(false)).unwrap();
    assert_eq!(fuzzy.len(), 3);
    let exact = ix.search("network", None, &AtomicBool::new(false)).unwrap();
    assert!(fuzzy[0].score < exact[2].score);
}

#[test]
fn all_terms_must_match_and_at_matches_the_speaker_only() {
    let ix = sample();
    assert_eq!(texts(&ix, "network secure").len(), 1);
    assert_eq!(texts(&ix, "@osei").len(), 1);
    assert!(texts(&ix, "@osei")
        .iter()
        .all(|t| t.starts_with("Networking")));
    // Without @, a speaker's name matches too.
    assert_eq!(texts(&ix, "holloway").len(), 1);
    assert!(texts(&ix, "@network").is_empty());
    assert!(texts(&ix, "   ").is_empty());
}

#[test]
fn limit_keeps_the_best_and_cancel_stops() {
    let ix = sample();
    let all = ix.search("n", None, &AtomicBool::new(false)).unwrap();
    let top = ix.search("n", Some(2), &AtomicBool::new(false)).unwrap();
    assert_eq!(top, all[..2]);
    assert!(ix.search("network", None, &AtomicBool::new(true)).is_none());
}

#[test]
fn narrowing_within_previous_hits_gives_the_same_answer() {
    let ix = sample();
    let flag = AtomicBool::new(false);
    for (prev, new) in [("ne", "net"), ("net", "net sec"), ("@hol", "@hol vet")] {
        assert!(SearchIndex::narrows(prev, new), "{prev} → {new}");
        let within: Vec<u32> = ix
            .search(prev, None, &flag)
            .unwrap()
            .iter()
            .map(|h| h.quote)
            .collect();
        let narrowed = ix.search_within(new, Some(&within), None, &flag).unwrap();
        assert_eq!(
            narrowed,
            ix.search(new, None, &flag).unwrap(),
            "{prev} → {new}"
        );
    }
    // "netw" tolerates a typo ("new") that "net" did not: no narrowing there.
    assert!(!SearchIndex::narrows("net", "netw"));
    assert!(!SearchIndex::narrows("net sec", "net"));
}

#[test]
fn edit_distance_counts_transpositions_once() {
    let c = |s: &str| s.chars().collect::<Vec<_>>();
    assert_eq!(terms::edits_within(&c("huawie"), &c("huawei"), 1), Some(1));
    assert_eq!(terms::edits_within(&c("vendor"), &c("vendors"), 1), Some(1));
    assert_eq!(terms::edits_within(&c("vendor"), &c("tower"), 2), None);
}

#[test]
fn highlights_mark_the_matched_word() {
    let ix = sample();
    let hit = ix
        .search("vetted @hollo", None, &AtomicBool::new(false))
        .unwrap()[0];
    let h = ix.highlights(hit.quote, "vetted @hollo");
    let text: Vec<char> = ix
        .corpus()
        .quote_text(&ix.corpus().quotes[hit.quote as usize])
        .chars()
        .collect();
    let marked: String = h.text.iter().map(|&i| text[i]).collect();
    assert_eq!(marked, "vetted");
    assert!(!h.speaker.is_empty());
}

#[test]
fn scoring_in_ranges_changes_nothing() {
    let ix = sample();
    let cancel = AtomicBool::new(false);
    for query in [
        "network",
        "netwrk vendor",
        "@osei",
        "n",
        "the is",
        "!vendor",
        "'net | tower",
        "^our",
        "again$",
    ] {
        let parsed = Query::parse(query).unwrap();
        let plan = Plan::new(&ix, &parsed, &Among::default());
        let whole = ix.search_in_ranges(&plan, 1 << 20, None, &cancel);
        assert!(!whole.as_ref().unwrap().0.is_empty(), "{query}");
        for step in [1, 2, 3] {
            let split = ix.search_in_ranges(&plan, step, None, &cancel);
            assert_eq!(split, whole, "{query} in ranges of {step}");
            // Narrowing within the previous hits too.
            let ids = whole.as_ref().unwrap().1.clone();
            let among = Among {
                within: Some(&ids),
                starred: None,
            };
            let plan = Plan::new(&ix, &parsed, &among);
            let within = ix.search_in_ranges(&plan, step, Some(2), &cancel);
            let (hits, _) = within.unwrap();
            assert_eq!(hits, whole.as_ref().unwrap().0[..hits.len()].to_vec());
        }
    }
}

/// Indirect speech is searched like any quote, by its words and by its speaker.
#[test]
fn indirect_speech_is_searched_like_any_quote() {
    use crate::model::QuoteKind;
    let corpus = crate::pipeline::testing::with_reported(
        "\"We are ready,\" said Jane Holloway.\n\nHolloway said the tunnel would be finished by spring.",
        "the tunnel would be finished by spring",
        "said",
    );
    let ix = SearchIndex::build(Arc::new(corpus));
    let kinds = |q: &str| -> Vec<QuoteKind> {
        ix.search(q, None, &AtomicBool::new(false))
            .unwrap()
            .iter()
            .map(|h| ix.corpus().quotes[h.quote as usize].kind)
            .collect()
    };
    assert_eq!(kinds("tunnel spring"), [QuoteKind::Indirect]);
    assert_eq!(kinds("@holloway tunnel"), [QuoteKind::Indirect]);
    assert_eq!(kinds("@holloway").len(), 2);
}

/// Articles with an outlet and a date each (as their files' metadata give them).
fn dated() -> SearchIndex {
    let doc = |id: &str, outlet: &str, date: &str, body: &str| Document {
        id: id.into(),
        body: body.into(),
        hints: crate::model::MetaHints {
            outlet: Some(outlet.into()),
            date: Some(date.into()),
            ..Default::default()
        },
        ..Document::default()
    };
    SearchIndex::build(Arc::new(crate::pipeline::build(vec![
        doc(
            "a.txt",
            "BBC News",
            "2020-01-05",
            "\"Turkey will not step back from Syria,\" said Recep Tayyip Erdoğan.",
        ),
        doc(
            "b.txt",
            "Reuters",
            "2020-03-10",
            "\"We talked about Syria for an hour,\" said Carlos Gonzàlez.",
        ),
        doc(
            "c.txt",
            "BBC News",
            "2020-02-20",
            "\"Syria needs a ceasefire now,\" said Erdogan, the Turkish president.",
        ),
    ])))
}

fn count(ix: &SearchIndex, q: &str) -> usize {
    ix.search(q, None, &AtomicBool::new(false)).unwrap().len()
}

#[test]
fn diacritics_and_case_fold_in_words_and_speakers() {
    let ix = dated();
    let all = ix.search("erdogan", None, &AtomicBool::new(false)).unwrap();
    assert_eq!(all.len(), 2, "Erdoğan and Erdogan");
    assert_eq!(all[0].score, all[1].score, "both whole words: {all:?}");
    assert_eq!(count(&ix, "@ERDOĞAN"), 2);
    assert_eq!(count(&ix, "'gonzalez"), 1);
    assert_eq!(count(&ix, "'erdogan"), 2, "exact still folds");
}

#[test]
fn negation_alternatives_and_anchors() {
    let ix = dated();
    assert_eq!(count(&ix, "syria !ceasefire"), 2);
    assert_eq!(count(&ix, "syria !@gonzalez"), 2);
    assert_eq!(count(&ix, "!syria"), 0);
    assert_eq!(count(&ix, "ceasefire | hour"), 2);
    assert_eq!(count(&ix, "ceasefire | hour !@carlos"), 1);
    assert_eq!(count(&ix, "^turkey"), 1);
    assert_eq!(
        count(&ix, "^syria"),
        1,
        "only the quote that begins with it"
    );
    assert_eq!(count(&ix, "syria$"), 1);
    assert_eq!(count(&ix, "now$"), 1);
    assert_eq!(count(&ix, "'syri"), 3, "exact takes words begun");
    assert_eq!(count(&ix, "'syira"), 0, "but no typos");
    assert_eq!(count(&ix, "syira"), 3, "which a plain word allows");
}

#[test]
fn field_filters_narrow_by_article_and_quote() {
    let ix = dated();
    assert_eq!(count(&ix, "outlet:bbc"), 2);
    assert_eq!(count(&ix, "outlet:\"bbc news\" syria"), 2);
    assert_eq!(count(&ix, "outlet:reuters erdogan"), 0);
    assert_eq!(count(&ix, "date:2020-01"), 1);
    assert_eq!(count(&ix, "date:2020-02.."), 2);
    assert_eq!(count(&ix, "date:..2020-02-20 syria"), 2);
    assert_eq!(count(&ix, "kind:direct"), 3);
    assert_eq!(count(&ix, "kind:scare"), 0);
    // kind:indirect is read (whether any quote is one depends on extraction).
    assert!(Query::parse("kind:indirect").is_ok());
    // A query that cannot be read finds nothing.
    assert_eq!(count(&ix, "date:2020-13"), 0);
}

#[test]
fn starred_needs_the_stars() {
    let ix = dated();
    let q = Query::parse("is:starred syria").unwrap();
    let cancel = AtomicBool::new(false);
    let none = ix
        .search_query(&q, &Among::default(), None, &cancel)
        .unwrap();
    assert!(none.0.is_empty());
    let stars = [0u32, 2];
    let among = Among {
        within: None,
        starred: Some(&stars),
    };
    let (hits, _) = ix.search_query(&q, &among, None, &cancel).unwrap();
    let mut ids: Vec<u32> = hits.iter().map(|h| h.quote).collect();
    ids.sort_unstable();
    assert_eq!(ids, stars);
}
