//! Merging each article's entities into corpus actors. Linear in the number of entities:
//! names and surnames go through hash maps, never all pairs.

use super::names::normalise;
use crate::extract::{ArticleExtraction, LocalSpeaker, MergedActors};
use crate::model::{Actor, ActorType};
use std::collections::HashMap;

/// Merges the articles' entities into corpus actors ("Johnson" → "Boris Johnson"), filling
/// mentions, quotes (from each article's attributed quotes) and articles.
pub fn merge(articles: &[&ArticleExtraction]) -> MergedActors {
    let mut actors: Vec<Actor> = Vec::new();
    let mut by_key: HashMap<(ActorType, String), u32> = HashMap::new();
    // Last word of a full person name → the actors with it (for "Johnson" alone).
    let mut by_surname: HashMap<String, Vec<u32>> = HashMap::new();

    let new_actor = |actors: &mut Vec<Actor>, name: &str, kind: ActorType| -> u32 {
        actors.push(Actor {
            name: name.to_string(),
            kind: Some(kind),
            ..Actor::default()
        });
        (actors.len() - 1) as u32
    };

    // Pass 1: full names and non-people, so pass 2 can attach bare surnames to them.
    let mut ids: Vec<Vec<Option<u32>>> = articles
        .iter()
        .map(|a| vec![None; a.entities.len()])
        .collect();
    for (ai, article) in articles.iter().enumerate() {
        for (ei, e) in article.entities.iter().enumerate() {
            let key = normalise(&e.name);
            let single = e.kind == ActorType::Person && !key.contains(' ');
            if single {
                continue;
            }
            let id = *by_key.entry((e.kind, key.clone())).or_insert_with(|| {
                let id = new_actor(&mut actors, &e.name, e.kind);
                if e.kind == ActorType::Person {
                    let surname = key.rsplit(' ').next().unwrap_or(&key).to_string();
                    by_surname.entry(surname).or_default().push(id);
                }
                id
            });
            ids[ai][ei] = Some(id);
        }
    }
    for (ai, article) in articles.iter().enumerate() {
        for (ei, e) in article.entities.iter().enumerate() {
            if ids[ai][ei].is_some() {
                continue;
            }
            let key = normalise(&e.name);
            ids[ai][ei] = match by_surname.get(&key).map(Vec::as_slice) {
                Some([only]) => Some(*only),
                _ if e.weak => None,
                _ => Some(
                    *by_key
                        .entry((e.kind, key))
                        .or_insert_with(|| new_actor(&mut actors, &e.name, e.kind)),
                ),
            };
        }
    }

    for (ai, article) in articles.iter().enumerate() {
        for (ei, e) in article.entities.iter().enumerate() {
            let Some(id) = ids[ai][ei] else { continue };
            let actor = &mut actors[id as usize];
            actor.mentions += e.mentions;
            if actor.articles.last() != Some(&(ai as u32)) {
                actor.articles.push(ai as u32);
            }
            for alias in std::iter::once(&e.name).chain(&e.aliases) {
                if *alias != actor.name
                    && !actor.aliases.contains(alias)
                    && actor.aliases.len() < 32
                {
                    actor.aliases.push(alias.clone());
                }
            }
            for role in &e.roles {
                if !actor.roles.contains(role) && actor.roles.len() < 16 {
                    actor.roles.push(role.clone());
                }
            }
        }
        for q in &article.quotes {
            if let LocalSpeaker::Entity(e) = q.speaker {
                if let Some(&Some(id)) = ids[ai].get(e as usize) {
                    actors[id as usize].quotes += 1;
                }
            }
        }
    }
    MergedActors { actors, ids }
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
        assert_eq!(m.ids[0][0], m.ids[1][0]);
        let mulvaney = &m.actors[m.ids[0][0].unwrap() as usize];
        assert_eq!(mulvaney.name, "Mick Mulvaney");
        assert_eq!(mulvaney.mentions, 4);
        assert_eq!(mulvaney.articles, [0, 1]);
        assert!(mulvaney.aliases.contains(&"Mulvaney".to_string()));
        assert_eq!(m.actors[m.ids[2][0].unwrap() as usize].articles, [1, 2]);
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
}
