//! Titles cut to a width so that two different titles never look the same: where the cut
//! would leave two rows alike (ignoring case and accents), each shows its beginning, an
//! ellipsis and then the words where it differs from the others.

use super::draw::{fit, safe};
use crate::search::fold::fold;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Each of `titles` cut to `width` cells, told apart where the plain cut would not.
pub fn fit_distinct(titles: &[&str], width: usize) -> Vec<String> {
    let mut out: Vec<String> = titles.iter().map(|t| fit(t, width)).collect();
    let keys: Vec<String> = out.iter().map(|f| fold(f).into_owned()).collect();
    let full: Vec<String> = titles.iter().map(|t| fold(t).into_owned()).collect();
    for i in 0..titles.len() {
        let alike: Vec<usize> = (0..titles.len())
            .filter(|&j| j != i && keys[j] == keys[i] && full[j] != full[i])
            .collect();
        if alike.is_empty() {
            continue;
        }
        // Where this title parts from the most similar of the others (in characters).
        let parts_at = alike
            .iter()
            .map(|&j| common_prefix(&full[i], &full[j]))
            .max()
            .unwrap_or(0);
        out[i] = head_and_difference(titles[i], parts_at, width);
    }
    out
}

/// Characters `a` and `b` share at their start.
fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// The title's first third of `width`, `…`, then the title from a little before character
/// `at` (the start of that word), cut to what is left.
fn head_and_difference(title: &str, at: usize, width: usize) -> String {
    let title = safe(title);
    let chars: Vec<char> = title.chars().collect();
    // Back to the start of the word that differs.
    let mut from = at.min(chars.len());
    while from > 0 && !chars[from - 1].is_whitespace() {
        from -= 1;
    }
    let head_w = width / 3;
    let mut head = String::new();
    let mut w = 0;
    for &c in &chars[..from] {
        let cw = c.width().unwrap_or(0);
        if w + cw > head_w {
            break;
        }
        head.push(c);
        w += cw;
    }
    let head = head.trim_end().to_string();
    let tail: String = chars[from..].iter().collect();
    let joined = if head.chars().count() == from {
        // The whole beginning fits: no gap to mark.
        format!("{head} {tail}")
    } else {
        format!("{head}…{tail}")
    };
    fit(&joined, width.max(head.width() + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_alike_after_the_cut_show_where_they_differ() {
        let titles = [
            "Boris Johnson is accused of misleading the Queen",
            "Boris Johnson Interview: the Brexit deal is done",
            "Coronavirus: UK announces lockdown",
        ];
        let out = fit_distinct(&titles, 16);
        assert_eq!(out[2], "Coronavirus: UK…");
        assert_ne!(fold(&out[0]), fold(&out[1]), "{out:?}");
        assert!(
            out[0].starts_with("Boris") && out[0].contains("is accus"),
            "{out:?}"
        );
        assert!(out[1].contains("Interv"), "{out:?}");
        assert!(out.iter().all(|o| o.width() <= 16), "{out:?}");
        // Titles that fit are left alone, even when alike at the start.
        let short = ["Budget row", "Budget rows"];
        assert_eq!(fit_distinct(&short, 30), ["Budget row", "Budget rows"]);
        // The same title twice is the same title.
        assert_eq!(
            fit_distinct(&["Same title here", "Same title here"], 8),
            ["Same ti…", "Same ti…"]
        );
    }
}
