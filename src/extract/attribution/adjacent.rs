//! The speaker written next to a quote: after it (`,” Johnson said`, `,” said a
//! spokesman`, `, according to X`) or before it (`Johnson said: “…”`, `X urged the
//! government to “…”`), read from the quote's own sentence.

use super::{inverted, subject, subject_span, Context};
use crate::extract::tokens::{comma_before, Token};
use crate::extract::{span, LocalSpeaker};
use crate::model::ActorType;

/// Adverbs and auxiliaries that can stand between a subject and its verb (with any word in
/// "-ly").
#[rustfmt::skip]
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also", "then", "later", "again", "still", "even", "never", "once", "just", "already",
    "always", "often", "has", "had", "have", "would", "will", "did", "does", "do",
];

/// Words that open a clause whose subject follows them ("when", "who", "to which"; "with"
/// only after a comma).
#[rustfmt::skip]
const CLAUSE_OPENERS: &[&str] = &[
    "when", "where", "which", "who", "whom", "as", "while", "after", "because", "whereas",
    "although", "though", "with",
];

/// Words of quantity that open a description of people ("many commentators", "one
/// lawmaker", "some voters").
#[rustfmt::skip]
const QUANTIFIERS: &[&str] = &[
    "many", "some", "several", "most", "one", "another", "others", "few", "all", "both",
    "two", "three", "four", "five", "dozens", "hundreds", "thousands",
];

impl Context<'_> {
    /// `,” Johnson said`, `,” said Johnson`, `,” he told the chamber`, `, according to X`.
    /// The flag marks a news-agency attribution ("the Daily Mail reports"), weaker than a
    /// speech verb before the quote.
    pub(super) fn after_quote(
        &self,
        range: (usize, usize),
        open: usize,
    ) -> Option<(LocalSpeaker, bool)> {
        let words = self.words(range);
        if let Some(i) = self.according_to(&words) {
            let np = (words[i].start, range.1);
            return subject::resolve(self.body, self.actors, np, open).map(|s| (s, false));
        }
        // `“…” ― Ariana Huichapa`: a dash and a name after the quote sign it, as under an
        // epigraph or in a list of readers' words.
        let lead = span::slice(self.body, range.0, words.first()?.start).trim();
        if matches!(lead, "―" | "—" | "–" | "-" | "--") && words.len() <= 8 {
            let np = (words[0].start, range.1);
            return subject::resolve_after_verb(self.body, self.actors, np, open)
                .map(|s| (s, false));
        }
        // `"…", while the Liberal Democrats said …`: a new clause with its own subject.
        if words.first().is_some_and(|w| {
            matches!(
                self.lower(w).as_str(),
                "while"
                    | "whereas"
                    | "but"
                    | "and"
                    | "although"
                    | "though"
                    | "as"
                    | "because"
                    | "if"
            )
        }) {
            return None;
        }
        // Not a capitalised word of a title ("'A Failure' Over Budget Comments").
        let v = (0..words.len().min(16))
            .find(|&i| self.is_speech(&words, i) && (i == 0 || !words[i].is_capitalised(self.body)))
            .or_else(|| {
                inverted::after_apposition(self.body, &words, |i| self.is_speech(&words, i))
            })?;
        // `“…,” saying …` goes on with the sentence's subject.
        if v == 0 && self.lower(&words[0]).ends_with("ing") {
            return None;
        }
        // `“…,” for instance, and Lee vowed …`: a clause joined after a comma, with nobody
        // named before it (not `,” Ann Lee, minister for trade, and energy, said`), has a
        // subject of its own, who speaks of other words.
        if (1..v).any(|i| {
            matches!(self.lower(&words[i]).as_str(), "and" | "but" | "while")
                && comma_before(self.body, &words, i)
                && self.actors.mentions_in(range.0, words[i].start).is_empty()
        }) {
            return None;
        }
        let reports = self.lower(&words[v]).starts_with("report");
        let speaker = if v > 0 {
            subject::resolve(
                self.body,
                self.actors,
                (words[0].start, words[v].start),
                open,
            )
            .or_else(|| self.determined_phrase(&words[..v]))
        } else {
            self.after_verb(&words, v, range.1, open)
        };
        speaker.map(|s| (s, reports))
    }

    /// The person or organisation named right before the last verb in `words` (a past
    /// tense, a cue verb in a finite form, or a word in "-s" after the name: "Lee sings"),
    /// resolved; none when no such name stands before a verb.
    fn conjoined_subject(&self, words: &[Token], open: usize) -> Option<LocalSpeaker> {
        let at = words.windows(2).rev().find_map(|w| {
            let (name, verb) = (&w[0], &w[1]);
            // Cheap tests first: a capitalised word, one space, a lower-case word.
            let bytes = self.body.as_bytes();
            if !bytes[name.start].is_ascii_uppercase()
                || !bytes[verb.start].is_ascii_lowercase()
                || verb.start != name.end + 1
            {
                return None;
            }
            let text = span::slice(self.body, verb.start, verb.end);
            let finite = text.len() > 2 && text.ends_with('s')
                || super::main_subject::is_subject_verb(text, "");
            if !finite {
                return None;
            }
            self.actors
                .mentions_in(name.start, name.end)
                .iter()
                .find(|m| m.span.end as usize == name.end && !m.in_quote)
                .filter(|m| {
                    matches!(
                        self.actors.kind(m.entity),
                        ActorType::Person | ActorType::Org
                    )
                })
                .map(|m| (m.span.start as usize, m.span.end as usize))
        })?;
        subject::resolve(self.body, self.actors, at, open)
    }

    /// A word that can stand between a subject pronoun and its verb ("he actually thinks",
    /// "she has also said").
    fn adverb_or_auxiliary(&self, t: &Token) -> bool {
        let w = self.lower(t);
        w.ends_with("ly") || BETWEEN_SUBJECT_AND_VERB.contains(&w.as_str())
    }

    /// Whether the words `range` are "the" and a role ("the Vermont senator", "the
    /// 34-year-old"): one person described, maybe someone named just before.
    fn definite_office(&self, range: (usize, usize)) -> bool {
        let words = self.words(range);
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        self.lower(first) == "the" && subject::one_person_word(&self.lower(last))
    }

    /// `…, when many commentators called him “…”`, `to which 21 percent said “…”`,
    /// `who Beck on Wednesday called “…”`: the subject of the verb `words[v]` is the short
    /// noun phrase after the last word opening a clause before it (or a semicolon), not a
    /// person named earlier in the sentence.
    fn opened_subject(
        &self,
        words: &[Token],
        v: usize,
        from: usize,
        open: usize,
    ) -> Option<LocalSpeaker> {
        let first = words.iter().position(|t| t.start >= from)?;
        let gap = |i: usize| span::slice(self.body, words[i - 1].end, words[i].start);
        // "“…” and 14 percent said": "and" or "but" after a comma or a quote opens a
        // clause too.
        let joined = |i: usize| {
            i > first
                && matches!(self.lower(&words[i]).as_str(), "and" | "but")
                && gap(i).contains([',', '”', '"'])
        };
        // "with" only after a comma ("…, with many marchers chanting"): elsewhere it is
        // a preposition inside the subject ("a source familiar with Lee's thinking").
        let opens = |i: usize| {
            let w = self.lower(&words[i]);
            CLAUSE_OPENERS.contains(&w.as_str())
                && (w != "with" || i > first && gap(i).contains(','))
        };
        let o = (first..v)
            .rev()
            .take(7)
            .find(|&i| opens(i) || joined(i) || i > first && gap(i).contains(';'))?;
        // A semicolon opens the clause at its word; an opener word before its subject.
        let s = if opens(o) || joined(o) { o + 1 } else { o };
        if s >= v || s == first || gap(v).trim() != "" {
            return None;
        }
        let text = span::slice(self.body, words[s].start, words[v - 1].end);
        if text.contains([',', '(', '“', '"', '—', '–']) {
            return None;
        }
        let phrase: Vec<&str> = text.split_whitespace().collect();
        let kept = super::written::noun_phrase(&phrase, 6)?;
        if kept.start != 0 || kept.end != phrase.len() {
            return None;
        }
        let found = subject::resolve(
            self.body,
            self.actors,
            (words[s].start, words[v].start),
            open,
        );
        if let Some(LocalSpeaker::Entity(e)) = found {
            // "with its capital in Terre Haute, called …": a place is no speaker here.
            return matches!(self.actors.kind(e), ActorType::Person | ActorType::Org)
                .then_some(LocalSpeaker::Entity(e));
        }
        found.or_else(|| {
            // "many commentators", "21 percent": a description of people, as written.
            let quantity = text.starts_with(|c: char| c.is_ascii_digit())
                || QUANTIFIERS.contains(&self.lower(&words[s]).as_str());
            (quantity || super::main_subject::speaks(text))
                .then(|| LocalSpeaker::Unnamed(text.to_string()))
        })
    }

    /// `…, with Lee taking to Twitter to call Reyes “…”`: a clause after ", with" before
    /// the quote has its own subject, the few words between "with" and its participle,
    /// whatever verb the sentence had before it.
    fn with_clause(
        &self,
        words: &[Token],
        range: (usize, usize),
        open: usize,
    ) -> Option<LocalSpeaker> {
        let n = words.len();
        // By the word's bytes, from the end: most sentences have no "with".
        let w = (n.saturating_sub(20).max(1)..n).rev().find(|&i| {
            words[i].end - words[i].start == 4
                && words[i].text(self.body) == "with"
                && comma_before(self.body, words, i)
        })?;
        let from = words[w].end;
        let rest = span::slice(self.body, from, range.1);
        if rest.contains(['“', '"', ';', '(']) {
            return None;
        }
        let mut np_end = None;
        for (i, t) in words[w + 1..].iter().take(8).enumerate() {
            let text = t.text(self.body);
            if i > 0
                && text.len() > 4
                && text.ends_with("ing")
                && text.starts_with(char::is_lowercase)
            {
                np_end = Some(words[w + i].end);
                break;
            }
            // A comma inside the noun phrase: no clause of this shape.
            if span::from(self.body, t.end).starts_with(',') {
                return None;
            }
        }
        let np = (words.get(w + 1)?.start, np_end?);
        match subject::resolve(self.body, self.actors, np, open)? {
            LocalSpeaker::Entity(e) if self.actors.kind(e) == ActorType::Place => None,
            found => Some(found),
        }
    }

    /// `Johnson said: “…”`, `X urged the government to “…”`, `said he had “…”`.
    pub(super) fn before_quote(&self, range: (usize, usize), open: usize) -> Option<LocalSpeaker> {
        let words = self.words(range);
        if let Some(s) = self.with_clause(&words, range, open) {
            return Some(s);
        }
        if let Some(i) = self.according_to(&words) {
            let end = words[i..]
                .iter()
                .position(|t| span::from(self.body, t.end).starts_with(','))
                .map_or(range.1, |p| words[i + p].end);
            return subject::resolve(self.body, self.actors, (words[i].start, end), open);
        }
        let mut verb = (0..words.len()).rev().find(|&i| self.is_speech(&words, i));
        // "X said that …, but warned, “…”": a verb after "but"/"and" shares the subject of
        // the speech verb before it.
        // "…, he claimed, saying he had the “wrong solution”": a participle after a comma
        // shares it too.
        // "…, but now said", "and later called": one adverb or auxiliary may stand between.
        // `conjunction(v)`: where the "and"/"but" before the verb at `v` stands.
        let and_but = |i: usize| matches!(self.lower(&words[i]).as_str(), "but" | "and");
        let conjunction = |v: usize| {
            if and_but(v - 1) {
                Some(v - 1)
            } else if v > 1
                && and_but(v - 2)
                && (self.adverb_or_auxiliary(&words[v - 1]) || self.lower(&words[v - 1]) == "now")
            {
                Some(v - 2)
            } else {
                None
            }
        };
        let shares = |v: usize| {
            v > 0
                && (conjunction(v).is_some()
                    || (self.lower(&words[v]).ends_with("ing")
                        && comma_before(self.body, &words, v)))
        };
        while let Some(v) = verb.filter(|&v| shares(v)) {
            let upto = if conjunction(v).is_some() { v - 1 } else { v };
            match (0..upto).rev().find(|&i| self.is_speech(&words, i)) {
                Some(p) => verb = Some(p),
                None => break,
            }
        }
        match verb {
            Some(v) if v > 0 => self.before_verb(&words, range, v, conjunction(v), open),
            // `, says Hammons, “and …”`: the verb comes first, its subject after it.
            // Not `Asked about Iowa, he replied: “…”`: a pronoun after the opening phrase.
            Some(v) => match self.pronoun_after_opening(&words) {
                Some(p) => {
                    let pronoun = (words[p].start, words[p].end);
                    subject::resolve(self.body, self.actors, pronoun, open)
                }
                None => self.after_verb(&words, v, range.1, open),
            },
            None => self.without_active_verb(&words, range, open),
        }
    }

    /// The subject of the speech verb `words[v]` before the quote (`range`), which follows an
    /// "and"/"but" at `and` when there is one.
    fn before_verb(
        &self,
        words: &[Token],
        range: (usize, usize),
        v: usize,
        and: Option<usize>,
        open: usize,
    ) -> Option<LocalSpeaker> {
        let p = self.pronoun_before_verb(words, v);
        let pronoun = matches!(self.lower(&words[p]).as_str(), "he" | "she" | "they");
        let from = if pronoun { words[p].start } else { range.0 };
        // "Hurley, for his part, quoted Alan Shepard, commenting: “…”": a participle
        // after a comma hangs on the sentence's subject, the first person named.
        let participle =
            self.lower(&words[v]).ends_with("ing") && comma_before(self.body, words, v);
        // "Four months after Ames left office, the agency told …": the noun phrase
        // after an opening adverbial is the subject, not a person named in it.
        // Not a definite office ("As for whether Lee runs again, the senator said"):
        // the person it means may be the one named in the adverbial.
        let from = if pronoun || participle {
            from
        } else {
            subject_span::after_adverbial(self.body, from, words[v].start)
                .filter(|&s| !self.definite_office((s, words[v].start)))
                .unwrap_or(from)
        };
        let np = (from, words[v].start);
        if !pronoun && !participle {
            if let Some(s) = self.opened_subject(words, v, from, open) {
                return Some(s);
            }
        }
        if (participle || and.is_some()) && !pronoun {
            if let Some(s) = self.shared_subject(words, v, from, and, open) {
                return Some(s);
            }
        }
        if participle {
            subject::resolve_after_verb(self.body, self.actors, np, open)
        } else {
            subject::resolve(self.body, self.actors, np, open)
        }
    }

    /// Where the subject of the speech verb `words[v]` starts when it is a pronoun: "Mr
    /// Blair has failed, he claimed", "in an interview with the network he blasted …": a
    /// pronoun right before the verb is the whole subject; the words before it are what it
    /// reports or an adverbial. So is one opening a clause before an adverb or an auxiliary
    /// ("Although …, he actually thinks"), not one after its own verb ("Lee says she
    /// really thinks"). Else the word before the verb.
    fn pronoun_before_verb(&self, words: &[Token], v: usize) -> usize {
        (v.saturating_sub(3)..v)
            .rev()
            .take_while(|&p| p + 1 == v || self.adverb_or_auxiliary(&words[p + 1]))
            .find(|&p| {
                matches!(self.lower(&words[p]).as_str(), "he" | "she" | "they")
                    && (p + 1 == v
                        || p == 0
                        || span::slice(self.body, words[p - 1].end, words[p].start).contains(','))
            })
            .unwrap_or(v - 1)
    }

    /// The subject a participle after a comma or a verb after "and" (at `and`) shares, the
    /// verb `words[v]`, its own words from `from`: "Lee shrugged off Reyes' remarks,
    /// telling reporters “…”": a participle after a comma hangs on the sentence's subject,
    /// the words before its first verb, when they can speak: resolved, else as written.
    /// "Lee doubled down on his comments about Reyes and said …": so does a verb after
    /// "and" with no speech verb before it.
    fn shared_subject(
        &self,
        words: &[Token],
        v: usize,
        from: usize,
        and: Option<usize>,
        open: usize,
    ) -> Option<LocalSpeaker> {
        if let Some((s, e)) = super::main_subject::speaking_subject(self.body, from, words[v].start)
        {
            let found = subject::resolve(self.body, self.actors, (s, e), open);
            let text = span::slice(self.body, s, e);
            if found.is_some() || !text.contains(',') {
                return found.or_else(|| Some(LocalSpeaker::Unnamed(text.to_string())));
            }
        }
        // "…, such as when Lee knocked Ortiz on taxes and called him …": with no subject at
        // the sentence's start, the verb shares the subject of the verb before "and", not
        // its object.
        self.conjoined_subject(&words[..and?], open)
    }

    /// The speaker of words before a quote (`range`) with no speech verb in the active: a
    /// passive's "by", or the sentence's subject before a colon.
    fn without_active_verb(
        &self,
        words: &[Token],
        range: (usize, usize),
        open: usize,
    ) -> Option<LocalSpeaker> {
        // `Gutierrez was described by the bishops' conference as “…”`: a passive
        // speech verb names its source after "by".
        let by = (0..words.len().saturating_sub(2)).find(|&i| {
            self.speech.contains(&self.lower(&words[i])) && self.lower(&words[i + 1]) == "by"
        });
        if let Some(i) = by {
            let end = words[i + 2..]
                .iter()
                .find(|t| matches!(self.lower(t).as_str(), "as" | "of" | "that"))
                .map_or(range.1, |t| t.start);
            let np = (words[i + 2].start, end);
            if let Some(s) = subject::resolve_after_verb(self.body, self.actors, np, open) {
                return Some(s);
            }
        }
        // `Governor John Bel Edwards addressed the public: “…”`
        let colon = span::slice(self.body, range.0, range.1)
            .trim_end()
            .ends_with(':');
        if !colon {
            return None;
        }
        // `The palace issued a statement from the king: “…”`: the words are those
        // of the person the statement is from.
        if let Some(i) = self.message_from(words) {
            let np = (words[i].start, range.1);
            if let Some(s) = subject::resolve(self.body, self.actors, np, open) {
                return Some(s);
            }
        }
        // "Asked which county he liked best, he demurred: “…”": a pronoun right after
        // the opening phrase's comma is the subject, not a place or person the phrase
        // names.
        if let Some(p) = self.pronoun_after_opening(words) {
            let pronoun = (words[p].start, words[p].end);
            return subject::resolve(self.body, self.actors, pronoun, open);
        }
        // The subject opens the sentence: the first person named, not one named in
        // passing before the colon ("Alexander Moor, during his message …, offered
        // to …, reducing the focus on Baku:").
        subject::resolve_after_verb(self.body, self.actors, range, open)
    }

    /// Where "he" or "she" stands right after the first comma of `words`, with a word (its
    /// verb) after it: the subject after an opening phrase.
    fn pronoun_after_opening(&self, words: &[Token]) -> Option<usize> {
        let p = (1..words.len().saturating_sub(1))
            .find(|&i| span::slice(self.body, words[i - 1].end, words[i].start).contains(','))?;
        matches!(self.lower(&words[p]).as_str(), "he" | "she").then_some(p)
    }
}
