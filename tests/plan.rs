//! `xhslint plan`: each plan rule on a plan that breaks it (exact rule,
//! line, column, text and message) and on one that keeps it; the example
//! campaigns; the schema; and bad plan input, which is an error at its
//! position with exit code 2.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use xhslint::plan::{self, LoadError};
use xhslint::text::LineIndex;

/// A small plan that every rule passes: one stream, two windows 35
/// minutes apart, a bundle 18% off, 70% education, announced four days
/// ahead, recapped the next noon.
const BASE: &str = "\
campaign: test
name: 测试活动
streams:
  - id: live
    start: 2026-03-13T20:00:00+08:00
    end: 2026-03-13T22:00:00+08:00
    products:
      - {id: serum, name: 玻尿酸精华, price: 199, original_price: 299, stock: 100}
      - {id: cream, name: 修护面霜, price: 129, original_price: 169}
    windows:
      - {start: \"20:30\", end: \"20:40\", product: serum, offer: 169}
      - {start: \"21:05\", end: \"21:15\", product: cream, offer: 109}
    bundles:
      - {name: 套装, items: [serum, cream], price: 269}
    segments:
      - {kind: education, minutes: 84}
      - {kind: promotion, minutes: 36}
notes:
  - {path: a.md, role: announcement, publish_at: 2026-03-09T19:30:00+08:00}
  - {path: r.md, role: recap, publish_at: 2026-03-14T12:00:00+08:00, replay: true, code: HF24, code_valid_hours: 24}
";

/// One finding as a test reads it: rule, line, column, the text under
/// the span, and the message.
#[derive(Debug, PartialEq)]
struct Found {
    rule: String,
    line: usize,
    column: usize,
    text: String,
    message: String,
}

fn check_in(dir: &Path, source: &str) -> Vec<Found> {
    let loaded = plan::parse("campaign.yaml", dir, source.to_string())
        .unwrap_or_else(|e| panic!("plan does not load: {e}"));
    let index = LineIndex::new(source);
    plan::check(&loaded)
        .into_iter()
        .map(|d| {
            let position = index.position(source, d.span.start);
            Found {
                rule: d.rule.to_string(),
                line: position.line,
                column: position.column,
                text: source[d.span.clone()].to_string(),
                message: d.message,
            }
        })
        .collect()
}

fn check(source: &str) -> Vec<Found> {
    check_in(Path::new("/nonexistent-xhslint-plan-dir"), source)
}

fn of_rule(found: Vec<Found>, rule: &str) -> Vec<Found> {
    found.into_iter().filter(|f| f.rule == rule).collect()
}

fn edited(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "BASE has no {from:?}");
    BASE.replacen(from, to, 1)
}

fn one(found: Vec<Found>, rule: &str) -> Found {
    let mut found = of_rule(found, rule);
    assert_eq!(found.len(), 1, "{found:#?}");
    found.remove(0)
}

#[test]
fn the_base_plan_passes_every_rule() {
    assert_eq!(check(BASE), Vec::new());
}

#[test]
fn product_count_fires_past_twenty_products() {
    let many: String = (1..=21)
        .map(|i| format!("      - {{id: p{i}, name: 商品{i}, price: 10}}\n"))
        .collect();
    let plan = edited(
        "      - {id: serum, name: 玻尿酸精华, price: 199, original_price: 299, stock: 100}\n",
        &format!(
            "      - {{id: serum, name: 玻尿酸精华, price: 199, original_price: 299, stock: 100}}\n{many}"
        ),
    );
    let found = one(check(&plan), "plan-product-count");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (7, 5, "products")
    );
    assert_eq!(
        found.message,
        "stream `live` links 23 products; a live stream links at most 20"
    );
    // Twenty is the limit, not past it.
    let twenty: String = (1..=18)
        .map(|i| format!("      - {{id: p{i}, name: 商品{i}, price: 10}}\n"))
        .collect();
    let plan = edited(
        "      - {id: serum, name: 玻尿酸精华, price: 199, original_price: 299, stock: 100}\n",
        &format!(
            "      - {{id: serum, name: 玻尿酸精华, price: 199, original_price: 299, stock: 100}}\n{twenty}"
        ),
    );
    assert!(of_rule(check(&plan), "plan-product-count").is_empty());
}

#[test]
fn window_length_fires_on_a_two_minute_and_a_forty_minute_window() {
    let plan = edited("end: \"20:40\"", "end: \"20:32\"");
    let found = one(check(&plan), "plan-window-length");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (11, 17, "\"20:30\"")
    );
    assert_eq!(
        found.message,
        "the 20:30–20:32 window lasts 2 minutes: too short for viewers to open the product and pay; give it at least 5 minutes"
    );
    let plan = edited("end: \"21:15\"", "end: \"21:45\"");
    let found = one(check(&plan), "plan-window-length");
    assert_eq!((found.line, found.column), (12, 17));
    assert!(
        found.message.contains("lasts 40 minutes: too long"),
        "{}",
        found.message
    );
    // 5 and 15 minutes are inside the band.
    let plan =
        edited("end: \"20:40\"", "end: \"20:35\"").replacen("end: \"21:15\"", "end: \"21:20\"", 1);
    assert!(of_rule(check(&plan), "plan-window-length").is_empty());
}

#[test]
fn window_gap_fires_when_the_next_window_is_too_far_or_too_near() {
    let plan = edited(
        "{start: \"21:05\", end: \"21:15\"",
        "{start: \"21:40\", end: \"21:50\"",
    );
    let found = one(check(&plan), "plan-window-gap");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (12, 17, "\"21:40\"")
    );
    assert_eq!(
        found.message,
        "the 21:40 window starts 70 minutes after the 20:30 one: viewers wait too long; start one every 30–45 minutes"
    );
    let plan = edited(
        "{start: \"21:05\", end: \"21:15\"",
        "{start: \"20:45\", end: \"20:55\"",
    );
    let found = one(check(&plan), "plan-window-gap");
    assert!(
        found.message.contains("15 minutes after"),
        "{}",
        found.message
    );
    // 45 minutes exactly keeps the rhythm.
    let plan = edited(
        "{start: \"21:05\", end: \"21:15\"",
        "{start: \"21:15\", end: \"21:25\"",
    );
    assert!(of_rule(check(&plan), "plan-window-gap").is_empty());
}

#[test]
fn announcement_fires_when_late_or_missing() {
    let plan = edited(
        "publish_at: 2026-03-09T19:30",
        "publish_at: 2026-03-12T20:00",
    );
    let found = one(check(&plan), "plan-announcement");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (19, 50, "2026-03-12T20:00:00+08:00")
    );
    assert_eq!(
        found.message,
        "the announcement goes out only 24 hours before the stream (2026-03-12 20:00); announce it at least 3 days ahead"
    );
    let plan = edited(
        "  - {path: a.md, role: announcement, publish_at: 2026-03-09T19:30:00+08:00}\n",
        "",
    );
    let found = one(check(&plan), "plan-announcement");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (4, 9, "live")
    );
    assert_eq!(
        found.message,
        "no announcement Note for stream `live`; announce it 3–5 days ahead"
    );
    // Exactly three days ahead is in time.
    let plan = edited(
        "publish_at: 2026-03-09T19:30",
        "publish_at: 2026-03-10T20:00",
    );
    assert!(of_rule(check(&plan), "plan-announcement").is_empty());
}

#[test]
fn bundle_discount_fires_outside_its_band_and_above_the_items_sum() {
    let plan = edited("price: 269}", "price: 339}");
    let found = one(check(&plan), "plan-bundle-discount");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (14, 50, "339")
    );
    assert_eq!(
        found.message,
        "bundle `套装` costs 339 — more than its items bought separately (328)"
    );
    let plan = edited("price: 269}", "price: 199}");
    let found = one(check(&plan), "plan-bundle-discount");
    assert_eq!(
        found.message,
        "bundle `套装` saves 39.3% on its items' 328: more than the stream needs to give; save 15%–25%"
    );
    let plan = edited("price: 269}", "price: 309}");
    let found = one(check(&plan), "plan-bundle-discount");
    assert!(found.message.contains("saves 5.8%"), "{}", found.message);
    // 25% off 328 is 246: the edge of the band.
    let plan = edited("price: 269}", "price: 246}");
    assert!(of_rule(check(&plan), "plan-bundle-discount").is_empty());
}

#[test]
fn education_share_fires_below_seventy_percent() {
    let plan = edited("minutes: 84}", "minutes: 40}").replacen("minutes: 36}", "minutes: 80}", 1);
    let found = one(check(&plan), "plan-education-share");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (15, 5, "segments")
    );
    assert_eq!(
        found.message,
        "stream `live` educates 40 of 120 minutes (33.3%); aim for 70% — about 84 minutes of showing and answering"
    );
    let plan = edited("minutes: 84}", "minutes: 83}").replacen("minutes: 36}", "minutes: 37}", 1);
    assert_eq!(of_rule(check(&plan), "plan-education-share").len(), 1);
}

#[test]
fn recap_fires_when_late_without_replay_or_with_a_long_code() {
    let plan = edited(
        "publish_at: 2026-03-14T12:00:00+08:00, replay: true, code: HF24, code_valid_hours: 24",
        "publish_at: 2026-03-15T12:00:00+08:00, replay: false, code: HF24, code_valid_hours: 72",
    );
    let found: Vec<(usize, usize, String, String)> = of_rule(check(&plan), "plan-recap")
        .into_iter()
        .map(|f| (f.line, f.column, f.text, f.message))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                20,
                43,
                "2026-03-15T12:00:00+08:00".to_string(),
                "the recap goes out 38 hours after the stream ends (2026-03-15 12:00); publish it within 24 hours of the end".to_string()
            ),
            (
                20,
                78,
                "false".to_string(),
                "the recap links no replay; set `replay: true` and put the replay in the Note".to_string()
            ),
            (
                20,
                115,
                "72".to_string(),
                "the recap's code stays valid 72 hours, longer than the 24-hour replay window".to_string()
            ),
        ]
    );
    let plan = edited(
        "  - {path: r.md, role: recap, publish_at: 2026-03-14T12:00:00+08:00, replay: true, code: HF24, code_valid_hours: 24}\n",
        "",
    );
    let found = one(check(&plan), "plan-recap");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (4, 9, "live")
    );
    let plan = edited(", code: HF24, code_valid_hours: 24", "");
    let found = one(check(&plan), "plan-recap");
    assert_eq!(found.text, "r.md");
    assert!(
        found
            .message
            .starts_with("the recap carries no discount code"),
        "{}",
        found.message
    );
}

#[test]
fn first_order_fires_outside_ten_to_fifteen_percent() {
    let plan = BASE.replacen(
        "name: 测试活动\n",
        "name: 测试活动\nfirst_order_discount: 40\n",
        1,
    );
    let found = one(check(&plan), "plan-first-order");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (3, 23, "40")
    );
    assert_eq!(
        found.message,
        "a first-order discount of 40% is more than a welcome offer needs to give; keep it 10%–15%"
    );
    let plan = BASE.replacen(
        "name: 测试活动\n",
        "name: 测试活动\nfirst_order_discount: 15\n",
        1,
    );
    assert!(of_rule(check(&plan), "plan-first-order").is_empty());
}

/// BASE as a 38 (women's day, 03-08) campaign would be past the festival;
/// these move the stream into 618's peak.
fn festival_plan(preheat: &str) -> String {
    BASE.replacen("name: 测试活动\n", "name: 测试活动\nfestival: \"618\"\n", 1)
        .replace("2026-03-13", "2026-06-12")
        .replace("2026-03-09", "2026-06-08")
        .replace("2026-03-14", "2026-06-13")
        + &format!("  - {{path: p.md, role: preheat, publish_at: {preheat}}}\n")
}

#[test]
fn festival_preheat_fires_when_it_starts_under_thirty_days_ahead() {
    let found = one(
        check(&festival_plan("2026-06-08T12:00:00+08:00")),
        "plan-festival-preheat",
    );
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (22, 45, "2026-06-08T12:00:00+08:00")
    );
    assert_eq!(
        found.message,
        "the preheat starts 2026-06-08 12:00 (10 days before 618 on 2026-06-18); start it at least 30 days before"
    );
    assert_eq!(
        check(&festival_plan("2026-05-12T12:00:00+08:00")),
        Vec::new()
    );
    // No preheat at all: the finding is on `festival`.
    let plan = BASE
        .replacen("name: 测试活动\n", "name: 测试活动\nfestival: \"618\"\n", 1)
        .replace("2026-03-13", "2026-06-12");
    let found = one(check(&plan), "plan-festival-preheat");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (3, 11, "\"618\"")
    );
}

#[test]
fn festival_peak_fires_on_a_sale_running_past_the_peak() {
    let plan = festival_plan("2026-05-12T12:00:00+08:00")
        + "  - {path: s.md, role: sale, sale: {start: 2026-06-10T00:00:00+08:00, end: 2026-06-25T00:00:00+08:00}}\n";
    let found = one(check(&plan), "plan-festival-peak");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (23, 76, "2026-06-25T00:00:00+08:00")
    );
    assert_eq!(
        found.message,
        "the sale runs 2026-06-10 00:00 to 2026-06-25 00:00, beyond 618's peak (2026-06-01 to 2026-06-20); keep festival sales inside the peak"
    );
    let plan = festival_plan("2026-05-12T12:00:00+08:00")
        + "  - {path: s.md, role: sale, sale: {start: 2026-06-16T20:00:00+08:00, end: 2026-06-18T20:00:00+08:00}}\n";
    assert_eq!(check(&plan), Vec::new());
}

#[test]
fn flash_repeat_fires_on_the_third_day_of_one_discount() {
    // 30% off on three days within 30 days: the stream's serum window
    // (209 of 299) and two planned sales.
    let plan = edited("offer: 169}", "offer: 209}")
        + "  - {path: s1.md, role: sale, sale: {start: 2026-03-01T20:00:00+08:00, end: 2026-03-01T22:00:00+08:00, price: 70, original_price: 100}}\n"
        + "  - {path: s2.md, role: sale, sale: {start: 2026-03-20T20:00:00+08:00, end: 2026-03-20T22:00:00+08:00, price: 140, original_price: 200}}\n";
    let found: Vec<(usize, usize, String)> = of_rule(check(&plan), "plan-flash-repeat")
        .into_iter()
        .map(|f| (f.line, f.column, f.text))
        .collect();
    assert_eq!(found, vec![(22, 111, "140".to_string())]);
    let message = one(check(&plan), "plan-flash-repeat").message;
    assert_eq!(
        message,
        "the same 30% flash discount runs again on 03-20 after 03-01, 03-13 within 30 days; followers learn to wait for it — change the offer or make it a bundle or gift"
    );
    // Two days is not yet a habit; a different discount is not a repeat.
    let plan = edited("offer: 169}", "offer: 209}")
        + "  - {path: s1.md, role: sale, sale: {start: 2026-03-01T20:00:00+08:00, end: 2026-03-01T22:00:00+08:00, price: 70, original_price: 100}}\n"
        + "  - {path: s2.md, role: sale, sale: {start: 2026-03-20T20:00:00+08:00, end: 2026-03-20T22:00:00+08:00, price: 150, original_price: 200}}\n";
    assert!(of_rule(check(&plan), "plan-flash-repeat").is_empty());
}

#[test]
fn note_conflict_fires_when_a_note_declares_another_price() {
    let dir = tempfile::tempdir().expect("tempdir");
    let note = "---\ntitle: 限时2小时｜玻尿酸精华\ncampaign: test\nsale:\n  start: 2026-03-13T20:00:00+08:00\n  end: 2026-03-13T22:00:00+08:00\n  price: 189\n---\n两泵就够。\n";
    fs::write(dir.path().join("s.md"), note).expect("write");
    let plan = format!("{BASE}  - {{path: s.md, role: sale, stream: live, product: serum}}\n");
    let found = one(check_in(dir.path(), &plan), "plan-note-conflict");
    assert_eq!(
        (found.line, found.column, found.text.as_str()),
        (21, 12, "s.md")
    );
    assert_eq!(
        found.message,
        "s.md says price 189; the plan says 199 — correct one of them"
    );
    fs::write(dir.path().join("s.md"), note.replace("189", "199")).expect("write");
    assert_eq!(check_in(dir.path(), &plan), Vec::new());
}

#[test]
fn a_rule_is_configured_and_suppressed_in_the_plan() {
    let short = edited("end: \"20:40\"", "end: \"20:32\"");
    // Off for the whole file.
    let plan = format!("{short}xhslint:\n  disable: [plan-window-length]\n");
    assert!(of_rule(check(&plan), "plan-window-length").is_empty());
    // Off for that window only.
    let plan = short.replacen(
        "product: serum, offer: 169}",
        "product: serum, offer: 169, xhslint: {disable: [plan-window-length]}}",
        1,
    );
    assert!(of_rule(check(&plan), "plan-window-length").is_empty());
    // An option lowers the bar; a severity raises the finding.
    let plan = format!(
        "{short}xhslint:\n  rules:\n    plan-window-length: {{severity: error, min_minutes: 2}}\n"
    );
    assert!(of_rule(check(&plan), "plan-window-length").is_empty());
    let plan = format!("{short}xhslint:\n  rules:\n    plan-window-length: error\n");
    let loaded = plan::parse("campaign.yaml", Path::new("."), plan).expect("loads");
    let found = plan::check(&loaded);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, xhslint::diagnostic::Severity::Error);
}

fn load_error(source: &str) -> (usize, usize, String) {
    match plan::parse("campaign.yaml", Path::new("."), source.to_string()) {
        Err(LoadError::Invalid {
            line,
            column,
            message,
            ..
        }) => (line, column, message),
        other => panic!("expected an input error, got {other:?}"),
    }
}

#[test]
fn an_unknown_key_is_an_error_with_did_you_mean() {
    let plan = edited(
        "    end: 2026-03-13T22:00:00+08:00\n",
        "    end: 2026-03-13T22:00:00+08:00\n    hots: 小鹿\n",
    );
    assert_eq!(
        load_error(&plan),
        (
            7,
            5,
            "unknown key `hots` in a stream — did you mean `host`? allowed: id, start, end, host, products, windows, bundles, first_buyer_bonus, segments, xhslint".to_string()
        )
    );
}

#[test]
fn a_value_of_the_wrong_type_is_an_error_at_the_value() {
    assert_eq!(
        load_error(&edited("price: 199,", "price: many,")),
        (
            8,
            41,
            "`price` must be a price in CNY above 0, such as 199, not `many`".to_string()
        )
    );
    assert_eq!(
        load_error(&edited("minutes: 84}", "minutes: \"84\"}")),
        (
            16,
            36,
            "`minutes` must be a whole number such as 5, not `84`".to_string()
        )
    );
    assert_eq!(
        load_error(&edited(
            "start: 2026-03-13T20:00:00+08:00",
            "start: tonight"
        )),
        (
            5,
            12,
            "`start` must be a time such as 2026-06-16T20:00:00+08:00, not `tonight`".to_string()
        )
    );
}

#[test]
fn an_end_before_its_start_is_an_error_at_the_end() {
    assert_eq!(
        load_error(&edited("end: 2026-03-13T22:00", "end: 2026-03-13T19:00")),
        (
            6,
            10,
            "the stream ends (2026-03-13 19:00) before it starts (2026-03-13 20:00)".to_string()
        )
    );
}

#[test]
fn overlapping_windows_are_an_error_at_the_later_one() {
    assert_eq!(
        load_error(&edited(
            "{start: \"21:05\", end: \"21:15\"",
            "{start: \"20:35\", end: \"20:45\""
        )),
        (
            12,
            17,
            "this window (20:35–20:45) overlaps the one at 20:30–20:40 — one offer at a time"
                .to_string()
        )
    );
}

#[test]
fn references_and_rule_ids_must_exist() {
    assert_eq!(
        load_error(&edited("items: [serum, cream]", "items: [serum, lotion]")),
        (
            14,
            35,
            "no product `lotion` in this stream — its products: serum, cream".to_string()
        )
    );
    let plan = format!("{BASE}xhslint:\n  disable: [plan-window-lenght]\n");
    assert_eq!(
        load_error(&plan),
        (
            22,
            13,
            "unknown plan rule `plan-window-lenght` — did you mean `plan-window-length`? `xhslint rules` lists them".to_string()
        )
    );
    let plan = format!("{BASE}xhslint:\n  rules:\n    plan-window-length: {{max_mins: 20}}\n");
    assert_eq!(
        load_error(&plan),
        (
            23,
            26,
            "`plan-window-length` has no option `max_mins` — its options: severity, min_minutes, max_minutes".to_string()
        )
    );
}

#[test]
fn a_yaml_syntax_error_has_a_position() {
    let (line, _, message) = load_error("campaign: a\nname: [b\nstreams: []\n");
    assert!(line >= 2, "{line}: {message}");
    assert!(!message.is_empty());
}

fn bin() -> Command {
    let mut command = Command::cargo_bin("xhslint").expect("binary");
    command.env("XHSLINT_LANG", "en");
    command
}

fn example(name: &str) -> String {
    format!(
        "{}/examples/{name}/campaign.yaml",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn cli_bad_input_exits_2_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("campaign.yaml");
    fs::write(&path, edited("price: 199,", "price: many,")).expect("write");
    let output = bin().arg("plan").arg(&path).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("{}:8:41: `price` must be a price", path.display())),
        "{stderr}"
    );
    let output = bin()
        .arg("plan")
        .arg(dir.path().join("missing.yaml"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_618_example_passes() {
    let output = bin()
        .args(["plan", "--deny", "warnings", "--color", "never"])
        .arg(example("campaign-618"))
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn the_broken_example_shows_every_plan_rule() {
    let loaded = plan::load(Path::new(&example("campaign-618-broken"))).expect("loads");
    let found = plan::check(&loaded);
    for rule in plan::rules::ids() {
        assert!(
            found.iter().any(|d| d.rule == rule),
            "{rule} does not fire on the broken example"
        );
    }
    let output = bin()
        .args(["plan", "--format", "json"])
        .arg(example("campaign-618-broken"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(format!(
            "{}/schema/report.schema.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("schema"),
    )
    .expect("schema json");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    assert!(validator.is_valid(&report));
    assert_eq!(report["summary"]["errors"], 2);
    let first = &report["files"][0]["diagnostics"][0];
    assert_eq!(first["rule"], "plan-first-order");
    assert_eq!(first["span"]["start"]["line"], 7);
    assert_eq!(first["span"]["start"]["column"], 23);
}

#[test]
fn github_and_sarif_carry_the_yaml_positions() {
    let output = bin()
        .args(["plan", "--format", "github"])
        .arg(example("campaign-618-broken"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.lines().any(|l| l.starts_with("::warning file=")
            && l.contains("campaign.yaml,line=7,col=23")
            && l.contains("plan-first-order")),
        "{text}"
    );
    let output = bin()
        .args(["plan", "--format", "sarif"])
        .arg(example("campaign-618-broken"))
        .output()
        .expect("runs");
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).expect("sarif");
    let rules = &sarif["runs"][0]["tool"]["driver"]["rules"];
    assert!(
        rules
            .as_array()
            .is_some_and(|r| r.iter().any(|r| r["id"] == "plan-recap"))
    );
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "plan-first-order");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        7
    );
}

#[test]
fn the_campaign_schema_validates_both_examples_and_rejects_an_unknown_key() {
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(format!(
            "{}/schema/campaign.schema.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("schema"),
    )
    .expect("schema json");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    for name in ["campaign-618", "campaign-618-broken"] {
        let yaml = fs::read_to_string(example(name)).expect("example");
        let value: serde_json::Value = serde_yaml::from_str(&yaml).expect("yaml");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    let value: serde_json::Value = serde_yaml::from_str(&edited(
        "    end: 2026-03-13T22:00:00+08:00\n",
        "    end: 2026-03-13T22:00:00+08:00\n    hots: x\n",
    ))
    .expect("yaml");
    assert!(!validator.is_valid(&value));
    let value: serde_json::Value = serde_yaml::from_str(BASE).expect("yaml");
    assert!(validator.is_valid(&value));
}

#[test]
fn the_timeline_shows_days_windows_and_gaps() {
    let output = bin()
        .args(["plan", "--timeline", "--color", "never"])
        .arg(example("campaign-618"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8_lossy(&output.stdout);
    for part in [
        "618 玻尿酸精华年中大促 (618-serum) · festival 618 on 2026-06-18\n",
        "\n2026-06-12 Fri\n",
        "  20:00–22:00  stream       live-0612",
        "  21:05–21:15    █ 10 min    修护面霜 ¥109 ×80  (+35 min)\n",
        "  ┆ 3 days\n",
    ] {
        assert!(text.contains(part), "missing {part:?} in\n{text}");
    }
    let output = bin()
        .args(["plan", "--timeline", "--format", "json"])
        .arg(example("campaign-618"))
        .output()
        .expect("runs");
    let timeline: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(timeline["campaign"], "618-serum");
    let day = timeline["days"]
        .as_array()
        .and_then(|days| days.iter().find(|d| d["date"] == "2026-06-12"))
        .expect("the stream's day");
    let windows: Vec<(String, i64, Option<i64>)> = day["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["kind"] == "window")
        .map(|e| {
            (
                e["start"].as_str().unwrap_or_default().to_string(),
                e["minutes"].as_i64().unwrap_or_default(),
                e["since_previous"].as_i64(),
            )
        })
        .collect();
    assert_eq!(
        windows,
        vec![
            ("2026-06-12T20:30:00+08:00".to_string(), 10, None),
            ("2026-06-12T21:05:00+08:00".to_string(), 10, Some(35)),
            ("2026-06-12T21:45:00+08:00".to_string(), 10, Some(40)),
        ]
    );
}

#[test]
fn rules_lists_and_explain_documents_the_plan_rules() {
    let output = bin().arg("rules").output().expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    for rule in plan::rules::ids() {
        assert!(text.contains(rule), "{rule} not listed");
    }
    let output = bin()
        .args(["explain", "plan-window-gap"])
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("`min_interval` (default `30`)"), "{text}");
    assert!(
        text.contains("plan-window-gap: {severity: warning, min_interval: 30, max_interval: 45}"),
        "{text}"
    );
}

/// Lints the Note `name` of a campaign laid out in a temporary folder.
fn lint_campaign_note(plan: &str, name: &str, note: &str) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("campaign.yaml"), plan).expect("write plan");
    let path = dir.path().join(name);
    fs::write(&path, note).expect("write note");
    let settings = xhslint::settings::Settings::default();
    let (note, found) =
        xhslint::lint::lint_source(&path.display().to_string(), note.to_string(), &settings);
    found
        .into_iter()
        .filter(|d| d.rule == "claim-mismatch" || d.rule == "plan-note-conflict")
        .map(|d| {
            (
                d.rule.to_string(),
                note.source[d.span.clone()].to_string(),
                d.message,
            )
        })
        .collect()
}

const ANNOUNCEMENT: &str = "---\ntitle: 周五20:00直播｜玻尿酸精华 成分讲透\ncampaign: test\n---\n周五晚8点开播，现场上脸测试。\n\n直播间限时10分钟专享价，记得点关注。\n";

#[test]
fn an_announcement_is_checked_against_the_plan_stream() {
    // 2026-03-13 is a Friday; the windows run 10 minutes.
    let plan = format!("{BASE}  - {{path: n.md, role: announcement, stream: live}}\n");
    assert_eq!(lint_campaign_note(&plan, "n.md", ANNOUNCEMENT), Vec::new());
    let wrong = ANNOUNCEMENT
        .replace("周五晚8点", "周六晚8点")
        .replace("限时10分钟", "限时15分钟");
    assert_eq!(
        lint_campaign_note(&plan, "n.md", &wrong),
        vec![
            (
                "claim-mismatch".to_string(),
                "周六晚8点开播".to_string(),
                "says the stream starts 周六晚8点开播, but campaign `test` starts stream `live` 周五 20:00 (2026-03-13 20:00)".to_string()
            ),
            (
                "claim-mismatch".to_string(),
                "限时15分钟".to_string(),
                "says the flash windows last 15 minutes, but campaign `test` plans windows of 10 minutes".to_string()
            ),
        ]
    );
    // 晚上9点 is 21:00, not the 20:00 start.
    let late = ANNOUNCEMENT.replace("周五晚8点开播", "周五晚上9点开播");
    assert_eq!(lint_campaign_note(&plan, "n.md", &late).len(), 1);
    // A Note of another campaign is not compared.
    let other = wrong.replace("campaign: test", "campaign: other");
    assert_eq!(lint_campaign_note(&plan, "n.md", &other), Vec::new());
}

#[test]
fn a_sale_note_takes_the_plan_facts_and_its_own_win() {
    let plan = format!("{BASE}  - {{path: s.md, role: sale, stream: live, product: serum}}\n");
    // No price of its own: the plan's 199 makes 到手价189 a mismatch.
    let note = "---\ntitle: 限时2小时｜玻尿酸精华\ncampaign: test\n---\n两泵就够，保湿一整天。到手价189元。\n";
    let found = lint_campaign_note(&plan, "s.md", note);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("claim-mismatch", "189元")
    );
    // Its own price differs from the plan's: a conflict at its price, and
    // its own price is the one the copy is checked against.
    let note = "---\ntitle: 限时2小时｜玻尿酸精华\ncampaign: test\nsale:\n  price: 189\n---\n两泵就够，保湿一整天。到手价189元。\n";
    let found = lint_campaign_note(&plan, "s.md", note);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "plan-note-conflict");
    assert_eq!(found[0].1, "189");
    assert!(
        found[0]
            .2
            .starts_with("sale.price is 189, but campaign `test` plans 199 ("),
        "{}",
        found[0].2
    );
}

#[test]
fn title_role_writes_announcement_and_recap_titles_from_the_plan() {
    let output = bin()
        .args([
            "title",
            "--role",
            "announcement",
            "--benefit",
            "补水保湿",
            "--plan",
        ])
        .arg(example("campaign-618"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        " 1. 周五20:00直播 | 玻尿酸精华 补水保湿\n 2. 周五20:00直播 | 玻尿酸精华 上脸实测\n 3. 周五20:00开播 | 玻尿酸精华 补水保湿\n 4. 周五20:00直播 | 玻尿酸精华\n"
    );
    let output = bin()
        .args(["title", "--role", "recap", "--format", "json", "--plan"])
        .arg(example("campaign-618"))
        .output()
        .expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let titles: Vec<&str> = value["titles"]
        .as_array()
        .expect("titles")
        .iter()
        .filter_map(|t| t["title"].as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "直播回放24小时有效 | 玻尿酸精华 答疑合集",
            "直播回放24小时有效 | 玻尿酸精华"
        ]
    );
}

#[test]
fn title_role_refuses_what_does_not_fit_and_asks_for_a_stream() {
    let output = bin()
        .args([
            "title",
            "--role",
            "recap",
            "--product",
            "这是一个名字特别特别长的玻尿酸精华套装",
            "--plan",
        ])
        .arg(example("campaign-618"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no recap title fits"));
    let output = bin()
        .args(["title", "--role", "announcement", "--plan"])
        .arg(example("campaign-618-broken"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("several streams — pick one with --stream (live-0605, live-0612)")
    );
}

/// `check` itself (not only `--fix`) compares a campaign Note with its plan,
/// and the Note's own comments suppress those findings like any other.
#[test]
fn check_compares_a_campaign_note_and_honours_its_suppressions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = format!("{BASE}  - {{path: n.md, role: announcement, stream: live}}\n");
    fs::write(dir.path().join("campaign.yaml"), plan).expect("write plan");
    let wrong = ANNOUNCEMENT
        .replace("周五晚8点", "周六晚8点")
        .replace("限时10分钟", "限时15分钟");
    fs::write(dir.path().join("n.md"), &wrong).expect("write note");
    let lines = |dir: &Path| -> Vec<(String, u64, u64)> {
        let out = bin()
            .current_dir(dir)
            .args(["check", "--no-config", "--format", "json", "n.md"])
            .output()
            .expect("run");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        report["files"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter(|d| d["rule"] != "hashtag-count")
            .map(|d| {
                (
                    d["rule"].as_str().unwrap_or_default().to_string(),
                    d["span"]["start"]["line"].as_u64().unwrap_or_default(),
                    d["span"]["start"]["column"].as_u64().unwrap_or_default(),
                )
            })
            .collect()
    };
    assert_eq!(
        lines(dir.path()),
        vec![
            ("claim-mismatch".to_string(), 5, 1),
            ("claim-mismatch".to_string(), 7, 4),
        ]
    );
    // A comment on the line before switches the first one off, and is used.
    let suppressed = wrong.replace(
        "周六晚8点开播",
        "<!-- xhslint-disable-next-line claim-mismatch -->\n周六晚8点开播",
    );
    fs::write(dir.path().join("n.md"), suppressed).expect("write note");
    assert_eq!(
        lines(dir.path()),
        vec![("claim-mismatch".to_string(), 8, 4)]
    );
}

/// The plan without its `notes` entries, so Notes join only from their
/// own front matter.
fn plan_without_notes() -> String {
    let head = BASE.split("notes:\n").next().expect("BASE lists notes");
    format!("{head}notes: []\n")
}

/// `xhslint plan` in `dir` as JSON: each finding's rule, line, message and
/// the file its related note names.
fn plan_findings(dir: &Path) -> Vec<(String, u64, String, Option<String>)> {
    let out = bin()
        .current_dir(dir)
        .args(["plan", "campaign.yaml", "--format", "json"])
        .output()
        .expect("run");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or_default().to_string(),
                d["span"]["start"]["line"].as_u64().unwrap_or_default(),
                d["message"].as_str().unwrap_or_default().to_string(),
                d["related"][0]["path"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn notes_join_a_plan_from_their_front_matter_with_a_role_declared_or_implied() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("campaign.yaml"), plan_without_notes()).expect("write plan");
    // Nothing joins yet: no announcement and no recap.
    let rules: Vec<String> = plan_findings(dir.path()).into_iter().map(|f| f.0).collect();
    assert_eq!(rules, vec!["plan-announcement", "plan-recap"]);

    // Published four days before the stream, it is the announcement.
    fs::write(
        dir.path().join("teaser.md"),
        "---\ntitle: 周五20:00直播｜玻尿酸精华 成分讲透\ncampaign: test\npublish_at: 2026-03-09T19:30:00+08:00\n---\n周五晚8点开播。\n",
    )
    .expect("write");
    // It says it is the recap; the plan gives it no replay and no code.
    fs::create_dir(dir.path().join("after")).expect("mkdir");
    fs::write(
        dir.path().join("after/recap.md"),
        "---\ntitle: 直播回放24小时有效｜玻尿酸精华\ncampaign: {id: test, role: recap}\npublish_at: 2026-03-14T12:00:00+08:00\n---\n回放已上线。\n",
    )
    .expect("write");
    // Another campaign's Note is not this plan's.
    fs::write(
        dir.path().join("other.md"),
        "---\ntitle: 别的活动\ncampaign: other\n---\n正文。\n",
    )
    .expect("write");
    let found = plan_findings(dir.path());
    let recap = Some("after/recap.md".to_string());
    assert_eq!(
        found,
        vec![
            (
                "plan-recap".to_string(),
                1,
                "the recap links no replay; set `replay: true` and put the replay in the Note"
                    .to_string(),
                recap.clone()
            ),
            (
                "plan-recap".to_string(),
                1,
                "the recap carries no discount code; give replay viewers one valid 24 hours"
                    .to_string(),
                recap
            ),
        ]
    );

    // A Note the plan lists is the plan's entry, not a second one.
    let listed = format!(
        "{}  - {{path: after/recap.md, role: recap, replay: true, code: HF24, code_valid_hours: 24}}\n",
        plan_without_notes().replace("notes: []\n", "notes:\n")
    );
    fs::write(dir.path().join("campaign.yaml"), listed).expect("write plan");
    assert_eq!(plan_findings(dir.path()), Vec::new());
}

#[test]
fn a_campaign_role_in_front_matter_must_be_one_the_plan_knows() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("n.md"),
        "---\ntitle: 直播回放｜玻尿酸精华\ncampaign: {id: test, role: replay}\n---\n回放已上线。\n",
    )
    .expect("write");
    let out = bin()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "json", "n.md"])
        .output()
        .expect("run");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let messages: Vec<&str> = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["rule"] == "front-matter")
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert_eq!(
        messages,
        vec!["`campaign.role` must be one of announcement, preheat, sale, recap"]
    );
}
