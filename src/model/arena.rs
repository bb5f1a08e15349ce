//! The corpus text arena (`Text`): every article body back to back, owned or mapped
//! read-only from the snapshot file.

use std::ops::Range;

/// The corpus text arena: every article body back to back, either built in memory or
/// mapped read-only from the snapshot cache (reopening then copies nothing).
#[derive(Clone, Default)]
pub struct Text(TextRepr);

#[derive(Clone)]
enum TextRepr {
    Owned(String),
    Mapped {
        map: std::sync::Arc<memmap2::Mmap>,
        range: Range<usize>,
    },
}

impl Default for TextRepr {
    fn default() -> Self {
        TextRepr::Owned(String::new())
    }
}

impl Text {
    /// `map[range]` as text, if it is UTF-8 (checked once, here, on all cores). Each piece
    /// checked is dropped from this process's memory again: the pages stay in the page
    /// cache and come back on first use, so a reopened corpus costs only what is read.
    pub fn mapped(map: std::sync::Arc<memmap2::Mmap>, range: Range<usize>) -> Option<Text> {
        use rayon::prelude::*;
        const PIECE: usize = 4 << 20;
        let bytes = map.get(range.clone())?;
        let mut cuts = vec![0];
        let mut at = PIECE;
        while at < bytes.len() {
            // Pieces start on a character, so each is valid exactly when the whole is.
            while at < bytes.len() && bytes[at] & 0xC0 == 0x80 {
                at += 1;
            }
            cuts.push(at);
            at += PIECE;
        }
        cuts.push(bytes.len());
        let valid = cuts.par_windows(2).all(|w| {
            // SIMD validation: this pass runs over the whole text on every reopen.
            let ok = simdutf8::basic::from_utf8(&bytes[w[0]..w[1]]).is_ok();
            release(&map, range.start + w[0]..range.start + w[1]);
            ok
        });
        valid.then_some(Text(TextRepr::Mapped { map, range }))
    }

    /// Whether the text is mapped from a file (not held in this process's memory).
    pub fn is_mapped(&self) -> bool {
        matches!(self.0, TextRepr::Mapped { .. })
    }

    /// Lets go of the pages of `range` (byte offsets in this text) if the text is mapped:
    /// after a pass over the whole text, memory holds only what is used next.
    pub fn release(&self, range: Range<usize>) {
        if let TextRepr::Mapped { map, range: whole } = &self.0 {
            let end = (whole.start + range.end).min(whole.end);
            release(map, whole.start + range.start.min(end)..end);
        }
    }
}

fn release(map: &memmap2::Mmap, range: Range<usize>) {
    #[cfg(unix)]
    // SAFETY: a read-only map of a file that is never rewritten in place: dropped pages
    // read back the same bytes on the next access.
    unsafe {
        let _ = map.unchecked_advise_range(
            memmap2::UncheckedAdvice::DontNeed,
            range.start,
            range.len(),
        );
    }
    #[cfg(not(unix))]
    let _ = (map, range);
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(TextRepr::Owned(s))
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        match &self.0 {
            TextRepr::Owned(s) => s,
            // SAFETY: `Text::mapped` checked that these bytes are UTF-8, and the map is
            // read-only and private to this Text (the snapshot file is only ever replaced
            // by a rename, never rewritten in place).
            TextRepr::Mapped { map, range } => unsafe {
                std::str::from_utf8_unchecked(&map[range.clone()])
            },
        }
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Text({} bytes)", self.len())
    }
}

#[cfg(test)]
impl Text {
    /// `bytes[range]` as [`Text::mapped`] makes it, from a temporary file: for tests of
    /// mapped text.
    pub(crate) fn mapped_copy(bytes: &[u8], range: Range<usize>) -> Option<Text> {
        use std::io::Write;
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(bytes).unwrap();
        // SAFETY: a private temporary file, never written again.
        let map = unsafe { memmap2::Mmap::map(&file).unwrap() };
        Text::mapped(std::sync::Arc::new(map), range)
    }
}

#[cfg(test)]
mod tests {
    use super::Text;

    /// Mapped text is accepted exactly when it is UTF-8: checked in pieces of 4 MB on all
    /// cores, so a character across a cut and a bad byte in any piece are both seen.
    #[test]
    fn mapped_text_is_checked_whole() {
        let piece = 4 << 20;
        let mut text = "ab’c ".repeat(3 * piece / 7).into_bytes();
        // A three-byte character across the first cut.
        text.splice(piece - 1..piece - 1, "’".bytes());
        let all = 0..text.len();
        let ok = Text::mapped_copy(&text, all.clone()).expect("UTF-8");
        assert_eq!(ok.as_bytes(), &text[..]);
        for at in [0, piece - 1, piece + 1, text.len() - 1] {
            let mut bad = text.clone();
            bad[at] = 0xff;
            assert!(
                Text::mapped_copy(&bad, all.clone()).is_none(),
                "bad byte at {at}"
            );
        }
        // A range that starts inside a character is not text.
        assert!(Text::mapped_copy(&text, piece..text.len()).is_none());
        assert!(
            Text::mapped_copy(&text, 0..text.len() + 1).is_none(),
            "past the end"
        );
    }
}
