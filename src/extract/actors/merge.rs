//! Merging each article's entities into corpus actors. Linear in the number of entities:
//! names and surnames go through hash maps, never all pairs.
//!
//! Entities wait for the merge in an [`EntityTable`]: every name, alias and role interned
//! once, so a corpus of a hundred thousand articles holds each "Boris Johnson" once, not
//! once per article, and each distinct name is normalised once.

use super::names::normalise;
use crate::extract::{ArticleExtraction, LocalSpeaker, MergedActors};
use crate::model::{Actor, ActorType};
use rustc_hash::FxHashMap;

/// Strings stored once, named by number.
#[derive(Debug, Default)]
struct Interner {
    ids: FxHashMap<Box<str>, u32>,
    strings: Vec<Box<str>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }

    fn get(&self, id: u32) -> &str {
        &self.strings[id as usize]
    }
}

/// One article's entity, with its strings interned.
#[derive(Debug)]
struct Entry {
    name: u32,
    kind: ActorType,
    weak: bool,
    mentions: u32,
    /// Quotes of the article attributed to it.
    quotes: u32,
    /// Ranges into `EntityTable::lists`.
    aliases: (u32, u32),
    roles: (u32, u32),
}

/// Every article's entities, in article order, waiting for the corpus-wide merge.
#[derive(Debug, Default)]
pub struct EntityTable {
    strings: Interner,
    entries: Vec<Entry>,
    /// `entries[starts[a]..starts[a + 1]]` are article `a`'s entities.
    starts: Vec<u32>,
    /// Alias and role string ids, referred to by ranges.
    lists: Vec<u32>,
}

impl EntityTable {
    /// Adds the next article's entities (and counts its attributed quotes).
    pub fn push(&mut self, article: &ArticleExtraction) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        let first = self.entries.len();
        for e in &article.entities {
            let name = self.strings.intern(&e.name);
            let aliases = self.list(&e.aliases);
            let roles = self.list(&e.roles);
            self.entries.push(Entry {
                name,
                kind: e.kind,
                weak: e.weak,
                mentions: e.mentions,
                quotes: 0,
                aliases,
                roles,
            });
        }
        for q in &article.quotes {
            if let LocalSpeaker::Entity(e) = q.speaker {
                if let Some(entry) = self.entries[first..].get_mut(e as usize) {
                    entry.quotes += 1;
                }
            }
        }
        self.starts.push(self.entries.len() as u32);
    }

    fn list(&mut self, strings: &[String]) -> (u32, u32) {
        let start = self.lists.len() as u32;
        for s in strings {
            let id = self.strings.intern(s);
            self.lists.push(id);
        }
        (start, self.lists.len() as u32)
    }

    fn articles(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    fn range(&self, article: usize) -> std::ops::Range<usize> {
        self.starts[article] as usize..self.starts[article + 1] as usize
    }

    fn ids(&self, (a, b): (u32, u32)) -> &[u32] {
        &self.lists[a as usize..b as usize]
    }

    /// Merges the entities into corpus actors ("Johnson" → "Boris Johnson"), filling
    /// mentions, quotes and articles.
    pub fn merge(&self) -> MergedActors {
        let (keys, key_of) = self.name_keys();
        let mut actors: Vec<Actor> = Vec::new();
        let ids = self.actor_ids(&keys, &key_of, &mut actors);
        self.fill(&mut actors, &ids);
        MergedActors {
            actors,
            ids,
            starts: self.starts.clone(),
        }
    }

    /// Each entry's actor, made in `actors` when first needed: full names and non-people
    /// first, then bare surnames, attached to the one full name ending in them (a weak one
    /// with no such name gets none).
    fn actor_ids(
        &self,
        keys: &Interner,
        key_of: &[u32],
        actors: &mut Vec<Actor>,
    ) -> Vec<Option<u32>> {
        let key = |e: &Entry| key_of[e.name as usize];
        let mut by_key: FxHashMap<(ActorType, u32), u32> = FxHashMap::default();
        // Last word of a full person name → the actors with it (for "Johnson" alone).
        let mut by_surname: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
        let kind_of = self.merged_kind(keys, key_of);

        // Pass 1: full names and non-people, so pass 2 can attach bare surnames to them.
        let mut ids: Vec<Option<u32>> = vec![None; self.entries.len()];
        for (ei, e) in self.entries.iter().enumerate() {
            let k = keys.get(key(e));
            if e.kind == ActorType::Person && !k.contains(' ') {
                continue;
            }
            let kind = kind_of(e);
            let id = *by_key.entry((kind, key(e))).or_insert_with(|| {
                let id = self.new_actor(actors, e, kind);
                if kind == ActorType::Person {
                    let surname = k.rsplit(' ').next().unwrap_or(k);
                    by_surname.entry(surname).or_default().push(id);
                }
                id
            });
            ids[ei] = Some(id);
        }
        self.attach_surnames(&mut ids, keys, key_of, &by_surname, &mut by_key, actors);
        ids
    }

    /// A new actor named as entry `e`, of `kind`: its id.
    fn new_actor(&self, actors: &mut Vec<Actor>, e: &Entry, kind: ActorType) -> u32 {
        actors.push(Actor {
            name: self.strings.get(e.name).to_string(),
            kind: Some(kind),
            ..Actor::default()
        });
        (actors.len() - 1) as u32
    }

    /// Pass 2 of [`Self::actor_ids`]: each entry pass 1 left (a bare surname) joins the one
    /// full person name it ends, else it is an actor of its own (none when weak).
    fn attach_surnames(
        &self,
        ids: &mut [Option<u32>],
        keys: &Interner,
        key_of: &[u32],
        by_surname: &FxHashMap<&str, Vec<u32>>,
        by_key: &mut FxHashMap<(ActorType, u32), u32>,
        actors: &mut Vec<Actor>,
    ) {
        let key = |e: &Entry| key_of[e.name as usize];
        for (ei, e) in self.entries.iter().enumerate() {
            if ids[ei].is_some() {
                continue;
            }
            ids[ei] = match by_surname.get(keys.get(key(e))).map(Vec::as_slice) {
                Some([only]) => Some(*only),
                _ if e.weak => None,
                _ => Some(
                    *by_key
                        .entry((e.kind, key(e)))
                        .or_insert_with(|| self.new_actor(actors, e, e.kind)),
                ),
            };
        }
    }

    /// The kind an entry's actor takes. "Open Water, Kettle Street and …": a full name
    /// that is a work or a product in at least half as many articles as it is a person is
    /// that work or product where nothing marks it as a person's (a role, a quote, a given
    /// name first).
    fn merged_kind<'a>(
        &'a self,
        keys: &'a Interner,
        key_of: &'a [u32],
    ) -> impl Fn(&Entry) -> ActorType + 'a {
        let key = move |e: &Entry| key_of[e.name as usize];
        let things = works_and_products(&self.entries, key_of);
        move |e: &Entry| match things.get(&key(e)) {
            Some(&(thing, n, people))
                if e.kind == ActorType::Person
                    && 2 * n >= people
                    && e.quotes == 0
                    && e.roles.0 == e.roles.1
                    && keys.get(key(e)).contains(' ')
                    && !given_name_first(keys.get(key(e))) =>
            {
                thing
            }
            _ => e.kind,
        }
    }

    /// The normalised key of each distinct name, worked out once: the keys, and the key
    /// of each string id (`u32::MAX` for strings no entry names).
    fn name_keys(&self) -> (Interner, Vec<u32>) {
        let mut keys = Interner::default();
        let mut key_of: Vec<u32> = vec![u32::MAX; self.strings.strings.len()];
        for e in &self.entries {
            if key_of[e.name as usize] == u32::MAX {
                key_of[e.name as usize] = keys.intern(&normalise(self.strings.get(e.name)));
            }
        }
        (keys, key_of)
    }

    /// Fills each actor from the entries merged into it (`ids`), article by article:
    /// mentions, quotes, articles, aliases and roles.
    fn fill(&self, actors: &mut [Actor], ids: &[Option<u32>]) {
        for article in 0..self.articles() {
            for ei in self.range(article) {
                let Some(id) = ids[ei] else { continue };
                let e = &self.entries[ei];
                let actor = &mut actors[id as usize];
                actor.mentions += e.mentions;
                actor.quotes += e.quotes;
                if actor.articles.last() != Some(&(article as u32)) {
                    actor.articles.push(article as u32);
                }
                for &alias in std::iter::once(&e.name).chain(self.ids(e.aliases)) {
                    let alias = self.strings.get(alias);
                    if alias != actor.name
                        && actor.aliases.len() < 32
                        && !actor.aliases.iter().any(|a| a == alias)
                    {
                        actor.aliases.push(alias.to_string());
                    }
                }
                for &role in self.ids(e.roles) {
                    let role = self.strings.get(role);
                    if actor.roles.len() < 16 && !actor.roles.iter().any(|r| r == role) {
                        actor.roles.push(role.to_string());
                    }
                }
            }
        }
    }
}

/// For each name key that is a work or a product in some article: that type (the first
/// met), in how many articles it is one, and in how many a person.
fn works_and_products(entries: &[Entry], key_of: &[u32]) -> FxHashMap<u32, (ActorType, u32, u32)> {
    let mut things: FxHashMap<u32, (ActorType, u32, u32)> = FxHashMap::default();
    for e in entries {
        if matches!(e.kind, ActorType::Work | ActorType::Product) {
            things
                .entry(key_of[e.name as usize])
                .or_insert((e.kind, 0, 0))
                .1 += 1;
        }
    }
    if things.is_empty() {
        return things;
    }
    for e in entries {
        if e.kind == ActorType::Person {
            if let Some(t) = things.get_mut(&key_of[e.name as usize]) {
                t.2 += 1;
            }
        }
    }
    things
}

/// Whether a name key (lower case) opens with a given name ("jean-luc …" by its first part).
fn given_name_first(key: &str) -> bool {
    let first = key.split(' ').next().unwrap_or(key);
    super::given_name(first) || super::given_name(first.split('-').next().unwrap_or(first))
}

/// Merges the articles' entities into corpus actors (see [`EntityTable::merge`]).
pub fn merge(articles: &[&ArticleExtraction]) -> MergedActors {
    let mut table = EntityTable::default();
    for a in articles {
        table.push(a);
    }
    table.merge()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::LocalEntity;

    fn entity(name: &str, kind: ActorType) -> LocalEntity {
        LocalEntity {
            name: name.into(),
            kind,
            aliases: vec![],
            roles: vec![],
            mentions: 2,
            weak: false,
        }
    }

    #[test]
    fn surnames_join_the_one_full_name_across_articles() {
        let a = ArticleExtraction {
            quotes: vec![],
            entities: vec![entity("Mulvaney", ActorType::Person)],
        };
        let b = ArticleExtraction {
            quotes: vec![],
            entities: vec![
                entity("Mick Mulvaney", ActorType::Person),
                entity("Huawei", ActorType::Org),
            ],
        };
        let c = ArticleExtraction {
            quotes: vec![],
            entities: vec![entity("Huawei", ActorType::Org)],
        };
        let m = merge(&[&a, &b, &c]);
        assert_eq!(m.actors.len(), 2);
        assert_eq!(m.id(0, 0), m.id(1, 0));
        let mulvaney = &m.actors[m.id(0, 0).unwrap() as usize];
        assert_eq!(mulvaney.name, "Mick Mulvaney");
        assert_eq!(mulvaney.mentions, 4);
        assert_eq!(mulvaney.articles, [0, 1]);
        assert!(mulvaney.aliases.contains(&"Mulvaney".to_string()));
        assert_eq!(m.actors[m.id(2, 0).unwrap() as usize].articles, [1, 2]);
    }

    #[test]
    fn an_ambiguous_surname_stays_apart() {
        let a = ArticleExtraction {
            quotes: vec![],
            entities: vec![
                entity("Boris Johnson", ActorType::Person),
                entity("Jo Johnson", ActorType::Person),
            ],
        };
        let b = ArticleExtraction {
            quotes: vec![],
            entities: vec![entity("Johnson", ActorType::Person)],
        };
        let m = merge(&[&a, &b]);
        assert_eq!(m.actors.len(), 3);
    }

    /// A full name that is a work in one article is that work in another where nothing
    /// marks it as a person's; with a role or a given name first it stays a person, and so
    /// it does where it is a person in more than twice as many articles.
    #[test]
    fn a_work_elsewhere_is_no_person_here() {
        let film = ArticleExtraction {
            quotes: vec![],
            entities: vec![entity("Kettle Street", ActorType::Work)],
        };
        let listed = ArticleExtraction {
            quotes: vec![],
            entities: vec![entity("Kettle Street", ActorType::Person)],
        };
        let mut titled = entity("Kettle Street", ActorType::Person);
        titled.roles = vec!["Senator".into()];
        let senator = ArticleExtraction {
            quotes: vec![],
            entities: vec![titled],
        };
        let m = merge(&[&film, &listed, &senator]);
        let work = &m.actors[m.id(0, 0).unwrap() as usize];
        assert_eq!(work.kind, Some(ActorType::Work));
        assert_eq!(m.id(0, 0), m.id(1, 0));
        let person = &m.actors[m.id(2, 0).unwrap() as usize];
        assert_eq!(person.kind, Some(ActorType::Person));
        // "Tom Vale" opens with a given name; "Kobo Lane" is a person in three articles.
        let one = |name: &str, kind| ArticleExtraction {
            quotes: vec![],
            entities: vec![entity(name, kind)],
        };
        let arts = [
            one("Tom Vale", ActorType::Work),
            one("Tom Vale", ActorType::Person),
            one("Kobo Lane", ActorType::Work),
            one("Kobo Lane", ActorType::Person),
            one("Kobo Lane", ActorType::Person),
            one("Kobo Lane", ActorType::Person),
        ];
        let m = merge(&arts.iter().collect::<Vec<_>>());
        for a in [1, 3] {
            let person = &m.actors[m.id(a, 0).unwrap() as usize];
            assert_eq!(person.kind, Some(ActorType::Person), "{}", person.name);
        }
    }
}
