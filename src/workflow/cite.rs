//! Citations, and the OSC 52 sequence that puts text on a terminal's clipboard (over SSH
//! too); where copied text goes is `clipboard`'s business.

use crate::model::{Corpus, Quote, QuoteKind, Speaker};
use base64::Engine;

/// `“…” — Speaker (role), Outlet, Date`; missing parts are left out. Reported speech is
/// not put in quotation marks (nobody said those words): `… (reported speech) — …`.
pub fn citation(corpus: &Corpus, q: &Quote) -> String {
    let text = match q.kind {
        QuoteKind::Indirect => format!("{} (reported speech)", one_line(corpus.quote_text(q))),
        _ => format!("“{}”", one_line(corpus.quote_text(q))),
    };
    let article = &corpus.articles[q.article as usize];
    let mut who = corpus.speaker_name(q).unwrap_or("").to_string();
    if let Speaker::Actor(a) = q.speaker {
        if let Some(role) = corpus.actors[a as usize].roles.first() {
            who = format!("{who} ({role})");
        }
    }
    let parts: Vec<String> = [
        Some(who).filter(|w| !w.is_empty()),
        article.meta.outlet.clone(),
        article.meta.date.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        text
    } else {
        format!("{text} — {}", parts.join(", "))
    }
}

/// Where an article came from: its URL if known, else its path.
pub fn source_of(corpus: &Corpus, article: usize) -> String {
    let a = &corpus.articles[article];
    a.meta
        .url
        .clone()
        .unwrap_or_else(|| a.path.display().to_string())
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The escape sequence that puts `text` on the terminal's clipboard (plain: tmux gets the
/// text through `tmux load-buffer`, see `clipboard`).
pub fn osc52(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
    let payload = base64::engine::general_purpose::STANDARD.encode(clean.as_bytes());
    format!("\u{1b}]52;c;{payload}\u{7}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_bytes() {
        assert_eq!(osc52("hi"), "\u{1b}]52;c;aGk=\u{7}");
        // Control characters never ride along into the terminal.
        assert_eq!(osc52("a\u{1b}b"), osc52("ab"));
    }

    #[test]
    fn citation_leaves_out_missing_parts() {
        let corpus = crate::pipeline::build(vec![crate::model::Document {
            id: "a.txt".into(),
            body: "Rail plan\n\nJanuary 14, 2020\n\n\"We will build it on time,\" said Transport Secretary Jane Holloway.\n\nCritics called it a \"vanity project\" again.".into(),
            ..Default::default()
        }]);
        let direct = corpus
            .quotes
            .iter()
            .find(|q| q.speaker != Speaker::None)
            .unwrap();
        assert_eq!(
            citation(&corpus, direct),
            "“We will build it on time,” — Jane Holloway (Transport Secretary), 2020-01-14"
        );
        // Without a speaker (made so by hand: whether "Critics called it" attributes the
        // words is the rules' business).
        let mut scare = corpus.quotes[1].clone();
        assert_eq!(corpus.quote_text(&scare), "vanity project");
        (scare.speaker, scare.kind) = (Speaker::None, crate::model::QuoteKind::Scare);
        assert_eq!(citation(&corpus, &scare), "“vanity project” — 2020-01-14");
        // Reported speech is cited without quotation marks: nobody said these words.
        let mut reported = direct.clone();
        reported.kind = crate::model::QuoteKind::Indirect;
        assert_eq!(
            citation(&corpus, &reported),
            "We will build it on time, (reported speech) — Jane Holloway (Transport Secretary), 2020-01-14"
        );
    }
}
