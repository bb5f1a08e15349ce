//! Speakers of marked quotes (issue 18): a name after "said of", a person named in an
//! opening adverbial, a group's source kept as written.

use super::{some, speakers};

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
