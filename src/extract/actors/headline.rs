//! Runs of a Title Case headline: there every word is capitalised, so a name runs on into
//! the words around it ("Glenn Beck Blasts Drudge", "Voters Condemn Jane Roe"). Where the
//! article names a person elsewhere, such a run is cut to that name.

use super::names::{normalise, Candidate, Kind};
use super::same::padded;
use crate::extract::tokens::Token;
use crate::model::Span;

/// Short words a Title Case headline may leave in lower case.
const LOWER_IN_TITLES: [&str; 14] = [
    "from", "with", "into", "onto", "over", "upon", "than", "that", "about", "after", "under",
    "before", "between", "through",
];

/// Whether a paragraph is in Title Case: it has at least three words of four letters or
/// more, and nearly all of them are capitalised (besides the prepositions titles leave in
/// lower case, one in twelve may not be, from six such words on). A sentence of prose full
/// of names still has its verbs and nouns in lower case ("… praised … at a press
/// conference …"). Only the article's first paragraph (`opening`) may hold more than one
/// sentence ("Jane Roe Wins The Vote. Now What?").
pub fn is_title_case(body: &str, tokens: &[Token], opening: bool) -> bool {
    // Words of four bytes or more that start with a letter (the tokenizer noted which).
    let worded = |t: &&Token| t.end - t.start >= 4 && t.starts_with_letter();
    // Most paragraphs are prose with most words in lower case: told at once, without
    // looking the lower-case words up (or at the body).
    // Counted without a branch per token: most tokens are asked nothing else here.
    let (mut long, mut capitalised) = (0usize, 0usize);
    // (`&` on the flags, not `&&`: no branch on a word's length.)
    for t in tokens {
        let w = (t.end - t.start >= 4) & t.starts_with_letter();
        long += usize::from(w);
        capitalised += usize::from(w & t.is_capitalised(body));
    }
    if long < 3 || (long - capitalised) * 2 > long {
        return false;
    }
    let lower = tokens
        .iter()
        .filter(worded)
        .filter(|t| {
            !t.is_capitalised(body) && {
                let w = t.text(body);
                !LOWER_IN_TITLES.iter().any(|l| w.eq_ignore_ascii_case(l))
            }
        })
        .count();
    let one_sentence = || {
        tokens.windows(2).all(|w| {
            !body.as_bytes()[w[0].end..w[1].start]
                .iter()
                .any(|b| matches!(b, b'.' | b'!' | b'?'))
        })
    };
    lower <= (long + 6) / 12 && (opening || one_sentence())
}

/// Cuts every run of several words in a Title Case paragraph (`title_case`: byte ranges)
/// that could be a person (or starts an organisation's name) to the longest first or last
/// words that name a person found outside those paragraphs, in full or by the last words of
/// their name ("Le Pen" of "Marine Le Pen"). Runs that hold no such name are left as they
/// are.
pub fn cut_runs(body: &str, title_case: &[(usize, usize)], candidates: &mut [Candidate]) {
    if title_case.is_empty() {
        return;
    }
    let inside = |c: &Candidate| {
        let (s, e) = (c.span.start as usize, c.span.end as usize);
        title_case.iter().any(|&(a, b)| a <= s && e <= b)
    };
    let person = |c: &Candidate| matches!(c.kind, Kind::Person | Kind::MaybePerson);
    // An organisation's words may end such a run too ("Jane Roe Slams Harbour Board").
    let run = |c: &Candidate| {
        (person(c) || c.kind == Kind::Org) && c.name.matches(' ').count() >= 2 && inside(c)
    };
    if !candidates.iter().any(run) {
        return;
    }
    // People named in prose, padded with spaces so that a part matches at word bounds.
    let mut people: Vec<String> = candidates
        .iter()
        .filter(|c| c.kind == Kind::Person && c.name.contains(' ') && !inside(c))
        .map(|c| padded(&c.name))
        .collect();
    if people.is_empty() {
        return;
    }
    people.sort_unstable();
    people.dedup();
    let names = |key: &str| {
        let tail = format!(" {key} ");
        people.iter().any(|p| p.ends_with(&tail))
    };
    for c in candidates.iter_mut().filter(|c| run(c)) {
        let (start, end) = (c.span.start as usize, c.span.end as usize);
        let Some(text) = body.get(start..end) else {
            continue;
        };
        let edge = longest_named_edge(text, &names);
        // An organisation's run only loses its end: "Harbour Board Chair Jane Roe" is hers.
        if let Some((a, b)) = edge.filter(|&(a, _)| a == 0 || c.kind != Kind::Org) {
            c.span = Span::new(start + a, start + b);
            c.name = text[a..b].to_string();
            if c.kind == Kind::Org {
                c.kind = Kind::MaybePerson;
                c.alias_keys = &[];
            }
        }
    }
}

/// The byte range of the longest first or last two-or-more words of `text` (not all of
/// them) that `names` accepts, as a normalised key.
fn longest_named_edge(text: &str, names: &dyn Fn(&str) -> bool) -> Option<(usize, usize)> {
    let words: Vec<(usize, usize)> = text
        .split(' ')
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, start + w.len()))
        })
        .filter(|&(a, b)| a < b)
        .collect();
    let n = words.len();
    (2..n).rev().find_map(|len| {
        [(0, len), (n - len, n)].into_iter().find_map(|(i, j)| {
            let (a, b) = (words[i].0, words[j - 1].1);
            names(&normalise(&text[a..b])).then_some((a, b))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(body: &str, name: &str, kind: Kind) -> Candidate {
        let start = body.find(name).expect("in the body");
        Candidate {
            span: Span::new(start, start + name.len()),
            name: name.to_string(),
            kind,
            role: None,
            alias_keys: &[],
            cued: false,
        }
    }

    #[test]
    fn a_headline_run_is_cut_to_the_person_the_article_names() {
        let body = "Glenn Beck Blasts Drudge For Its Jokes\n\nVoters Condemn Marine Le Pen\n\n\
                    Glenn Beck spoke on Monday. Marine Le Pen did not.\n\nAnn Lee Wins Big";
        let mut c = vec![
            candidate(body, "Glenn Beck Blasts Drudge", Kind::MaybePerson),
            candidate(body, "Voters Condemn Marine Le Pen", Kind::MaybePerson),
            candidate(body, "Glenn Beck spoke", Kind::Person),
            candidate(body, "Marine Le Pen did", Kind::Person),
            candidate(body, "Ann Lee Wins Big", Kind::MaybePerson),
        ];
        // The prose names, as the candidates hold them.
        c[2].name = "Glenn Beck".into();
        c[3].name = "Marine Le Pen".into();
        let para = |p: &str| {
            let at = body.find(p).unwrap();
            (at, at + p.len())
        };
        let title_case = [
            para("Glenn Beck Blasts Drudge For Its Jokes"),
            para("Voters Condemn Marine Le Pen"),
            para("Ann Lee Wins Big"),
        ];
        cut_runs(body, &title_case, &mut c);
        assert_eq!(c[0].name, "Glenn Beck");
        assert_eq!(
            &body[c[0].span.start as usize..c[0].span.end as usize],
            "Glenn Beck"
        );
        assert_eq!(c[1].name, "Marine Le Pen");
        // Named nowhere else: left whole.
        assert_eq!(c[4].name, "Ann Lee Wins Big");
        // Outside a Title Case paragraph nothing is cut.
        let mut prose = vec![
            c[2].clone(),
            candidate(body, "Glenn Beck spoke on", Kind::Person),
        ];
        cut_runs(body, &title_case[..1], &mut prose);
        assert_eq!(prose[1].name, "Glenn Beck spoke on");
    }

    #[test]
    fn the_last_words_of_a_name_cut_a_run_too_but_never_one_word() {
        let names = |k: &str| {
            [" marine le pen ", " tom reed "]
                .iter()
                .any(|p| p.ends_with(&format!(" {k} ")))
        };
        assert_eq!(
            longest_named_edge("Le Pen Backs Reed", &names),
            Some((0, 6))
        );
        // "Reed" alone is one word: not enough to cut on.
        assert_eq!(longest_named_edge("Voters Back Reed", &names), None);
        // The whole run is never an edge of itself.
        assert_eq!(longest_named_edge("Tom Reed", &names), None);
    }

    #[test]
    fn title_case_is_told_from_prose_full_of_names() {
        use crate::extract::tokens::tokenize;
        let title = |text: &str, opening: bool| {
            is_title_case(text, &tokenize(text, 0, text.len()), opening)
        };
        assert!(title("Jane Roe Slams Harbour Plan from the Start", false));
        // A number starting a word says nothing about case.
        assert!(title("Jane Roe Fires A 5-Word Reply At Tom Reed", false));
        // Prose: its verbs and nouns are in lower case, however many names it holds.
        assert!(!title(
            "Mayor Jane Roe praised Harbour Board Chair Tom Reed at a meeting in Leeds.",
            false
        ));
        assert!(!title("The speakers were Tom Hall and Paul Green.", false));
        // Two sentences: a headline only as the article's first paragraph.
        let two = "Jane Roe Wins The Harbour Vote. What Comes Next?";
        assert!(title(two, true));
        assert!(!title(two, false));
    }
}
