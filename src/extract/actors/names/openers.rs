//! Words a capitalised run opens with that are capitalised by their place only: a common
//! word or an article opening a sentence ("Critics say …", "The"), an adverb, a gerund or
//! a participle opening one ("Meanwhile Labour …", "Unclogging Beijing …"), and a
//! description ("Tunisian-born", "Singer-songwriter").

use super::known::{gazetteer_match, thing, Lexicon};
use super::words::{self, class, Words};
use super::{things, Candidate, Kind};

/// Where the name of the capitalised run `tokens[i..j]` starts, past the words it opens
/// with that are capitalised by their place only; none when the run was classified whole
/// instead ("Black Eyed Peas singer Ann": a band named before a role), its candidate in
/// `out`.
pub(super) fn past_openers(
    words: &Words,
    (i, j): (usize, usize),
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> Option<usize> {
    let (body, tokens) = (words.body, words.tokens);
    let mut k = i;
    // Sentence-initial common words and articles are capitalised by position only.
    while k < j {
        if common_opener(words, (k, j), lx) {
            // "Black Eyed Peas singer Ann": a band or firm named before a role, kept whole.
            if things::named_before_role(words, (k, j))
                && gazetteer_match(words, (k + 1, j), lx).is_none()
            {
                out.push(thing(body, &tokens[k..j], Kind::Org));
                return None;
            }
        } else if !placed_only(words, (k, j)) {
            break;
        }
        k += 1;
    }
    Some(k)
}

/// Whether the word `k` of the run `k..j` is a common word opening a sentence ("Critics
/// say …", "Officials met …": most runs), dropped whatever [`placed_only`] says: asked
/// first, before the word is lower-cased for it.
#[inline]
fn common_opener(words: &Words, (k, j): (usize, usize), lx: &'static Lexicon) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    tokens[k].sentence_start
        && words.is(k, class::COMMON)
        && !words.is(k, class::TITLE | class::NAME_LIKE_COMMON)
        && !(k + 1 < j && words.is(k + 1, class::TITLE))
        && gazetteer_match(words, (k, j), lx).is_none()
        // "Ban Ki-moon", "Park Geun-hye": a family name written before a hyphenated
        // given name, the run's last word, is no common word opening the sentence.
        && !(k + 2 == j && hyphenated_given_name(tokens[k + 1].text(body)))
}

/// Whether the word `k` of the run `k..j` is capitalised by its place only: an article, a
/// description, or an adverb, a gerund, a participle or a compound of common words
/// opening a sentence.
#[inline]
fn placed_only(words: &Words, (k, j): (usize, usize)) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let t = &tokens[k];
    let w = words.lower(k);
    let is_article = matches!(&*w, "the" | "a" | "an");
    // "Singer-songwriter Robert Hunter", "Co-lead author": common words joined by hyphens.
    // (Names join capitalised parts: "Jean-Claude", "Schoch-Spana".)
    let original = t.text(body);
    let common_compound = original.contains('-')
        && original
            .split('-')
            .skip(1)
            .all(|p| p.chars().next().is_some_and(char::is_lowercase));
    // "Tunisian-born", "London-based": a description, not part of a name.
    let adjectival = words::adjectival(&w);
    // "Traditionally schools …", "Meanwhile Labour …": an adverb opening a sentence.
    let adverb = t.sentence_start && words::sentence_adverb(&w);
    // "Unclogging Beijing …": a gerund opening a sentence.
    let gerund = t.sentence_start && w.ends_with("ing") && !words.is(k, class::FIRST_NAME);
    // "Chastened by the polls, …", "Preceded at the lectern by …": a participle and a
    // preposition opening a sentence.
    let participle = t.sentence_start
        && k + 1 == j
        && w.len() > 4
        && w.ends_with("ed")
        && j < tokens.len()
        && words.is_word(
            j,
            &[
                "by", "at", "with", "about", "on", "in", "into", "for", "from", "over",
            ],
        )
        && !words.is(k, class::FIRST_NAME);
    is_article
        || adjectival
        || adverb
        || gerund
        || participle
        || (t.sentence_start && common_compound)
}

/// Whether `w` is written as an East Asian given name of two syllables joined by a hyphen,
/// the second in lower case ("Ki-moon", "Geun-hye", "Jong-un"): a capitalised syllable of
/// two to four letters that is no English prefix ("Co-lead", "Ex-wife", "Vice-chair"), then
/// two to five lower-case letters.
pub(super) fn hyphenated_given_name(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "co", "ex", "vice", "anti", "non", "pro", "pre", "post", "self", "mid", "semi", "sub",
        "well", "half", "all", "re", "de", "un", "over", "out", "off", "up", "on", "in", "by",
        "far", "high", "low", "long", "one", "two", "top", "big", "new", "old", "full", "part",
        "life", "home", "hard", "free", "late", "near", "mock", "neo", "pan", "so",
    ];
    let Some((first, second)) = w.split_once('-') else {
        return false;
    };
    let mut letters = first.bytes();
    (2..=4).contains(&first.len())
        && letters.next().is_some_and(|b| b.is_ascii_uppercase())
        && letters.all(|b| b.is_ascii_lowercase())
        && (2..=5).contains(&second.len())
        && second.bytes().all(|b| b.is_ascii_lowercase())
        && !PREFIXES.contains(&first.to_ascii_lowercase().as_str())
}
