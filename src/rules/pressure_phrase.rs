use std::sync::LazyLock;

use serde::Deserialize;

use super::lexicon_rule;
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Suggestion};
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// Hard-sell pushes to buy now, in the title and the body: the phrases in
    /// `dictionaries/pressure-phrase.txt` (`手慢无`, `不买后悔`, `错过再等一年`,
    /// `闭眼入`, `赶紧下单`, `买它买它`, `所有女生`, `再不抢就没了`, …), the
    /// families in `rules/pressure-phrase.yaml` (`不买会后悔`, `给我冲`,
    /// `无脑入`, `冲冲冲`…) and runs of three or more `!`/`！`. Each finding
    /// comes with a community-framed rewrite.
    ///
    /// Not pressure: lowering it (`不买也没关系`), enthusiasm about one's own
    /// use (`后悔没早点用`), usage (`慢慢用`), nudges to save a Note
    /// (`赶紧收藏`), `冲` in `冲调`/`冲奶粉` or as a top-up (`直接冲一年`), the
    /// writer's own act (`我很焦虑，立即下单就想试试`), a haul named in a title
    /// (`亚马逊买买买丨`), and two exclamation marks.
    ///
    /// ## Why it matters for the sale
    /// Xiaohongshu's community rewards authenticity and the platform
    /// penalises overly salesy content. Pressure phrases read as a hard sell,
    /// draw negative comments and lose distribution; urgency framed as a
    /// reward for the community (a real limit, a followers-only offer) keeps
    /// the trust that converts.
    ///
    /// ## Bad
    /// ```text
    /// 手慢无！！！所有女生闭眼入
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 本周粉丝专享，限量200份，送完即止
    /// ```
    ///
    /// ## Options
    /// `lexicons.pressure-phrase.add` / `.remove` extend or trim the phrase list.
    pub struct PressurePhrase {
        id: "pressure-phrase",
        severity: Warning,
        fixable: true,
        summary: "Hard-sell pressure phrase or a run of exclamation marks",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    patterns: Vec<PatternSpec>,
    /// The shortest run of exclamation marks that counts.
    #[serde(default = "default_run")]
    exclamation_run: usize,
    /// The rewrite offered when neither the lexicon nor the pattern has one.
    #[serde(default)]
    default_replacement: String,
}

fn default_run() -> usize {
    3
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(PressurePhrase::META.spec));
static PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.patterns).unwrap_or_default());

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(PressurePhrase::META.spec).map_err(|e| e.to_string())?;
    validate_all(&params.patterns)
}

impl Rule for PressurePhrase {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        validate_data()
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let stock = note
            .note
            .front_matter
            .as_ref()
            .and_then(|fm| fm.sale.as_ref())
            .and_then(|s| s.stock.as_ref())
            .map(|s| s.value);
        for region in note.regions() {
            for found in lexicon_rule::find(note, region, Self::META.id, &PATTERNS) {
                let span = region.original(found.range.clone());
                if narrated(region.text(), &found.range)
                    || tops_up(region.text(), &found.range)
                    || haul_label(region.text(), &found.range)
                    || in_topic(note, &span)
                {
                    continue;
                }
                let text = note.source_text(&span).to_string();
                let (replacement, safe) = match (found.entry, found.pattern) {
                    (Some(entry), _) => (
                        entry.replacement().map(str::to_string),
                        entry.has_flag("safe"),
                    ),
                    (None, Some(pattern)) => (pattern.spec.replacement.clone(), false),
                    (None, None) => (None, false),
                };
                let replacement = fill(
                    replacement
                        .as_deref()
                        .unwrap_or(&PARAMS.default_replacement),
                    stock,
                );
                let applicability = if safe {
                    Applicability::MachineApplicable
                } else {
                    Applicability::MaybeIncorrect
                };
                out.push(
                    Diagnostic::new(
                        Self::META.id,
                        span,
                        crate::msg!("pressure-phrase", text = &text),
                    )
                    .with_suggestion(
                        crate::msg!("pressure-phrase-help"),
                        Some(replacement),
                        applicability,
                    ),
                );
            }
            exclamation_runs(note, region, out);
        }
    }
}

/// Whether `span` (in the source) lies in a topic hashtag: `#必买[话题]#`
/// names a topic, it orders no one.
pub(crate) fn in_topic(note: &PreparedNote, span: &std::ops::Range<usize>) -> bool {
    note.title_tags
        .iter()
        .chain(&note.body_tags)
        .any(|t| t.tag.is_topic() && t.span.start <= span.start && span.end <= t.span.end)
}

/// Whether the phrase at `range` tells what the writer did rather than
/// telling the reader to act (SPEC 4.1): its clause has the writer as
/// subject (`我当场就下单了`, `于是我们就冲冲冲`) and no reader addressed, or
/// the verb is done (`冲了`, `买买买过`).
fn narrated(text: &str, range: &std::ops::Range<usize>) -> bool {
    // A clause is short: looking further than this would only make a long
    // unpunctuated line quadratic.
    const REACH: usize = 120;
    let mut end = (range.end + REACH).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = range.start.saturating_sub(REACH);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let after = &text[range.end..end];
    // 冲了, 买买买过, 冲去了: the act is done.
    let moved = after.trim_start_matches(['去', '来', '到']);
    if after.starts_with(['了', '过']) || (moved.len() < after.len() && moved.starts_with('了'))
    {
        return true;
    }
    let stops = [
        '，', ',', '。', '.', '！', '!', '？', '?', '；', ';', '\n', '~', '～',
    ];
    // 赶紧下单点了还有的菜: the clause goes on with what was done.
    let clause_after = &after[..after.find(stops).unwrap_or(after.len())];
    // 下单就对了, 冲就完了: a chant's own ending, not a story.
    let chant_end = ["就对了", "就完了", "就完事", "就是了"]
        .iter()
        .any(|w| clause_after.starts_with(w));
    if clause_after.contains('了') && !clause_after.contains(['吧', '啦', '哦']) && !chant_end {
        return true;
    }
    let sentence_stops = ['。', '！', '!', '？', '?', '\n'];
    let before = &text[start..range.start];
    let start_of = |stops: &[char]| {
        before
            .char_indices()
            .rev()
            .find(|&(_, c)| stops.contains(&c))
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let clause = &before[start_of(&stops)..];
    let addresses_reader = [
        "你",
        "大家",
        "姐妹们",
        "宝子们",
        "宝宝们",
        "家人们",
        "朋友们",
        "集美们",
        "小伙伴们",
    ]
    .iter()
    .any(|w| clause.contains(w));
    if addresses_reader {
        return false;
    }
    // `给我冲` orders the reader; any other 我 before the phrase is the writer.
    let writer = clause.trim_end_matches("给我").trim_end_matches("都");
    if [
        "我",
        "咱",
        "俺",
        "于是",
        "当场",
        "当即",
        "一口气",
        "叫上",
        "约上",
        "这次",
        "终于",
        "为了",
    ]
    .iter()
    .any(|w| writer.contains(w))
    {
        return true;
    }
    // 我深感焦虑，立即下单…就发货了: the writer earlier in the sentence and
    // the story going on after the phrase.
    let sentence = &before[start_of(&sentence_stops)..];
    let rest = &after[..after.find(sentence_stops).unwrap_or(after.len())];
    // …我深感焦虑，立即下单就想看看: the writer's act, then what they meant.
    let goes_on = rest.contains('了')
        || (rest.starts_with('就')
            && !["就对", "就完", "就是", "就没", "就好"]
                .iter()
                .any(|w| rest.starts_with(w)));
    (sentence.contains('我') || sentence.contains("感觉")) && goes_on
}

/// Whether `冲` at the end of the phrase is a top-up (充): followed by a
/// length of time or an amount (`直接冲一年`, `冲100刀`, `冲会员`).
fn tops_up(text: &str, range: &std::ops::Range<usize>) -> bool {
    static TOP_UP: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
        regex::Regex::new(
            r"^(?:[0-9]+|[一二两三四五六七八九十半几]+)\s*(?:个\s*)?(?:年|月|季|周|天|块|元|刀|美元|美金)|^(?:值|会员|年卡|月卡|卡)",
        )
        .ok()
    });
    text[range.clone()].ends_with('冲')
        && TOP_UP
            .as_ref()
            .is_some_and(|re| re.is_match(&text[range.end..]))
}

/// Whether `买买买` names what the Note is about, right after a store and
/// before a title separator (`亚马逊买买买丨回购清单`): a label, not an order.
fn haul_label(text: &str, range: &std::ops::Range<usize>) -> bool {
    let after = &text[range.end..];
    let before = &text[..range.start];
    let after_store = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() && !"快买冲就都来去始紧我".contains(c));
    text[range.clone()].starts_with("买买买")
        && after_store
        && after.starts_with(['丨', '｜', '|', '/', '｜'])
}

/// `{stock}` in a rewrite becomes the declared stock; without one, the
/// clause that needs it is dropped.
fn fill(template: &str, stock: Option<u64>) -> String {
    match stock {
        Some(stock) => template.replace("{stock}", &stock.to_string()),
        None => template
            .split(['，', ','])
            .filter(|part| !part.contains("{stock}"))
            .collect::<Vec<_>>()
            .join("，"),
    }
}

/// The marks that make an exclamation run: `!` (full-width `！` folds to
/// it), `‼` (two), `❗` and `❕`.
fn marks_in(c: char) -> usize {
    match c {
        '!' | '❗' | '❕' => 1,
        '‼' => 2,
        _ => 0,
    }
}

/// Emoji presentation selectors that follow `❗️`/`‼️` and do not break a run.
fn is_selector(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}')
}

/// The runs of three or more exclamation marks in `text`, as byte ranges
/// (a selector after the last mark belongs to the run).
fn runs_of_marks(text: &str, shortest: usize) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut marks = marks_in(c);
        if marks == 0 {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            if marks_in(next) > 0 {
                marks += marks_in(next);
            } else if !is_selector(next) {
                break;
            }
            end = i + next.len_utf8();
            chars.next();
        }
        if marks >= shortest {
            runs.push(start..end);
        }
    }
    runs
}

/// Runs of exclamation marks shout in a sale Note; in an organic Note they
/// are the writer's tone (SPEC 4.1).
fn exclamation_runs(
    note: &PreparedNote,
    region: &crate::model::prepared::CopyRegion,
    out: &mut Vec<Diagnostic>,
) {
    if !note.is_sale() {
        return;
    }
    for run in runs_of_marks(region.text(), PARAMS.exclamation_run) {
        let mut span = region.original(run);
        // Matching drops presentation selectors; the run written in the
        // source keeps the one after its last mark.
        let after = note.source_text(&(span.end..note.note.source.len()));
        span.end += after
            .chars()
            .take_while(|&c| is_selector(c))
            .map(char::len_utf8)
            .sum::<usize>();
        let written = note.source_text(&span).to_string();
        let mut chars = written.chars();
        let single = match chars.next() {
            // One `‼` is two marks: keep one, written as Chinese copy writes it.
            Some('‼') => "！".to_string(),
            // `❗️` keeps its presentation selector, so it stays an emoji.
            Some(c) => std::iter::once(c)
                .chain(chars.next().filter(|&s| is_selector(s)))
                .collect(),
            None => String::new(),
        };
        let mut diagnostic = Diagnostic::new(
            PressurePhrase::META.id,
            span,
            crate::msg!("pressure-phrase-shout", text = &written),
        );
        let keep = Edit::new(diagnostic.span.clone(), single);
        diagnostic.suggestions.push(Suggestion::new(
            crate::msg!("pressure-phrase-shout-help"),
            vec![keep],
            Applicability::MachineApplicable,
        ));
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_is_valid() {
        validate_data().expect("pressure-phrase.yaml");
    }

    #[test]
    fn the_writer_narrating_is_not_pressure() {
        let narrated_at = |text: &str, phrase: &str| {
            let start = text.find(phrase).expect("phrase in text");
            narrated(text, &(start..start + phrase.len()))
        };
        assert!(narrated_at("下班路过，我当场就赶紧下单", "赶紧下单"));
        assert!(narrated_at("于是叫上小伙伴就冲冲冲", "冲冲冲"));
        assert!(narrated_at("看到打折就买买买了", "买买买"));
        assert!(!narrated_at("我劝你们赶紧下单", "赶紧下单"));
        assert!(!narrated_at("好喝，给我冲", "给我冲"));
        assert!(!narrated_at("羊毛薅起来！冲冲冲！", "冲冲冲"));
        assert!(narrated_at("为了不错过，和小姐妹冲去了", "姐妹冲"));
        assert!(narrated_at(
            "我深感焦虑，立即下单，没想到当天就发货了",
            "立即下单"
        ));
        assert!(!narrated_at("我超爱这个，姐妹们快冲", "姐妹们快冲"));
        assert!(narrated_at("招牌都没了\n赶紧下单点了别的菜", "赶紧下单"));
        assert!(narrated_at("这次直接入两瓶装", "直接入"));
    }

    #[test]
    fn runs_count_every_mark_and_skip_selectors() {
        let text = "好!!!再来‼️‼️‼️和❗️❗️❗️还有❕!!但两个!!";
        let runs: Vec<&str> = runs_of_marks(text, 3)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(runs, ["!!!", "‼️‼️‼️", "❗️❗️❗️", "❕!!"]);
    }

    #[test]
    fn stock_fills_the_rewrite_or_its_clause_is_dropped() {
        assert_eq!(
            fill("限量{stock}份，送完即止", Some(200)),
            "限量200份，送完即止"
        );
        assert_eq!(
            fill("本周粉丝专享，限量{stock}份，送完即止", None),
            "本周粉丝专享，送完即止"
        );
    }
}
