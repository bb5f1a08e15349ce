//! A block's text as paragraphs. A `<br>` ends a paragraph, unless the lines it parts are
//! one hard-wrapped paragraph: the line before ends no sentence and is long (a wrapped
//! line), or the next starts in lower case. Two `<br>`s in a row always end one.

/// Appends the text gathered in `line` (with `<br>`s at byte offsets `breaks`) to `out` as
/// paragraphs separated by blank lines, and empties both.
pub fn flush(line: &mut String, breaks: &mut Vec<usize>, out: &mut String) {
    let mut para = String::new();
    // Characters in the last line put on `para`.
    let mut last = 0;
    let mut from = 0;
    for at in breaks.iter().copied().chain(std::iter::once(line.len())) {
        let seg = line.get(from..at).unwrap_or_default();
        from = at;
        let mut words = seg.split_whitespace().peekable();
        if words.peek().is_none() {
            // An empty line (two `<br>`s): the paragraph ends.
            push(&mut para, out);
            continue;
        }
        if !para.is_empty() && !continues(&para, last, seg) {
            push(&mut para, out);
        }
        last = seg.trim().chars().count();
        for w in words {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(w);
        }
    }
    push(&mut para, out);
    line.clear();
    breaks.clear();
}

/// Shortest line taken for a wrapped one, in characters.
const WRAPPED: usize = 40;

/// Whether `next` (after a `<br>`) goes on the paragraph `para`, whose last line was
/// `last` characters long.
fn continues(para: &str, last: usize, next: &str) -> bool {
    if para.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')', '…']) {
        return false;
    }
    let lower = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    lower || last >= WRAPPED
}

fn push(para: &mut String, out: &mut String) {
    if !para.is_empty() {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(para);
        para.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::flush;

    fn paragraphs(segments: &[&str]) -> String {
        let mut line = String::new();
        let mut breaks = Vec::new();
        for (i, s) in segments.iter().enumerate() {
            if i > 0 {
                breaks.push(line.len());
            }
            line.push_str(s);
        }
        let mut out = String::new();
        flush(&mut line, &mut breaks, &mut out);
        assert!(line.is_empty() && breaks.is_empty());
        out
    }

    #[test]
    fn hard_wrapped_lines_are_one_paragraph() {
        assert_eq!(
            paragraphs(&[
                "The council met on Tuesday to talk about the harbour and",
                "the roads leading to it, which flood every winter.",
                "",
                "A new paragraph after two breaks.",
            ]),
            "The council met on Tuesday to talk about the harbour and the roads leading to it, \
             which flood every winter.\n\nA new paragraph after two breaks."
        );
    }

    #[test]
    fn short_lines_and_sentences_stay_apart() {
        assert_eq!(
            paragraphs(&[
                "Release date:",
                "12 May",
                "Home",
                "News",
                "It ended.",
                "then"
            ]),
            "Release date:\n\n12 May\n\nHome\n\nNews\n\nIt ended.\n\nthen"
        );
        // A short line followed by one in lower case is wrapped too.
        assert_eq!(
            paragraphs(&["Short line and", "its end."]),
            "Short line and its end."
        );
    }
}
