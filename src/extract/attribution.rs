//! Attribution: who said each quotation, and what kind of quotation it is.
//!
//! Each quote is read with its sentence: the words after it (`,” Johnson said`, `,” said a
//! spokesman`) and before it (`Johnson said: “…”`, `X urged the government to “…”`). The
//! speaker is the subject of the nearest speech verb — a named actor, a pronoun resolved to
//! the last person named outside quotes, or an unnamed description kept as written ("one
//! source"). A quote with no attribution of its own continues the previous speaker when it
//! follows in the same or the next paragraph.

mod adjacent;
mod as_put;
mod bare_noun;
mod bounds;
mod carry_on;
mod clause_fragment;
mod clause_speaker;
mod closing_attribution;
mod copies;
mod gender;
mod group;
mod inherit;
mod interview;
mod inverted;
mod kind;
mod label;
mod lone_word;
mod main_subject;
mod object;
mod outer_report;
mod participle_opener;
mod possessive;
mod preposition;
mod pronoun;
mod referent;
mod reported;
mod sentence;
mod signed;
mod speech_verb;
mod statement;
mod subject;
mod subject_span;
mod transcript;
mod unnamed;
mod verb_tail;
mod window;
mod written;

use super::actors::ArticleActors;
use super::clauses::{self, Clause, SourceAt};
use super::lexicon;
use super::quotes::QuoteSpan;
use super::span;
use super::tokens::{Lower, Token, Tokens};
use super::{LocalQuote, LocalSpeaker};
use crate::model::{ActorType, Paragraph, QuoteKind, Span};
use clause_speaker::{colon_clause, containing_clause};
use inherit::{inherit, sentence_like};
use kind::kind;
use window::{sentence_starts, Window};

/// Gives every quote a speaker (an entity, an unnamed description, or none) and a kind.
pub fn attribute(
    body: &str,
    paragraphs: &[Paragraph],
    quotes: &[QuoteSpan],
    actors: &ArticleActors,
) -> Vec<LocalQuote> {
    let speech = lexicon::set_here!("speech_verbs");
    let clauses = clauses::find(body, paragraphs, &actors.paragraph_tokens, quotes);
    let mut scope = scope(actors, &clauses);
    pronoun::chain(body, &mut scope, &clauses);
    let ctx = Context {
        body,
        actors: &scope,
        speech,
    };
    let article = Article {
        paragraphs,
        quotes,
        clauses: &clauses,
    };
    let (found, cues) = ctx.own_speakers(&article);
    ctx.finish(&article, found, cues)
}

/// The paragraphs, quotes and clauses of the article being attributed.
struct Article<'a> {
    paragraphs: &'a [Paragraph],
    quotes: &'a [QuoteSpan],
    clauses: &'a [Clause],
}

impl Context<'_> {
    /// Each quote's own speaker (none for a nested quote), whether it found one itself,
    /// and the cue of the clause each quote sits in, when that clause speaks for it.
    fn own_speakers(&self, art: &Article) -> (Vec<(LocalSpeaker, bool)>, Vec<Option<Span>>) {
        let (body, paragraphs, quotes) = (self.body, art.paragraphs, art.quotes);
        let mut found: Vec<(LocalSpeaker, bool)> = Vec::with_capacity(quotes.len());
        let mut cues: Vec<Option<Span>> = vec![None; quotes.len()];
        // Sentence starts of the current paragraph (byte offsets), computed once per
        // paragraph.
        let mut boundaries: (u32, Vec<usize>) = (u32::MAX, Vec::new());
        let turns = transcript::Turns::new(body, paragraphs);
        for (qi, q) in quotes.iter().enumerate() {
            if q.nested_in.is_some() {
                found.push((LocalSpeaker::None, false));
                continue;
            }
            let Some(para) = paragraphs.get(q.paragraph as usize) else {
                found.push((LocalSpeaker::None, false));
                continue;
            };
            if boundaries.0 != q.paragraph {
                let tokens = self.actors.paragraph_tokens.get(q.paragraph as usize);
                boundaries = (q.paragraph, sentence_starts(body, para, tokens));
            }
            let around = self.window(quotes, qi, para, &boundaries.1);
            let (speaker, cue) = self.own_speaker(art, &turns, &found, qi, &around, &boundaries.1);
            cues[qi] = cue;
            let own = speaker.is_some();
            found.push((speaker.unwrap_or(LocalSpeaker::None), own));
        }
        (found, cues)
    }

    /// Quote `qi`'s own speaker and cue, the first of: its sentence, a transcript's turn,
    /// the previous paragraph, its clause, its sentence's subject, a participle opener; a
    /// possessor or a signature line overrides them.
    fn own_speaker(
        &self,
        art: &Article,
        turns: &transcript::Turns,
        found: &[(LocalSpeaker, bool)],
        qi: usize,
        around: &Window,
        starts: &[usize],
    ) -> (Option<LocalSpeaker>, Option<Span>) {
        let (body, scope) = (self.body, self.actors);
        let (paragraphs, quotes, clauses) = (art.paragraphs, art.quotes, art.clauses);
        let q = &quotes[qi];
        let mut speaker = self.sentence_speaker(q, around, starts);
        // "PENCE: Well, look, …": a transcript's turn is its label's.
        if speaker.is_none() {
            speaker = turns.speaker(body, paragraphs, scope, q);
        }
        if speaker.is_none() {
            speaker = transcript::recorded(body, paragraphs, quotes, found, q);
        }
        if speaker.is_none() {
            speaker =
                self.previous_paragraph_speaker(paragraphs, quotes, clauses, qi, around.after);
        }
        let (mut speaker, mut cue) =
            self.clause_speaker_of(clauses, q, around.sentence_start, speaker);
        // A clause whose source names nobody (`Vance summed up the budget as “a mess,”
        // denounced … and said they …`) leaves the quote to the sentence's subject.
        if speaker.is_none() {
            speaker = object::sentence_subject(body, scope, quotes, around.sentence_start, q);
        }
        // "Conceding that a deal would come “down the road,” Lee warned": the main clause's
        // subject speaks the phrase of speech that opens its sentence.
        if speaker.is_none() {
            speaker = self.participle_opener(q, around);
        }
        // "Lee's claim that the levy was “a fraud”": the possessor's words, whatever verb
        // the sentence hangs the noun on.
        if let Some((s, noun)) = possessive::speaker(body, scope, quotes, around.before.0, q) {
            speaker = Some(s);
            cue = Some(noun);
        }
        // `“…”` / `- Ann Lee, the mayor.`: the signature line names the speaker.
        speaker = signed::dash_line(body, paragraphs, scope, q).or(speaker);
        (speaker, cue)
    }

    /// After every quote has its own speaker: speakers shared back from a closing
    /// attribution and inherited, copies sharing theirs, reported speech merged in, and
    /// the results no reader wants cut or dropped.
    fn finish(
        &self,
        art: &Article,
        mut found: Vec<(LocalSpeaker, bool)>,
        cues: Vec<Option<Span>>,
    ) -> Vec<LocalQuote> {
        let (body, quotes) = (self.body, art.quotes);
        closing_attribution::share_back(body, quotes, &mut found, &cues);
        inherit(body, quotes, &mut found);
        let mut marked = marked(body, quotes, found, cues);
        copies::share(body, &mut marked);
        let mut out = reported::merge(marked, reported::indirect(body, quotes, art.clauses, self));
        verb_tail::cut(&mut out);
        statement::to_author(self.actors.actors, &mut out);
        statement::to_earlier(body, &mut out);
        lone_word::drop_lone_words(&mut out);
        bare_noun::drop_bare_nouns(body, &mut out);
        clause_fragment::clear_fragments(&mut out);
        out
    }
}

/// The scope subjects are resolved in: the article's actors and its clauses' sources in
/// text order (the sources a pronoun chain and the descriptions read fill in later).
fn scope<'a>(actors: &'a ArticleActors, clauses: &[Clause]) -> subject::Scope<'a> {
    let mut scope = subject::Scope {
        actors,
        sources: clauses
            .iter()
            .filter(|c| c.source_at != SourceAt::Sentence)
            .map(|c| c.source)
            .collect(),
        unnamed_sources: Vec::new(),
        person_sources: Vec::new(),
        name_sources: Vec::new(),
        // About two subjects a clause are read: room for them up front, not grown by
        // rehashing as they come.
        read: std::cell::RefCell::new(rustc_hash::FxHashMap::with_capacity_and_hasher(
            2 * clauses.len(),
            Default::default(),
        )),
        genders: (0..actors.entities.len())
            .map(|_| Default::default())
            .collect(),
    };
    scope.sources.sort_unstable_by_key(|s| s.start);
    scope.unnamed_sources = vec![std::cell::OnceCell::new(); scope.sources.len()];
    scope
}

/// Each quote with its kind, and with the speaker and cue found for it unless it is a scare
/// quote: `found` holds each quote's speaker and whether its own rules gave it, `cues` the
/// cue of the clause or noun that speaks for it.
fn marked(
    body: &str,
    quotes: &[QuoteSpan],
    found: Vec<(LocalSpeaker, bool)>,
    cues: Vec<Option<Span>>,
) -> Vec<LocalQuote> {
    quotes
        .iter()
        .zip(found)
        .zip(cues)
        .map(|((q, (speaker, own)), cue)| {
            let mut kind = kind(body, q, &speaker);
            // "Lee invited reporters to count the “missing” ballots": a word or two before
            // a noun that the quote's own rules give to a named actor are that actor's
            // words, not a scare quote (a description, "The firm may supply “non-core”
            // …", or a speaker only inherited, still makes one).
            let named = own && matches!(speaker, LocalSpeaker::Entity(_));
            if (cue.is_some() || named) && kind == QuoteKind::Scare {
                kind = QuoteKind::Partial;
            }
            let speaker = if kind == QuoteKind::Scare {
                LocalSpeaker::None
            } else {
                speaker
            };
            let cue = cue.filter(|_| kind != QuoteKind::Scare);
            LocalQuote {
                span: q.text,
                kind,
                speaker,
                paragraph: q.paragraph,
                cue,
            }
        })
        .collect()
}

impl Context<'_> {
    /// The speaker the quote's own sentence names: a speech verb next to it or, for a quote
    /// standing as a sentence of its own, the sentence before it.
    fn sentence_speaker(
        &self,
        q: &QuoteSpan,
        around: &Window,
        starts: &[usize],
    ) -> Option<LocalSpeaker> {
        let body = self.body;
        let (before, after) = (around.before, around.after);
        let open = q.outer.start as usize;
        // `- Harbour boss Ann Lee "…"`: a dash line's label names the speaker.
        if let Some(s) = label::dash_label(body, self.actors, before) {
            return Some(s);
        }
        let mut speaker = self.speaker(before, after, open);
        // `Mr Valentine agreed. "If I have to save pesos …"`: a quote standing as a sentence
        // of its own, with no attribution, is the words of whoever the sentence before it
        // (in the paragraph, after any earlier quote) says is speaking.
        if speaker.is_none()
            && span::slice(body, before.0, before.1).trim().is_empty()
            && sentence_like(body, q)
        {
            // After any quote in it: the sentence's words after the quote (`," said Ms
            // Deans.`) attribute this one too.
            let previous = starts
                .iter()
                .rev()
                .find(|&&b| b < around.sentence_start)
                .map(|&b| b.max(around.prev_end));
            if let Some(from) = previous.filter(|&from| from < around.sentence_start) {
                speaker = self.speaker_of_sentence((from, around.sentence_start), open);
            }
        }
        speaker
    }

    /// The speaker the paragraph before names for a quote opening its paragraph: one
    /// declaring before a colon, or the last clause's, whose reported speech runs on.
    fn previous_paragraph_speaker(
        &self,
        paragraphs: &[Paragraph],
        quotes: &[QuoteSpan],
        clauses: &[Clause],
        qi: usize,
        after: (usize, usize),
    ) -> Option<LocalSpeaker> {
        let q = &quotes[qi];
        let open = q.outer.start as usize;
        let pstart = paragraphs[q.paragraph as usize].span.start as usize;
        // `…, Mr Howard said.` closing a paragraph, then a paragraph opening with a quote:
        // the reported speech runs on into the speaker's own words.
        let opens_paragraph = span::slice(self.body, pstart, open).trim().is_empty();
        if !opens_paragraph || q.paragraph == 0 {
            return None;
        }
        let after_has_verb = || {
            let words = self.words(after);
            (0..words.len()).any(|i| self.is_speech(&words, i))
        };
        // "Ms Ortiz declared:" ending a paragraph: the quote opening the next is what she
        // declared.
        let declared = self.before_colon(paragraphs, q.paragraph as usize - 1, open);
        if declared.is_some() || !sentence_like(self.body, q) || after_has_verb() {
            return declared;
        }
        let before = quotes[..qi]
            .iter()
            .rev()
            .find(|p| p.paragraph + 1 == q.paragraph);
        let last_quote = before.map_or(0, |p| p.outer.end);
        let lo = clauses.partition_point(|c| c.paragraph + 1 < q.paragraph);
        let hi = clauses.partition_point(|c| c.paragraph < q.paragraph);
        let previous = &clauses[lo..hi.max(lo)];
        if previous.is_empty() && before.is_none() {
            // `If anything, Lee argued in her letter, the delay …` — a report the clause
            // finder does not take, in a paragraph with no quote: its last sentence's
            // speaker still speaks the quoted paragraph after it.
            return self.last_sentence_speaker(paragraphs, q.paragraph as usize - 1, open);
        }
        let Some(last) = previous.iter().rev().find(|c| !c.cognition) else {
            return self.believer(previous, before.is_none());
        };
        let last = Some(last).filter(|c| c.cue.start >= last_quote)?;
        // `Lee said that critics had predicted …`: the report it is nested in speaks on.
        let outer = outer_report::outermost(previous, last);
        (outer.cue.start >= last_quote)
            .then(|| self.clause_speaker(outer))
            .flatten()
            .or_else(|| self.clause_speaker(last))
    }

    /// The speaker a clause around the quote gives it, with that clause's cue: a line's
    /// "Name:", or the innermost clause whose content holds the quote when the quote's own
    /// rules found nobody (or no person where the clause names one).
    fn clause_speaker_of(
        &self,
        clauses: &[Clause],
        q: &QuoteSpan,
        sentence_start: usize,
        mut speaker: Option<LocalSpeaker>,
    ) -> (Option<LocalSpeaker>, Option<Span>) {
        let body = self.body;
        let actors = self.actors;
        let mut cue = None;
        // "Dalton: Mills Wanting Another Recount 'Shows Real Panic.'": a line's "Name:" speaks
        // for the rest of its sentence, whatever verb the words before the quote hold.
        let colon = colon_clause(body, clauses, q);
        if let Some(c) = colon.filter(|c| c.cue.start as usize >= sentence_start) {
            speaker = self.clause_speaker(c).or(speaker);
        }
        if let Some(c) = containing_clause(clauses, q) {
            if speaker.is_none() {
                speaker = self.clause_speaker(c);
                // "At a forum in Virginia, one questioner claimed that …": a place named
                // in an opening adverbial is not the subject; the cue's real subject is.
                if let Some(LocalSpeaker::Entity(e)) = speaker {
                    let source = span::slice(body, c.source.start as usize, c.source.end as usize);
                    if actors.kind(e) == ActorType::Place && source.contains(',') {
                        let real = subject_span::subject_clause(body, c, actors);
                        speaker = self.clause_speaker(&real).or(speaker);
                    }
                }
            } else if let Some(LocalSpeaker::Entity(e)) = speaker {
                // "The Atlantic reported that Lee refused to go and called them “losers”":
                // an outlet, firm or place the quote's own rules found is no speaker of
                // words a person's own clause in its report holds.
                if actors.kind(e) != ActorType::Person {
                    let own = self.clause_speaker(c).filter(|s| {
                        matches!(s, LocalSpeaker::Entity(p) if actors.kind(*p) == ActorType::Person)
                    });
                    speaker = own.or(speaker);
                }
            }
            if speaker.is_some() {
                cue = Some(c.cue);
            }
            // "Republicans in the Senate said …": a group's source as reported speech
            // gives it.
            if let Some(w) = speaker
                .as_ref()
                .and_then(|s| reported::group_as_written(body, c, self, s))
            {
                speaker = Some(w);
            }
        }
        (speaker, cue)
    }
}

/// Whether the sentence runs on past a quote closing at `after.0`: neither the quoted words
/// nor the words after the closing mark open with a comma, a stop or a dash.
fn runs_on(body: &str, after: (usize, usize)) -> bool {
    let quoted = span::upto(body, after.0).trim_end_matches(['”', '"', '’', '\'', '»', ' ']);
    let closed = quoted.ends_with([',', '.', '!', '?', ';', ':', '…', '-', '—', '–']);
    let next = span::slice(body, after.0, after.1).trim_start();
    !closed && next.chars().next().is_some_and(|c| c.is_alphanumeric())
}

struct Context<'a> {
    body: &'a str,
    actors: &'a subject::Scope<'a>,
    speech: &'static lexicon::WordSet,
}

impl Context<'_> {
    fn words(&self, range: (usize, usize)) -> Tokens {
        self.actors
            .paragraph_tokens
            .window(self.body, range.0, range.1)
    }

    fn lower(&self, t: &Token) -> Lower<'_> {
        Lower::new(t.text(self.body))
    }

    /// `“…,” the letter reads.`: a short phrase after a determiner as the subject of a verb
    /// after the quote, kept as written when no rule names it; `“…,” a voice-over in the ad
    /// states.`: with a short phrase of place after it (a preposition, a determiner and a
    /// word or two), which belongs to the same subject.
    fn determined_phrase(&self, words: &[Token]) -> Option<LocalSpeaker> {
        let first = words.first()?;
        let last = words.last()?;
        let determiner = |t: &Token| {
            matches!(
                self.lower(t).as_str(),
                "the" | "a" | "an" | "another" | "one" | "his" | "her" | "its" | "their"
            )
        };
        let plain = span::slice(self.body, first.start, last.end)
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
        let n = words.len();
        let with_place = || {
            (2..=4).filter(|&p| p + 3 <= n && n <= p + 4).any(|p| {
                matches!(
                    self.lower(&words[p]).as_str(),
                    "in" | "on" | "at" | "from" | "of"
                ) && determiner(&words[p + 1])
                    && words[p + 2..].iter().all(|t| !t.is_capitalised(self.body))
            })
        };
        (determiner(first) && plain && ((2..=4).contains(&n) || with_place())).then(|| {
            LocalSpeaker::Unnamed(span::slice(self.body, first.start, last.end).to_string())
        })
    }

    fn speaker(
        &self,
        before: (usize, usize),
        after: (usize, usize),
        open: usize,
    ) -> Option<LocalSpeaker> {
        // `“…,” as Lee put it`, `the “rigged” system, as Lee calls it`: the words of the
        // "as" clause's subject, whatever verb comes before.
        if let Some(s) = self.as_put_speaker(before, after, open) {
            return Some(s);
        }
        let from_after = self.after_quote(after, open);
        // `Ann Lee called the levy “a burden” for farmers, and Tom Reyes said …`: a quote
        // the sentence runs on past (no comma or stop closing it) is the words of the verb
        // before it; a verb after it speaks of other words.
        let inline = from_after.is_some() && runs_on(self.body, after);
        if let Some((speaker, reports)) = &from_after {
            if !reports && !inline {
                return Some(speaker.clone());
            }
        }
        // Nor, with no verb before it, is the subject of a verb further on the speaker of a
        // quote the sentence goes on past in lower case (`will be “fair” to him, engaging
        // in what analysts described as …`), but for "according to".
        let goes_on = || {
            let rest = span::slice(self.body, after.0, after.1).trim_start();
            rest.starts_with(|c: char| c.is_lowercase()) && !rest.contains("according to")
        };
        self.before_quote(before, open).or(from_after
            .filter(|_| !(inline && goes_on()))
            .map(|(s, _)| s))
    }

    /// The speaker named after the verb `words[v]`: up to a dozen words, to the sentence end.
    fn after_verb(
        &self,
        words: &[Token],
        v: usize,
        end: usize,
        open: usize,
    ) -> Option<LocalSpeaker> {
        let first = words.get(v + 1)?;
        let stop = words[v + 1..]
            .iter()
            .take(12)
            .position(|t| span::from(self.body, t.end).starts_with(['.', ';', '!', '?']))
            .map_or(words[(v + 12).min(words.len() - 1)].end.min(end), |p| {
                words[v + 1 + p].end
            });
        // `,” said a Democratic strategist who spoke on condition of anonymity.`: the
        // speaker ends where a relative clause opens.
        let stop = words[v + 2..]
            .iter()
            .take_while(|t| t.start < stop)
            .find(|t| matches!(self.lower(t).as_str(), "who" | "whose" | "that" | "which"))
            .map_or(stop, |t| t.start);
        let np = (first.start, stop.max(first.end));
        subject::resolve_after_verb(self.body, self.actors, np, open)
            .or_else(|| self.indefinite_phrase(np))
    }

    /// `,” said one owner of a bakery near the pier who …`: the words after an inverted
    /// speech verb are its subject; a plain lower-case noun phrase opened by an indefinite
    /// article that no rule names (its head no word of an unnamed speaker) is an unnamed
    /// speaker, kept as written.
    fn indefinite_phrase(&self, range: (usize, usize)) -> Option<LocalSpeaker> {
        let words = self.words(range);
        let first = words.first()?;
        let last = words.last()?;
        let text = span::slice(self.body, first.start, last.end);
        let indefinite = matches!(self.lower(first).as_str(), "a" | "an" | "one" | "another");
        let plain = text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-');
        if !indefinite || !plain || !(2..=8).contains(&words.len()) {
            return None;
        }
        let strs: Vec<&str> = words.iter().map(|t| t.text(self.body)).collect();
        (written::noun_phrase(&strs, 8) == Some(0..strs.len()))
            .then(|| LocalSpeaker::Unnamed(text.to_string()))
    }

    /// The index of the first word after "statement from", "message from", "letter by" …:
    /// a written message and the person it is from.
    fn message_from(&self, words: &[Token]) -> Option<usize> {
        (1..words.len().saturating_sub(1)).rev().find_map(|i| {
            (matches!(self.lower(&words[i]).as_str(), "from" | "by")
                && matches!(
                    self.lower(&words[i - 1]).as_str(),
                    "statement" | "message" | "letter" | "note" | "remarks" | "response" | "reply"
                ))
            .then_some(i + 1)
        })
    }

    /// The index of the first word after "according to".
    fn according_to(&self, words: &[Token]) -> Option<usize> {
        (0..words.len().saturating_sub(2)).find_map(|i| {
            (self.lower(&words[i]) == "according" && self.lower(&words[i + 1]) == "to")
                .then_some(i + 2)
        })
    }
}

#[cfg(test)]
mod tests;
