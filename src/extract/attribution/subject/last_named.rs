//! The person a definite description of one person ("the 30-year-old", "the singer") falls
//! back on when nothing closer says whom it means: the last person named who could be the
//! one written about, not one named only as an owner or an object ("… for Tom Reyes's
//! testimonial", "… a fight with Tom Reyes").

use super::super::preposition::after_preposition;
use super::super::pronoun::named_person;
use crate::extract::actors::{ArticleActors, Mention};
use crate::extract::span;

/// The last person named before `before` ([`named_person`]) who is not named as an owner
/// ("Ann Lee's") nor as the object of a preposition ("for Ann Lee", "by Ann Lee").
pub(super) fn last_person_named(body: &str, actors: &ArticleActors, before: usize) -> Option<u32> {
    actors
        .mentions_in(0, before)
        .iter()
        .rev()
        .find(|m| named_person(actors, m) && !owner_or_object(body, m))
        .map(|m| m.entity)
}

/// Whether the name at `m` owns what follows it ("Ann Lee's") or follows a preposition in
/// its own paragraph (a headline's "… with win" is no preposition of the line after it).
fn owner_or_object(body: &str, m: &Mention) -> bool {
    let after = span::from(body, m.span.end as usize);
    if after.starts_with("'s") || after.starts_with("’s") {
        return true;
    }
    let at = m.span.start as usize;
    let paragraph = span::upto(body, at).rfind('\n').map_or(0, |i| i + 1);
    after_preposition(&body[paragraph..], at - paragraph)
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::quote_speaker as speaker_of;

    #[test]
    fn a_description_means_no_one_named_only_as_an_owner() {
        let text = "Ruiz eyes comeback\n\nAna Ruiz will race again at Tom Hale's \
            charity meeting in May.\n\n\"I have waited a long time for this,\" said the \
            24-year-old.\n";
        assert_eq!(speaker_of(text, "waited").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_description_means_no_one_named_only_after_a_preposition() {
        let text = "Ruiz eyes comeback\n\nAna Ruiz will race again in a meeting \
            organised for Tom Hale in May.\n\n\"I have waited a long time for this,\" said \
            the 24-year-old.\n";
        assert_eq!(speaker_of(text, "waited").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_headline_preposition_leaves_the_next_line_s_name_a_subject() {
        let text = "Harbour side pleased with win\n\nTom Hale watched his players as they \
            beat the league leaders 3-1 on Saturday.\n\n\"We showed real character,\" said \
            the 52-year-old.\n";
        assert_eq!(speaker_of(text, "character").as_deref(), Some("Tom Hale"));
    }

    #[test]
    fn the_woman_alone_is_kept_as_written() {
        let text = "Singer sued\n\nSinger Tom Hale has been sued by a former assistant.\n\n\
            The woman said she was \"treated like a servant\" for two years.\n";
        assert_eq!(speaker_of(text, "servant").as_deref(), Some("The woman"));
    }
}
