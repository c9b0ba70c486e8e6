//! The title generator (SPEC 5): compliant, urgency-led titles from a sale's
//! facts. Templates (`rules/titles.yaml`) are rendered from the facts, the
//! product shortened at a word boundary where it does not fit, every
//! candidate linted as `check` would lint it, and the survivors ranked.

pub mod facts;
pub mod festival;
pub mod rank;
pub mod templates;
mod validate;

use std::ops::Range;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::diagnostic::Diagnostic;
use crate::i18n::{Arg, Lang, Msg};
use crate::input::note::Note;
use crate::msg;
use crate::rules::{SaleWindow, TitleLength};
use crate::settings::Settings;
use crate::text::segment::Segmenter;
use crate::text::units::{self, HalfUnits};

use facts::{Facts, Inputs};
use templates::{Claims, Titles};
pub use validate::Linter;

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

impl GenerateError {
    /// The error as a text to show in the run's language; its `Display`
    /// is the English.
    pub fn msg(&self) -> Msg {
        match self {
            GenerateError::TooLong {
                origin,
                product,
                units,
                limit,
            } => msg!(
                "title-error-too-long",
                origin = origin,
                product = product,
                units = units.to_string(),
                limit = limit.to_string()
            ),
            GenerateError::WindowTooLong { hours, max } => msg!(
                "title-error-window",
                hours = hours.to_string(),
                max = max.to_string()
            ),
            GenerateError::Rejected {
                origin, rule, said, ..
            } => msg!(
                "title-error-rejected",
                origin = origin
                    .as_ref()
                    .map(|o| format!("{o}: "))
                    .unwrap_or_default(),
                rule = rule,
                message = said.clone()
            ),
        }
    }
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
    /// The only limit given is a window longer than a flash sale, which no
    /// title states (sale-window).
    #[error(
        "the sale window is {hours} hours, longer than a flash sale ({max} hours, sale-window), so no title states it — give a stock, or a window of at most {max} hours"
    )]
    WindowTooLong { hours: u32, max: usize },
    /// Every candidate broke a rule; `origin` names the input the flagged
    /// text came from, when it came from one.
    #[error("{}every candidate title breaks `{rule}`: {message}", origin.as_ref().map(|o| format!("{o}: ")).unwrap_or_default())]
    Rejected {
        origin: Option<String>,
        rule: String,
        message: String,
        /// `message` in either language.
        said: Msg,
    },
}

/// The titles for a sale, and notes on the facts no title could use.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    /// Best first, without duplicates.
    pub titles: Vec<Candidate>,
    /// `origin: why` for a benefit or festival given but in no title.
    pub notes: Vec<Msg>,
}

/// A candidate a rule refused.
struct Refused {
    title: String,
    claims: Claims,
    finding: Diagnostic,
}

/// Every title for `facts` that passes the title rules as `linter` lints
/// them, best first, without duplicates.
pub fn generate(facts: &Facts, linter: &dyn Linter) -> Result<Generated, GenerateError> {
    let settings = linter.settings();
    let limit = TitleLength::max_units(settings);
    let drafts = drafts(facts, settings);
    let max = SaleWindow::max_hours(settings);
    if let Some(hours) = facts.hours.filter(|h| *h as usize > max)
        && drafts.is_empty()
    {
        return Err(GenerateError::WindowTooLong { hours, max });
    }
    if drafts.is_empty() {
        return Err(GenerateError::TooLong {
            origin: facts.product_origin.to_string(),
            product: facts.product.clone(),
            units: units::length(&facts.product),
            limit,
        });
    }

    let validator = validate::Validator::new(facts, linter);
    let mut seen = std::collections::HashSet::new();
    let mut candidates = Vec::new();
    let mut refused: Vec<Refused> = Vec::new();
    for (order, (title, template, claims)) in drafts.into_iter().enumerate() {
        if !seen.insert(title.clone()) {
            continue;
        }
        if let Some(finding) = validator.blocking(&title).into_iter().next() {
            refused.push(Refused {
                title,
                claims,
                finding,
            });
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
        && let Some(first) = refused.first()
    {
        let (origin, message) = explain(facts, first);
        return Err(GenerateError::Rejected {
            origin,
            rule: first.finding.rule.to_string(),
            message: message.render(Lang::En),
            said: message,
        });
    }
    candidates.sort_by(|(order_a, a), (order_b, b)| best_first((*order_a, a), (*order_b, b)));
    // One title per template (its best way of writing the time, the
    // festival and the product), and none that differs from a better one
    // only in separators.
    let mut keys = std::collections::HashSet::new();
    let mut used = std::collections::HashSet::new();
    let titles: Vec<Candidate> = candidates
        .into_iter()
        .map(|(_, c)| c)
        .filter(|c| used.insert(c.template.clone()) && keys.insert(rank::dedup_key(&c.title)))
        .collect();
    let notes = unused_facts(facts, &titles, &refused, limit);
    Ok(Generated { titles, notes })
}

/// Every title the templates write for `facts` within the length limit,
/// in template order, with its template and claims; not yet checked.
fn drafts(facts: &Facts, settings: &Settings) -> Vec<(String, &'static str, Claims)> {
    let titles = Titles::builtin();
    let limit = TitleLength::max_units(settings);
    let unit = titles.unit(facts.category.as_deref().or(settings.category.as_deref()));
    let pieces = Pieces::of(&facts.product, &settings.dictionary, &settings.segmenter);
    let max_hours = u32::try_from(SaleWindow::max_hours(settings)).unwrap_or(u32::MAX);
    let mut drafts = Vec::new();
    for template in &titles.templates {
        for draft in template.render(facts, unit) {
            // A window longer than a flash sale is no limit (sale-window).
            let hours = [draft.claims.hours, draft.claims.countdown_hours];
            if hours.iter().flatten().any(|h| *h > max_hours) {
                continue;
            }
            let fixed = units::length(&draft.before) + units::length(&draft.after);
            for product in pieces.fitting(fixed, limit) {
                if repeats_a_word(product, &draft.before, &draft.after) {
                    continue;
                }
                let title = format!("{}{product}{}", draft.before, draft.after);
                let mut claims = draft.claims.clone();
                claims.product = product.to_string();
                drafts.push((title, template.id.as_str(), claims));
            }
        }
    }
    drafts
}

/// Whether the text around the product repeats a word of it (`补水精华 补水
/// 保湿`, `限量版口红 限量优惠`): any two Chinese characters in a row of the
/// product found again around it.
fn repeats_a_word(product: &str, before: &str, after: &str) -> bool {
    let chars: Vec<char> = product.chars().collect();
    chars.windows(2).any(|pair| {
        let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        if !(cjk(pair[0]) && cjk(pair[1])) {
            return false;
        }
        let word: String = pair.iter().collect();
        before.contains(&word) || after.contains(&word)
    })
}

/// The order titles are offered in: best score, then the longer (the more
/// said), then template order.
fn best_first(a: (usize, &Candidate), b: (usize, &Candidate)) -> std::cmp::Ordering {
    b.1.score
        .cmp(&a.1.score)
        .then(b.1.units.cmp(&a.1.units))
        .then(a.0.cmp(&b.0))
}

/// The first title [`generate`] would offer, found by checking drafts in
/// the order they would be offered and stopping at the first that passes:
/// each check lints a Note, and a suggestion needs one title.
fn best(facts: &Facts, linter: &dyn Linter) -> Option<Candidate> {
    let mut ranked: Vec<(usize, Candidate)> = drafts(facts, linter.settings())
        .into_iter()
        .enumerate()
        .map(|(order, (title, template, claims))| {
            let candidate = Candidate {
                units: units::length(&title),
                score: rank::score(&title, &claims, facts),
                title,
                template: template.to_string(),
                claims,
            };
            (order, candidate)
        })
        .collect();
    ranked.sort_by(|(order_a, a), (order_b, b)| best_first((*order_a, a), (*order_b, b)));
    let validator = validate::Validator::new(facts, linter);
    ranked
        .into_iter()
        .map(|(_, candidate)| candidate)
        .find(|candidate| validator.blocking(&candidate.title).is_empty())
}

/// Which input the text a rule flagged came from, and the finding.
fn explain(facts: &Facts, refused: &Refused) -> (Option<String>, Msg) {
    let title = &refused.title;
    let finding = &refused.finding;
    let flagged = title.get(finding.span.clone()).unwrap_or(title);
    let in_product = refused.claims.product.contains(flagged);
    let in_benefit = refused
        .claims
        .benefit
        .as_ref()
        .is_some_and(|b| b.contains(flagged));
    let origin = if in_product {
        Some(facts.product_origin.to_string())
    } else if in_benefit {
        facts.benefit_origin.as_ref().map(ToString::to_string)
    } else {
        None
    };
    let said = finding
        .msg
        .clone()
        .map_or_else(|| Arg::from(&finding.message), Arg::from);
    (
        origin,
        msg!("title-finding-in", finding = said, title = title),
    )
}

/// Notes on each fact that was given but is in no title — the sale
/// window, the stock, the price, the benefit, the festival — and why.
fn unused_facts(
    facts: &Facts,
    titles: &[Candidate],
    refused: &[Refused],
    limit: HalfUnits,
) -> Vec<Msg> {
    let mut notes = Vec::new();
    let mut note = |origin: Option<String>, what: Arg, claims: fn(&Claims) -> bool| {
        if titles.iter().any(|c| claims(&c.claims)) {
            return;
        }
        let why = match refused.iter().find(|r| claims(&r.claims)) {
            Some(r) => msg!(
                "title-why-flagged",
                rule = r.finding.rule,
                finding = explain(facts, r).1
            ),
            None => msg!("title-why-fit", limit = limit.to_string()),
        };
        let origin = origin.map(|o| format!("{o}: ")).unwrap_or_default();
        notes.push(msg!(
            "title-note-unused",
            origin = origin,
            what = what,
            why = why
        ));
    };
    if let Some(hours) = facts.hours.or(facts.countdown_hours) {
        note(
            None,
            msg!("title-fact-window", hours = hours.to_string()).into(),
            |c| c.hours.is_some() || c.countdown_hours.is_some() || c.deadline.is_some(),
        );
    }
    if let Some(stock) = facts.stock {
        note(
            None,
            msg!("title-fact-stock", stock = stock.to_string()).into(),
            |c| c.stock.is_some(),
        );
    }
    if facts.price.is_some() {
        note(None, msg!("title-fact-price").into(), |c| {
            c.price.is_some() || c.discount.is_some()
        });
    }
    if let (Some(benefit), Some(origin)) = (&facts.benefit, &facts.benefit_origin) {
        note(
            Some(origin.to_string()),
            format!("“{benefit}”").into(),
            |c| c.benefit.is_some(),
        );
    }
    if let (Some(occasion), Some(origin)) = (&facts.festival, &facts.festival_origin) {
        note(
            Some(origin.to_string()),
            occasion.festival.display_name().into(),
            |c| c.festival.is_some(),
        );
    }
    notes
}

/// The product's name and its shortenings at word boundaries.
struct Pieces {
    full: String,
    /// Leading words, longest first, and whether the cut is clean.
    heads: Vec<(String, bool)>,
    /// Trailing words, longest first, and whether the cut is clean.
    tails: Vec<(String, bool)>,
}

impl Pieces {
    /// The shortest piece worth naming a product by.
    const MIN: HalfUnits = HalfUnits(4);

    /// The pieces of `product`, never cut inside a `brands` word (the
    /// config's `dictionary`) it contains.
    fn of(product: &str, brands: &[String], segmenter: &Segmenter) -> Pieces {
        let words = segmenter.words(product);
        let trim = |s: &str| {
            s.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                .to_string()
        };
        // A lone Han character beside a cut is most often a piece of a word
        // the dictionary does not know (`玻|尿酸`): such a cut is a last
        // resort.
        let fragment = |w: &str| {
            let mut chars = w.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if units::is_cjk(c))
        };
        let clean = |k: usize| !fragment(words[k - 1]) && !fragment(words[k]);
        let offsets: Vec<usize> = words
            .iter()
            .scan(0, |at, w| {
                *at += w.len();
                Some(*at)
            })
            .collect();
        let cuts = Cuts::of(product, brands);
        let keep = |(s, _): &(String, bool)| units::length(s) >= Self::MIN && s != product;
        // Cuts on either side of a space give one piece: the first kept.
        let distinct = |mut pieces: Vec<(String, bool)>| {
            let mut seen = Vec::new();
            pieces.retain(|(s, _)| {
                let new = !seen.contains(s);
                seen.push(s.clone());
                new
            });
            pieces
        };
        let heads = distinct(
            (1..words.len())
                .rev()
                .filter(|&k| cuts.head_at(offsets[k - 1]))
                .map(|k| (trim(&words[..k].concat()), clean(k)))
                .filter(keep)
                .collect(),
        );
        let tails = distinct(
            (1..words.len())
                .filter(|&k| cuts.tail_at(offsets[k - 1]))
                .map(|k| (trim(&words[k..].concat()), clean(k)))
                .filter(keep)
                .collect(),
        );
        Pieces {
            full: product.to_string(),
            heads,
            tails,
        }
    }

    /// The full name when it fits beside `fixed` units of template text,
    /// else the longest head and the longest tail that fit, cut cleanly
    /// where one fits.
    fn fitting<'s>(&'s self, fixed: HalfUnits, limit: HalfUnits) -> Vec<&'s str> {
        let fits = |s: &str| fixed + units::length(s) <= limit;
        if fits(&self.full) {
            return vec![&self.full];
        }
        let best = |pieces: &'s [(String, bool)]| -> Option<&'s str> {
            let fitting = || pieces.iter().filter(|(s, _)| fits(s));
            fitting()
                .find(|(_, clean)| *clean)
                .or_else(|| fitting().next())
                .map(|(s, _)| s.as_str())
        };
        let mut chosen: Vec<&str> = Vec::new();
        for piece in [best(&self.heads), best(&self.tails)].into_iter().flatten() {
            if !chosen.contains(&piece) {
                chosen.push(piece);
            }
        }
        chosen
    }
}

/// Where a product's name may be cut. Only at a word boundary in the sense
/// of Unicode (UAX #29), so `Lancôme` or `Génifique` stay whole whatever
/// the segmenter makes of their accents; never inside a brand word of the
/// config; and a name that opens with Latin words — where the brand stands
/// (`Estée Lauder Advanced Night Repair`) — is not cut between its first two
/// words, and a tail drops that opening run whole or not at all.
struct Cuts {
    boundaries: Vec<usize>,
    /// Byte ranges no cut may fall strictly inside.
    whole: Vec<Range<usize>>,
    /// The end of the opening run of Latin words, when there is one.
    latin_run: Option<usize>,
}

impl Cuts {
    fn of(product: &str, brands: &[String]) -> Cuts {
        let boundaries = product
            .split_word_bound_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(product.len()))
            .collect();
        let mut whole: Vec<Range<usize>> = brands
            .iter()
            .filter(|b| !b.trim().is_empty())
            .flat_map(|b| {
                product
                    .match_indices(b.as_str())
                    .map(|(i, w)| i..i + w.len())
                    .collect::<Vec<_>>()
            })
            .collect();
        let latin_words: Vec<(usize, &str)> = product
            .split_word_bound_indices()
            .take_while(|(_, w)| !w.chars().any(units::is_cjk))
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect();
        let latin_run = match latin_words.as_slice() {
            [first, second, ..] => {
                whole.push(first.0..second.0 + second.1.len());
                latin_words.last().map(|(i, w)| i + w.len())
            }
            _ => None,
        };
        Cuts {
            boundaries,
            whole,
            latin_run,
        }
    }

    fn allowed(&self, at: usize) -> bool {
        self.boundaries.binary_search(&at).is_ok()
            && !self.whole.iter().any(|r| r.start < at && at < r.end)
    }

    fn head_at(&self, at: usize) -> bool {
        self.allowed(at)
    }

    fn tail_at(&self, at: usize) -> bool {
        self.allowed(at) && self.latin_run.is_none_or(|end| at >= end)
    }
}

/// The best title for a Note that declares enough facts (a product and a
/// time or stock limit), for `title-scarcity`'s suggestion. `None` when the
/// facts do not suffice or no title passes.
pub fn suggest_for_note(note: &Note, linter: &dyn Linter) -> Option<Candidate> {
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
    best(&facts, linter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use facts::Input;

    fn facts(product: &str) -> Facts {
        let inputs = Inputs {
            product: Some(Input::flag("--product", product.to_string())),
            hours: Some(Input::flag("--hours", 48)),
            ..Inputs::default()
        };
        Facts::resolve(inputs, None).expect("valid facts")
    }

    #[test]
    fn the_suggested_title_is_the_first_generated_one() {
        let settings = Settings::default();
        for (product, hours, stock, price, original, benefit) in [
            (
                "玻尿酸精华",
                Some(48),
                Some(200),
                Some(199.0),
                Some(299.0),
                Some("补水保湿"),
            ),
            ("羊毛开衫", Some(24), None, None, None, None),
            (
                "超长名字的玻尿酸精华原液补水修护套装",
                Some(72),
                Some(50),
                None,
                None,
                None,
            ),
            (
                "电动牙刷",
                None,
                Some(30),
                Some(99.0),
                Some(199.0),
                Some("全网最低"),
            ),
            ("手慢无面膜", Some(2), None, Some(9.9), None, None),
        ] {
            let inputs = Inputs {
                product: Some(Input::flag("--product", product.to_string())),
                hours: hours.map(|h| Input::flag("--hours", h)),
                stock: stock.map(|s| Input::flag("--stock", s)),
                price: price.map(|p| Input::flag("--price", p)),
                original_price: original.map(|p| Input::flag("--original-price", p)),
                benefit: benefit.map(|b| Input::flag("--benefit", b.to_string())),
                ..Inputs::default()
            };
            let facts = Facts::resolve(inputs, None).expect("valid facts");
            let engine = crate::lint::Engine::new(&settings);
            let first = generate(&facts, &engine)
                .ok()
                .and_then(|g| g.titles.into_iter().next());
            assert_eq!(best(&facts, &engine), first, "{product}");
        }
    }

    #[test]
    fn a_product_is_cut_cleanly_where_a_clean_cut_fits() {
        // jieba does not know 玻尿酸 and reads it as 玻|尿酸: a cut there is
        // taken only when nothing else fits.
        let pieces = Pieces::of("玻尿酸精华原液补水修护套装", &[], Segmenter::builtin());
        let tail = pieces
            .tails
            .iter()
            .find(|(s, _)| s == "尿酸精华原液补水修护套装");
        assert_eq!(tail.map(|(_, clean)| *clean), Some(false));
        let fitting = pieces.fitting(HalfUnits::from_units(8), HalfUnits::from_units(20));
        assert_eq!(fitting, ["玻尿酸精华原液补水修护", "精华原液补水修护套装"]);
    }

    /// Every piece of `product`, heads then tails.
    fn pieces_of(product: &str, brands: &[String]) -> Vec<String> {
        let pieces = Pieces::of(product, brands, Segmenter::builtin());
        pieces
            .heads
            .into_iter()
            .chain(pieces.tails)
            .map(|(s, _)| s)
            .collect()
    }

    #[test]
    fn latin_names_are_cut_only_between_whole_words() {
        let pieces = pieces_of("Lancôme Advanced Génifique Serum", &[]);
        assert_eq!(
            pieces,
            ["Lancôme Advanced Génifique", "Lancôme Advanced"],
            "no `me Advanced …`, and the opening run is never a tail's cut"
        );
    }

    #[test]
    fn a_two_word_brand_is_kept_or_dropped_whole() {
        let pieces = pieces_of("Estée Lauder Advanced Night Repair", &[]);
        assert!(
            pieces.iter().all(|p| p.starts_with("Estée Lauder")),
            "{pieces:?}"
        );
        let pieces = pieces_of("Estée Lauder 小棕瓶精华眼霜", &[]);
        assert!(
            pieces
                .iter()
                .all(|p| p.starts_with("Estée Lauder") || !p.contains("Lauder")),
            "{pieces:?}"
        );
        assert!(pieces.iter().any(|p| p == "小棕瓶精华眼霜"), "{pieces:?}");
    }

    #[test]
    fn a_brand_word_of_the_config_is_never_cut() {
        let brands = ["山茶花坊".to_string()];
        let pieces = pieces_of("山茶花坊柔顺洗发水", &brands);
        assert!(
            pieces
                .iter()
                .all(|p| p.contains("山茶花坊") || !p.contains('坊')),
            "{pieces:?}"
        );
    }

    #[test]
    fn every_family_left_out_is_explained() {
        let inputs = Inputs {
            product: Some(Input::flag("--product", "玻尿酸精华".to_string())),
            hours: Some(Input::flag("--hours", 48)),
            stock: Some(Input::flag("--stock", 200)),
            ..Inputs::default()
        };
        let facts = Facts::resolve(inputs, None).expect("valid facts");
        let generated =
            generate(&facts, &crate::lint::Engine::new(&Settings::default())).expect("titles");
        let only_time: Vec<Candidate> = generated
            .titles
            .into_iter()
            .filter(|c| c.claims.stock.is_none())
            .collect();
        let limit = HalfUnits::from_units(20);
        assert_eq!(
            unused_facts(&facts, &only_time, &[], limit)
                .iter()
                .map(|m| m.render(Lang::En))
                .collect::<Vec<_>>(),
            [
                "the stock of 200 is in none of the titles — it does not fit in 20 units beside the product and the limit"
            ]
        );
        let only_stock: Vec<Candidate> =
            generate(&facts, &crate::lint::Engine::new(&Settings::default()))
                .expect("titles")
                .titles
                .into_iter()
                .filter(|c| c.claims.hours.is_none() && c.claims.countdown_hours.is_none())
                .collect();
        assert_eq!(
            unused_facts(&facts, &only_stock, &[], limit)
                .iter()
                .map(|m| m.render(Lang::En))
                .collect::<Vec<_>>(),
            [
                "the 48-hour window is in none of the titles — it does not fit in 20 units beside the product and the limit"
            ]
        );
    }

    #[test]
    fn every_candidate_refused_names_the_rule() {
        let settings = Settings::default().with_option(
            "title-scarcity",
            "scarcity_within",
            crate::settings::OptionValue::Units(HalfUnits(0)),
        );
        let err = generate(&facts("玻尿酸精华"), &crate::lint::Engine::new(&settings))
            .expect_err("nothing passes");
        let GenerateError::Rejected { origin, rule, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!((origin.as_deref(), rule.as_str()), (None, "title-scarcity"));
        assert!(
            err.to_string()
                .starts_with("every candidate title breaks `title-scarcity`: scarcity signal"),
            "{err}"
        );
    }

    #[test]
    fn the_engine_checking_candidates_suggests_no_generated_title() {
        let note = Note::parse(
            "n.md",
            "---\nproduct: 玻尿酸精华\nsale:\n  stock: 200\n---\n玻尿酸精华很补水\n".to_string(),
            crate::input::note::NoteFormat::Markdown,
        );
        let settings = Settings::default();
        let engine = crate::lint::Engine::new(&settings);
        let title = suggest_for_note(&note, &engine).expect("a title").title;
        let suggested = |diagnostics: Vec<Diagnostic>| {
            diagnostics
                .iter()
                .filter(|d| d.rule == "title-scarcity")
                .flat_map(|d| &d.suggestions)
                .any(|s| s.replacement() == Some(title.as_str()))
        };
        assert!(suggested(engine.lint(&note)));
        assert!(!suggested(Linter::lint(&engine, &note)));
    }
}
