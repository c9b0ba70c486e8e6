//! What the claim rules (`medical-claim`, `false-authority`,
//! `risky-promise`) share: finding their terms and patterns, and telling a
//! claim the copy makes for what it sells from the same words in a
//! negation, a disclaimer, a question or the writer's own story (SPEC 4.1).
//! The cues are data in `rules/claim-context.yaml`.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use super::lexicon_rule::{self, Found};
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::{CopyRegion, PreparedNote};
use crate::text::Haystack;
use crate::text::fingerprint::Build;

const YAML: &str = crate::text::data_files::rule_file("claim-context");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextSpec {
    #[serde(default)]
    negated: Vec<PatternSpec>,
    #[serde(default)]
    disclaimer: Vec<PatternSpec>,
    #[serde(default)]
    question: Vec<PatternSpec>,
    #[serde(default)]
    story: Vec<PatternSpec>,
    #[serde(default)]
    denied: Vec<PatternSpec>,
    #[serde(default)]
    drug: Vec<PatternSpec>,
}

struct Cues {
    negated: Vec<Pattern>,
    disclaimer: Vec<Pattern>,
    question: Vec<Pattern>,
    story: Vec<Pattern>,
    denied: Vec<Pattern>,
    drug: Vec<Pattern>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let spec: ContextSpec = super::spec::params(YAML);
    let compile = |specs: &[PatternSpec]| compile_all(specs).unwrap_or_default();
    Cues {
        negated: compile(&spec.negated),
        disclaimer: compile(&spec.disclaimer),
        question: compile(&spec.question),
        story: compile(&spec.story),
        denied: compile(&spec.denied),
        drug: compile(&spec.drug),
    }
});

/// Checks the shared cues; the test suite calls it through each rule.
pub fn validate() -> Result<(), String> {
    let spec: ContextSpec = super::spec::try_params(YAML).map_err(|e| e.to_string())?;
    for list in [
        &spec.negated,
        &spec.disclaimer,
        &spec.question,
        &spec.story,
        &spec.denied,
        &spec.drug,
    ] {
        validate_all(list).map_err(|e| format!("claim-context.yaml: {e}"))?;
    }
    Ok(())
}

/// A rule's own pattern data: regexes with `{NAME}` placeholders filled
/// from its `words:` map, and what else rules a sentence out.
#[derive(Debug, Default, Deserialize)]
pub struct ClaimSpec {
    #[serde(default)]
    pub words: BTreeMap<String, String>,
    #[serde(default)]
    pub patterns: Vec<PatternSpec>,
    /// Sentences in which this rule's terms are not a claim.
    #[serde(default)]
    pub not_claim: Vec<PatternSpec>,
    /// What, ending the clause right before a term, makes it advice or the
    /// writer's purchase rather than a claim (`做好防晒`, `当地买的防晒`).
    #[serde(default)]
    pub not_after: Vec<PatternSpec>,
}

/// A rule's compiled patterns.
#[derive(Default)]
pub struct ClaimPatterns {
    pub patterns: Vec<Pattern>,
    pub not_claim: Vec<Pattern>,
    pub not_after: Vec<Pattern>,
}

impl ClaimSpec {
    fn expanded(&self, specs: &[PatternSpec]) -> Vec<PatternSpec> {
        specs
            .iter()
            .map(|spec| {
                let mut spec = spec.clone();
                for (name, words) in &self.words {
                    spec.regex = spec.regex.replace(&format!("{{{name}}}"), words);
                }
                spec
            })
            .collect()
    }

    pub fn compile(&self) -> Result<ClaimPatterns, String> {
        Ok(ClaimPatterns {
            patterns: compile_all(&self.expanded(&self.patterns))?,
            not_claim: compile_all(&self.expanded(&self.not_claim))?,
            not_after: compile_all(&self.expanded(&self.not_after))?,
        })
    }

    pub fn validate(&self) -> Result<(), String> {
        validate_all(&self.expanded(&self.patterns))?;
        validate_all(&self.expanded(&self.not_claim))?;
        validate_all(&self.expanded(&self.not_after))?;
        validate()
    }
}

/// The terms of `lexicon` and matches of `patterns` in `region` that the
/// copy claims: not in a hashtag (a topic, not copy), not negated, not in
/// a disclaimer, a question or the writer's story, not in a sentence
/// `not_claim` rules out, not right after what `not_after` names.
pub fn claims<'a>(
    note: &'a PreparedNote,
    region: &'a CopyRegion,
    lexicon: &str,
    patterns: &'a ClaimPatterns,
) -> Vec<Found<'a>> {
    let text = region.text();
    let in_tag = |found: &Found| {
        let span = region.original(found.range.clone());
        note.title_tags
            .iter()
            .chain(&note.body_tags)
            .any(|tag| tag.span.start <= span.start && span.end <= tag.span.end)
    };
    let all = lexicon_rule::find(note, region, lexicon, &patterns.patterns);
    let ranges: Vec<Range<usize>> = all.iter().map(|f| f.range.clone()).collect();
    all.into_iter()
        .filter(|found| !in_tag(found))
        .filter(|found| {
            is_claim(
                text,
                &found.range,
                &ranges,
                &patterns.not_claim,
                region.build(),
            )
        })
        .filter(|found| {
            let before = &text[clause_start(text, found.range.start)..found.range.start];
            let haystack = region.fragment(before);
            !patterns
                .not_after
                .iter()
                .any(|p| p.find_iter(&haystack).next().is_some())
        })
        .collect()
}

/// Reports every claim of `lexicon` and `patterns` in a sale Note, each
/// with its rewrite (the entry's, else the pattern's, else `fallback`).
pub fn report(
    note: &PreparedNote,
    rule: &'static str,
    patterns: &ClaimPatterns,
    fallback: &str,
    message: impl Fn(&str) -> crate::i18n::Msg,
    help: crate::i18n::Msg,
    out: &mut Vec<Diagnostic>,
) {
    if !note.is_sale() {
        return;
    }
    for region in note.regions() {
        for found in claims(note, region, rule, patterns) {
            let span = region.original(found.range.clone());
            let text = note.source_text(&span).to_string();
            let replacement = found
                .entry
                .and_then(|e| e.replacement())
                .map(str::to_string)
                .or_else(|| found.pattern.and_then(|p| p.spec.replacement.clone()))
                .unwrap_or_else(|| fallback.to_string());
            let rewritten = region.original(with_modal(region.text(), &found.range));
            out.push(
                Diagnostic::new(rule, span, message(&text)).with_suggestion_at(
                    help.clone(),
                    replacement,
                    rewritten,
                    Applicability::MaybeIncorrect,
                ),
            );
        }
    }
}

/// `range` widened back over the "can" before a claim (`能消炎`, `还可以美白`),
/// so a rewrite that describes the felt effect replaces the whole claim.
pub fn with_modal(text: &str, range: &Range<usize>) -> Range<usize> {
    const MODALS: &[&str] = &["能够", "可以", "能", "可"];
    const ADVERBS: &[&str] = &["还", "也", "都", "更", "就"];
    let before = &text[..range.start];
    let Some(modal) = MODALS.iter().find(|m| before.ends_with(*m)) else {
        return range.clone();
    };
    let mut start = range.start - modal.len();
    if let Some(adverb) = ADVERBS.iter().find(|a| text[..start].ends_with(*a)) {
        start -= adverb.len();
    }
    start..range.end
}

/// Whether the term at `range` of `text` is claimed rather than negated,
/// disclaimed, asked about, told as the writer's story or said of a drug.
/// `found` are the other terms found, which the story cues also skip.
pub fn is_claim(
    text: &str,
    range: &Range<usize>,
    found: &[Range<usize>],
    not_claim: &[Pattern],
    build: Build,
) -> bool {
    let around = sentence(text, range);
    let sentence = &text[around.clone()];
    // The story cues look around the terms, not in them (`医院同款`
    // names a hospital without telling a visit).
    let mut beside = String::with_capacity(sentence.len());
    let mut at = around.start;
    let mut terms: Vec<&Range<usize>> = found
        .iter()
        .chain(std::iter::once(range))
        .filter(|r| r.start >= around.start && r.end <= around.end)
        .collect();
    terms.sort_by_key(|r| r.start);
    for term in terms {
        if term.start >= at {
            beside.push_str(&text[at..term.start]);
            beside.push('\u{3000}');
            at = term.end;
        }
    }
    beside.push_str(&text[at.min(around.end)..around.end]);
    let before = &text[clause_start(text, range.start)..range.start];
    let any = |patterns: &[Pattern], s: &str| {
        let haystack = Haystack::new(s).built(build);
        patterns
            .iter()
            .any(|p| p.find_iter(&haystack).next().is_some())
    };
    !(any(&CUES.negated, before)
        || any(&CUES.disclaimer, sentence)
        || any(&CUES.question, sentence)
        || any(&CUES.story, &beside)
        || any(&CUES.denied, &text[range.end..around.end])
        || any(&CUES.drug, &text[range.end..around.end])
        || any(not_claim, sentence))
}

const SENTENCE_END: &[char] = &['。', '！', '？', '!', '?', '\n', '；', ';'];
const CLAUSE_END: &[char] = &['，', ',', '、', '：', ':', '～', '~', ' '];

/// The sentence around `range`: from after the previous sentence end to
/// the next one, inclusive (so a question keeps its `？`), trailing ends
/// and spaces included.
pub fn sentence(text: &str, range: &Range<usize>) -> Range<usize> {
    let start = text[..range.start]
        .rfind(SENTENCE_END)
        .map_or(0, |i| i + char_len(text, i));
    let rest = &text[range.end..];
    let end = match rest.find(SENTENCE_END) {
        Some(i) => {
            let tail = &rest[i..];
            let run = tail.len()
                - tail
                    .trim_start_matches(|c: char| c != '\n' && SENTENCE_END.contains(&c))
                    .len();
            range.end + i + run
        }
        None => text.len(),
    };
    start..end
}

/// Where the clause holding `at` starts.
fn clause_start(text: &str, at: usize) -> usize {
    text[..at]
        .rfind(|c: char| SENTENCE_END.contains(&c) || CLAUSE_END.contains(&c))
        .map_or(0, |i| i + char_len(text, i))
}

fn char_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claimed(text: &str, term: &str) -> bool {
        let start = text.find(term).expect("term in text");
        is_claim(text, &(start..start + term.len()), &[], &[], Build::Quick)
    }

    #[test]
    fn cues_are_valid() {
        validate().expect("claim-context.yaml");
    }

    #[test]
    fn a_plain_claim_is_a_claim() {
        assert!(claimed("这款面霜能消炎，用完很舒服。", "消炎"));
    }

    #[test]
    fn negation_disclaimer_question_and_story_are_not_claims() {
        assert!(!claimed("这款面霜不能消炎，只是保湿。", "消炎"));
        assert!(!claimed("本品不能替代药品治疗疾病。", "治疗"));
        assert!(!claimed("这款面霜能消炎吗？", "消炎"));
        assert!(!claimed("上周去医院打了消炎针，脸还是红。", "消炎"));
        assert!(!claimed("用了十瓶，美白效果就是没效果。", "美白"));
        assert!(!claimed("医生开了止咳糖浆。", "止咳"));
    }

    #[test]
    fn a_sentence_ends_at_its_stop_and_keeps_a_question_mark() {
        let text = "第一句。能消炎吗？第三句";
        let start = text.find("消炎").unwrap_or_default();
        let range = sentence(text, &(start..start + "消炎".len()));
        assert_eq!(&text[range], "能消炎吗？");
    }
}
