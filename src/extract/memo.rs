//! A memo for the first few items of a short run: a rule that asks the same item the same
//! costly question several times (a word's classes, whether a mention is a person) asks it
//! once for each of the first `N` items; later items, rare in the short runs these rules
//! read, are asked again each time.

use std::cell::Cell;

/// Answers for items `0..N`, each computed at its first use.
pub struct FirstN<T: Copy, const N: usize>([Cell<Option<T>>; N]);

impl<T: Copy, const N: usize> FirstN<T, N> {
    pub fn new() -> Self {
        Self([const { Cell::new(None) }; N])
    }

    /// The answer for item `i`: `answer()` the first time (and every time past `N`).
    #[inline]
    pub fn get_or(&self, i: usize, answer: impl FnOnce() -> T) -> T {
        match self.0.get(i) {
            Some(known) => known.get().unwrap_or_else(|| {
                let a = answer();
                known.set(Some(a));
                a
            }),
            None => answer(),
        }
    }
}

impl<T: Copy, const N: usize> Default for FirstN<T, N> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::FirstN;
    use std::cell::Cell;

    #[test]
    fn each_of_the_first_n_is_answered_once_and_later_ones_every_time() {
        let asked = Cell::new(0);
        let memo: FirstN<usize, 2> = FirstN::new();
        let ask = |i: usize| {
            memo.get_or(i, || {
                asked.set(asked.get() + 1);
                i * 10
            })
        };
        assert_eq!((ask(0), ask(0), ask(1), ask(1)), (0, 0, 10, 10));
        assert_eq!(asked.get(), 2);
        assert_eq!((ask(5), ask(5)), (50, 50));
        assert_eq!(asked.get(), 4);
    }
}
