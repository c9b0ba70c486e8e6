use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::Diagnostic;
use crate::model::claims::verify::number;
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// The declared sale window, `sale.end − sale.start`: longer than 72
    /// hours, or ending before it starts.
    ///
    /// ## Why it matters for the sale
    /// A flash sale is short by definition. A week-long “limited-time” offer
    /// dilutes the urgency its title promises, and readers learn that the
    /// deadline never really comes.
    ///
    /// ## Bad
    /// ```text
    /// sale: {start: 2026-06-10 20:00, end: 2026-06-20 20:00}
    /// ```
    ///
    /// ## Good
    /// ```text
    /// sale: {start: 2026-06-16 20:00, end: 2026-06-18 20:00}
    /// ```
    pub struct SaleWindow {
        id: "sale-window",
        severity: Warning,
        fixable: false,
        summary: "Declared sale window longer than a flash sale (72 h) or ending before it starts",
        options: [
            max_hours: Count = 72,
            doc: "the longest window, in hours";
        ],
    }
}

impl Rule for SaleWindow {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let Some(sale) = note
            .note
            .front_matter
            .as_ref()
            .and_then(|fm| fm.sale.as_ref())
        else {
            return;
        };
        let (Some(start), Some(end)) = (&sale.start, &sale.end) else {
            return;
        };
        let hours = end.value.duration_since(start.value).as_secs_f64() / 3600.0;
        let max_hours = Self::max_hours(note.settings) as f64;
        let message = if hours <= 0.0 {
            crate::msg!("sale-window-backwards")
        } else if hours > max_hours {
            crate::msg!(
                "sale-window-long",
                hours = number(hours),
                max = number(max_hours)
            )
        } else {
            return;
        };
        out.push(
            Diagnostic::new(Self::META.id, end.span.clone(), message)
                .with_related("sale.start", Some(start.span.clone())),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::input::note::{Note, NoteFormat};
    use crate::lint::lint_note;
    use crate::settings::Settings;

    fn findings(settings: &Settings) -> Vec<String> {
        let source = "---\ntitle: 羊毛袜\nsale:\n  start: 2026-11-01 20:00\n  end: 2026-11-03 20:00\n---\n很暖和\n";
        let note = Note::parse("a.md", source.to_string(), NoteFormat::Markdown);
        lint_note(&note, settings)
            .into_iter()
            .filter(|d| d.rule == "sale-window")
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn max_hours_is_an_option() {
        assert!(findings(&Settings::default()).is_empty());
        let strict = Settings::default().with_option(
            "sale-window",
            "max_hours",
            crate::settings::OptionValue::Count(24),
        );
        assert_eq!(
            findings(&strict),
            [
                "the sale window is 48 hours, longer than 24; long windows dilute the urgency of a flash sale"
            ]
        );
    }
}
