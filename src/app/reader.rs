//! The reading view's text laid out for a width: paragraphs wrapped into display lines by
//! terminal cell width (wide CJK, emoji and combining marks measured with unicode-width), so
//! the state knows how tall an article is and on which line each quotation starts.

use crate::model::{Corpus, Paragraph};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// One display line: a byte range of the article body (empty for a blank separator line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub boilerplate: bool,
}

/// An article wrapped at one width.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub article: usize,
    pub width: u16,
    pub hide_boilerplate: bool,
    pub lines: Vec<Line>,
}

impl Layout {
    pub fn new(corpus: &Corpus, article: usize, width: u16, hide_boilerplate: bool) -> Layout {
        let body = corpus.body(article);
        let width = width.max(8);
        let mut lines = Vec::new();
        for p in &corpus.articles[article].paragraphs {
            if p.boilerplate && hide_boilerplate {
                continue;
            }
            if !lines.is_empty() {
                lines.push(Line {
                    start: p.span.start as usize,
                    end: p.span.start as usize,
                    boilerplate: false,
                });
            }
            wrap_paragraph(body, p, width as usize, &mut lines);
        }
        Layout {
            article,
            width,
            hide_boilerplate,
            lines,
        }
    }

    /// The display line holding byte `offset` of the body (the next visible one if hidden).
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines
            .iter()
            .position(|l| l.end > offset && l.end > l.start)
            .unwrap_or(self.lines.len().saturating_sub(1))
    }
}

/// Breaks one paragraph into lines no wider than `width` cells, at spaces where it can and
/// inside a word (by grapheme) where a word is wider than the line.
fn wrap_paragraph(body: &str, p: &Paragraph, width: usize, out: &mut Vec<Line>) {
    let (start, end) = (p.span.start as usize, p.span.end as usize);
    let text = &body[start..end];
    let mut line_start = 0;
    let mut line_width = 0;
    let mut last_break: Option<(usize, usize)> = None; // (byte after space, width up to it)
    for (i, g) in text.grapheme_indices(true) {
        let w = UnicodeWidthStr::width(g);
        // A loop: after breaking at the last space, the rest may still not fit.
        while line_width + w > width && i > line_start {
            let cut = match last_break {
                Some((b, bw)) if b > line_start => {
                    line_width -= bw;
                    b
                }
                _ => {
                    line_width = 0;
                    i
                }
            };
            out.push(Line {
                start: start + line_start,
                end: start + trim_end(text, line_start, cut),
                boilerplate: p.boilerplate,
            });
            line_start = cut;
            last_break = None;
        }
        line_width += w;
        if g.chars().all(char::is_whitespace) {
            last_break = Some((i + g.len(), line_width));
        }
    }
    if line_start < text.len() || text.is_empty() {
        out.push(Line {
            start: start + line_start,
            end,
            boilerplate: p.boilerplate,
        });
    }
}

fn trim_end(text: &str, from: usize, to: usize) -> usize {
    from + text[from..to].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Span};

    fn corpus(body: &str) -> Corpus {
        crate::pipeline::build(vec![Document {
            id: "a.txt".into(),
            body: body.into(),
            ..Document::default()
        }])
    }

    fn widths(c: &Corpus, width: u16) -> Vec<usize> {
        let l = Layout::new(c, 0, width, false);
        l.lines
            .iter()
            .map(|l| UnicodeWidthStr::width(&c.body(0)[l.start..l.end]))
            .collect()
    }

    #[test]
    fn lines_never_exceed_the_width_for_any_script() {
        for body in [
            "The quick brown fox jumps over the lazy dog again and again.",
            "日本語のテキストはスペースなしで折り返す必要があります。とても長い文です。",
            "Emoji 🎉🎉🎉 and combining e\u{301}e\u{301}e\u{301} marks in a line of text here.",
            "Averyveryveryverylongwordwithoutanyspacesatallthatmustbesplit",
            // Found by the hardening property test: a long run after the last space.
            "\" Boris Johnson\"\"said\" שלום\"she\"日本語",
        ] {
            let c = corpus(body);
            for w in [8u16, 13, 20] {
                assert!(
                    widths(&c, w).iter().all(|&x| x <= w as usize),
                    "{body} at {w}"
                );
            }
            // Nothing lost: the lines cover every non-space character.
            let l = Layout::new(&c, 0, 13, false);
            let joined: String = l.lines.iter().map(|x| &c.body(0)[x.start..x.end]).collect();
            let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(strip(&joined), strip(body));
        }
    }

    #[test]
    fn hidden_boilerplate_and_quote_lines() {
        let mut c = corpus("Sign up here.\n\nFirst line of the story.\n\n“A quote,” she said.");
        c.articles[0].paragraphs[0].boilerplate = true;
        let shown = Layout::new(&c, 0, 40, false);
        let hidden = Layout::new(&c, 0, 40, true);
        assert_eq!(shown.lines.len(), hidden.lines.len() + 2);
        let quote_at = c.body(0).find("A quote").unwrap();
        assert_eq!(hidden.line_of(quote_at), 2);
        let _ = Span::default();
    }
}
