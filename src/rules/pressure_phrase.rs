use std::sync::LazyLock;

use serde::Deserialize;

use super::lexicon_rule;
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Suggestion};
use crate::lint::prepared::PreparedNote;

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
    /// (`赶紧收藏`), `冲` in `冲调`/`冲奶粉`, and two exclamation marks.
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
                        format!("“{text}” pressures readers; the community penalises hard selling"),
                    )
                    .with_suggestion(
                        "frame the urgency as a community reward",
                        Some(replacement),
                        applicability,
                    ),
                );
            }
            exclamation_runs(note, region, out);
        }
    }
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

fn exclamation_runs(
    note: &PreparedNote,
    region: &crate::lint::prepared::CopyRegion,
    out: &mut Vec<Diagnostic>,
) {
    let text = region.text();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'!' {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] == b'!' {
            i += 1;
        }
        if i - start < PARAMS.exclamation_run {
            continue;
        }
        let span = region.original(start..i);
        let written = note.source_text(&span).to_string();
        let single = written.chars().next().map(String::from).unwrap_or_default();
        let mut diagnostic = Diagnostic::new(
            PressurePhrase::META.id,
            span,
            format!("“{written}” shouts at readers; one exclamation mark is enough"),
        );
        let keep = Edit::new(diagnostic.span.clone(), single);
        diagnostic.suggestions.push(Suggestion::new(
            "keep one",
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
