use super::*;
use crate::extract::{actors, quotes, test_paragraphs};

/// (quote text, speaker name or description, kind) for every marked quote of `body`.
pub(super) fn attributed(body: &str) -> Vec<(String, Option<String>, QuoteKind)> {
    named_quotes(body)
        .into_iter()
        .filter(|(q, _)| q.kind != QuoteKind::Indirect)
        .map(|(q, speaker)| (body[q.span.range()].to_string(), speaker, q.kind))
        .collect()
}

/// The speaker of the first marked quote of `body` whose text holds `quote`.
pub(super) fn quote_speaker(body: &str, quote: &str) -> Option<String> {
    let quotes = attributed(body);
    let found = quotes.iter().find(|(t, _, _)| t.contains(quote));
    found
        .unwrap_or_else(|| panic!("no quote {quote:?} in {quotes:?}"))
        .1
        .clone()
}

/// (content, speaker, cue) of every indirect quote of `body`.
fn reported(body: &str) -> Vec<(String, Option<String>, String)> {
    named_quotes(body)
        .into_iter()
        .filter(|(q, _)| q.kind == QuoteKind::Indirect)
        .map(|(q, speaker)| {
            let cue = q.cue.map_or(String::new(), |c| body[c.range()].to_string());
            (body[q.span.range()].to_string(), speaker, cue)
        })
        .collect()
}

/// Every quote of `body` with its speaker's name or description.
fn named_quotes(body: &str) -> Vec<(LocalQuote, Option<String>)> {
    let paragraphs = test_paragraphs(body);
    let spans = quotes::find(body, &paragraphs);
    let found = actors::find(body, &paragraphs, &spans);
    attribute(body, &paragraphs, &spans, &found)
        .into_iter()
        .map(|q| {
            let speaker = match &q.speaker {
                LocalSpeaker::None => None,
                LocalSpeaker::Entity(e) => Some(found.entities[*e as usize].name.clone()),
                LocalSpeaker::Unnamed(d) => Some(d.clone()),
            };
            (q, speaker)
        })
        .collect()
}

/// The speaker of every indirect quote of `body`.
pub(super) fn reported_speakers(body: &str) -> Vec<Option<String>> {
    reported(body).into_iter().map(|(_, s, _)| s).collect()
}

fn speakers(body: &str) -> Vec<Option<String>> {
    attributed(body).into_iter().map(|(_, s, _)| s).collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn name_after_the_quote() {
    assert_eq!(
        speakers("Boris Johnson spoke. “We will win,” Johnson said."),
        [some("Boris Johnson")]
    );
    assert_eq!(
        speakers("“Why now?” Conservative MP Bob Seely said."),
        [some("Bob Seely")]
    );
    assert_eq!(
        speakers("\"It is over,\" said Angela Merkel."),
        [some("Angela Merkel")]
    );
}

#[test]
fn name_before_the_quote() {
    let q = attributed("Mick Mulvaney said: “We are very much concerned about it.”");
    assert_eq!(q[0].1, some("Mick Mulvaney"));
    assert_eq!(q[0].2, QuoteKind::Direct);
    let q = attributed("Andrew Parker, head of MI5, said he had “no reason to think” so.");
    assert_eq!(q[0].1, some("Andrew Parker"));
    assert_eq!(q[0].2, QuoteKind::Partial);
}

#[test]
fn following_quotes_keep_the_speaker() {
    let body = "“First thing we know,” Tom Tugendhat said. “Second thing we know.”\n\
                “Third thing in a new paragraph.”\n\nPlain text.\n\n“Much later words here.”";
    assert_eq!(
        speakers(body),
        [
            some("Tom Tugendhat"),
            some("Tom Tugendhat"),
            some("Tom Tugendhat"),
            None
        ]
    );
}

#[test]
fn unnamed_speakers_keep_their_description() {
    assert_eq!(
        speakers("\"It is down to politics now,\" one source told Reuters."),
        [some("one source")]
    );
    assert_eq!(
        speakers("One MP told the BBC, \"We know that millions wanted to stay.\""),
        [some("One MP")]
    );
    assert_eq!(
        speakers(
            "“Security matters most,” a spokesman for the UK Department for Digital, Culture, \
             Media, and Sport said."
        ),
        [some(
            "a spokesman for the UK Department for Digital, Culture, Media, and Sport"
        )]
    );
}

#[test]
fn interrupted_quote_has_one_speaker() {
    let q = attributed("\"We will win,\" Joe Biden said, \"and we will win soon.\"");
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|(_, s, _)| *s == some("Joe Biden")), "{q:?}");
}

#[test]
fn scare_quotes_have_no_speaker() {
    let q = attributed("The firm may supply “non-core” equipment to the network.");
    assert_eq!(q[0].1, None);
    assert_eq!(q[0].2, QuoteKind::Scare);
    let q = attributed("Boris Johnson was said to have endured an “apoplectic” reaction.");
    assert_eq!(q[0].2, QuoteKind::Scare);
}

#[test]
fn according_to() {
    assert_eq!(
        speakers("“Prices will rise,” according to Janet Yellen."),
        [some("Janet Yellen")]
    );
}

#[test]
fn a_new_sentence_after_a_closed_quote_is_not_its_attribution() {
    let body = "Oliver Letwin said: \"We can be sure of two things.\" As Gordon Brown announced the date, others left.";
    assert_eq!(speakers(body), [some("Oliver Letwin")]);
    // A question may still be followed by its speaker.
    assert_eq!(
        speakers("\"Why now?\" Bob Seely asked."),
        [some("Bob Seely")]
    );
}

#[test]
fn definite_descriptions_and_terms_inside_the_sentence() {
    let body = "Michael Johnson has accused sprinters. \"At the moment, the biggest factor is pride,\" the world 200m record holder told Five Live.";
    assert_eq!(speakers(body), [some("Michael Johnson")]);
    let body = "Baha Mousa died. The inquiry \"has been timely, open or effective enough\", the judges said.";
    assert_eq!(speakers(body), [some("the judges")]);
    let body = "The shadow chancellor Oliver Letwin said Mr Brown's \"golden rule\" had \"turned to dross in his hands\" last year.";
    assert_eq!(speakers(body)[1], some("Oliver Letwin"));
    let body = "As part of its spending plans, the government said it will ask firms to \"roll over mortgage loans now\".";
    assert_eq!(speakers(body), [some("the government")]);
}

#[test]
fn a_clause_after_the_quote_with_its_own_subject_is_not_the_attribution() {
    // (A plural name of the party's members is kept as written, as in reported speech.)
    let body = "The Tories dismissed the plan as \"desperate\", while the Liberal Democrats said it was misdirected.";
    assert_eq!(speakers(body), [some("The Tories")]);
    let body = "Ann Lee said she would make the desert \"bloom again,\" for example, and Tom Reyes vowed to \"build walls\" everywhere.";
    assert_eq!(speakers(body), [some("Ann Lee"), some("Tom Reyes")]);
    let body =
        "The plan is \"a first step,\" Ann Lee, minister for farms, fisheries, and food, said.";
    assert_eq!(speakers(body), [some("Ann Lee")]);
}

#[test]
fn names_after_a_description_and_things_are_not_people() {
    let body = "A member of the Tunisian Parliament, Samir Dilou said, \"Tunisia is facing terrorist attacks now\".";
    assert_eq!(speakers(body), [some("Samir Dilou")]);
    // A document speaks as written, never as a person named near it.
    let body = "Mitchell Stoltz wrote to them. The letter stressed \"the program does not decrypt anything at all\".";
    assert_eq!(speakers(body), [some("The letter")]);
    let body = "Lead author Sally Wasef of Griffith University explained, \"The ibis was considered sacred by them.\"";
    assert_eq!(speakers(body), [some("Sally Wasef")]);
}

/// "he" goes back to the last person named, not to a league, a club or a paper named with
/// "the" after them.
#[test]
fn a_name_after_the_is_no_one_a_pronoun_can_mean() {
    assert_eq!(
        speakers(
            "England forward Michael Owen did not rule out a return to the Premiership. \
             “I'm pleased,” he told the radio."
        ),
        [some("Michael Owen")]
    );
    assert_eq!(
        speakers("Coach Alex McLeish was angry with the Rangers. “I'm disappointed,” he said."),
        [some("Alex McLeish")]
    );
}

/// "the England captain said": a description of someone already named, where the country
/// or club in it only says which captain.
#[test]
fn a_named_modifier_in_a_description_is_not_the_speaker() {
    assert_eq!(
        speakers(
            "David Beckham wants to open schools. “I am not interested in coaching,” the \
             England captain said on television."
        ),
        [some("David Beckham")]
    );
}

/// "Police Commissioner Dermot Shea said", "NASA Administrator Bill Nelson said": an office
/// written before a name is the person's role, not an unnamed speaker of its own.
#[test]
fn an_office_before_a_name_is_the_persons_role() {
    assert_eq!(
        speakers("Police Commissioner Dermot Shea said: \"We will find the people who did this.\""),
        [some("Dermot Shea")]
    );
    assert_eq!(
        speakers("NASA Administrator Bill Nelson said: \"This is a great day for the agency.\""),
        [some("Bill Nelson")]
    );
    assert_eq!(
        speakers("Member of parliament (MP) Kevin Conolly said it was a \"sad day for NSW\"."),
        [some("Kevin Conolly")]
    );
    // A name the lexicon does not know, after an organisation and two titles.
    assert_eq!(
        speakers(
            "On Monday, Coast Guard Commandant Admiral Elson Hermogino said: \"Join personnel \
             from the army in the investigation.\""
        ),
        [some("Elson Hermogino")]
    );
}

/// "The general secretary of the union (… Transport Workers), Mick Cash, said": a name set
/// off by commas just before the verb is the subject, whatever the phrase before it holds.
#[test]
fn a_name_in_apposition_before_the_verb_is_the_speaker() {
    assert_eq!(
        speakers(
            "The general secretary of the RMT union (National Union of Rail, Maritime and \
             Transport Workers), Mick Cash, said the measure was \"nowhere near enough.\""
        ),
        [some("Mick Cash")]
    );
    // The body after "the" in the apposition is not a person either.
    assert_eq!(
        speakers("Vijay Goel, a member of the Rajya Sabha, said, \"He was an excellent orator.\""),
        [some("Vijay Goel")]
    );
    // A name inside the apposition is not the subject either.
    assert_eq!(
        speakers(
            "Otis Ferry, a former Eton pupil and joint leader of the South Shropshire Hunt, \
             said: \"I have no regrets.\""
        ),
        [some("Otis Ferry")]
    );
    // Not set off by commas: the description stays the speaker.
    assert_eq!(
        speakers("\"It is down to politics now,\" one source close to Boris Johnson said."),
        [some("one source")]
    );
}

/// "US behemoth General Electric declared itself": the organisation speaks, not the
/// country it is from.
#[test]
fn an_organisation_speaks_before_the_place_it_is_from() {
    assert_eq!(
        speakers("US behemoth General Electric declared itself \"in great shape\"."),
        [some("General Electric")]
    );
    assert_eq!(
        speakers("Iran said the crash was \"a disastrous mistake\"."),
        [some("Iran")]
    );
}

/// "a hospital in Watford. He said": one word after "in" is a place, which "he" cannot mean.
#[test]
fn a_word_after_in_is_a_place_not_the_last_person() {
    assert_eq!(
        speakers(
            "Prime Minister Boris Johnson spoke to the press at a hospital in Watford. He said, \
             \"Our sympathies are with the family.\""
        ),
        [some("Boris Johnson")]
    );
}

/// "The prime minister told MPs" after "Prime Minister Tony Blair": the one holder of the
/// office named in the article.
#[test]
fn a_definite_office_is_the_person_who_holds_it() {
    assert_eq!(
        speakers(
            "Prime Minister Tony Blair met Culture Secretary Tessa Jowell. Later the prime \
             minister told MPs: \"The abusers will be weeded out.\""
        ),
        [some("Tony Blair")]
    );
    // An office nobody named holds stays a description.
    assert_eq!(
        speakers("Tony Blair met them. Later the prime minister told MPs: \"We will act.\""),
        [some("the prime minister")]
    );
}

/// `Mr Valentine agreed. "If I have to save pesos …"`: a quote standing as a sentence of
/// its own is spoken by the subject of the sentence before it, when that sentence has a
/// speech verb and a short named subject; a pronoun there is weaker than the quote before.
#[test]
fn a_quote_after_a_sentence_with_a_speaker_is_theirs() {
    assert_eq!(
        speakers(
            "Banker Roberto Baez Silva said prices were rising. John Valentine, who was born \
             in the United States, agreed. \"If I have to save pesos, I keep them at home.\""
        ),
        [some("John Valentine")]
    );
    assert_eq!(
        speakers(
            "\"It is a fair poster,\" said Fraser Kemp. The image simply portrayed Michael \
             Howard as a hypnotist, he argued. \"Concern has been expressed and we listened.\""
        ),
        [some("Fraser Kemp"), some("Fraser Kemp")]
    );
    // "told Reuters": the name after a verb that takes an object is not its subject.
    assert_eq!(
        speakers(
            "\"Ireland ticks all the boxes,\" Roy Asher, chief investment officer of Hibernian, \
             told Reuters. \"Buoyant economic conditions are set to continue.\""
        ),
        [some("Roy Asher"), some("Roy Asher")]
    );
    // A long clause before the verb is no speaker's name.
    assert_eq!(
        speakers(
            "The album Exodus came out in 1977 and that provided five hits for the band and \
             confirmed his status. \"By 1979 he was the biggest touring attraction.\""
        ),
        [None]
    );
}

/// A name in brackets in the subject is a work or an aside, not the speaker.
#[test]
fn names_in_brackets_are_not_the_subject() {
    assert_eq!(
        speakers(
            "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced \
             to re-evaluate her life. \"In my first stint, I didn't get any work.\""
        ),
        [some("Jenn St-Onge")]
    );
}

/// A quote inside a quote is words its speaker quotes: partial, with that speaker.
#[test]
fn a_quote_inside_a_quote_keeps_the_outer_speaker() {
    let body = "“Claims are rated ‘correct’ because of a kernel of truth,” Raj Shah said.";
    assert_eq!(
        attributed(body),
        [
            (
                "Claims are rated ‘correct’ because of a kernel of truth,".to_string(),
                some("Raj Shah"),
                QuoteKind::Direct
            ),
            ("correct".to_string(), some("Raj Shah"), QuoteKind::Partial),
        ]
    );
}

/// `“…” ― Name`: a dash and a name after a quote sign it.
#[test]
fn a_dash_and_a_name_after_a_quote_sign_it() {
    let body =
        "Readers wrote to us.\n\n“I cannot believe how low we have sunk.” ― Jacklyn Ashley\n\n\
                “We will vote in November, all of us.” — Carla Sanchez, Denver.";
    assert_eq!(
        speakers(body),
        [some("Jacklyn Ashley"), some("Carla Sanchez")]
    );
}

/// "the party leader said" right after a clause whose source is a named person: that
/// person, by their name.
#[test]
fn a_definite_description_as_source_is_the_person_named_as_the_last_source() {
    assert_eq!(
        speakers(
            "Taxes will rise, Harriet Vane has said. \"We cannot go on like this,\" the \
             opposition leader said in her new year message."
        ),
        [some("Harriet Vane")]
    );
}

/// A stop inside brackets ("(D-Ore.)") or after a title ("Del.") ends no sentence.
#[test]
fn a_stop_in_brackets_or_a_title_ends_no_sentence() {
    assert_eq!(
        speakers("\"We will not wait,\" Rep. Ada Grant (D-Ore.) said."),
        [some("Ada Grant")]
    );
    assert_eq!(
        speakers("\"We will not wait,\" said Del. Ada Grant of the Virgin Islands."),
        [some("Ada Grant")]
    );
}

/// A paragraph closing on reported speech (`…, Mr Hale said.`), then a paragraph that
/// opens with a quote and no attribution: the reported speech runs on into those words.
#[test]
fn a_quote_opening_a_paragraph_continues_the_reported_speech_before_it() {
    let body = "Headline\n\n\
                \"The budget is sound,\" said Ann Clay.\n\n\
                The storm had been the worst in years, Tom Hale said.\n\n\
                \"We watched the river rise for three days.\"\n";
    assert_eq!(speakers(body), [some("Ann Clay"), some("Tom Hale")]);
}

/// A colon introducing a quote with no speech verb: the person the sentence opens with.
#[test]
fn a_colon_introduction_is_the_sentence_s_first_person() {
    let body = "The mayor of the town, Ann Clay, in her address on Monday, offered to move \
                funds away from the plans of Peter Wimsey: \"The river comes first.\"";
    assert_eq!(speakers(body), [some("Ann Clay")], "{body}");
}

/// Quoted sentences opening an article whose speaker is named only at a later quote are
/// that speaker's.
#[test]
fn quotes_opening_an_article_take_the_first_speaker_named() {
    let body = "Tom Hale in his own words\n\n\
                \"I tried for three years to make it work.\"\n\n\
                \"Trust is something that matters to me as a man.\"\n\n\
                \"We have to act before it is too late,\" Mr Hale said.\n";
    assert_eq!(
        speakers(body),
        [some("Tom Hale"), some("Tom Hale"), some("Tom Hale")],
        "{body}"
    );
}

/// "was described by X as “…”": a passive speech verb names its source after "by".
#[test]
fn a_passive_speech_verb_names_its_source_after_by() {
    let body = "Ann Clay retired in May. She was described by Tom Hale as \"the best mayor \
                the town ever had\".";
    assert_eq!(speakers(body), [some("Tom Hale")], "{body}");
}

/// One word of an organisation's name before a noun ("Republican claims") is no speaker.
#[test]
fn a_party_word_before_a_noun_is_no_speaker() {
    let body = "The Republican Party met on Monday. The watchdog rated half of the \
                claims as \"false\", compared to 11% of Republican voters.";
    let got = speakers(body);
    assert_ne!(got, [some("Republican Party")], "{body}");
}

mod appositions;
mod descriptions;
mod interview;
mod marked;
mod objects;
mod paragraphs;
mod passed_over;
mod pronouns;
mod reported;
mod speakers;
mod stance;

#[test]
fn a_participle_after_a_quote_goes_on_with_the_subject() {
    assert_eq!(
        speakers(
            "Mayor Ann Cole praised the plan as “bold and overdue,” comparing it favourably \
             to Governor Ray Ortiz."
        ),
        [some("Ann Cole")]
    );
}

/// No character but an ASCII capital lower-cases to letters of the [`subject::LEADING`]
/// words, all of them ASCII (the Kelvin sign lower-cases to `k`, which none holds): the
/// ASCII comparison of `is_leading` is exact.
#[test]
fn only_ascii_capitals_lower_case_to_the_leading_words_letters() {
    let letters: String = subject::LEADING.concat();
    assert!(letters.is_ascii());
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        // A lower case that is not all ASCII leaves the word no leading one.
        if !c.is_ascii() && c.to_lowercase().all(|l| l.is_ascii()) {
            assert!(
                !c.to_lowercase().any(|l| letters.contains(l)),
                "{c:?} lower-cases to letters of a leading word"
            );
        }
    }
}

proptest::proptest! {
    /// `is_leading` agrees with the lower-cased word looked up among the leading words.
    #[test]
    fn is_leading_is_the_lower_cased_word_among_leading_words(
        w in "(but|And|YET|then|aLso|so|meanwhile|However|K|k|İ|ſ|é|x| ){0,3}",
    ) {
        let old = subject::LEADING.contains(&Lower::new(&w).as_str());
        proptest::prop_assert_eq!(subject::is_leading(&w), old);
    }
}
