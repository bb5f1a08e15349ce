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
