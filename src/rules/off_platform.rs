use std::sync::LazyLock;

use serde::Deserialize;

use super::lexicon_rule;
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::lint::prepared::PreparedNote;
use crate::text::markers;

declare_rule! {
    /// ## What it checks
    /// Copy that sends the reader off Xiaohongshu to buy or to get a reward:
    /// contact handles and their disguises (`vx`, `V信`, `薇信`, `+v`, `加微`),
    /// "DM, comment or join to get" phrasing (`私信领券`, `评论区扣1领`,
    /// `进群自取`), other stores as the place to buy (`淘宝搜`, `某宝搜同款`,
    /// `拼多多下单`, `去抖音买`), phone numbers, and links to any site other
    /// than Xiaohongshu's own (xiaohongshu.com, xhslink.com).
    ///
    /// A platform named without a redirect is fine: `微信支付`, `淘宝买的`,
    /// `抖音同款`, a friend's tip on WeChat; so are inviting questions by DM
    /// (`有问题私信我们`) and the Red Store shop and product card (`店铺`,
    /// `商品卡`). A draw kept in the comments does not leave the app, so it
    /// is not a redirect; a reward for commenting is `engagement-bait`.
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
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(OffPlatform::META.spec));
static PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.patterns).unwrap_or_default());

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(OffPlatform::META.spec).map_err(|e| e.to_string())?;
    validate_all(&params.patterns)
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
                let span = region.original(found.range.clone());
                let text = note.source_text(&span).to_string();
                let label = found
                    .pattern
                    .and_then(|p| p.spec.label.clone())
                    .unwrap_or_else(|| "sends readers off Xiaohongshu".to_string());
                out.push(self.finding(
                    span,
                    format!("“{text}” {label}; the platform penalises trade redirects"),
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
                    format!("link to {host} leads off Xiaohongshu; the platform penalises trade redirects"),
                ));
            }
        }
    }
}

impl OffPlatform {
    fn finding(&self, span: std::ops::Range<usize>, message: String) -> Diagnostic {
        Diagnostic::new(Self::META.id, span, message).with_suggestion(
            "keep the purchase in the app",
            Some(PARAMS.replacement.clone()),
            Applicability::MaybeIncorrect,
        )
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_is_valid() {
        super::validate_data().expect("off-platform.yaml");
    }
}
