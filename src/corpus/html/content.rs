//! The article in a page: the element holding most of its prose, found as Mozilla's
//! Readability does (paragraphs score their ancestors; link-heavy candidates lose), with the
//! page furniture pruned first by tag, role and class/id (nav, sidebar, related, comments,
//! cookie notices, promotions), and link lists dropped inside the article.

use super::names::{class_weight, named_unlikely, pruned, tag_bonus, BLOCKS};
use ego_tree::NodeId;
use scraper::{Html, Node};
use std::collections::HashSet;

/// One element of the pruned tree.
struct Item {
    id: NodeId,
    parent: Option<usize>,
    block: bool,
    /// A block that holds others (a list, a division, a table), not a paragraph.
    container: bool,
    /// Characters of text in the subtree, and of those inside links.
    chars: u32,
    link_chars: u32,
    /// Characters and commas of the text directly in this block (not in nested blocks).
    own_chars: u32,
    own_link: u32,
    commas: u32,
    score: f32,
    scored: bool,
}

fn link_density(chars: u32, link: u32) -> f32 {
    if chars == 0 {
        0.0
    } else {
        link as f32 / chars as f32
    }
}

/// The page's pruned tree, walked once: elements in document order with their text counts.
struct Pruned {
    items: Vec<Item>,
    /// Elements named like furniture, pruned with their subtrees.
    dead: Vec<bool>,
    /// Elements named like furniture kept for the prose they hold: they stay only on the
    /// article's line (above or below its node).
    saved: Vec<bool>,
}

/// A run of text: the element it is in, its nearest block, its size.
struct Run {
    parent: usize,
    block: Option<usize>,
    chars: u32,
    commas: u32,
    in_link: bool,
}

/// Share of the page's prose an element named like furniture must hold to be kept anyway
/// (a page builder's "widget" or a "has-sidebar" layout wrapping the story).
const KEEP_SHARE: f32 = 0.4;

impl Pruned {
    /// `by_name`: prune elements named like furniture (else only forms are).
    fn build(doc: &Html, root: NodeId, by_name: bool) -> Pruned {
        let (mut items, unlikely, runs) = walk(doc, root, by_name);
        let dead = dead_items(&items, &unlikely, &runs);
        let saved = (0..items.len()).map(|i| unlikely[i] && !dead[i]).collect();
        count_text(&mut items, &runs, &dead);
        Pruned { items, dead, saved }
    }

    /// Readability's scoring: each paragraph of 25 characters or more gives one point, one
    /// per comma and one per 100 characters (3 at most) to its parent, half to its
    /// grandparent, and a third per level to the three above.
    fn score(&mut self, doc: &Html) {
        for i in 0..self.items.len() {
            let it = &self.items[i];
            if !it.block || it.own_chars < 25 {
                continue;
            }
            let own_ld = link_density(it.own_chars, it.own_link);
            let gain =
                (1.0 + it.commas as f32 + (it.own_chars as f32 / 100.0).min(3.0)) * (1.0 - own_ld);
            let mut at = it.parent;
            let mut level = 0;
            while let (Some(a), true) = (at, level < 5) {
                if !self.items[a].scored {
                    self.items[a].scored = true;
                    if let Some(e) = doc
                        .tree
                        .get(self.items[a].id)
                        .and_then(|n| n.value().as_element())
                    {
                        self.items[a].score += tag_bonus(e.name()) + class_weight(e);
                    }
                }
                let div = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f32 * 3.0,
                };
                self.items[a].score += gain / div;
                at = self.items[a].parent;
                level += 1;
            }
        }
        for it in &mut self.items {
            if it.scored {
                it.score *= 1.0 - link_density(it.chars, it.link_chars);
            }
        }
    }
}

/// The tree under `root` in document order, forms (and furniture by tag) left out: its
/// elements, whether each is named like furniture, and its runs of text.
fn walk(doc: &Html, root: NodeId, by_name: bool) -> (Vec<Item>, Vec<bool>, Vec<Run>) {
    let mut items: Vec<Item> = Vec::new();
    let mut unlikely: Vec<bool> = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    // (node, parent item, nearest block item, inside a link)
    let mut stack = vec![(root, None::<usize>, None::<usize>, false)];
    while let Some((id, parent, block_at, in_link)) = stack.pop() {
        let Some(node) = doc.tree.get(id) else {
            continue;
        };
        match node.value() {
            Node::Text(t) => {
                let chars = t.chars().filter(|c| !c.is_whitespace()).count() as u32;
                if let (Some(parent), true) = (parent, chars > 0) {
                    let commas = t.chars().filter(|&c| c == ',').count() as u32;
                    runs.push(Run {
                        parent,
                        block: block_at,
                        chars,
                        commas,
                        in_link,
                    });
                }
            }
            Node::Element(e) => {
                if id != root && pruned(e) {
                    continue;
                }
                let me = items.len();
                let item = Item::new(id, parent, e.name());
                let block_at = if item.block { Some(me) } else { block_at };
                items.push(item);
                unlikely.push(id != root && named_unlikely(e, by_name));
                let in_link = in_link || e.name() == "a";
                let children: Vec<NodeId> = node.children().map(|c| c.id()).collect();
                for c in children.into_iter().rev() {
                    stack.push((c, Some(me), block_at, in_link));
                }
            }
            _ => {}
        }
    }
    (items, unlikely, runs)
}

impl Item {
    /// An element named `name`, its counts still zero.
    fn new(id: NodeId, parent: Option<usize>, name: &str) -> Item {
        Item {
            id,
            parent,
            block: BLOCKS.contains(&name),
            container: matches!(
                name,
                "ul" | "ol" | "dl" | "div" | "section" | "table" | "tr" | "td"
            ),
            chars: 0,
            link_chars: 0,
            own_chars: 0,
            own_link: 0,
            commas: 0,
            score: 0.0,
            scored: false,
        }
    }
}

/// Which elements are pruned: those under a pruned one, and those named like furniture
/// unless they hold much of the page's prose.
fn dead_items(items: &[Item], unlikely: &[bool], runs: &[Run]) -> Vec<bool> {
    // Prose per element (text of blocks holding 25 characters or more), to keep an
    // element named like furniture that holds much of it.
    let mut own = vec![0u32; items.len()];
    for r in runs {
        if let Some(b) = r.block {
            own[b] += r.chars;
        }
    }
    let mut prose: Vec<u32> = own.iter().map(|&c| if c >= 25 { c } else { 0 }).collect();
    for i in (1..items.len()).rev() {
        if let Some(p) = items[i].parent {
            prose[p] += prose[i];
        }
    }
    let total = prose.first().copied().unwrap_or(0) as f32;
    // Parents come before their children in document order.
    let mut dead = vec![false; items.len()];
    for i in 0..items.len() {
        dead[i] = items[i].parent.is_some_and(|p| dead[p])
            || (unlikely[i] && (prose[i] == 0 || (prose[i] as f32) < KEEP_SHARE * total));
    }
    dead
}

/// The text counts of the elements left: each block's own characters, links and commas,
/// each element's characters and link characters with those of its subtree.
fn count_text(items: &mut [Item], runs: &[Run], dead: &[bool]) {
    for r in runs.iter().filter(|r| !dead[r.parent]) {
        if let Some(b) = r.block {
            let it = &mut items[b];
            it.own_chars += r.chars;
            it.commas += r.commas;
            if r.in_link {
                it.own_link += r.chars;
            }
        }
        items[r.parent].chars += r.chars;
        if r.in_link {
            items[r.parent].link_chars += r.chars;
        }
    }
    // Totals upward: children come after their parents in document order.
    for i in (1..items.len()).rev() {
        if let Some(p) = items[i].parent.filter(|_| !dead[i]) {
            items[p].chars += items[i].chars;
            items[p].link_chars += items[i].link_chars;
        }
    }
}

/// What the page's article is made of.
pub struct Article {
    /// The best candidate and its siblings that read like it, in document order.
    pub nodes: Vec<NodeId>,
    /// Elements left out inside it: those named like furniture, and blocks whose text is
    /// mostly link text (a "related" box, tag list, share bar).
    pub drop: HashSet<NodeId>,
}

/// The article; the whole page (but its furniture) when no paragraph scored.
pub fn article(doc: &Html, root: NodeId) -> Article {
    let p = scored(doc, root);
    let items = &p.items;
    let mut drop = link_lists(&p);
    let Some(top) = (0..items.len())
        .filter(|&i| items[i].scored && !p.dead[i])
        .max_by(|&a, &b| items[a].score.total_cmp(&items[b].score))
    else {
        // No prose: the whole page, its forms left out.
        return Article {
            nodes: vec![root],
            drop: (0..items.len())
                .filter(|&i| p.dead[i])
                .map(|i| items[i].id)
                .collect(),
        };
    };
    let top = climb_wrappers(items, split_story(&p, top));
    drop.extend(
        (0..items.len())
            .filter(|&i| {
                p.saved[i] && i != top && !is_under(items, top, i) && !is_under(items, i, top)
            })
            .map(|i| items[i].id),
    );
    let Some(parent) = items[top].parent else {
        return Article {
            nodes: vec![items[top].id],
            drop,
        };
    };
    Article {
        nodes: with_siblings(doc, &p, top, parent),
        drop,
    }
}

/// The page's tree pruned and scored.
fn scored(doc: &Html, root: NodeId) -> Pruned {
    let mut p = Pruned::build(doc, root, true);
    p.score(doc);
    if !p
        .items
        .iter()
        .zip(&p.dead)
        .any(|(it, &dead)| it.scored && !dead)
    {
        // As Readability: when pruning by name left no prose, names are not trusted.
        p = Pruned::build(doc, root, false);
        p.score(doc);
    }
    p
}

/// The pruned elements, and the containers mostly of links: a container is a link list
/// unless it holds a paragraph of prose (a section's lead sentence above its list of links).
fn link_lists(p: &Pruned) -> HashSet<NodeId> {
    let items = &p.items;
    let mut prose = vec![false; items.len()];
    for i in (0..items.len()).rev() {
        let it = &items[i];
        prose[i] |= it.block && it.own_chars >= 80 && it.own_link * 4 < it.own_chars;
        if let Some(parent) = it.parent.filter(|_| prose[i] && !p.dead[i]) {
            prose[parent] = true;
        }
    }
    items
        .iter()
        .enumerate()
        .filter(|&(i, it)| {
            p.dead[i] || (it.container && !prose[i] && it.chars > 0 && it.link_chars * 2 > it.chars)
        })
        .map(|(_, it)| it.id)
        .collect()
}

/// As Readability: when three or more other strong candidates (three quarters of the
/// best score) sit under one ancestor of the best, the article is that ancestor (a story
/// split across sibling blocks); else the best, `top`.
fn split_story(p: &Pruned, top: usize) -> usize {
    let items = &p.items;
    let mut strong: Vec<usize> = (0..items.len())
        .filter(|&i| i != top && items[i].scored && !p.dead[i])
        .filter(|&i| items[i].score >= items[top].score * 0.75)
        .collect();
    strong.sort_by(|&a, &b| items[b].score.total_cmp(&items[a].score));
    strong.truncate(4);
    if strong.len() >= 3 {
        let mut at = items[top].parent;
        while let Some(a) = at {
            if items[a].parent.is_none() {
                break;
            }
            let under = strong.iter().filter(|&&c| is_under(items, c, a)).count();
            if under >= 3 {
                return a;
            }
            at = items[a].parent;
        }
    }
    top
}

/// Climb from `top` while the parent holds little more than it (a wrapper).
/// Not up to the page's outermost wrapper (a child of the body), whose siblings are the
/// page's overlays and menus.
fn climb_wrappers(items: &[Item], mut top: usize) -> usize {
    while let Some(parent) = items[top].parent {
        if items[parent].parent.and_then(|g| items[g].parent).is_none() {
            break;
        }
        let only = items[parent].chars <= items[top].chars + items[top].chars / 20;
        if !only {
            break;
        }
        top = parent;
    }
    top
}

/// `top` and its siblings under `parent` that read like it, in document order.
fn with_siblings(doc: &Html, p: &Pruned, top: usize, parent: usize) -> Vec<NodeId> {
    let items = &p.items;
    let threshold = (items[top].score * 0.2).max(10.0);
    let mut chosen = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i == top {
            chosen.push(it.id);
            continue;
        }
        if it.parent != Some(parent) || p.dead[i] || p.saved[i] {
            continue;
        }
        let ld = link_density(it.chars, it.link_chars);
        let keep = (it.scored && it.score >= threshold)
            || (it.block && it.chars > 80 && ld < 0.25)
            || (it.block
                && it.chars > 0
                && it.chars <= 80
                && ld == 0.0
                && ends_sentence(doc, it.id));
        if keep {
            chosen.push(it.id);
        }
    }
    chosen
}

/// Whether item `i` lies under item `a`.
fn is_under(items: &[Item], i: usize, a: usize) -> bool {
    let mut at = items[i].parent;
    while let Some(x) = at {
        if x == a {
            return true;
        }
        at = items[x].parent;
    }
    false
}

fn ends_sentence(doc: &Html, id: NodeId) -> bool {
    let Some(node) = doc.tree.get(id) else {
        return false;
    };
    let text: String = node
        .descendants()
        .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
        .collect();
    text.trim_end().ends_with(['.', '!', '?', '”', '"'])
}
