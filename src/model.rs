//! The data every stage shares: documents as loaded, analysed articles, quotes, actors,
//! and the corpus that holds them. Plain data: no I/O, no terminal.

use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::PathBuf;

mod arena;
pub use arena::Text;

/// A byte span in one article body. `u32` keeps quote tables small on million-quote corpora
/// (article bodies are capped well below 4 GiB by the loader).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One article as a loader produces it: sanitised text plus whatever metadata the file
/// format carried (HTML meta tags, JSON fields). Nothing is inferred yet.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Path relative to the PATH argument it was found under; `path#N` for JSON records.
    pub id: String,
    /// Where it was read from, for display and for "copy path".
    pub path: PathBuf,
    /// Record number inside a JSON / JSONL file.
    pub record: Option<u32>,
    /// Sanitised text: `\n` line endings, no control characters or escape sequences.
    pub body: String,
    pub hints: MetaHints,
}

#[cfg(test)]
impl Document {
    /// A document with only an id and a body, as unit tests make them.
    pub(crate) fn plain(id: &str, body: &str) -> Document {
        Document {
            id: id.into(),
            body: body.into(),
            ..Document::default()
        }
    }
}

/// Metadata stated by the file format itself. Each field is raw text as found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetaHints {
    pub title: Option<String>,
    /// As found (ISO timestamp, "January 4, 2019", ...); normalised by `text::meta`.
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
}

/// A unit of text: a line, or a block of hard-wrapped lines read as one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Trimmed byte span in the body.
    pub span: Span,
    /// Page furniture (crumbs, sign-up prompts, captions ...): shown dimmed, never extracted or searched.
    pub boilerplate: bool,
}

/// Article metadata after inference. `None` means the text does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// A headline found in the text or given by the format.
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `LONDON` in `LONDON — ...`.
    pub dateline: Option<String>,
    pub outlet: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
    /// Where `date` was found (`None` when there is no date).
    pub date_source: Option<DateSource>,
}

/// Where an article's publication date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Stated by the format (HTML `<meta>`, a JSON field).
    Meta,
    /// A date line, or a date where the text places a publication date.
    Text,
    /// The `YYYY-MM-DD` of the file's name or folders.
    Path,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Meta => "meta",
            DateSource::Text => "text",
            DateSource::Path => "path",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted clause or more, attributed.
    Direct,
    /// A short quoted fragment inside reported speech, attributed.
    Partial,
    /// Quoted words with no speaker: terms, titles, irony.
    Scare,
    /// Reported speech without quotation marks ("She said the plan would fail"): the
    /// reported content, attributed.
    Indirect,
}

impl QuoteKind {
    pub const ALL: [QuoteKind; 4] = [
        QuoteKind::Direct,
        QuoteKind::Partial,
        QuoteKind::Scare,
        QuoteKind::Indirect,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Scare => "scare",
            QuoteKind::Indirect => "indirect",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorType {
    Person,
    Org,
    Place,
    /// A title: a film, song, album, book, show, game or report. Never speaks.
    Work,
    /// A thing made and sold ("Mac Mini", "Windows XP"). Never speaks.
    Product,
    /// A contest, festival or ceremony ("World Cup", "Brit Awards"). Never speaks.
    Event,
}

impl ActorType {
    pub const ALL: [ActorType; 6] = [
        ActorType::Person,
        ActorType::Org,
        ActorType::Place,
        ActorType::Work,
        ActorType::Product,
        ActorType::Event,
    ];

    /// People, organisations and places: who can speak and be counted as a voice (works,
    /// products and events are things named, kept for the reader but never speakers).
    pub fn is_agent(self) -> bool {
        matches!(self, ActorType::Person | ActorType::Org | ActorType::Place)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::Person => "person",
            ActorType::Org => "org",
            ActorType::Place => "place",
            ActorType::Work => "work",
            ActorType::Product => "product",
            ActorType::Event => "event",
        }
    }
}

/// Index into `Corpus::actors`.
pub type ActorId = u32;

/// Who a quote is attributed to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Speaker {
    /// No speaker (scare quotes, or none could be found).
    None,
    Actor(ActorId),
    /// An unnamed speaker, kept by its description: "one source", "A spokesman for ...".
    Unnamed(String),
}

/// The cue words of a quote ("said", "told reporters", "according to") as a byte span of
/// its article body, or none. Six bytes in memory, so that a [`Quote`] stays 48 bytes on
/// million-quote corpora (a cue is a few words: one longer than 65,535 bytes is not kept);
/// serialised as an `Option<Span>` (one byte when there is none).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Option<Span>", into = "Option<Span>")]
pub struct Cue {
    /// The start offset's low and high halves (a `u32` would pad the struct to 8 bytes).
    start: [u16; 2],
    /// Length in bytes; 0 means no cue.
    len: u16,
}

impl Cue {
    pub const NONE: Cue = Cue {
        start: [0, 0],
        len: 0,
    };

    /// A cue at `span`; none for no span, an empty one, or one too long to keep.
    pub fn new(span: Option<Span>) -> Cue {
        match span {
            Some(s) if !s.is_empty() && s.len() <= u16::MAX as usize => Cue {
                start: [s.start as u16, (s.start >> 16) as u16],
                len: s.len() as u16,
            },
            _ => Cue::NONE,
        }
    }

    pub fn span(self) -> Option<Span> {
        (self.len > 0).then(|| {
            let start = u32::from(self.start[0]) | u32::from(self.start[1]) << 16;
            Span {
                start,
                end: start.saturating_add(u32::from(self.len)),
            }
        })
    }
}

impl From<Option<Span>> for Cue {
    fn from(span: Option<Span>) -> Cue {
        Cue::new(span)
    }
}

impl From<Cue> for Option<Span> {
    fn from(cue: Cue) -> Option<Span> {
        cue.span()
    }
}

/// One quotation in the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Index into `Corpus::articles`.
    pub article: u32,
    /// The quoted words, marks excluded, as a byte span of the article body (for an
    /// indirect quote, the reported content).
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Speaker,
    /// Index into the article's `paragraphs`.
    pub paragraph: u32,
    /// The words that attribute it ("said", "according to"), when extraction found them.
    pub cue: Cue,
}

/// A person, organisation or place, merged across the corpus.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name: the fullest form ("Boris Johnson").
    pub name: String,
    pub kind: Option<ActorType>,
    /// Other surface forms seen ("Johnson", "Prime Minister Boris Johnson").
    pub aliases: Vec<String>,
    /// Roles as the text gives them ("Conservative MP", "White House chief of staff").
    pub roles: Vec<String>,
    pub mentions: u32,
    pub quotes: u32,
    /// Indices into `Corpus::articles`, ascending.
    pub articles: Vec<u32>,
}

impl Actor {
    pub fn actor_type(&self) -> ActorType {
        self.kind.unwrap_or(ActorType::Org)
    }
}

/// One analysed article. Its body lives in the corpus text arena.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub path: PathBuf,
    pub record: Option<u32>,
    /// Byte range of the body in `Corpus::text`.
    pub text: Range<usize>,
    /// Display title: the headline, else the first sentence shortened.
    pub title: String,
    pub meta: Meta,
    pub paragraphs: Vec<Paragraph>,
    pub words: u32,
    /// Range of this article's quotes in `Corpus::quotes` (quotes are sorted by article, then start).
    pub quotes: Range<u32>,
    /// Hash of the body, so per-article state survives moves and renames.
    pub content_hash: u64,
}

impl Article {
    pub fn boilerplate_lines(&self) -> usize {
        self.paragraphs.iter().filter(|p| p.boilerplate).count()
    }
}

/// The loaded corpus: every article, quote and actor. Built once by `pipeline`, then read-only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    /// All article bodies, back to back (one allocation instead of one per article).
    pub text: Text,
    pub articles: Vec<Article>,
    pub quotes: Vec<Quote>,
    pub actors: Vec<Actor>,
}

impl Corpus {
    pub fn body(&self, article: usize) -> &str {
        &self.text[self.articles[article].text.clone()]
    }

    /// The quoted words of a quote.
    pub fn quote_text(&self, quote: &Quote) -> &str {
        &self.body(quote.article as usize)[quote.span.range()]
    }

    /// The quote's cue words, whitespace collapsed to single spaces (`None` without a cue,
    /// or one that does not lie on the body's characters).
    pub fn cue_words(&self, quote: &Quote) -> Option<String> {
        let span = quote.cue.span()?;
        let words = self.body(quote.article as usize).get(span.range())?;
        Some(words.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The paragraph's text, trimmed.
    pub fn paragraph_text(&self, article: usize, paragraph: &Paragraph) -> &str {
        &self.body(article)[paragraph.span.range()]
    }

    /// The speaker's display name: the actor's canonical name, or the unnamed description.
    pub fn speaker_name<'a>(&'a self, quote: &'a Quote) -> Option<&'a str> {
        match &quote.speaker {
            Speaker::None => None,
            Speaker::Actor(id) => Some(self.actors[*id as usize].name.as_str()),
            Speaker::Unnamed(description) => Some(description.as_str()),
        }
    }

    pub fn article_quotes(&self, article: usize) -> &[Quote] {
        let r = &self.articles[article].quotes;
        &self.quotes[r.start as usize..r.end as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::{Cue, Quote, Span};

    /// A cue keeps any span up to 65,535 bytes anywhere in a body, and costs a quote no
    /// memory: a `Quote` is as large as it was without one.
    #[test]
    fn a_cue_is_a_span_in_six_bytes() {
        for (start, end) in [
            (0, 4),
            (70_000, 70_012),
            (u32::MAX - 9, u32::MAX),
            (5, 65_540),
        ] {
            let span = Span { start, end };
            assert_eq!(Cue::new(Some(span)).span(), Some(span));
        }
        assert_eq!(Cue::new(Some(Span::new(10, 10))).span(), None, "empty");
        assert_eq!(
            Cue::new(Some(Span::new(0, 70_000))).span(),
            None,
            "too long"
        );
        assert_eq!(Cue::new(None), Cue::NONE);
        assert_eq!(Cue::default().span(), None);
        assert_eq!(std::mem::size_of::<Cue>(), 6);
        assert!(std::mem::size_of::<Quote>() <= 48);
    }
}
