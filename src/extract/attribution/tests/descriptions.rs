//! Descriptions and bare words as subjects: a party's member, an office after a comma, a
//! surname read as a country's name, a participle after "After". Sentences of our own.

use super::{reported, some, speakers};

#[test]
fn a_member_of_a_party_is_kept_as_written() {
    let body = "The Republican Party met in Portland on Friday.\n\
        “We will carry the county,” said a Maine Republican.\n\
        “Turnout will be low,” another Maine Republican added.";
    assert_eq!(
        speakers(body),
        [some("a Maine Republican"), some("another Maine Republican")]
    );
}

#[test]
fn the_member_of_a_party_is_the_person_the_sentence_before_spoke_of() {
    let body = "The Republican Party met in Portland on Friday.\n\
        Senator Margaret Olsen said the vote would be close.\n\
        In an interview, the Maine Republican said the party was “ready for a fight.”";
    assert_eq!(speakers(body), [some("Margaret Olsen")]);
}

#[test]
fn a_party_word_before_a_noun_is_no_speaker() {
    let body = "The Democratic Party met in Denver on Friday.\n\
        The Democratic frontrunner wrote in a column that the city was “too often forgotten.”";
    assert_eq!(speakers(body), [some("The Democratic frontrunner")]);
}

#[test]
fn a_party_named_alone_is_the_party() {
    let body = "The Labour Party met in Leeds on Friday.\n“We will win the seat,” Labour said.";
    assert_eq!(speakers(body), [some("Labour Party")]);
}

#[test]
fn an_office_after_a_comma_is_the_subject_not_a_name_before_it() {
    let body = "As for whether Tom Reyes still trusts Anna Brandt, the Ohio senator said \
        there were “some doubts” left.";
    assert_eq!(speakers(body), [some("the Ohio senator")]);
    // An apposition names the person before it.
    let body = "Anna Brandt, the Ohio senator, said there were “some doubts” left.";
    assert_eq!(speakers(body), [some("Anna Brandt")]);
}

#[test]
fn a_surname_read_as_a_country_is_the_person() {
    let body = "Mark Jordan, a carpenter, spoke at the rally.\n“We need work,” Jordan said.";
    assert_eq!(speakers(body), [some("Mark Jordan")]);
}

#[test]
fn a_participle_after_an_opening_word_has_the_main_clause_subject() {
    let body = "Maria Lopez wrote a memoir in 2003.\nAfter saying her ankle was “too swollen to \
        walk on,” she was taken to a clinic.";
    assert_eq!(speakers(body), [some("Maria Lopez")]);
    let body = "While telling reporters that the plan was “dead on arrival,” Peter Lang left.";
    assert_eq!(speakers(body), [some("Peter Lang")]);
}

#[test]
fn the_object_of_a_verb_or_preposition_is_no_speaker() {
    // "fans" are whom the official greeted, not who spoke.
    let s = speakers(
        "After the final, the club's senior official greeted fans, saying: “This one is yours.”",
    );
    assert_ne!(s, [some("greeted fans")]);
    assert_eq!(s, [some("senior official")]);
    // A role before a name after "by" still names the speaker.
    assert_eq!(
        speakers("“The matter is settled,” according to a notice signed by county attorney Dana Whitlock."),
        [some("Dana Whitlock")]
    );
}

#[test]
fn an_article_before_a_word_of_rank_is_kept_with_the_description() {
    let body = "The harbour board met on Tuesday.\n\
        “The ferries will run late,” said one former harbour official.\n\
        “Nobody told the crews,” a senior port official added.";
    assert_eq!(
        speakers(body),
        [
            some("one former harbour official"),
            some("a senior port official")
        ]
    );
}

#[test]
fn a_campaign_hand_after_the_verb_is_kept_as_written() {
    let body = "The council met in Dayton on Monday.\n\
        “The count was rigged,” said one former campaign staffer, who asked not to be named.\n\
        “It will pass,” said a strategist for one of these campaigns, speaking on condition \
        of anonymity.\n\
        “We are ready,” said one unaligned Ohio Republican strategist.\n\
        One aide inside City Hall said the plan was “a joke.”\n\
        A staffer in the room tried to calm the crowd, saying “Please sit down.”";
    assert_eq!(
        speakers(body),
        [
            some("one former campaign staffer"),
            some("a strategist for one of these campaigns"),
            some("one unaligned Ohio Republican strategist"),
            some("One aide inside City Hall"),
            some("A staffer in the room"),
        ]
    );
}

#[test]
fn a_name_modifying_a_noun_gives_the_description_as_written() {
    let body = "Senator Alan Brooke spoke in Ohio on Monday.\n\
        “The plan is bigger than the party,” said one Brooke confidant.\n\
        “It is a mess,” said a 2010 Brooke veteran.\n\
        This Brooke look-alike told the crowd that the state was “open for business.”";
    assert_eq!(
        speakers(body),
        [
            some("one Brooke confidant"),
            some("a 2010 Brooke veteran"),
            some("This Brooke look-alike")
        ]
    );
}

#[test]
fn a_name_before_a_noun_in_ly_or_ad_gives_the_description() {
    let body = "Senator Alan Brooke spoke in Ohio on Monday.\n\
        A Brooke ally suggested that the senator would change course on the levy.\n\
        One Brooke ad declared that the levy was unfair.\n\
        A Brooke assembly declared that the levy would fall.";
    let r = reported(body);
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!(r[0].1, some("A Brooke ally"));
    assert_eq!(r[1].1, some("One Brooke ad"));
    // A noun in "-ly" of the one list the clause's subject reads too.
    assert_eq!(r[2].1, some("A Brooke assembly"));
}

#[test]
fn a_possessors_group_or_office_is_the_speaker_as_written() {
    let body = "Senator Paul Reyes spoke in Ohio on Monday.\n\
        Reyes's office said in a statement, “The senator never asked for it.”\n\
        The results are not in, but Reyes’s campaign is already claiming victory in the \
        so-called “governor’s bracket.”";
    assert_eq!(
        speakers(body),
        [some("Reyes's office"), some("Reyes’s campaign")]
    );
}

#[test]
fn demonstrators_chanting_are_the_speakers() {
    let body = "Governor Tom Brandt spoke in Dayton on Monday.\n\
        Hundreds of pro-Brandt demonstrators marched through the city, chanting “Tom or \
        nobody,” as the session opened.";
    assert_eq!(speakers(body), [some("pro-Brandt demonstrators")]);
}

#[test]
fn an_office_is_the_recent_person_named_with_that_title() {
    let body = "Sen. Ann Okafor toured the mill on Monday.\n\
        Tom Reyes, who runs the night shift, showed her the looms.\n\
        The senator said on Tuesday that the mill was “here to stay.”";
    assert_eq!(speakers(body), [some("Ann Okafor")]);
    // Two others named since her.
    let body = "Sen. Ann Okafor toured the mill on Monday.\n\
        Tom Reyes, who runs the night shift, showed her the looms Maria Lopez built.\n\
        The senator said on Tuesday that the mill was “here to stay.”";
    assert_eq!(speakers(body), [some("Ann Okafor")]);
    // A former holder only for "the former …"; nobody holding it keeps the last person.
    let body = "Gov. Ann Okafor toured the mill on Monday.\n\
        Tom Reyes, who runs the night shift, showed her the looms.\n\
        The former governor said on Tuesday that the mill was “here to stay.”";
    assert_eq!(speakers(body), [some("Tom Reyes")]);
}

#[test]
fn a_description_of_one_person_goes_on_with_the_last_source() {
    // Tom Reyes is named only inside what Ann Okafor said.
    let body = "Ann Okafor said on Monday that Tom Reyes had saved the mill.\n\
        The senator added that the town owed him “a great deal.”";
    assert_eq!(speakers(body), [some("Ann Okafor")]);
    // Someone named since outside her words: the last person named, as before.
    let body = "Ann Okafor said on Monday that the mill would reopen.\n\
        Tom Reyes toured the looms on Tuesday.\n\
        The senator added that the town owed him “a great deal.”";
    assert_eq!(speakers(body), [some("Tom Reyes")]);
}

#[test]
fn the_same_head_again_is_the_unnamed_source_before() {
    let body = "“If I were a donor, I would want answers,” said a prominent party member who \
        supports Tom Reyes.\n\
        Reyes has paid his own firms more than $200,000 since May.\n\
        “Nobody cares when you spend your own money,” the party member said.";
    assert_eq!(speakers(body), [some("party member"), some("party member")]);
}

#[test]
fn an_office_alone_after_a_comma_is_the_subject() {
    let body = "“The plan is far from perfect,” columnist Ann Okafor wrote in the Harbour Times.\n\
        But Tom Reyes has one thing in common with the voters, the columnist suggested: “He \
        is tired of waiting.”";
    assert_eq!(speakers(body), [some("Ann Okafor"), some("Ann Okafor")]);
}

#[test]
fn a_lone_gerund_or_much_as_source_gives_the_sentences_subject() {
    let body = "Mayor Ed Lorn spoke on Monday.\n\
        After casting doubt earlier this week on the value of an outside review, Lorn said \
        Thursday that the city welcomes one.\n\
        Lorn wasn't so much saying that the levy would fail but that he feared it would pass.";
    let r = reported(body);
    let by_cue = |cue: &str| r.iter().find(|q| q.2 == cue).map(|q| q.1.clone());
    assert_eq!(by_cue("doubt"), Some(some("Ed Lorn")), "{r:?}");
    assert_eq!(by_cue("saying"), Some(some("Ed Lorn")), "{r:?}");
}

#[test]
fn an_and_inside_a_relative_clause_opens_no_subject() {
    let r = reported(
        "Harbour officials, who granted the firm tax breaks and other incentives, are furious \
         at the company and want their money back.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Harbour officials"));
}

#[test]
fn a_conjunction_opening_the_sentence_is_no_part_of_a_description() {
    let r = reported(
        "Lee Marr runs the ferry firm. Though executives who have worked with Lee Marr say the \
         firm will grow, the board is worried.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("executives"));
}

#[test]
fn a_bare_word_in_an_opening_phrase_is_not_whom_a_description_means() {
    let body = "Ann Marsh, the promoter, said the tour was sold out.\n\
        In a Radio5 interview, the singer said the shows would go on.";
    let speakers: Vec<_> = reported(body).into_iter().map(|(_, s, _)| s).collect();
    assert_eq!(speakers, [some("Ann Marsh"), some("Ann Marsh")]);
}

/// A participle after a clause opened by "where" or "when" after a comma or a dash hangs
/// on that clause: its subject speaks, not the sentence's.
#[test]
fn a_participle_after_a_where_clause_is_that_clause_s_subjects() {
    let body = "Mayor Tom Reyes spoke at the town hall on Monday.\n\n\
        Reyes spoke down the street from the hotel — now owned by a bank — where about 50 \
        protesters had gathered on Wednesday, chanting “no deal, no peace” at the doors.\n\n\
        Reyes spoke down the street from the hotel, where about 50 workers had gathered \
        on Wednesday, chanting “no deal, no work” at the doors.";
    assert_eq!(
        speakers(body),
        [some("about 50 protesters"), some("about 50 workers")]
    );
}

/// "The attorney general has denied …" after a headline naming who denies: a role noun
/// after a word of one person ("attorney") is that person's office, the source named just
/// before, as "the attorney" alone was.
#[test]
fn an_office_of_two_words_is_the_person_named_as_the_last_source() {
    let body = "Osei denies ferry advice claim\n\n\
        The attorney general has denied his statement to the assembly about the ferry fees \
        was drafted by party officials.\n\n\
        Lord Osei said Lord Mensah and Lady Appiah played no part in drafting the answer.";
    let got = reported(body);
    let statement = got.iter().find(|(c, _, _)| c.starts_with("his statement"));
    assert_eq!(
        statement.map(|(_, s, _)| s.clone()),
        Some(some("Osei")),
        "{got:?}"
    );
}

/// "Whilst" opening a sentence is a conjunction, as "while" is: no part of a name or a
/// description ("Whilst I agree …" is the writer's, no one named).
#[test]
fn whilst_opening_a_sentence_is_no_speakers_word() {
    let got = reported("Whilst I agree that the ferry fees are too high, the board has a plan.");
    assert!(
        got.iter()
            .all(|(_, s, _)| s.as_deref().is_none_or(|s| !s.contains("Whilst"))),
        "{got:?}"
    );
}
