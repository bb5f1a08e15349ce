//! Article text is untrusted: it must never drive the terminal. Escape sequences (CSI, OSC,
//! DCS, …) are removed whole; other control characters are dropped, except line breaks
//! and tabs (tabs become spaces); bidirectional overrides, which can make text read
//! differently from what it is, are dropped too.

/// Returns `text` with escape sequences and control characters removed.
pub fn sanitize(text: &str) -> String {
    if !text.chars().any(needs_work) {
        return text.to_string();
    }
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
    fn controls_dropped_text_kept() {
        assert_eq!(sanitize("a\u{0}b\u{7}c\td\r\ne\u{202e}f"), "abc d\nef");
        assert_eq!(
            sanitize("日本語 “quote” é\u{200d}"),
            "日本語 “quote” é\u{200d}"
        );
        assert_eq!(sanitize("trailing \u{1b}"), "trailing ");
    }
}
