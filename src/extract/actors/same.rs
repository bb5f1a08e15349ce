//! Two names in one article for one entity, told apart from the words alone: an acronym
//! and its expansion ("Monetary Policy Committee (MPC)", "GM" for "General Motors"), and a
//! name cut out of a longer one ("Raksa Chart" of "Thai Raksa Chart Party", "Parliament"
//! of "Tunisian Parliament").

use super::names::{normalise, Candidate, Kind};

/// An acronym: two to six capital letters (an ampersand between: "AT&T").
fn is_acronym(name: &str) -> bool {
    let letters = name.bytes().filter(u8::is_ascii_uppercase).count();
    (2..=6).contains(&letters) && name.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
}

/// The initials of a name's capitalised words: "Catholic Bishops' Conference of the
/// Philippines" → "CBCP", "Marsh & McLennan Companies" → "MMC".
pub(crate) fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// Whether `before` ends with words that give another name: "also called", "(also known
/// as", "formerly".
fn also_called(before: &str) -> bool {
    let before = before.trim_end();
    [
        "also called",
        "also known as",
        "known as",
        "formerly",
        "better known as",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// What decides whether a candidate is a part of a longer name: its name, its kind, and
/// whether it has no other name (alias) of its own.
type PartKey<'a> = (&'a str, Kind, bool);

/// "((WN))" in an interview that names Wikinews: a speaker label in double brackets that
/// shortens a one-word organisation the article names (its first letter, then the others
/// in order) stands for it.
fn label_for(body: &str, c: &Candidate, candidates: &[Candidate]) -> Option<usize> {
    let (start, end) = (c.span.start as usize, c.span.end as usize);
    let label = body[..start].ends_with("((") && body[end..].starts_with("))");
    if !label {
        return None;
    }
    let short = c.name.as_bytes();
    candidates.iter().position(|o| {
        let long = o.name.as_bytes();
        o.kind == Kind::Org
            && !o.name.contains(' ')
            && !is_acronym(&o.name)
            && long.len() >= short.len() + 3
            && long[0] == short[0]
            && {
                let mut rest = long[1..].iter().map(u8::to_ascii_uppercase);
                short[1..].iter().all(|&b| rest.any(|l| l == b))
            }
    })
}

/// "Born Robert Burns in Arroyo Grande, he took his stepfather's name": a name given as
/// someone's birth name is the person the article is about (the person it names most).
fn birth_name_of(body: &str, ci: usize, candidates: &[Candidate]) -> Option<usize> {
    let c = &candidates[ci];
    let before = body[..c.span.start as usize].trim_end();
    let born = ["Born", "born", "née", "né"].iter().any(|w| {
        before.ends_with(w)
            && !before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    });
    if !born || !matches!(c.kind, Kind::Person | Kind::MaybePerson) || !c.name.contains(' ') {
        return None;
    }
    let surname = |n: &str| n.rsplit(' ').next().unwrap_or(n).to_string();
    let own = surname(&c.name);
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for (i, o) in candidates.iter().enumerate() {
        if o.kind != Kind::Person && o.kind != Kind::MaybePerson || i == ci {
            continue;
        }
        let key = surname(&o.name);
        if key == own {
            continue;
        }
        match counts.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, n, first)) => {
                *n += 1;
                if o.name.len() > candidates[*first].name.len() {
                    *first = i;
                }
            }
            None => counts.push((key, 1, i)),
        }
    }
    let most = counts.iter().map(|(_, n, _)| *n).max()?;
    // Only when one person is named most.
    let mut top = counts.iter().filter(|(_, n, _)| *n == most);
    let (_, _, h) = top.next()?;
    top.next().is_none().then_some(*h)
}

/// For each candidate, the one whose entity it joins (`None`: its own), by index. Read in
/// this order: the long names of organisations and the names of people, then each
/// candidate as an acronym, another name of an organisation, a birth name or a part of a
/// longer name, then every other mention of a name that joined one.
pub(super) fn hosts(body: &str, candidates: &[Candidate]) -> Vec<Option<usize>> {
    let mut hosts = vec![None; candidates.len()];
    let long = long_org_names(candidates);
    if long.is_empty() {
        return hosts;
    }
    let people = people_names(candidates);
    // Acronyms defined so far, and what for: later uses of one mean the same.
    let mut defined_as: Vec<(&str, usize)> = Vec::new();
    let mut parts: Vec<(PartKey, Option<usize>)> = Vec::new();
    // The initials of the long names, found when the first acronym asks.
    let mut long_initials: Option<Vec<String>> = None;
    // Each long name once, for the parts: a name is mentioned many times.
    let distinct = distinct_names(&long);
    for (ci, c) in candidates.iter().enumerate() {
        if is_acronym(&c.name) {
            hosts[ci] = acronym_host(
                body,
                ci,
                candidates,
                &long,
                &mut defined_as,
                &mut long_initials,
            );
            continue;
        }
        if let Some(h) = another_name_of(body, ci, candidates, &hosts) {
            hosts[ci] = Some(h);
            continue;
        }
        if let Some(h) = birth_name_of(body, ci, candidates) {
            hosts[ci] = Some(h);
            continue;
        }
        // A part of a longer name: a single word or an organisation, not a known name.
        let part = matches!(c.kind, Kind::MaybePerson | Kind::Org);
        if !part {
            continue;
        }
        // A name is mentioned many times: what its words make of it is found once.
        let seen = (c.name.as_str(), c.kind, c.alias_keys.is_empty());
        hosts[ci] = match parts.iter().find(|(k, _)| *k == seen) {
            Some(&(_, h)) => h,
            None => {
                let h = part_of(c, &distinct, &people);
                parts.push((seen, h));
                h
            }
        };
    }
    join_other_mentions(candidates, &mut hosts);
    hosts
}

/// Multi-word names of organisations, by index, normalised and padded for whole-word
/// search.
fn long_org_names(candidates: &[Candidate]) -> Vec<(usize, String)> {
    candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == Kind::Org)
        .filter(|(_, c)| c.name.contains(' ') && !is_acronym(&c.name))
        // "Trump administration", "Obama campaign": a name before a common noun is
        // someone's, not a part of the organisation's name.
        .filter(|(_, c)| {
            c.name.split(' ').all(|w| {
                w.chars().next().is_none_or(|f| !f.is_lowercase())
                    || matches!(
                        w,
                        "of" | "the" | "and" | "for" | "de" | "du" | "des" | "la" | "le"
                    )
            })
        })
        .map(|(i, c)| (i, padded(&c.name)))
        .collect()
}

/// Each name of `long` once, at its last mention and in the order of the last mentions:
/// what [`part_of`] reads of all of them (its longest holder is the last of the longest,
/// which is the last mention of that name).
fn distinct_names(long: &[(usize, String)]) -> Vec<(usize, &str)> {
    let mut out: Vec<(usize, &str)> = Vec::with_capacity(long.len());
    for (h, name) in long.iter().rev() {
        if !out.iter().any(|&(_, n)| n == name) {
            out.push((*h, name));
        }
    }
    out.reverse();
    out
}

/// People's names, padded, each with whether only a verb marks it: a part of one is
/// theirs, not an organisation's ("Trump" of "Donald Trump", "President Obama" or "Obama
/// said", though the article names the "Obama administration"). But a single name only a
/// verb marks is a firm's ("Marsh said", of "Marsh & McLennan").
fn people_names(candidates: &[Candidate]) -> Vec<(String, bool)> {
    let mut names: Vec<(&str, bool)> = candidates
        .iter()
        .filter(|c| {
            c.kind == Kind::Person
                || (c.kind == Kind::MaybePerson && (c.cued || c.name.contains(' ')))
        })
        .map(|c| {
            let verb_only =
                c.kind == Kind::MaybePerson && c.role.is_none() && !c.name.contains(' ');
            (c.name.as_str(), verb_only)
        })
        .collect();
    // One entry per name: a name is mentioned many times, and each part is looked up in all.
    names.sort_unstable();
    names.dedup();
    names
        .into_iter()
        .map(|(name, verb_only)| (padded(name), verb_only))
        .collect()
}

/// The host of the acronym `candidates[ci]`: the name it was defined for earlier, the name
/// right before its brackets, a long name of its initials, or a label.
fn acronym_host<'a>(
    body: &str,
    ci: usize,
    candidates: &'a [Candidate],
    long: &[(usize, String)],
    defined_as: &mut Vec<(&'a str, usize)>,
    long_initials: &mut Option<Vec<String>>,
) -> Option<usize> {
    let c = &candidates[ci];
    if let Some(&(_, h)) = defined_as.iter().find(|(a, _)| *a == c.name) {
        return Some(h);
    }
    // "… Committee (MPC)": defined right after the name it stands for.
    let before = body[..c.span.start as usize].trim_end();
    let defined = ci
        .checked_sub(1)
        .filter(|&p| {
            before.ends_with('(')
                && before[..before.len() - 1].trim_end().len() == candidates[p].span.end as usize
        })
        .filter(|&p| !is_acronym(&candidates[p].name));
    if let Some(h) = defined {
        defined_as.push((&c.name, h));
    }
    defined.or_else(|| {
        // "MMC" of "Marsh & McLennan": the initials, and a company's "C".
        let acronym = c.name.replace('&', "");
        let initials = long_initials.get_or_insert_with(|| {
            long.iter()
                .map(|(h, _)| initials(&candidates[*h].name))
                .collect()
        });
        long.iter()
            .zip(initials.iter())
            .find(|(_, ini)| **ini == acronym || acronym.strip_suffix('C') == Some(ini.as_str()))
            .map(|((h, _), _)| *h)
            .or_else(|| label_for(body, c, candidates))
    })
}

/// The host of `candidates[ci]` if it is another name of the organisation named last
/// ("First Moscow University (FMU), also called Sechenov University"; not one in
/// brackets).
fn another_name_of(
    body: &str,
    ci: usize,
    candidates: &[Candidate],
    hosts: &[Option<usize>],
) -> Option<usize> {
    let c = &candidates[ci];
    if c.kind == Kind::Org && also_called(&body[..c.span.start as usize]) {
        let named = (0..ci).rev().find(|&p| {
            let o = &candidates[p];
            o.kind == Kind::Org
                && o.name.contains(' ')
                && !body[..o.span.start as usize].ends_with('(')
        });
        if let Some(p) = named {
            return Some(hosts[p].unwrap_or(p));
        }
    }
    None
}

/// Every other mention of a name that joined one joins it too ("Sechenov University"
/// before it was given as another name).
fn join_other_mentions(candidates: &[Candidate], hosts: &mut [Option<usize>]) {
    let joined: Vec<(&str, usize)> = hosts
        .iter()
        .enumerate()
        .filter_map(|(ci, h)| h.map(|h| (candidates[ci].name.as_str(), h)))
        .collect();
    if !joined.is_empty() {
        for (ci, c) in candidates.iter().enumerate() {
            if hosts[ci].is_none() && c.kind != Kind::Person {
                hosts[ci] = joined
                    .iter()
                    .find(|&&(name, h)| name == c.name && h != ci)
                    .map(|&(_, h)| h);
            }
        }
    }
}

/// A name [`normalise`]d between two spaces, for whole-word search: `format!(" {} ",
/// normalise(name))` without the formatting machinery, which cost more than the rest.
pub(super) fn padded(name: &str) -> String {
    let key = normalise(name);
    let mut padded = String::with_capacity(key.len() + 2);
    padded.push(' ');
    padded.push_str(&key);
    padded.push(' ');
    padded
}

/// The longer name `c` is a part of, if one holds it: a single word or an organisation,
/// not a known name, nor a part of a person's name.
fn part_of(c: &Candidate, long: &[(usize, &str)], people: &[(String, bool)]) -> Option<usize> {
    let key = padded(&c.name);
    // A known institution by its one word ("Parliament", "Senate") is the longer one
    // the article ends with it ("the Tunisian Parliament").
    let institution = c.kind == Kind::Org
        && !c.name.contains(' ')
        && long.iter().any(|(_, name)| name.ends_with(&key));
    if !c.alias_keys.is_empty() && !institution {
        return None;
    }
    let firm = long
        .iter()
        .any(|(_, name)| name.starts_with(&key) && name.contains(" & "));
    if people
        .iter()
        .any(|(p, verb_only)| contains(p, &key) && !(firm && *verb_only))
    {
        return None;
    }
    // Only when one longer name holds it ("Marvel" of "Marvel Studios" and of "Marvel
    // Universe" is neither); a longer name is never the candidate's own.
    let holders = || {
        long.iter()
            .filter(|(_, name)| name.len() > key.len() && contains(name, &key))
    };
    let longest = holders().max_by_key(|(_, name)| name.len());
    longest
        .filter(|(_, name)| holders().all(|(_, other)| contains(name, other.trim())))
        .map(|(h, _)| *h)
}

/// `hay.contains(needle)`, for the short names compared here: the bytes are compared only
/// where the needle's first two bytes stand (a padded key's space and first letter),
/// without the setup of a general substring search, which cost more than the search.
fn contains(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let [a, b, ..] = *n else {
        return hay.contains(needle);
    };
    h.len() >= n.len()
        && (0..=h.len() - n.len()).any(|i| h[i] == a && h[i + 1] == b && &h[i..i + n.len()] == n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_padded_name_is_the_normalised_name_between_spaces() {
        for name in ["The  O’Neil\u{a0}Group", "Erdoğan", "BBC", ""] {
            assert_eq!(padded(name), format!(" {} ", normalise(name)), "{name:?}");
        }
        assert_eq!(padded("Bank of England"), " bank of england ");
    }

    /// Each name once, with the index of its last mention, in the order of last mentions:
    /// the longest holder read over them is the one read over every mention.
    #[test]
    fn distinct_names_keep_each_names_last_mention() {
        let long: Vec<(usize, String)> = [(1, " a b "), (3, " c d "), (4, " a b "), (7, " e f ")]
            .iter()
            .map(|&(h, n)| (h, n.to_string()))
            .collect();
        let d = distinct_names(&long);
        assert_eq!(d, vec![(3, " c d "), (4, " a b "), (7, " e f ")]);
        let last_longest = long.iter().max_by_key(|(_, n)| n.len()).map(|(h, _)| *h);
        assert_eq!(
            d.iter().max_by_key(|(_, n)| n.len()).map(|(h, _)| *h),
            last_longest
        );
    }

    proptest::proptest! {
        #[test]
        fn contains_is_str_contains(
            hay in "[ abé&]{0,24}",
            needle in "[ abé&]{0,6}",
        ) {
            proptest::prop_assert_eq!(contains(&hay, &needle), hay.contains(&needle));
        }
    }

    #[test]
    fn contains_finds_padded_keys() {
        assert!(contains(" bank of england ", " england "));
        assert!(contains(" bank of england ", " bank of england "));
        assert!(!contains(" bank of england ", " eng "));
        assert!(!contains(" ab ", " abc "));
        assert!(contains("x", "") && contains("ab", "b") && !contains("a", "b"));
    }

    #[test]
    fn initials_skip_small_words_and_ampersands() {
        assert_eq!(
            initials("Catholic Bishops' Conference of the Philippines"),
            "CBCP"
        );
        assert_eq!(initials("Marsh & McLennan Companies"), "MMC");
        assert!(is_acronym("AT&T") && is_acronym("MPC") && !is_acronym("Ofcom"));
    }

    /// The name candidates of `body` read as one paragraph.
    fn candidates_of(body: &str) -> Vec<Candidate> {
        use crate::extract::actors::names::candidates;
        use crate::extract::tokens::tokenize;
        let (mut out, mut seen) = (Vec::new(), Vec::new());
        let _ = candidates(
            body,
            &tokenize(body, 0, body.len()),
            false,
            &mut seen,
            &mut out,
        );
        out
    }

    #[test]
    fn a_birth_name_is_the_person_named_most() {
        let body = "Singer Mary Vance died on Monday. Born Mary Stubbs in Leeds, she took \
                    her aunt's name. Vance recorded nine albums with Tom Bell. Vance said \
                    little of it.";
        let out = candidates_of(body);
        let find = |n: &str| out.iter().position(|c| c.name == n);
        let stubbs = find("Mary Stubbs").expect("Mary Stubbs");
        let host = birth_name_of(body, stubbs, &out).map(|h| out[h].name.as_str());
        assert_eq!(host, Some("Mary Vance"));
        let bell = find("Tom Bell").expect("Tom Bell");
        assert_eq!(birth_name_of(body, bell, &out), None);
    }

    #[test]
    fn a_bracketed_label_shortening_an_organisation_is_it() {
        let body = "Jane Roe spoke with Greenpeace about the plan.\n\n((GP)) Why now? \
                    ((BBC)) An aside.";
        let out = candidates_of(body);
        let find = |n: &str| out.iter().position(|c| c.name == n);
        let (gp, bbc) = (find("GP").expect("GP"), find("BBC").expect("BBC"));
        let greenpeace = find("Greenpeace").expect("Greenpeace");
        assert_eq!(label_for(body, &out[gp], &out), Some(greenpeace));
        // Not a shortening of any organisation named here.
        assert_eq!(label_for(body, &out[bbc], &out), None);
    }
}
