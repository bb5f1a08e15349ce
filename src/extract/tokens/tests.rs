//! The tokenizer against a reference scan, and `Lower` against `to_lowercase`.

use super::*;
use proptest::prelude::*;

/// The tokenizer's scan as first written, a character at a time: the fast one must
/// agree.
fn tokenize_reference(body: &str, start: usize, end: usize) -> Vec<Token> {
    let text = &body[start..end];
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut sentence_start = true;
    while let Some(c) = char_at(text, i) {
        if !is_word_char(c) {
            if matches!(c, '.' | '!' | '?' | ':' | ';') {
                sentence_start = true;
            }
            i += c.len_utf8();
            continue;
        }
        let begin = i;
        let mut prev = c;
        let mut j = i + c.len_utf8();
        // Inner joiners: hyphen, apostrophe and (for U.S.-style abbreviations) full stops,
        // each only when a word character follows.
        while let Some(c) = char_at(text, j) {
            if !joins(text, j, c, prev) {
                break;
            }
            prev = c;
            j += c.len_utf8();
        }
        // Where the word ends is `word_end`'s rule, shared: what this reference checks is
        // the scanning, which the fast tokenizer rewrote.
        let (word_end, full_stop, possessive) = word_end_full(text, begin, j);
        let capital = text[begin..].chars().next().is_some_and(char::is_uppercase);
        let letter = text[begin..].starts_with(char::is_alphabetic);
        out.push(Token {
            start: start + begin,
            end: start + word_end,
            sentence_start,
            possessive,
            capital,
            letter,
        });
        sentence_start = false;
        i = if full_stop { word_end } else { j };
        // `U.S.` ending a sentence: the next capital starts a sentence only if a space and
        // a capital follow; we cannot tell, so stay conservative (not a sentence start).
    }
    out
}

proptest! {
    #[test]
    fn the_fast_tokenizer_agrees_with_the_reference(
        text in "([A-Za-z0-9 .,:;!?'’&-]|[éÉßΣ“”—\u{a0}]|U\\.S\\.|Co\\.|’s|'s){0,60}"
    ) {
        prop_assert_eq!(tokenize(&text, 0, text.len()), tokenize_reference(&text, 0, text.len()));
    }
}

proptest! {
    /// The 64-byte mask scan against the token-at-a-time scan alone, on texts long enough
    /// to cross windows (long words, words cut at a window's end, non-ASCII in gaps and
    /// words, a text's last bytes in the padded window) and on windows of them.
    #[test]
    fn the_mask_scan_agrees_with_the_token_scan(
        text in "([A-Za-z0-9]{1,12}|[A-Za-z]{60,70}|[ .,:;!?'’&-]|[éÉ“”—\u{a0}]|[‘–…\u{2060}\u{206f}\u{2070}€™∑]|U\\.S\\.|Co\\.|vs\\.|No\\.|[a-zA-Z]{1,5}\\.|’s|'s|\\. ){0,120}",
        cut in 0usize..400,
        len in 0usize..400,
    ) {
        prop_assert_eq!(tokenize(&text, 0, text.len()), tokenize_by_token(&text, 0, text.len()));
        prop_assert_eq!(tokenize(&text, 0, text.len()), tokenize_reference(&text, 0, text.len()));
        let mut a = cut.min(text.len());
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (a + len).min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        prop_assert_eq!(tokenize(&text, a, b), tokenize_by_token(&text, a, b));
    }
}

/// The mask scan takes a word before a full stop as ending there only where the token
/// scan would: never for an abbreviation or an initial.
#[cfg(target_arch = "x86_64")]
#[test]
fn no_abbreviation_or_initial_ends_before_its_stop() {
    for a in ABBREVIATIONS
        .iter()
        .copied()
        .chain(["A", "Z", "US", "x", "AB"])
    {
        let stop = by_mask::ends_before_stop(a.as_bytes());
        let (_, full_stop, _) = word_end_full(&format!("{a}."), 0, a.len());
        let joins = a.ends_with(|c: char| c.is_ascii_uppercase());
        assert!(!stop || !full_stop && !joins, "{a}");
    }
    for w in ["it", "year", "2016", "minister", "vote"] {
        assert!(by_mask::ends_before_stop(w.as_bytes()), "{w}");
    }
}

#[test]
fn ascii_alphanumerics_by_eight_are_by_byte() {
    for b in 0..=255u8 {
        let x = u64::from_le_bytes([b'x', b, b'-', 0xc3, b, b'Z', b' ', b]);
        let want = [b'x', b, b'-', 0xc3, b, b'Z', b' ', b]
            .iter()
            .enumerate()
            .fold(0u64, |m, (k, &c)| {
                m | (u64::from(ASCII_WORD[usize::from(c)]) << (8 * k + 7))
            });
        assert_eq!(ascii_alphanumerics(x), want, "byte {b}");
    }
    let text = b"Parliament1 said";
    assert_eq!(ascii_word_run(text, 0), 11);
    assert_eq!(ascii_word_run(text, 12), text.len());
    assert_eq!(ascii_word_run(b"ab\xc3\xa9", 0), 2);
}

#[test]
fn tokens_know_whether_they_are_capitalised() {
    let s = "Élodie met the mayor in Zürich; ßeta éclair";
    let caps: Vec<bool> = tokenize(s, 0, s.len())
        .iter()
        .map(|t| t.is_capitalised(s))
        .collect();
    assert_eq!(caps, [true, false, false, false, false, true, false, false]);
}

#[test]
fn tokens_know_whether_they_start_with_a_letter() {
    let s = "In 2019 the 9am train left Zürich; ²nd éclair";
    let letters: Vec<bool> = tokenize(s, 0, s.len())
        .iter()
        .map(Token::starts_with_letter)
        .collect();
    assert_eq!(
        letters,
        [true, false, true, false, true, true, true, false, true]
    );
}

#[test]
fn general_punctuation_has_no_letters_or_digits() {
    assert!(GENERAL_PUNCTUATION.clone().all(|c| !c.is_alphanumeric()));
}

proptest! {
    #[test]
    fn lower_is_to_lowercase(w in "[A-Za-z0-9'.@\\[`{-]{0,40}|[A-Za-zÉéΣß]{0,8}") {
        let lower = Lower::new(&w);
        prop_assert_eq!(lower.as_str(), w.to_lowercase());
        prop_assert_eq!(lower.into_owned(), w.to_lowercase());
    }
}

proptest! {
    #[test]
    fn load_le_reads_the_first_eight_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..12)) {
        let mut padded = [0u8; 8];
        let n = bytes.len().min(8);
        padded[..n].copy_from_slice(&bytes[..n]);
        prop_assert_eq!(load_le(&bytes), u64::from_le_bytes(padded));
    }
}

#[test]
fn pooled_tokens_are_the_tokens_and_their_vectors_are_used_again() {
    let long = "Mr. Smith said the U.S. would act. ".repeat(20);
    let short = "O’Brien’s plan, she said.";
    let first = tokenize_pooled(&long, 0, long.len());
    assert_eq!(*first, *tokenize(&long, 0, long.len()));
    let kept = first.as_ptr();
    drop(first);
    // The dropped vector comes back, emptied: the short text's tokens only.
    let second = tokenize_pooled(short, 0, short.len());
    assert_eq!(second.as_ptr(), kept);
    assert_eq!(*second, *tokenize(short, 0, short.len()));
    // Taken while another is held: a vector of its own, also right.
    let third = tokenize_pooled(&long, 5, 40);
    assert_ne!(third.as_ptr(), second.as_ptr());
    assert_eq!(*third, *tokenize(&long, 5, 40));
}

#[test]
fn the_fast_tokenizer_agrees_on_real_text() {
    for text in [
        include_str!("../../../tests/fixtures/seeds/000_e769713a42137bf9.txt"),
        include_str!("../../../tests/fixtures/seeds/001_0e446df728a89f67.txt"),
        include_str!("../../../tests/fixtures/seeds/002_4fb658c976d88ccb.txt"),
        include_str!("../../../tests/fixtures/seeds/003_3c6e9d3ab829ed43.txt"),
    ] {
        assert_eq!(
            tokenize(text, 0, text.len()),
            tokenize_reference(text, 0, text.len())
        );
    }
}

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

#[test]
fn a_byte_kind_tells_an_ascii_word_start_and_its_flags() {
    for b in 0..=255u8 {
        let kind = BYTE_KIND[usize::from(b)];
        assert_eq!(kind >= DIGIT, b.is_ascii_alphanumeric(), "{b}");
        if kind >= DIGIT {
            assert_eq!(kind & LETTER != 0, b.is_ascii_alphabetic(), "{b}");
            assert_eq!(kind & CAPITAL != 0, b.is_ascii_uppercase(), "{b}");
        }
        assert_eq!(kind == NON_ASCII, !b.is_ascii(), "{b}");
    }
}

#[cfg(target_arch = "x86_64")]
#[test]
fn ascii_alphanumerics_by_sixteen_are_by_byte() {
    // Every byte value at every place of the chunk, among letters and among spaces.
    for fill in [b'a', b' '] {
        for at in 0..16 {
            for b in 0..=255u8 {
                let mut chunk = [fill; 16];
                chunk[at] = b;
                let want = chunk
                    .iter()
                    .enumerate()
                    .fold(0, |m, (k, c)| m | u32::from(c.is_ascii_alphanumeric()) << k);
                assert_eq!(ascii_alphanumerics_16(&chunk), want, "{b} at {at}");
            }
        }
    }
}

#[test]
fn every_abbreviation_is_of_two_to_four_bytes() {
    // `word_end_full` searches the list only for words of those lengths.
    assert!(ABBREVIATIONS.iter().all(|a| (2..=4).contains(&a.len())));
}

/// A dotted abbreviation keeps its stop, except before a capitalised pronoun, where the
/// stop ends a sentence.
#[test]
fn a_dotted_word_before_a_pronoun_leaves_its_stop() {
    let s = "He flew to Washington D.C. She stayed in the U.S. Army base.";
    let t = tokenize(s, 0, s.len());
    let texts: Vec<&str> = t.iter().map(|t| t.text(s)).collect();
    assert!(texts.contains(&"D.C"), "{texts:?}");
    assert!(texts.contains(&"U.S."), "{texts:?}");
    let she = t.iter().find(|t| t.text(s) == "She").expect("She");
    assert!(she.sentence_start);
    let army = t.iter().find(|t| t.text(s) == "Army").expect("Army");
    assert!(!army.sentence_start);
    assert_eq!(t, tokenize_by_token(s, 0, s.len()));
}

/// The word before a stop, read back from it, is the word the tokenizer reads there.
#[test]
fn the_last_word_is_the_tokenizers() {
    for (head, word) in [
        ("flew to Washington D.C", "D.C"),
        ("met al-Assad", "al-Assad"),
        ("said (Sen", "Sen"),
        ("(as said)", ""),
        ("x -ab", "ab"),
        ("John G", "G"),
        ("a U.S.-led", "led"),
        ("", ""),
    ] {
        assert_eq!(super::last_word(head), word, "{head:?}");
        if let Some(t) = tokenize(head, 0, head.len())
            .last()
            .filter(|_| !word.is_empty())
        {
            assert_eq!(t.text(head), word);
        }
    }
}

proptest! {
    /// Read back from the end of a text that ends in a letter or digit (no apostrophe, so
    /// no possessive to cut), the last word is the tokenizer's last token: the one joining
    /// rule, read either way.
    #[test]
    fn the_last_word_read_back_is_the_last_token(head in "[A-Za-zÉé0-9 .&-]{0,14}[A-Za-zé0-9]") {
        let w = super::last_word(&head);
        let t = tokenize(&head, 0, head.len()).last().map(|t| (t.start, t.end));
        prop_assert_eq!(t, Some((head.len() - w.len(), head.len())), "{:?}", head);
    }
}
