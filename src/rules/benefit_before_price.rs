use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use serde::Deserialize;

use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, signals, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::CopyRegion;
use crate::model::prepared::PreparedNote;
use crate::text::dictionary::Dictionary;
use crate::text::matcher::LexiconHit;
use crate::text::segment::TaggedWord;

declare_rule! {
    /// ## What it checks
    /// In a sale Note's body (one that makes an offer, not a
    /// review that gives a price), the first price or discount mention
    /// (`¥199`, `129元`, `5折`, `到手价`, `立减50`) must come after the
    /// first concrete benefit: a clause saying how the product feels,
    /// tastes, fits or works in use. Benefit words (`保湿`, `显瘦`, `酥脆`,
    /// `静音`, …, general or for the Note's `category`) and a few patterns
    /// are read first; then each clause before the price is read with
    /// jieba's part-of-speech tags for a predicate about the product: an
    /// adjective with or without a degree word (`粉质很均匀`, `外套厚实`,
    /// `肉嫩`), a verb and its complement (`烧得很均匀`, `摸起来很软`), a
    /// discomfort denied (`贴身穿也不闷`, `不磨脚`), a sense named and
    /// praised (`香气很足`, `锅气足`). Greetings, the writer's own story,
    /// shipping and return policy (`7天无理由`), sizes and ages, words about
    /// the deal (`划算`, `便宜`) and the writer's feelings (`开心`) are not
    /// benefits; a benefit in the title does not count.
    ///
    /// ## Why it matters for the sale
    /// Xiaohongshu shoppers come for the product story. A Note that opens on
    /// the price reads as an advert and makes the discount the only reason to
    /// buy; one that shows what the product does first makes the price feel
    /// like a reward.
    ///
    /// ## Bad
    /// ```text
    /// 到手价129元！这款气垫服帖不卡粉，油皮也能撑一天。
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 这款气垫服帖不卡粉，油皮也能撑一天。这次到手价129元。
    /// ```
    ///
    /// ## Options
    /// `category` picks the category benefit words (beauty, fashion, food,
    /// mother-baby, home, digital); general words always count.
    pub struct BenefitBeforePrice {
        id: "benefit-before-price",
        severity: Warning,
        fixable: false,
        summary: "Body names the price before any concrete benefit",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    benefit_patterns: Vec<PatternSpec>,
}

const PREDICATE_FILE: &str = "dictionaries/benefit-predicate.txt";
const PREDICATE_DATA: &str = crate::text::data_files::dictionary_file("benefit-predicate");

/// How a clause's tagged words say what the product is like in use (see
/// `dictionaries/benefit-predicate.txt`).
#[derive(Debug, Default)]
struct Predicate {
    adjective_tags: Vec<String>,
    degree: Vec<String>,
    filler: Vec<String>,
    complement: Vec<String>,
    particles: Vec<String>,
    negation: Vec<String>,
    senses: Vec<String>,
    praise: Vec<String>,
    discomfort: Vec<String>,
    not_benefit: BTreeMap<String, Vec<String>>,
    person: Vec<String>,
    off_product: BTreeMap<String, Vec<String>>,
    /// Every `off_product` word, found in one pass over a clause: each
    /// clause before the price is asked about, and looking for each word in
    /// turn took a pass over the clause apiece. `None` when there are none.
    off_product_words: Option<AhoCorasick>,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(BenefitBeforePrice::META.spec));
/// Parsed only when a Note needs its tags read.
static PREDICATE: LazyLock<Predicate> =
    LazyLock::new(|| Predicate::parse(PREDICATE_DATA).unwrap_or_default());
static BENEFIT_PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.benefit_patterns).unwrap_or_default());

impl Rule for BenefitBeforePrice {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        let params: Params = spec::try_params(Self::META.spec).map_err(|e| e.to_string())?;
        let predicate = Predicate::parse(PREDICATE_DATA)?;
        if predicate.adjective_tags.is_empty() || predicate.negation.is_empty() {
            return Err(format!(
                "{PREDICATE_FILE}: adjective_tags and negation are required"
            ));
        }
        validate_all(&params.benefit_patterns)
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let region = &note.body;
        let Some(price) = signals::first_price(region) else {
            return;
        };
        // A review's price is information, not an offer to lead up to.
        if !note.is_sale() {
            return;
        }
        let category = note.category();
        let lexicon = note.settings.lexicons.get("benefit");
        let haystack = region.haystack();
        let pattern_starts: Vec<usize> = BENEFIT_PATTERNS
            .iter()
            .flat_map(|p| p.find_iter(&haystack))
            .map(|r| r.start)
            .collect();
        let lexicon_hits = || {
            note.candidate_hits(region, "benefit").filter(|hit| {
                let entry = lexicon.and_then(|l| l.entries.get(hit.entry));
                entry.is_some_and(|e| applies_to(e.fields.first().map(AsRef::as_ref), category))
            })
        };
        // A lexicon hit counts on word boundaries only; segmenting is the
        // costly part, so it is done only as far as the answer needs.
        let on_word_boundaries = |hit: &LexiconHit| region.boundaries.aligned(&hit.range);
        let benefit_before_price = pattern_starts.iter().any(|&start| start < price.start)
            || lexicon_hits()
                .filter(|hit| hit.range.start < price.start)
                .any(on_word_boundaries)
            || PREDICATE.first_benefit(region, 0..price.start).is_some();
        if benefit_before_price {
            return;
        }
        // Whether a benefit follows the price picks the message only: the
        // words and patterns say, the tags are not read after the price.
        let any_benefit = !pattern_starts.is_empty() || lexicon_hits().any(on_word_boundaries);
        let span = region.original(price);
        let price_text = note.source_text(&span);
        let message = if any_benefit {
            crate::msg!("benefit-before-price-first", price = price_text)
        } else {
            crate::msg!("benefit-before-price-none", price = price_text)
        };
        out.push(
            Diagnostic::new(Self::META.id, span, message).with_suggestion(
                crate::msg!("benefit-before-price-help"),
                None,
                Applicability::HasPlaceholders,
            ),
        );
    }
}

/// A tagged word of a clause.
struct Word<'t> {
    text: &'t str,
    tag: &'static str,
    range: Range<usize>,
}

/// A tagged word as the predicate reads it: a Chinese word jieba made up
/// (`x`: 肉嫩, 很足, 不闷) as its characters, each with its dictionary tag
/// (肉/n 嫩/a); spaces dropped.
fn read_word(word: TaggedWord, text: &str) -> Vec<Word<'_>> {
    let Some(found) = text
        .get(word.range.clone())
        .filter(|w| !w.trim().is_empty())
    else {
        return Vec::new();
    };
    let made_up = !word.known && found.chars().nth(1).is_some() && found.chars().all(is_han);
    if !made_up {
        return vec![Word {
            text: found,
            tag: word.tag,
            range: word.range,
        }];
    }
    let dictionary = Dictionary::default_dict();
    found
        .char_indices()
        .map(|(i, c)| {
            let start = word.range.start + i;
            let range = start..start + c.len_utf8();
            let text = &text[range.clone()];
            Word {
                text,
                tag: dictionary.tag(text).unwrap_or("x"),
                range,
            }
        })
        .collect()
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_in(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w == word)
}

impl Predicate {
    /// Reads `dictionaries/benefit-predicate.txt`: a key, a tab, words
    /// separated by spaces, per line; `#` comments.
    fn parse(data: &str) -> Result<Predicate, String> {
        let mut predicate = Predicate::default();
        for (number, line) in data.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let at = |what: String| format!("{PREDICATE_FILE}:{}: {what}", number + 1);
            let (key, words) = line
                .split_once('\t')
                .ok_or_else(|| at("a key, a tab, then words".into()))?;
            let list = match key {
                "adjective_tags" => &mut predicate.adjective_tags,
                "degree" => &mut predicate.degree,
                "filler" => &mut predicate.filler,
                "complement" => &mut predicate.complement,
                "particles" => &mut predicate.particles,
                "negation" => &mut predicate.negation,
                "senses" => &mut predicate.senses,
                "praise" => &mut predicate.praise,
                "discomfort" => &mut predicate.discomfort,
                "person" => &mut predicate.person,
                _ => match key.split_once('.') {
                    Some(("not_benefit", family)) => {
                        predicate.not_benefit.entry(family.to_string()).or_default()
                    }
                    Some(("off_product", family)) => {
                        predicate.off_product.entry(family.to_string()).or_default()
                    }
                    _ => return Err(at(format!("unknown key `{key}`"))),
                },
            };
            list.extend(words.split_whitespace().map(str::to_string));
        }
        let off_product: Vec<&String> = predicate.off_product.values().flatten().collect();
        if !off_product.is_empty() {
            // The NFA quickest to build: a one-Note run builds it too.
            let words = AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .build(off_product)
                .map_err(|e| format!("{PREDICATE_FILE}: off_product: {e}"))?;
            predicate.off_product_words = Some(words);
        }
        Ok(predicate)
    }

    /// The first predicate in `within` of the region's text that says how
    /// the product is in use, read clause by clause from jieba's tags; the
    /// clauses are tagged only up to the first one holding such a predicate.
    fn first_benefit(&self, region: &CopyRegion, within: Range<usize>) -> Option<Range<usize>> {
        let text = region.text();
        clauses(text)
            .filter(|clause| clause.start < within.end && clause.end > within.start)
            .filter(|clause| {
                let read = clause.start.max(within.start)..clause.end.min(within.end);
                !self.off_product(&text[read])
            })
            .find_map(|clause| {
                let words: Vec<Word> = region
                    .boundaries
                    .tag(clause)
                    .into_iter()
                    .filter(|w| w.range.start >= within.start && w.range.end <= within.end)
                    .flat_map(|word| read_word(word, text))
                    .collect();
                self.in_clause(&words, text)
            })
    }

    /// Whether a clause is about shipping, returns, the deal or a greeting.
    fn off_product(&self, clause: &str) -> bool {
        self.off_product_words
            .as_ref()
            .is_some_and(|words| words.is_match(clause))
    }

    /// The first benefit predicate among a clause's words.
    fn in_clause(&self, words: &[Word], text: &str) -> Option<Range<usize>> {
        (0..words.len()).find_map(|i| {
            self.denied_discomfort(words, i, text)
                .or_else(|| self.praised_sense(words, i))
                .or_else(|| self.complement(words, i))
                .or_else(|| self.adjective(words, i))
        })
    }

    /// The first word from `i` on that is neither a degree word nor a
    /// filler.
    fn skip_modifiers(&self, words: &[Word], mut i: usize) -> usize {
        while words
            .get(i)
            .is_some_and(|w| is_in(&self.degree, w.text) || is_in(&self.filler, w.text))
        {
            i += 1;
        }
        i
    }

    /// An adjective that can describe the product: tagged as one, and not
    /// of a family that says nothing of it or of a discomfort.
    fn describes(&self, word: &Word) -> bool {
        self.adjective_tags.iter().any(|t| t == word.tag)
            && !self
                .not_benefit
                .values()
                .any(|family| is_in(family, word.text))
            && !is_in(&self.discomfort, word.text)
    }

    /// The word before `i`, over degree words and fillers: the predicate's
    /// subject, or a negation.
    fn subject<'w, 't>(&self, words: &'w [Word<'t>], i: usize) -> Option<&'w Word<'t>> {
        words[..i]
            .iter()
            .rev()
            .find(|w| !is_in(&self.degree, w.text) && !is_in(&self.filler, w.text))
    }

    /// Whether a predicate with this subject is no benefit: negated
    /// (不太平整), or about a person or a time (我很开心, 今天很忙).
    fn negated_or_personal(&self, subject: Option<&Word>) -> bool {
        subject.is_some_and(|w| {
            is_in(&self.negation, w.text) || is_in(&self.person, w.text) || w.tag == "t"
        })
    }

    /// Whether a word is a sense or feel: 香气, 口感, 锅气.
    fn is_sense(&self, word: &Word) -> bool {
        self.senses.iter().any(|s| word.text.ends_with(s.as_str()))
    }

    /// A discomfort denied: 不闷, 也不磨脚, 不会起球. The discomfort is
    /// read from the text after the negation up to a word boundary, so it
    /// holds however jieba cut it (磨脚 or 磨 + 脚).
    fn denied_discomfort(&self, words: &[Word], i: usize, text: &str) -> Option<Range<usize>> {
        let word = &words[i];
        if !is_in(&self.negation, word.text) {
            return None;
        }
        let from = words.get(self.skip_modifiers(words, i + 1))?.range.start;
        let rest = &text[from..];
        self.discomfort
            .iter()
            .filter(|d| rest.starts_with(d.as_str()))
            .map(|d| from + d.len())
            .filter(|&end| words.iter().any(|w| w.range.end == end))
            .max()
            .map(|end| word.range.start..end)
    }

    /// A sense or feel named, then praised: 香气很足, 锅气足, 口感绝了.
    fn praised_sense(&self, words: &[Word], i: usize) -> Option<Range<usize>> {
        if !self.is_sense(&words[i]) {
            return None;
        }
        let next = words.get(self.skip_modifiers(words, i + 1))?;
        (self.describes(next) || is_in(&self.praise, next.text))
            .then(|| words[i].range.start..next.range.end)
    }

    /// A verb and its complement: 烧得很均匀, 穿着舒服, 摸起来很厚实.
    fn complement(&self, words: &[Word], i: usize) -> Option<Range<usize>> {
        if i == 0 || !is_in(&self.complement, words[i].text) {
            return None;
        }
        let next = words.get(self.skip_modifiers(words, i + 1))?;
        self.describes(next)
            .then(|| words[i - 1].range.start..next.range.end)
    }

    /// An adjective as the predicate: it ends its clause, or only
    /// particles follow it (面料很厚实, 肉质超好了); not before the noun
    /// or the verb it qualifies (著名的景点, 突然多了, 好难喝). Of two
    /// characters or more, after a degree word or its subject noun (外套厚实);
    /// of one, after its subject noun (肉嫩, 面料很软), not on its own
    /// (太好了).
    fn adjective(&self, words: &[Word], i: usize) -> Option<Range<usize>> {
        let word = &words[i];
        let subject = self.subject(words, i);
        if !self.describes(word) || self.negated_or_personal(subject) {
            return None;
        }
        let ends_clause = words[i + 1..]
            .iter()
            .all(|w| is_in(&self.particles, w.text));
        let after_degree = i > 0 && is_in(&self.degree, words[i - 1].text);
        let after_noun = subject.is_some_and(|s| s.tag.starts_with('n') || self.is_sense(s));
        let whole_word = word.text.chars().nth(1).is_some();
        (ends_clause && (after_noun || (whole_word && after_degree))).then(|| word.range.clone())
    }
}

/// The clauses of a text: its runs of Han characters, ASCII letters and
/// digits (and the `+#&._%-` jieba keeps inside words), split at
/// punctuation, spaces and emoji, which jieba never puts inside a word.
fn clauses(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let in_clause = |c: char| {
        c.is_ascii_alphanumeric()
            || is_han(c)
            || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
    };
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(i, c)| match (start, in_clause(c)) {
            (None, true) => {
                start = Some(i);
                None
            }
            (Some(s), false) => {
                start = None;
                Some(s..i)
            }
            _ => None,
        })
}

/// Whether a benefit word tagged `categories` counts for a Note of
/// `category`: general words always do, category words when the category
/// matches or is unknown.
fn applies_to(categories: Option<&str>, category: Option<&str>) -> bool {
    let Some(categories) = categories.filter(|c| !c.is_empty() && *c != "-") else {
        return true;
    };
    categories
        .split(',')
        .map(str::trim)
        .any(|c| c == "general" || category.is_none_or(|note| note == c || note == "other"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_predicate_file_reads_with_every_family() {
        let predicate = Predicate::parse(PREDICATE_DATA).expect("parses");
        assert_eq!(predicate.adjective_tags, ["a", "ad", "an", "z"]);
        assert!(is_in(&predicate.negation, "不"));
        let families =
            |map: &BTreeMap<String, Vec<String>>| -> Vec<String> { map.keys().cloned().collect() };
        assert_eq!(
            families(&predicate.not_benefit),
            ["deal", "feeling", "quantity", "standing", "time"]
        );
        assert_eq!(
            families(&predicate.off_product),
            ["deal", "greeting", "policy"]
        );
        assert!(BenefitBeforePrice.validate().is_ok());
    }

    #[test]
    fn a_clause_is_off_the_product_when_it_holds_any_family_word() {
        let predicate = Predicate::parse(PREDICATE_DATA).expect("parses");
        // Each word alone, at the start, in the middle and at the end of a
        // clause, as `str::contains` found it before.
        for word in predicate.off_product.values().flatten() {
            for clause in [word.clone(), format!("{word}很"), format!("面料{word}很软")] {
                assert!(predicate.off_product(&clause), "{clause}");
            }
        }
        for (clause, off) in [
            ("今天顺丰包邮到家", true),
            ("券后更划算", true),
            ("哈喽姐妹们", true),
            ("面料很厚实", false),
            ("香气很足", false),
            ("", false),
        ] {
            assert_eq!(predicate.off_product(clause), off, "{clause}");
        }
        let none = Predicate::parse("degree\t很").expect("parses");
        assert!(!none.off_product("今天包邮"));
    }

    #[test]
    fn clauses_split_at_punctuation_spaces_and_emoji_but_keep_word_signs() {
        let text = "面料很软，7天无理由 退换✨满299-50%折_v2.0&赠#好物";
        let found: Vec<&str> = clauses(text).map(|r| &text[r]).collect();
        assert_eq!(
            found,
            ["面料很软", "7天无理由", "退换", "满299-50%折_v2.0&赠#好物"]
        );
    }

    #[test]
    fn a_bad_predicate_line_names_its_file_and_line() {
        assert_eq!(
            Predicate::parse("# families\ndegree 很").err().as_deref(),
            Some("dictionaries/benefit-predicate.txt:2: a key, a tab, then words")
        );
        assert_eq!(
            Predicate::parse("degree\t很\nsizes\t码").err().as_deref(),
            Some("dictionaries/benefit-predicate.txt:2: unknown key `sizes`")
        );
    }
}
