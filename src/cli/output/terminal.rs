//! Text as a terminal shows it: control characters made visible, cells cut to a width,
//! and the byte check for a quote that is one plain line.

use std::borrow::Cow;
use unicode_width::UnicodeWidthChar;

/// Text safe to write to a terminal: control characters (but newline and tab) become visible
/// `^X` / `\u{..}` forms. Loaders sanitise already; this guards plain output a second time.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    // An unsafe character is a C0 control, DEL, or a C1 control (C2 80..9F): text with
    // none of those bytes at all is clean at a glance (a loop the compiler vectorises);
    // only the rest is checked character by character.
    let plain = s.bytes().all(|x| x >= 0x20 && x != 0x7f && x != 0xC2);
    if plain || !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !is_unsafe(c) {
            out.push(c);
        } else if (c as u32) < 0x20 {
            out.push('^');
            out.push((b'@' + c as u8) as char);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    Cow::Owned(out)
}

fn is_unsafe(c: char) -> bool {
    c != '\n' && c != '\t' && (c.is_control() || ('\u{80}'..='\u{9f}').contains(&c))
}

/// One line: control characters and newlines shown safely, cut to `width` columns.
pub(crate) fn cell(s: &str, width: usize) -> String {
    let flat: String = terminal_safe(s)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    let mut out = String::new();
    let mut used = 0;
    for c in flat.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            out.pop();
            out.push('…');
            used = width;
            break;
        }
        used += w;
        out.push(c);
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Whether `s` has no control character and no whitespace but the space, decided on
/// bytes: each such character is a byte below 0x20, DEL, C2 80–C2 A0 (C1 controls,
/// U+0085, U+00A0), E1 9A 80 (U+1680), E2 80 80–8A, A8, A9, AF, E2 81 9F (U+2000–U+205F)
/// or E3 80 80 (U+3000). Most quotes are decided without decoding a character.
pub(super) fn is_one_plain_line(s: &str) -> bool {
    let b = s.as_bytes();
    if b.iter().all(|&x| (0x20..0x7f).contains(&x)) {
        return true;
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() {
        let bad = match b[i] {
            0..=0x1f | 0x7f => true,
            0xc2 => at(i + 1) <= 0xa0,
            0xe1 => at(i + 1) == 0x9a && at(i + 2) == 0x80,
            0xe2 => matches!(
                (at(i + 1), at(i + 2)),
                (0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) | (0x81, 0x9f)
            ),
            0xe3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
            _ => false,
        };
        if bad {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_check_agrees_with_the_character_rule() {
        for s in [
            "plain words",
            "tab\tand\nnewline",
            "escape \u{1b}[31m red",
            "carriage\rreturn",
            "delete\u{7f}",
            "c1 \u{85} next line and \u{9b} csi",
            "no-break\u{a0}space and \u{a9} copyright (C2 A0, C2 A9: safe)",
            "“curly” ’quotes’ — and emoji 🎉",
            "",
        ] {
            let unsafe_chars = s.chars().any(is_unsafe);
            let out = terminal_safe(s);
            assert_eq!(matches!(out, Cow::Owned(_)), unsafe_chars, "{s:?}");
            assert!(!out.chars().any(is_unsafe), "{out:?}");
        }
    }

    proptest::proptest! {
        /// The byte rule for a plain line is the character rule: no control character and
        /// no whitespace but the space.
        #[test]
        fn a_plain_line_is_what_the_characters_say(
            s in "([a-z ’“”—…é©¡]|[\\x00-\\x20\\x7f]|[\\u{80}-\\u{a1}]|[\\u{1680}-\\u{1681}\\u{2000}-\\u{2030}\\u{205f}-\\u{2060}\\u{3000}-\\u{3001}\\u{e000}]){0,12}"
        ) {
            let rule = !s.chars().any(|c| is_unsafe(c) || (c.is_whitespace() && c != ' '));
            proptest::prop_assert_eq!(is_one_plain_line(&s), rule, "{:?}", s);
        }
    }
}
