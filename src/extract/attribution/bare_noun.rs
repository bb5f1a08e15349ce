//! A description of one lower-case singular noun with no determiner ("car", "chat",
//! "television", "pun") right before a cue word that is no verb of saying is the first half
//! of a compound ("radio car show", "(pun intended)", "summer shows", "deputy planning
//! director"), not a subject: English gives a singular count noun a determiner when it is
//! one. Headlines drop determiners ("expert says", "according to poll"), so a plain verb of
//! saying keeps the noun, and so does a determiner (before it, or before the noun "and"
//! joins it to), a comma or a closing quote mark before it ("that report concerned", "The
//! book and film blame", "the “Go Slow” crowd suggest": a description cut short). Such a
//! quote has no speaker, and reported speech with none is not listed.

use crate::extract::{LocalQuote, LocalSpeaker};
use crate::model::QuoteKind;

/// Cues a headline's bare noun speaks with ("analyst says", "according to poll").
const SAYING: &[&str] = &[
    "says",
    "say",
    "said",
    "according to",
    "told",
    "tells",
    "finds",
    "found",
    "writes",
    "wrote",
    "reports",
    "reported",
];

/// One-word subjects that need no determiner: quantifiers, indefinite pronouns, mass
/// nouns and plurals with no "s".
const NO_DETERMINER: &[&str] = &[
    "those",
    "these",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "nobody",
    "many",
    "some",
    "most",
    "all",
    "both",
    "each",
    "another",
    "more",
    "few",
    "none",
    "half",
    "several",
    "one",
    "two",
    "three",
    "four",
    "five",
    "research",
    "evidence",
    "data",
    "analysis",
    "polling",
    "police",
    "staff",
    "government",
    "management",
    "intelligence",
    "media",
    "history",
    "people",
    "men",
    "women",
    "children",
];

/// Words before a noun that make it a description cut short, not a compound's half.
const BEFORE_KEPT: &[&str] = &[
    "the", "a", "an", "that", "this", "his", "her", "its", "their", "our", "my", "your", "every",
    "each", "any", "no", "some", "such", "and", "or",
];

/// Leaves the quotes whose speaker is such a noun with none; reported speech with no
/// speaker is not listed.
pub(super) fn drop_bare_nouns(body: &str, quotes: &mut Vec<LocalQuote>) {
    quotes.retain_mut(|q| {
        let LocalSpeaker::Unnamed(d) = &q.speaker else {
            return true;
        };
        let cue = q
            .cue
            .and_then(|c| body.get(c.start as usize..c.end as usize))
            .unwrap_or("");
        if !bare_noun(d)
            || SAYING.iter().any(|s| cue.eq_ignore_ascii_case(s))
            || !compound_half(body, d, q.cue.map_or(0, |c| c.start as usize))
        {
            return true;
        }
        q.speaker = LocalSpeaker::None;
        q.kind != QuoteKind::Indirect
    });
}

/// Whether the noun `d` stands right before the cue at byte `cue` with a word before it
/// that neither determines it nor joins it to another noun.
fn compound_half(body: &str, d: &str, cue: usize) -> bool {
    let Some(before) = body.get(..cue).map(str::trim_end) else {
        return false;
    };
    let n = before.len();
    if n < d.len() || !before.is_char_boundary(n - d.len()) {
        return false;
    }
    let (rest, noun) = before.split_at(n - d.len());
    if !noun.eq_ignore_ascii_case(d) || rest.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let rest = rest.trim_end();
    if rest.ends_with([',', '"', '\u{201d}', '\u{2019}', '\'']) {
        return false;
    }
    let mut words = rest
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let mut word = words.next().unwrap_or("");
    // "pantos and summer shows": the noun joined to one before it is a description cut
    // short only when a determiner opens the pair ("The book and film blame").
    if word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("or") {
        word = words.nth(1).unwrap_or("");
    }
    !BEFORE_KEPT.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `d` is one lower-case word, no plural in "s" and no word that stands alone.
fn bare_noun(d: &str) -> bool {
    // Most descriptions start with a capital or hold a space: two byte tests turn them away.
    let b = d.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_lowercase) || memchr::memchr(b' ', b).is_some() {
        return false;
    }
    !d.ends_with('s') && b.iter().all(u8::is_ascii_lowercase) && !NO_DETERMINER.contains(&d)
}

#[cfg(test)]
mod tests {
    use super::{bare_noun, compound_half};
    use crate::extract::LocalSpeaker;

    #[test]
    fn a_singular_noun_alone_is_bare() {
        for w in ["car", "chat", "television", "pun", "summer"] {
            assert!(bare_noun(w), "{w}");
        }
        for w in [
            "research",
            "officials",
            "the mayor",
            "Reading",
            "many",
            "men",
            "someone",
        ] {
            assert!(!bare_noun(w), "{w}");
        }
    }

    fn speakers(body: &str) -> Vec<LocalSpeaker> {
        let paragraphs = crate::extract::test_paragraphs(body);
        let out = crate::extract::extract_article(body, &paragraphs);
        out.quotes.into_iter().map(|q| q.speaker).collect()
    }

    #[test]
    fn the_first_half_of_a_compound_is_no_speaker() {
        let bare = |s: &LocalSpeaker| matches!(s, LocalSpeaker::Unnamed(d) if bare_noun(d));
        for body in [
            "Ferries\n\nThe pair went on to present the radio car show Wheels and Deals \
             for a local station.\n",
            "Ferries\n\nWe all want to keep the tolls down (pun intended) and sail on \
             to \u{201c}Better Days\u{201d} next year.\n",
        ] {
            let s = speakers(body);
            assert!(!s.iter().any(bare), "{s:?}");
        }
    }

    #[test]
    fn a_noun_cut_from_its_description_is_no_compounds_half() {
        let half =
            |body: &str, noun: &str, cue: &str| compound_half(body, noun, body.find(cue).unwrap());
        assert!(half("the radio car show Wheels", "car", "show"));
        assert!(half("tolls (pun intended) and", "pun", "intended"));
        assert!(!half(
            "but that audit concerned the tolls",
            "audit",
            "concerned"
        ));
        assert!(!half("The book and film blame the pilot", "film", "blame"));
        assert!(half(
            "staged pantos and summer shows, finding",
            "summer",
            "shows"
        ));
        assert!(!half(
            "Lee, husband expecting a child",
            "husband",
            "expecting"
        ));
        assert!(!half(
            "the \u{201c}Go Slow\u{201d} crowd suggest",
            "crowd",
            "suggest"
        ));
        assert!(!half("after video surfaced showing", "video", "showing"));
    }

    #[test]
    fn a_crowd_after_its_quoted_name_keeps_it() {
        let s = speakers(
            "Ferries\n\nSome in the \u{201c}Go Slow\u{201d} crowd suggest the tolls are \
             too high.\n",
        );
        assert!(
            s.iter()
                .any(|s| matches!(s, LocalSpeaker::Unnamed(d) if d == "crowd")),
            "{s:?}"
        );
    }

    #[test]
    fn a_headlines_bare_noun_before_says_speaks() {
        let s = speakers("Ferries\n\nTolls will rise again in spring, expert says.\n");
        assert!(
            s.iter()
                .any(|s| matches!(s, LocalSpeaker::Unnamed(d) if d == "expert")),
            "{s:?}"
        );
    }
}
