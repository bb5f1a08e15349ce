use super::*;
use proptest::prelude::*;

fn bp(lines: &[&str]) -> Vec<bool> {
    let paras: Vec<Para> = lines
        .iter()
        .map(|t| Para {
            text: t,
            is_title: false,
            is_date: false,
            words: t.split_whitespace().count(),
        })
        .collect();
    classify(&paras)
}

#[test]
fn code_lines_are_not_captions() {
    let lines = [
        "The story starts here with a sentence.",
        "data <- read_table(path, header = TRUE, skip = 2) then more",
        ">>> def foo(bar=[]): # bar is optional and it defaults",
        "# Clear the old values of the settings and the stores",
        "\"Comment\": \"a long remark about the shop and the street\",",
        "Photographed by the river on a cold winter morning at dawn",
    ];
    assert_eq!(bp(&lines), vec![false, false, false, false, false, true]);
}

#[test]
fn furniture_is_boilerplate_prose_is_not() {
    assert_eq!(
        bp(&[
            "Want the best of VICE News straight to your inbox? Sign up here.",
            "The minister said the plan would go ahead next year, despite the protests.",
            "Advertisement",
            "ban, Huawei, China, 5G, United Kingdom, US, Boris Johnson",
            "15:42 GMT19 April 2021",
            "“We will build it,” she said.",
        ]),
        [true, false, true, true, true, false]
    );
}

#[test]
fn a_cue_inside_someones_words_is_not_furniture() {
    assert_eq!(
        bp(&[
            "The council met on Monday to debate the budget for next year.",
            "“I do not subscribe to that theory at all,” said Mayor Jane Porter.",
            "\"We baked cookies and talked it over,\" Tom Reed said.",
            "“Read more of the report before you judge it,” Porter said.",
            "“The plan is a composite of many ideas, and it is ours.",
            "Subscribe to our newsletter for “the best stories” every day.",
            "Image caption “We were there,” said a witness",
        ]),
        [false, false, false, false, false, true, true]
    );
    assert_eq!(outside_quotes("a “b c” d \"e\" «f»"), "a “   ” d \" \" « »");
}

#[test]
fn cookies_in_prose_are_not_a_cookie_notice() {
    assert_eq!(
        bp(&[
            "The bakery on the square sells cookies to the crowd.",
            "This website uses cookies to improve your experience.",
            "Accept all cookies",
        ]),
        [false, true, true]
    );
}

#[test]
fn a_stop_before_a_stray_mark_or_a_bracket_ends_a_sentence() {
    assert!(ends_sentence(
        "“We will see about that,” she said. “We will. “"
    ));
    assert!(ends_sentence("The crowd left before the end.[8:15.]"));
    assert!(!ends_sentence("Photographed by the river [archive]"));
    assert!(!ends_sentence("A view of the river at dawn “"));
    assert_eq!(outside_quotes("no marks at all"), "no marks at all");
}

#[test]
fn only_two_characters_outside_ascii_lower_case_to_a_start_in_ascii() {
    let starts_ascii = |c: char| c.to_lowercase().next().is_some_and(|l| l.is_ascii());
    let found: Vec<char> = (0x80..=0x10ffff)
        .filter_map(char::from_u32)
        .filter(|&c| starts_ascii(c))
        .collect();
    assert_eq!(found, ['\u{130}', '\u{212a}']);
    assert!(found
        .iter()
        .all(|c| !lowers_to_ascii_alike(c.encode_utf8(&mut [0; 4]))));
}

#[test]
fn leading_cues_are_found_in_any_case_and_script() {
    let reference = |text: &str| {
        let head = text.chars().take(24).collect::<String>().to_lowercase();
        cues_in_lower(&head, false)
    };
    let anchored: Vec<&str> = cues()
        .iter()
        .filter(|(a, _)| *a)
        .map(|(_, c)| c.as_str())
        .collect();
    assert!(!anchored.is_empty());
    for cue in anchored {
        let upper = cue.to_uppercase();
        for text in [
            cue.to_string(),
            format!("{upper} and the rest of a long line"),
            format!("x{cue}"),
            format!("É {cue}"),
            format!("{cue}“quoted” café"),
            cue[..1].to_string(),
            format!("{}{}", &upper[..1], &cue[1..]),
            format!("{}x{}", &cue[..1], &cue[1..]),
            format!("\u{130}{}", &cue[1..]),
            format!("\u{212a}{}", &cue[1..]),
            format!("“{cue}”"),
        ] {
            assert_eq!(has_leading_cue(&text), reference(&text), "{text:?}");
        }
    }
}

#[test]
fn cues_match_without_case_as_they_match_the_lower_case() {
    let reference = |text: &str| cues_in_lower(&text.to_lowercase(), true);
    assert!(
        cue_matcher().is_some_and(|m| m.ascii_case),
        "the shipped cues are ASCII or caseless"
    );
    for (_, cue) in cues() {
        let upper = cue.to_uppercase();
        for text in [
            cue.to_string(),
            format!("{upper} here"),
            format!("Tap {upper}"),
            format!("x{cue}"),
            format!("É {cue} “q”"),
            format!("\u{130}{cue}"),
            cue.replace('k', "\u{212a}"),
        ] {
            assert_eq!(has_cue(&text, true), reference(&text), "{text:?}");
        }
    }
}

#[test]
fn a_cue_outside_quotations_is_a_cue_of_the_whole_text() {
    let marks = ['“', '”', '«', '»', '"'];
    assert!(cues()
        .iter()
        .all(|(_, c)| !c.contains(marks) && !c.trim().is_empty()));
    for text in [
        "Sign up “now” here",
        "“Sign up here,” she said",
        "She said \"sign up\" and left «advertisement»",
        "“Advertisement",
        "İ “x” \u{212a}",
    ] {
        let blanked = has_cue(&outside_quotes(text), false);
        assert_eq!(has_furniture_cue(text), blanked, "{text:?}");
        assert!(!blanked || has_cue(text, false), "{text:?}");
        // With the anchored cues, as the callers ask them: the same answers.
        let with_anchored = has_cue(&outside_quotes(text), true);
        assert_eq!(
            has_furniture_cue(text) || has_leading_cue(text),
            with_anchored || has_leading_cue(text),
            "{text:?}"
        );
    }
    assert!(has_quote_mark("a « b") && has_quote_mark("“") && has_quote_mark("\""));
    assert!(!has_quote_mark("a » b ” ’ — ‘ ¬ é"));
    assert!(!lowers_to_ascii_alike("x\u{130}") && !lowers_to_ascii_alike("\u{212a}"));
    assert!(lowers_to_ascii_alike("Ā ı ℩ ★ ” Ą"));
}

#[test]
fn a_tag_list_needs_four_short_items() {
    assert!(is_tag_list("rail, fares, budget, Leeds"));
    assert!(is_tag_list("rail, fares, budget, “Leeds”, é"));
    // Three items, a long item, a sentence: no tag list.
    assert!(!is_tag_list("rail, fares, budget"));
    assert!(!is_tag_list(
        "rail, fares, budget, the council will decide next week"
    ));
    assert!(!is_tag_list("We met, we talked, we agreed, we left."));
    assert!(!is_tag_list(",,,"));
}

#[test]
fn a_headline_is_not_furniture() {
    let t = "It looks like Huawei is about to score a big triumph over Trump, with the UK ready to let it build some of its 5G tech";
    assert!(!is_furniture(t));
}

#[test]
fn a_quotation_signed_with_a_dash_is_not_a_caption() {
    let lines = [
        "The story opens in plain prose, as stories do.",
        "“The park has been closed for far too long and our children need somewhere to play” ― Ana Ortiz",
        "”We waited three years for the council to act on the flooding in our street”\u{a0}— Tom Reed",
        "A view of the flooded street after the storm on Tuesday with volunteers clearing",
    ];
    assert_eq!(bp(&lines), [false, false, false, true]);
}

#[test]
fn captions_around_credits_and_breadcrumbs() {
    assert_eq!(
        bp(&[
            "1. Home",
            "2. tech",
            "Tech2 min read",
            "Trump Ren Zhengfei",
            "AP/Evan Vucci/Vincent Yu/Business Insider composite",
            "President Trump (left) and Huawei CEO Ren Zhengfei.",
            "Isobel Asher Hamilton",
            "The story goes on in plain prose, as stories do.",
        ]),
        [true, true, true, true, true, true, false, false]
    );
}

/// Each byte test with its pattern answers as the pattern alone.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let p = patterns();
    prop_assert_eq!(p.credit(text), p.credit.is_match(text), "credit {:?}", text);
    prop_assert_eq!(p.crumb(text), p.crumb.is_match(text), "crumb {:?}", text);
    prop_assert_eq!(
        p.timestamp(text),
        p.timestamp.is_match(text),
        "timestamp {:?}",
        text
    );
    prop_assert_eq!(p.glued(text), p.glued.is_match(text), "glued {:?}", text);
    Ok(())
}

#[test]
fn each_pattern_is_found_where_it_stands() {
    let p = patterns();
    assert!(p.credit("Photo: AP/Evan Vucci"));
    assert!(p.crumb("1. Home"));
    assert!(p.crumb("١٢. Home"));
    assert!(p.timestamp("Updated 15:42 GMT"));
    assert!(p.glued("standardsDiscussion"));
    assert!(!p.credit("Evan Vucci"));
    assert!(!p.crumb("Home. 1"));
    assert!(!p.timestamp("15.42 GMT"));
    assert!(!p.glued("standards Discussion"));
}

proptest! {
    #[test]
    fn byte_tests_agree_with_the_patterns(
        text in "([A-Za-z0-9./: ]|١|٢|\u{a0}|é|É|“|\t){0,30}"
    ) {
        agree(&text)?;
    }

    #[test]
    fn byte_tests_agree_on_near_misses(
        text in "(١|[0-9]){0,3}(\\. |:[0-9]{2} ?(GMT|ET|gmt)|/|[a-z]{2,4}[A-Z][a-z]{2,4}|[A-Z][a-z]*| ){0,6}"
    ) {
        agree(&text)?;
    }
}
