//! A growing posting list held small: each quote id as its distance from the one before,
//! in seven-bit groups (LEB128). The words of a corpus's quotes are gathered into these
//! while its files are read, so a common word's list costs about a byte a quote rather
//! than four, and the whole gather a fraction of the flat lists it becomes.

use std::mem::MaybeUninit;

/// Sorted, distinct quote ids, delta-encoded.
#[derive(Default, Debug, Clone, PartialEq, Eq)]
pub(super) struct Deltas {
    bytes: Vec<u8>,
    /// The last id pushed (0 before the first: the first id is its distance from 0).
    last: u32,
    len: u32,
}

impl Deltas {
    /// How many ids the list holds.
    pub(super) fn len(&self) -> usize {
        self.len as usize
    }

    /// Appends `q` unless it is the last id already; ids come in rising order.
    pub(super) fn push(&mut self, q: u32) {
        if self.len > 0 && self.last == q {
            return;
        }
        debug_assert!(self.len == 0 || q > self.last, "ids in rising order");
        encode(&mut self.bytes, q - self.last);
        self.last = q;
        self.len += 1;
    }

    /// Appends `later`'s ids, which all come after these (or equal the last, once).
    pub(super) fn append(&mut self, later: Deltas) {
        if self.len == 0 {
            *self = later;
            return;
        }
        if later.len == 0 {
            return;
        }
        // The later list's first distance is from 0: its first id, re-encoded from here.
        let (first, at) = decode(&later.bytes, 0);
        self.push(first);
        self.bytes.extend_from_slice(&later.bytes[at..]);
        self.len += later.len - 1;
        self.last = later.last;
    }

    /// Writes the ids into `out`, which is exactly [`Deltas::len`] long.
    pub(super) fn decode_into(&self, out: &mut [MaybeUninit<u32>]) {
        debug_assert_eq!(out.len(), self.len());
        let mut at = 0;
        let mut q = 0u32;
        for slot in out {
            let (d, next) = decode(&self.bytes, at);
            at = next;
            q += d;
            slot.write(q);
        }
    }

    #[cfg(test)]
    pub(super) fn to_vec(&self) -> Vec<u32> {
        let mut out = vec![MaybeUninit::uninit(); self.len()];
        self.decode_into(&mut out);
        // SAFETY: decode_into wrote every slot.
        out.into_iter()
            .map(|q| unsafe { q.assume_init() })
            .collect()
    }
}

fn encode(out: &mut Vec<u8>, mut d: u32) {
    while d >= 0x80 {
        out.push((d as u8) | 0x80);
        d >>= 7;
    }
    out.push(d as u8);
}

/// The number at `at` and where the next one starts.
fn decode(bytes: &[u8], mut at: usize) -> (u32, usize) {
    let mut d = 0u32;
    let mut shift = 0;
    loop {
        let b = bytes[at];
        at += 1;
        d |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            return (d, at);
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::Deltas;
    use proptest::prelude::*;

    fn of(ids: &[u32]) -> Deltas {
        let mut list = Deltas::default();
        for &q in ids {
            list.push(q);
        }
        list
    }

    #[test]
    fn a_repeated_last_id_is_kept_once_and_small_gaps_take_a_byte() {
        let list = of(&[0, 0, 3, 3, 4, 200, 70_000, u32::MAX]);
        assert_eq!(list.to_vec(), vec![0, 3, 4, 200, 70_000, u32::MAX]);
        assert_eq!(list.len(), 6);
        let common = of(&(0..1000).collect::<Vec<_>>());
        assert_eq!(common.bytes.len(), 1000);
    }

    proptest! {
        /// Pushing ids one by one, or into two lists appended (as chunks are merged),
        /// holds the ids in order, each once.
        #[test]
        fn pushed_or_appended_the_ids_come_back(
            mut ids in proptest::collection::vec(any::<u32>(), 0..60),
            cut in 0usize..60,
        ) {
            ids.sort_unstable();
            let mut distinct = ids.clone();
            distinct.dedup();
            prop_assert_eq!(of(&ids).to_vec(), distinct.clone());
            let cut = cut.min(ids.len());
            let mut first = of(&ids[..cut]);
            first.append(of(&ids[cut..]));
            prop_assert_eq!(first.to_vec(), distinct.clone());
            prop_assert_eq!(first.len(), distinct.len());
            prop_assert_eq!(first, of(&ids));
        }
    }
}
