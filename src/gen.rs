//! A deterministic generator of news-shaped articles, for benchmarks and tests
//! (`cargo run --release --example gen_corpus -- --articles N --out DIR [--seed S]`).
//!
//! Each article: a headline, a dateline, 8–20 paragraphs (about 4 KB), 5–8 quotations in the
//! styles the extractor reads (curly, straight and single marks, speaker before or after,
//! interrupted, partial, run-on), attributed to a few thousand people and organisations,
//! and some boilerplate lines. Every word comes from the lists below: nothing is copied.

use std::fmt::Write as _;
use std::path::Path;

const FIRST: &[&str] = &[
    "Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "James", "Kofi",
    "Laura", "Miguel", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Umar",
    "Vera", "Walter", "Ximena", "Yusuf", "Zoe", "Amir", "Beatrice", "Conor", "Daria", "Emil",
    "Fatima", "Gareth", "Hana", "Ivan", "Julia", "Kenji", "Lena", "Marcus", "Nora", "Olga",
    "Pavel", "Rachel", "Stefan", "Teresa", "Victor", "Wendy", "Yara", "Aiden", "Bianca", "Cedric",
    "Delia", "Erik", "Flora", "Gideon", "Helga", "Ingrid", "Jonas", "Kira", "Luca",
];
const LAST: &[&str] = &[
    "Abbott",
    "Barros",
    "Castillo",
    "Dunmore",
    "Eriksen",
    "Fairley",
    "Galloway",
    "Hartmann",
    "Ibarra",
    "Jovanovic",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Pereira",
    "Quinlan",
    "Rasmussen",
    "Sandoval",
    "Thornton",
    "Uchida",
    "Valdez",
    "Whitfield",
    "Yilmaz",
    "Zamora",
    "Ashdown",
    "Blackwood",
    "Carver",
    "Delacroix",
    "Ellison",
    "Fenwick",
    "Grimaldi",
    "Holloway",
    "Iversen",
    "Jansen",
    "Kavanagh",
    "Lockhart",
    "Mbeki",
    "Northcott",
    "Oyelaran",
    "Pembroke",
    "Radcliffe",
    "Sorensen",
    "Tremaine",
    "Underwood",
    "Vasquez",
    "Winslow",
    "Yardley",
    "Zeller",
    "Albrecht",
    "Brannigan",
    "Cordova",
    "Drummond",
    "Eastwood",
    "Falconer",
    "Gustafson",
    "Hargreaves",
    "Ingleby",
    "Jessop",
    "Kilbride",
    "Lowther",
    "Marchetti",
    "Nightingale",
    "Ormsby",
    "Pritchard",
    "Rowntree",
    "Stavros",
    "Tennant",
    "Voss",
    "Whitaker",
    "Ashcroft",
    "Bellamy",
    "Crowley",
    "Dempsey",
    "Elwood",
    "Frobisher",
    "Greenhalgh",
    "Hollis",
    "Ives",
    "Jarvis",
];
const ROLES: &[&str] = &[
    "Transport Secretary",
    "Health Minister",
    "Senator",
    "Mayor",
    "Chief Executive",
    "Professor",
    "Governor",
    "Labour MP",
    "Conservative MP",
    "Finance Minister",
];
const LOWER_ROLES: &[&str] = &[
    "union leader",
    "economist",
    "spokesman",
    "analyst",
    "campaigner",
];
const ORG_A: &[&str] = &[
    "Northern",
    "Atlantic",
    "Federal",
    "National",
    "Royal",
    "United",
    "Pacific",
    "Central",
    "Western",
    "Eastern",
    "Metropolitan",
    "Coastal",
    "Highland",
    "Civic",
    "Green",
];
const ORG_B: &[&str] = &[
    "Energy",
    "Rail",
    "Health",
    "Water",
    "Steel",
    "Farming",
    "Shipping",
    "Housing",
    "Media",
    "Aviation",
    "Mining",
    "Telecom",
    "Insurance",
    "Retail",
];
const ORG_C: &[&str] = &[
    "Council",
    "Authority",
    "Group",
    "Association",
    "Union",
    "Agency",
    "Commission",
];
const PLACES: &[&str] = &[
    "LONDON",
    "PARIS",
    "BERLIN",
    "MADRID",
    "WASHINGTON",
    "NAIROBI",
    "TOKYO",
    "OTTAWA",
];
const SUBJECTS: &[&str] = &[
    "the new rail line",
    "the housing plan",
    "the water tariff",
    "the steel tariffs",
    "the budget",
    "the airport expansion",
    "the energy deal",
    "the health reforms",
    "the port contract",
    "the farm subsidies",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "warned",
    "argued",
    "insisted",
];
const CLAIMS: &[&str] = &[
    "We will deliver this on time and on budget",
    "Nobody in this country should pay more for less",
    "This decision will cost jobs in every region",
    "The figures simply do not add up",
    "We have listened carefully and we have changed course",
    "Families deserve better than another broken promise",
    "There is no alternative that protects consumers as well",
    "Our members are ready to take action if nothing changes",
    "It is the most important investment in a generation",
    "The evidence points in one direction and we must follow it",
];
const PARTIALS: &[&str] = &[
    "a reckless gamble",
    "long overdue",
    "deeply flawed",
    "a fair compromise",
    "the right thing to do",
    "an act of vandalism",
    "a vote of confidence",
];
const FILLER: &[&str] = &[
    "Officials met for several hours on Tuesday to discuss the details of the proposal.",
    "The government has faced growing pressure from both business groups and unions.",
    "Critics say the timetable is unrealistic and the costs have been understated.",
    "Previous attempts to reform the sector stalled amid legal challenges and delays.",
    "Figures published last month showed a sharp rise in demand across the region.",
    "The plan will now go before a parliamentary committee for further scrutiny.",
    "Local residents have organised public meetings to voice their concerns.",
    "Analysts expect the final decision to be announced before the end of the year.",
    "The opposition has called for an independent review of the whole programme.",
    "Industry figures suggest investment has fallen for three consecutive quarters.",
];
const BOILERPLATE: &[&str] = &[
    "Advertisement",
    "Sign up for our daily newsletter to get the latest news.",
    "Share this article",
    "Photo: Staff Photographer/Example Wire",
];

/// splitmix64: small, fast and the same on every platform.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn person(rng: &mut Rng) -> (String, String) {
    let first = rng.pick(FIRST);
    let last = rng.pick(LAST);
    (format!("{first} {last}"), last.to_string())
}

fn org(rng: &mut Rng) -> String {
    format!(
        "{} {} {}",
        rng.pick(ORG_A),
        rng.pick(ORG_B),
        rng.pick(ORG_C)
    )
}

fn quote_paragraph(rng: &mut Rng, out: &mut String, style: usize) {
    let (name, _last) = person(rng);
    let role = rng.pick(ROLES);
    let claim = rng.pick(CLAIMS);
    let claim2 = rng.pick(CLAIMS);
    let verb = rng.pick(VERBS);
    let subject = rng.pick(SUBJECTS);
    let _ = match style {
        0 => writeln!(out, "“{claim},” {role} {name} {verb}."),
        1 => writeln!(out, "{name}, a {}, said: “{claim}.”", rng.pick(LOWER_ROLES)),
        2 => writeln!(out, "\"{claim},\" said {name}. \"{claim2}.\""),
        3 => writeln!(
            out,
            "{name} described {subject} as “{}” and urged ministers to think again.",
            rng.pick(PARTIALS)
        ),
        4 => writeln!(
            out,
            "“{claim},” {name} said, “and {}.”",
            claim2.to_lowercase()
        ),
        5 => writeln!(out, "A spokesman for the {} said: ‘{claim}.’", org(rng)),
        6 => writeln!(out, "“{claim}.\n\n“{claim2},” {name} {verb}."),
        _ => writeln!(out, "According to {name}, “{claim}.”"),
    };
}

/// Article number `n` of the corpus `rng` draws.
pub fn article(rng: &mut Rng, n: usize) -> String {
    let mut out = String::with_capacity(4500);
    let subject = rng.pick(SUBJECTS);
    let org_name = org(rng);
    let _ = writeln!(
        out,
        "{} Faces New Questions Over {}\n",
        org_name,
        title_case(subject)
    );
    if rng.below(3) == 0 {
        let _ = writeln!(out, "{}\n", rng.pick(BOILERPLATE));
    }
    let day = 1 + rng.below(28);
    let month = ["January", "March", "May", "July", "September", "November"][rng.below(6)];
    let _ = writeln!(out, "{month} {day}, {}\n", 2015 + rng.below(10));
    let _ = writeln!(
        out,
        "{} — The {org_name} is under pressure over {subject}, article {n} of this corpus reports.\n",
        rng.pick(PLACES)
    );
    let paragraphs = 8 + rng.below(13);
    let quotes = 5 + rng.below(4);
    let mut placed = 0;
    for p in 0..paragraphs {
        if placed < quotes && (p % 2 == 0 || paragraphs - p <= quotes - placed) {
            let style = rng.below(8);
            quote_paragraph(rng, &mut out, style);
            placed += 1;
        } else {
            let sentences = 4 + rng.below(3);
            let filler: Vec<&str> = (0..sentences).map(|_| rng.pick(FILLER)).collect();
            let _ = writeln!(out, "{}", filler.join(" "));
        }
        out.push('\n');
    }
    while placed < quotes {
        let style = rng.below(8);
        quote_paragraph(rng, &mut out, style);
        out.push('\n');
        placed += 1;
    }
    if rng.below(2) == 0 {
        let _ = writeln!(out, "{}", rng.pick(BOILERPLATE));
    }
    out
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes `articles` articles under `out` (1,000 per folder); returns the bytes written.
pub fn write_corpus(out: &Path, articles: usize, seed: u64) -> std::io::Result<usize> {
    let mut rng = Rng(seed);
    let mut bytes = 0;
    for n in 0..articles {
        let dir = out.join(format!("{:04}", n / 1000));
        if n % 1000 == 0 {
            std::fs::create_dir_all(&dir)?;
        }
        let text = article(&mut rng, n);
        bytes += text.len();
        std::fs::write(dir.join(format!("article-{n:06}.txt")), text)?;
    }
    Ok(bytes)
}

/// `articles` articles in memory, as documents.
pub fn documents(articles: usize, seed: u64) -> Vec<crate::model::Document> {
    let mut rng = Rng(seed);
    (0..articles)
        .map(|n| crate::model::Document {
            id: format!("{:04}/article-{n:06}.txt", n / 1000),
            body: article(&mut rng, n),
            ..Default::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn deterministic_and_news_shaped() {
        let a = super::documents(20, 7);
        let b = super::documents(20, 7);
        assert_eq!(a, b);
        let corpus = crate::pipeline::build(a);
        // Quotations in marks (reported speech besides them is the rules' business).
        let marked = (corpus.quotes.iter())
            .filter(|q| q.kind != crate::model::QuoteKind::Indirect)
            .count();
        let per_article = marked as f64 / 20.0;
        assert!(
            (5.0..=12.0).contains(&per_article),
            "{per_article} quotes per article"
        );
        let mean = corpus.text.len() / 20;
        assert!((2_000..=6_000).contains(&mean), "{mean} bytes per article");
        assert!(corpus.actors.len() > 40);
    }
}
