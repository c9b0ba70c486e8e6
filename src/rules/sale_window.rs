use std::sync::LazyLock;

use serde::Deserialize;

use super::{Rule, RuleMeta, declare_rule, spec};
use crate::claims::verify::number;
use crate::diagnostic::Diagnostic;
use crate::lint::prepared::PreparedNote;

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
    ///
    /// ## Options
    /// `max_hours` in `rules/sale-window.yaml` (default 72).
    pub struct SaleWindow {
        id: "sale-window",
        severity: Warning,
        fixable: false,
        summary: "Declared sale window longer than a flash sale (72 h) or ending before it starts",
    }
}

#[derive(Debug, Deserialize)]
struct Params {
    max_hours: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params { max_hours: 72.0 }
    }
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(SaleWindow::META.spec));

impl Rule for SaleWindow {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        let params: Params = spec::try_params(Self::META.spec).map_err(|e| e.to_string())?;
        if params.max_hours <= 0.0 {
            return Err("max_hours must be positive".to_string());
        }
        Ok(())
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
        let message = if hours <= 0.0 {
            "the sale ends before it starts: sale.end must be later than sale.start".to_string()
        } else if hours > PARAMS.max_hours {
            format!(
                "the sale window is {} hours, longer than {}; long windows dilute the urgency of a flash sale",
                number(hours),
                number(PARAMS.max_hours)
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
