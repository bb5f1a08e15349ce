//! Things a capitalised run may name that are not actors: works (films, songs, books,
//! shows, reports, laws), products and events. They are kept and typed, and never speak.
//! Each is told by closed word lists and the words around the run, never by known names.

use super::words::{class, Words};
use super::{Candidate, Kind};
use crate::extract::lexicon::FoldedMap;

/// What a name ending in `last` (lower case, a word of `non_actor_suffixes`) names: an
/// event ("World Cup", "Brit Awards"), a work ("Freedom of Information Act", "Blue
/// Album"), or nothing kept (`None`: "Premier League", "Fashion Month").
pub(super) fn by_last_word(last: &str) -> Option<Kind> {
    match last {
        "championship" | "championships" | "cup" | "award" | "awards" | "prize" | "festival"
        | "olympics" | "games" | "tour" | "trophy" | "marathon" | "open" | "oscar" | "oscars"
        | "bafta" | "baftas" | "grammy" | "grammys" | "emmy" | "emmys" | "globe" | "globes"
        | "election" | "elections" | "referendum" | "summit" | "war" | "wars" | "day" | "week"
        | "olympiad" | "expo" | "convention" | "lecture" | "concert" | "gala" | "ceremony" => {
            Some(Kind::Event)
        }
        "act" | "bill" | "law" | "treaty" | "agreement" | "accord" | "accords" | "show"
        | "album" | "film" | "movie" | "novel" | "song" | "series" | "report" | "strategy"
        | "plan" | "budget" => Some(Kind::Work),
        _ => None,
    }
}

/// Nouns that, right before a title, say it is a work: "the film Reservoir Dogs".
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "song",
    "single",
    "album",
    "book",
    "novel",
    "show",
    "series",
    "sitcom",
    "game",
    "documentary",
    "musical",
    "opera",
    "programme",
    "program",
    "report",
    "track",
    "memoir",
    "biopic",
    "drama",
    "thriller",
    "comedy",
    "ballad",
    "anthem",
    "blockbuster",
    "sequel",
    "remake",
    "soundtrack",
    "poem",
    "painting",
];

/// Work nouns that are never verbs: no determiner needed before them ("high school comedy
/// Napoleon Dynamite").
const GENRES: &[&str] = &[
    "film",
    "movie",
    "album",
    "novel",
    "sitcom",
    "documentary",
    "musical",
    "biopic",
    "memoir",
    "drama",
    "thriller",
    "comedy",
    "ballad",
    "blockbuster",
    "sequel",
    "soundtrack",
    "opera",
];

/// Nouns before "of" that introduce a work: "a rousing version of Hey Jude".
const OF_WORK: &[&str] = &[
    "version",
    "cover",
    "rendition",
    "remake",
    "premiere",
    "screening",
    "adaptation",
    "performance",
    "sequel",
    "author",
    "director",
    "producer",
    "composer",
    "episode",
];

/// Nouns right before a product's name ("web browser Safari") or in an apposition after it
/// ("Mac OS X, the Apple operating system").
const PRODUCT_NOUNS: &[&str] = &[
    "software",
    "system",
    "browser",
    "console",
    "handset",
    "smartphone",
    "phone",
    "laptop",
    "computer",
    "tablet",
    "app",
    "application",
    "processor",
    "chip",
    "gadget",
    "device",
    "player",
    "camera",
    "jet",
    "aircraft",
    "rocket",
    "drug",
    "vaccine",
];

/// Nouns right before a place's name: "the Cameroon capital Yaounde".
const PLACE_BEFORE: &[&str] = &[
    "capital", "city", "town", "village", "port", "province", "region", "district", "suburb",
];

/// Verbs after which "in"/"of" introduces a work: "starring in Napoleon Dynamite".
const ROLE_IN_WORK: &[&str] = &[
    "starring",
    "starred",
    "stars",
    "star",
    "appeared",
    "appearing",
    "appears",
    "role",
    "roles",
    "cast",
];

/// Verbs before a product's name: "Apple launched Garage Band".
const PRODUCT_VERBS: &[&str] = &[
    "launched",
    "launches",
    "launch",
    "launching",
    "unveiled",
    "unveils",
    "unveiling",
];

/// What the words before the run `tokens[k..]` say it names, if anything: a work after a
/// work noun ("the film Reservoir Dogs", "the album Hey Jude") or "starring in"; a product
/// after "launched" or "unveiled" (not after "the latest": "the latest Reuters poll").
pub(super) fn cue_before(words: &Words, k: usize) -> Option<Kind> {
    let tokens = words.tokens;
    let joined = |a: usize| super::adjacent(words.body, &tokens[a], &tokens[a + 1]);
    let prev = k.checked_sub(1).filter(|&p| joined(p))?;
    if tokens[prev].is_capitalised(words.body) {
        return None;
    }
    noun_cue(words, prev).or_else(|| work_past_preposition(words, prev))
}

/// Words before "player" that make it a device ("DVD player", "media player").
const DEVICE_PLAYERS: &[&str] = &[
    "dvd", "cd", "mp3", "media", "music", "video", "audio", "portable", "digital", "flash", "disc",
    "disk", "record", "cassette", "tape", "blu-ray", "hd", "hi-fi",
];

/// Whether the word at `prev` is "player" after a word of what a person plays ("keyboard
/// player Ann Lee", "tennis player", "England player"): a person, not a device.
fn plays(words: &Words, prev: usize) -> bool {
    words.is_word(prev, &["player"])
        && prev.checked_sub(1).is_some_and(|m| {
            let t = &words.tokens[m];
            super::adjacent(words.body, t, &words.tokens[prev])
                && t.text(words.body).chars().all(char::is_alphabetic)
                && !words.is_word(m, DEVICE_PLAYERS)
        })
}

/// What the lower-case word at `prev`, right before a run, says it names by its class: a
/// genre or a determined work noun, a product noun or verb, a place noun.
fn noun_cue(words: &Words, prev: usize) -> Option<Kind> {
    let c = noun_class(words, prev);
    // A noun, not a verb ("to report Smith's"): a determiner within three words before it
    // ("the film", "his 1994 film", "their new album").
    let determined = || {
        (prev.saturating_sub(3)..prev).any(|d| {
            words.is_word(
                d,
                &[
                    "the", "a", "an", "his", "her", "their", "its", "new", "latest", "hit",
                ],
            )
        })
    };
    if c & noun::GENRE != 0 || (c & noun::WORK != 0 && determined()) {
        return Some(Kind::Work);
    }
    if c & noun::PRODUCT != 0 && !words.is_word(prev, &["system"]) && !plays(words, prev) {
        return Some(Kind::Product);
    }
    if c & noun::PLACE_BEFORE != 0 {
        return Some(Kind::Place);
    }
    if c & noun::PRODUCT_VERB != 0 {
        return Some(Kind::Product);
    }
    None
}

/// "starring in", "a version of": a work named after "in" or "of" that a word before it
/// calls one (not "the role of", not a firm's "managing director of").
fn work_past_preposition(words: &Words, prev: usize) -> Option<Kind> {
    let tokens = words.tokens;
    let joined = |a: usize| super::adjacent(words.body, &tokens[a], &tokens[a + 1]);
    // "starring in", "a version of": only "in" and "of" go on to the word before them.
    let of = words.is_word(prev, &["of"]);
    if !of && !words.is_word(prev, &["in"]) {
        return None;
    }
    let before = prev.checked_sub(1).filter(|&p| joined(p));
    let before_class = before.map_or(0, |p| noun_class(words, p));
    // "the role of the Senate", "the role of Obama's popularity": a role *of* names who
    // plays it, not a work; "starring in" and "a role in" do.
    let role_of = of && before.is_some_and(|p| words.is_word(p, &["role", "roles"]));
    // "managing director of Acme Visions": a firm's officer, not a film's.
    let officer_of = || {
        before.is_some_and(|p| {
            words.is_word(p, &["director"])
                && p.checked_sub(1).is_some_and(|q| {
                    words.is_word(
                        q,
                        &[
                            "managing",
                            "executive",
                            "finance",
                            "financial",
                            "sales",
                            "general",
                            "technical",
                            "marketing",
                            "commercial",
                            "operations",
                        ],
                    )
                })
        })
    };
    if (before_class & noun::ROLE_IN_WORK != 0 && !role_of)
        || (of && before_class & noun::OF_WORK != 0 && !officer_of())
    {
        return Some(Kind::Work);
    }
    None
}

/// "Reservoir Dogs, the film": a work noun in an apposition right after the run.
pub(super) fn cue_after(words: &Words, j: usize) -> Option<Kind> {
    let tokens = words.tokens;
    let (the, noun) = (tokens.get(j)?, tokens.get(j + 1)?);
    let gap = &words.body[tokens[j - 1].end..the.start];
    let apposed = gap == ", " && words.is_word(j, &["the", "a", "his", "her", "their"]);
    if !apposed || noun.start <= the.end {
        return None;
    }
    // "Ann Lee, the show's chief planner": a noun with a possessive owns the head noun
    // after it; the apposition names what the run is by that head, not by it.
    if !noun.possessive && noun_class(words, j + 1) & noun::WORK != 0 {
        return Some(Kind::Work);
    }
    // "Racing Academy, a multiplayer car racing game,": the noun phrase ends in a work
    // noun (not "a film director", not "a fan of the show").
    let mut last = j + 1;
    while last + 1 < tokens.len()
        && last < j + 6
        && !tokens[last + 1].is_capitalised(words.body)
        && super::adjacent(words.body, &tokens[last], &tokens[last + 1])
    {
        last += 1;
    }
    let plain = (j + 1..=last).all(|t| {
        !tokens[t].is_capitalised(words.body)
            && !words.is_word(
                t,
                &[
                    "of", "in", "with", "for", "about", "from", "on", "at", "and", "to",
                ],
            )
    });
    if last > j + 1 && plain && noun_class(words, last) & noun::WORK != 0 {
        return Some(Kind::Work);
    }
    // "Mac OS X, the Apple operating system": a product noun among the next three words.
    (j + 1..(j + 4).min(tokens.len()))
        .any(|t| !tokens[t].is_capitalised(words.body) && noun_class(words, t) & noun::PRODUCT != 0)
        .then_some(Kind::Product)
}

/// "Shake Hands With The Devil", "Dancing Into The Dark": a capitalised preposition and
/// article inside a run of capitalised words make it a title.
pub(super) fn titled_preposition(words: &Words, (k, j): (usize, usize)) -> bool {
    let tokens = words.tokens;
    j >= k + 4
        && (k + 1..j - 2).any(|t| {
            tokens[t].is_capitalised(words.body)
                && tokens[t + 1].is_capitalised(words.body)
                && words.is_word(t, &["with", "without", "into", "from", "against"])
                && words.is_word(t + 1, &["the", "a", "an"])
        })
}

/// "Black Eyed Peas singer Ann Lee": a run of capitalised words opening with a common
/// word, none of the others common, right before a role noun and a name, names who the
/// person works or plays for.
pub(super) fn named_before_role(words: &Words, (k, j): (usize, usize)) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let (Some(role), Some(name)) = (tokens.get(j), tokens.get(j + 1)) else {
        return false;
    };
    // The role and the name first: they rule out nearly every run.
    if j < k + 3
        || !super::adjacent(body, &tokens[j - 1], role)
        || role.is_capitalised(body)
        || !words.is(j, class::ROLE_NOUN)
        || !super::adjacent(body, role, name)
        || !name.is_capitalised(body)
    {
        return false;
    }
    // Not a word that only opens the sentence ("But Lib Dem leader …", "In May Tory …").
    let opener = words.is(k, class::STOP)
        || words.is_word(
            k,
            &[
                "but", "and", "or", "on", "in", "at", "as", "for", "with", "after", "before", "by",
                "from", "so", "yet", "since", "when", "while", "if", "then", "now", "last",
            ],
        );
    !opener
        && (k + 1..j).all(|t| {
            !words.is(
                t,
                class::COMMON | class::TITLE | class::FIRST_NAME | class::ORG_WORD,
            ) && !words.is_word(t, &crate::text::meta::WEEKDAYS)
        })
}

/// A model number right after the run, or ending it: "Falcon 9", "PowerMac G4" — a
/// product. Not a score ("Arsenal 2 Chelsea 1", "2-1"), a year, or a numbered common thing
/// ("Channel 4", "Section 8").
pub(super) fn model_number(words: &Words, (k, j): (usize, usize)) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let code = |t: usize| {
        let w = tokens[t].text(body);
        let digits = w.bytes().filter(u8::is_ascii_digit).count();
        // Not a year ("Clinton 2016" is a campaign): three digits at most.
        let year_like = digits == 4 && w.len() == 4;
        digits > 0 && w.len() <= 4 && !year_like && w.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    // The number then a noun ("Falcon 9 rocket"), not a share or a date ("Johnson 9
    // percent", "October 5").
    let after = tokens.get(j).is_some_and(|n| {
        super::adjacent(body, &tokens[j - 1], n)
            && code(j)
            && body[n.end..].starts_with(' ')
            && tokens.get(j + 1).is_some_and(|m| {
                !m.is_capitalised(body)
                    && super::adjacent(body, n, m)
                    && !words.is_word(
                        j + 1,
                        &[
                            "percent", "per", "points", "point", "to", "of", "and", "or", "in",
                            "on", "at", "for", "votes", "seats", "years",
                        ],
                    )
            })
    });
    let ends = j - k >= 2
        && code(j - 1)
        && tokens[j - 1]
            .text(body)
            .bytes()
            .any(|b| b.is_ascii_alphabetic());
    // "Arsenal 2 Chelsea 1": a score, both sides.
    let score = k > 0 && tokens[k - 1].text(body).bytes().all(|b| b.is_ascii_digit());
    (after || ends)
        && !score
        && !words.is(
            k,
            class::COMMON | class::TITLE | class::FIRST_NAME | class::STOP,
        )
        && !(k..j).any(|t| words.is(t, class::ORG_WORD))
}

/// "Harbour TV", "Coast FM": a run ending (before `j`) in TV, FM or Radio is a channel
/// or a station, never a person; before "show", "series" or "comeback", its programme.
/// A run ending in "Music" or "R&B" is a label or a band ("Harbour Music", "Coast R&B"):
/// as a run's last word only ("Music Awards" is an event, "Sound of Music" a work).
pub(super) fn channel(words: &Words, j: usize) -> Option<Kind> {
    let (body, tokens) = (words.body, words.tokens);
    match tokens[j - 1].bytes(body) {
        b"TV" | b"FM" | b"Radio" => {}
        b"Music" | b"R&B" => return Some(Kind::Org),
        _ => return None,
    }
    let programme = tokens.get(j).is_some_and(|n| {
        super::adjacent(body, &tokens[j - 1], n)
            && matches!(
                n.bytes(body),
                b"show" | b"series" | b"programme" | b"drama" | b"special" | b"comeback"
            )
    });
    Some(if programme { Kind::Work } else { Kind::Org })
}

/// "Orbix OS", "Zeno OSX": an operating system's abbreviation after a run's first word
/// makes the run that system, a product.
pub(super) fn system_name(words: &Words, (k, j): (usize, usize)) -> bool {
    j >= k + 2
        && words.tokens[k + 1..j]
            .iter()
            .any(|t| matches!(t.bytes(words.body), b"OS" | b"OSX"))
}

/// Nouns after a name that say it is a place: "Maidan Wardak province", "the Dagestan
/// village".
const PLACE_NOUNS: &[&str] = &[
    "province",
    "village",
    "town",
    "city",
    "region",
    "district",
    "county",
    "valley",
    "river",
    "island",
    "islands",
    "oblast",
    "prefecture",
    "municipality",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "township",
    "governorate",
];

/// Nouns after a name that say it names a family, not an actor: "the Shinawatra family".
const KIN_NOUNS: &[&str] = &["family", "families", "dynasty", "clan", "household"];

/// Retypes the candidates `out` of the run `tokens[i..j]` by the noun right after it: a
/// place ("Maidan Wardak province"), or no actor at all ("the Chakri dynasty"). People
/// with a title and known names keep their type.
pub(super) fn by_noun_after(words: &Words, (i, j): (usize, usize), out: &mut [Candidate]) {
    let tokens = words.tokens;
    let Some(next) = tokens.get(j) else { return };
    if next.is_capitalised(words.body) || !super::adjacent(words.body, &tokens[j - 1], next) {
        return;
    }
    let c = noun_class(words, j);
    let place = c & noun::PLACE_AFTER != 0;
    if !place && c & noun::KIN == 0 {
        return;
    }
    for c in out {
        let last =
            c.span.end as usize == tokens[j - 1].end && c.span.start as usize >= tokens[i].start;
        let unknown = c.alias_keys.is_empty() && c.role.is_none();
        if last && unknown && matches!(c.kind, Kind::Person | Kind::MaybePerson | Kind::Org) {
            c.kind = if place { Kind::Place } else { Kind::Skip };
        }
    }
}

/// The word lists above as bits of one mask, so a word is looked up once, not compared
/// with every list in turn.
mod noun {
    pub const WORK: u16 = 1;
    pub const GENRE: u16 = 1 << 1;
    pub const OF_WORK: u16 = 1 << 2;
    pub const PRODUCT: u16 = 1 << 3;
    pub const PLACE_BEFORE: u16 = 1 << 4;
    pub const PRODUCT_VERB: u16 = 1 << 5;
    pub const ROLE_IN_WORK: u16 = 1 << 6;
    pub const PLACE_AFTER: u16 = 1 << 7;
    pub const KIN: u16 = 1 << 8;
}

/// Each list with its bit.
const NOUN_LISTS: [(&[&str], u16); 9] = [
    (WORK_NOUNS, noun::WORK),
    (GENRES, noun::GENRE),
    (OF_WORK, noun::OF_WORK),
    (PRODUCT_NOUNS, noun::PRODUCT),
    (PLACE_BEFORE, noun::PLACE_BEFORE),
    (PRODUCT_VERBS, noun::PRODUCT_VERB),
    (ROLE_IN_WORK, noun::ROLE_IN_WORK),
    (PLACE_NOUNS, noun::PLACE_AFTER),
    (KIN_NOUNS, noun::KIN),
];

/// The lists a word (in any case) is in.
fn nouns() -> &'static FoldedMap<u16> {
    static NOUNS: std::sync::OnceLock<FoldedMap<u16>> = std::sync::OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut map = FoldedMap::default();
        for (list, bit) in NOUN_LISTS {
            for w in list {
                map.add(w, bit);
            }
        }
        map
    })
}

/// The lists token `i` is in, as [`Words::lower`] makes it (every listed word is plain
/// lower-case ASCII): looked up case-folded from its bytes when it is ASCII.
fn noun_class(words: &Words, i: usize) -> u16 {
    let t = &words.tokens[i];
    let map = nouns();
    map.get_ascii_in(words.body, t.start, t.end)
        .unwrap_or_else(|| map.get_lower(&words.lower(i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_words_sort_events_works_and_the_rest() {
        assert_eq!(by_last_word("cup"), Some(Kind::Event));
        assert_eq!(by_last_word("awards"), Some(Kind::Event));
        assert_eq!(by_last_word("lecture"), Some(Kind::Event));
        assert_eq!(by_last_word("act"), Some(Kind::Work));
        assert_eq!(by_last_word("album"), Some(Kind::Work));
        assert_eq!(by_last_word("league"), None);
    }

    /// A word's bits are the lists it is in, whatever its case.
    #[test]
    fn a_noun_class_is_the_lists_the_word_is_in() {
        let all = NOUN_LISTS.iter().flat_map(|(list, _)| list.iter().copied());
        for w in all.chain(["kin", "films", "of", "in", "the"]) {
            let want = NOUN_LISTS
                .iter()
                .filter(|(list, _)| list.contains(&w))
                .fold(0, |m, (_, bit)| m | bit);
            let title = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            for form in [w.to_string(), w.to_uppercase(), title] {
                assert_eq!(nouns().get(&form), want, "{form}");
            }
        }
    }
}
