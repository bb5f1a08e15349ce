//! Where a capitalised run ends: the links a name may go on across (particles, "of the",
//! a possessive inside an organisation's name, a comma list after "of").

use super::adjacent;
use super::words::{class, Words};
use crate::extract::tokens::Token;

/// "Department for Digital, Culture, Media, and Sport", "Conference of Postal and
/// Telecommunications Administrations": a name with `for`/`of` may go on as a comma list of
/// capitalised words ending in `and X …`; but a name of its own after "and" is not taken in
/// ("Union of Montana and Native American Rights Fund": it ends as an organisation does).
#[inline]
pub(super) fn extend_list(words: &Words, i: usize, j: usize) -> usize {
    let (body, tokens) = (words.body, words.tokens);
    let has_of = tokens[i..j]
        .iter()
        .any(|t| matches!(t.bytes(body), b"for" | b"of"));
    if !has_of {
        return j;
    }
    let mut k = j;
    while k < tokens.len() && k < j + 12 {
        let gap = &body[tokens[k - 1].end..tokens[k].start];
        let t = tokens[k].text(body);
        if (gap == ", " || gap == " ") && t == "and" {
            let mut e = k + 1;
            while e < tokens.len()
                && tokens[e].is_capitalised(body)
                && (e == k + 1 || adjacent(body, &tokens[e - 1], &tokens[e]))
            {
                e += 1;
            }
            let own_name = e - k > 2 && words.is(e - 1, class::ORG_WORD);
            return if e > k + 1 && !own_name { e } else { j };
        }
        if gap == ", " && tokens[k].is_capitalised(body) {
            k += 1;
            continue;
        }
        return j;
    }
    j
}

/// "Catholic Bishops' Conference", "Information Commissioner's Office": a possessive inside
/// an organisation's name goes on to the capitalised words after it when they end in an
/// organisation word within four words. The possessive is a common word's or a plural's,
/// never a known name's or a first name's ("Britain's Labour Party" is two names).
pub(super) fn possessive_link(words: &Words, j: usize) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let (Some(a), Some(b)) = (j.checked_sub(1).map(|p| &tokens[p]), tokens.get(j)) else {
        return false;
    };
    let gap = &body[a.end..b.start];
    let plural = matches!(gap, "' " | "’ ") && body[..a.end].ends_with('s');
    let singular = a.possessive && matches!(gap, "'s " | "’s ");
    if !(plural || singular) || !b.is_capitalised(body) {
        return false;
    }
    let name_like = words.is(j - 1, class::FIRST_NAME | class::GAZETTEER_FIRST);
    if name_like || !(plural || words.is(j - 1, class::COMMON | class::TITLE | class::ROLE_NOUN)) {
        return false;
    }
    let mut e = j;
    while e < tokens.len() && e < j + 4 {
        if words.is(e, class::ORG_WORD) {
            return true;
        }
        let next = tokens.get(e + 1);
        if !next.is_some_and(|n| n.is_capitalised(body) && adjacent(body, &tokens[e], n)) {
            return false;
        }
        e += 1;
    }
    false
}

/// "Conference of the Philippines", "League for the Defence of Human Rights": after an
/// organisation word and `of`/`for` (`tokens[c]`), a `the` goes on the name.
pub(super) fn the_after_connector(words: &Words, c: usize) -> bool {
    let tokens = words.tokens;
    c >= 1
        && c + 1 < tokens.len()
        && words.is_word(c, &["of", "for"])
        && words.is(c - 1, class::ORG_WORD)
        && words.is_word(c + 1, &["the"])
        && adjacent(words.body, &tokens[c], &tokens[c + 1])
}

/// "the Marbel diocese", "the Maidan Wardak provincial council": a local body named after
/// the run that ends before `tokens[j]`, in lower case after it. The token index where the
/// body's name ends.
pub(super) fn local_body(words: &Words, j: usize) -> Option<usize> {
    let (body, tokens) = (words.body, words.tokens);
    let joined = |a: usize| {
        a < tokens.len()
            && !tokens[a].is_capitalised(body)
            && adjacent(body, &tokens[a - 1], &tokens[a])
    };
    let mut e = j;
    if j > 0
        && joined(e)
        && matches!(
            tokens[e].bytes(body),
            b"provincial"
                | b"city"
                | b"district"
                | b"municipal"
                | b"county"
                | b"regional"
                | b"town"
                | b"parish"
                | b"state"
                | b"local"
                | b"village"
                | b"tribal"
        )
    {
        e += 1;
    }
    let noun = j > 0
        && joined(e)
        && matches!(
            tokens[e].bytes(body),
            b"council" | b"diocese" | b"archdiocese" | b"municipality" | b"legislature"
        );
    noun.then_some(e + 1)
}

/// "Assiniboine and Sioux Tribes", "Kuwait Ministries": one or two names, `and`
/// (`tokens[j]`), then one or two capitalised words ending in a plural organisation word
/// are one name. Where the name ends (a token index).
#[inline]
pub(super) fn plural_org_and(words: &Words, i: usize, j: usize) -> Option<usize> {
    let (body, tokens) = (words.body, words.tokens);
    if !(1..=2).contains(&(j - i))
        || tokens[j].bytes(body) != b"and"
        || (i..j).any(|t| words.is(t, class::ORG_WORD))
    {
        return None;
    }
    let mut e = j + 1;
    while e < tokens.len()
        && e < j + 3
        && tokens[e].is_capitalised(body)
        && adjacent(body, &tokens[e - 1], &tokens[e])
    {
        if words.is(e, class::ORG_WORD) && words.lower(e).ends_with('s') {
            return Some(e + 1);
        }
        e += 1;
    }
    None
}

/// "Marsh & McLennan": an ampersand between two capitalised words joins them.
pub(super) fn ampersand_link(words: &Words, j: usize) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    j > 0
        && j < tokens.len()
        && tokens[j].is_capitalised(body)
        && !tokens[j - 1].possessive
        && &body[tokens[j - 1].end..tokens[j].start] == " & "
}

/// "Islamic State of Iraq and the Levant": a run followed by `and the X` that the
/// gazetteer knows with them goes on to them. Where the name ends.
#[inline]
pub(super) fn and_the_known(
    words: &Words,
    (i, j): (usize, usize),
    known: impl Fn(&str) -> bool,
) -> Option<usize> {
    let (body, tokens) = (words.body, words.tokens);
    let the = tokens.get(j + 1)?;
    let name = tokens.get(j + 2)?;
    let linked = tokens[j].bytes(body) == b"and"
        && the.bytes(body) == b"the"
        && name.is_capitalised(body)
        && adjacent(body, &tokens[j - 1], &tokens[j])
        && adjacent(body, &tokens[j], the)
        && adjacent(body, the, name);
    (linked && known(&body[tokens[i].start..name.end])).then_some(j + 3)
}

/// A word and a verb run together ("She’ll", "I’ve", "Won’t"): no part of a name, though a
/// Title Case headline capitalises it ("Wearing Shirt She’ll Hate") and it may follow a
/// name with no comma between ("other than Jim Eastland I’ve presided"). Not an
/// apostrophe inside a name ("O’Neill", "D’Souza").
/// [`contraction`] of token `t`, told from its bytes for most words (none that ends in no
/// apostrophe's byte two or three from its end is one).
#[inline]
pub(super) fn contraction_of(body: &str, t: &Token) -> bool {
    let b = t.bytes(body);
    let apostrophe_at = |k: usize| {
        b.len()
            .checked_sub(k)
            .is_some_and(|i| matches!(b[i], b'\'' | 0x99))
    };
    (apostrophe_at(2) || apostrophe_at(3)) && contraction(t.text(body))
}

fn contraction(word: &str) -> bool {
    // The verb's one or two letters after an apostrophe at the word's end: only the last
    // characters are looked at (this is asked of every capitalised word), and first only
    // whether the byte before them may end an apostrophe (`'`, or `’`'s last byte).
    let n = word.len();
    let b = word.as_bytes();
    let apostrophe_at = |k: usize| {
        n.checked_sub(k)
            .is_some_and(|i| matches!(b[i], b'\'' | 0x99))
    };
    if !apostrophe_at(2) && !apostrophe_at(3) {
        return false;
    }
    [1, 2].into_iter().any(|t| {
        let Some(head) = n.checked_sub(t).and_then(|h| word.get(..h)) else {
            return false;
        };
        let Some(head) = head.strip_suffix(['’', '\'']) else {
            return false;
        };
        let tail = &word[n - t..];
        matches!(
            tail,
            "ll" | "ve" | "re" | "m" | "d" | "LL" | "VE" | "RE" | "M" | "D"
        ) || (matches!(tail, "t" | "T") && head.ends_with(['n', 'N']))
    })
}

/// Verbs (and adverbs) that follow the pronoun "I" and hardly a numeral "I".
const I_VERBS: &[&str] = &[
    "am", "have", "think", "believe", "want", "know", "feel", "hope", "do", "did", "can", "will",
    "would", "could", "should", "must", "need", "just", "also", "never", "really", "mean", "guess",
    "don't", "didn't", "can't", "won't", "wasn't",
];

/// "sacked by Delta Air I am …": whether the run `tokens[i..j]` ends in the pronoun "I"
/// before a verb, which opens the next clause and is no part of the name ("World War I"
/// keeps its numeral, and so does a title "… Such As I").
pub(super) fn pronoun_i_after(words: &Words, i: usize, j: usize) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    j - i >= 2
        && tokens[j - 1].bytes(body) == b"I"
        && j < tokens.len()
        && adjacent(body, &tokens[j - 1], &tokens[j])
        && words.is_word(j, I_VERBS)
        && !words.is_word(j - 2, &["as", "than", "and", "or", "but", "if"])
}

#[cfg(test)]
mod tests {
    use super::{contraction, contraction_of};
    use crate::extract::tokens::tokenize;

    proptest::proptest! {
        /// The byte test before `contraction` turns away only words that are none.
        #[test]
        fn contraction_of_a_token_is_of_its_text(
            body in "([A-Za-z]{0,6}|['’][A-Za-z]{0,3}|[ .,]|[éÉ]){0,30}"
        ) {
            for t in tokenize(&body, 0, body.len()) {
                proptest::prop_assert_eq!(contraction_of(&body, &t), contraction(t.text(&body)));
            }
        }
    }

    #[test]
    fn contractions_are_told_from_names() {
        for (w, want) in [
            ("She’ll", true),
            ("I've", true),
            ("Won’t", true),
            ("O’Neill", false),
            ("D'Souza", false),
        ] {
            let t = tokenize(w, 0, w.len());
            assert_eq!(t.len(), 1, "{w}");
            assert_eq!(contraction_of(w, &t[0]), want, "{w}");
        }
    }
}
