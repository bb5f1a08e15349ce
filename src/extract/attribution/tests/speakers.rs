//! Speaker rules added for issue 18 (parts 2, 4, 6), each with sentences of our own.

use super::{reported, some, speakers};

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

#[test]
fn a_short_attribution_after_a_full_stop_attributes_the_quote() {
    assert_eq!(
        speakers("Boris Johnson visited Leeds. “We will build the line.” Johnson said."),
        [some("Boris Johnson")]
    );
    // A new sentence that is no attribution does not.
    assert_eq!(
        speakers("“We will build the line.” The crowd cheered loudly and then went home."),
        [None]
    );
}

#[test]
fn a_short_quote_after_an_attribution_goes_on_with_its_speaker() {
    assert_eq!(
        speakers("Boris Johnson visited Leeds. “It is costly,” Johnson said. “Very costly.”"),
        [some("Boris Johnson"), some("Boris Johnson")]
    );
}

#[test]
fn a_surname_that_is_a_common_word_names_its_person() {
    // "Cross" alone is no name the actor finder marks; the article's Tom Cross is meant.
    assert_eq!(
        speakers(
            "Tom Cross is a speechwriter in Ohio. Cross, whose book won the Golden Quill Prize, said the party was “lost at sea”."
        ),
        [some("Tom Cross")]
    );
}

#[test]
fn a_surname_of_two_words_names_its_person() {
    // "Ten" opens no name, so "Ten Bosch" alone is none the actor finder marks.
    assert_eq!(
        speakers(
            "Harbour coach Piet Ten Bosch criticised the referee. The cause of the row was a penalty.\n\n“It was a terrible decision,” Ten Bosch said."
        ),
        [some("Piet Ten Bosch")]
    );
}

#[test]
fn the_company_is_the_business_named_just_before() {
    assert_eq!(
        speakers(
            "Regulators fined Quillmark Systems last week. In a statement the company said it would “appeal at once”."
        ),
        [some("Quillmark Systems")]
    );
    // A public body is no company: the description stays as written.
    assert_eq!(
        speakers(
            "The Senate Finance Committee met on Monday. In a statement the company said it would “appeal at once”."
        ),
        [some("the company")]
    );
}

#[test]
fn verbs_of_praise_and_blame_introduce_quotes() {
    assert_eq!(
        speakers("Mayor Jane Ortiz lauded the plan as “a new start for the city”."),
        [some("Jane Ortiz")]
    );
    assert_eq!(
        speakers("Senator Tom Reyes blasted the bill as “a giveaway to insurers”."),
        [some("Tom Reyes")]
    );
}

#[test]
fn a_person_named_after_a_preposition_does_not_break_the_chain_of_a_source() {
    assert_eq!(
        speakers(
            "Tom Reyes said the plan would fail. The council later met with Paul Grant. “It is over,” he said."
        ),
        [some("Tom Reyes")]
    );
}

#[test]
fn a_participle_after_a_comma_hangs_on_the_sentence_subject() {
    assert_eq!(
        speakers(
            "Tom Reyes met the mayor, Ann Diaz, on Friday, saying the deal was “a fair one for everyone”."
        ),
        [some("Tom Reyes")]
    );
}

#[test]
fn an_unnamed_source_keeps_an_indefinite_phrase_after_of() {
    assert_eq!(
        speakers("“Fares will rise,” a spokeswoman for a small regional airline told reporters."),
        [some("a spokeswoman for a small regional airline")]
    );
}

#[test]
fn a_short_determined_subject_after_a_quote_is_kept_as_written() {
    assert_eq!(
        speakers("“We ask for a fair hearing,” the petition reads."),
        [some("the petition")]
    );
    // With a phrase of place after it, the subject is still the phrase (no speaker before).
    assert_eq!(
        speakers(
            "Ann Lee met the board.\n\n“Keep our town moving,” a voice-over in the ad states."
        ),
        [some("a voice-over in the ad")]
    );
    assert_eq!(
        speakers(
            "Ann Lee met the board.\n\n“Welcome to the island!” a greeting on the website reads."
        ),
        [some("a greeting on the website")]
    );
}

#[test]
fn a_speech_word_after_an_article_is_a_noun() {
    // "claims" after "the" is no verb whose subject would end at the hearer of "assured".
    assert_eq!(
        speakers(
            "Ann Lee runs the harbour board.\n\nLee’s office assured the residents that all \
             of the claims in the suit are false, and that the office will be “fully cleared.”"
        ),
        [some("Lee’s office")]
    );
}

#[test]
fn an_indefinite_phrase_after_an_inverted_verb_is_kept_as_written() {
    // The head ("owner") is no word of an unnamed speaker; the relative clause is left out.
    assert_eq!(
        speakers(
            "Ann Lee met the board.\n\n“We waited so long,” said one owner of a bakery near \
             the pier who declined to be named for fear of losing his lease."
        ),
        [some("one owner of a bakery near the pier")]
    );
}

#[test]
fn a_long_sentence_closing_with_its_source_attributes_the_quote_after_it() {
    // The speech verb is far into the sentence: its source is the words after the last
    // comma, and the standalone quote that follows is theirs.
    let body = "Harriet Vane toured the harbour on Monday.\nThe council's plan to close the harbour for two winters running would cost the town its fishing fleet and most of its shops, Vane said. “Nobody here can wait two years.”";
    assert_eq!(speakers(body), [some("Harriet Vane")]);
}

#[test]
fn a_name_with_a_long_apposition_before_the_verb_after_a_quote_speaks() {
    // The verb comes past the usual look-ahead; the name before the apposition speaks, not
    // the paper after "told".
    assert_eq!(
        speakers(
            "“Nobody asked the harbour first,” Dana Whitfield, the long-serving head of the \
             Harbour Trust and who also sits on the town's busy planning board, told The \
             Evening Courier."
        ),
        [some("Dana Whitfield")]
    );
}

#[test]
fn a_negated_verb_after_the_cue_makes_a_clause_not_a_source() {
    // "said the senator's statement didn't …": a clause reported, not an inverted source.
    let r = super::reported(
        "Economist Priya Ramanathan, who studies labor, said the senator's statement didn't \
         clarify the matter.",
    );
    assert_eq!(
        r[0].0, "the senator's statement didn't clarify the matter",
        "{r:?}"
    );
    assert_eq!(r[0].1, some("Priya Ramanathan"), "{r:?}");
}

#[test]
fn a_capitalised_word_of_a_title_after_a_quote_is_no_verb() {
    // "Comments" is a word of the headline, not a verb naming "Over Budget" as the source.
    assert_eq!(
        speakers("Chris Dalton Calls Mayor Ann Mills 'A Failure' Over Budget Comments."),
        [some("Chris Dalton")]
    );
}

#[test]
fn a_name_before_a_colon_speaks_for_the_rest_of_its_sentence() {
    assert_eq!(
        speakers("Pat Dalton: Ann Mills Wanting Another Recount 'Shows Real Panic.'"),
        [some("Pat Dalton")]
    );
    // A label before a colon speaks for no sentence after its own.
    assert_eq!(
        speakers("Budgets: The city spent more this year. “We will cut costs,” Ann Mills said."),
        [some("Ann Mills")]
    );
}

#[test]
fn a_word_of_a_name_is_no_speech_verb() {
    // "States" of "the United States" is no verb whose subject is Leduc.
    assert_eq!(
        speakers(
            "Ross Hadley flew.\nHadley, for his part, paraphrased the first Canadian in orbit, \
             Marc Leduc, commenting on the United States: “We are go for launch.”"
        ),
        [some("Ross Hadley")]
    );
}

#[test]
fn members_of_an_organisation_are_no_source_that_is_the_organisation() {
    let body = "Party row\n\nThe Democratic Party met in Denver on Monday to pick a platform.\n\nDemocrats said the convention would be held in July.\n";
    let r = reported(body);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Democrats"));
    // The organisation's own name still names it.
    let body = "Party row\n\nThe Democratic Party said the convention would be held in July.\n";
    assert_eq!(reported(body)[0].1, some("Democratic Party"));
}

#[test]
fn a_judging_verb_in_any_form_gives_its_quoted_object_the_subject() {
    let body = "Mayor Tom Reilly went on the radio to accuse the council of being “asleep at the wheel” on housing.";
    assert_eq!(speakers(body), [some("Tom Reilly")]);
    let body = "Dana Whitfield portrayed the plan as “a gift to landlords” in her speech.";
    assert_eq!(speakers(body), [some("Dana Whitfield")]);
}

/// "Opening phrase, he VERB …: “…”": the pronoun is the subject, not a place the phrase
/// names.
#[test]
fn a_pronoun_after_an_opening_phrase_speaks_before_a_colon() {
    let body = "Tom Berg met the mayor of Dunmore on Monday.\n\
                Back on American soil, he returned to his old lines: “Nobody builds bridges \
                better than me.”\n\
                Asked which Iowa town he liked best, he demurred: “Whichever one I am in.”";
    assert_eq!(
        speakers(body),
        [some("Tom Berg"), some("Tom Berg")],
        "{body}"
    );
}

/// "She said …. “…”": a quote standing alone after a sentence that a "he" or "she" opens
/// with a speech verb is the words of whom the pronoun means.
#[test]
fn a_quote_after_a_sentence_a_pronoun_opens_is_the_pronoun_s() {
    let body = "Ann Reyes and Tom Berg clashed over taxes at the debate.\n\n\
                Reyes said the town needs more teachers. She said she and the mayor had made \
                progress. “I really believe the mayor has done an incredible job.”\n\n\
                But he said the schools come first. “We cannot wait another year.”\n\n\
                In reply to Berg's charge that she was slow, she said she had kept every \
                promise. “I really believe the town is better off.”";
    assert_eq!(
        speakers(body),
        [some("Ann Reyes"), some("Tom Berg"), some("Ann Reyes")],
        "{body}"
    );
}

/// "A spokesman said: “…” He said … He said …": a pronoun after a source that is the same
/// pronoun goes on with the unnamed source that one meant, not a person named before.
#[test]
fn a_pronoun_after_the_same_pronoun_continues_an_unnamed_source() {
    let body = "Tom Hale wrote a report on the port.\n\n\
                A spokesman for the port authority said: “The ships come first.” He said the \
                harbour and other docks were short of cranes. He said half of the cranes were \
                broken. “It may seem like a small problem, but it slows every ship.”";
    let spokesman = some("A spokesman for the port authority");
    assert_eq!(
        speakers(body),
        [spokesman.clone(), spokesman.clone()],
        "{body}"
    );
    let r = reported(body);
    assert!(r[1..].iter().all(|(_, s, _)| *s == spokesman), "{r:?}");
}

/// "X issued a statement from Y: “…”": the words are Y's, not X's or an earlier speaker's.
#[test]
fn a_statement_from_someone_before_a_colon_is_theirs() {
    let body = "Mayor Ann Clay spoke to the council on Monday. Later, Ann Clay released \
                the following statement from Tom Hale: \"The river comes first, and the \
                bridge will wait until spring.\" The office then issued a statement from the \
                mayor: \"We will rebuild.\"";
    assert_eq!(
        speakers(body),
        [some("Tom Hale"), some("Ann Clay")],
        "{body}"
    );
}

/// "the king" after "King Harald Olsen": the one holder of the office.
#[test]
fn the_king_is_the_one_king_named() {
    let body = "King Harald Olsen opened the bridge on Monday with Tom Hale. The palace \
                issued a statement from the king: \"The bridge belongs to everyone.\"";
    assert_eq!(speakers(body), [some("Harald Olsen")], "{body}");
}

/// A paragraph ending "X continued:" introduces the quotation that makes up the next one.
#[test]
fn a_paragraph_ending_in_a_colon_introduces_the_next() {
    let body = "Mayor Ann Clay spoke at the hall on Monday with Tom Hale and Peter \
                Wimsey.\n\nTom Hale continued:\n\n\
                \u{201c}You look at the questions and you see the problem.\u{201d}\n\n\
                Peter Wimsey responded:\n\n\"If there are people in this town who want \
                that, let them say so.\"\n\nIn a speech in 1963, she declared:\n\n\
                \u{201c}It is very appropriate that we meet here.\u{201d}\n";
    assert_eq!(
        speakers(body),
        [some("Tom Hale"), some("Peter Wimsey"), some("Ann Clay")],
        "{body}"
    );
}

/// A paragraph ending "…, he declared:" gives its speaker to the quote opening the next.
#[test]
fn a_paragraph_ending_in_a_colon_introduces_the_next_quote() {
    let body = "Senator Harry Vance toured Ohio last week.\n\n\
        In a 1998 speech, he declared:\n\n\
        “It is very appropriate that we meet here today in this great hall.”";
    assert_eq!(speakers(body), [some("Harry Vance")]);
}

/// A paragraph that is only a quote goes on with the report the paragraph before ends on,
/// even one the clause finder does not take (a report broken by a comma phrase, a verb
/// with a phrase before its "that").
#[test]
fn a_quote_paragraph_goes_on_with_a_report_no_clause_holds() {
    let body = "The council met in Dover on Monday.\n\n\
        If anything, Ann Lee argued in her letter, the delay is a sign that the council \
        should change its rules.\n\n\
        “In light of this failure, is it wise for the council to keep the old rules and \
        the old ways?”\n\n\
        Bob Crane elaborated in an essay for the Dover Times that the vote may be late.\n\n\
        “A late vote would underscore the weakness of the council as a body.”";
    assert_eq!(
        speakers(body),
        [some("Ann Lee"), some("Bob Crane")],
        "{body}"
    );
}

/// "Pressed" after a quote is a question put again: a verb of speech.
#[test]
fn pressed_after_a_quote_is_a_verb_of_speech() {
    let body = "Tom Hale and Ann Lee met the press in Dover on Monday.\n\n\
        “Will you sign the lease before the vote in March?” Lee pressed. “Or will you wait?”";
    assert_eq!(speakers(body), [some("Ann Lee"), some("Ann Lee")], "{body}");
}

#[test]
fn people_of_a_place_are_no_place_speaking() {
    // A demonym names people of the place, not the place: kept as written.
    let r = reported(
        "Portugal signed the fishing treaty on Monday. Many Portuguese fishermen said the new \
         quotas would ruin them.",
    );
    assert_eq!(r[0].0, "the new quotas would ruin them");
    assert_eq!(r[0].1, some("Many Portuguese fishermen"));
    // The place by its own name still speaks.
    let r = reported(
        "Portugal signed the fishing treaty on Monday. Portugal said the new quotas would \
         protect the stocks.",
    );
    assert_eq!(r[0].1, some("Portugal"));
}

#[test]
fn an_organisation_keeps_a_second_verb_of_its_sentence() {
    // The last word of the sentence before "and says" is no head noun of its subject.
    let r = reported(
        "The Lisbon Port Authority has deemed most of the files personal and says it will not \
         release them.",
    );
    assert_eq!(r[0].0, "it will not release them");
    assert_eq!(r[0].1, some("Lisbon Port Authority"));
}

#[test]
fn quotes_listed_together_share_a_speaker() {
    // Only the first quote has a rule of its own ("as Vance went on about"): the others
    // are listed after it.
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        The crowd cheered as Vance went on about “how the budget is broken,” and “the \
        forgotten farmers” and “our own towns.”";
    assert_eq!(
        speakers(body),
        [
            some("Harry Vance"),
            some("Harry Vance"),
            some("Harry Vance")
        ]
    );
    // A full stop between them ends the list.
    let body = "Critic Ann Cole reviewed the season.\n\n\
        The first show was “Blue Harbor.” Then “the real winner” came along.";
    assert_eq!(speakers(body).last(), Some(&None));
}

#[test]
fn a_quote_the_sentence_runs_on_past_is_the_verb_before_it() {
    // The verb after the quote reports other words.
    assert_eq!(
        speakers(
            "Mayor Ann Lockwood called the levy “a burden” for farmers, and Tom Reyes said it was fair."
        ),
        [some("Ann Lockwood")]
    );
    // A quote closed by a comma is the words of the verb after it.
    assert_eq!(
        speakers("Ann Lockwood spoke first. “It was long,” Tom Reyes said."),
        [some("Tom Reyes")]
    );
}

#[test]
fn a_bracket_after_the_name_only_says_where_the_speaker_is_from() {
    // The source words open inside the bracket: the name before it speaks, not "R-Ohio".
    assert_eq!(
        speakers(
            "Senate Majority Leader Tom Brandt (R-Ohio), in particular, has been steadily \
             calling the mayor a \"loose cannon\" in speeches."
        ),
        [some("Tom Brandt")]
    );
}

#[test]
fn verbs_of_manner_attribute_a_quote() {
    // "scoffed", "muttered": the speaker's words, said a certain way.
    assert_eq!(
        speakers(
            "Tom Reed opened the meeting at the quay.\n\n“Nobody asked us about the levy,” Ann \
             Okafor scoffed.\n\n“We will see,” Okafor muttered after the vote."
        ),
        [some("Ann Okafor"), some("Ann Okafor")]
    );
    // "interjected", "beamed": a turn taken or words said with a smile.
    assert_eq!(
        speakers(
            "Tom Reed opened the meeting at the quay.\n\n“That is not what the board \
             agreed,” Ann Okafor interjected.\n\n“It is a good day for the harbour,” Reed beamed."
        ),
        [some("Ann Okafor"), some("Tom Reed")]
    );
}

#[test]
fn a_pronoun_after_an_opening_phrase_is_the_subject_not_a_name_in_it() {
    let body = "Maria Lopez resigned from the paper on Monday.\n\
        On Twitter, she responded Tuesday to one of the mayor's posts by saying, “Just stop \
        lying.”";
    assert_eq!(speakers(body), [some("Maria Lopez")]);
}

#[test]
fn an_outlet_is_no_speaker_of_a_persons_words_it_reports() {
    // The quote is in Lee's own clause inside the magazine's report: Lee's words.
    assert_eq!(
        speakers(
            "Governor Ann Lee toured the harbour.\nThe Harbour Gazette reported that during \
             a visit to Ashby, Lee refused to meet the crews and referred to them as “lazy.”"
        ),
        [some("Ann Lee")]
    );
    // What the magazine itself says stays the magazine's.
    assert_eq!(
        speakers("The Harbour Gazette reported that the pier was “unsafe.”"),
        [some("Harbour Gazette")]
    );
}
