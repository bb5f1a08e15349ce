//! A value kept with what it was made from, and made again only when that changes. Drawing
//! reads the state through `&App`, hence the cell.

use std::cell::RefCell;
use std::rc::Rc;

pub(super) struct Memo<K, V>(RefCell<Option<(K, Rc<V>)>>);

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo(RefCell::new(None))
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// The value made from `from`: the kept one if it was made from the same, else `make()`.
    pub(super) fn get(&self, from: K, make: impl FnOnce() -> V) -> Rc<V> {
        if let Some((made_from, value)) = &*self.0.borrow() {
            if *made_from == from {
                return value.clone();
            }
        }
        let value = Rc::new(make());
        *self.0.borrow_mut() = Some((from, value.clone()));
        value
    }
}
