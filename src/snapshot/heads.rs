//! Articles read back without what only a reader needs. Listing quotes and searching use
//! an article's id, ranges, title, date and outlet (a search row says where its quote
//! comes from, and filters by date and outlet); its paragraphs and the rest of its
//! metadata were most of the time spent decoding a snapshot for them. [`ArticleHead`]
//! reads an [`Article`]'s bytes, the skipped fields parsed (so the rest lines up) but
//! never copied.

use crate::model::{Article, DateSource, Meta, Paragraph};
use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Range;
use std::path::PathBuf;

/// [`Article`]'s fields in its order, the skipped ones as their skipping readers (a test
/// checks that the two stay in step).
#[derive(Deserialize)]
pub(super) struct ArticleHead {
    id: String,
    path: PathBuf,
    record: Option<u32>,
    text: Range<usize>,
    title: String,
    meta: MetaHead,
    _paragraphs: SkippedSeq<Paragraph>,
    words: u32,
    quotes: Range<u32>,
    content_hash: u64,
}

impl From<ArticleHead> for Article {
    fn from(h: ArticleHead) -> Article {
        Article {
            id: h.id,
            path: h.path,
            record: h.record,
            text: h.text,
            title: h.title,
            meta: Meta {
                date: h.meta.date,
                date_source: h.meta.date_source,
                outlet: h.meta.outlet,
                ..Meta::default()
            },
            paragraphs: Vec::new(),
            words: h.words,
            quotes: h.quotes,
            content_hash: h.content_hash,
        }
    }
}

/// [`Meta`]'s fields in its order; the date (and its source) and outlet kept.
#[derive(Deserialize)]
struct MetaHead {
    _title: Option<SkippedStr>,
    date: Option<String>,
    _dateline: Option<SkippedStr>,
    outlet: Option<String>,
    _byline: Option<SkippedStr>,
    _url: Option<SkippedStr>,
    date_source: Option<DateSource>,
}

/// A string read (and checked) but neither kept nor copied: the decoder lends it.
struct SkippedStr;

impl<'de> Deserialize<'de> for SkippedStr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Lent;
        impl<'de> Visitor<'de> for Lent {
            type Value = SkippedStr;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, _: &'de str) -> Result<Self::Value, E> {
                Ok(SkippedStr)
            }
            fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
                Ok(SkippedStr)
            }
        }
        d.deserialize_str(Lent)
    }
}

/// A sequence whose elements are read one by one and dropped, with no vector.
struct SkippedSeq<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for SkippedSeq<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Each<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Each<T> {
            type Value = SkippedSeq<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<T>()?.is_some() {}
                Ok(SkippedSeq(PhantomData))
            }
        }
        d.deserialize_seq(Each(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::ArticleHead;
    use crate::model::{Article, DateSource, Meta, Paragraph, Span};

    fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
        bincode::serde::encode_to_vec(value, bincode::config::standard()).unwrap()
    }

    /// Read as heads, encoded articles keep every field but paragraphs and metadata other
    /// than date and outlet, and the next article starts where it should (fails when `Article` gains,
    /// loses or reorders a field and `ArticleHead` does not follow).
    #[test]
    fn heads_read_the_fields_of_articles() {
        let article = |n: u32| Article {
            id: format!("dir/é{n}.txt"),
            path: format!("/corpus/dir/é{n}.txt").into(),
            record: n.is_multiple_of(2).then_some(n),
            text: (n as usize * 100)..(n as usize * 100 + 90),
            title: "A title — with “quotes”".repeat(n as usize),
            meta: Meta {
                title: Some("Headline".into()),
                date: Some("2020-01-27".into()),
                dateline: (n == 1).then(|| "LONDON".into()),
                outlet: Some("VICE News".into()),
                byline: None,
                url: Some("https://example.com/a".into()),
                date_source: Some(DateSource::Path),
            },
            paragraphs: (0..n * 3)
                .map(|i| Paragraph {
                    span: Span::new(i as usize * 10, i as usize * 10 + 8),
                    boilerplate: i % 4 == 0,
                })
                .collect(),
            words: 700 + n,
            quotes: n * 5..n * 5 + n,
            content_hash: 0xdead_beef_0000 + u64::from(n),
        };
        let articles: Vec<Article> = (0..4).map(article).collect();
        let (heads, used): (Vec<ArticleHead>, usize) =
            bincode::serde::decode_from_slice(&encode(&articles), bincode::config::standard())
                .unwrap();
        assert_eq!(used, encode(&articles).len());
        for (head, full) in heads.into_iter().zip(&articles) {
            let expected = Article {
                meta: Meta {
                    date: full.meta.date.clone(),
                    date_source: full.meta.date_source,
                    outlet: full.meta.outlet.clone(),
                    ..Meta::default()
                },
                paragraphs: Vec::new(),
                ..full.clone()
            };
            assert_eq!(Article::from(head), expected);
        }
    }
}
