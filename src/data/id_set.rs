//! A few ids, kept sorted and without repeats: a filter's chosen ids, so
//! that a link writes them in one order ("cat=enforcement~returns"), and a
//! dataset's unknown fields, named once each in key order.
//!
//! A sorted `Vec` rather than a `BTreeSet` or a sort: the sets are small,
//! and the B-tree's code (or a sort's) for each key type weighed on the wasm.

use std::borrow::Borrow;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdSet<T>(Vec<T>);

impl<T> Default for IdSet<T> {
    fn default() -> Self {
        IdSet(Vec::new())
    }
}

impl<T: Ord> IdSet<T> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, value: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|item| item.borrow().cmp(value))
    }

    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(value).is_ok()
    }

    /// Adds `value`; false if it was there already.
    pub fn insert(&mut self, value: T) -> bool {
        match self.find(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes `value`; false if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(value).map(|at| self.0.remove(at)).is_ok()
    }

    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Ord> FromIterator<T> for IdSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = IdSet::new();
        for item in items {
            set.insert(item);
        }
        set
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for IdSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a IdSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_ids_sorted_and_once() {
        let mut set: IdSet<String> = ["returns", "enforcement", "returns"].map(String::from).into();
        assert_eq!(set.iter().map(String::as_str).collect::<Vec<_>>(), ["enforcement", "returns"]);
        assert!(set.insert("asylum".into()) && !set.insert("asylum".into()));
        assert_eq!(set.iter().map(String::as_str).collect::<Vec<_>>(), ["asylum", "enforcement", "returns"]);
        assert!(set.contains("returns") && !set.contains("return"));
        assert!(set.remove("enforcement") && !set.remove("enforcement"));
        assert_eq!(set.len(), 2);
        set.retain(|id| id != "asylum");
        assert_eq!(set, IdSet::from(["returns".to_string()]));
    }
}
