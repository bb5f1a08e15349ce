//! The corpus snapshot: written when the caller asks (deferred) or not at all, reopened as
//! the same corpus with or without article details, indirect quotes, cues and date sources
//! kept.

mod cache_support;

use cache_support::*;
use hearsay::pipeline::{Loaded, Options};
use std::path::Path;

/// A first load with a cache folder that leaves the snapshot to the caller (as the browser
/// and the CLI do), for a listing (no postings wanted).
fn load_deferred(corpus: &Path, cache: &Path) -> hearsay::pipeline::Loaded {
    let options = Options {
        cache_dir: Some(cache.to_path_buf()),
        want_postings: false,
        defer_snapshot: true,
        ..Options::default()
    };
    load_folder(corpus, &options)
}

/// A deferred snapshot is left to the caller: nothing is written until it says so, and
/// what it writes then reopens as the same corpus.
#[test]
fn a_deferred_snapshot_is_written_when_the_caller_asks() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let first = load_deferred(corpus.path(), cache.path());
    assert!(!first.stats.snapshot_written);
    assert!(first.stats.cache_written);
    let names = names_under(cache.path());
    // Only the text, in the snapshot's file-to-be, under a temporary name.
    assert!(
        !names.iter().any(|n| n.starts_with("snapshot")),
        "no snapshot yet: {names:?}"
    );
    let pending = first.pending.expect("a snapshot is due");
    // No postings at hand (a listing): the writer makes them, from the words the load
    // gathered of the quotes.
    assert!(first
        .words
        .as_ref()
        .is_some_and(|w| w.quotes() == first.corpus.quotes.len()));
    pending.write(&first.corpus, None, first.words).unwrap();
    let again = load(corpus.path(), Some(cache.path()));
    assert!(again.stats.from_snapshot);
    assert!(again.pending.is_none(), "nothing due after a reopen");
    assert_eq!(again.corpus.articles, first.corpus.articles);
    assert_eq!(again.corpus.quotes, first.corpus.quotes);
    let built = hearsay::search::Postings::build(&first.corpus);
    assert_eq!(again.postings.as_deref(), Some(&built));
}

/// The browser's load: the corpus comes back before its postings are built; the searcher
/// and the snapshot writer share one build; the reopen has the postings from the snapshot.
#[test]
fn the_browser_gets_its_corpus_before_the_postings_and_they_are_built_once() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let options = Options {
        cache_dir: Some(cache.path().to_path_buf()),
        want_postings: true,
        defer_postings: true,
        defer_snapshot: true,
        ..Options::default()
    };
    let first = load_folder(corpus.path(), &options);
    assert!(first.postings.is_none(), "left to the browser");
    assert!(
        first.words.is_some(),
        "the quotes' words gathered by the load"
    );
    let shared = hearsay::search::SharedPostings::new(first.postings, first.words);
    assert!(shared.get().is_none());
    let (searcher, writer) = std::thread::scope(|s| {
        let a = s.spawn(|| shared.get_or_build(&first.corpus));
        let b = s.spawn(|| shared.get_or_build(&first.corpus));
        (a.join().unwrap(), b.join().unwrap())
    });
    assert!(std::sync::Arc::ptr_eq(&searcher, &writer), "one build");
    assert_eq!(*searcher, hearsay::search::Postings::build(&first.corpus));
    first
        .pending
        .expect("a snapshot is due")
        .write(&first.corpus, Some(&writer), None)
        .unwrap();
    let again = load_folder(corpus.path(), &options);
    assert!(again.stats.from_snapshot);
    assert_eq!(again.postings.as_deref(), Some(&*searcher), "read back");
    let ready = hearsay::search::SharedPostings::new(again.postings.clone(), None);
    let served = ready.get_or_build(&again.corpus);
    assert!(std::sync::Arc::ptr_eq(
        &served,
        again.postings.as_ref().unwrap()
    ));
}

/// A deferred snapshot dropped unwritten (the browser quit first) leaves no temporary
/// file: only the per-file cache, and the next load writes the snapshot.
#[test]
fn a_deferred_snapshot_dropped_unwritten_leaves_no_file() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let first = load_deferred(corpus.path(), cache.path());
    let text = first.corpus.quote_text(&first.corpus.quotes[0]).to_string();
    drop(first.pending);
    let names = names_under(cache.path());
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("index-"));
    // The corpus text is still there to read: it is mapped, not named.
    assert_eq!(first.corpus.quote_text(&first.corpus.quotes[0]), text);
    let again = load(corpus.path(), Some(cache.path()));
    assert!(!again.stats.from_snapshot && again.stats.snapshot_written);
    assert_eq!(again.corpus.quotes, first.corpus.quotes);
}

/// With a cache folder, a first load keeps the text in a file there and maps it back (page
/// cache, not process memory); the corpus is the same as one read into memory, and the
/// folder holds only the two caches afterwards.
#[test]
fn a_first_load_maps_its_text_from_the_cache_folder_and_leaves_only_the_caches() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let mapped = load(corpus.path(), Some(cache.path()));
    let in_memory = load(corpus.path(), None);
    assert_eq!(mapped.corpus.text.is_mapped(), cfg!(unix));
    assert!(!in_memory.corpus.text.is_mapped());
    assert_eq!(mapped.corpus, in_memory.corpus);
    let mut names = names_under(cache.path());
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].starts_with("index-") && names[1].starts_with("snapshot-"));
}

/// Listing quotes and searching reopen the snapshot without article details: the same
/// quotes, actors, article ids, ranges and text, with titles, metadata and paragraphs left
/// empty. A load from the files has the details whatever is asked.
#[test]
fn a_reopen_without_article_details_has_everything_else() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let lean = Options {
        cache_dir: Some(cache.path().to_path_buf()),
        want_postings: true,
        skip_article_details: true,
        ..Options::default()
    };
    let first = load_folder(corpus.path(), &lean);
    assert!(!first.stats.from_snapshot);
    assert!(first
        .corpus
        .articles
        .iter()
        .all(|a| !a.paragraphs.is_empty()));
    let full = load(corpus.path(), Some(cache.path()));
    let reopened = load_folder(corpus.path(), &lean);
    assert!(full.stats.from_snapshot && reopened.stats.from_snapshot);
    let (f, r) = (&full.corpus, &reopened.corpus);
    assert_eq!(f.quotes, r.quotes);
    assert_eq!(f.actors, r.actors);
    assert_eq!(*f.text, *r.text);
    assert_eq!(full.postings, reopened.postings);
    assert_eq!(f.articles.len(), r.articles.len());
    for (a, b) in f.articles.iter().zip(&r.articles) {
        assert_eq!(
            (
                &a.id,
                &a.path,
                a.record,
                &a.text,
                a.words,
                &a.quotes,
                a.content_hash
            ),
            (
                &b.id,
                &b.path,
                b.record,
                &b.text,
                b.words,
                &b.quotes,
                b.content_hash
            )
        );
        assert!(!a.paragraphs.is_empty() && !a.title.is_empty());
        // Heads keep what a search row shows (title, date, outlet), nothing else.
        assert!(b.paragraphs.is_empty() && b.meta.byline.is_none() && b.meta.url.is_none());
        assert_eq!(
            (&a.title, &a.meta.date, &a.meta.outlet),
            (&b.title, &b.meta.date, &b.meta.outlet)
        );
    }
}

/// A snapshot keeps each quote's kind and cue: indirect speech (made by hand here, as the
/// extraction rules do not find it yet) and its cue words come back as they went in.
#[test]
fn a_snapshot_keeps_indirect_quotes_and_cues() {
    use hearsay::extract::{extract_article, LocalQuote};
    use hearsay::model::{QuoteKind, Span};
    let body = "Rail plan\n\n\"We will build it,\" Jane Holloway said.\n\n\
                According to Holloway, the line will open in 2030.";
    let doc = hearsay::model::Document {
        id: "a.txt".into(),
        path: "a.txt".into(),
        body: body.into(),
        ..Default::default()
    };
    let corpus = hearsay::pipeline::build_with(vec![doc], |b, analysis| {
        let mut x = extract_article(b, &analysis.paragraphs);
        // The quoted words only, as direct speech, whatever the rules make of them.
        x.quotes.truncate(1);
        x.quotes[0].kind = QuoteKind::Direct;
        let cue = b.find("According to").unwrap();
        let start = b.find("the line").unwrap();
        x.quotes[0].cue = Some(Span::new(
            b.find("said").unwrap(),
            b.find("said.").unwrap() + 4,
        ));
        x.quotes.push(LocalQuote {
            span: Span::new(start, b.len() - 1),
            kind: QuoteKind::Indirect,
            speaker: x.quotes[0].speaker.clone(),
            paragraph: analysis.paragraphs.len() as u32 - 1,
            cue: Some(Span::new(cue, cue + "According to".len())),
        });
        x
    });
    let kinds: Vec<QuoteKind> = corpus.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Indirect]);
    let cues: Vec<Option<String>> = corpus.quotes.iter().map(|q| corpus.cue_words(q)).collect();
    assert_eq!(cues, [Some("said".into()), Some("According to".into())]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("snapshot-test.bin");
    hearsay::snapshot::store(&path, 7, &corpus, &[], None, None).unwrap();
    let wants = hearsay::snapshot::Wants {
        postings: false,
        article_details: true,
    };
    let back = hearsay::snapshot::load(&path, 7, wants)
        .unwrap()
        .expect("read back");
    assert_eq!(back.corpus.quotes, corpus.quotes);
    let cues_back: Vec<Option<String>> = back
        .corpus
        .quotes
        .iter()
        .map(|q| back.corpus.cue_words(q))
        .collect();
    assert_eq!(cues_back, cues);
    // A cue outside its article's body makes the snapshot damaged, never a slice panic.
    let mut bad = corpus.clone();
    bad.quotes[1].cue = hearsay::model::Cue::new(Some(Span::new(body.len() - 2, body.len() + 8)));
    hearsay::snapshot::store(&path, 7, &bad, &[], None, None).unwrap();
    assert!(hearsay::snapshot::load(&path, 7, wants).is_err());
}

/// Where each date was found survives the per-file cache and the snapshot.
#[test]
fn date_sources_are_kept_through_the_cache_and_the_snapshot() {
    use hearsay::model::DateSource;
    let corpus = tempfile::tempdir().unwrap();
    let dir = corpus.path();
    std::fs::create_dir(dir.join("2020")).unwrap();
    let body = "Council votes on the budget\n\nThe council met on Monday, the mayor said.\n";
    std::fs::write(dir.join("2020/2020-01-05_council.txt"), body).unwrap();
    std::fs::write(
        dir.join("dated.txt"),
        format!("Council votes again\n\nMarch 3, 2019\n\n{body}"),
    )
    .unwrap();
    std::fs::write(
        dir.join("page.html"),
        "<html><head><title>Budget passed</title>\
         <meta property=\"article:published_time\" content=\"2019-05-02T10:00:00Z\">\
         </head><body><p>The council met on Monday, the mayor said.</p></body></html>",
    )
    .unwrap();
    std::fs::write(dir.join("undated.txt"), body).unwrap();
    let sources = |l: &Loaded| -> Vec<(String, Option<String>, Option<DateSource>)> {
        let mut v: Vec<_> = l
            .corpus
            .articles
            .iter()
            .map(|a| (a.id.clone(), a.meta.date.clone(), a.meta.date_source))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    };
    let cache = tempfile::tempdir().unwrap();
    let first = load(dir, Some(cache.path()));
    let want = vec![
        (
            "2020/2020-01-05_council.txt".to_string(),
            Some("2020-01-05".to_string()),
            Some(DateSource::Path),
        ),
        (
            "dated.txt".into(),
            Some("2019-03-03".into()),
            Some(DateSource::Text),
        ),
        (
            "page.html".into(),
            Some("2019-05-02".into()),
            Some(DateSource::Meta),
        ),
        ("undated.txt".into(), None, None),
    ];
    assert_eq!(sources(&first), want);
    let from_snapshot = load(dir, Some(cache.path()));
    assert!(from_snapshot.stats.from_snapshot);
    assert_eq!(sources(&from_snapshot), want);
    // Without the snapshot, every file's record comes from the index cache.
    std::fs::remove_file(snapshot_file(cache.path())).unwrap();
    let from_index = load(dir, Some(cache.path()));
    assert_eq!(
        (from_index.stats.from_snapshot, from_index.stats.from_cache),
        (false, 4)
    );
    assert_eq!(sources(&from_index), want);
}
