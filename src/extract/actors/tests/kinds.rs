//! What makes a capitalised run a work or a place, and what does not.

use super::*;

/// "starring in" and "a role in" name a work; "the role of" names who plays the part, in
/// news mostly a person or a body whose part in something is discussed.
#[test]
fn the_role_of_a_person_is_no_work() {
    let a = actors(
        "The survey looked at the steady role of President Hal Ostrow's popularity in the \
         race. Ostrow's approval stands at 48 percent. Dee Marr, starring in Quiet Harbour \
         Nights, had a small role in Paper Moon.",
    );
    assert!(
        names_of(&a, ActorType::Person).contains(&"Hal Ostrow"),
        "{:?}",
        a.entities
    );
    let works = names_of(&a, ActorType::Work);
    assert!(!works.contains(&"Hal Ostrow"), "{works:?}");
    for w in ["Quiet Harbour Nights", "Paper Moon"] {
        assert!(works.contains(&w), "{w}: {works:?}");
    }
}

/// "in Watford" is where; "in Vane's home town" is not: the possessor is who, the town where.
#[test]
fn a_possessor_after_in_is_no_place() {
    let a = actors(
        "Governor Hal Vane opened the bridge. In Vane's home town of Ashby, the mood was \
         bright, and a hospital in Watford reopened.",
    );
    assert!(
        names_of(&a, ActorType::Person).contains(&"Hal Vane"),
        "{:?}",
        a.entities
    );
    let places = names_of(&a, ActorType::Place);
    assert!(!places.iter().any(|p| p.contains("Vane")), "{places:?}");
    assert!(places.contains(&"Watford"), "{places:?}");
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

/// "sang Marta Blue … a version of Marta Blue": a work cue at a later mention types the
/// name the earlier one made a person; a role keeps a person one ("singer Ann Lee").
#[test]
fn a_work_cue_at_any_mention_types_the_name() {
    let a = actors(
        "The old star sang Marta Blue and other songs. He closed the night with a rousing \
         version of Marta Blue. Singer Rosa Dell sang too. Games firm Bright Orbit grew, \
         said Tom Hale, managing director of Bright Orbit.",
    );
    assert!(!names_of(&a, ActorType::Work).contains(&"Bright Orbit"));
    let works = names_of(&a, ActorType::Work);
    assert!(works.contains(&"Marta Blue"), "{:?}", a.entities);
    assert!(!names_of(&a, ActorType::Person).contains(&"Marta Blue"));
}

/// "Comic Varga beat …": a role word opening a sentence before a surname is the role.
#[test]
fn a_role_word_opening_a_sentence_is_no_part_of_the_name() {
    let a = actors("Comic Varga beat the former butler Len Moss in the final. Varga was happy.");
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Varga"), "{:?}", a.entities);
    assert!(!people.contains(&"Comic Varga"), "{people:?}");
}

/// Members of a list share the type of the works or products named before it ("hits such
/// as", "products, including the").
#[test]
fn a_list_of_works_or_products_types_its_members() {
    let a = actors(
        "The festival showed hits such as Marta Blue, Dark Harbour and critical hit Tom \
         Reed. Acme showed new products, \
         including the Mac Tiny.",
    );
    let people = names_of(&a, ActorType::Person);
    for n in ["Marta Blue", "Tom Reed", "Mac Tiny"] {
        assert!(!people.contains(&n), "{n}: {:?}", a.entities);
    }
    // A name typed an organisation by its own words is a product there too.
    let a = actors("Acme leaked news of forthcoming products, including the Zorbo Mini.");
    assert!(
        names_of(&a, ActorType::Product).contains(&"Zorbo Mini"),
        "{:?}",
        a.entities
    );
}

/// "Dance With The Wolves: …": a capitalised preposition and article inside a run make a
/// title, even opening a sentence.
#[test]
fn a_title_through_with_the_is_a_work() {
    let a = actors(
        "Critics liked it. Marta Sings With The Wolves: The Story of a Voice tells of a choir.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(
        !people.iter().any(|p| p.contains("Wolves")),
        "{:?}",
        a.entities
    );
}

/// "Black Eyed Peas singer Fergie": the band before the role is kept whole, no person.
#[test]
fn a_band_before_a_role_is_kept_whole() {
    let a = actors("Critics cheered. Black Velvo Kinks singer Tia Marr was dressed in gold.");
    let people = names_of(&a, ActorType::Person);
    assert!(!people.contains(&"Velvo Kinks"), "{:?}", a.entities);
    assert!(
        names_of(&a, ActorType::Org).contains(&"Black Velvo Kinks"),
        "{:?}",
        a.entities
    );
}

/// "Harbour TV show ratings fell": a name ending in TV, FM or Radio is a channel or a
/// station (its programme before "show"), never a person.
#[test]
fn a_name_ending_in_tv_or_fm_is_no_person() {
    let a = actors(
        "Harbour TV show ratings fell by a third. The deal was struck with Orla FM last \
         week, said Tom Vale.",
    );
    let people = names_of(&a, ActorType::Person);
    assert_eq!(people, ["Tom Vale"], "{:?}", a.entities);
    assert!(names_of(&a, ActorType::Work).contains(&"Harbour TV"));
    assert!(names_of(&a, ActorType::Org).contains(&"Orla FM"));
}

/// "Zeno OS", "Zeno OSX": an operating system's abbreviation makes the name a product.
#[test]
fn an_operating_system_is_a_product() {
    let a = actors(
        "The flaw hits users of Zeno OS running older versions. Tom Vale leaked the new \
         Kobo OSX software.",
    );
    let people = names_of(&a, ActorType::Person);
    assert_eq!(people, ["Tom Vale"], "{:?}", a.entities);
    let products = names_of(&a, ActorType::Product);
    for p in ["Zeno OS", "Kobo OSX"] {
        assert!(products.contains(&p), "{p}: {products:?}");
    }
}

/// "fired by Harbour Airways I am …": the pronoun "I" before a verb is no part of the name.
#[test]
fn a_name_does_not_swallow_the_pronoun_i() {
    let a = actors("\"After my dismissal by Harbour Airways I am going to court,\" said Tom Vale.");
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Harbour Airways"), "{names:?}");
    assert!(!names.iter().any(|n| n.ends_with(" I")), "{names:?}");
}

/// "iLink, web browser Kite, iSnap, Velvo Band and iNote": a list of product-shaped
/// names makes products of its other names; a given name keeps a person one.
#[test]
fn a_list_of_product_shapes_is_products() {
    let a = actors(
        "The suite includes iLink, web browser Kite, iSnap, Velvo Band and iNote. Tom Vale \
         liked it.",
    );
    let people = names_of(&a, ActorType::Person);
    assert_eq!(people, ["Tom Vale"], "{:?}", a.entities);
    assert!(
        names_of(&a, ActorType::Product).contains(&"Velvo Band"),
        "{:?}",
        a.entities
    );
    let b = actors("The team used iLink, iSnap and Tom Vale, said Ann Lee.");
    let people = names_of(&b, ActorType::Person);
    assert!(people.contains(&"Tom Vale"), "{:?}", b.entities);
}

/// "Scot Ian Dorr", "Swede Anna Lind": a nationality as a noun before a full name is the
/// person's role, no part of the name.
#[test]
fn a_nationality_noun_before_a_name_is_a_role() {
    let a = actors("Nia Vale cruised home ahead of Scot Ian Dorr and Swede Anna Lindqvist.");
    let people = names_of(&a, ActorType::Person);
    for p in ["Ian Dorr", "Anna Lindqvist"] {
        assert!(people.contains(&p), "{p}: {:?}", a.entities);
    }
    assert!(!people
        .iter()
        .any(|p| p.starts_with("Scot") || p.starts_with("Swede")));
}

/// "the Hal Ostrow Lecture": a lecture, a concert, a gala or a ceremony named after a
/// person is an event, not that person.
#[test]
fn a_lecture_named_after_a_person_is_an_event() {
    let a =
        actors("Tom Vale gave the Hal Ostrow Lecture and sang at the Rosa Dell Gala on Friday.");
    let people = names_of(&a, ActorType::Person);
    assert_eq!(people, ["Tom Vale"], "{:?}", a.entities);
    let events = names_of(&a, ActorType::Event);
    for e in ["Hal Ostrow Lecture", "Rosa Dell Gala"] {
        assert!(events.contains(&e), "{e}: {events:?}");
    }
}

/// "Law" after a given name is a surname, and alone before a speech verb it is that
/// person; a law is still one after an article or in a longer name.
#[test]
fn law_after_a_given_name_is_a_surname() {
    let a = actors(
        "Rebecca Law, a former aide to the mayor, runs the fund. \"We will not wait,\" Law \
         said. The Clean Rivers Law passed, and the Law says little about fines.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Rebecca Law"), "{:?}", a.entities);
    assert!(!people.contains(&"Law"), "{people:?}");
    let works = names_of(&a, ActorType::Work);
    assert!(!works.iter().any(|w| w.contains("Rebecca")), "{works:?}");
    assert!(works.contains(&"Clean Rivers Law"), "{works:?}");
}

/// A family name that is also a common word, written first at a sentence's start before a
/// hyphenated given name ("Park Su-min"), opens the name; an English prefix
/// before a hyphen ("Co-chair") does not make a given name.
#[test]
fn a_family_name_before_a_hyphenated_given_name_opens_it() {
    let a = actors(
        "The council met.\n\nPark Su-min, the envoy, said the talks went well. “We agree,” \
         Park said.\n\nCritics Co-chair nothing.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Park Su-min"), "{:?}", a.entities);
    assert!(
        !people.iter().any(|p| p.starts_with("Critics")),
        "{people:?}"
    );
    let park = a.entities.iter().find(|e| e.name == "Park Su-min").unwrap();
    assert!(park.aliases.iter().any(|x| x == "Park"), "{park:?}");
}

/// "keyboard player Ann Lee" is a person; "DVD player Zeno Max" a device.
#[test]
fn a_player_of_an_instrument_or_a_sport_is_a_person() {
    let a = actors(
        "The band played on Friday, said keyboard player Nick Harlow. Tennis player Ann \
         Vesey watched. The shop sold the DVD player Zeno Max.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Nick Harlow"), "{:?}", a.entities);
    assert!(people.contains(&"Ann Vesey"), "{:?}", a.entities);
    assert_eq!(names_of(&a, ActorType::Product), ["Zeno Max"]);
}

/// "Tom Reyes, the show's chief planner": the work noun owns the head of the apposition,
/// which says what the name is; "Harbour Lights, the show" stays a work.
#[test]
fn a_work_noun_owning_the_apposition_leaves_a_person() {
    let a = actors(
        "Tom Reyes, the show's chief planner, spoke on Friday. \"It went well,\" Reyes said. \
         Harbour Lights, the show, ran for a year.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Tom Reyes"), "{:?}", a.entities);
    let works = names_of(&a, ActorType::Work);
    assert!(!works.iter().any(|w| w.contains("Reyes")), "{works:?}");
    assert!(works.contains(&"Harbour Lights"), "{works:?}");
}

/// "Mr Law", "Ms Bill": a word that names a work alone is a surname after an honorific.
#[test]
fn a_work_word_after_an_honorific_is_a_surname() {
    let a = actors(
        "Jack Law, who runs the fund, spoke on Friday. Mr Law said the vote was close. \
         The Law says little about fines.",
    );
    let works = names_of(&a, ActorType::Work);
    assert!(!works.iter().any(|w| w.contains("Mr")), "{works:?}");
}
