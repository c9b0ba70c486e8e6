use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use super::*;

/// Every message of a language: its id and the names of its placeables.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for (file, source) in sources(lang) {
        let resource = match parser::parse(*source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{}/{file}: {errors:?}", lang.as_str()),
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut names = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    placeables(pattern, &mut names);
                }
                let id = message.id.name.to_string();
                assert!(
                    found.insert(id.clone(), names).is_none(),
                    "{}: `{id}` is defined twice",
                    lang.as_str()
                );
            }
        }
    }
    found
}

fn placeables(pattern: &ast::Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_names(expression, names);
        }
    }
}

fn expression_names(expression: &ast::Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_names(selector, names);
            for variant in variants {
                placeables(&variant.value, names);
            }
        }
        ast::Expression::Inline(inline) => inline_names(inline, names),
    }
}

fn inline_names(inline: &ast::InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_names(expression, names),
        _ => {}
    }
}

#[test]
fn every_message_exists_in_both_languages_with_the_same_placeables() {
    let en = messages(Lang::En);
    let zh = messages(Lang::Zh);
    let only_en: Vec<&String> = en.keys().filter(|id| !zh.contains_key(*id)).collect();
    // A rule's documentation is English in its doc comment, and so is
    // `--help` in the arguments' doc comments; only their Chinese is a
    // message (`rule-doc-RULE-…`, see `rule_docs`; `cli-help-…`, see
    // `cli::help`).
    let only_zh: Vec<&String> = zh
        .keys()
        .filter(|id| {
            !en.contains_key(*id) && !id.starts_with("rule-doc-") && !id.starts_with("cli-help-")
        })
        .collect();
    assert!(only_en.is_empty(), "missing in zh: {only_en:?}");
    assert!(only_zh.is_empty(), "missing in en: {only_zh:?}");
    for (id, names) in &en {
        assert_eq!(names, &zh[id], "`{id}` has other placeables in zh");
    }
    assert!(en.len() > 100, "{} messages", en.len());
}

/// The words a Chinese message may keep in Latin letters: what the reader
/// types or sees as it is (keys, values, file names, brands), not prose.
/// Besides them: the program's name, the names of formats (`JSON`,
/// `UTF-8`, `YAML`) and the keys of a JSON Lines record.
const KEPT: &[&str] = &[
    "README", "kind", "sale", "organic", "xhslint", "JSON", "UTF", "YAML", "id", "title", "body",
    "tags",
];

/// A Chinese message's Latin-letter words that are prose left untranslated.
fn english_words(value: &str) -> Vec<String> {
    // A fenced example in a rule's documentation is code, not prose.
    let value = regex::Regex::new(r"(?s)```.*?```")
        .expect("valid regex")
        .replace_all(value, " ");
    let mut plain = String::new();
    let mut code = false;
    for c in value.chars() {
        if c == '`' {
            code = !code;
            continue;
        }
        if !code {
            plain.push(c);
        }
    }
    // Placeables, selector keys and front matter keys (sale.start,
    // publish_at) are not prose.
    let plain =
        regex::Regex::new(r"\{[^{}]*\}|\*?\[[a-z-]+\]|[a-z_]+(\.[a-z_]+)+|[a-z]+(_[a-z]+)+")
            .expect("valid regex")
            .replace_all(&plain, " ")
            .into_owned();
    regex::Regex::new(r"[A-Za-z]{2,}")
        .expect("valid regex")
        .find_iter(&plain)
        .map(|m| m.as_str().to_string())
        .filter(|w| !KEPT.contains(&w.as_str()))
        .collect()
}

/// The literal text of a pattern, its placeables left out.
fn literal_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                out.push(' ');
                if let ast::Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        literal_text(&variant.value, out);
                        out.push(' ');
                    }
                }
            }
        }
    }
}

#[test]
fn no_english_word_is_left_in_a_chinese_message() {
    for (file, source) in sources(Lang::Zh) {
        let resource = parser::parse(*source).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let mut text = String::new();
            if let Some(pattern) = &message.value {
                literal_text(pattern, &mut text);
            }
            // `--help`'s examples are command lines, with their Chinese
            // comments.
            if message.id.name.ends_with("-examples") {
                continue;
            }
            let words = english_words(&text);
            assert!(
                words.is_empty(),
                "zh/{file}: {words:?} in `{}`: {text}",
                message.id.name
            );
        }
    }
}

#[test]
fn the_english_word_check_catches_prose_and_spares_keys() {
    assert_eq!(
        english_words("请填写 sale.start 和 `kind: organic`"),
        Vec::<String>::new()
    );
    assert_eq!(english_words("“{ $text }”pressures读者"), ["pressures"]);
    assert_eq!(english_words("{ $n }个 files"), ["files"]);
}

#[test]
fn placeables_are_inserted_without_isolation_marks() {
    let text = msg!("pressure-phrase", text = "手慢无").render(Lang::Zh);
    assert_eq!(text, "“手慢无”是在逼读者下单，社区反感硬推销");
    let text = msg!("pressure-phrase", text = "手慢无").render(Lang::En);
    assert_eq!(
        text,
        "“手慢无” pressures readers; the community penalises hard selling"
    );
}

#[test]
fn counts_take_the_plural_form_of_the_language() {
    let files = |n: usize, lang| Msg::new("count-file").arg("n", n).render(lang);
    assert_eq!(files(1, Lang::En), "1 file");
    assert_eq!(files(2, Lang::En), "2 files");
    assert_eq!(files(2, Lang::Zh), "2个文件");
}

#[test]
fn lists_join_the_way_each_language_does() {
    let missing = || Arg::list(["sale.start", "sale.end"], Join::And);
    let en = msg!(
        "unverified-scarcity",
        text = "限时24小时",
        missing = missing()
    );
    assert_eq!(
        en.render(Lang::En),
        "“限时24小时” is not backed by the front matter: declare sale.start and sale.end"
    );
    assert_eq!(
        en.render(Lang::Zh),
        "“限时24小时”没有依据：在头部信息里填上 sale.start 和 sale.end"
    );
}

#[test]
fn the_language_is_chosen_flag_env_config_locale_then_english() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let zh_locale = env(&[("LANG", "zh_CN.UTF-8")]);
    assert_eq!(choose(None, None, zh_locale), Lang::Zh);
    assert_eq!(choose(Some(Lang::En), None, zh_locale), Lang::En);
    assert_eq!(choose(None, Some(Lang::En), zh_locale), Lang::En);
    let pinned = env(&[("XHSLINT_LANG", "en"), ("LANG", "zh_CN.UTF-8")]);
    assert_eq!(choose(None, Some(Lang::Zh), pinned), Lang::En);
    // LC_ALL decides before LANG, as in POSIX.
    let c_all = env(&[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")]);
    assert_eq!(choose(None, None, c_all), Lang::En);
    let messages = env(&[("LC_MESSAGES", "zh_TW.UTF-8"), ("LANG", "en_US.UTF-8")]);
    assert_eq!(choose(None, None, messages), Lang::Zh);
    assert_eq!(choose(None, None, env(&[])), Lang::En);
    // An unknown XHSLINT_LANG is ignored rather than guessed.
    let unknown = env(&[("XHSLINT_LANG", "fr"), ("LANG", "zh_CN")]);
    assert_eq!(choose(None, None, unknown), Lang::Zh);
}

#[test]
fn accept_language_picks_the_heaviest_language_we_speak() {
    assert_eq!(
        Lang::from_accept_language("zh-CN,zh;q=0.9,en;q=0.8"),
        Some(Lang::Zh)
    );
    assert_eq!(
        Lang::from_accept_language("fr-FR, en;q=0.5, zh;q=0.4"),
        Some(Lang::En)
    );
    assert_eq!(
        Lang::from_accept_language("en-US;q=0.3, zh-Hans;q=0.7"),
        Some(Lang::Zh)
    );
    assert_eq!(Lang::from_accept_language("fr, de"), None);
}

#[test]
fn each_message_parsed_alone_is_the_message_of_the_whole_file() {
    for (n, lang) in [Lang::En, Lang::Zh].into_iter().enumerate() {
        for (f, (file, source)) in sources(lang).iter().enumerate() {
            let whole = match parser::parse(*source) {
                Ok(resource) => resource,
                Err((_, errors)) => panic!("{}/{file}: {errors:?}", lang.as_str()),
            };
            let bundle = build(lang, source);
            let render = |bundle: &Bundle, pattern| {
                let mut errors = Vec::new();
                bundle
                    .format_pattern(pattern, None, &mut errors)
                    .to_string()
            };
            let mut count = 0;
            for entry in whole.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                count += 1;
                let id = message.id.name;
                let (alone_bundle, kept) =
                    find(lang, id).unwrap_or_else(|| panic!("{}: `{id}` not found", lang.as_str()));
                let alone = alone_bundle.get_message(id).expect("in its bundle");
                // The value kept is the one its bundle holds.
                assert!(kept.is_some() == alone.value().is_some(), "{id}");
                assert!(
                    kept.zip(alone.value())
                        .is_none_or(|(k, a)| std::ptr::eq(k, a)),
                    "{id}"
                );
                assert_eq!(alone.value(), message.value.as_ref(), "{id}");
                let attributes: Vec<_> = alone.attributes().map(|a| (a.id(), a.value())).collect();
                let expected: Vec<_> = message
                    .attributes
                    .iter()
                    .map(|a| (a.id.name, &a.value))
                    .collect();
                assert_eq!(attributes, expected, "{id}");
                // Rendered alone, as rendered from the whole file: what it
                // refers to came with it.
                let whole_message = bundle.get_message(id).expect("in the file");
                let [expected, found] = [(&bundle, &whole_message), (alone_bundle, &alone)]
                    .map(|(b, m)| m.value().map(|p| render(b, p)));
                assert_eq!(found, expected, "{id}");
                assert!(
                    found.as_deref().is_none_or(|text| !text.contains("{cli-")),
                    "{id}: {found:?}"
                );
            }
            // One entry per message, none stray; and what build.rs stored is
            // what the indexer makes of the file now.
            let stored: Vec<_> = INDEX[n][f].iter().map(|&(id, s, e)| (id, s..e)).collect();
            assert_eq!(stored, entries::entries(source), "{}/{file}", lang.as_str());
            assert_eq!(stored.len(), count, "{}/{file}", lang.as_str());
            assert!(count > 30, "{}/{file}: {count}", lang.as_str());
        }
    }
}

#[test]
fn every_id_is_hashed_once_to_its_entry_and_others_are_not_found() {
    for (n, lang) in [Lang::En, Lang::Zh].into_iter().enumerate() {
        let mut expected: Vec<(u64, u16, u16)> = INDEX[n]
            .iter()
            .enumerate()
            .flat_map(|(f, entries)| {
                entries.iter().enumerate().map(move |(at, (id, ..))| {
                    let place = |i: usize| u16::try_from(i).expect("fits");
                    (entries::id_hash(id), place(f), place(at))
                })
            })
            .collect();
        expected.sort_unstable();
        assert_eq!(HASHED[n], expected.as_slice(), "{}", lang.as_str());
        // An id of no message, and ids one byte off a real one.
        for id in ["no-such-message", "located-", "locate", "Located"] {
            assert!(find(lang, id).is_none(), "{}: {id}", lang.as_str());
        }
        assert!(find(lang, "located").is_some(), "{}", lang.as_str());
    }
    // FNV-1a's published test vectors.
    assert_eq!(entries::id_hash(""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(entries::id_hash("a"), 0xaf63_dc4c_8601_ec8c);
}

#[test]
fn an_entry_runs_to_the_next_id_or_comment_in_column_zero() {
    let source = "# header\n\nb = { $x ->\n    [y] yes\n   *[n] no\n}\n# about c\nc = three\n    .hint = four\na = one\n    two\n\nc = again\n";
    let found: Vec<_> = entries::entries(source)
        .into_iter()
        .map(|(id, range)| (id, &source[range]))
        .collect();
    assert_eq!(
        found,
        [
            ("a", "a = one\n    two\n\n"),
            ("b", "b = { $x ->\n    [y] yes\n   *[n] no\n}\n"),
            ("c", "c = three\n    .hint = four\n"),
        ]
    );
    assert_eq!(entries::entry_id("a-b_c2 = x\n"), Some("a-b_c2"));
    assert_eq!(entries::entry_id("a-b_c2=x\n"), Some("a-b_c2"));
    assert_eq!(entries::entry_id("    .hint = x\n"), None);
    assert_eq!(entries::entry_id("see https://x.cn?a=b\n"), None);
    let refs: Vec<_> =
        entries::references("a = { b } and { $x } { c.hint } { NUMBER($n) } { -t }\n").collect();
    assert_eq!(refs, ["b", "c"]);
}

#[test]
fn a_message_of_text_and_variables_is_rendered_as_fluent_renders_it() {
    let (mut in_place, mut by_fluent) = (0, 0);
    for lang in Lang::ALL {
        for (id, names) in messages(lang) {
            let Some((bundle, pattern)) = find(lang, &id).and_then(|(b, value)| Some((b, value?)))
            else {
                continue;
            };
            // Texts, counts, a nested message and a list; a name given twice
            // takes the last value, as in Fluent's arguments.
            let with_args = |values: &dyn Fn(usize) -> Arg| {
                let mut msg = Msg::new(id.clone());
                for (n, name) in names.iter().enumerate() {
                    let name: &'static str = Box::leak(name.clone().into_boxed_str());
                    msg = msg.arg(name, "overridden").arg(name, values(n));
                }
                msg
            };
            let variants = [
                with_args(&|n| Arg::Text(format!("值{n}"))),
                with_args(&|n| Arg::Count(i64::try_from(n).unwrap_or(0) * 7 - 3)),
                with_args(&|n| Arg::from(msg!("pressure-phrase", text = format!("词{n}")))),
                with_args(&|n| Arg::List(vec![Arg::from("a"), Arg::Count(n as i64)], Join::And)),
            ];
            for msg in variants {
                let fluent = msg.resolve(bundle, pattern, lang);
                match msg.put_in_place(pattern, lang) {
                    Some(text) => {
                        assert_eq!(text, fluent, "{}: {id}", lang.as_str());
                        in_place += 1;
                    }
                    None => by_fluent += 1,
                }
                assert_eq!(msg.render(lang), fluent, "{}: {id}", lang.as_str());
            }
            // A variable left out is Fluent's to show.
            if !names.is_empty() {
                assert_eq!(Msg::new(id.clone()).put_in_place(pattern, lang), None);
            }
        }
    }
    // Most messages are text and variables; plurals and references are not.
    assert!(
        in_place > by_fluent * 4,
        "{in_place} in place, {by_fluent} by Fluent"
    );
    assert!(by_fluent > 0, "{by_fluent}");
}

#[test]
fn texts_read_where_they_are_render_as_a_message_of_them_does() {
    let mut compared = 0;
    for lang in Lang::ALL {
        let mut ids: Vec<(String, Vec<String>)> = messages(lang)
            .into_iter()
            .map(|(id, names)| (id, names.into_iter().collect()))
            .collect();
        // A message missing from the files shows its id either way.
        ids.push(("no-such-message".to_string(), vec!["text".to_string()]));
        for (id, names) in ids {
            let id: &'static str = Box::leak(id.into_boxed_str());
            let names: Vec<&'static str> = names
                .into_iter()
                .map(|name| &*Box::leak(name.into_boxed_str()))
                .collect();
            let values: Vec<String> = (0..names.len()).map(|n| format!("值{n} {{x}}")).collect();
            // All given, one left out (Fluent's to show), and a name given
            // twice (the last wins).
            let mut cases: Vec<Vec<(&'static str, &str)>> = vec![
                names
                    .iter()
                    .copied()
                    .zip(values.iter().map(String::as_str))
                    .collect(),
                names
                    .iter()
                    .copied()
                    .zip(values.iter().map(String::as_str))
                    .skip(1)
                    .collect(),
            ];
            if let Some(&first) = names.first() {
                cases.push(vec![(first, "overridden"), (first, "后者")]);
            }
            for args in cases {
                let msg = args
                    .iter()
                    .fold(Msg::new(id), |msg, &(name, value)| msg.arg(name, value));
                assert_eq!(
                    render_texts(lang, id, &args),
                    msg.render(lang),
                    "{}: {id} {args:?}",
                    lang.as_str()
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 500, "{compared}");
}
