//! JSON Lines records carry the facts front matter declares (SPEC 2), read
//! and validated the same way.

use xhslint::diagnostic::Diagnostic;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::input::record::{LineContent, RawLine, parse_line};
use xhslint::lint::{lint_note, lint_note_kind};
use xhslint::model::prepared::{Kind, KindSource};
use xhslint::settings::Settings;
use xhslint::text::segment::Segmenter;

fn record(json: &str) -> Note {
    let raw = RawLine {
        line: 1,
        content: LineContent::Bytes(json.as_bytes().to_vec()),
    };
    let record = parse_line(raw).expect("a record").expect("not blank");
    record.into_note("batch.jsonl").0
}

/// Rule, message and the text each finding covers.
fn findings(note: &Note, rule: &str) -> Vec<(String, String)> {
    let found: Vec<Diagnostic> = lint_note(note, &Settings::default());
    found
        .into_iter()
        .filter(|d| d.rule == rule)
        .map(|d| (d.message.clone(), note.source[d.span.clone()].to_string()))
        .collect()
}

#[test]
fn a_record_with_sale_facts_gets_the_claim_mismatch_findings_of_the_same_markdown_note() {
    let markdown = "---\ntitle: 限时48小时｜玻尿酸精华\nsale:\n  start: 2026-06-16T20:00:00+08:00\n  end: 2026-06-19T20:00:00+08:00\n  stock: 500\n  price: 199\n  original_price: 299\n---\n上脸很润，限量50份，全场5折，点商品卡下单\n";
    let jsonl = r#"{"id": "n1", "title": "限时48小时｜玻尿酸精华", "body": "上脸很润，限量50份，全场5折，点商品卡下单", "sale": {"start": "2026-06-16T20:00:00+08:00", "end": "2026-06-19T20:00:00+08:00", "stock": 500, "price": 199, "original_price": 299}}"#;
    let from_markdown = findings(
        &Note::parse("a.md", markdown.to_string(), NoteFormat::Markdown),
        "claim-mismatch",
    );
    let from_record = findings(&record(jsonl), "claim-mismatch");
    let texts: Vec<&str> = from_markdown.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["限时48小时", "限量50份", "5折"]);
    assert_eq!(from_record, from_markdown);
}

#[test]
fn a_wrong_typed_field_is_a_front_matter_finding_and_the_rest_is_linted() {
    let note = record(
        r#"{"id": 7, "title": "面霜", "body": "这款面霜是全网最低价", "store_link": "yes", "kind": "sale"}"#,
    );
    let found = findings(&note, "front-matter");
    assert_eq!(
        found,
        [(
            "`store_link` must be true or false, not `yes`".to_string(),
            "yes".to_string()
        )]
    );
    // The copy is still linted, and the valid `kind` still counts.
    assert!(!findings(&note, "absolute-claim").is_empty());
    let (_, kind) = lint_note_kind(&note, &Settings::default(), Segmenter::builtin());
    let kind = kind.expect("a Note");
    assert_eq!(
        (kind.kind, kind.source),
        (Kind::Sale, KindSource::FrontMatter)
    );
}

#[test]
fn a_record_without_facts_is_read_as_before() {
    let note = record(r#"{"id": "n2", "title": "早餐", "body": "燕麦很香", "tags": ["早餐"]}"#);
    assert_eq!(note.source, "早餐\n燕麦很香\n早餐");
    let fm = note.front_matter.expect("tags");
    assert!(fm.sale.is_none());
    assert_eq!(fm.tags.len(), 1);
}
