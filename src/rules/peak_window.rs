use std::sync::LazyLock;

use serde::Deserialize;

use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::Diagnostic;
use crate::input::front_matter::china_time;
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// A `publish_at` outside the feed's peak hours, 12:00–13:00 and
    /// 18:00–22:00 China time (both ends included), whatever offset the
    /// time is written with.
    ///
    /// ## Why it matters for the sale
    /// A flash sale lives on its first hours in the feed. Posted at 3 a.m.,
    /// it spends them unseen, and the window has partly run out by the time
    /// its readers wake up.
    ///
    /// ## Bad
    /// ```text
    /// publish_at: 2026-06-16T02:30:00+08:00
    /// ```
    ///
    /// ## Good
    /// ```text
    /// publish_at: 2026-06-16T19:30:00+08:00
    /// ```
    ///
    /// ## Options
    /// `windows` in `rules/peak-window.yaml`: the peak windows as
    /// `[HH:MM, HH:MM]` pairs, China time.
    pub struct PeakWindow {
        id: "peak-window",
        severity: Info,
        fixable: false,
        summary: "Note scheduled outside the feed's peak hours",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    windows: Vec<[String; 2]>,
}

/// The windows as minutes past midnight, inclusive.
static WINDOWS: LazyLock<Vec<(u32, u32)>> =
    LazyLock::new(|| windows(&spec::params::<Params>(PeakWindow::META.spec)).unwrap_or_default());

fn windows(params: &Params) -> Result<Vec<(u32, u32)>, String> {
    params
        .windows
        .iter()
        .map(|[from, to]| Ok((minutes(from)?, minutes(to)?)))
        .collect()
}

fn minutes(text: &str) -> Result<u32, String> {
    let (hour, minute) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not HH:MM"))?;
    let hour: u32 = hour.parse().map_err(|_| format!("`{text}` is not HH:MM"))?;
    let minute: u32 = minute
        .parse()
        .map_err(|_| format!("`{text}` is not HH:MM"))?;
    if hour > 24 || minute > 59 {
        return Err(format!("`{text}` is not a time of day"));
    }
    Ok(hour * 60 + minute)
}

fn describe(windows: &[(u32, u32)]) -> Vec<String> {
    windows
        .iter()
        .map(|(from, to)| {
            format!(
                "{:02}:{:02}–{:02}:{:02}",
                from / 60,
                from % 60,
                to / 60,
                to % 60
            )
        })
        .collect()
}

impl Rule for PeakWindow {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        let params: Params = spec::try_params(Self::META.spec).map_err(|e| e.to_string())?;
        let windows = windows(&params)?;
        if windows.is_empty() {
            return Err("no peak windows".to_string());
        }
        Ok(())
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let Some(publish_at) = note
            .note
            .front_matter
            .as_ref()
            .and_then(|fm| fm.publish_at.as_ref())
        else {
            return;
        };
        let local = publish_at.value.to_zoned(china_time());
        let at = u32::from(local.hour() as u8) * 60 + u32::from(local.minute() as u8);
        if WINDOWS.iter().any(|(from, to)| *from <= at && at <= *to) {
            return;
        }
        out.push(Diagnostic::new(
            Self::META.id,
            publish_at.span.clone(),
            crate::msg!(
                "peak-window",
                time = local.strftime("%H:%M").to_string(),
                windows = crate::i18n::Arg::list(describe(&WINDOWS), crate::i18n::Join::Or)
            ),
        ));
    }
}
