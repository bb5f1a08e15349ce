//! Actors: finding people, organisations and places in an article (names, title and role
//! cues, organisation words, acronyms, gazetteers), clustering an article's mentions into
//! entities ("Johnson" → "Boris Johnson"), and merging entities across the corpus.

mod merge;
mod names;
mod running;
mod same;

pub use merge::{merge, EntityTable};
pub use running::RunningNames;

use super::quotes::QuoteSpan;
use super::tokens::{tokenize_into, Token};
use super::LocalEntity;
use crate::model::{ActorType, Paragraph, Span};
use names::{Candidate, Kind};

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// Index into `ArticleActors::entities`.
    pub entity: u32,
    /// Inside a quotation (a name inside a quote is never a pronoun's antecedent).
    pub in_quote: bool,
}

/// The entities of one article and every mention of them, in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleActors {
    pub entities: Vec<LocalEntity>,
    pub mentions: Vec<Mention>,
    /// Every form (lower case) an entity is written as in this article.
    forms: rustc_hash::FxHashMap<String, u32>,
    /// The tokens of each paragraph that was read for names, so attribution does not
    /// tokenize them again.
    pub paragraph_tokens: ParagraphTokens,
}

/// The tokens of an article's paragraphs, in one vector (one allocation per article, not
/// one per paragraph); paragraphs not read for names have none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphTokens {
    tokens: Vec<Token>,
    /// Paragraph → its range in `tokens`.
    ranges: Vec<Option<(u32, u32)>>,
}

impl ParagraphTokens {
    /// The tokens of paragraph `i`, if it was read.
    pub fn get(&self, i: usize) -> Option<&[Token]> {
        let (a, b) = (*self.ranges.get(i)?)?;
        self.tokens.get(a as usize..b as usize)
    }
}

impl ArticleActors {
    /// The entity a name as written refers to ("Johnson", "President Trump", "the Guardian").
    pub fn resolve(&self, surface: &str) -> Option<u32> {
        let key = names::normalise(surface);
        if let Some(&e) = self.forms.get(&key) {
            return Some(e);
        }
        // Drop leading titles and determiners: "President Trump", "the Guardian".
        let words: Vec<&str> = key.split(' ').collect();
        (1..words.len()).find_map(|i| self.forms.get(&words[i..].join(" ")).copied())
    }

    /// The mention covering byte `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self
            .mentions
            .partition_point(|m| (m.span.end as usize) <= offset);
        self.mentions
            .get(i)
            .filter(|m| m.span.start as usize <= offset && offset < m.span.end as usize)
    }

    /// Mentions that start in `start..end`, in text order.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let a = self
            .mentions
            .partition_point(|m| (m.span.start as usize) < start);
        let b = self
            .mentions
            .partition_point(|m| (m.span.start as usize) < end);
        &self.mentions[a..b.max(a)]
    }

    pub fn kind(&self, entity: u32) -> ActorType {
        self.entities[entity as usize].kind
    }
}

/// Finds the actors of one article (boilerplate paragraphs are skipped: a name only in a
/// caption or byline is not an actor of the story).
pub fn find(body: &str, paragraphs: &[Paragraph], quotes: &[QuoteSpan]) -> ArticleActors {
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut seen = Vec::new();
    let mut paragraph_tokens = ParagraphTokens {
        tokens: Vec::with_capacity(body.len() / 5 + 1),
        ranges: vec![None; paragraphs.len()],
    };
    for (p, kept) in paragraphs.iter().zip(&mut paragraph_tokens.ranges) {
        if p.boilerplate {
            continue;
        }
        let (start, end) = (p.span.start as usize, p.span.end as usize);
        let Some(text) = body.get(start..end) else {
            continue;
        };
        // A name alone on a line is a byline or a caption, not the story.
        if text.split_whitespace().nth(4).is_none() && !text.ends_with(['.', '!', '?', '"', '”'])
        {
            continue;
        }
        let all = &mut paragraph_tokens.tokens;
        let from = all.len();
        tokenize_into(all, body, start, end);
        names::candidates(body, &all[from..], &mut seen, &mut candidates);
        *kept = Some((from as u32, all.len() as u32));
    }
    candidates.retain(|c| c.kind != Kind::Skip);
    // "Uncle John's Band", "Hey Jude": a title in quotation marks is a work.
    for c in &mut candidates {
        if quoted_title(body, quotes, c.span) {
            c.kind = Kind::Work;
        }
    }
    let in_quote = |offset: usize| {
        let i = quotes.partition_point(|q| (q.outer.start as usize) <= offset);
        quotes[..i]
            .iter()
            .rev()
            .take(8)
            .any(|q| offset < q.outer.end as usize)
    };
    ArticleActors {
        paragraph_tokens,
        ..cluster(body, candidates, &in_quote)
    }
}

/// Whether the name at `span` is inside a quotation that is only a title: a few
/// capitalised words (small words between them), no sentence inside ("Shake Hands With
/// The Devil", "Uncle John's Band,").
fn quoted_title(body: &str, quotes: &[QuoteSpan], span: Span) -> bool {
    let i = quotes.partition_point(|q| q.text.start <= span.start);
    let Some(q) = i.checked_sub(1).map(|i| &quotes[i]) else {
        return false;
    };
    if span.end > q.text.end {
        return false;
    }
    let Some(text) = body.get(q.text.start as usize..q.text.end as usize) else {
        return false;
    };
    let text = text.trim_end_matches([',', '.', '!', '?']);
    let small = |w: &str| {
        matches!(
            w,
            "of" | "the"
                | "a"
                | "an"
                | "and"
                | "in"
                | "on"
                | "to"
                | "with"
                | "for"
                | "at"
                | "by"
                | "from"
                | "or"
        )
    };
    let mut n = 0;
    for w in text.split_whitespace() {
        n += 1;
        let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if n > 7 || !(capital || small(w)) || w.contains([',', '.', ';', ':', '!', '?']) {
            return false;
        }
    }
    // One quoted word is a nickname or a scare quote ("Lyin'", "Disgusting"), not a title.
    n >= 2
}

/// Groups candidates into entities: full names first, then surnames and short forms that
/// point at one of them.
fn cluster(
    body: &str,
    candidates: Vec<Candidate>,
    in_quote: &dyn Fn(usize) -> bool,
) -> ArticleActors {
    let mut actors = ArticleActors::default();
    let mut key_of: Vec<Option<u32>> = vec![None; candidates.len()];
    let hosts = same::hosts(body, &candidates);

    // Pass 1: named entities with a clear identity (gazetteer names, full names, orgs).
    for (ci, c) in candidates.iter().enumerate() {
        if hosts[ci].is_some() {
            continue;
        }
        let strong = match c.kind {
            Kind::Person => c.name.contains(' '),
            Kind::Org | Kind::Place | Kind::Work | Kind::Product | Kind::Event => true,
            Kind::MaybePerson | Kind::Skip => false,
        };
        if strong {
            key_of[ci] = Some(actors.entity_for(c, c.kind, names::normalise(&c.name)));
        }
    }
    // An acronym and its expansion, a name and the longer one it is part of: one entity.
    for (ci, c) in candidates.iter().enumerate() {
        if let Some(e) = hosts[ci].and_then(|h| key_of[h]) {
            actors.add_form(&c.name, e);
            key_of[ci] = Some(e);
        }
    }
    // Pass 2: single names: the surname (or first name) of a person named in full, else a
    // person of their own when something marks them as one (a title, a speech verb).
    // Full names are normalised once here (this loop runs for every candidate).
    let full_names: Vec<(u32, String)> = actors
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == ActorType::Person && e.name.contains(' '))
        .map(|(i, e)| (i as u32, names::normalise(&e.name)))
        .collect();
    for (ci, c) in candidates.iter().enumerate() {
        if key_of[ci].is_some() {
            continue;
        }
        let key = names::normalise(&c.name);
        let by_part = full_names.iter().find(|(_, full)| {
            full.split(' ')
                .any(|w| w == key || key.ends_with(w) && key.contains(' '))
        });
        if let Some(&(e, _)) = by_part {
            actors.add_form(&c.name, e);
            key_of[ci] = Some(e);
        } else if let Some(&e) = actors.forms.get(&key) {
            key_of[ci] = Some(e);
        } else {
            // Not a form yet (looked up just above).
            let e = actors.entity_for(c, Kind::Person, key);
            actors.entities[e as usize].weak = !(c.kind == Kind::Person || c.cued);
            key_of[ci] = Some(e);
        }
    }
    for (ci, c) in candidates.iter().enumerate() {
        let Some(e) = key_of[ci] else { continue };
        let entity = &mut actors.entities[e as usize];
        entity.mentions += 1;
        if let Some(role) = &c.role {
            if !entity.roles.iter().any(|r| r == role) {
                entity.roles.push(role.clone());
            }
        }
        let surface = &body[c.span.start as usize..c.span.end as usize];
        if surface != entity.name && !entity.aliases.iter().any(|a| a == surface) {
            entity.aliases.push(surface.to_string());
        }
        actors.mentions.push(Mention {
            span: c.span,
            entity: e,
            in_quote: in_quote(c.span.start as usize),
        });
    }
    actors.mentions.sort_by_key(|m| m.span);
    actors
}

impl ArticleActors {
    /// The entity of candidate `c` taken as a `kind`, found by its normalised name `key` or
    /// made.
    fn entity_for(&mut self, c: &Candidate, kind: Kind, key: String) -> u32 {
        if let Some(&e) = self.forms.get(&key) {
            return e;
        }
        let kind = match kind {
            Kind::Org => ActorType::Org,
            Kind::Place => ActorType::Place,
            Kind::Work => ActorType::Work,
            Kind::Product => ActorType::Product,
            Kind::Event => ActorType::Event,
            Kind::Person | Kind::MaybePerson | Kind::Skip => ActorType::Person,
        };
        let e = self.entities.len() as u32;
        self.entities.push(LocalEntity {
            name: c.name.clone(),
            kind,
            aliases: Vec::new(),
            roles: Vec::new(),
            mentions: 0,
            weak: false,
        });
        // Not a form yet (looked up above).
        self.forms.insert(key, e);
        for key in c.alias_keys {
            if !self.forms.contains_key(key) {
                self.forms.insert(key.clone(), e);
            }
        }
        e
    }

    fn add_form(&mut self, form: &str, e: u32) {
        self.forms.entry(names::normalise(form)).or_insert(e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors(body: &str) -> ArticleActors {
        let paragraphs = crate::extract::test_paragraphs(body);
        let quotes = crate::extract::quotes::find(body, &paragraphs);
        find(body, &paragraphs, &quotes)
    }

    fn names_of(a: &ArticleActors, kind: ActorType) -> Vec<&str> {
        a.entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name.as_str())
            .collect()
    }

    #[test]
    fn people_with_titles_and_roles() {
        let a = actors(
            "Culture Secretary Nicky Morgan spoke. Conservative MP Bob Seely said no. \
             Former Tory leader Iain Duncan Smith agreed. Later Morgan left.",
        );
        assert_eq!(
            names_of(&a, ActorType::Person),
            ["Nicky Morgan", "Bob Seely", "Iain Duncan Smith"]
        );
        let morgan = &a.entities[a.resolve("Morgan").unwrap() as usize];
        assert_eq!(morgan.name, "Nicky Morgan");
        assert_eq!(morgan.mentions, 2);
        assert!(morgan.roles.contains(&"Culture Secretary".to_string()));
        assert!(names_of(&a, ActorType::Org).contains(&"Conservative Party"));
    }

    /// Offices that news writes capitalised before a name, with an organisation or not,
    /// and names the lexicon does not know; a run ending as a place does stays one.
    #[test]
    fn offices_before_names_are_roles() {
        let a = actors(
            "NASA Administrator Bill Nelson spoke. Treasurer Peter Costello agreed. On Monday, \
             Coast Guard Commandant Admiral Elson Hermogino left. He flew from Imam Khomeini \
             International Airport. Secretary-General Jens Stoltenberg met them. Shares in \
             General Motors fell. Mr Lane agreed. Mr Houston did not. The Toronto-shot \
             film and the Oxford-educated Marion Hale won.",
        );
        assert_eq!(
            names_of(&a, ActorType::Person),
            [
                "Bill Nelson",
                "Peter Costello",
                "Elson Hermogino",
                "Jens Stoltenberg",
                "Marion Hale",
                "Lane",
                "Houston"
            ]
        );
        let hermogino = &a.entities[a.resolve("Elson Hermogino").unwrap() as usize];
        assert!(
            hermogino
                .roles
                .contains(&"Coast Guard Commandant Admiral".to_string()),
            "{:?}",
            hermogino.roles
        );
        assert_eq!(
            names_of(&a, ActorType::Place),
            ["Imam Khomeini International Airport"]
        );
        // "General" is a title, but not in a company's name.
        assert!(names_of(&a, ActorType::Org).contains(&"General Motors"));
    }

    /// Lowercase particles inside a name, one or two in a row, and after a title; "of"
    /// still parts a person from where they are from, which is not a person.
    #[test]
    fn names_with_particles_stay_whole() {
        let a = actors(
            "European Commission President Ursula von der Leyen spoke. Ana de la Reguera \
             agreed, and goalkeeper Edwin van der Sar said no. Analyst Nick Van den Brul \
             laughed. Senator Bernie Sanders of Vermont left. Later von der Leyen left. \
             Analyst Jane Roe of Argus Research said so.",
        );
        let people = names_of(&a, ActorType::Person);
        for name in [
            "Ursula von der Leyen",
            "Ana de la Reguera",
            "Edwin van der Sar",
            "Nick Van den Brul",
            "Bernie Sanders",
        ] {
            assert!(people.contains(&name), "{name}: {people:?}");
        }
        assert!(
            people
                .iter()
                .all(|p| !p.contains("Vermont") && !p.contains("Commission")),
            "{people:?}"
        );
        assert!(names_of(&a, ActorType::Place).contains(&"Vermont"));
        // Where a person is "of" is not a second person, even before "said".
        assert!(people.contains(&"Jane Roe"), "{people:?}");
        assert!(names_of(&a, ActorType::Org).contains(&"Argus Research"));
    }

    /// After "the", a name is a team, a league or a company; a title still makes a person.
    #[test]
    fn names_after_the_are_not_people() {
        let a = actors(
            "He joined the Premiership and the United board met. The fans of the \
             Wolves cheered. The Reverend Jesse Jackson and the Prime Minister Boris Johnson spoke. \
             Vijay Goel, a member of the Rajya Sabha, said so. Crowds came for the Michael Jackson trial.",
        );
        let people = names_of(&a, ActorType::Person);
        // Two capitalised words after "the" are still no person ("the Rajya Sabha, said").
        for name in ["Premiership", "United", "Wolves", "Rajya Sabha"] {
            assert!(!people.contains(&name), "{name}: {people:?}");
        }
        // Unless a title or a first name says so.
        for name in [
            "Jesse Jackson",
            "Boris Johnson",
            "Vijay Goel",
            "Michael Jackson",
        ] {
            assert!(people.contains(&name), "{name}: {people:?}");
        }
    }

    #[test]
    fn surnames_and_titles_resolve_to_the_full_name() {
        let a = actors("President Trump spoke first. Donald Trump said more. Trump left.");
        assert_eq!(names_of(&a, ActorType::Person), ["Donald Trump"]);
        assert_eq!(a.entities[0].mentions, 3);
        assert_eq!(a.resolve("President Trump"), Some(0));
    }

    #[test]
    fn organisations_and_places() {
        let a = actors(
            "Huawei Technologies Co. was banned from the United Kingdom. The BBC and the \
             Home Office said Chinese spies were a risk to Britain and the Trump administration agreed.",
        );
        let orgs = names_of(&a, ActorType::Org);
        assert!(orgs.contains(&"Huawei"), "{orgs:?}");
        assert!(orgs.contains(&"BBC"));
        assert!(orgs.contains(&"Home Office"));
        assert!(orgs.contains(&"Trump administration"));
        let places = names_of(&a, ActorType::Place);
        assert_eq!(places, ["United Kingdom", "China"]);
        assert_eq!(
            a.entities[a.resolve("Britain").unwrap() as usize].name,
            "United Kingdom"
        );
    }

    #[test]
    fn sentence_initial_words_months_and_weekdays_are_not_actors() {
        let a = actors("However, on Monday in January the plan failed. Officials Said Nothing.");
        assert!(a.entities.is_empty(), "{:?}", a.entities);
    }

    #[test]
    fn laws_and_events_are_not_actors_and_cued_names_are_organisations() {
        let a = actors("The Freedom of Information Act applies at the World Cup in Qatar now. The telecom giant Zenvox said no.");
        assert!(
            a.entities
                .iter()
                .filter(|e| e.kind.is_agent())
                .all(|e| !e.name.contains("Act") && !e.name.contains("Cup")),
            "{:?}",
            a.entities
        );
        assert_eq!(names_of(&a, ActorType::Event), ["World Cup"]);
        assert_eq!(
            names_of(&a, ActorType::Work),
            ["Freedom of Information Act"]
        );
        let zenvox = &a.entities[a.resolve("Zenvox").unwrap() as usize];
        assert_eq!(zenvox.kind, ActorType::Org);
    }

    #[test]
    fn a_surname_that_is_a_month_still_resolves() {
        let a =
            actors("Guitarist Brian May will tour in May. May said the band was ready on May 5.");
        let may = &a.entities[a.resolve("Brian May").unwrap() as usize];
        assert_eq!(may.mentions, 2, "{:?}", a.entities);
    }

    #[test]
    fn places_by_their_last_word_and_titles_inside_long_names() {
        let a = actors("Police left the Revenue Tower in Hubei Province today. Hong Kong Chief Executive Carrie Lam spoke. Singer-songwriter Robert Hunter died.");
        assert_eq!(
            names_of(&a, ActorType::Person),
            ["Carrie Lam", "Robert Hunter"]
        );
        let lam = &a.entities[a.resolve("Carrie Lam").unwrap() as usize];
        assert_eq!(lam.roles, ["Hong Kong Chief Executive"]);
        assert!(names_of(&a, ActorType::Place).contains(&"Hubei Province"));
    }

    #[test]
    fn descriptions_gerunds_and_awards_are_not_names() {
        let a = actors("Tunisian-born Abdellatif Kechiche won the Foreign Language Oscar. Unclogging Beijing is hard, said Wang Yan.");
        assert_eq!(
            names_of(&a, ActorType::Person),
            ["Abdellatif Kechiche", "Wang Yan"]
        );
    }

    #[test]
    fn offices_with_of_are_roles() {
        let a = actors("The Director of National Intelligence John Ratcliffe said so. Secretary of State Corey Stapleton agreed.");
        assert_eq!(
            names_of(&a, ActorType::Person),
            ["John Ratcliffe", "Corey Stapleton"]
        );
    }

    /// Works by a noun before or after them, or quoted alone; products by a model number or
    /// a launch; events by their last word, alone too.
    #[test]
    fn works_products_and_events_are_typed_not_people() {
        let a = actors(
            "She starred in the film Quiet Harbour Nights with Tom Vale. The band played \
             \"Marla Quince's Lament\", a hit. The firm launched Glide Box last week and the \
             Zephyr 9 rocket flew. Kettle Street, the album, sold well. She won at the \
             Kelso Film Festival and the Olympiad.",
        );
        let people = names_of(&a, ActorType::Person);
        assert_eq!(people, ["Tom Vale"], "{:?}", a.entities);
        let works = names_of(&a, ActorType::Work);
        for w in ["Quiet Harbour Nights", "Marla Quince", "Kettle Street"] {
            assert!(works.contains(&w), "{w}: {works:?}");
        }
        assert_eq!(names_of(&a, ActorType::Product), ["Glide Box", "Zephyr"]);
        assert_eq!(
            names_of(&a, ActorType::Event),
            ["Kelso Film Festival", "Olympiad"]
        );
    }

    /// "Arsenal 2 Chelsea 1" is a score, "Channel 4" a numbered common word: no products.
    #[test]
    fn scores_and_numbered_common_words_are_not_products() {
        let b = actors(
            "The set ended with a version of Paper Moon. Critics liked high school comedy \
             Dale Vista. It runs Zeno OS, the Orbix operating system, and web browser Kite. \
             Tim Oyo lives in the Ruritanian capital Strelsau.",
        );
        assert_eq!(
            names_of(&b, ActorType::Person),
            ["Tim Oyo"],
            "{:?}",
            b.entities
        );
        assert_eq!(names_of(&b, ActorType::Work), ["Paper Moon", "Dale Vista"]);
        assert_eq!(names_of(&b, ActorType::Product), ["Zeno OS", "Kite"]);
        assert!(names_of(&b, ActorType::Place).contains(&"Strelsau"));
        let a = actors("Arsenal 2 Chelsea 1 was the score, said Jon Reyes on Channel 4 today.");
        assert!(
            names_of(&a, ActorType::Product).is_empty(),
            "{:?}",
            a.entities
        );
    }

    /// An acronym is its expansion, defined in brackets or by initials; a name cut out of a
    /// longer one is that one.
    #[test]
    fn acronyms_and_parts_join_the_full_name() {
        let a = actors(
            "The Monetary Policy Committee met. The MPC held rates. The Gale Wind Board \
             (GWX) agreed, and GWX staff left. Members of the Thai Lotus Rising Party met; \
             The Lotus Rising group left. A member of the Tunisian Parliament spoke to Parliament.",
        );
        let mpc = a.resolve("MPC").expect("MPC");
        assert_eq!(a.entities[mpc as usize].name, "Monetary Policy Committee");
        let gwx = a.resolve("GWX").expect("GWX");
        assert_eq!(a.entities[gwx as usize].name, "Gale Wind Board");
        let b =
            actors("Lena Morrow spoke. The Morrow Organization grew, Morrow said. Clay 2016 won.");
        let morrow = b.resolve("Morrow").expect("Morrow");
        assert_eq!(b.entities[morrow as usize].name, "Lena Morrow");
        assert!(
            names_of(&b, ActorType::Product).is_empty(),
            "a year is no model number"
        );
        let c = actors("The Obama administration agreed. Obama said so. The latest Reuters poll.");
        let obama = c.resolve("Obama").expect("Obama");
        assert_eq!(c.entities[obama as usize].kind, ActorType::Person);
        assert!(
            names_of(&c, ActorType::Product).is_empty(),
            "{:?}",
            c.entities
        );
        // A name before a common noun ("Trump administration") is someone's: alone, it is
        // not a part of that organisation.
        let d = actors("The Trump administration warned London. Johnson met Trump on Friday.");
        let trump = d.resolve("Trump").expect("Trump");
        assert_ne!(
            d.entities[trump as usize].name, "Trump administration",
            "{:?}",
            d.entities
        );
        let lotus = a.resolve("Lotus Rising").expect("Lotus Rising");
        assert_eq!(a.entities[lotus as usize].name, "Thai Lotus Rising Party");
        assert!(
            names_of(&a, ActorType::Person).is_empty(),
            "{:?}",
            a.entities
        );
    }

    /// A name never swallows an opening adverb or a hyphenated description, and a name
    /// before a place noun, ", <place>" or a family noun is no person.
    #[test]
    fn boundaries_and_place_cues() {
        let a = actors(
            "Meanwhile Labour left. Traditionally schools said no. A Janet Vane-style dress \
             and Orla-using kits sold. He lives in Arroyo Verde, California. The blast hit \
             Maidan Kor province. She joined the Chalermdej dynasty.",
        );
        let people = names_of(&a, ActorType::Person);
        assert!(people.is_empty(), "{people:?}");
        let places = names_of(&a, ActorType::Place);
        assert!(places.contains(&"Arroyo Verde"), "{places:?}");
        assert!(places.contains(&"Maidan Kor"), "{places:?}");
        assert!(a.entities.iter().all(|e| !e.name.contains("Meanwhile")));
        assert!(a.entities.iter().all(|e| !e.name.contains("Chalermdej")));
    }

    /// "The Atlantic reported": a name after a sentence-opening "The" is no person.
    #[test]
    fn a_name_after_an_opening_the_is_not_a_person() {
        let a = actors("The Wexford Ledger reported the plan. The Ledger said so.");
        assert!(
            names_of(&a, ActorType::Person).is_empty(),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn a_single_name_that_speaks_is_a_person() {
        let a = actors("Warman said the government was keen.");
        assert_eq!(names_of(&a, ActorType::Person), ["Warman"]);
    }
}
