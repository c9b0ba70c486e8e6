//! Properties of the text model over arbitrary Notes: spans on character
//! boundaries, positions that agree with offsets, normalization that maps
//! back exactly, and deterministic results.

use proptest::prelude::*;

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::settings::Settings;
use xhslint::text::LineIndex;
use xhslint::text::normalize::Normalized;

/// Pieces real Notes are made of, risky ones included.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("手慢无".to_string()),
        Just("最好用".to_string()),
        Just("第一次".to_string()),
        Just("加vx".to_string()),
        Just("到手¥199".to_string()),
        Just("限时４８小时".to_string()),
        Just("！！！".to_string()),
        Just("#护肤[话题]#".to_string()),
        Just("#护肤 ".to_string()),
        Just("[色色R]".to_string()),
        Just("😂".to_string()),
        Just("👩\u{200D}👩\u{200D}👧".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{202E}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("---\n".to_string()),
        Just("title: 限时".to_string()),
        Just("<!-- xhslint-disable-next-line -->".to_string()),
        Just("https://a.cn/x#y".to_string()),
        "[\\u{4e00}-\\u{9fa5}]{1,6}",
        "[a-zA-Z0-9 #%.:]{1,6}",
        any::<char>().prop_map(String::from),
    ]
}

fn note_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.concat())
}

fn lint(text: &str, format: NoteFormat) -> (Note, Vec<xhslint::diagnostic::Diagnostic>) {
    let note = Note::parse("p.md", text.to_string(), format);
    let diagnostics = lint_note(&note, &Settings::default());
    (note, diagnostics)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_on_character_boundaries_inside_the_source(text in note_text(), text_format in any::<bool>()) {
        let format = if text_format { NoteFormat::Text } else { NoteFormat::Markdown };
        let (note, diagnostics) = lint(&text, format);
        for d in &diagnostics {
            let spans = std::iter::once(&d.span).chain(d.suggestions.iter().flat_map(|s| s.edits.iter().map(|e| &e.span)));
            for span in spans {
                prop_assert!(span.start <= span.end && span.end <= note.source.len(), "{d:?}");
                prop_assert!(note.source.is_char_boundary(span.start), "{d:?}");
                prop_assert!(note.source.is_char_boundary(span.end), "{d:?}");
            }
        }
    }

    #[test]
    fn positions_agree_with_byte_offsets(text in note_text(), pick in any::<prop::sample::Index>()) {
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
        let offset = boundaries[pick.index(boundaries.len())];
        let position = LineIndex::new(&text).position(&text, offset);
        // Recount naively: lines end at LF, CRLF or a lone CR.
        let before = &text[..offset];
        let mut line = 1;
        let mut line_start = 0;
        let bytes = before.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n'));
            if ends_line {
                line += 1;
                line_start = i + 1;
            }
        }
        let mut prefix = &text[line_start..offset];
        if line == 1 {
            prefix = prefix.strip_prefix('\u{FEFF}').unwrap_or(prefix);
        }
        prop_assert_eq!(position.byte_offset, offset);
        prop_assert_eq!(position.line, line);
        prop_assert_eq!(position.column, prefix.chars().count() + 1);
        prop_assert_eq!(position.utf16_column, prefix.encode_utf16().count() + 1);
    }

    #[test]
    fn normalization_maps_back_exactly(text in note_text(), base in 0usize..100) {
        let normalized = Normalized::new(&text, base);
        // Each original character folds on its own, and the folded pieces
        // concatenate to the folded text; each maps back to its character.
        let mut rebuilt = String::new();
        for (offset, c) in text.char_indices() {
            let original = base + offset..base + offset + c.len_utf8();
            let folded = normalized.from_original(original.clone());
            let piece = &normalized.as_str()[folded.clone()];
            let alone = Normalized::new(&c.to_string(), 0);
            prop_assert_eq!(piece, alone.as_str());
            if !folded.is_empty() {
                prop_assert_eq!(normalized.to_original(folded), original);
            }
            rebuilt.push_str(piece);
        }
        prop_assert_eq!(rebuilt.as_str(), normalized.as_str());
    }

    #[test]
    fn every_folded_range_maps_to_the_characters_it_came_from(
        text in note_text(),
        base in 0usize..100,
        picks in proptest::collection::vec((any::<usize>(), any::<usize>()), 1..12),
        masked in any::<usize>(),
    ) {
        // The reference: each folded byte's original character, written
        // out byte by byte.
        let mut origin: Vec<(usize, usize)> = Vec::new();
        for (offset, c) in text.char_indices() {
            let piece = Normalized::new(&c.to_string(), 0);
            let range = (base + offset, base + offset + c.len_utf8());
            origin.extend(std::iter::repeat_n(range, piece.as_str().len()));
        }
        let mut normalized = Normalized::new(&text, base);
        prop_assert_eq!(origin.len(), normalized.as_str().len());
        // Masking changes the folded text, never the map.
        let boundaries: Vec<usize> = (0..=normalized.as_str().len())
            .filter(|&i| normalized.as_str().is_char_boundary(i))
            .collect();
        let a = boundaries[masked % boundaries.len()];
        let b = boundaries[(masked / 7) % boundaries.len()];
        normalized.mask(a.min(b)..a.max(b));
        let end = base + text.len();
        for (i, j) in picks {
            let (i, j) = (boundaries[i % boundaries.len()], boundaries[j % boundaries.len()]);
            let (start, stop) = (i.min(j), i.max(j));
            let expected_start = origin.get(start).map_or(end, |o| o.0);
            let expected_end = if stop <= start { expected_start } else { origin[stop - 1].1 };
            prop_assert_eq!(
                normalized.to_original(start..stop),
                expected_start..expected_end.max(expected_start)
            );
            // And back: the folded bytes of characters starting before an
            // original offset.
            let x = base + (i % (text.len() + 1));
            let expected = origin.partition_point(|o| o.0 < x);
            prop_assert_eq!(normalized.from_original(x..x).start, expected);
        }
    }

    #[test]
    fn linting_is_deterministic(a in note_text(), b in note_text()) {
        let (_, first) = lint(&a, NoteFormat::Markdown);
        let _ = lint(&b, NoteFormat::Markdown);
        let (_, again) = lint(&a, NoteFormat::Markdown);
        prop_assert_eq!(first, again);
    }
}
