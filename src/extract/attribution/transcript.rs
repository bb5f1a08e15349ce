//! Transcripts: a paragraph opening with a name in capitals and a colon ("PENCE: Well,
//! look, …") is that person's turn, and a quote in it is theirs. A transcript quoted whole
//! repeats its opening mark on every paragraph; a paragraph of it with no label ("“But the
//! truth is …") carries on the last turn (a stage direction, "(CROSSTALK)", too).
//!
//! Only an article with at least two such turns, one name among them labelling two, is a
//! transcript: a single "BREAKING:" or "VIDEO:" line is a headline's label, not a turn.

use super::subject::{resolve, Scope};
use crate::extract::quotes::QuoteSpan;
use crate::extract::{span, LocalSpeaker};
use crate::model::{ActorType, Paragraph};

/// Capital words before a colon that label a line, not a speaker.
const LABELS: &[&str] = &[
    "A",
    "ADVERTISEMENT",
    "BREAKING",
    "BYLINE",
    "CORRECTION",
    "DISCLOSURE",
    "EDITOR'S",
    "EMAIL",
    "EXCLUSIVE",
    "LISTEN",
    "NOTE",
    "PHOTO",
    "PHOTOS",
    "Q",
    "READ",
    "RELATED",
    "SOURCE",
    "SOURCES",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WATCH",
];

/// The most words a turn's label runs to ("JAKE TAPPER:", "SEN. ANN LEE:").
const MAX_LABEL_WORDS: usize = 3;

/// How many unlabelled quoted paragraphs a turn carries on through.
const MAX_CARRIED: usize = 8;

/// The turns of one article: the labelled paragraphs (index, label's byte range in the
/// body), in order, if the article is a transcript; none else (most articles: nothing is
/// allocated).
pub(super) struct Turns {
    labels: Vec<(usize, (usize, usize))>,
}

impl Turns {
    pub(super) fn new(body: &str, paragraphs: &[Paragraph]) -> Turns {
        let labels: Vec<(usize, (usize, usize))> = paragraphs
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                Some((i, label(body, p.span.start as usize, p.span.end as usize)?))
            })
            .collect();
        let mut names: Vec<&str> = labels
            .iter()
            .map(|&(_, (a, b))| span::slice(body, a, b))
            .collect();
        names.sort_unstable();
        let repeated = names.windows(2).any(|w| w[0] == w[1]);
        if !repeated {
            return Turns { labels: Vec::new() };
        }
        Turns { labels }
    }

    /// The speaker of the turn the quote sits in: its paragraph's label, or for a quoted
    /// paragraph with none, the label of the last labelled paragraph before it, across
    /// quoted paragraphs only.
    pub(super) fn speaker(
        &self,
        body: &str,
        paragraphs: &[Paragraph],
        actors: &Scope,
        q: &QuoteSpan,
    ) -> Option<LocalSpeaker> {
        let p = q.paragraph as usize;
        // The last labelled paragraph up to the quote's.
        let i = self
            .labels
            .partition_point(|&(i, _)| i <= p)
            .checked_sub(1)?;
        let (at, (a, b)) = self.labels[i];
        // Any paragraph after the label's, up to the quote's, carries the turn on only if
        // it opens with a quotation mark, and only so far.
        if p - at > MAX_CARRIED
            || !paragraphs
                .get(at + 1..=p)?
                .iter()
                .all(|para| opens_quoted(body, para))
        {
            return None;
        }
        // A label no actor answers to ("HOST:") is the speaker as written.
        person(body, actors, (a, b))
            .or_else(|| resolve(body, actors, (a, b), a))
            .or_else(|| Some(LocalSpeaker::Unnamed(span::slice(body, a, b).to_string())))
    }
}

/// Whether a line ending in a colon introduces a record rather than naming a speaker:
/// "Partial transcript as follows:", "Excerpts from the speech:".
pub(super) fn introduces(line: &str) -> bool {
    let line = line.to_ascii_lowercase();
    line.contains("transcript") || line.contains("excerpt")
}

/// For a quote opening the paragraph after a line that introduces a record, the speaker
/// of the last quote the paragraph before that line gives one to: "Lee said, “…”" /
/// "Transcript as follows:" / "“Tonight we …" is Lee's. `found` holds the speakers of the
/// quotes before this one.
pub(super) fn recorded(
    body: &str,
    paragraphs: &[Paragraph],
    quotes: &[QuoteSpan],
    found: &[(LocalSpeaker, bool)],
    q: &QuoteSpan,
) -> Option<LocalSpeaker> {
    let p = (q.paragraph as usize).checked_sub(1)?;
    let intro = paragraphs.get(p)?;
    let line = span::slice(body, intro.span.start as usize, intro.span.end as usize).trim_end();
    let opens = span::slice(
        body,
        paragraphs.get(p + 1)?.span.start as usize,
        q.outer.start as usize,
    );
    if !line.ends_with(':') || !opens.trim().is_empty() || !introduces(line) {
        return None;
    }
    quotes
        .iter()
        .zip(found)
        .rev()
        .take_while(|(o, _)| o.paragraph + 2 >= q.paragraph)
        .find(|(o, (s, _))| (o.paragraph as usize) < p && *s != LocalSpeaker::None)
        .map(|(_, (s, _))| s.clone())
}

/// Whether the paragraph opens with a quotation mark.
fn opens_quoted(body: &str, p: &Paragraph) -> bool {
    span::slice(body, p.span.start as usize, p.span.end as usize)
        .trim_start()
        .starts_with(['"', '“'])
}

/// The label a paragraph opens with (after any opening quotation mark): one to three words
/// in capitals, then a colon and a space (a no-break space too).
fn label(body: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    // Most paragraphs fail on their first two letters, read as bytes past spaces and
    // opening marks.
    let bytes = body.as_bytes().get(start..end)?;
    let mut i = 0;
    loop {
        match bytes.get(i)? {
            b' ' | b'\t' | b'\r' | b'\n' | b'"' => i += 1,
            0xE2 if bytes[i..].starts_with("“".as_bytes()) => i += 3,
            _ => break,
        }
    }
    if !bytes[i].is_ascii_uppercase() || !bytes.get(i + 1)?.is_ascii_uppercase() {
        return None;
    }
    // Past ASCII bytes only: a character boundary.
    let trimmed = span::slice(body, start + i, end);
    // A label is short: the colon comes within its first few dozen bytes.
    let colon = trimmed.bytes().take(40).position(|b| b == b':')?;
    let name = &trimmed[..colon];
    if !trimmed[colon + 1..].starts_with(char::is_whitespace) {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    let word_ok = |w: &&str| {
        w.len() >= 2
            && w.bytes().any(|b| b.is_ascii_uppercase())
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() || matches!(b, b'.' | b'\'' | b'-'))
    };
    if words.len() > MAX_LABEL_WORDS
        || !words.iter().all(word_ok)
        || words.iter().any(|w| LABELS.contains(w))
    {
        return None;
    }
    let a = start + i;
    Some((a, a + colon))
}

/// The person whose name's last word is the label's last word, in any case ("PENCE" is Mike
/// Pence), when the article has exactly one.
fn person(body: &str, actors: &Scope, (a, b): (usize, usize)) -> Option<LocalSpeaker> {
    let last = span::slice(body, a, b).split(' ').next_back()?;
    let mut people = actors.entities.iter().enumerate().filter(|(_, e)| {
        e.kind == ActorType::Person
            && e.name.contains(' ')
            && e.name
                .split(' ')
                .next_back()
                .is_some_and(|w| w.eq_ignore_ascii_case(last))
    });
    let (i, _) = people.next()?;
    if people.next().is_some() {
        return None;
    }
    Some(LocalSpeaker::Entity(i as u32))
}

#[cfg(test)]
mod tests {
    use super::super::tests::attributed;

    /// (quoted text, speaker) of every marked quote in the article.
    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        attributed(text)
            .into_iter()
            .map(|(t, s, _)| (t, s))
            .collect()
    }

    fn speaker_of(text: &str, quote: &str) -> Option<String> {
        speakers(text)
            .into_iter()
            .find(|(t, _)| t.contains(quote))
            .unwrap_or_else(|| panic!("no quote {quote:?} in {:?}", speakers(text)))
            .1
    }

    // The quote before the transcript is Reyes's, and Marlow's labels end in a no-break
    // space, as press transcripts often write them: only the turns give her quotes to her.
    const QUOTED_WHOLE: &str = "Governor Ann Marlow went on Sunday's programme after \
        her rival, Senator Tom Reyes, called the plan \"dead\".\n\nPartial transcript as follows:\n\n\"HOST: Governor, as the \
        \u{201c}Harbour Gazette\u{201d} wrote, voters doubt the plan. Why go on?\n\n\"MARLOW:\u{a0} \
        Well, look, the voters know better than the \u{201c}Gazette\u{201d} does.\n\n\"And we \
        will keep on making the case, town by town.\n\n\"(CROSSTALK.)\n\n\"HOST: Governor, I \
        have to stop you there.\n\n\"MARLOW:\u{a0} And that is why we will win in March.\"\n";

    #[test]
    fn a_turn_in_a_transcript_quoted_whole_is_its_labels() {
        assert_eq!(
            speaker_of(QUOTED_WHOLE, "Well, look").as_deref(),
            Some("Ann Marlow")
        );
        assert_eq!(
            speaker_of(QUOTED_WHOLE, "that is why we will win").as_deref(),
            Some("Ann Marlow")
        );
        // The unlabelled paragraph carries on the last turn.
        assert_eq!(
            speaker_of(QUOTED_WHOLE, "keep on making the case").as_deref(),
            Some("Ann Marlow")
        );
        // "Partial transcript as follows:" names nobody.
        assert!(speakers(QUOTED_WHOLE)
            .iter()
            .all(|(_, s)| s.as_deref() != Some("Partial")));
    }

    #[test]
    fn a_quote_inside_a_turn_is_the_turns_speaker() {
        assert_eq!(
            speaker_of(QUOTED_WHOLE, "the voters know better").as_deref(),
            Some("Ann Marlow")
        );
    }

    #[test]
    fn a_label_no_actor_answers_to_is_the_speaker_as_written() {
        assert_eq!(
            speaker_of(QUOTED_WHOLE, "HOST: Governor, as").as_deref(),
            Some("HOST")
        );
    }

    #[test]
    fn a_label_may_end_in_a_no_break_space() {
        let text = "Lee: Harbour Mother Wrong\n\nPartial transcript as follows:\n\n\"HOST:\u{a0} \
            Secretary Lee, did you lie to them?\n\n\"LEE:\u{a0} I feel a great deal of sympathy \
            for the families.\n\n\"HOST: And the tide?\n";
        assert_eq!(speaker_of(text, "did you lie").as_deref(), Some("HOST"));
    }

    #[test]
    fn a_monologue_after_transcript_as_follows_is_the_speaker_named_before() {
        // The paragraph before ends inside a quote of two sentences: its last sentence names
        // nobody.
        let text = "Lee Vows To Go On\n\nOn Tuesday at Harbour College in Bayview, after \
            winning the county, Gov. Ann Lee (D-XY), said, \u{201c}I am getting ready to rent \
            a wagon. We are going all the way.\u{201d}\n\nTranscript as follows:\n\n\"Tonight \
            we arrived in town, and we went to a diner.\n\n\"We are now up 4,000 jobs in the \
            county.\"\n";
        for (quote, speaker) in speakers(text) {
            assert_ne!(speaker.as_deref(), Some("Transcript"), "{quote}");
        }
        assert_eq!(
            speaker_of(text, "Tonight we arrived").as_deref(),
            Some("Ann Lee")
        );
    }

    #[test]
    fn a_single_capital_label_is_a_headline_not_a_turn() {
        let text = "EXCLUSIVE: Mayor Lee plans a harbour levy\n\nHARBOUR WATCH: Ann Lee \
            spoke on Monday.\n\n\"We will not wait,\" she said of the levy.\n\n\"It is \
            overdue.\"\n";
        // Not a transcript: the quotes keep the speaker their sentences give.
        assert_eq!(
            speaker_of(text, "We will not wait").as_deref(),
            Some("Ann Lee")
        );
    }
}
