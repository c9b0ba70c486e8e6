use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::PreparedNote;
use crate::text::lexicon::Entry;
use crate::text::lexicons::word_list;

declare_rule! {
    /// ## What it checks
    /// The mix of a sale Note's topic hashtags: at least one broad discovery
    /// tag (`#好物分享`, `#护肤`, `#穿搭`) and at least two niche tags for the
    /// Note's category — a category word with a qualifier (`#油皮护肤`,
    /// `#通勤穿搭`, `#达拉斯美食`). The category is the front matter's
    /// `category`, else the one the copy talks about most. Broad tags,
    /// category words and cues are curated in `dictionaries/hashtag-mix.txt`.
    /// Organic Notes are not checked.
    ///
    /// ## Why it matters for the sale
    /// Broad tags put the Note in front of browsers; niche tags reach the
    /// shoppers searching for exactly this product, who convert. A sale
    /// Note with only one kind reaches either many uninterested readers or
    /// too few interested ones.
    ///
    /// ## Bad
    /// ```text
    /// #精华 #补水 #推荐
    /// ```
    ///
    /// ## Good
    /// ```text
    /// #护肤分享 #油皮护肤 #换季护肤 #玻尿酸精华
    /// ```
    ///
    /// ## Options
    /// None; the Note's `category` (or the config default) picks the niche.
    pub struct HashtagMix {
        id: "hashtag-mix",
        severity: Info,
        fixable: false,
        summary: "Sale Note's tags lack one broad and two niche category tags",
    }
}

/// The categories a Note can have (SPEC 2), `other` aside.
const CATEGORIES: &[&str] = &[
    "beauty",
    "fashion",
    "food",
    "mother-baby",
    "home",
    "digital",
];

static MIX: LazyLock<Cow<'static, [Entry]>> = LazyLock::new(|| {
    word_list("hashtag-mix")
        .map(|l| l.entries)
        .unwrap_or_default()
});

fn role(entry: &Entry) -> &str {
    entry.fields.first().map_or("", AsRef::as_ref)
}

fn serves(entry: &Entry, category: &str) -> bool {
    entry
        .fields
        .get(1)
        .is_some_and(|c| c == "all" || c == category)
}

fn entries<'a>(role_name: &'a str, category: &'a str) -> impl Iterator<Item = &'static Entry> + 'a {
    MIX.iter()
        .filter(move |e| role(e) == role_name && serves(e, category))
}

/// The broad tags and each category's stems, sorted out of the lexicon
/// once: every tag of every sale Note is asked about, and scanning the
/// whole lexicon (some 300 entries) for each tag cost the rule more than
/// reading the copy for cues.
struct TagRoles {
    /// Every broad tag, sorted, without repeats.
    broad: Vec<&'static str>,
    /// The stems serving each of [`CATEGORIES`], in lexicon order, with
    /// their length in characters.
    stems: [Vec<(&'static str, usize)>; CATEGORIES.len()],
    /// The broad tags to suggest for each category, built at its first
    /// finding: each finding scanned the whole lexicon for them.
    broad_examples: [OnceLock<String>; CATEGORIES.len()],
}

static TAG_ROLES: LazyLock<TagRoles> = LazyLock::new(|| {
    let mut broad: Vec<&'static str> = MIX
        .iter()
        .filter(|e| role(e) == "broad")
        .map(|e| e.term.as_ref())
        .collect();
    broad.sort_unstable();
    broad.dedup();
    let stems = std::array::from_fn(|i| {
        entries("stem", CATEGORIES[i])
            .map(|e| (e.term.as_ref(), e.term.chars().count()))
            .collect()
    });
    TagRoles {
        broad,
        stems,
        broad_examples: std::array::from_fn(|_| OnceLock::new()),
    }
});

/// A broad discovery tag: one readers of many categories follow.
fn is_broad(tag: &str) -> bool {
    TAG_ROLES.broad.binary_search(&tag).is_ok()
}

/// A niche tag of `category`: not broad, and a category word with a
/// qualifier (`达拉斯美食`, `油皮护肤`).
fn is_niche(tag: &str, category: &str) -> bool {
    let Some(stems) = CATEGORIES
        .iter()
        .position(|&c| c == category)
        .map(|i| &TAG_ROLES.stems[i])
    else {
        return false;
    };
    if is_broad(tag) {
        return false;
    }
    let length = tag.chars().count();
    stems
        .iter()
        .any(|&(stem, stem_length)| length > stem_length && tag.contains(stem))
}

/// The category the copy talks about most, by its cue words; `None` when
/// it names none. Each cue counts its non-overlapping occurrences, as
/// `str::matches` would, but every cue is found in one pass over the copy.
fn detect(note: &PreparedNote) -> Option<&'static str> {
    let cues = &*CUES;
    let automaton = cues.automaton.as_ref()?;
    let mut counts = vec![0usize; cues.terms.len()];
    let mut next_free = vec![0usize; cues.terms.len()];
    for region in note.regions() {
        let text = region.text();
        for hit in automaton.find_overlapping_iter(text) {
            let term = hit.pattern().as_usize();
            // Overlapping hits arrive by end; for one term, by start too.
            if hit.start() >= next_free[term] {
                counts[term] += 1;
                next_free[term] = hit.end();
            }
        }
        next_free.fill(0);
    }
    CATEGORIES
        .iter()
        .map(|&category| {
            let hits: usize = cues
                .categories
                .iter()
                .zip(&counts)
                .map(|(served, &count)| {
                    served
                        .iter()
                        .filter(|c| **c == "all" || **c == category)
                        .count()
                        * count
                })
                .sum();
            (hits, category)
        })
        .filter(|&(hits, _)| hits > 0)
        .max_by_key(|&(hits, _)| hits)
        .map(|(_, category)| category)
}

/// Every cue word once, with the categories of each entry that lists it.
struct Cues {
    terms: Vec<&'static str>,
    categories: Vec<Vec<&'static str>>,
    /// `None` only if the automaton could not be built, which a word list
    /// this size cannot cause.
    automaton: Option<AhoCorasick>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut terms: Vec<&'static str> = Vec::new();
    let mut categories: Vec<Vec<&'static str>> = Vec::new();
    for entry in MIX.iter().filter(|e| role(e) == "cue") {
        let served = entry.fields.get(1).map_or("", AsRef::as_ref);
        match terms.iter().position(|t| *t == entry.term) {
            Some(known) => categories[known].push(served),
            None => {
                terms.push(entry.term.as_ref());
                categories.push(vec![served]);
            }
        }
    }
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(&terms)
        .ok();
    Cues {
        terms,
        categories,
        automaton,
    }
});

/// The tags to suggest for a missing part of the mix.
fn examples(role_name: &str, category: &str) -> String {
    entries(role_name, category)
        .filter(|e| e.fields.get(1).is_some_and(|c| c == category))
        .take(3)
        .map(|e| format!("#{}", e.term))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Rule for HashtagMix {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        if !note.is_sale() {
            return;
        }
        let declared = note.category().filter(|c| CATEGORIES.contains(c));
        let Some(category) = declared.or_else(|| detect(note)) else {
            return;
        };
        let topics = note.distinct_topics();
        let broad = topics.iter().filter(|t| is_broad(t)).count();
        let niche = topics.iter().filter(|t| is_niche(t, category)).count();
        let mut missing = Vec::new();
        if broad == 0 {
            missing.push(crate::msg!("hashtag-mix-broad"));
        }
        if niche < 2 {
            missing.push(crate::msg!(
                "hashtag-mix-niche",
                count = 2 - niche,
                category = category
            ));
        }
        if missing.is_empty() {
            return;
        }
        let broad_examples = CATEGORIES
            .iter()
            .position(|&c| c == category)
            .map(|i| {
                TAG_ROLES.broad_examples[i]
                    .get_or_init(|| examples("broad", category))
                    .clone()
            })
            .unwrap_or_default();
        let suggestion = crate::msg!(
            "hashtag-mix-help",
            examples = if broad_examples.is_empty() {
                "#好物分享".to_string()
            } else {
                broad_examples
            },
            category = category
        );
        out.push(
            Diagnostic::new(
                Self::META.id,
                note.note.anchor(),
                crate::msg!(
                    "hashtag-mix",
                    missing = crate::i18n::Arg::list(missing, crate::i18n::Join::And)
                ),
            )
            .with_suggestion(suggestion, None, Applicability::HasPlaceholders),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_parses_with_every_role_for_every_category() {
        for category in CATEGORIES {
            for role_name in ["broad", "stem", "cue"] {
                assert!(
                    entries(role_name, category).next().is_some(),
                    "no {role_name} entry for {category}"
                );
            }
        }
    }

    #[test]
    fn broad_and_niche() {
        assert!(is_broad("好物分享") && is_broad("美食"));
        assert!(is_niche("达拉斯美食", "food") && is_niche("油皮护肤", "beauty"));
        assert!(!is_niche("美食", "food"), "a stem alone is broad");
        assert!(!is_niche("美食分享", "food"), "a broad tag is not niche");
        assert!(!is_niche("达拉斯美食", "beauty"));
        assert!(is_niche("通勤穿搭", "fashion") && is_niche("日料探店", "food"));
        assert!(!is_niche("通勤穿搭", "not-a-category"));
    }

    /// The sorted roles answer as a scan of the whole lexicon does, for
    /// every term of it and a few tags built from its stems.
    #[test]
    fn sorted_roles_agree_with_the_lexicon() {
        let scan_broad = |tag: &str| MIX.iter().any(|e| role(e) == "broad" && e.term == tag);
        let scan_niche = |tag: &str, category: &str| {
            !scan_broad(tag)
                && entries("stem", category).any(|e| {
                    tag.contains(e.term.as_ref()) && tag.chars().count() > e.term.chars().count()
                })
        };
        let mut tags: Vec<String> = MIX.iter().map(|e| e.term.to_string()).collect();
        let stems: Vec<&str> = MIX
            .iter()
            .filter(|e| role(e) == "stem")
            .map(|e| e.term.as_ref())
            .collect();
        for (i, stem) in stems.iter().enumerate() {
            tags.push(format!("小众{stem}"));
            tags.push(format!("{stem}分享"));
            // Two stems in one tag, of one category or two.
            let next = stems[(i + 1) % stems.len()];
            tags.push(format!("{stem}{next}"));
            tags.push(format!("{next}{stem}"));
        }
        for tag in &tags {
            assert_eq!(is_broad(tag), scan_broad(tag), "{tag}");
            for category in CATEGORIES {
                assert_eq!(
                    is_niche(tag, category),
                    scan_niche(tag, category),
                    "{tag} {category}"
                );
            }
        }
        assert!(TAG_ROLES.broad.len() > 50, "{}", TAG_ROLES.broad.len());
    }
}
