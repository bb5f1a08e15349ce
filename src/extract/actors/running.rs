//! Speaker names decided as articles arrive, for output streamed while a corpus is read
//! (`hearsay quotes --jsonl`): the corpus merge ([`super::EntityTable::merge`]) applied to
//! the articles read so far.
//!
//! Its two passes are kept: a full name (or an organisation, a place) takes the name of the
//! first entity of its key, as in the merge, so these agree with the whole corpus's names.
//! A person named by a bare surname is joined to the one full name of that surname read so
//! far (the merge looks at the whole corpus: a full name first read in a later article, or
//! a second full name that makes the surname ambiguous, is not known yet — the one case
//! where a streamed speaker differs from the merged one).

use super::names::normalise;
use crate::extract::{ArticleExtraction, LocalSpeaker};
use crate::model::ActorType;
use rustc_hash::FxHashMap;

/// The names decided so far, by key.
#[derive(Debug, Default)]
pub struct RunningNames {
    /// (type, key) → the canonical name: full names and non-people (the merge's pass 1),
    /// then bare surnames that matched no single full name (pass 2).
    by_key: FxHashMap<(ActorType, Box<str>), Box<str>>,
    /// Surname key → canonical names of the full-name people with it.
    by_surname: FxHashMap<Box<str>, Vec<Box<str>>>,
}

impl RunningNames {
    /// Adds an article's entities and returns each one's speaker name (`None` for a weak
    /// entity that matched nobody), by entity index.
    pub fn article(&mut self, article: &ArticleExtraction) -> Vec<Option<Box<str>>> {
        let keys: Vec<String> = article
            .entities
            .iter()
            .map(|e| normalise(&e.name))
            .collect();
        let bare = |kind: ActorType, k: &str| kind == ActorType::Person && !k.contains(' ');
        let mut names: Vec<Option<Box<str>>> = vec![None; keys.len()];
        for (i, (e, k)) in article.entities.iter().zip(&keys).enumerate() {
            if bare(e.kind, k) {
                continue;
            }
            let name = match self.by_key.get(&(e.kind, k.as_str().into())) {
                Some(name) => name.clone(),
                None => {
                    let name: Box<str> = e.name.as_str().into();
                    self.by_key
                        .insert((e.kind, k.as_str().into()), name.clone());
                    if e.kind == ActorType::Person {
                        let surname = k.rsplit(' ').next().unwrap_or(k);
                        self.by_surname
                            .entry(surname.into())
                            .or_default()
                            .push(name.clone());
                    }
                    name
                }
            };
            names[i] = Some(name);
        }
        for (i, (e, k)) in article.entities.iter().zip(&keys).enumerate() {
            if !bare(e.kind, k) {
                continue;
            }
            names[i] = match self.by_surname.get(k.as_str()).map(Vec::as_slice) {
                Some([only]) => Some(only.clone()),
                _ if e.weak => None,
                _ => Some(
                    self.by_key
                        .entry((e.kind, k.as_str().into()))
                        .or_insert_with(|| e.name.as_str().into())
                        .clone(),
                ),
            };
        }
        names
    }

    /// The speaker name of a quote of the article whose `names` [`RunningNames::article`]
    /// returned.
    pub fn speaker<'a>(
        names: &'a [Option<Box<str>>],
        speaker: &'a LocalSpeaker,
    ) -> Option<&'a str> {
        match speaker {
            LocalSpeaker::None => None,
            LocalSpeaker::Entity(e) => names.get(*e as usize)?.as_deref(),
            LocalSpeaker::Unnamed(d) => Some(d),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{merge_actors, LocalEntity};

    fn entity(name: &str, kind: ActorType, weak: bool) -> LocalEntity {
        LocalEntity {
            name: name.into(),
            kind,
            aliases: vec![],
            roles: vec![],
            mentions: 1,
            weak,
        }
    }

    fn article(entities: Vec<LocalEntity>) -> ArticleExtraction {
        ArticleExtraction {
            quotes: vec![],
            entities,
        }
    }

    /// Every entity's name as the merge gives it and as the running names give it.
    fn both(articles: &[ArticleExtraction]) -> (Vec<Option<String>>, Vec<Option<String>>) {
        let merged = merge_actors(articles);
        let mut running = RunningNames::default();
        let (mut m, mut r) = (Vec::new(), Vec::new());
        for (a, x) in articles.iter().enumerate() {
            let names = running.article(x);
            for (e, name) in names.iter().enumerate() {
                let id = merged.id(a, e);
                m.push(id.map(|id| merged.actors[id as usize].name.clone()));
                r.push(name.as_deref().map(String::from));
            }
        }
        (m, r)
    }

    #[test]
    fn names_read_in_order_agree_with_the_merge() {
        use ActorType::*;
        let articles = vec![
            article(vec![
                entity("Boris Johnson", Person, false),
                entity("Huawei", Org, false),
                entity("the BBC", Org, false),
            ]),
            article(vec![
                entity("Johnson", Person, false),
                entity("BORIS JOHNSON", Person, false),
                entity("Huawei", Org, false),
                entity("Smith", Person, true),
                entity("Jones", Person, false),
            ]),
            article(vec![
                entity("Jones", Person, false),
                entity("Paris", Place, false),
            ]),
        ];
        let (merged, running) = both(&articles);
        assert_eq!(merged, running);
        assert_eq!(running[3].as_deref(), Some("Boris Johnson"));
        assert_eq!(running[4].as_deref(), Some("Boris Johnson"));
        assert_eq!(running[6], None, "a weak bare name nobody else has");
        assert_eq!(running[8].as_deref(), Some("Jones"));
    }

    #[test]
    fn a_surname_read_before_its_full_name_keeps_its_own() {
        use ActorType::*;
        let articles = vec![
            article(vec![entity("Mulvaney", Person, false)]),
            article(vec![entity("Mick Mulvaney", Person, false)]),
        ];
        let (merged, running) = both(&articles);
        assert_eq!(merged[0].as_deref(), Some("Mick Mulvaney"));
        assert_eq!(running[0].as_deref(), Some("Mulvaney"));
        assert_eq!(merged[1], running[1]);
    }
}
