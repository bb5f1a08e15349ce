//! Whom "he" and "she" pass over: a person named as the object of a preposition (titled or
//! not, or after "with" before a participle), in the last source's words, or after the same
//! pronoun as subject; each with sentences of our own.

use super::{some, speakers};

/// "… matched to Mr Houston. He told BBC News": "he" passes over a person named as the
/// object of a preposition for the last one named otherwise.
#[test]
fn a_pronoun_passes_over_the_object_of_a_preposition() {
    assert_eq!(
        speakers(
            "Party spokesman Mark Croucher spoke on Friday. The remarks were never matched \
             to Mr Houston. He told BBC News: \"We have suspended him as a member.\""
        ),
        [some("Mark Croucher")]
    );
    // A curly quote just before the name ends the clause looked at (a mark of three bytes).
    assert_eq!(
        speakers("“We will go,” Mark Croucher said. He told BBC News: “We have suspended him.”"),
        [some("Mark Croucher"), some("Mark Croucher")]
    );
    // With nobody else named, the object is still the one meant.
    assert_eq!(
        speakers("The award went to John Smith. \"I am delighted,\" he said."),
        [some("John Smith")]
    );
}

/// When the last sentence names nobody "he" can mean but as a preposition's object, "he"
/// continues with the subject of the sentence before, not the last name in it.
#[test]
fn a_pronoun_passes_over_an_object_to_the_subject_of_the_sentence_before() {
    assert_eq!(
        speakers(
            "The race.\n\nRadio host Tom Beck, who once beat Peter Hale at the polls, wants \
             his listeners to turn away from Hale. The host has filled his shows with praise \
             for Jim Cole. \u{201c}He is the next leader,\u{201d} he said."
        ),
        [some("Tom Beck")]
    );
}

/// "with Ann Lee — … — attacking the plan": the name before a participle is its subject,
/// whom a later "she" can mean, not the object of "with".
#[test]
fn a_name_before_a_participle_after_with_is_no_object() {
    assert_eq!(
        speakers(
            "Tax.\n\nMary Fox, an economist at a college, checked the figures.\n\nIt became \
             the main issue of the race, with Ann Lee \u{2014} who wants higher taxes on the \
             rich \u{2014} attacking the plan.\n\n\u{201c}It is a plan for the few,\u{201d} \
             she said."
        ),
        [some("Ann Lee")]
    );
}

/// "he" after a source who named others only inside what he said continues that source.
#[test]
fn a_pronoun_passes_over_people_named_inside_the_last_source_s_words() {
    let body = "Tom Hale, a council member, spoke on Monday. He added that Ann Clay's plan \
                would fail alongside Peter Wimsey's. \"It will not survive the winter,\" he said.";
    assert_eq!(speakers(body), [some("Tom Hale")], "{body}");
}

/// "She has faced criticism over her talks with Ann Lee. “…,” she said": the person named
/// after a sentence's subject "she" is spoken of; the pronoun goes on with whom that "she"
/// meant.
#[test]
fn a_pronoun_passes_over_a_person_named_after_the_same_pronoun() {
    assert_eq!(
        speakers(
            "\"We will publish the report,\" Maria Gomez said. She has faced criticism since \
             her talks with the governor, Ann Lee, over the budget. \"Nobody has asked me \
             to resign,\" she said."
        ),
        [some("Maria Gomez"), some("Maria Gomez")]
    );
    // A sentence whose subject is the person named is still whom "she" continues with.
    assert_eq!(
        speakers(
            "\"We will publish the report,\" Maria Gomez said. Later Ann Lee met the board. \
             \"Nobody has asked me to resign,\" she said."
        ),
        [some("Maria Gomez"), some("Ann Lee")]
    );
}

/// A person named after a preposition with titles and roles between ("overseen by former
/// U.N. secretary general Sam Brand") is its object, as one named right after it is.
#[test]
fn a_pronoun_passes_over_a_titled_object_of_a_preposition() {
    assert_eq!(
        speakers(
            "Dana Osei set up an inquiry overseen by former U.N. secretary general Kim Brand. \
             \"We want the whole truth,\" she said."
        ),
        [some("Dana Osei")]
    );
}
