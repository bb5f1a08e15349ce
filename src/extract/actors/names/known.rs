//! Known names: the gazetteer of places and organisations, and the lexicon the name rules
//! read; a run's longest known name; candidates made of tokens as written.

use super::keys::normalise;
use super::words::{class, Classes, Words};
use super::{Candidate, Kind};
use crate::extract::lexicon;
use crate::extract::lexicon::WordSet;
use crate::extract::tokens::Token;
use crate::model::Span;
use std::sync::OnceLock;

pub(super) struct Gazetteer {
    /// Normalised form → (canonical, is place, every form normalised).
    pub forms: rustc_hash::FxHashMap<String, (String, bool, Vec<String>)>,
    /// Normalised forms written in capitals ("US", "WHO"): they match capitals only, so
    /// "Us magazine" is not the United States.
    pub acronyms: WordSet,
    /// The longest form, in words.
    pub max_words: usize,
}

pub(super) struct Lexicon {
    /// Common words, for the one question not about a token ("Casinos": is `casino` one?).
    pub common: &'static WordSet,
    pub gazetteer: Gazetteer,
    /// Every word the rules ask about, with its classes (title, first name, …; see
    /// `words::class`): a token's are found with one lookup.
    pub classes: Classes,
}

pub(super) fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut forms = rustc_hash::FxHashMap::default();
        let mut acronyms = WordSet::default();
        let mut first_words = WordSet::default();
        let mut max_words = 1;
        for (file, place) in [("places", true), ("orgs", false)] {
            for row in lexicon::table(file) {
                let canonical = row[0].to_string();
                let all: Vec<String> = row.iter().map(|s| normalise(s)).collect();
                for form in &row {
                    max_words = max_words.max(form.split_whitespace().count());
                    // First words of every form: most capitalised words start none, and are
                    // turned away before any string is built.
                    if let Some(w) = normalise(form).split(' ').next() {
                        first_words.insert(w.to_string());
                    }
                    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
                    if letters >= 2 && !form.chars().any(char::is_lowercase) {
                        acronyms.insert(normalise(form));
                    }
                    forms
                        .entry(normalise(form))
                        .or_insert_with(|| (canonical.clone(), place, all.clone()));
                }
            }
        }
        Lexicon {
            common: lexicon::set("common_words"),
            classes: Classes::new(&first_words),
            gazetteer: Gazetteer {
                forms,
                acronyms,
                max_words,
            },
        }
    })
}

/// The longest gazetteer name that `tokens[i..j]` starts with: its length in tokens and
/// its key.
pub(super) fn gazetteer_match<'l>(
    w: &Words,
    (i, j): (usize, usize),
    lx: &'l Lexicon,
) -> Option<(usize, &'l str)> {
    let (body, g) = (w.body, &w.tokens[i..j]);
    let skip_the = g.len() > 1 && w.lower(i) == "the";
    let head = if skip_the { i + 1 } else { i };
    if !w.is(head, class::GAZETTEER_FIRST) {
        return None;
    }
    let max = lx.gazetteer.max_words.min(g.len());
    (1..=max).rev().find_map(|n| {
        let text = &body[g[0].start..g[n - 1].end];
        let key = normalise(text);
        if lx.gazetteer.acronyms.contains(&key) && text.chars().any(char::is_lowercase) {
            return None;
        }
        lx.gazetteer
            .forms
            .get_key_value(&key)
            .map(|(k, _)| (n, k.as_str()))
    })
}

/// A work, product or event named by the tokens `g`, as written.
pub(super) fn thing(body: &str, g: &[Token], kind: Kind) -> Candidate {
    let span = Span::new(g[0].start, g[g.len() - 1].end);
    Candidate {
        span,
        name: body[span.start as usize..span.end as usize].to_string(),
        kind,
        role: None,
        alias_keys: &[],
        cued: false,
    }
}

pub(super) fn org(body: &str, g: &[Token], lx: &'static Lexicon) -> Candidate {
    let span = Span::new(g[0].start, g[g.len() - 1].end);
    let text = &body[g[0].start..g[g.len() - 1].end];
    let (name, alias_keys) = match lx.gazetteer.forms.get(&normalise(text)) {
        Some((canonical, _, keys)) => (canonical.clone(), keys.as_slice()),
        None => (text.to_string(), &[][..]),
    };
    Candidate {
        span,
        name,
        kind: Kind::Org,
        role: None,
        alias_keys,
        cued: false,
    }
}
