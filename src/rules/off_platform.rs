use std::sync::LazyLock;

use serde::Deserialize;

use super::lexicon_rule;
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::{Kind, PreparedNote};
use crate::text::Haystack;
use crate::text::markers;

declare_rule! {
    /// ## What it checks
    /// Copy that sends the reader off Xiaohongshu to buy or to get a reward:
    /// a channel off the platform with a reason to go there. Contact handles
    /// and their disguises (`vx`, `V信`, `薇信`, `+v`, `加微`), "DM, comment
    /// or join to get" phrasing (`私信领券`, `评论区扣1领`, `进群自取`), a DM
    /// asked for to order, book or be referred (`订花束找我私信`, `拼单的私我`),
    /// a group chat, official account or mini program to buy or book in
    /// (`微信群里有团购`, `小程序预约`), other stores as the place to buy
    /// (`淘宝搜`, `拼多多下单`, `唯品会也有同款`, `官网购买`), phone numbers in
    /// every national format (`+86 138 2645 7719`, `(212) 555-0147`,
    /// `☎️2125550147`), and links to any site other than Xiaohongshu's own
    /// (xiaohongshu.com, xhslink.com).
    ///
    /// A platform named without a redirect is fine: `微信支付`, `淘宝买的`,
    /// `抖音同款`, `快手上很火`, a friend's tip on WeChat; so are inviting
    /// questions by DM (`有问题私信我们`), the past (`以前要进群才能买`), and
    /// the Red Store shop and product card (`店铺`, `商品卡`). Outside a sale
    /// Note, a group joined with no trade named (`进群后介绍一下自己`), a job
    /// ad's `有兴趣的私聊`, and a store given as where a listed item came from
    /// (`窗帘：🍑宝`) are not redirects either. A draw kept in
    /// the comments does not leave the app, so it is not a redirect; a reward
    /// for commenting is `engagement-bait`.
    ///
    /// ## Why it matters for the sale
    /// Xiaohongshu's trade-redirect rules (交易导流违规管理细则, 2025) penalise
    /// taking a transaction off the platform, up to banning the account. The
    /// in-app Red Store checkout is also where a flash sale converts: every
    /// hop to another app loses buyers at the moment of impulse.
    ///
    /// ## Bad
    /// ```text
    /// 加vx: meimei2026 私信领券，或者淘宝搜同款
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 点下方商品卡直接下单，有问题可以私信我们
    /// ```
    ///
    /// ## Options
    /// `lexicons.off-platform.add` / `.remove`.
    pub struct OffPlatform {
        id: "off-platform",
        severity: Error,
        fixable: false,
        summary: "Redirect off the Red Store: handles, DM-for-coupon, other stores, phones, links",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    patterns: Vec<PatternSpec>,
    /// Link hosts that stay on the platform (subdomains included).
    #[serde(default)]
    allowed_hosts: Vec<String>,
    #[serde(default)]
    replacement: String,
    /// What a group chat is joined for when it is a trade: a group join
    /// with none of these in its sentence is a community.
    #[serde(default)]
    trade: Vec<PatternSpec>,
    /// A Note that recruits: a DM "if interested" is an application.
    #[serde(default)]
    recruiting: Vec<PatternSpec>,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(OffPlatform::META.spec));
static PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.patterns).unwrap_or_default());
static TRADE: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.trade).unwrap_or_default());
static RECRUITING: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.recruiting).unwrap_or_default());

fn any_in(haystack: &Haystack, patterns: &[Pattern]) -> bool {
    patterns
        .iter()
        .any(|p| p.find_iter(haystack).next().is_some())
}

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(OffPlatform::META.spec).map_err(|e| e.to_string())?;
    validate_all(&params.patterns)?;
    validate_all(&params.trade)?;
    validate_all(&params.recruiting)
}

fn allowed(host: &str) -> bool {
    PARAMS
        .allowed_hosts
        .iter()
        .any(|allowed| host == allowed || host.ends_with(&format!(".{allowed}")))
}

impl Rule for OffPlatform {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        validate_data()
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        for region in note.regions() {
            for found in lexicon_rule::find(note, region, Self::META.id, &PATTERNS) {
                let is_phone = found
                    .pattern
                    .and_then(|p| p.spec.label.as_deref())
                    .is_some_and(|l| l.contains("phone number"));
                let matched = &region.text()[found.range.clone()];
                if is_phone && !phone_length(matched) {
                    continue;
                }
                // 想要合作也欢迎联系我: a DM for business or questions.
                let asks_dm = found
                    .pattern
                    .and_then(|p| p.spec.label.as_deref())
                    .is_some_and(|l| l.contains("DM"));
                if asks_dm && ["合作", "问题", "咨询"].iter().any(|w| matched.contains(w)) {
                    continue;
                }
                let sale = note.kind().kind == Kind::Sale;
                // 有兴趣的私聊 under a job ad: an application, not a purchase.
                if asks_dm
                    && !sale
                    && interest_only(matched)
                    && note.regions().any(|r| any_in(&r.haystack(), &RECRUITING))
                {
                    continue;
                }
                // 进群后介绍一下自己: a community, unless the group trades.
                let group = found
                    .pattern
                    .and_then(|p| p.spec.label.as_deref())
                    .is_some_and(|l| l.contains("group chat"));
                if group && !sale && bare_group_join(matched) {
                    let text = region.text();
                    let around = &text[sentence(text, &found.range)];
                    if !any_in(&region.fragment(around), &TRADE) {
                        continue;
                    }
                }
                // 窗帘：🍑宝 in a list of where things came from.
                if found.entry.is_some() && !sale && listed_source(region.text(), &found.range) {
                    continue;
                }
                if found.pattern.is_some() && in_the_past(region.text(), found.range.start) {
                    continue;
                }
                if found.entry.is_some() && writer_did(region.text(), &found.range) {
                    continue;
                }
                let span = region.original(found.range.clone());
                let text = note.source_text(&span).to_string();
                let label = found
                    .pattern
                    .and_then(|p| p.spec.label.as_deref())
                    .map_or_else(|| crate::msg!("off-platform-label-default"), label_msg);
                out.push(self.finding(
                    span,
                    crate::msg!("off-platform", text = text, label = label),
                ));
            }
            let urls = if region.urls.is_empty() {
                markers::urls(region.text())
            } else {
                region.urls.clone()
            };
            for url in urls {
                let host = markers::url_host(&region.text()[url.clone()]);
                if allowed(&host) {
                    continue;
                }
                let span = region.original(url);
                out.push(self.finding(
                    span,
                    crate::msg!("off-platform-link", host = host.to_string()),
                ));
            }
        }
    }
}

/// Whether a DM's reason is only interest (`有兴趣的私聊`, `感兴趣请私信`),
/// with no purchase named.
fn interest_only(matched: &str) -> bool {
    ["感兴趣", "有兴趣", "有意"]
        .iter()
        .any(|w| matched.starts_with(w))
}

/// Whether a group match is a bare join (`进群`, `入群`), no reward named.
fn bare_group_join(matched: &str) -> bool {
    matched.chars().count() <= 2
}

/// The sentence around `range`: from the last stop before it to the next.
fn sentence(text: &str, range: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let stops = ['。', '!', '！', '?', '？', '；', ';', '\n'];
    let start = text[..range.start].rfind(stops).map_or(0, |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    let end = text[range.end..]
        .find(stops)
        .map_or(text.len(), |i| range.end + i);
    start..end
}

/// Whether the store at `range` is the whole value of a `label：store`
/// line (`灰色窗帘：🍑宝`): a list of where the writer's things came from.
fn listed_source(text: &str, range: &std::ops::Range<usize>) -> bool {
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    let before = text[line_start..range.start].trim_end();
    let after = text[range.end..line_end].trim();
    (before.ends_with('：') || before.ends_with(':'))
        && after
            .chars()
            .all(|c| !(c.is_alphanumeric() || ('\u{4E00}'..='\u{9FFF}').contains(&c)))
}

/// A phone number has 7 to 15 digits (E.164 allows 15); fewer is a year,
/// a price or a room number after `电话`.
fn phone_length(number: &str) -> bool {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits)
}

/// Whether the clause before `at` sets what follows in the past
/// (`以前要进群才能买`, `之前只有团购群`): history, not a redirect (SPEC 4.1).
fn in_the_past(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let clause_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            matches!(
                c,
                '，' | ',' | '。' | '!' | '！' | '?' | '？' | '；' | ';' | '\n'
            )
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    ["以前", "之前", "当时", "原来", "曾经", "那时", "过去"]
        .iter()
        .any(|w| before[clause_start..].contains(w))
}

/// Whether a handle's clause tells what the writer did there
/// (`我在wx上抢到了预约`): where the writer bought, not a redirect.
fn writer_did(text: &str, range: &std::ops::Range<usize>) -> bool {
    let stops = ['，', ',', '。', '!', '！', '?', '？', '；', ';', '\n'];
    let before = &text[..range.start];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| stops.contains(&c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let after = &text[range.end..];
    let end = after.find(stops).unwrap_or(after.len());
    let rest = &after[..end];
    (before[start..].contains('我') && rest.contains('了')) || rest.contains("到了")
}

impl OffPlatform {
    fn finding(&self, span: std::ops::Range<usize>, message: crate::i18n::Msg) -> Diagnostic {
        Diagnostic::new(Self::META.id, span, message).with_suggestion(
            crate::msg!("off-platform-help"),
            Some(PARAMS.replacement.clone()),
            Applicability::MaybeIncorrect,
        )
    }
}

/// A pattern's label (`rules/off-platform.yaml`) as a text: its id in
/// `locales/` is `off-platform-label-` and the label's words joined by `-`.
fn label_msg(label: &str) -> crate::i18n::Msg {
    let words: Vec<&str> = label.split_whitespace().collect();
    crate::i18n::Msg::new(format!("off-platform-label-{}", words.join("-")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_is_valid() {
        super::validate_data().expect("off-platform.yaml");
    }

    #[test]
    fn phone_numbers_have_seven_to_fifteen_digits() {
        assert!(super::phone_length("+1 (212) 555-0147"));
        assert!(super::phone_length("8820 6666"));
        assert!(!super::phone_length("2023"));
        assert!(!super::phone_length("2026061812345678901"));
    }

    #[test]
    fn the_writer_booking_is_not_a_redirect() {
        let text = "也很幸运的在wx上抢到了周六的预约，加wx订";
        let at = text.find("wx").unwrap_or(0);
        assert!(super::writer_did(text, &(at..at + 2)));
        let at = text.rfind("wx").unwrap_or(0);
        assert!(!super::writer_did(text, &(at..at + 2)));
    }

    #[test]
    fn the_past_is_history() {
        let text = "以前要进群才能买，现在进群领券";
        assert!(super::in_the_past(text, text.find("进群").unwrap_or(0)));
        assert!(!super::in_the_past(text, text.rfind("进群").unwrap_or(0)));
    }
}
