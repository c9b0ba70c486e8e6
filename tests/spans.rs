//! Exact positions: line, column (chars), UTF-16 column and byte offsets,
//! after emoji, with CRLF and a BOM, in titles and bodies.

use xhslint::diagnostic::Diagnostic;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::settings::Settings;
use xhslint::text::units;
use xhslint::text::{LineIndex, Position};

fn lint(path: &str, source: &str) -> (Note, Vec<Diagnostic>) {
    let note = Note::parse(path, source.to_string(), NoteFormat::for_path(path));
    let diagnostics = lint_note(&note, &Settings::default());
    (note, diagnostics)
}

fn span_of(note: &Note, diagnostics: &[Diagnostic], rule: &str) -> (Position, Position, String) {
    let d = diagnostics
        .iter()
        .find(|d| d.rule == rule)
        .unwrap_or_else(|| panic!("no {rule} in {diagnostics:#?}"));
    let index = LineIndex::new(&note.source);
    (
        index.position(&note.source, d.span.start),
        index.position(&note.source, d.span.end),
        note.source[d.span.clone()].to_string(),
    )
}

fn pos(line: usize, column: usize, utf16_column: usize, byte_offset: usize) -> Position {
    Position {
        line,
        column,
        utf16_column,
        byte_offset,
    }
}

#[test]
fn emoji_before_the_span_shifts_utf16_but_not_char_columns() {
    // Line 3: "冬天😂🔥就靠它，手慢无" — two astral emoji before the phrase.
    let source = "火锅底料\n\n冬天😂🔥就靠它，手慢无\n";
    let (note, diagnostics) = lint("a.txt", source);
    let (start, end, text) = span_of(&note, &diagnostics, "pressure-phrase");
    assert_eq!(text, "手慢无");
    // 冬天😂🔥就靠它， is 8 chars, 10 UTF-16 units, 26 bytes; the line starts at byte 14.
    assert_eq!(start, pos(3, 9, 11, 14 + 26));
    assert_eq!(end, pos(3, 12, 14, 14 + 26 + 9));
}

#[test]
fn crlf_lines_keep_positions_right() {
    let source = "键盘\r\n\r\n手感很好\r\n赶紧下单吧\r\n";
    let (note, diagnostics) = lint("k.txt", source);
    let (start, end, text) = span_of(&note, &diagnostics, "pressure-phrase");
    assert_eq!(text, "赶紧下单");
    // Lines: "键盘\r\n" 8 bytes, "\r\n" 2, "手感很好\r\n" 14 → line 4 starts at byte 24.
    assert_eq!(start, pos(4, 1, 1, 24));
    assert_eq!(end, pos(4, 5, 5, 36));
}

#[test]
fn a_bom_is_counted_in_bytes_but_not_in_columns() {
    let source = "\u{FEFF}史上最好用的精华\n\n补水很稳";
    let (note, diagnostics) = lint("b.txt", source);
    let (start, _, text) = span_of(&note, &diagnostics, "absolute-claim");
    assert_eq!(text, "史上最好用");
    assert_eq!(start, pos(1, 1, 1, 3));
}

#[test]
fn a_title_claim_points_into_the_front_matter_line() {
    let source = "---\ntitle: 全网最低价｜粉底液\n---\n服帖不卡粉";
    let (note, diagnostics) = lint("c.md", source);
    let (start, end, text) = span_of(&note, &diagnostics, "absolute-claim");
    assert_eq!(text, "全网最低价");
    assert_eq!(start, pos(2, 8, 8, 11));
    assert_eq!(end, pos(2, 13, 13, 26));
}

#[test]
fn full_width_and_zero_width_originals_are_reported_as_written() {
    // A zero-width space inside the phrase and full-width exclamation marks.
    // An offer makes it a sale Note, where a run shouts.
    let source = "精华\n\n券后99元，手\u{200B}慢无！！！";
    let (note, diagnostics) = lint("z.txt", source);
    let texts: Vec<&str> = diagnostics
        .iter()
        .filter(|d| d.rule == "pressure-phrase")
        .map(|d| &note.source[d.span.clone()])
        .collect();
    assert_eq!(texts, ["手\u{200B}慢无", "！！！"]);
}

#[test]
fn app_units_of_titles() {
    for (title, expected) in [
        ("限时48小时｜玻尿酸精华", "10.5"),
        ("【限量200份】奶茶色口红", "10.5"),
        ("618 好物分享 😂", "7.5"),
        ("Hello World", "5.5"),
        ("限时！！！", "3.5"),
        ("👩\u{200D}👩\u{200D}👧 一家三口", "8.5"),
    ] {
        assert_eq!(units::length(title).to_string(), expected, "{title}");
    }
}

#[test]
fn title_length_counts_app_units_not_characters() {
    // 22 chars of ASCII and full-width punctuation is 11 units: no finding.
    let (_, diagnostics) = lint("t.txt", "Summer Sale｜【限时】\n\n正文");
    assert!(diagnostics.iter().all(|d| d.rule != "title-length"));
    // 21 CJK characters is over.
    let (_, diagnostics) = lint(
        "t.txt",
        "一二三四五六七八九十一二三四五六七八九十一\n\n正文",
    );
    assert!(diagnostics.iter().any(|d| d.rule == "title-length"));
    // 19 CJK characters and two emoji is 21 units: over.
    let (_, diagnostics) = lint(
        "t.txt",
        "一二三四五六七八九十一二三四五六七八九😂😂\n\n正文",
    );
    assert!(diagnostics.iter().any(|d| d.rule == "title-length"));
    // 19 CJK characters and one emoji is exactly 20: fine.
    let (_, diagnostics) = lint("t.txt", "一二三四五六七八九十一二三四五六七八九😂\n\n正文");
    assert!(diagnostics.iter().all(|d| d.rule != "title-length"));
}

#[test]
fn every_span_lies_on_character_boundaries() {
    let source = "---\ntitle: 😂限时４８小时｜精华\n---\n👩\u{200D}👩\u{200D}👧加vx：abc12345，最好用！！！#护肤 #护肤[话题]#";
    let (note, diagnostics) = lint("e.md", source);
    assert!(diagnostics.len() >= 4, "{diagnostics:#?}");
    for d in &diagnostics {
        assert!(note.source.is_char_boundary(d.span.start), "{d:?}");
        assert!(note.source.is_char_boundary(d.span.end), "{d:?}");
        assert!(d.span.start <= d.span.end && d.span.end <= note.source.len());
    }
}
