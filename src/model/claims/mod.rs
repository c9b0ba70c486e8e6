//! Sale claims: what the copy says about the sale — its window, deadline,
//! stock, discount and price — read from folded text with the patterns in
//! `rules/claims.yaml`, and checked against the declared facts by
//! [`verify`].

pub mod verify;

use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::model::pattern::{Captures, GatedRegex, Pattern, PatternSpec};
use crate::model::prepared::{PreparedNote, RegionKind};
use crate::text::{Haystack, numbers};

/// The claim data, compiled into the binary.
pub const YAML: &str = crate::text::data_files::rule_file("claims");

/// Whose price a stated price is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriceRole {
    /// The price paid now (`到手¥199`, `活动价199`).
    Sale,
    /// The price before the sale (`原价299`).
    Original,
    /// A bare price (`¥199`, `199元`), true of either.
    Unstated,
}

/// What a claim says, with its numbers read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ClaimKind {
    /// `限时48小时`, `仅限两天`, `48h限定`: the sale lasts this long.
    Window { hours: f64 },
    /// `倒计时3天`, `最后6小时`, `仅剩两天`: this much time is left.
    Countdown { hours: f64 },
    /// `今晚截止`, `仅限今天`, `今晚12点截止`, `明晚截止`: the sale ends on
    /// the day `days_ahead` after publication, at `clock` minutes past
    /// midnight when a time is given (24:00 is 1440).
    Deadline { days_ahead: u8, clock: Option<u32> },
    /// `限量200份`, `仅剩30件`, `只有50个`: the units available.
    Stock { units: f64 },
    /// `前100名`: a bonus for the first buyers, not a stock claim.
    EarlyBird { buyers: f64 },
    /// `5折`, `七五折`, `6.7折`, `半价`: the price in tenths of the original.
    Discount { tenths: f64 },
    /// `直降100`, `立减50`: the amount taken off.
    Reduction { amount: f64 },
    /// `¥199`, `到手价199`, `原价299`.
    Price { amount: f64, role: PriceRole },
}

impl ClaimKind {
    /// Time and quantity limits: what makes a reader hurry.
    pub fn is_scarcity(&self) -> bool {
        matches!(
            self,
            ClaimKind::Window { .. }
                | ClaimKind::Countdown { .. }
                | ClaimKind::Deadline { .. }
                | ClaimKind::Stock { .. }
        )
    }
}

/// A claim found in a stretch of text: its kind and the range reported
/// (keyword and number), as a range of that text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub kind: ClaimKind,
    pub range: Range<usize>,
}

/// A claim in a Note, with its span in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    pub region: RegionKind,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Window,
    Countdown,
    Deadline,
    Stock,
    EarlyBird,
    Discount,
    Reduction,
    Price,
}

impl Kind {
    /// Whether claims of this kind are scarcity claims
    /// ([`ClaimKind::is_scarcity`]).
    fn is_scarcity(&self) -> bool {
        matches!(
            self,
            Kind::Window | Kind::Countdown | Kind::Deadline | Kind::Stock
        )
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternData {
    kind: Kind,
    regex: String,
    #[serde(default)]
    role: Option<PriceRole>,
    #[serde(default)]
    not_followed_by: Vec<String>,
    #[serde(default)]
    not_preceded_by: Vec<String>,
    #[serde(default)]
    vetoes: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct VetoData {
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
}

/// How far a claim may round the facts.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tolerance {
    pub window_hours: f64,
    pub clock_hours: f64,
    pub price_yuan: f64,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            window_hours: 1.0,
            clock_hours: 1.0,
            price_yuan: 1.0,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    #[serde(default)]
    words: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    tolerance: Tolerance,
    #[serde(default)]
    vetoes: std::collections::BTreeMap<String, VetoData>,
    patterns: Vec<PatternData>,
}

struct Veto {
    before: Vec<GatedRegex>,
    after: Vec<GatedRegex>,
}

struct ClaimPattern {
    kind: Kind,
    role: PriceRole,
    pattern: Pattern,
    vetoes: Vec<usize>,
}

/// The compiled claim patterns.
pub struct ClaimPatterns {
    patterns: Vec<ClaimPattern>,
    vetoes: Vec<Veto>,
    pub tolerance: Tolerance,
}

impl ClaimPatterns {
    /// Compiles `rules/claims.yaml`; an error names the pattern at fault.
    pub fn load() -> Result<ClaimPatterns, String> {
        let data: Data =
            crate::model::rule_data::parse(YAML).map_err(|e| format!("claims.yaml: {e}"))?;
        let compile = |source: &str| {
            GatedRegex::new(source).map_err(|e| format!("claims.yaml: `{source}`: {e}"))
        };
        let mut veto_names: Vec<&str> = Vec::new();
        let mut vetoes = Vec::new();
        for (name, veto) in &data.vetoes {
            veto_names.push(name);
            vetoes.push(Veto {
                before: veto
                    .before
                    .iter()
                    .map(|r| compile(r))
                    .collect::<Result<_, _>>()?,
                after: veto
                    .after
                    .iter()
                    .map(|r| compile(r))
                    .collect::<Result<_, _>>()?,
            });
        }
        let placeholders: Vec<(String, &str)> = data
            .words
            .iter()
            .map(|(name, words)| (format!("{{{name}}}"), words.as_str()))
            .collect();
        let mut patterns = Vec::with_capacity(data.patterns.len());
        for data_pattern in &data.patterns {
            let mut regex = data_pattern.regex.clone();
            for (placeholder, words) in &placeholders {
                if regex.contains(placeholder.as_str()) {
                    regex = regex.replace(placeholder.as_str(), words);
                }
            }
            if data_pattern.kind != Kind::Price && data_pattern.role.is_some() {
                return Err(format!(
                    "claims.yaml: `{}`: only price patterns take a role",
                    data_pattern.regex
                ));
            }
            let spec = PatternSpec {
                regex,
                not_followed_by: data_pattern.not_followed_by.clone(),
                not_preceded_by: data_pattern.not_preceded_by.clone(),
                label: None,
                replacement: None,
            };
            let pattern = Pattern::compile(spec)
                .map_err(|e| format!("claims.yaml: `{}`: {e}", data_pattern.regex))?;
            let needs_number = !matches!(data_pattern.kind, Kind::Deadline | Kind::Discount);
            if needs_number && !pattern.has_group("num") {
                return Err(format!(
                    "claims.yaml: `{}` has no `num` group",
                    data_pattern.regex
                ));
            }
            let vetoes = data_pattern
                .vetoes
                .iter()
                .map(|name| {
                    veto_names
                        .iter()
                        .position(|n| n == name)
                        .ok_or_else(|| format!("claims.yaml: unknown veto set `{name}`"))
                })
                .collect::<Result<_, _>>()?;
            patterns.push(ClaimPattern {
                kind: data_pattern.kind,
                role: data_pattern.role.unwrap_or(PriceRole::Unstated),
                pattern,
                vetoes,
            });
        }
        Ok(ClaimPatterns {
            patterns,
            vetoes,
            tolerance: data.tolerance,
        })
    }

    /// Loads the claims and builds every regex now: the data check the
    /// tests run (loading alone builds regexes only as texts call for them).
    pub fn validate() -> Result<(), String> {
        let claims = ClaimPatterns::load()?;
        let patterns = claims
            .patterns
            .iter()
            .map(|p| (p.pattern.spec.regex.as_str(), p.pattern.validate()));
        let vetoes = claims
            .vetoes
            .iter()
            .flat_map(|v| v.before.iter().chain(&v.after))
            .map(|r| (r.source(), r.validate()));
        for (source, built) in patterns.chain(vetoes) {
            built.map_err(|e| format!("claims.yaml: `{source}`: {e}"))?;
        }
        Ok(())
    }

    /// The shared compiled claims. The data is compiled in and validated by
    /// the tests; were it broken, no claim is found rather than a panic.
    pub fn get() -> &'static ClaimPatterns {
        static CLAIMS: LazyLock<ClaimPatterns> = LazyLock::new(|| {
            ClaimPatterns::load().unwrap_or(ClaimPatterns {
                patterns: Vec::new(),
                vetoes: Vec::new(),
                tolerance: Tolerance::default(),
            })
        });
        &CLAIMS
    }

    /// The claims in folded `text`, in order, overlapping matches reduced to
    /// the longest.
    pub fn find(&self, haystack: &Haystack) -> Vec<Found> {
        resolve(self.candidates(haystack, |_| true))
    }

    /// The scarcity claims (window, countdown, deadline, stock) among
    /// [`ClaimPatterns::find`]'s, looking for the others only when a scarcity
    /// claim is there for them to overlap: most Notes state none, and the
    /// price patterns are the most numerous.
    pub fn find_scarcity(&self, haystack: &Haystack) -> Vec<Found> {
        let mut candidates = self.candidates(haystack, Kind::is_scarcity);
        if candidates.is_empty() {
            return Vec::new();
        }
        candidates.extend(self.candidates(haystack, |kind| !kind.is_scarcity()));
        let mut found = resolve(candidates);
        found.retain(|f| f.kind.is_scarcity());
        found
    }

    /// Every accepted match of the patterns of the kinds `wanted` admits:
    /// `(whole match, pattern order, found)`.
    fn candidates(
        &self,
        haystack: &Haystack,
        wanted: impl Fn(&Kind) -> bool,
    ) -> Vec<(Range<usize>, usize, Found)> {
        let mut candidates = Vec::new();
        for (order, claim_pattern) in self.patterns.iter().enumerate() {
            if !wanted(&claim_pattern.kind) {
                continue;
            }
            for caps in claim_pattern.pattern.accepted(haystack) {
                let Some(whole) = caps.get(0) else { continue };
                if self.vetoed(claim_pattern, haystack, whole.range()) {
                    continue;
                }
                let Some(kind) = read(claim_pattern, &caps) else {
                    continue;
                };
                let reported = caps.name("span").unwrap_or(whole);
                candidates.push((
                    whole.range(),
                    order,
                    Found {
                        kind,
                        range: reported.range(),
                    },
                ));
            }
        }
        candidates
    }

    fn vetoed(
        &self,
        claim_pattern: &ClaimPattern,
        haystack: &Haystack,
        whole: Range<usize>,
    ) -> bool {
        if claim_pattern.vetoes.is_empty() {
            return false;
        }
        let (before, after) = clause_around(haystack.as_str(), whole);
        let before = haystack.part(before);
        let after = haystack.part(after);
        claim_pattern.vetoes.iter().any(|&i| {
            let veto = &self.vetoes[i];
            veto.before.iter().any(|r| r.is_match(&before))
                || veto.after.iter().any(|r| r.is_match(&after))
        })
    }
}

/// Of overlapping candidates, the longest (then the first listed) wins; the
/// claims kept, in order.
fn resolve(mut candidates: Vec<(Range<usize>, usize, Found)>) -> Vec<Found> {
    candidates
        .sort_by_key(|(whole, order, _)| (std::cmp::Reverse(whole.len()), *order, whole.start));
    let mut kept: Vec<(Range<usize>, Found)> = Vec::new();
    for (whole, _, found) in candidates {
        if !kept
            .iter()
            .any(|(k, _)| k.start < whole.end && whole.start < k.end)
        {
            kept.push((whole, found));
        }
    }
    kept.sort_by_key(|(whole, _)| whole.start);
    kept.into_iter().map(|(_, found)| found).collect()
}

/// The claims of a prepared Note, title first, with source spans; links
/// are not copy.
pub fn in_note(note: &PreparedNote) -> Vec<Claim> {
    in_regions(note, ClaimPatterns::find)
}

/// The scarcity claims of a prepared Note: those of [`in_note`] that are
/// scarcity claims.
pub fn scarcity_in_note(note: &PreparedNote) -> Vec<Claim> {
    in_regions(note, ClaimPatterns::find_scarcity)
}

fn in_regions(
    note: &PreparedNote,
    find: fn(&ClaimPatterns, &Haystack) -> Vec<Found>,
) -> Vec<Claim> {
    let claims = ClaimPatterns::get();
    note.regions()
        .flat_map(|region| {
            find(claims, &region.haystack())
                .into_iter()
                .filter(|found| !region.in_url(&found.range))
                .map(|found| Claim {
                    kind: found.kind,
                    region: region.kind,
                    span: region.original(found.range),
                })
        })
        .collect()
}

/// The clause text before and after `range`: up to the nearest clause
/// punctuation or line break on each side.
fn clause_around(text: &str, range: Range<usize>) -> (&str, &str) {
    const BREAKS: &[char] = &[
        '，', '。', ',', '；', ';', '！', '!', '？', '?', '\n', '\r', '（', '）', '(', ')', '【',
        '】', '[', ']', '|', '｜', '~', '～', '、',
    ];
    // A comma between digits is a thousands separator (1,299), not a break.
    let breaks_at = |i: usize, c: char| {
        BREAKS.contains(&c)
            && !(c == ','
                && text[..i].ends_with(|p: char| p.is_ascii_digit())
                && text[i + 1..].starts_with(|n: char| n.is_ascii_digit()))
    };
    let before = &text[..range.start];
    let start = before
        .char_indices()
        .rev()
        .find(|&(i, c)| breaks_at(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[range.end..]
        .char_indices()
        .find(|&(i, c)| breaks_at(range.end + i, c))
        .map_or(text.len(), |(i, _)| range.end + i);
    (&before[start..], &text[range.end..end])
}

fn read(claim_pattern: &ClaimPattern, caps: &Captures) -> Option<ClaimKind> {
    let number = || caps.name("num").and_then(|m| numbers::parse(m.as_str()));
    let hours = || {
        let unit = caps.name("unit").map_or("小时", |m| m.as_str());
        Some(number()? * hours_per(unit))
    };
    Some(match claim_pattern.kind {
        Kind::Window => ClaimKind::Window { hours: hours()? },
        Kind::Countdown => ClaimKind::Countdown { hours: hours()? },
        Kind::Deadline => {
            let day = caps.name("day").map_or("今", |m| m.as_str());
            let evening = day.ends_with('晚');
            let days_ahead = u8::from(day.starts_with('明'));
            let clock = caps
                .name("hour")
                .and_then(|h| numbers::parse(h.as_str()))
                .and_then(|hour| clock(hour, caps.name("minute").map(|m| m.as_str()), evening));
            ClaimKind::Deadline { days_ahead, clock }
        }
        Kind::Stock => ClaimKind::Stock { units: number()? },
        Kind::EarlyBird => ClaimKind::EarlyBird { buyers: number()? },
        Kind::Discount => ClaimKind::Discount {
            tenths: match caps.name("num") {
                Some(num) => discount_tenths(num.as_str())?,
                // 半价: half the price.
                None => 5.0,
            },
        },
        Kind::Reduction => ClaimKind::Reduction { amount: number()? },
        Kind::Price => ClaimKind::Price {
            amount: number()?,
            role: claim_pattern.role,
        },
    })
}

fn hours_per(unit: &str) -> f64 {
    match unit {
        "天" | "日" => 24.0,
        "分钟" => 1.0 / 60.0,
        _ => 1.0,
    }
}

/// Minutes past midnight of a stated clock time. In the evening (`今晚`),
/// 8点 is 20:00 and 12点 is midnight at the end of the day; otherwise only
/// an afternoon or evening hour (13–24) says which time it is.
fn clock(hour: f64, minute: Option<&str>, evening: bool) -> Option<u32> {
    if hour.fract() != 0.0 || !(0.0..=24.0).contains(&hour) {
        return None;
    }
    let hour = hour as u32;
    let hour = match (evening, hour) {
        (true, 1..=12) => hour + 12,
        (true, _) | (false, 13..=24) => hour,
        (false, _) => return None,
    };
    let minute = match minute {
        None => 0,
        Some("半") => 30,
        Some(m) => m.parse::<u32>().ok().filter(|m| *m < 60)?,
    };
    Some((hour * 60 + minute).min(24 * 60))
}

/// The tenths a discount number means: `5` 5, `6.7` 6.7, `75`/`七五` 7.5,
/// `八八` 8.8, `三点五` 3.5.
pub fn discount_tenths(text: &str) -> Option<f64> {
    let value = if text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let value: f64 = text.parse().ok()?;
        // 95折, 88折: two digits are tenths and hundredths.
        if !text.contains('.') && text.len() == 2 {
            value / 10.0
        } else {
            value
        }
    } else if let Some((whole, fraction)) = text.split_once('点') {
        numbers::parse(whole)? + numbers::parse(fraction)? / 10.0
    } else {
        let digits: Vec<f64> = text
            .chars()
            .map(|c| numbers::parse(&c.to_string()))
            .collect::<Option<_>>()?;
        match digits.as_slice() {
            [one] => *one,
            [tenths, hundredths] => tenths + hundredths / 10.0,
            _ => return None,
        }
    };
    (value > 0.0 && value < 10.0).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, ClaimKind)> {
        let claims = ClaimPatterns::load().expect("claims.yaml compiles");
        claims
            .find(&Haystack::new(text))
            .into_iter()
            .map(|f| (text[f.range].to_string(), f.kind))
            .collect()
    }

    #[test]
    fn discount_numbers() {
        for (text, tenths) in [
            ("5", 5.0),
            ("五", 5.0),
            ("6.7", 6.7),
            ("75", 7.5),
            ("七五", 7.5),
            ("八八", 8.8),
            ("三点五", 3.5),
            ("两", 2.0),
        ] {
            assert_eq!(discount_tenths(text), Some(tenths), "{text}");
        }
        assert_eq!(discount_tenths("0"), None);
        assert_eq!(discount_tenths("12.5"), None);
    }

    #[test]
    fn clock_times() {
        assert_eq!(clock(12.0, None, true), Some(24 * 60));
        assert_eq!(clock(8.0, Some("半"), true), Some(20 * 60 + 30));
        assert_eq!(clock(22.0, None, false), Some(22 * 60));
        assert_eq!(clock(10.0, None, false), None);
        assert_eq!(clock(23.0, Some("59"), true), Some(23 * 60 + 59));
    }

    #[test]
    fn clause_stops_at_punctuation() {
        let text = "到手¥199（原价¥299），省¥100";
        let at = text.find("¥299").expect("present");
        let (before, after) = clause_around(text, at..at + "¥299".len());
        assert_eq!(before, "原价");
        assert_eq!(after, "");
    }

    #[test]
    fn overlapping_matches_keep_the_longest() {
        assert_eq!(
            kinds("直降¥100"),
            [(
                "直降¥100".to_string(),
                ClaimKind::Reduction { amount: 100.0 }
            )]
        );
        assert_eq!(
            kinds("活动最后一天"),
            [(
                "活动最后一天".to_string(),
                ClaimKind::Deadline {
                    days_ahead: 0,
                    clock: None
                }
            )]
        );
    }
}
