//! Words of a paragraph with their offsets: the unit every extraction rule reads.
//!
//! A token is a word as news writes it: `U.S.`, `Co.`, `al-Assad`, `O'Brien`, `MI5`. A
//! possessive `’s` is cut off (and flagged) so `Britain’s` looks up as `Britain`.

/// One word of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// The first word of a sentence (capitalised by position, not because it is a name).
    pub sentence_start: bool,
    /// Followed by a possessive `’s` / `'s` (not part of the token).
    pub possessive: bool,
}

impl Token {
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }

    pub fn is_capitalised(&self, body: &str) -> bool {
        self.text(body)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// All letters upper case and at least two of them: `BBC`, `MI5`, `U.S.`.
    pub fn is_acronym(&self, body: &str) -> bool {
        let t = self.text(body);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && t.chars().all(|c| !c.is_lowercase())
    }
}

/// Abbreviations that keep their full stop: the stop is part of the word, not a sentence end.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Rev",
    "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "vs", "Mt", "Ft",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The tokens of `body[start..end]`, offsets into `body`.
pub fn tokenize(body: &str, start: usize, end: usize) -> Vec<Token> {
    let text = &body[start..end];
    // Sized up front: growing these two vectors was a tenth of extraction time.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    chars.extend(text.char_indices());
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut sentence_start = true;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !is_word_char(c) {
            if ".!?:;".contains(c) {
                sentence_start = true;
            }
            i += 1;
            continue;
        }
        let begin = i;
        let mut j = i + 1;
        // Inner joiners: hyphen, apostrophe and (for U.S.-style abbreviations) full stops.
        while j < chars.len() {
            let c = chars[j].1;
            let next_is_word = chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
            let joiner = "-'’&".contains(c) && next_is_word;
            let dotted = c == '.' && next_is_word && chars[j - 1].1.is_uppercase();
            if is_word_char(c) || joiner || dotted {
                j += 1;
            } else {
                break;
            }
        }
        let mut end_char = j;
        let mut possessive = false;
        let word = &text[chars[begin].0..chars.get(end_char).map_or(text.len(), |&(p, _)| p)];
        let base = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"));
        if base.is_some_and(|b| !b.is_empty()) {
            possessive = true;
            end_char -= 2;
        }
        // A trailing full stop belongs to `U.S.` and to listed abbreviations.
        let word_end_pos = chars.get(end_char).map_or(text.len(), |&(p, _)| p);
        let word = &text[chars[begin].0..word_end_pos];
        let mut full_stop = false;
        if !possessive && chars.get(j).is_some_and(|&(_, c)| c == '.') {
            let dotted = word.contains('.') && word.chars().next().is_some_and(char::is_uppercase);
            // An initial: "John G. Roberts".
            let initial = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
            if dotted || initial || ABBREVIATIONS.contains(&word) {
                end_char = j + 1;
                full_stop = true;
            }
        }
        let end_pos = chars.get(end_char).map_or(text.len(), |&(p, _)| p);
        out.push(Token {
            start: start + pos,
            end: start + end_pos,
            sentence_start,
            possessive,
        });
        sentence_start = false;
        i = if full_stop { end_char } else { j };
        // `U.S.` ending a sentence: the next capital starts a sentence only if a space and
        // a capital follow; we cannot tell, so stay conservative (not a sentence start).
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn news_words() {
        assert_eq!(
            words("Huawei Technologies Co. and the U.S. said: Britain’s MI5 don't al-Assad."),
            [
                "Huawei",
                "Technologies",
                "Co.",
                "and",
                "the",
                "U.S.",
                "said",
                "Britain",
                "MI5",
                "don't",
                "al-Assad"
            ]
        );
    }

    #[test]
    fn sentence_starts_and_possessives() {
        let s = "Johnson spoke. But Trump’s aide: Yes";
        let t = tokenize(s, 0, s.len());
        let starts: Vec<_> = t
            .iter()
            .filter(|t| t.sentence_start)
            .map(|t| t.text(s))
            .collect();
        assert_eq!(starts, ["Johnson", "But", "Yes"]);
        assert!(t[3].possessive && t[3].text(s) == "Trump");
    }
}
