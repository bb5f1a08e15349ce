//! The index cache: a second load comes from it, a changed file is re-analysed alone, a
//! corrupt cache is set aside and rebuilt, a failed write leaves the old files, and the
//! corpus folder is never written to.

mod cache_support;

use cache_support::*;
use hearsay::pipeline::Options;

#[test]
fn a_second_load_comes_from_the_cache_and_matches() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let before = files_under(corpus.path());
    let first = load(corpus.path(), Some(cache.path()));
    assert_eq!(
        (first.stats.files, first.stats.read, first.stats.from_cache),
        (30, 30, 0)
    );
    assert!(first.stats.cache_written);
    let second = load(corpus.path(), Some(cache.path()));
    assert_eq!((second.stats.read, second.stats.from_cache), (0, 30));
    assert!(
        second.stats.from_snapshot,
        "nothing changed: the snapshot serves"
    );
    assert!(
        !second.stats.cache_written,
        "nothing changed, nothing written"
    );
    assert_eq!(first.corpus, second.corpus);
    // The snapshot's postings are the ones a fresh build makes.
    let built = hearsay::search::Postings::build(&first.corpus);
    assert_eq!(second.postings.as_deref(), Some(&built));
    assert_eq!(first.postings.as_deref(), Some(&built));
    assert_eq!(
        files_under(corpus.path()),
        before,
        "the corpus folder is never written to"
    );
}

#[test]
fn listings_skip_the_postings() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    load(corpus.path(), Some(cache.path()));
    let options = Options {
        cache_dir: Some(cache.path().to_path_buf()),
        want_postings: false,
        ..Options::default()
    };
    let listed = load_folder(corpus.path(), &options);
    assert!(listed.stats.from_snapshot);
    assert!(listed.postings.is_none());
    assert_eq!(listed.corpus.articles.len(), 30);
}

#[test]
fn a_changed_file_is_read_again_alone() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    load(corpus.path(), Some(cache.path()));
    let victim = files_under(corpus.path())[3].clone();
    std::fs::write(
        &victim,
        "A new headline\n\n“Everything changed,” said Nora Quinlan.\n",
    )
    .unwrap();
    let again = load(corpus.path(), Some(cache.path()));
    assert_eq!((again.stats.read, again.stats.from_cache), (1, 29));
    assert!(
        !again.stats.from_snapshot,
        "a changed file makes the snapshot stale"
    );
    let fresh = load(corpus.path(), None);
    assert_eq!(
        again.corpus, fresh.corpus,
        "cached + re-read = read from scratch"
    );
    assert!(again
        .corpus
        .quotes
        .iter()
        .any(|q| again.corpus.quote_text(q) == "Everything changed,"));
    // A removed file drops out of the cache too.
    std::fs::remove_file(&victim).unwrap();
    let fewer = load(corpus.path(), Some(cache.path()));
    assert_eq!((fewer.stats.files, fewer.stats.read), (29, 0));
    assert!(fewer.stats.cache_written);
}

#[test]
fn no_cache_writes_nothing() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let loaded = load(corpus.path(), None);
    assert_eq!(loaded.stats.read, 30);
    assert!(files_under(cache.path()).is_empty());
}

#[test]
fn a_corrupt_cache_is_moved_aside_and_rebuilt() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    load(corpus.path(), Some(cache.path()));
    let file = index_file(cache.path());
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() / 3]).unwrap(); // truncated
                                                               // The snapshot would serve before the index is read: take it away.
    std::fs::remove_file(snapshot_file(cache.path())).unwrap();
    let loaded = load(corpus.path(), Some(cache.path()));
    assert_eq!(loaded.stats.read, 30);
    assert!(loaded
        .warnings
        .iter()
        .any(|w| w.message.contains("corrupt index cache")));
    assert!(file.with_extension("bin.bak").exists());
    let healed = load(corpus.path(), Some(cache.path()));
    assert_eq!(healed.stats.from_cache, 30);
    assert!(healed.warnings.is_empty());
}

#[test]
fn a_damaged_snapshot_is_never_trusted_and_is_rebuilt() {
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    let reference = load(corpus.path(), None).corpus;
    load(corpus.path(), Some(cache.path()));
    let snap = snapshot_file(cache.path());
    let good = std::fs::read(&snap).unwrap();
    // Cut short at many points, and bytes flipped all over: every load still yields the
    // corpus as read from scratch, or (a flip inside text that stays valid) the same shape.
    let mut damaged: Vec<Vec<u8>> = (1..20)
        .map(|k| good[..good.len() * k / 20].to_vec())
        .collect();
    for k in 0..40 {
        let mut b = good.clone();
        let at = 8 + (b.len() - 8) * k / 40;
        b[at] ^= 0xA5;
        damaged.push(b);
    }
    for bytes in damaged {
        std::fs::write(&snap, &bytes).unwrap();
        let loaded = load(corpus.path(), Some(cache.path()));
        assert_eq!(loaded.corpus.articles.len(), reference.articles.len());
        if !loaded.stats.from_snapshot {
            assert_eq!(loaded.corpus, reference);
        }
        for q in &loaded.corpus.quotes {
            let _ = loaded.corpus.quote_text(q); // in bounds, on char boundaries
        }
    }
    // Truncated: named in a warning, then rebuilt.
    std::fs::write(&snap, &good[..good.len() / 2]).unwrap();
    let warned = load(corpus.path(), Some(cache.path()));
    assert!(
        warned
            .warnings
            .iter()
            .any(|w| w.message.contains("damaged corpus snapshot") && w.path == snap),
        "{:?}",
        warned.warnings
    );
    let healed = load(corpus.path(), Some(cache.path()));
    assert!(healed.stats.from_snapshot);
    assert!(healed.warnings.is_empty());
    assert_eq!(healed.corpus, reference);
}

#[cfg(unix)]
#[test]
fn a_failed_write_keeps_the_old_cache_and_warns() {
    use std::os::unix::fs::PermissionsExt;
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    load(corpus.path(), Some(cache.path()));
    let file = index_file(cache.path());
    let old = std::fs::read(&file).unwrap();
    std::fs::write(
        files_under(corpus.path())[0].clone(),
        "Changed\n\nNew words here.\n",
    )
    .unwrap();
    std::fs::set_permissions(cache.path(), std::fs::Permissions::from_mode(0o500)).unwrap();
    let probe = cache.path().join("probe");
    let writable = std::fs::write(&probe, b"x").is_ok(); // root ignores permissions
    let _ = std::fs::remove_file(&probe);
    let loaded = load(corpus.path(), Some(cache.path()));
    std::fs::set_permissions(cache.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(loaded.corpus.articles.len(), 30, "the load itself succeeds");
    if !writable {
        assert!(loaded
            .warnings
            .iter()
            .any(|w| w.message.contains("could not write the index cache")));
        assert_eq!(std::fs::read(&file).unwrap(), old, "old cache intact");
    }
    // Whatever happened, no temporary file is left behind.
    assert!(files_under(cache.path())
        .iter()
        .all(|p| !p.to_string_lossy().ends_with(".tmp")));
}

#[test]
fn a_write_that_fails_midway_leaves_the_old_cache() {
    // Works as root too: the temporary file's name is taken by a folder, so creating it fails.
    let corpus = corpus_dir();
    let cache = tempfile::tempdir().unwrap();
    load(corpus.path(), Some(cache.path()));
    let file = index_file(cache.path());
    let old = std::fs::read(&file).unwrap();
    let tmp = cache.path().join(format!(
        ".{}.{}.tmp",
        file.file_name().unwrap().to_string_lossy(),
        std::process::id()
    ));
    std::fs::create_dir(&tmp).unwrap();
    std::fs::write(
        files_under(corpus.path())[0].clone(),
        "Changed\n\nNew words here.\n",
    )
    .unwrap();
    let loaded = load(corpus.path(), Some(cache.path()));
    assert_eq!(loaded.corpus.articles.len(), 30);
    assert!(!loaded.stats.cache_written);
    assert!(loaded
        .warnings
        .iter()
        .any(|w| w.message.contains("could not write the index cache")));
    assert_eq!(std::fs::read(&file).unwrap(), old, "old cache intact");
}
