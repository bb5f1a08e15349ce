//! Article text is untrusted: it must never drive the terminal. Escape sequences (CSI, OSC,
//! DCS, …) are removed whole; other control characters are dropped, except line breaks
//! and tabs (tabs become spaces); bidirectional overrides, which can make text read
//! differently from what it is, are dropped too.

/// Returns `text` with escape sequences and control characters removed.
pub fn sanitize(text: &str) -> String {
    if is_clean(text) {
        return text.to_string();
    }
    rebuild(text)
}

/// As [`sanitize`], keeping the string itself when it is clean (nearly every article): no
/// copy of the body.
pub fn sanitize_owned(text: String) -> String {
    if is_clean(&text) {
        return text;
    }
    rebuild(&text)
}

/// Whether no character of `text` needs work: one pass over the bytes, decoding nothing.
/// Control characters are C0 (under 0x20), DEL and C1 (`C2 80`..`C2 9F`); the bidi
/// controls are `E2 80 AA`..`E2 80 AE` and `E2 81 A6`..`E2 81 A9`.
fn is_clean(text: &str) -> bool {
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() {
        // Printable ASCII and newlines, 16 bytes at a time (no branch per byte).
        if let Some(chunk) = b.get(i..i + 16) {
            let plain = chunk.iter().fold(true, |ok, &x| {
                ok & ((0x20..0x7f).contains(&x) | (x == b'\n'))
            });
            if plain {
                i += 16;
                continue;
            }
        }
        let bad = match b[i] {
            b'\n' | 0x20..=0x7e => false,
            0xC2 => (0x80..=0x9f).contains(&at(i + 1)),
            0xE2 => matches!(
                (at(i + 1), at(i + 2)),
                (0x80, 0xAA..=0xAE) | (0x81, 0xA6..=0xA9)
            ),
            0x80..=0xff => false,
            _ => true,
        };
        if bad {
            return false;
        }
        i += 1;
    }
    true
}

fn rebuild(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => skip_escape(&mut chars),
            // C1 introducers: CSI, OSC, DCS, SOS, PM, APC written as single code points.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The character rule [`is_clean`] applies to bytes (kept to test it against).
#[cfg(test)]
fn needs_work(c: char) -> bool {
    (c.is_control() && c != '\n') || is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_escape(chars: &mut Chars) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // Two-character escapes (ESC c, ESC 7, ESC ( B …): drop the next character(s).
        Some('(' | ')' | '*' | '+' | '#' | '%') => {
            chars.next();
            chars.next();
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

/// CSI: parameters and intermediates, then one final byte in `@`..=`~`.
fn skip_csi(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            break;
        }
        if !(' '..='?').contains(&c) {
            break; // malformed: stop skipping at anything that is not a parameter
        }
    }
}

/// OSC/DCS/…: up to BEL or ST (ESC \ or U+009C).
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn escape_sequences_are_removed_whole() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(sanitize("x\u{1b}]0;evil title\u{7}y"), "xy");
        assert_eq!(sanitize("x\u{1b}]52;c;ZXZpbA==\u{1b}\\y"), "xy");
        assert_eq!(sanitize("x\u{1b}[2J\u{1b}[Hy"), "xy");
        assert_eq!(sanitize("x\u{9b}31my\u{9d}0;t\u{9c}z"), "xyz");
        assert_eq!(sanitize("x\u{1b}Pq#0\u{1b}\\y"), "xy");
    }

    #[test]
    fn the_byte_check_agrees_with_the_character_rule() {
        // Every character near the ranges the byte check names, alone and in text.
        let probes = (0u32..0x300)
            .chain(0x2000..0x2100)
            .chain([0xfeff, 0xfffd, 0x1f600])
            .filter_map(char::from_u32);
        for c in probes {
            // Short texts, and long ones where the character sits inside or after a run
            // of plain ASCII that is checked 16 bytes at a time.
            let long = "plain ascii text, long enough";
            for text in [
                c.to_string(),
                format!("a “b” {c} é"),
                format!("{c}\u{2019}"),
                format!("{long}{c}{long}"),
                format!("{long}{long}{c}"),
                format!("{c}{long}{long}"),
            ] {
                let by_chars = !text.chars().any(super::needs_work);
                assert_eq!(super::is_clean(&text), by_chars, "{:?}", c);
                assert_eq!(super::sanitize_owned(text.clone()), sanitize(&text));
            }
        }
    }

    #[test]
    fn controls_dropped_text_kept() {
        assert_eq!(sanitize("a\u{0}b\u{7}c\td\r\ne\u{202e}f"), "abc d\nef");
        assert_eq!(
            sanitize("日本語 “quote” é\u{200d}"),
            "日本語 “quote” é\u{200d}"
        );
        assert_eq!(sanitize("trailing \u{1b}"), "trailing ");
    }
}
