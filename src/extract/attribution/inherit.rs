//! Quotes with no attribution of their own: a run-on quote takes the speaker its
//! continuation names, a quote near the one before it keeps that speaker, an article's
//! opening quotes take the first speaker named, a quote inside a quote its outer speaker.

use crate::extract::quotes::QuoteSpan;
use crate::extract::span;
use crate::extract::LocalSpeaker;

/// A quote with no attribution of its own keeps the speaker of the quote before it (same or
/// next paragraph); a quote that runs on takes the speaker its continuation names.
pub(super) fn inherit(body: &str, quotes: &[QuoteSpan], found: &mut [(LocalSpeaker, bool)]) {
    from_continuation(quotes, found);
    from_before(body, quotes, found);
    from_first_named(body, quotes, found);
    from_outer(quotes, found);
}

/// Backwards: a run-on quote with no speaker gets the speaker named at the end of its
/// continuation.
fn from_continuation(quotes: &[QuoteSpan], found: &mut [(LocalSpeaker, bool)]) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[i].runs_on && found[i].0 == LocalSpeaker::None {
            if let Some(next) = (i + 1..quotes.len()).find(|&j| quotes[j].nested_in.is_none()) {
                if quotes[next].continues {
                    found[i].0 = found[next].0.clone();
                }
            }
        }
    }
}

/// In text order, a quote with no speaker takes the one of the quote before it: listed
/// with it, later in its sentence, in the next sentence naming nobody, or near it (the
/// last speaker, a paragraph on at most) when it continues, reads as sentences or follows
/// an attribution.
fn from_before(body: &str, quotes: &[QuoteSpan], found: &mut [(LocalSpeaker, bool)]) {
    let mut last: Option<(u32, LocalSpeaker)> = None;
    let mut previous: Option<usize> = None;
    for (i, q) in quotes.iter().enumerate() {
        if q.nested_in.is_some() {
            continue;
        }
        // Listed with the quote before it: that quote's speaker, whoever spoke last.
        if let Some(p) = previous
            .filter(|&p| found[i].0 == LocalSpeaker::None && coordinated(body, &quotes[p], q))
        {
            found[i].0 = found[p].0.clone();
        }
        // `Lee said that by dodging the words “…,” her rivals are “…”`: a quote later in
        // the sentence of a quote with a speaker is that speaker's, unless a title.
        if let Some(p) = previous.filter(|&p| {
            found[i].0 == LocalSpeaker::None
                && found[p].0 != LocalSpeaker::None
                && same_sentence(body, &quotes[p], q)
        }) {
            found[i].0 = found[p].0.clone();
        }
        // `“…,” Lee said. Instead, “…”`: words quoted in the next sentence, which names
        // nobody, carry on the same speaker's.
        if let Some(p) = previous.filter(|&p| {
            found[i].0 == LocalSpeaker::None
                && found[p].0 != LocalSpeaker::None
                && super::carry_on::carries_on(body, &quotes[p], q)
        }) {
            found[i].0 = found[p].0.clone();
        }
        if found[i].0 == LocalSpeaker::None {
            if let Some((para, speaker)) = &last {
                let near = q.paragraph <= para + 1;
                let follows = previous.is_some_and(|p| follows_attribution(body, &quotes[p], q));
                if near && (q.continues || sentence_like(body, q) || follows) {
                    found[i].0 = speaker.clone();
                }
            }
        }
        if found[i].0 != LocalSpeaker::None {
            last = Some((q.paragraph, found[i].0.clone()));
        }
        previous = Some(i);
    }
}

/// An article that opens with quoted sentences and names their speaker only at a later
/// quote ("“I tried for three years …” … “…,” he said"): the run before it is theirs.
fn from_first_named(body: &str, quotes: &[QuoteSpan], found: &mut [(LocalSpeaker, bool)]) {
    if let Some(f) = (0..quotes.len()).find(|&i| found[i].0 != LocalSpeaker::None) {
        let speaker = found[f].0.clone();
        for i in 0..f {
            let q = &quotes[i];
            if q.nested_in.is_none()
                && quotes[f].paragraph <= q.paragraph + 3
                && sentence_like(body, q)
            {
                found[i].0 = speaker.clone();
            }
        }
    }
}

/// A quote inside a quote ("… rated ‘correct’ because …," Shah said) is words its speaker
/// quotes: it keeps that speaker (outer quotes come first, so chains resolve).
fn from_outer(quotes: &[QuoteSpan], found: &mut [(LocalSpeaker, bool)]) {
    for i in 0..quotes.len() {
        if let Some(outer) = quotes[i].nested_in {
            if let Some(s) = found.get(outer as usize).map(|f| f.0.clone()) {
                found[i].0 = s;
            }
        }
    }
}

/// `“It is taxing,” O’Donnell said. “Big time.”`: a quote that opens a sentence right
/// after a quote of the same paragraph and its attribution (a few words ending the
/// sentence) goes on with the same speaker, however short.
fn follows_attribution(body: &str, prev: &QuoteSpan, q: &QuoteSpan) -> bool {
    if prev.paragraph != q.paragraph || prev.outer.end > q.outer.start {
        return false;
    }
    let between = span::slice(body, prev.outer.end as usize, q.outer.start as usize).trim();
    let text = span::slice(body, q.text.start as usize, q.text.end as usize);
    between.ends_with(['.', ','])
        && between.split_whitespace().count() <= 6
        && text
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
}

/// Whether `q` stands later in the sentence of `prev` (same paragraph, no stop between
/// them nor closing `prev`'s words) and is no title ("Build Back Better").
pub(super) fn same_sentence(body: &str, prev: &QuoteSpan, q: &QuoteSpan) -> bool {
    if prev.paragraph != q.paragraph || prev.outer.end > q.outer.start {
        return false;
    }
    let said = span::slice(body, prev.text.start as usize, prev.text.end as usize).trim_end();
    let between = span::slice(body, prev.outer.end as usize, q.outer.start as usize).as_bytes();
    // (The words between are searched for a stop with `memchr`: they may run long.)
    !said.ends_with(['.', '!', '?', ';'])
        && memchr::memchr3(b'.', b'!', b'?', between).is_none()
        && memchr::memchr2(b';', b'\n', between).is_none()
        && !super::object::title_case(span::slice(
            body,
            q.text.start as usize,
            q.text.end as usize,
        ))
}

/// `as a “leech” and a “spoiled brat”`, `named “Veep,” “Fargo” and “Girls”`: a quote
/// joined to the one before it by a comma or a conjunction (and an article) is listed
/// with it, by the same speaker.
fn coordinated(body: &str, prev: &QuoteSpan, q: &QuoteSpan) -> bool {
    if prev.paragraph != q.paragraph || prev.outer.end > q.outer.start {
        return false;
    }
    let between = span::slice(body, prev.outer.end as usize, q.outer.start as usize);
    let mut words = between.split_whitespace().map(|w| w.trim_matches(','));
    // A comma inside the quote before (`“Veep,” “Fargo”`) joins them as one outside does.
    let comma = between.contains(',')
        || span::slice(body, prev.text.start as usize, prev.text.end as usize)
            .trim_end()
            .ends_with(',');
    let joined = words.clone().count() <= 3
        && !between.contains(['.', ';', ':', '!', '?', '(', ')', '\n'])
        && (comma || words.clone().any(|w| matches!(w, "and" | "or")));
    joined
        && words.all(|w| {
            matches!(
                w,
                "" | "and" | "or" | "nor" | "a" | "an" | "the" | "also" | "even" | "then"
            )
        })
}

/// Starts with a capital and has a few words: a quoted sentence, not a term.
pub(super) fn sentence_like(body: &str, q: &QuoteSpan) -> bool {
    let text = span::slice(body, q.text.start as usize, q.text.end as usize);
    let first_letter = text.chars().find(|c| c.is_alphabetic());
    first_letter.is_some_and(char::is_uppercase) && text.split_whitespace().nth(2).is_some()
}
