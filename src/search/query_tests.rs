use super::*;

fn parse(q: &str) -> Query {
    Query::parse(q).unwrap_or_else(|e| panic!("{q}: {e}"))
}

fn term(text: &str) -> Term {
    Term {
        text: text.into(),
        speaker_only: false,
        mode: Mode::Fuzzy,
        first: false,
        last: false,
    }
}

fn item(terms: Vec<Term>) -> Item {
    Item {
        negate: false,
        any: vec![terms],
    }
}

#[test]
fn spaces_are_and_and_words_are_folded() {
    let q = parse("  Erdoğan   5G\u{a0}Networks ");
    assert_eq!(
        q.items,
        vec![
            item(vec![term("erdogan")]),
            item(vec![term("5g")]),
            item(vec![term("networks")]),
        ]
    );
    // One token of two words needs both.
    assert_eq!(
        parse("covid-19").items,
        vec![item(vec![term("covid"), term("19")])]
    );
    assert!(parse("   ").is_empty());
    assert!(parse("! ' ^ @").is_empty(), "marks alone are no words");
}

#[test]
fn marks_set_exact_anchors_speaker_and_negation() {
    let q = parse("'budget ^we now$ !tax !@johnson @may");
    let t = |i: usize| &q.items[i].any[0][0];
    assert_eq!(
        (t(0).mode, t(0).first, t(0).last),
        (Mode::Exact, false, false)
    );
    assert_eq!(
        (t(1).text.as_str(), t(1).first, t(1).mode),
        ("we", true, Mode::Exact)
    );
    assert_eq!((t(2).text.as_str(), t(2).last), ("now", true));
    assert!(q.items[3].negate && t(3).mode == Mode::Exact && !t(3).speaker_only);
    assert!(q.items[4].negate && t(4).speaker_only);
    assert!(!q.items[5].negate && t(5).speaker_only && t(5).mode == Mode::Fuzzy);
    // A lone `$` is a character, not an anchor.
    assert!(parse("$").is_empty());
}

#[test]
fn a_bar_joins_alternatives() {
    let q = parse("tax | levy | duty budget");
    assert_eq!(q.items.len(), 2);
    assert_eq!(q.items[0].any.len(), 3);
    assert_eq!(q.items[0].any[2], vec![term("duty")]);
    assert_eq!(q.items[1], item(vec![term("budget")]));
    // Bars at either end, as typed on the way to `a | b`, are ignored.
    assert_eq!(parse("| tax |").items, vec![item(vec![term("tax")])]);
}

#[test]
fn fields_filter() {
    let q = parse(r#"outlet:BBC outlet:"New York Times" kind:direct,partial is:starred tax"#);
    assert_eq!(q.filters.outlets, vec!["bbc", "new york times"]);
    assert_eq!(
        q.filters.kinds,
        Some(vec![QuoteKind::Direct, QuoteKind::Partial])
    );
    assert!(q.filters.starred);
    assert_eq!(q.items, vec![item(vec![term("tax")])]);
    // `kind:indirect` is a kind even before any quote is one.
    assert!(Query::parse("kind:indirect").is_ok());
    assert_eq!(
        parse("kind:direct kind:partial|direct").filters.kinds,
        Some(vec![QuoteKind::Direct])
    );
    // A time of day is a word, not a field.
    assert_eq!(parse("10:30").items.len(), 1);
}

#[test]
fn dates_and_ranges() {
    let d = |q: &str| parse(q).filters.dates[0];
    assert_eq!(
        d("date:2020"),
        Days {
            from: 20200101,
            to: 20201231
        }
    );
    assert_eq!(
        d("date:2020-01"),
        Days {
            from: 20200101,
            to: 20200131
        }
    );
    assert_eq!(
        d("date:2020-01-05"),
        Days {
            from: 20200105,
            to: 20200105
        }
    );
    assert_eq!(
        d("date:2020-01-01..2020-03"),
        Days {
            from: 20200101,
            to: 20200331
        }
    );
    assert_eq!(
        d("date:..2019"),
        Days {
            from: 0,
            to: 20191231
        }
    );
    assert_eq!(d("date:2020-02..").to, u32::MAX);
    let jan = d("date:2020-01");
    assert!(jan.holds(Some("2020-01-31")) && !jan.holds(Some("2020-02-01")));
    assert!(!jan.holds(None));
}

#[test]
fn unknown_fields_and_bad_dates_are_errors() {
    for bad in [
        "date:2020-13",
        "date:20-01",
        "date:2020-01-32",
        "date:yesterday",
        "date:",
        "date:2020..2019",
        "kind:quoted",
        "kind:",
        "is:read",
        "author:smith",
        "outlet:",
    ] {
        let e = Query::parse(bad).expect_err(bad);
        assert!(!e.to_string().is_empty());
    }
    assert!(Query::parse("author:smith")
        .unwrap_err()
        .to_string()
        .contains("outlet:"));
}

#[test]
fn narrowing_only_where_it_cannot_lose_matches() {
    let n = |a: &str, b: &str| parse(a).narrows_to(&parse(b));
    assert!(n("ne", "net"));
    assert!(n("net", "net sec"));
    assert!(n("'bud", "'budget"), "exact words begun");
    assert!(n("tax", "tax !levy"));
    assert!(n("outlet:bbc tax", "outlet:bbc tax levy"));
    assert!(!n("net", "netw"), "typos of netw are not typos of net");
    assert!(!n("net sec", "net"));
    assert!(!n("tax", "tax | levy"), "an alternative adds matches");
    assert!(!n("!ta", "!tax"), "leaving out less");
    assert!(!n("ta$", "tax$"));
    assert!(!n("tax", "tax outlet:bbc"), "filters must be the same");
    assert!(!n("is:starred tax", "is:starred tax levy"));
}
