use std::sync::LazyLock;

use serde::Deserialize;

use std::ops::Range;

use super::lexicon_rule::{self, Found};
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::{CopyRegion, Kind, PreparedNote};
use crate::text::lexicon::{Entry, Lexicon};
use crate::text::lexicons::word_list;

declare_rule! {
    /// ## What it checks
    /// Absolute terms that the Advertising Law (广告法 Art. 9) forbids in
    /// advertising: superlatives (`最好`, `最佳`, `最低价`, `史上最`),
    /// rankings (`第一品牌`, `销量第一`, `NO.1`), top grades (`顶级`,
    /// `国家级`, `世界级`), and absolute promises (`万能`, `绝对`,
    /// `100%有效`). Superlatives are also read by their shape
    /// (`dictionaries/absolute-claim-shape.txt`): a scope and/or `最` + an
    /// evaluative word (`全美最好吃`, `最火爆`, `全世界最大`) and `绝对` + a
    /// quality (`绝对正品`), the span covering the whole term. Matching is
    /// segmentation-aware: a term inside a larger word is not a claim.
    ///
    /// Exempt, following the 2023 SAMR enforcement guideline on absolute
    /// terms: usage tips (`最佳赏味期`), lawful designations (`国家级非遗`),
    /// time and sequence words (`最近`, `最后一步`), quantities (`最多`,
    /// `最少也要`), ordinals (`第一次`, `第一口`), flaws (`唯一的缺点`),
    /// material composition (`100%纯棉`), standard grades (`食品级`), and
    /// the declared product and brand names. Nor are `绝对` as the writer's
    /// certainty (`我绝对会回购`), a negated or asked superlative (`不是最好吃的`,
    /// `哪款最适合干皮？`), or `最好` as "had better" (`最好提前预约`).
    ///
    /// The law judges advertising, so the rule reads who speaks and what the
    /// superlative is about. A sale Note, a Note that declares what it sells
    /// (front matter `product`, `category`, `sale`, …) and copy only a seller
    /// or promoter writes (`新研发`, `欢迎到店`, `小编`) are advertising; an
    /// organic Note in a customer's, visitor's or diarist's voice (`我`,
    /// `入手`, `人均`, `门票`, `📍`) is an opinion and is not checked. A
    /// superlative about a place, an organisation, a person, a time or a
    /// relation (`世界最大的戏剧制作公司`, `最舒服的季节`, `北京对我最好`), a
    /// `第一` that opens a sequence (`健康第一⏎亲情第二`), and, when nothing
    /// says who speaks, a cited title or a topic tag are not claims either.
    ///
    /// ## Why it matters for the sale
    /// A brand Note is an advertisement. An absolute claim can bring a fine
    /// from market regulators and a takedown from the platform in the middle
    /// of the sale — and shoppers who have seen every product called "the
    /// best" trust a specific, checkable benefit more.
    ///
    /// ## Bad
    /// ```text
    /// 史上最好用的面霜，全网最低价
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 我用过很清爽的一款面霜，这次活动价很划算
    /// ```
    ///
    /// ## Options
    /// `lexicons.absolute-claim.add` / `.remove`; brand names in `dictionary`
    /// are never flagged.
    pub struct AbsoluteClaim {
        id: "absolute-claim",
        severity: Error,
        fixable: false,
        summary: "Advertising Law absolute term (最好, 第一, 顶级, 100%有效, …)",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    patterns: Vec<PatternSpec>,
    /// Copy only a seller or a promoter writes (`新研发`, `欢迎到店`, `小编`).
    #[serde(default)]
    advertiser: Vec<PatternSpec>,
    /// Copy of a writer telling what they bought, ate, saw or did, beyond
    /// the offer classifier's shopper voice (`买回来`, `这趟`, `攻略`).
    #[serde(default)]
    customer: Vec<PatternSpec>,
    /// Right before a superlative, a relation rather than a quality: `对我`.
    #[serde(default)]
    relation: Vec<PatternSpec>,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(AbsoluteClaim::META.spec));
static PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.patterns).unwrap_or_default());
static ADVERTISER: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.advertiser).unwrap_or_default());
static CUSTOMER: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.customer).unwrap_or_default());
static RELATION: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.relation).unwrap_or_default());

const SUBJECT_TEXT: &str = crate::text::data_files::dictionary_file("absolute-claim-subject");

/// Head nouns of what a superlative can be about that is not what a Note
/// promotes: places, organisations, people, times and gifts of life
/// (`dictionaries/absolute-claim-subject.txt`).
static SUBJECTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    word_list("absolute-claim-subject")
        .unwrap_or_default()
        .entries
        .iter()
        .map(|e| e.term.to_string())
        .collect()
});

/// Who speaks in a Note. The Advertising Law judges advertising: what a
/// seller or a promoter says of what it sells. A shopper's review, a
/// traveller's guide or a diary praises what the writer found, and a
/// superlative there is an opinion, not an advertising claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    /// A sale Note, a Note that declares what it sells (front matter
    /// `product`, `category`, `sale`, `store_link`, `campaign`,
    /// `registration`, or a config `category` for its folder), or copy only
    /// a seller or promoter writes.
    Advertiser,
    /// An organic Note in the voice of a customer, a visitor or a diarist.
    Customer,
    /// Neither is said: the copy is read as the user's own advertising.
    Unknown,
}

fn any_in(note: &PreparedNote, patterns: &[Pattern]) -> bool {
    note.regions().any(|region| {
        let haystack = region.haystack();
        patterns
            .iter()
            .any(|p| p.find_iter(&haystack).next().is_some())
    })
}

fn voice(note: &PreparedNote) -> Voice {
    let declared = note.note.front_matter.as_ref().is_some_and(|fm| {
        fm.product.is_some()
            || fm.category.is_some()
            || fm.sale.is_some()
            || fm.store_link.is_some()
            || fm.campaign.is_some()
            || fm.registration.is_some()
    }) || note.settings.category.is_some();
    // `kind()`, not `is_sale()`: the rule applies to every Note, so its
    // findings carry no "treated as a sale Note" note.
    if declared || note.kind().kind == Kind::Sale || any_in(note, &ADVERTISER) {
        return Voice::Advertiser;
    }
    let reading = super::offer::read(note);
    let writer = reading.found.iter().any(|f| {
        matches!(
            f.signal.as_str(),
            "shopper-voice" | "first-person" | "price-as-information"
        )
    });
    if writer || any_in(note, &CUSTOMER) {
        Voice::Customer
    } else {
        Voice::Unknown
    }
}

/// Whether the superlative at `range` is about something the Note does not
/// promote: `对我最好` (a relation), `世界最大的戏剧制作公司`,
/// `最著名的一眼古泉`, `最舒服的季节` (an organisation, a place, a time:
/// the head of the noun phrase after 的).
fn about_third_party(region: &CopyRegion, range: &Range<usize>) -> bool {
    let text = region.text();
    let clause_start = text[..range.start].rfind(CLAUSE_STOPS).map_or(0, |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    let lead = region.fragment(&text[clause_start..range.start]);
    if RELATION.iter().any(|p| p.find_iter(&lead).next().is_some()) {
        return true;
    }
    let rest = &text[range.end..];
    let Some(phrase) = rest.strip_prefix('的') else {
        return false;
    };
    let end = phrase.find(CLAUSE_STOPS).unwrap_or(phrase.len());
    let phrase: String = phrase[..end].chars().take(12).collect();
    SUBJECTS.iter().any(|head| phrase.contains(head.as_str()))
}

const CLAUSE_STOPS: &[char] = &[
    '，', ',', '。', '.', '!', '！', '?', '？', '；', ';', '：', ':', '\n', '、', '（', '(', '）',
    ')',
];

/// Whether `第一` at `range` opens a sequence rather than claiming a rank:
/// `健康第一⏎亲情第二⏎事业第三` counts, `第一步…第二步` orders.
fn enumerates(text: &str, range: &Range<usize>) -> bool {
    const REACH: usize = 90;
    if !text[range.clone()].ends_with("第一") {
        return false;
    }
    let mut end = (range.end + REACH).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // Parallel items each end their clause: 健康第一⏎亲情第二⏎.
    let ends_clause =
        |rest: &str| rest.is_empty() || rest.starts_with(CLAUSE_STOPS) || rest.starts_with(' ');
    let window = &text[range.end..end];
    ends_clause(window)
        && window
            .match_indices("第二")
            .any(|(i, w)| ends_clause(&text[range.end + i + w.len()..]))
}

/// Whether `range` lies inside a quotation on its line (`“世界最美20家书店”`):
/// a title or a saying the writer cites.
fn quoted(text: &str, range: &Range<usize>) -> bool {
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..range.start];
    let opens = before.matches(['“', '「', '『']).count();
    let closes = before.matches(['”', '」', '』']).count();
    opens > closes
}

/// The words that make 最 or 绝对 a claim, by role, longest first
/// (`dictionaries/absolute-claim-shape.txt`).
#[derive(Default)]
struct Shape {
    quality: Vec<Entry>,
    scoped: Vec<Entry>,
    scope: Vec<Entry>,
    market: Vec<Entry>,
    absolute: Vec<Entry>,
    verdict: Vec<Entry>,
}

static SHAPE: LazyLock<Shape> = LazyLock::new(|| {
    let lexicon = word_list("absolute-claim-shape").unwrap_or_default();
    let mut shape = Shape::default();
    for entry in lexicon.entries.iter() {
        // Each entry's flags read once: the lexicon has a hundred-odd
        // entries and six roles, and a start that meets 最 pays for this.
        let flags: Vec<&str> = entry.flags().collect();
        for (name, role) in shape.roles_mut() {
            if flags.contains(&name) {
                role.push(entry.clone());
            }
        }
    }
    for (_, role) in shape.roles_mut() {
        role.sort_by_key(|e| std::cmp::Reverse(e.term.len()));
    }
    shape
});

impl Shape {
    /// Each role's list, by the flag that puts an entry in it.
    fn roles_mut(&mut self) -> [(&'static str, &mut Vec<Entry>); 6] {
        [
            ("quality", &mut self.quality),
            ("scoped", &mut self.scoped),
            ("scope", &mut self.scope),
            ("market", &mut self.market),
            ("absolute", &mut self.absolute),
            ("verdict", &mut self.verdict),
        ]
    }
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// `最好` followed by a verb is advice, "had better" (`最好提前预约`); as a
/// claim it ends the phrase or qualifies a noun (`最好的`, `最好了`).
fn had_better(rest: &str) -> bool {
    rest.chars().next().is_some_and(is_han)
        && !["的", "了", "不过", "之一"]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// Words that deny or doubt the superlative right before it.
const NEGATIONS: &[&str] = &[
    "不是",
    "不算",
    "算不上",
    "称不上",
    "谈不上",
    "并非",
    "未必",
    "不一定",
    "没有",
    "不能说",
];

/// Whether a word right before the claim at `range` denies or doubts it:
/// `价格不算最便宜`, `不是全网最低价`, `谈不上是最好`.
fn negated(text: &str, range: &Range<usize>) -> bool {
    let lead = &text[..range.start];
    NEGATIONS
        .iter()
        .any(|n| lead.ends_with(n) || lead.trim_end_matches('是').ends_with(n))
}

/// The particles that end a question: `最好用吗`, `哪家最好呢`.
const QUESTION_PARTICLES: [char; 3] = ['吗', '呢', '嘛'];

/// Whether the sentence around `range` asks rather than claims:
/// `哪款最适合干皮？`, `谁家的最好吃？`.
fn asks(text: &str, range: &Range<usize>) -> bool {
    let ends = ['。', '.', '!', '！', '?', '？', '\n'];
    let start = text[..range.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| ends.contains(&c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[range.end..]
        .find(ends)
        .map_or(text.len(), |i| range.end + i);
    // 这不就是周末最佳享受⏎吗: a line break inside the question.
    let asks_with_mark = text[end..]
        .trim_start_matches('\n')
        .starts_with(|c: char| c == '?' || c == '？' || QUESTION_PARTICLES.contains(&c));
    let sentence = &text[start..end];
    // 这不就是周末最佳享受吗😎: a particle ends the clause, an emoji or a
    // mark after it.
    let particle_ends_clause = text[range.end..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|clause| clause.ends_with(QUESTION_PARTICLES));
    asks_with_mark
        || particle_ends_clause
        || ["哪", "什么", "谁家", "有没有"]
            .iter()
            .any(|w| sentence.contains(w))
        || sentence.trim_start().starts_with('求')
}

/// Superlatives and absolute promises found by their shape (SPEC 4.1):
/// a scope and/or `最` + an evaluative word (`全美最好吃`, `最火爆`,
/// `世界最大`), and `绝对` + a quality (`绝对正品`). Segmentation decides
/// where a term ends; the span covers the whole term.
fn by_shape(region: &CopyRegion) -> Vec<Found<'static>> {
    let text = region.text();
    // Most copy has neither word: its lists are sorted out only for copy
    // that has one.
    if !text.contains('最') && !text.contains("绝对") {
        return Vec::new();
    }
    let shape = &*SHAPE;
    let ends_word = |end: usize| region.boundaries.contains(end);
    let mut found = Vec::new();
    for (i, most) in text.match_indices('最') {
        let after = i + most.len();
        let rest = &text[after..];
        let before = &text[..i];
        let scope = shape
            .scope
            .iter()
            .chain(&shape.market)
            .filter(|e| before.ends_with(e.term.as_ref()) && ends_word(i - e.term.len()))
            .max_by_key(|e| e.term.len());
        let words = shape
            .quality
            .iter()
            .chain(scope.iter().flat_map(|_| shape.scoped.iter()));
        let mut quality: Option<&'static Entry> = None;
        for e in words {
            let fits = rest.starts_with(e.term.as_ref())
                && ends_word(after + e.term.len())
                && !(e.term == "好" && had_better(&rest[e.term.len()..]));
            if fits && quality.is_none_or(|q| q.term.len() < e.term.len()) {
                quality = Some(e);
            }
        }
        let market = scope.is_some_and(|s| shape.market.iter().any(|m| m.term == s.term));
        let end = match quality {
            Some(q) => after + q.term.len(),
            // 史上最不像蛋白棒的: a market makes 最 + any word a rank.
            None if market => match next_word_end(region, after) {
                Some(end) => end,
                None => continue,
            },
            None => continue,
        };
        let start = scope.map_or(i, |s| i - s.term.len());
        let range = start..end;
        if negated(text, &range)
            || asks(text, &range)
            || region.in_url(&range)
            || region.in_protected(&range)
        {
            continue;
        }
        found.push(Found {
            range,
            entry: quality,
            pattern: None,
        });
    }
    for (i, word) in text.match_indices("绝对") {
        let mut after = i + word.len();
        if text[after..].starts_with('是') {
            after += '是'.len_utf8();
        }
        let rest = &text[after..];
        let quality = shape
            .absolute
            .iter()
            .find(|e| rest.starts_with(e.term.as_ref()) && ends_word(after + e.term.len()));
        let range = match quality {
            Some(quality) => i..after + quality.term.len(),
            // 绝对是油皮通勤的好搭档: a verdict on the product, reported on 绝对.
            None if after > i + word.len() && verdict(&shape.verdict, rest) => i..i + word.len(),
            None => continue,
        };
        if !region.in_protected(&range) {
            found.push(Found {
                range,
                entry: None,
                pattern: None,
            });
        }
    }
    found
}

/// Whether the clause in `rest` (after `绝对是`) gives a verdict on what
/// is sold: `油皮通勤的好搭档`, `夏天的神器`.
fn verdict(words: &[Entry], rest: &str) -> bool {
    let clause = &rest[..rest
        .find(['，', ',', '。', '!', '！', '?', '？', '；', ';', '\n'])
        .unwrap_or(rest.len())];
    words.iter().any(|w| clause.contains(w.term.as_ref()))
}

/// The end of the word that starts at `start`: a run of Han characters or
/// letters up to the first word boundary, at most four characters.
fn next_word_end(region: &CopyRegion, start: usize) -> Option<usize> {
    let text = region.text();
    let mut end = start;
    for c in text[start..].chars().take(4) {
        if !(is_han(c) || c.is_alphanumeric()) {
            break;
        }
        end += c.len_utf8();
        if region.boundaries.contains(end) {
            return Some(end);
        }
    }
    (end > start).then_some(end)
}

/// Whether `span` (in the source) lies in a topic hashtag.
fn in_topic(note: &PreparedNote, span: &Range<usize>) -> bool {
    note.title_tags
        .iter()
        .chain(&note.body_tags)
        .any(|t| t.tag.is_topic() && t.span.start <= span.start && span.end <= t.span.end)
}

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(AbsoluteClaim::META.spec).map_err(|e| e.to_string())?;
    validate_all(&params.patterns)?;
    validate_all(&params.advertiser)?;
    validate_all(&params.customer)?;
    validate_all(&params.relation)?;
    Lexicon::parse("absolute-claim-subject", SUBJECT_TEXT).map_err(|e| e.to_string())?;
    Ok(())
}

impl Rule for AbsoluteClaim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        validate_data()
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        // Who speaks is read once, and only for a Note with a candidate.
        let speaker = std::cell::OnceCell::new();
        for region in note.regions() {
            let mut all = lexicon_rule::find(note, region, Self::META.id, &PATTERNS);
            all.extend(by_shape(region));
            for found in lexicon_rule::keep_longest(all) {
                let text = region.text();
                // A lexicon or pattern hit is denied as a shaped one is.
                if negated(text, &found.range)
                    || asks(text, &found.range)
                    || about_third_party(region, &found.range)
                    || enumerates(text, &found.range)
                {
                    continue;
                }
                let span = region.original(found.range.clone());
                match *speaker.get_or_init(|| voice(note)) {
                    Voice::Advertiser => {}
                    Voice::Customer => continue,
                    // A topic tag or a quotation names; it claims nothing.
                    Voice::Unknown => {
                        if quoted(text, &found.range) || in_topic(note, &span) {
                            continue;
                        }
                    }
                }
                let text = note.source_text(&span).to_string();
                let replacement = found
                    .entry
                    .and_then(|e| e.replacement())
                    .map(str::to_string)
                    .or_else(|| found.pattern.and_then(|p| p.spec.replacement.clone()));
                let mut diagnostic = Diagnostic::new(
                    Self::META.id,
                    span,
                    crate::msg!("absolute-claim", text = text),
                );
                diagnostic = match replacement {
                    Some(replacement) => diagnostic.with_suggestion(
                        crate::msg!("absolute-claim-rewrite"),
                        Some(replacement),
                        Applicability::MaybeIncorrect,
                    ),
                    None => diagnostic.with_suggestion(
                        crate::msg!("absolute-claim-remove"),
                        None,
                        Applicability::HasPlaceholders,
                    ),
                };
                out.push(diagnostic);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_shape_role_holds_the_entries_flagged_for_it_longest_first() {
        let lexicon = super::word_list("absolute-claim-shape").unwrap_or_default();
        let shape = &*super::SHAPE;
        for (name, role) in [
            ("quality", &shape.quality),
            ("scoped", &shape.scoped),
            ("scope", &shape.scope),
            ("market", &shape.market),
            ("absolute", &shape.absolute),
            ("verdict", &shape.verdict),
        ] {
            let mut expected: Vec<&str> = lexicon
                .entries
                .iter()
                .filter(|e| e.has_flag(name))
                .map(|e| e.term.as_ref())
                .collect();
            expected.sort_by_key(|term| std::cmp::Reverse(term.len()));
            let found: Vec<&str> = role.iter().map(|e| e.term.as_ref()).collect();
            assert!(!found.is_empty(), "{name}");
            assert_eq!(found, expected, "{name}");
        }
    }

    #[test]
    fn data_is_valid() {
        super::validate_data().expect("absolute-claim.yaml");
        assert!(super::SHAPE.quality.len() > 40 && super::SHAPE.scope.len() > 20);
        assert!(!super::SHAPE.absolute.is_empty());
    }

    #[test]
    fn had_better_is_advice_and_a_question_asks() {
        assert!(super::had_better("提前预约"));
        assert!(!super::had_better("的礼物"));
        assert!(!super::had_better("！"));
        let text = "哪款最适合干皮？这款最好用。";
        let at = |w: &str| {
            let i = text.find(w).expect("in text");
            i..i + w.len()
        };
        assert!(super::asks(text, &at("最适合")));
        assert!(!super::asks(text, &at("最好用")));
    }
}
