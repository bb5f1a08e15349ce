//! Speakers of marked quotes (issue 18): a name after "said of", a person named in an
//! opening adverbial, a group's source kept as written, a retort ("shot back"), a
//! participle after "with" and its subject, a speaker before a relative clause, a place
//! in an opening adverbial, a name after "said on"; a dash line signing a quote paragraph;
//! a verb after "but now" sharing the subject; a modifier a named actor is given (a
//! partial quote, not a scare quote).

use super::{attributed, some, speakers};
use crate::model::QuoteKind;

#[test]
fn a_name_after_said_of_is_whom_the_words_are_about() {
    // The quote standing after the sentence goes on with Ortiz, not the man she spoke of.
    assert_eq!(
        speakers(
            "Senators met in Denver on Tuesday.\n“He had many friends in this state,” Ann Ortiz, after a long pause, said of Paul Brandt. “I’d be glad to see him here again.”"
        ),
        [some("Ann Ortiz"), some("Ann Ortiz")]
    );
    // An inverted subject after the verb still speaks.
    assert_eq!(
        speakers(
            "Senators met in Denver on Tuesday.\n“He had many friends,” Ann Ortiz said, after a long pause. “I’d be glad to see him here again,” said Paul Brandt."
        ),
        [some("Ann Ortiz"), some("Paul Brandt")]
    );
}

#[test]
fn a_person_named_in_an_opening_adverbial_is_not_the_subject() {
    assert_eq!(
        speakers(
            "Four months after Helen Walker left office, the Quillmark Agency told the committee that “no records were found.”"
        ),
        [some("Quillmark Agency")]
    );
    assert_eq!(
        speakers("When Helen Walker thanked the city, a man in the crowd yelled “Stay there!”"),
        [some("a man in the crowd")]
    );
    // A definite office after the adverbial is read with it (whom it means may be named
    // there), not alone, where it would take the last person named.
    assert_eq!(
        speakers(
            "Tom Reyes campaigned in Burlington on Monday.\nAs far as whether Reyes still senses anger at Helen Walker among his voters, the Vermont senator acknowledged there are still “some people” who feel that way."
        ),
        [some("the Vermont senator")]
    );
}

#[test]
fn a_group_of_an_organisation_or_place_speaks_as_written() {
    // As reported speech gives the same source ("Republicans in the Senate").
    assert_eq!(
        speakers(
            "The Republican Party met in Ohio on Monday.\nRepublicans in the Senate said the memo was “a smoking gun.”"
        ),
        [some("Republicans in the Senate")]
    );
    assert_eq!(
        speakers(
            "Reporters covered the United States for decades.\nThe U.S. media has always claimed itself to be an “unbiased” source of news."
        ),
        [some("The U.S. media")]
    );
    // The organisation itself still speaks for itself.
    assert_eq!(
        speakers(
            "The Republican Party met in Ohio on Monday.\nThe Republican Party said the memo was “a smoking gun.”"
        ),
        [some("Republican Party")]
    );
    // A headline's clause is no group's name: its subject speaks.
    assert_eq!(
        speakers(
            "Peru admits losing ballot papers, cites 'clerical error'\n\nOn Monday, officials from Peru said the papers had been lost in transit."
        ),
        [some("Peru")]
    );
}

#[test]
fn a_verb_of_hitting_before_back_is_a_retort() {
    // After the quote: the subject of "shot back", not the person named inside the quote.
    assert_eq!(
        speakers(
            "Ann Ortiz debated Paul Brandt in Denver on Monday.\n“Paul wants to look tough tonight,” Ortiz shot back. “Let me finish.”"
        ),
        [some("Ortiz"), some("Ortiz")]
    );
    // Before the quote: not the speaker of the opening clause.
    assert_eq!(
        speakers(
            "After Paul Brandt criticized her during a debate, Ann Ortiz fired back, “I chose to keep my job.”"
        ),
        [some("Ann Ortiz")]
    );
}

#[test]
fn a_participle_after_with_has_the_subject_after_with() {
    // Not the sentence's subject, who is the clause's source.
    assert_eq!(
        speakers(
            "Teachers rallied behind Paul Brandt early, with the Ohio Education Association calling him “a friend of every classroom.”"
        ),
        [some("Ohio Education Association")]
    );
}

#[test]
fn a_speaker_after_the_verb_ends_where_a_relative_clause_opens() {
    // Not the company named in the relative clause.
    assert_eq!(
        speakers(
            "Norwood Apparel makes coats in Ohio.\n“It was hard to come back,” said the designer, who works for another label at Norwood Apparel. “Nobody asked me.”"
        ),
        [some("the designer"), some("the designer")]
    );
}

#[test]
fn a_place_in_an_opening_adverbial_is_not_the_subject_of_the_clause() {
    assert_eq!(
        speakers(
            "At a town hall with farmers in Nebraska on Monday, one questioner claimed that the “new rules” and “paperwork” were ruining small farms."
        ),
        [some("one questioner"), some("one questioner")]
    );
}

#[test]
fn a_name_after_said_and_a_preposition_is_where_it_was_said() {
    // The quote after the sentence goes on with Reyes, not the network she posted on.
    assert_eq!(
        speakers(
            "Voters in Ohio were split on Monday.\n\"I hate this framing of the vote,\" Dana Reyes, a writer for The Ledger, said on Twitter. \"Young voters did their part already.\""
        ),
        [some("Dana Reyes"), some("Dana Reyes")]
    );
}

/// `will be “safe” for children, pointing to what engineers described as …`: a quote the
/// sentence goes on past in lower case is the words of the clause it sits in, not of the
/// subject of a verb further on.
#[test]
fn a_verb_further_on_past_a_running_quote_does_not_speak_for_it() {
    assert_eq!(
        speakers(
            "The harbour master has often wondered whether the new ferry will be \"safe\" for \
             children, pointing to what engineers described as serious flaws in its hull."
        ),
        [some("The harbour master")]
    );
}

/// A quote in what a possessor's noun of speech reports is the possessor's, whatever verb
/// the sentence hangs the noun on; a verb of speech before the possessor keeps its own.
#[test]
fn a_possessors_noun_of_speech_gives_the_speaker() {
    assert_eq!(
        speakers(
            "Mayor Ann Cole opened the session.\n\n\
             The Harbour Trust ran a fact-check on Ann Cole’s claim that the levy had \
             “saved the harbour” last year.\n\n\
             Critics said Ann Cole’s “forty percent” remark hurt her."
        ),
        [some("Ann Cole"), some("Ann Cole")]
    );
    assert_eq!(
        speakers(
            "Mayor Ann Cole opened the session.\n\n\
             The council called Cole’s remarks on Friday “a wake-up call” for the town."
        ),
        [some("The council")]
    );
}

/// A person's office or campaign named with a possessive speaks as written, not as the
/// person.
#[test]
fn a_persons_office_or_campaign_speaks_as_written() {
    assert_eq!(
        speakers(
            "Mayor Ann Cole spoke on Monday.\n\n\
             “We will appeal the ruling,” Cole’s office said in a statement.\n\n\
             Cole’s campaign called the poll a “rush to judgment.”"
        ),
        [some("Cole’s office"), some("Cole’s campaign")]
    );
}

/// A word or two before a noun that the quote's own rules give to a named actor are that
/// actor's, quoted in passing; with only a description or no speaker they stay a scare
/// quote.
#[test]
fn a_modifier_a_named_actor_is_given_is_partial() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Vance later invited reporters to count the “missing” ballots themselves.\n\n\
        The firm may supply “non-core” equipment to the network.";
    let q = attributed(body);
    assert_eq!(q[0].1, some("Harry Vance"));
    assert_eq!(q[0].2, QuoteKind::Partial);
    assert_eq!(q[1].1, None);
    assert_eq!(q[1].2, QuoteKind::Scare);
}

/// The subject of a speech verb after a word that opens a clause ("when", "who", "to
/// which", a semicolon, ", with") is the noun phrase after that word, not a person named
/// earlier in the sentence.
#[test]
fn the_subject_after_a_clause_opener_speaks() {
    assert_eq!(
        speakers(
            "Harold Bixby spoke in Dayton on Friday night, when many listeners called him “the calmest man in the hall” afterwards."
        ),
        [some("many listeners")]
    );
    assert_eq!(
        speakers(
            "Voters were asked whether Harold Bixby could beat Ann Ortiz, to which 31 percent said “quite likely” and 12 percent said “not likely at all.”"
        ),
        [some("31 percent"), some("12 percent")]
    );
    assert_eq!(
        speakers(
            "The council moved to censure Harold Bixby; one member called Bixby “the loudest man in Dayton.” The motion failed."
        ),
        [some("one member")]
    );
    assert_eq!(
        speakers(
            "Much of Ann Ortiz’s anger was aimed at Harold Bixby, whom Ann Ortiz on Monday called “a careless steward of the port.”"
        ),
        [some("Ann Ortiz")]
    );
    // "with" inside the subject is a preposition that opens no clause.
    assert_eq!(
        speakers("A source familiar with Harold Bixby’s plans said, “He will stay in the race.”"),
        [some("A source")]
    );
}

/// A participle after a comma, or a verb after "and" with no speech verb before it, hangs
/// on the sentence's subject (the words before its first verb, resolved or as written),
/// not on a person named later in the sentence; a noun after a possessive ("Reyes’
/// comments") is no speech verb.
#[test]
fn a_participle_or_a_joined_verb_takes_the_sentences_subject() {
    assert_eq!(
        speakers(
            "Ann Ortiz seemed unmoved by Tom Reyes’ comments on Tuesday, telling reporters, “We will win this seat.”"
        ),
        [some("Ann Ortiz")]
    );
    assert_eq!(
        speakers(
            "A spokeswoman for the port stood beside Harold Bixby on Monday, saying his plan was “not serious.”"
        ),
        [some("A spokeswoman for the port")]
    );
    assert_eq!(
        speakers(
            "In an interview, Ann Ortiz doubled down on her attack on Harold Bixby and said the mayor had “a plain conflict of interest” there."
        ),
        [some("Ann Ortiz")]
    );
}

#[test]
fn a_dash_line_after_a_quote_paragraph_signs_it() {
    assert_eq!(
        speakers(
            "Ann Ortiz and Paul Brandt debated in Denver on Tuesday.\n“The city has never been safer.”\n- Paul Brandt.\nThat leaves out the last two years, Ann Ortiz said.\n“We cut the budget twice and the lines grew.”\n- Paul Brandt, the candidate.\nNeither figure holds up."
        ),
        [some("Paul Brandt"), some("Paul Brandt")]
    );
    // A dash line after a paragraph of prose signs nothing.
    assert_eq!(
        speakers(
            "Ann Ortiz spoke in Denver on Tuesday. “We cut the budget,” she said.\n- Paul Brandt."
        ),
        [some("Ann Ortiz")]
    );
}

#[test]
fn a_verb_after_but_and_an_adverb_shares_the_sentence_subject() {
    // "used" ends the subject; "but now said" speaks for it, not for the person it used
    // to support.
    assert_eq!(
        speakers(
            "Mark Hale and Paul Brandt met in Denver on Tuesday.\nMark Hale used to support fellow Texan Paul Brandt, but now said Ann Ortiz had “the chance to bring us together.”"
        ),
        [some("Mark Hale")]
    );
}
