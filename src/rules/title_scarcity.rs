use super::{Rule, RuleMeta, declare_rule, signals};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::PreparedNote;
use crate::text::units;

declare_rule! {
    /// ## What it checks
    /// In a sale Note (front matter `sale`, or a price or discount in the
    /// copy), the title must carry a time or quantity scarcity signal —
    /// `限时`, `限量`, `48小时`, `仅剩`, `倒计时`, `今晚截止`, `前100名` — and
    /// it must start within the first 8 units ("front-load it").
    ///
    /// ## Why it matters for the sale
    /// Shoppers on Xiaohongshu search and skim titles before they open a
    /// Note. A flash sale whose limit is missing from the title, or buried
    /// at its end, reads like any other review and loses the click that the
    /// urgency was meant to win.
    ///
    /// ## Bad
    /// ```text
    /// 奶茶色口红秋冬显白 今晚截止      (signal starts at unit 10)
    /// 这支奶茶色口红秋冬真的显白       (no signal in a sale Note)
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 今晚截止｜奶茶色口红 秋冬显白
    /// ```
    pub struct TitleScarcity {
        id: "title-scarcity",
        severity: Warning,
        fixable: false,
        summary: "Sale Note whose title lacks a front-loaded scarcity signal",
        options: [
            scarcity_within: Units = 8,
            doc: "how many app units of title may precede the signal",
            alias: "title.scarcity_within";
        ],
    }
}

impl Rule for TitleScarcity {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let (Some(title), Some(region)) = (&note.note.title, &note.title) else {
            return;
        };
        if !note.is_sale() {
            return;
        }
        let within = Self::scarcity_within(note.settings);
        let Some(signal) = signals::first_scarcity(&region.haystack()) else {
            let mut diagnostic = Diagnostic::new(
                Self::META.id,
                title.span.clone(),
                crate::msg!("title-scarcity-missing"),
            );
            diagnostic = match generated_title(note) {
                Some(suggestion) => diagnostic.with_suggestion_at(
                    crate::msg!("title-scarcity-generated"),
                    suggestion,
                    title.span.clone(),
                    Applicability::MaybeIncorrect,
                ),
                None => diagnostic.with_suggestion_at(
                    crate::msg!("title-scarcity-start"),
                    format!("限时N小时｜{}", title.text),
                    title.span.clone(),
                    Applicability::HasPlaceholders,
                ),
            };
            out.push(diagnostic);
            return;
        };
        let before = units::length(&region.text()[..signal.start]);
        if before < within {
            return;
        }
        // The whole limit moves: 仅限今天, 限时48小时抢, not 仅限 alone.
        let signal = signal.start..limit_end(region.text(), signal.end);
        let span = region.original(signal.clone());
        let signal_text = note.source_text(&span).to_string();
        let rest = remove_signal(&title.text, &signal_text);
        let mut diagnostic = Diagnostic::new(
            Self::META.id,
            span,
            crate::msg!(
                "title-scarcity-late",
                signal = &signal_text,
                at = before.to_string(),
                within = within.to_string()
            ),
        );
        diagnostic = diagnostic.with_suggestion_at(
            crate::msg!("title-scarcity-move"),
            format!("{signal_text}｜{rest}"),
            title.span.clone(),
            Applicability::MaybeIncorrect,
        );
        if let Some(suggestion) = generated_title(note) {
            diagnostic = diagnostic.with_suggestion_at(
                crate::msg!("title-scarcity-or-generated"),
                suggestion,
                title.span.clone(),
                Applicability::MaybeIncorrect,
            );
        }
        out.push(diagnostic);
    }
}

/// Where the limit phrase that a signal starts ends in `text`: the signal
/// takes the day, number, unit and closing word written right after it
/// (`仅限` + `今天`, `限时48小时` + `抢`, `今晚` + `20点截止`, `这周末` +
/// `2/10-2/13`), so a rewrite moves the limit as one unit.
fn limit_end(text: &str, mut end: usize) -> usize {
    static COMPLETES: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(?:[0-9]{1,2}\s*[/月.]\s*[0-9]{1,2}(?:\s*[日号])?\s*(?:-|–|—|~|～|至|到)\s*(?:[0-9]{1,2}\s*[/月.]\s*)?[0-9]{1,2}(?:\s*[日号])?|今天|今晚|今日|今夜|明天|明晚|当天|本周末|本周|周末|[0-9０-９一二三四五六七八九十百两半]+(?:个)?(?:小时|天|日|点半|点|分钟|号|件|份|套|瓶|名|位)?|[:：][0-9０-９]{2}|截止|结束|开抢|抢购|秒杀|抢|有效|下架|前)",
        )
        .ok()
    });
    let Some(completes) = COMPLETES.as_ref() else {
        return end;
    };
    while let Some(found) = completes.find(&text[end..]) {
        if found.is_empty() {
            break;
        }
        end += found.end();
    }
    end
}

/// The title without the signal and the separators left around it.
fn remove_signal(title: &str, signal: &str) -> String {
    let without = title.replacen(signal, " ", 1);
    let separators: &[char] = &[
        ' ', '｜', '|', '·', '-', '—', '，', ',', '！', '!', '【', '】',
    ];
    let parts: Vec<&str> = without
        .split(separators)
        .filter(|p| !p.trim().is_empty())
        .collect();
    parts.join(" ")
}

/// The best title the generator writes from the Note's declared facts
/// (`product` and a time or stock limit), checked by every title rule.
/// `None` without enough facts, and from the engine that checks the
/// generator's candidates, so a candidate's own finding starts no new round.
fn generated_title(note: &PreparedNote) -> Option<String> {
    note.generated_title()
}
