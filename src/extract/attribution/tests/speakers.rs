//! Speaker rules added for issue 18 (parts 2, 4, 6), each with sentences of our own.

use super::{some, speakers};

#[test]
fn a_name_before_a_role_word_is_whose_the_speaker_is() {
    // "Clinton ally James Carville": the ally speaks, not Clinton.
    assert_eq!(
        speakers(
            "Hillary Clinton toured Ohio on Monday.\n“We will carry the state,” said Clinton ally James Carville."
        ),
        [some("James Carville")]
    );
    // A name before its verb is still the subject.
    assert_eq!(
        speakers("Hillary Clinton said on Monday: “We will carry the state.”"),
        [some("Hillary Clinton")]
    );
}
