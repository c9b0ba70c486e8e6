//! The title generator (SPEC 5): compliant, urgency-led titles from a sale's
//! facts. Templates (`rules/titles.yaml`) are rendered from the facts, the
//! product shortened at a word boundary where it does not fit, every
//! candidate linted as `check` would lint it, and the survivors ranked.

pub mod facts;
pub mod festival;
pub mod rank;
pub mod templates;
mod validate;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::input::note::Note;
use crate::settings::Settings;
use crate::text::segment::Segmenter;
use crate::text::units::{self, HalfUnits};

use facts::{Facts, Inputs};
use templates::{Claims, Titles};
pub use validate::is_validating;

/// A title that passed every rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub title: String,
    #[serde(serialize_with = "serialize_units")]
    pub units: HalfUnits,
    pub score: i32,
    pub template: String,
    pub claims: Claims,
}

fn serialize_units<S: serde::Serializer>(units: &HalfUnits, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(units.as_f64())
}

/// Why no title could be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GenerateError {
    #[error(
        "{origin}: “{product}” is {units} units and no word-boundary shortening of it fits a {limit}-unit title with the sale's limit — give a shorter product name"
    )]
    TooLong {
        origin: String,
        product: String,
        units: HalfUnits,
        limit: HalfUnits,
    },
    #[error("{origin}: every candidate title breaks `{rule}`: {message}")]
    Rejected {
        origin: String,
        rule: String,
        message: String,
    },
}

/// Every title for `facts` that passes the title rules under `settings`,
/// best first, without duplicates.
pub fn generate(facts: &Facts, settings: &Settings) -> Result<Vec<Candidate>, GenerateError> {
    let titles = Titles::builtin();
    let limit = settings.title_max_units;
    let unit = titles.unit(facts.category.as_deref());
    let pieces = Pieces::of(&facts.product);

    let mut drafts: Vec<(String, &str, Claims)> = Vec::new();
    for template in &titles.templates {
        for draft in template.render(facts, unit) {
            let fixed = units::length(&draft.before) + units::length(&draft.after);
            for product in pieces.fitting(fixed, limit) {
                let title = format!("{}{product}{}", draft.before, draft.after);
                let mut claims = draft.claims.clone();
                claims.product = product.to_string();
                drafts.push((title, template.id.as_str(), claims));
            }
        }
    }
    if drafts.is_empty() {
        return Err(GenerateError::TooLong {
            origin: facts.product_origin.to_string(),
            product: facts.product.clone(),
            units: units::length(&facts.product),
            limit,
        });
    }

    let validator = validate::Validator::new(facts, settings);
    let mut seen = std::collections::HashSet::new();
    let mut candidates = Vec::new();
    let mut first_rejection: Option<(Diagnostic, String)> = None;
    for (order, (title, template, claims)) in drafts.into_iter().enumerate() {
        if !seen.insert(title.clone()) {
            continue;
        }
        let blocking = validator.blocking(&title);
        if let Some(finding) = blocking.into_iter().next() {
            first_rejection.get_or_insert((finding, title));
            continue;
        }
        let score = rank::score(&title, &claims, facts);
        candidates.push((
            order,
            Candidate {
                units: units::length(&title),
                title,
                score,
                template: template.to_string(),
                claims,
            },
        ));
    }
    if candidates.is_empty()
        && let Some((finding, title)) = first_rejection
    {
        return Err(rejection(facts, &finding, &title));
    }
    candidates.sort_by(|(order_a, a), (order_b, b)| {
        b.score
            .cmp(&a.score)
            .then(b.units.cmp(&a.units))
            .then(order_a.cmp(order_b))
    });
    // One title per template (its best way of writing the time, the
    // festival and the product), and none that differs from a better one
    // only in separators.
    let mut keys = std::collections::HashSet::new();
    let mut used = std::collections::HashSet::new();
    Ok(candidates
        .into_iter()
        .map(|(_, c)| c)
        .filter(|c| used.insert(c.template.clone()) && keys.insert(rank::dedup_key(&c.title)))
        .collect())
}

/// Names the input the text a rule flags in every candidate came from.
fn rejection(facts: &Facts, finding: &Diagnostic, title: &str) -> GenerateError {
    let flagged = title.get(finding.span.clone()).unwrap_or(title);
    let origin = if facts.product.contains(flagged) || flagged.contains(&facts.product) {
        facts.product_origin.to_string()
    } else if let (Some(benefit), Some(origin)) = (&facts.benefit, &facts.benefit_origin)
        && benefit.contains(flagged)
    {
        origin.to_string()
    } else {
        "title".to_string()
    };
    GenerateError::Rejected {
        origin,
        rule: finding.rule.to_string(),
        message: format!("{} (in “{title}”)", finding.message),
    }
}

/// The product's name and its shortenings at word boundaries.
struct Pieces {
    full: String,
    /// Leading words, longest first.
    heads: Vec<String>,
    /// Trailing words, longest first.
    tails: Vec<String>,
}

impl Pieces {
    /// The shortest piece worth naming a product by.
    const MIN: HalfUnits = HalfUnits(4);

    fn of(product: &str) -> Pieces {
        let words = Segmenter::global().words(product);
        let trim = |s: &str| {
            s.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                .to_string()
        };
        let keep = |s: &String| units::length(s) >= Self::MIN && s != product;
        let heads = (1..words.len())
            .rev()
            .map(|k| trim(&words[..k].concat()))
            .filter(keep)
            .collect();
        let tails = (1..words.len())
            .map(|k| trim(&words[k..].concat()))
            .filter(keep)
            .collect();
        Pieces {
            full: product.to_string(),
            heads,
            tails,
        }
    }

    /// The full name when it fits beside `fixed` units of template text,
    /// else the longest head and the longest tail that fit.
    fn fitting(&self, fixed: HalfUnits, limit: HalfUnits) -> Vec<&str> {
        let fits = |s: &String| fixed + units::length(s) <= limit;
        if fits(&self.full) {
            return vec![&self.full];
        }
        let mut pieces: Vec<&str> = Vec::new();
        for piece in [
            self.heads.iter().find(|s| fits(s)),
            self.tails.iter().find(|s| fits(s)),
        ]
        .into_iter()
        .flatten()
        {
            if !pieces.contains(&piece.as_str()) {
                pieces.push(piece);
            }
        }
        pieces
    }
}

/// The best title for a Note that declares enough facts (a product and a
/// time or stock limit), for `title-scarcity`'s suggestion. `None` when the
/// facts do not suffice or no title passes.
pub fn suggest_for_note(note: &Note, settings: &Settings) -> Option<Candidate> {
    if is_validating() {
        return None;
    }
    let inputs = Inputs::from_note(note).ok()?;
    inputs.product.as_ref()?;
    let facts = Facts::resolve(inputs.clone(), None)
        .or_else(|_| {
            // A festival out of its window is left out, not an error here.
            Facts::resolve(
                Inputs {
                    festival: None,
                    ..inputs
                },
                None,
            )
        })
        .ok()?;
    generate(&facts, settings).ok()?.into_iter().next()
}
