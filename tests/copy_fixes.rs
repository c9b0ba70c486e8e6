//! The suggestions read right as Chinese copy (issue 16): a limit moves as
//! one unit, a stock claim is restated truthfully, a discount is written
//! one way everywhere, and the title generator writes no word it cannot
//! stand behind.

use xhslint::diagnostic::Diagnostic;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::{lint_source, run_rules};
use xhslint::settings::Settings;

fn findings(source: &str) -> Vec<Diagnostic> {
    lint_source("note.md", source.to_string(), &Settings::default()).1
}

fn rewrites(source: &str, rule: &str) -> Vec<String> {
    findings(source)
        .into_iter()
        .filter(|d| d.rule == rule)
        .flat_map(|d| d.suggestions)
        .filter_map(|s| s.replacement().map(str::to_string))
        .collect()
}

fn sale_note(title: &str) -> String {
    format!("---\ntitle: {title}\n---\n这瓶精华上脸很润，到手¥99，点下方商品卡下单。\n")
}

#[test]
fn title_scarcity_moves_the_whole_limit_to_the_front() {
    for (title, moved) in [
        ("玻尿酸精华补水保湿仅限今天", "仅限今天｜玻尿酸精华补水保湿"),
        (
            "玻尿酸精华补水保湿限时48小时抢",
            "限时48小时抢｜玻尿酸精华补水保湿",
        ),
        (
            "玻尿酸精华补水保湿今晚20点截止",
            "今晚20点截止｜玻尿酸精华补水保湿",
        ),
        (
            "奶茶色口红秋冬显白 今晚截止",
            "今晚截止｜奶茶色口红秋冬显白",
        ),
        (
            "50刀带走烤鸭三食这周末2/10-2/13",
            "这周末2/10-2/13｜50刀带走烤鸭三食",
        ),
        (
            "东城食府北京烤鸭三食 10/8-10/11 85折",
            "10/8-10/11｜东城食府北京烤鸭三食 85折",
        ),
    ] {
        let found = findings(&sale_note(title));
        let finding = found
            .iter()
            .find(|d| d.rule == "title-scarcity")
            .unwrap_or_else(|| panic!("{title}: no title-scarcity finding"));
        assert_eq!(finding.suggestions[0].replacement(), Some(moved), "{title}");
    }
}

#[test]
fn a_remaining_stock_claim_against_the_whole_run_is_restated_as_a_limit() {
    let source = "---\ntitle: 限时48小时｜玻尿酸精华\nsale:\n  stock: 500\n---\n上脸很润，仅剩30件，点商品卡下单\n";
    assert_eq!(rewrites(source, "claim-mismatch"), ["限量500件"]);
    let measure = "---\ntitle: 限时48小时｜玻尿酸精华\nsale:\n  stock: 500\n---\n上脸很润，只剩30瓶了，点商品卡下单\n";
    assert_eq!(rewrites(measure, "claim-mismatch"), ["限量500瓶"]);
    // A limit that miscounts the run keeps its own wording.
    let limit = "---\ntitle: 限时48小时｜玻尿酸精华\nsale:\n  stock: 500\n---\n上脸很润，限量50份，点商品卡下单\n";
    assert_eq!(rewrites(limit, "claim-mismatch"), ["限量500份"]);
}

fn flash_sale(price: &str, published: &str, product: &str) -> String {
    format!(
        "---\ntitle: 限时48小时｜{product}\nproduct: {product}\npublish_at: {published}\nsale:\n  price: {price}\n  original_price: 129\n---\n上脸很润，点商品卡下单\n"
    )
}

#[test]
fn a_discount_is_rounded_up_the_same_way_by_every_rule_and_the_generator() {
    // 79/129 = 6.12…折: stated 6.2折, never the overstated 6.1折.
    let notes = [
        Note::parse(
            "a.md",
            flash_sale("79", "2026-06-01T12:00:00+08:00", "面霜"),
            NoteFormat::Markdown,
        ),
        Note::parse(
            "b.md",
            flash_sale("79", "2026-06-10T12:00:00+08:00", "精华"),
            NoteFormat::Markdown,
        ),
    ];
    let settings = Settings::default();
    let pairs: Vec<(&Note, &Settings)> = notes.iter().map(|n| (n, &settings)).collect();
    let found = run_rules::check(&pairs);
    assert!(
        found[1][0]
            .message
            .starts_with("flash sale of the same discount 6.2折 again"),
        "{}",
        found[1][0].message
    );
    let claim = "---\ntitle: 限时48小时｜玻尿酸精华\nsale:\n  price: 79\n  original_price: 129\n---\n上脸很润，全场5折，点商品卡下单\n";
    assert_eq!(rewrites(claim, "claim-mismatch"), ["6.2折"]);
    let titles = generated(&[
        "--product",
        "玻尿酸精华",
        "--hours",
        "48",
        "--price",
        "79",
        "--original-price",
        "129",
    ]);
    assert!(titles.iter().any(|t| t.contains("6.2折")), "{titles:?}");
    assert!(!titles.iter().any(|t| t.contains("6.1折")), "{titles:?}");
}

/// The titles `xhslint title` offers for these arguments.
fn generated(args: &[&str]) -> Vec<String> {
    let output = assert_cmd::Command::cargo_bin("xhslint")
        .expect("binary")
        .env("XHSLINT_LANG", "en")
        .arg("title")
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("JSON: {}", String::from_utf8_lossy(&output.stderr)));
    value["titles"]
        .as_array()
        .map(|titles| {
            titles
                .iter()
                .filter_map(|t| t["title"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn generated_titles_never_repeat_a_word_of_the_product() {
    let titles = generated(&[
        "--product",
        "补水精华",
        "--hours",
        "48",
        "--stock",
        "200",
        "--benefit",
        "补水保湿",
    ]);
    assert!(!titles.is_empty());
    for title in &titles {
        assert_eq!(title.matches("补水").count(), 1, "{title}");
    }
    let titles = generated(&["--product", "限量版口红", "--hours", "48", "--stock", "200"]);
    assert!(!titles.is_empty());
    for title in &titles {
        assert_eq!(title.matches("限量").count(), 1, "{title}");
    }
}

#[test]
fn generated_titles_write_no_offer_without_one_and_never_call_the_stock_what_is_left() {
    let titles = generated(&["--product", "玻尿酸精华", "--hours", "48", "--stock", "200"]);
    assert!(!titles.is_empty());
    for title in &titles {
        assert!(!title.contains("优惠"), "no price given: {title}");
        assert!(!title.contains("仅剩"), "200 is the whole stock: {title}");
    }
    let offered = generated(&[
        "--product",
        "玻尿酸精华",
        "--hours",
        "48",
        "--price",
        "199",
        "--original-price",
        "299",
    ]);
    assert!(offered.iter().all(|t| !t.contains("仅剩")), "{offered:?}");
}

#[test]
fn generated_titles_propose_no_limit_longer_than_a_flash_sale() {
    for args in [
        ["--product", "玻尿酸精华", "--days", "30", "--stock", "200"],
        [
            "--product",
            "玻尿酸精华",
            "--hours",
            "720",
            "--stock",
            "200",
        ],
    ] {
        let titles = generated(&args);
        assert!(!titles.is_empty(), "{args:?}");
        for title in &titles {
            for long in ["30天", "720小时", "720h", "限时"] {
                assert!(!title.contains(long), "{title}");
            }
        }
    }
}
