//! Organisations: names that go on across links, bodies and parties in lower case, lists
//! and products typed by their neighbours, short names and nicknames joined, trade words.

use super::*;

/// An organisation's name goes on across a possessive, "of the", "and … Tribes" and an
/// ampersand; a "The" written before it is kept as an alias.
#[test]
fn organisation_names_go_on_across_links() {
    let a = actors(
        "Members of the Ruritanian Farmers' Union met. The Welsh Bishops' Conference of the \
         Hebrides spoke. The Data Protection Commissioner's Office said no. The Directorate \
         for Coastal Safety agreed, and the Gazette of the North ran it. The Assiniboine and \
         Sioux Tribes sued, and the Kuwait Ministries of Trade and Finance did too. Shares in \
         Fenwick & Daughters rose. It was claimed by the Islamic State of Iraq and the Levant. She \
         wrote to The Wexford Times.",
    );
    for name in [
        "Ruritanian Farmers' Union",
        "Welsh Bishops' Conference of the Hebrides",
        "Data Protection Commissioner's Office",
        "Directorate for Coastal Safety",
        "Gazette of the North",
        "Assiniboine and Sioux Tribes",
        "Kuwait Ministries of Trade and Finance",
        "Fenwick & Daughters",
        "Islamic State",
        "Wexford Times",
    ] {
        assert!(has(&a, ActorType::Org, name), "{name}: {:?}", a.entities);
    }
    assert!(
        names_of(&a, ActorType::Person).is_empty(),
        "{:?}",
        a.entities
    );
    let isil = &a.entities[a.resolve("Islamic State").unwrap() as usize];
    assert!(isil
        .aliases
        .contains(&"Islamic State of Iraq and the Levant".to_string()));
    let times = &a.entities[a.resolve("Wexford Times").unwrap() as usize];
    assert_eq!(times.aliases, ["The Wexford Times"]);
}

/// Local bodies in lower case, a party in lower case, an outlet's channel.
#[test]
fn local_bodies_parties_and_channels_are_organisations() {
    let a = actors(
        "Tom Hale, of the Kor Valley provincial council, said so. The Dunmore diocese agreed. \
         The Lotus Rising party met; the Thai Lotus Rising Party won. Jones told BBC Sport: \
         \"We won.\"",
    );
    for name in [
        "Kor Valley provincial council",
        "Dunmore diocese",
        "Thai Lotus Rising Party",
        "BBC Sport",
    ] {
        assert!(has(&a, ActorType::Org, name), "{name}: {:?}", a.entities);
    }
    let lotus = a.resolve("Lotus Rising").expect("Lotus Rising");
    assert_eq!(a.entities[lotus as usize].name, "Thai Lotus Rising Party");
    assert!(!has(&a, ActorType::Person, "Lotus Rising"));
}

/// Single names listed with an organisation or after "firms such as" are organisations; a
/// maker's name plus "s" is its products; in a sports report a country that plays is its
/// team, and a city that is only where is a place.
#[test]
fn neighbours_type_lists_products_and_teams() {
    let a = actors(
        "Makers, including Ardent, Bexco and Corvel, cut jobs. It competes with BMW, Tarvo \
         and Quennel. Tarka sells well, and Tarka Motors is building Tarkas now.",
    );
    for name in ["Ardent", "Bexco", "Corvel", "Tarvo", "Quennel"] {
        let orgs = names_of(&a, ActorType::Org);
        assert!(orgs.contains(&name), "{name}: {:?}", a.entities);
    }
    assert!(
        a.entities.iter().all(|e| e.name != "Tarkas"),
        "{:?}",
        a.entities
    );
    let b = actors(
        "The captain said Wales beat France in the championship match. The coach said the \
         squad will travel to Edinburgh to face Scotland, and the tries came late.",
    );
    let orgs = names_of(&b, ActorType::Org);
    for name in ["Wales", "France", "Scotland"] {
        assert!(orgs.contains(&name), "{name}: {:?}", b.entities);
    }
    assert_eq!(names_of(&b, ActorType::Place), ["Edinburgh"]);
    // Not in a report on anything else.
    let c = actors("Wales and France agreed a treaty on fishing.");
    assert_eq!(names_of(&c, ActorType::Place), ["Wales", "France"]);
}

/// A firm's short name and its initials with a company's "C", another name given with
/// "also called", an institution by its one word, a nickname from a first name: one entity.
#[test]
fn short_names_nicknames_and_other_names_join() {
    let a = actors(
        "Shares in broker Vell & Ortmann fell. Vell said the year was hard. \"It was VOC's \
         worst year,\" a trader said. The Kestrel State University (KSU), also called Ardov \
         University, grew. A member of the Tunisian Parliament spoke to Parliament. Director \
         Jonathan Pell said so. \"Jon was kind,\" she said.",
    );
    let firm = a.resolve("Vell & Ortmann").expect("Vell & Ortmann");
    assert_eq!(a.resolve("Vell"), Some(firm), "{:?}", a.entities);
    assert_eq!(a.resolve("VOC"), Some(firm), "{:?}", a.entities);
    let kestrel = a.resolve("Kestrel State University").expect("Kestrel");
    assert_eq!(
        a.resolve("Ardov University"),
        Some(kestrel),
        "{:?}",
        a.entities
    );
    let parliament = a
        .resolve("Tunisian Parliament")
        .expect("Tunisian Parliament");
    assert_eq!(a.resolve("Parliament"), Some(parliament));
    let pell = a.resolve("Jonathan Pell").expect("Jonathan Pell");
    assert_eq!(a.resolve("Jon"), Some(pell), "{:?}", a.entities);
}

/// A business named by a word of its trade ("Strategies", "Coal", "Mining") is an
/// organisation, so no "she" can mean it.
#[test]
fn trade_words_make_organisations() {
    let a = actors(
        "Lena Moss founded Bluewater Strategies in 2010. Later she bought Redfield Coal and \
         Stonebridge Mining.",
    );
    let orgs = names_of(&a, ActorType::Org);
    for name in [
        "Bluewater Strategies",
        "Redfield Coal",
        "Stonebridge Mining",
    ] {
        assert!(orgs.contains(&name), "{name}: {orgs:?}");
    }
    assert_eq!(names_of(&a, ActorType::Person), ["Lena Moss"]);
}

#[test]
fn a_name_before_a_plural_verb_or_a_staff_word_is_a_club() {
    let a = actors(
        "The visitors beat Harbourton again. Harbourton have lost four games. \
         Later Kingsford boss Dan Merrick praised the referee. Fans felt Dunmore were lucky.",
    );
    let orgs = names_of(&a, ActorType::Org);
    assert!(orgs.contains(&"Harbourton"), "{orgs:?}");
    assert!(orgs.contains(&"Kingsford"), "{orgs:?}");
    assert!(orgs.contains(&"Dunmore"), "{orgs:?}");
    assert!(names_of(&a, ActorType::Person).contains(&"Dan Merrick"));
}

#[test]
fn a_name_after_a_firm_or_before_magazine_is_an_organisation() {
    let a = actors(
        "The figures came from research firm Brightwell on Monday. \
         Tom Reyes told Lantern magazine that sales fell. Lantern asked him why.",
    );
    let orgs = names_of(&a, ActorType::Org);
    assert!(orgs.contains(&"Brightwell"), "{orgs:?}");
    assert!(orgs.contains(&"Lantern"), "{orgs:?}");
}

#[test]
fn lists_and_questions_are_no_clubs() {
    let a = actors(
        "Ann Lee arrived on Monday. \
         Lee and Ortiz were there. Could Ortiz have known? Ortiz said no.",
    );
    let orgs = names_of(&a, ActorType::Org);
    assert!(!orgs.contains(&"Ortiz"), "{orgs:?}");
}
