//! Tests of finding, typing and clustering an article's actors.

use super::*;

mod headlines;
mod kinds;
mod months;
mod not_people;
mod organisations;

fn actors(body: &str) -> ArticleActors {
    let paragraphs = crate::extract::test_paragraphs(body);
    let quotes = crate::extract::quotes::find(body, &paragraphs);
    find(body, &paragraphs, &quotes)
}

fn names_of(a: &ArticleActors, kind: ActorType) -> Vec<&str> {
    a.entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name.as_str())
        .collect()
}

#[test]
fn people_with_titles_and_roles() {
    let a = actors(
        "Culture Secretary Nicky Morgan spoke. Conservative MP Bob Seely said no. \
         Former Tory leader Iain Duncan Smith agreed. Later Morgan left.",
    );
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Nicky Morgan", "Bob Seely", "Iain Duncan Smith"]
    );
    let morgan = &a.entities[a.resolve("Morgan").unwrap() as usize];
    assert_eq!(morgan.name, "Nicky Morgan");
    assert_eq!(morgan.mentions, 2);
    assert!(morgan.roles.contains(&"Culture Secretary".to_string()));
    assert!(names_of(&a, ActorType::Org).contains(&"Conservative Party"));
}

/// A first name that is also a common word ("Ann", "Ed", "Miles") still opens a name at
/// the start of a sentence.
#[test]
fn a_first_name_that_is_a_common_word_opens_a_sentence_name() {
    let a = actors(
        "The senator spoke to reporters.\n\nAnn Lee told them the bill would pass. \
         Ed Brook agreed, and Miles Shore said nothing.",
    );
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Ann Lee", "Ed Brook", "Miles Shore"]
    );
}

/// A weekday after a name ("told MSNBC Monday") says when: it is no part of the name.
#[test]
fn a_weekday_after_a_name_is_not_part_of_it() {
    let a = actors(
        "The senator spoke to reporters. Ann Lee told MSNBC Monday that the bill would \
         pass, and Bob Hale Tuesday said he disagreed.",
    );
    let all: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(all.contains(&"MSNBC"), "{all:?}");
    assert!(all.contains(&"Bob Hale"), "{all:?}");
    assert!(
        !all.iter()
            .any(|n| n.contains("Monday") || n.contains("Tuesday")),
        "{all:?}"
    );
}

/// Offices that news writes capitalised before a name, with an organisation or not,
/// and names the lexicon does not know; a run ending as a place does stays one.
#[test]
fn offices_before_names_are_roles() {
    let a = actors(
        "NASA Administrator Bill Nelson spoke. Treasurer Peter Costello agreed. On Monday, \
         Coast Guard Commandant Admiral Elson Hermogino left. He flew from Imam Khomeini \
         International Airport. Secretary-General Jens Stoltenberg met them. Shares in \
         General Motors fell. Mr Lane agreed. Mr Houston did not. The Toronto-shot \
         film and the Oxford-educated Marion Hale won.",
    );
    assert_eq!(
        names_of(&a, ActorType::Person),
        [
            "Bill Nelson",
            "Peter Costello",
            "Elson Hermogino",
            "Jens Stoltenberg",
            "Marion Hale",
            "Lane",
            "Houston"
        ]
    );
    let hermogino = &a.entities[a.resolve("Elson Hermogino").unwrap() as usize];
    assert!(
        hermogino
            .roles
            .contains(&"Coast Guard Commandant Admiral".to_string()),
        "{:?}",
        hermogino.roles
    );
    assert_eq!(
        names_of(&a, ActorType::Place),
        ["Imam Khomeini International Airport"]
    );
    // "General" is a title, but not in a company's name.
    assert!(names_of(&a, ActorType::Org).contains(&"General Motors"));
}

/// Lowercase particles inside a name, one or two in a row, and after a title; "of"
/// still parts a person from where they are from, which is not a person.
#[test]
fn names_with_particles_stay_whole() {
    let a = actors(
        "European Commission President Ursula von der Leyen spoke. Ana de la Reguera \
         agreed, and goalkeeper Edwin van der Sar said no. Analyst Nick Van den Brul \
         laughed. Senator Bernie Sanders of Vermont left. Later von der Leyen left. \
         Analyst Jane Roe of Argus Research said so.",
    );
    let people = names_of(&a, ActorType::Person);
    for name in [
        "Ursula von der Leyen",
        "Ana de la Reguera",
        "Edwin van der Sar",
        "Nick Van den Brul",
        "Bernie Sanders",
    ] {
        assert!(people.contains(&name), "{name}: {people:?}");
    }
    assert!(
        people
            .iter()
            .all(|p| !p.contains("Vermont") && !p.contains("Commission")),
        "{people:?}"
    );
    assert!(names_of(&a, ActorType::Place).contains(&"Vermont"));
    // Where a person is "of" is not a second person, even before "said".
    assert!(people.contains(&"Jane Roe"), "{people:?}");
    assert!(names_of(&a, ActorType::Org).contains(&"Argus Research"));
}

/// After "the", a name is a team, a league or a company; a title still makes a person.
#[test]
fn names_after_the_are_not_people() {
    let a = actors(
        "He joined the Premiership and the United board met. The fans of the \
         Wolves cheered. The Reverend Jesse Jackson and the Prime Minister Boris Johnson spoke. \
         Vijay Goel, a member of the Rajya Sabha, said so. Crowds came for the Michael Jackson trial.",
    );
    let people = names_of(&a, ActorType::Person);
    // Two capitalised words after "the" are still no person ("the Rajya Sabha, said").
    for name in ["Premiership", "United", "Wolves", "Rajya Sabha"] {
        assert!(!people.contains(&name), "{name}: {people:?}");
    }
    // Unless a title or a first name says so.
    for name in [
        "Jesse Jackson",
        "Boris Johnson",
        "Vijay Goel",
        "Michael Jackson",
    ] {
        assert!(people.contains(&name), "{name}: {people:?}");
    }
}

#[test]
fn surnames_and_titles_resolve_to_the_full_name() {
    let a = actors("President Trump spoke first. Donald Trump said more. Trump left.");
    assert_eq!(names_of(&a, ActorType::Person), ["Donald Trump"]);
    assert_eq!(a.entities[0].mentions, 3);
    assert_eq!(a.resolve("President Trump"), Some(0));
}

#[test]
fn a_name_ending_in_a_longer_word_is_no_form_of_that_word() {
    // "McDonald" ends in "Donald" but is another word: the guest is a person of their own.
    let a = actors("Donald Trump is poised to win.\n\nGuests: Michael McDonald, Zach Hudson.");
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Michael McDonald"), "{people:?}");
    assert_ne!(a.resolve("Michael McDonald"), a.resolve("Donald Trump"));
}

#[test]
fn organisations_and_places() {
    let a = actors(
        "Huawei Technologies Co. was banned from the United Kingdom. The BBC and the \
         Home Office said Chinese spies were a risk to Britain and the Trump administration agreed.",
    );
    let orgs = names_of(&a, ActorType::Org);
    assert!(orgs.contains(&"Huawei"), "{orgs:?}");
    assert!(orgs.contains(&"BBC"));
    assert!(orgs.contains(&"Home Office"));
    assert!(orgs.contains(&"Trump administration"));
    let places = names_of(&a, ActorType::Place);
    assert_eq!(places, ["United Kingdom", "China"]);
    assert_eq!(
        a.entities[a.resolve("Britain").unwrap() as usize].name,
        "United Kingdom"
    );
}

#[test]
fn sentence_initial_words_months_and_weekdays_are_not_actors() {
    let a = actors("However, on Monday in January the plan failed. Officials Said Nothing.");
    assert!(a.entities.is_empty(), "{:?}", a.entities);
}

#[test]
fn laws_and_events_are_not_actors_and_cued_names_are_organisations() {
    let a = actors("The Freedom of Information Act applies at the World Cup in Qatar now. The telecom giant Zenvox said no.");
    assert!(
        a.entities
            .iter()
            .filter(|e| e.kind.is_agent())
            .all(|e| !e.name.contains("Act") && !e.name.contains("Cup")),
        "{:?}",
        a.entities
    );
    assert_eq!(names_of(&a, ActorType::Event), ["World Cup"]);
    assert_eq!(
        names_of(&a, ActorType::Work),
        ["Freedom of Information Act"]
    );
    let zenvox = &a.entities[a.resolve("Zenvox").unwrap() as usize];
    assert_eq!(zenvox.kind, ActorType::Org);
}

#[test]
fn a_surname_that_is_a_month_still_resolves() {
    let a = actors("Guitarist Brian May will tour in May. May said the band was ready on May 5.");
    let may = &a.entities[a.resolve("Brian May").unwrap() as usize];
    assert_eq!(may.mentions, 2, "{:?}", a.entities);
}

#[test]
fn places_by_their_last_word_and_titles_inside_long_names() {
    let a = actors("Police left the Revenue Tower in Hubei Province today. Hong Kong Chief Executive Carrie Lam spoke. Singer-songwriter Robert Hunter died.");
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Carrie Lam", "Robert Hunter"]
    );
    let lam = &a.entities[a.resolve("Carrie Lam").unwrap() as usize];
    assert_eq!(lam.roles, ["Hong Kong Chief Executive"]);
    assert!(names_of(&a, ActorType::Place).contains(&"Hubei Province"));
}

#[test]
fn descriptions_gerunds_and_awards_are_not_names() {
    let a = actors("Tunisian-born Abdellatif Kechiche won the Foreign Language Oscar. Unclogging Beijing is hard, said Wang Yan.");
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Abdellatif Kechiche", "Wang Yan"]
    );
}

/// A participle before "by" or "lest" opening a sentence is capitalised by position only.
#[test]
fn opening_participles_and_conjunctions_are_not_names() {
    let a = actors(
        "Chastened by the polls, Ann Cole changed course. Lest anyone doubt it, she said \
         so twice. Preceded at the lectern by her aide, she spoke.",
    );
    assert_eq!(names_of(&a, ActorType::Person), ["Ann Cole"]);
}

#[test]
fn offices_with_of_are_roles() {
    let a = actors("The Director of National Intelligence John Ratcliffe said so. Secretary of State Corey Stapleton agreed.");
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["John Ratcliffe", "Corey Stapleton"]
    );
}

/// An acronym is its expansion, defined in brackets or by initials; a name cut out of a
/// longer one is that one.
#[test]
fn acronyms_and_parts_join_the_full_name() {
    let a = actors(
        "The Monetary Policy Committee met. The MPC held rates. The Gale Wind Board \
         (GWX) agreed, and GWX staff left. Members of the Thai Lotus Rising Party met; \
         The Lotus Rising group left. A member of the Tunisian Parliament spoke to Parliament.",
    );
    let mpc = a.resolve("MPC").expect("MPC");
    assert_eq!(a.entities[mpc as usize].name, "Monetary Policy Committee");
    let gwx = a.resolve("GWX").expect("GWX");
    assert_eq!(a.entities[gwx as usize].name, "Gale Wind Board");
    let b = actors("Lena Morrow spoke. The Morrow Organization grew, Morrow said. Clay 2016 won.");
    let morrow = b.resolve("Morrow").expect("Morrow");
    assert_eq!(b.entities[morrow as usize].name, "Lena Morrow");
    assert!(
        names_of(&b, ActorType::Product).is_empty(),
        "a year is no model number"
    );
    let c = actors("The Obama administration agreed. Obama said so. The latest Reuters poll.");
    let obama = c.resolve("Obama").expect("Obama");
    assert_eq!(c.entities[obama as usize].kind, ActorType::Person);
    assert!(
        names_of(&c, ActorType::Product).is_empty(),
        "{:?}",
        c.entities
    );
    // A name before a common noun ("Trump administration") is someone's: alone, it is
    // not a part of that organisation.
    let d = actors("The Trump administration warned London. Johnson met Trump on Friday.");
    let trump = d.resolve("Trump").expect("Trump");
    assert_ne!(
        d.entities[trump as usize].name, "Trump administration",
        "{:?}",
        d.entities
    );
    let lotus = a.resolve("Lotus Rising").expect("Lotus Rising");
    assert_eq!(a.entities[lotus as usize].name, "Thai Lotus Rising Party");
    assert!(
        names_of(&a, ActorType::Person).is_empty(),
        "{:?}",
        a.entities
    );
}

/// A name never swallows an opening adverb or a hyphenated description, and a name
/// before a place noun, ", <place>" or a family noun is no person.
#[test]
fn boundaries_and_place_cues() {
    let a = actors(
        "Meanwhile Labour left. Traditionally schools said no. A Janet Vane-style dress \
         and Orla-using kits sold. He lives in Arroyo Verde, California. The blast hit \
         Maidan Kor province. She joined the Chalermdej dynasty.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(people.is_empty(), "{people:?}");
    let places = names_of(&a, ActorType::Place);
    assert!(places.contains(&"Arroyo Verde"), "{places:?}");
    assert!(places.contains(&"Maidan Kor"), "{places:?}");
    assert!(a.entities.iter().all(|e| !e.name.contains("Meanwhile")));
    assert!(a.entities.iter().all(|e| !e.name.contains("Chalermdej")));
}

/// "The Atlantic reported": a name after a sentence-opening "The" is no person.
#[test]
fn a_name_after_an_opening_the_is_not_a_person() {
    let a = actors("The Wexford Ledger reported the plan. The Ledger said so.");
    assert!(
        names_of(&a, ActorType::Person).is_empty(),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_single_name_that_speaks_is_a_person() {
    let a = actors("Warman said the government was keen.");
    assert_eq!(names_of(&a, ActorType::Person), ["Warman"]);
}

fn has(a: &ArticleActors, kind: ActorType, name: &str) -> bool {
    a.entities.iter().any(|e| e.kind == kind && e.name == name)
}

/// An office "of" a country before a name, a family noun before a first name, a workplace
/// after "at", a brand's inner capital; a portfolio is no party and a numeral no body.
#[test]
fn roles_families_workplaces_and_brands() {
    let a = actors(
        "President of Estonia Petro Vaskiv said so. Hale is survived by his wife Maureen. \
         Economy and Labour Minister Karl Brandt spoke. He joined SpaceLink, said Dana Orr, a \
         researcher at Brightlab. Her cancer was at stage IV.",
    );
    let people = names_of(&a, ActorType::Person);
    for name in ["Petro Vaskiv", "Maureen", "Karl Brandt", "Dana Orr"] {
        assert!(people.contains(&name), "{name}: {people:?}");
    }
    let vaskiv = &a.entities[a.resolve("Petro Vaskiv").unwrap() as usize];
    assert_eq!(vaskiv.roles, ["President of Estonia"]);
    assert!(has(&a, ActorType::Org, "SpaceLink"), "{:?}", a.entities);
    assert!(has(&a, ActorType::Org, "Brightlab"), "{:?}", a.entities);
    let orgs = names_of(&a, ActorType::Org);
    assert!(
        !orgs.contains(&"Labour Party") && !orgs.contains(&"IV"),
        "{orgs:?}"
    );
}

/// Places after "in" and before ", <place> on", hyphenated descriptions, "so-called" terms.
#[test]
fn places_descriptions_and_terms_are_not_people() {
    let a = actors(
        "Born Ann Lee in Arroyo Seco, California on May 2, she moved. A bomb hit a base in \
         Maidan Kor today. Muslim-majority Senegal voted. Gadgets linked by so-called Body \
         Area Networks sell.",
    );
    // "Gadgets" opens a sentence: a weak single name, dropped at the merge.
    let people: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.kind == ActorType::Person && !e.weak)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(people, ["Ann Lee"], "{:?}", a.entities);
    let places = names_of(&a, ActorType::Place);
    assert!(
        places.contains(&"Arroyo Seco") && places.contains(&"Maidan Kor"),
        "{places:?}"
    );
    assert!(a.entities.iter().all(|e| !e.name.contains("Networks")));
}

/// "Tom Hale continued:" alone on a line introduces what follows: its name counts.
#[test]
fn a_short_line_with_a_verb_before_a_colon_names_its_speaker() {
    let a = actors(
        "Mayor Ann Clay spoke at the hall on Monday with Tom Hale.\n\nTom Hale continued:\n\n\
         \u{201c}You look at the questions and you see the problem.\u{201d}\n\nSports Desk\n",
    );
    let hale = a.resolve("Tom Hale").unwrap();
    assert_eq!(a.mentions.iter().filter(|m| m.entity == hale).count(), 2);
    // A name alone on a line is still no mention.
    assert!(a.resolve("Sports Desk").is_none());
}

proptest::proptest! {
    /// `mentions_in` (a few mentions looked at, then a search) finds the mentions the two
    /// searches found.
    #[test]
    fn mentions_in_a_range_are_those_two_searches_find(
        mut spans in proptest::collection::vec((0u32..60, 0u32..6), 0..24),
        start in 0usize..70,
        len in 0usize..40,
    ) {
        spans.sort_unstable();
        let a = ArticleActors {
            mentions: spans
                .iter()
                .map(|&(s, l)| Mention { span: Span { start: s, end: s + l }, entity: 0, in_quote: false })
                .collect(),
            ..ArticleActors::default()
        };
        for end in [start + len, start.saturating_sub(len)] {
            let i = a.mentions.partition_point(|m| (m.span.start as usize) < start);
            let j = a.mentions.partition_point(|m| (m.span.start as usize) < end);
            proptest::prop_assert_eq!(a.mentions_in(start, end), &a.mentions[i..j.max(i)]);
        }
    }
}
