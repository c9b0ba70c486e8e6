//! What makes a Note a sale Note (SPEC 4.1): offers in the copy in every
//! category, prices given as information, `kind:` in the front matter and
//! the config, and the reasons a sale-only finding gives.

use std::fs;

use assert_cmd::Command;
use serde_json::Value;

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note_kind;
use xhslint::model::prepared::{Kind, KindSource, NoteKind};
use xhslint::settings::Settings;
use xhslint::text::segment::Segmenter;

fn kind_with(source: &str, settings: &Settings) -> NoteKind {
    let note = Note::parse("note.md", source.to_string(), NoteFormat::Markdown);
    lint_note_kind(&note, settings, Segmenter::builtin())
        .1
        .expect("a Note")
}

fn kind(source: &str) -> NoteKind {
    kind_with(source, &Settings::default())
}

fn note(category: &str, body: &str) -> String {
    format!("---\ntitle: 分享\ncategory: {category}\n---\n{body}\n")
}

/// Promotions a shop or a maker writes, one or more per category.
const SALE: &[(&str, &str, &str)] = &[
    (
        "beauty",
        "这支唇釉薄涂很水润，到手价¥89，点商品卡下单",
        "到手价¥89",
    ),
    ("fashion", "羊毛开衫软糯不扎，全场8折，今晚截止", "8折"),
    ("food", "新店开业期间，招牌牛肉面买一送一", "买一送一"),
    ("mother-baby", "宝宝喝了不胀气，下单送两个奶嘴", "下单送"),
    ("home", "收纳箱可折叠不占地，满199减30", "满199减30"),
    ("digital", "降噪耳机黑五20%OFF，点商品卡下单", "20%OFF"),
    ("other", "手作蜡烛 ¥68 一只，私信订", "¥68"),
];

/// Reviews, diaries and notices that name a price but sell nothing.
const ORGANIC: &[(&str, &str)] = &[
    (
        "beauty",
        "这瓶精华花了¥320，用了两周没什么变化，已经申请退款",
    ),
    ("fashion", "价格：$120，鞋底很弹，跑十公里脚也不累"),
    ("food", "人均$30，牛肉面汤头很浓，周末要排队"),
    ("mother-baby", "幼儿园学费每月$1500，老师很耐心"),
    ("home", "一室一厅月租2000元，押金一个月，采光很好"),
    ("digital", "用了半年，画面清晰，当时¥1299入手"),
    ("other", "博物馆门票25刀，学生半票，展品很值得看"),
];

#[test]
fn promotions_in_every_category_are_sale_notes_with_their_evidence() {
    for (category, body, evidence) in SALE {
        let source = note(category, body);
        let found = kind(&source);
        assert_eq!(found.kind, Kind::Sale, "{category}: {body}");
        assert_eq!(found.source, KindSource::Detected);
        let span = found.evidence.expect("evidence");
        assert_eq!(&source[span], *evidence, "{category}: {body}");
    }
}

#[test]
fn prices_given_as_information_do_not_make_sale_notes() {
    for (category, body) in ORGANIC {
        let found = kind(&note(category, body));
        assert_eq!(found.kind, Kind::Organic, "{category}: {body}");
        assert_eq!(found.evidence, None);
    }
}

#[test]
fn a_bare_daoshou_is_not_a_price() {
    assert_eq!(
        kind(&note("home", "冬天洗碗洗到手裂，换了这副手套")).kind,
        Kind::Organic
    );
}

#[test]
fn front_matter_kind_overrides_detection() {
    let source = "---\ntitle: 探店\nkind: sale\n---\n人均$30，牛肉面汤头很浓\n";
    let found = kind(source);
    assert_eq!(found.kind, Kind::Sale);
    assert_eq!(found.source, KindSource::FrontMatter);
    assert_eq!(&source[found.evidence.expect("the kind value")], "sale");

    let source = "---\ntitle: 分享\nkind: organic\n---\n面膜很润，到手价¥59，点商品卡下单\n";
    let found = kind(source);
    assert_eq!(found.kind, Kind::Organic);
    assert_eq!(found.source, KindSource::FrontMatter);
}

#[test]
fn declared_sale_facts_make_a_sale_note() {
    let source = "---\ntitle: 精华\nsale:\n  price: 199\n---\n补水很稳\n";
    let found = kind(source);
    assert_eq!(found.kind, Kind::Sale);
    assert_eq!(found.source, KindSource::FrontMatter);
}

#[test]
fn the_config_kind_is_the_default_for_its_notes() {
    let settings = Settings {
        kind: Some("organic".to_string()),
        ..Settings::default()
    };
    let found = kind_with(&note("beauty", "到手价¥89，点商品卡下单"), &settings);
    assert_eq!(found.kind, Kind::Organic);
    assert_eq!(found.source, KindSource::Config);
    // The Note's own `kind:` still wins.
    let source = "---\ntitle: 分享\nkind: sale\n---\n人均$30\n";
    assert_eq!(kind_with(source, &settings).source, KindSource::FrontMatter);
}

#[test]
fn a_bad_kind_is_a_front_matter_finding() {
    let source = "---\ntitle: 分享\nkind: promo\n---\n面膜很润\n";
    let note = Note::parse("note.md", source.to_string(), NoteFormat::Markdown);
    let (findings, _) = lint_note_kind(&note, &Settings::default(), Segmenter::builtin());
    let finding = findings
        .iter()
        .find(|d| d.rule == "front-matter")
        .expect("a front-matter finding");
    assert_eq!(&source[finding.span.clone()], "promo");
    assert_eq!(
        finding.message,
        "`kind` is `promo`; expected one of: sale, organic"
    );
}

#[test]
fn a_sale_only_finding_says_why_the_note_is_a_sale_note() {
    let source = note("beauty", "到手价¥89！这支唇釉薄涂很水润");
    let note = Note::parse("note.md", source.clone(), NoteFormat::Markdown);
    let (findings, _) = lint_note_kind(&note, &Settings::default(), Segmenter::builtin());
    let finding = findings
        .iter()
        .find(|d| d.rule == "title-scarcity")
        .expect("title-scarcity");
    let why = finding.related.first().expect("a note");
    assert_eq!(
        why.message,
        "treated as a sale Note because of “到手价¥89”; set kind: organic if it is not one"
    );
    assert_eq!(&source[why.span.clone().expect("span")], "到手价¥89");
    // A finding that applies to any Note says nothing of the kind.
    assert!(
        findings
            .iter()
            .filter(|d| d.rule == "hashtag-count")
            .all(|d| d.related.is_empty())
    );
}

#[test]
fn a_review_with_a_price_gets_no_sale_only_finding() {
    let source = note("food", "人均¥80，汤头很浓，周末要排队");
    let note = Note::parse("note.md", source, NoteFormat::Markdown);
    let (findings, _) = lint_note_kind(&note, &Settings::default(), Segmenter::builtin());
    let rules: Vec<&str> = findings.iter().map(|d| d.rule).collect();
    for rule in ["title-scarcity", "purchase-path", "benefit-before-price"] {
        assert!(!rules.contains(&rule), "{rule} in {rules:?}");
    }
}

#[test]
fn the_json_report_says_what_kind_each_note_is() {
    let dir = tempfile_dir();
    fs::write(
        dir.join("sale.md"),
        "---\ntitle: 精华\n---\n补水很稳，到手价¥199，点商品卡下单\n",
    )
    .expect("write");
    fs::write(
        dir.join("review.md"),
        "---\ntitle: 探店\n---\n人均$30，汤头很浓\n",
    )
    .expect("write");
    let output = Command::cargo_bin("xhslint")
        .expect("binary")
        .env("XHSLINT_LANG", "en")
        .args(["check", "--no-config", "--format", "json"])
        .arg(&dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let files = report["files"].as_array().expect("files");
    let of = |name: &str| {
        files
            .iter()
            .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with(name)))
            .expect("file")["note"]
            .clone()
    };
    let sale = of("sale.md");
    assert_eq!(sale["kind"], "sale");
    assert_eq!(sale["source"], "detected");
    assert_eq!(sale["evidence"]["text"], "到手价¥199");
    assert_eq!(sale["evidence"]["span"]["start"]["line"], 4);
    let review = of("review.md");
    assert_eq!(review["kind"], "organic");
    assert_eq!(review["source"], "detected");
    assert!(review.get("evidence").is_none());
    fs::remove_dir_all(&dir).ok();
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("xhslint-note-kind-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}
