//! Quotations set off by doubled apostrophes (`''We will win,'' she said.`), a style of
//! some newspaper archives that the quote finder does not take for quotation marks: a
//! name inside one is quoted, no one a later pronoun can mean.

/// The spans (from the opening pair to the end of the closing one) of the `''…''`
/// quotations of `body`, in text order: an opening pair after a space, a line break or
/// the start, closed by the next pair in the same paragraph.
pub(super) fn spans(body: &str) -> Vec<(usize, usize)> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for at in memchr::memmem::find_iter(bytes, b"''") {
        match open {
            Some(o) if at >= o + 2 => {
                if body[o + 2..at].contains('\n') {
                    open = None;
                } else {
                    out.push((o, at + 2));
                    open = None;
                    continue;
                }
            }
            Some(_) => continue,
            None => {}
        }
        let before = at.checked_sub(1).map(|i| bytes[i]);
        if before.is_none_or(|b| matches!(b, b' ' | b'\n' | b'(' | b'\t')) {
            open = Some(at);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::spans;

    #[test]
    fn doubled_apostrophes_pair_up_within_a_paragraph() {
        let body = "''Ferries are late,'' she said. ''Again.''\nAn ''odd\nline";
        let s = spans(body);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(&body[s[0].0..s[0].1], "''Ferries are late,''");
        assert_eq!(&body[s[1].0..s[1].1], "''Again.''");
        // A pair closing nothing, or not after a space, opens no quotation.
        assert!(spans("It was the ferry''s fault.").is_empty());
    }
}
