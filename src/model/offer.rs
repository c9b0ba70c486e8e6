//! Whether a Note's copy makes an offer (SPEC 4.1): a small scored
//! classifier over offer signals — discounts, offer prices, gifts with
//! purchase, prices, calls to buy, a seller's or a shopper's voice, prices
//! given as information. Signals, weights and examples are data in
//! `rules/offer.yaml`.

use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use super::pattern::{Pattern, PatternSpec, compile_all};
use crate::model::prepared::{CopyRegion, PreparedNote};

pub const YAML: &str = crate::text::data_files::rule_file("offer");

#[derive(Debug, Default, Deserialize)]
struct OfferSpec {
    threshold: f64,
    #[serde(default)]
    signals: Vec<SignalSpec>,
}

#[derive(Debug, Deserialize)]
struct SignalSpec {
    id: String,
    weight: f64,
    #[serde(default)]
    group: Option<String>,
    patterns: Vec<PatternSpec>,
}

/// One offer signal with its compiled patterns.
pub struct OfferSignal {
    pub id: String,
    pub weight: f64,
    /// Signals of one group count once, at the weight of largest magnitude
    /// found.
    pub group: Option<String>,
    patterns: Vec<Pattern>,
}

impl OfferSignal {
    /// The first match of this signal in a region (a range of its folded
    /// text), links and hashtags excluded: a tag files the Note, it does
    /// not say who is writing.
    fn first_in(&self, region: &CopyRegion, tags: &[Range<usize>]) -> Option<Range<usize>> {
        let haystack = region.haystack();
        let in_tag = |r: &Range<usize>| {
            let original = region.original(r.clone());
            tags.iter()
                .any(|t| t.start <= original.start && original.end <= t.end)
        };
        self.patterns
            .iter()
            .filter_map(|p| {
                p.find_iter(&haystack)
                    .find(|r| !region.in_url(r) && !in_tag(r))
            })
            .min_by_key(|r| (r.start, std::cmp::Reverse(r.end)))
    }
}

/// The classifier: its signals and the score a sale Note reaches.
pub struct Classifier {
    pub threshold: f64,
    pub signals: Vec<OfferSignal>,
}

impl Classifier {
    pub fn load() -> Result<Classifier, String> {
        let spec: OfferSpec = super::rule_data::parse(YAML).map_err(|e| e.to_string())?;
        let signals = spec
            .signals
            .into_iter()
            .map(|s| {
                Ok(OfferSignal {
                    patterns: compile_all(&s.patterns).map_err(|e| format!("{}: {e}", s.id))?,
                    id: s.id,
                    weight: s.weight,
                    group: s.group,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Classifier {
            threshold: spec.threshold,
            signals,
        })
    }
}

static CLASSIFIER: LazyLock<Classifier> = LazyLock::new(|| {
    // The data is compiled in and tested: a failure is a defect the test
    // suite catches, never a panic in a user's run.
    Classifier::load().unwrap_or(Classifier {
        threshold: f64::INFINITY,
        signals: Vec::new(),
    })
});

/// A signal found in a Note: which one, and where (a source span).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub signal: String,
    pub weight: f64,
    /// Whether the signal is an offer itself (group `offer`): the evidence
    /// a reader recognises, before a price or a product card.
    pub offer: bool,
    pub span: Range<usize>,
}

/// What the classifier read in a Note.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub score: f64,
    pub found: Vec<Found>,
    /// Whether the score reaches the threshold.
    pub offer: bool,
}

impl Reading {
    /// The evidence a sale Note is named by: an offer itself when there is
    /// one, else the strongest signal found; the earliest among equals.
    pub fn evidence(&self) -> Option<&Found> {
        self.found.iter().filter(|f| f.weight > 0.0).min_by(|a, b| {
            b.offer
                .cmp(&a.offer)
                .then(b.weight.total_cmp(&a.weight))
                .then(a.span.start.cmp(&b.span.start))
        })
    }
}

/// Reads a Note's title and body for offer signals.
pub fn read(note: &PreparedNote) -> Reading {
    read_with(&CLASSIFIER, note)
}

fn read_with(classifier: &Classifier, note: &PreparedNote) -> Reading {
    let tags: Vec<Range<usize>> = note
        .title_tags
        .iter()
        .chain(&note.body_tags)
        .filter(|t| t.tag.is_topic())
        .map(|t| t.span.clone())
        .collect();
    let mut found = Vec::new();
    let mut score = 0.0;
    let mut groups: Vec<(&str, f64)> = Vec::new();
    for signal in &classifier.signals {
        let first = note
            .regions()
            .find_map(|region| Some((region, signal.first_in(region, &tags)?)));
        let Some((region, range)) = first else {
            continue;
        };
        let range = with_amount(region, range);
        found.push(Found {
            signal: signal.id.clone(),
            weight: signal.weight,
            offer: signal.group.as_deref() == Some("offer"),
            span: region.original(range),
        });
        match &signal.group {
            Some(group) => match groups.iter_mut().find(|(g, _)| g == group) {
                Some((_, best)) if signal.weight.abs() > best.abs() => *best = signal.weight,
                Some(_) => {}
                None => groups.push((group, signal.weight)),
            },
            None => score += signal.weight,
        }
    }
    score += groups.iter().map(|(_, w)| w).sum::<f64>();
    Reading {
        offer: score >= classifier.threshold,
        score,
        found,
    }
}

/// `到手价¥199`, `满299减50` read as one piece of evidence: a price word
/// takes the amount that directly follows it.
fn with_amount(region: &CopyRegion, range: Range<usize>) -> Range<usize> {
    super::signals::first_price_from(region, range)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::note::{Note, NoteFormat};
    use crate::settings::Settings;
    use crate::text::Haystack;

    #[derive(Deserialize)]
    struct Examples {
        sale: Vec<String>,
        organic: Vec<String>,
    }

    #[derive(Deserialize)]
    struct SignalExamples {
        id: String,
        examples: FlagPass,
    }

    #[derive(Deserialize)]
    struct FlagPass {
        flag: Vec<String>,
        pass: Vec<String>,
    }

    #[derive(Deserialize)]
    struct File {
        signals: Vec<SignalExamples>,
        examples: Examples,
    }

    fn file() -> File {
        serde_yaml::from_str(YAML).expect("rules/offer.yaml")
    }

    fn reading(source: &str) -> Reading {
        let note = Note::parse("note.md", source.to_string(), NoteFormat::Markdown);
        let settings = Settings::default();
        let prepared = PreparedNote::new(&note, &settings);
        read(&prepared)
    }

    #[test]
    fn the_classifier_loads_and_every_pattern_builds() {
        let classifier = Classifier::load().expect("valid offer signals");
        assert!(classifier.threshold > 0.0);
        for signal in &classifier.signals {
            assert!(!signal.patterns.is_empty(), "{}", signal.id);
            for pattern in &signal.patterns {
                pattern.validate().expect(&pattern.spec.regex);
            }
        }
    }

    #[test]
    fn every_signal_finds_its_flag_texts_and_not_its_pass_texts() {
        let classifier = Classifier::load().expect("valid offer signals");
        for examples in file().signals {
            let signal = classifier
                .signals
                .iter()
                .find(|s| s.id == examples.id)
                .expect("signal");
            let finds = |text: &str| {
                let folded = crate::text::normalize::Normalized::new(text, 0);
                let haystack = Haystack::new(folded.as_str());
                signal
                    .patterns
                    .iter()
                    .any(|p| p.find_iter(&haystack).next().is_some())
            };
            for text in &examples.examples.flag {
                assert!(
                    finds(text),
                    "{}: {text} should hold the signal",
                    examples.id
                );
            }
            for text in &examples.examples.pass {
                assert!(!finds(text), "{}: {text} should not hold it", examples.id);
            }
        }
    }

    #[test]
    fn example_notes_are_read_as_their_kind() {
        let examples = file().examples;
        for note in &examples.sale {
            let r = reading(note);
            assert!(r.offer, "a sale Note ({}): {note}\n{:?}", r.score, r.found);
        }
        for note in &examples.organic {
            let r = reading(note);
            assert!(
                !r.offer,
                "an organic Note ({}): {note}\n{:?}",
                r.score, r.found
            );
        }
    }

    #[test]
    fn evidence_is_the_strongest_signal_with_its_amount() {
        let source = "---\ntitle: 精华\n---\n上脸很润，到手价¥199，点商品卡下单\n";
        let r = reading(source);
        let evidence = r.evidence().expect("evidence");
        assert_eq!(evidence.signal, "offer-price");
        assert_eq!(&source[evidence.span.clone()], "到手价¥199");
    }
}
