//! Quoted words in the object of the sentence's verb, with no cue of their own: the
//! subject's. Sentences of our own.

use super::{attributed, some, speakers};
use crate::model::QuoteKind;

#[test]
fn a_fragment_after_a_verb_is_the_subjects() {
    let body = "Mayor Ann Cole opened the session. Senator Harry Vance spoke on Monday.\n\n\
        In recent weeks, Vance has gone after Cole as a “walking disaster” and a \
        “tired old man.”\n\n\
        Vance also referred to the budget as “a total mess” in an interview.";
    assert_eq!(
        speakers(body),
        [
            some("Harry Vance"),
            some("Harry Vance"),
            some("Harry Vance")
        ]
    );
    // Two words before "and" modify no noun: quoted words, not a scare quote.
    assert_eq!(attributed(body)[0].2, QuoteKind::Partial);
}

/// A state or party in brackets after the name ("Sen. X (Ohio)") is no part of it.
#[test]
fn a_bracketed_state_after_the_subject_is_not_the_speaker() {
    let body = "Sen. Mary Fallon (Ohio) joined the critics this week, publishing an essay \
        hammering the plan as “a fairy tale.”\n\n\
        Sen. Mary Fallon (D-Ohio) has gone after the plan as “a hoax.”";
    assert_eq!(speakers(body), [some("Mary Fallon"), some("Mary Fallon")]);
}

#[test]
fn a_title_or_another_clause_gives_no_speaker() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Harry Vance met the farmers, who grow the “best corn in the state” here.\n\n\
        Harry Vance later joined “The Morning Table” as a guest.";
    assert_eq!(speakers(body), [None, None]);
}

#[test]
fn a_relative_word_inside_an_earlier_quote_opens_no_clause() {
    // "who" is the first quote's word: the second quote is still the subject's.
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Harry Vance has compared the mayor to a “clerk who never reads” and later gave him \
        the name of “a stranger to the city.”";
    assert_eq!(speakers(body), [some("Harry Vance"), some("Harry Vance")]);
    // Outside the quotes it still does.
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Vance met the farmers, who grow the “best corn in the state” here.";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_participle_before_the_subject_is_an_adverbial() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Reading from a prepared text, Harry Vance put the budget down as “a total mess” twice.";
    assert_eq!(speakers(body), [some("Harry Vance")]);
}

#[test]
fn an_aside_between_commas_after_the_subject_is_passed() {
    // "in particular" is set off by commas between the subject and its verb.
    assert_eq!(
        speakers(
            "Tom Brandt, in particular, has been steadily pounding the mayor as a \
             \"loose cannon\" in speeches."
        ),
        [some("Tom Brandt")]
    );
    assert_eq!(
        speakers(
            "Senator Tom Brandt (R-Ohio), in particular, has been steadily pounding the \
             mayor as a \"loose cannon\" in speeches."
        ),
        [some("Tom Brandt")]
    );
}

#[test]
fn a_relative_clause_that_says_nothing_has_no_speaker_of_its_own() {
    // "who is" describes the coach.
    assert_eq!(
        speakers(
            "Martin Holloway, the director of debate at the University of Denver, compared \
             the candidate to a coach who is \"working the officials\" in hopes of a call."
        ),
        [some("Martin Holloway")]
    );
    // One after a comma has a subject of its own.
    assert_eq!(
        speakers(
            "Martin Holloway met the coaches, who are \"working the officials\" in hopes \
             of a call."
        ),
        [None]
    );
}

/// A clause whose source the rules cannot read (here the content of "said" after the
/// quote's own verb) leaves the quote to the sentence's subject.
#[test]
fn a_clause_with_no_speaker_leaves_the_quote_to_the_sentence_subject() {
    assert_eq!(
        speakers(
            "Senator Harry Vance spoke on Monday.\n\n\
             Vance further summed up the budget as “a total mess,” denounced its authors \
             and said they should resign."
        ),
        [some("Harry Vance")]
    );
}

/// An apposition after the subject that names someone else ("X, Y's campaign manager,")
/// leaves the subject the speaker.
#[test]
fn an_apposition_naming_another_leaves_the_subject() {
    let body = "Mayor Ann Cole opened the session. Dana Whitlock spoke on Monday.\n\n\
        Dana Whitlock, Ann Cole’s former campaign manager, ripped the council for acting as \
        “the judge and the jury” in the case.";
    assert_eq!(speakers(body), [some("Dana Whitlock")]);
}

/// A day between the subject and its verb ("X on Friday", "X Tuesday") or a word and a
/// comma opening the sentence ("First,") hide neither.
#[test]
fn a_day_after_the_subject_or_an_opening_word_hides_no_verb() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Vance Tuesday dismissed the audit as “a waste of everyone’s time” on the radio.\n\n\
        Vance on Friday described the budget as “a total mess” again.\n\n\
        First, Vance identified the mayor as “the real problem here,” which angered many.";
    assert_eq!(
        speakers(body),
        [
            some("Harry Vance"),
            some("Harry Vance"),
            some("Harry Vance")
        ]
    );
}

/// A description that names no actor but a message, a body or people ("The ad", "A
/// friend", "The board") speaks the quote in its object as written; an abstract one ("The
/// question") does not.
#[test]
fn a_speaking_description_is_kept_as_written() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        The new ad painted the senator as “a friend of every lobbyist in town” all week.\n\n\
        A neighbour described the senator as “the kindest man on our street” to reporters.\n\n\
        The question posed there was whether anyone needed “a second look at the rules” now.";
    assert_eq!(
        speakers(body),
        [some("The new ad"), some("A neighbour"), None]
    );
}

/// A description's verb of the present in "-s" ("The ad targets", "The campaign
/// projects") ends it as a past tense does: the quote in the object is the description's.
#[test]
fn a_present_tense_verb_ends_a_speaking_description() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        The new ad targets a “tired old man who never reads the bills he signs.”\n\n\
        The Vance campaign projects that “a modest levy on trading” would raise millions.";
    assert_eq!(
        speakers(body),
        [some("The new ad"), some("The Vance campaign")]
    );
}

#[test]
fn a_party_before_a_roles_lower_case_words_leaves_the_person_the_subject() {
    // No verb of speech: the sentence's subject speaks, and it is the person the role
    // names, not the party that says which role.
    assert_eq!(
        speakers(
            "The campaign went on in Iowa this week.\nDemocratic presidential candidate Tom Brandt is choosing not to answer charges that his backers are waging “profane” attacks on the governor."
        ),
        [some("Tom Brandt")]
    );
}

/// A pronoun after an opening phrase's comma, or right after its one word, is the
/// subject whose words a quote in the object are.
#[test]
fn a_pronoun_past_an_opening_phrase_is_the_subject() {
    let body = "Governor Carlos Ortiz attacked his rival on Monday.\n\n\
        Somewhere in there, he tossed in a “lying” Anna Lee.\n\n\
        And online he has criticized the aides as “way off key.”";
    assert_eq!(speakers(body), [some("Carlos Ortiz"), some("Carlos Ortiz")]);
}

/// "…, such as when Lee knocked Ortiz on taxes and called him “…”": a verb after "and"
/// shares the subject of the verb before it, not its object, when the sentence opens with
/// no subject that speaks.
#[test]
fn a_verb_after_and_shares_the_subject_not_the_object() {
    assert_eq!(
        speakers(
            "Ann Ortiz and Paul Brandt met twice. There have been sharper jabs, such as when Ortiz knocked Brandt on taxes and called him a “tax-and-spend liberal,” a dig at his record."
        ),
        [some("Ann Ortiz")]
    );
}

/// A name before a plural noun of people only says whose: the group speaks, as written.
#[test]
fn a_name_before_a_plural_of_people_is_the_groups() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Vance supporters are crying “fraud” over the count.\n\n\
        Vance backers later called the vote “a sham.”";
    assert_eq!(
        speakers(body),
        [some("Vance supporters"), some("Vance backers")]
    );
}
