//! Turn labels of transcripts and interviews. "PENCE: Well, look, …": one word in capitals
//! that is the last name of exactly one person the article names in full is that person,
//! not an organisation of its own. "((WN))": an interviewer's label names the one
//! asking, whom no pronoun in the answers means.

use super::names::{Candidate, Kind};

/// Whether `c` is one word in capitals ("PENCE") that ends the full name of exactly one
/// person among `candidates` ("Mike Pence"): a transcript's label for that person. An
/// acronym ("NATO") ends no one's name; a surname two people share stays apart.
pub(super) fn surname_in_capitals(c: &Candidate, candidates: &[Candidate]) -> bool {
    let word = c.name.as_str();
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // The surname written as names are ("Pence"), not in capitals ("Junge SVP").
    let mut people = candidates.iter().filter(|o| {
        o.kind == Kind::Person
            && o.name.rsplit_once(' ').is_some_and(|(_, last)| {
                last.eq_ignore_ascii_case(word) && last.bytes().any(|b| b.is_ascii_lowercase())
            })
    });
    let Some(first) = people.next() else {
        return false;
    };
    people.all(|o| o.name == first.name)
}

/// Whether the name at `start..end` is an interviewer's label: in double brackets, one to
/// six capitals ("((WN))", "((CNN))"), as `attribution::interview` reads the turns.
pub(super) fn interviewer_label(body: &str, start: usize, end: usize) -> bool {
    let name = &body.as_bytes()[start..end];
    (1..=6).contains(&name.len())
        && name.iter().all(u8::is_ascii_uppercase)
        && body[..start].ends_with("((")
        && body[end..].starts_with("))")
}

#[cfg(test)]
mod tests {
    use crate::extract::actors::ArticleActors;

    fn actors(body: &str) -> ArticleActors {
        let paragraphs = crate::extract::test_paragraphs(body);
        let quotes = crate::extract::quotes::find(body, &paragraphs);
        super::super::find(body, &paragraphs, &quotes)
    }

    #[test]
    fn a_surname_in_capitals_labelling_a_turn_is_that_person() {
        let a = actors(
            "Harbour debate\n\nOn Sunday, Governor Tom Reyes said the ferry would run.\n\n\
             \"REYES: Well, look, the ferry is sound. And we will build it.\n\n\
             \"WALLACE: Thank you, Governor.\n\n\"REYES: And we will build the pier.\n",
        );
        let reyes = a.resolve("Tom Reyes");
        assert!(reyes.is_some(), "{:?}", a.entities);
        assert!(
            a.entities.iter().all(|e| e.name != "REYES"),
            "{:?}",
            a.entities
        );
        assert_eq!(a.resolve("REYES"), reyes, "{:?}", a.entities);
    }

    #[test]
    fn an_interviewers_label_names_the_interviewer() {
        let a = actors(
            "Wikinews talks to a rower\n\nMara Quist rowed for Norway.\n\n\
             ((WN)) How was the race?\n\n((Mara Quist)) It was hard.\n",
        );
        assert!(a.interviewer.is_some(), "{:?}", a.entities);
        assert_eq!(a.interviewer, a.resolve("WN"), "{:?}", a.entities);
    }
}
