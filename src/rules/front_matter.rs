use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// The front matter itself: a block opened with `---` and never closed,
    /// YAML that does not parse, and a known key with a value of the wrong
    /// type or outside its choices (`stock: many`, `category: makeup`,
    /// `end: tomorrow`), each at its key's line. Unknown top-level keys are
    /// left alone — content repos carry their own metadata — unless one is a
    /// near miss of a known key (`sales`, `Title`, `categroy`): that is a
    /// warning, since the facts under it go unchecked. An unknown rule in
    /// `xhslint.disable` is reported by `invalid-suppression`.
    ///
    /// ## Why it matters for the sale
    /// The sale's facts in the front matter are what every claim in the copy
    /// is checked against. A fact that cannot be read is a claim that goes
    /// unchecked — the "only 5 left" that was never true.
    ///
    /// ## Bad
    /// ```yaml
    /// sale:
    ///   stock: many
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// sale:
    ///   stock: 200
    /// ```
    pub struct FrontMatterRule {
        id: "front-matter",
        severity: Error,
        fixable: false,
        summary: "Malformed front matter or a known key with a wrong value",
    }
}

impl Rule for FrontMatterRule {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let Some(fm) = &note.note.front_matter else {
            return;
        };
        for issue in &fm.issues {
            out.push(
                Diagnostic::new(Self::META.id, issue.span.clone(), issue.text()).with_suggestion(
                    crate::msg!("front-matter-help"),
                    None,
                    Applicability::HasPlaceholders,
                ),
            );
        }
        for typo in &fm.typos {
            let mut diagnostic = Diagnostic::new(Self::META.id, typo.span.clone(), typo.text());
            diagnostic.at_most = Some(Severity::Warning);
            out.push(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::lint::lint_source;
    use crate::settings::Settings;

    fn front_matter_findings(source: &str) -> Vec<(Severity, String, String)> {
        let (note, diagnostics) = lint_source("a.md", source.to_string(), &Settings::default());
        diagnostics
            .into_iter()
            .filter(|d| d.rule == "front-matter")
            .map(|d| (d.severity, note.source[d.span].to_string(), d.message))
            .collect()
    }

    #[test]
    fn a_misspelt_top_level_key_is_a_warning_naming_the_key() {
        let found = front_matter_findings(
            "---\ntitle: 限时48小时｜玻尿酸精华\nsales:\n  stock: 200\nTags: [护肤]\n---\n补水很稳\n",
        );
        assert_eq!(
            found,
            [
                (
                    Severity::Warning,
                    "sales".to_string(),
                    "unknown key `sales` — did you mean 'sale'? Its checks are off while it is misspelt".to_string()
                ),
                (
                    Severity::Warning,
                    "Tags".to_string(),
                    "unknown key `Tags` — did you mean 'tags'? Its checks are off while it is misspelt".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_repos_own_keys_stay_allowed() {
        let found = front_matter_findings(
            "---\ntitle: 玻尿酸精华\ndate: 2026-07-01\nname: serum\nauthor: 小红\ndraft: true\nslug: serum\n---\n补水很稳\n",
        );
        assert_eq!(found, []);
    }
}
