//! Subjects with an apposition or an opening phrase naming someone else (issue 18).

use super::{reported, some, speakers};

#[test]
fn a_participle_hangs_on_the_subject_not_on_a_name_in_its_apposition() {
    // The source words end before the comma closing the apposition.
    assert_eq!(
        speakers(
            "Mary Stone, a Jones supporter, drew boos at the rally, saying, “The party heard the people.”"
        ),
        [some("Mary Stone")]
    );
    // Without an apposition the last person named before the verb still speaks.
    assert_eq!(
        speakers("Mary Stone drew boos upon saying, “The party heard the people.”"),
        [some("Mary Stone")]
    );
}

#[test]
fn a_name_in_an_opening_phrase_is_not_the_subject() {
    assert_eq!(
        speakers(
            "Of Jones, Mary Stone, who has given money to Kim Park, said, “He is flat-out scary.”"
        ),
        [some("Mary Stone")]
    );
}

#[test]
fn a_description_after_the_verb_ends_where_its_relative_clause_opens() {
    assert_eq!(
        speakers(
            "“We must act before the snow comes,” said a Democratic strategist who spoke on condition of anonymity."
        ),
        [some("a Democratic strategist")]
    );
}

#[test]
fn a_clause_after_with_before_the_quote_has_its_own_subject() {
    assert_eq!(
        speakers(
            "The council has denied the claim, with Ann Lee taking to the radio to call Tom Reyes “totally deluded” on Monday."
        ),
        [some("Ann Lee")]
    );
    assert_eq!(
        speakers(
            "The storm set off a debate over how the United States responds, with Senator Ann Lee telling reporters she saw Tom Reyes as “directly responsible” for it."
        ),
        [some("Ann Lee")]
    );
}

/// A name, then an apposition set off by commas that names someone else ("herself a
/// Weller supporter"), then the name's own verb: the name speaks, not the person inside
/// the apposition.
#[test]
fn a_name_inside_an_apposition_set_off_by_commas_is_not_the_subject() {
    let body = "Senator Tom Weller spoke to the farmers on Monday.\n\
        Dana Silvers, herself a Weller supporter during the primary, drew boos upon saying, \
        “We must unite now.”\n\
        Paul Okafor, himself a Weller donor, was cheered upon saying, “The mill stays open.”";
    assert_eq!(speakers(body), [some("Dana Silvers"), some("Paul Okafor")]);
}

/// "Mr Okafor, Hartley's chief executive said": an apposition opened by a possessor after
/// a name alone (no comma closing it before the verb) is the name's, after a quotation too.
#[test]
fn an_apposition_opened_by_a_possessor_leaves_the_name_the_speaker() {
    assert_eq!(
        speakers("“They should seize the moment,” Ann Okafor, Hartley's chief executive said."),
        [some("Ann Okafor")]
    );
    let got = reported("Ann Okafor, Hartley's chief executive said the board would act.");
    assert_eq!(
        got.first().map(|r| r.1.clone()),
        Some(some("Ann Okafor")),
        "{got:?}"
    );
}
