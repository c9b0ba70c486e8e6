//! The evasion suite: disguised forms of copy whose plain form is flagged,
//! one table row a case, each labelled with the class of disguise it uses,
//! and the traps that look like them but are ordinary words.
//!
//! A case is caught when the expected rule reports exactly the disguised
//! span. The test prints the catch rate by class (`--nocapture`) and fails
//! on any miss and on any trap flagged.

use std::collections::BTreeMap;

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::settings::Settings;

const ABSOLUTE: &str = "absolute-claim";
const PRESSURE: &str = "pressure-phrase";
const OFF: &str = "off-platform";

/// (class, body, rule, the span it must report).
type Case = (&'static str, &'static str, &'static str, &'static str);

const CASES: &[Case] = &[
    // Spaces of every kind between the characters of a term.
    ("space", "这是最 好用的面霜", ABSOLUTE, "最 好用"),
    ("space", "手 慢 无哦", PRESSURE, "手 慢 无"),
    ("space", "喜欢的加 微", OFF, "加 微"),
    ("space", "这次是全网 最低价", ABSOLUTE, "全网 最低价"),
    ("space", "姐妹们闭 眼 入", PRESSURE, "闭 眼 入"),
    ("space", "真的不买 后悔", PRESSURE, "不买 后悔"),
    (
        "space",
        "手\u{3000}慢\u{3000}无",
        PRESSURE,
        "手\u{3000}慢\u{3000}无",
    ),
    ("space", "这是最\u{00A0}好用的", ABSOLUTE, "最\u{00A0}好用"),
    ("space", "手\u{2009}慢无", PRESSURE, "手\u{2009}慢无"),
    ("space", "闭眼\u{2003}入", PRESSURE, "闭眼\u{2003}入"),
    ("space", "买它 买它", PRESSURE, "买它 买它"),
    ("space", "史上 最低价", ABSOLUTE, "史上 最低价"),
    ("space", "万人 疯抢的款", PRESSURE, "万人 疯抢"),
    ("space", "这次全网 第一", ABSOLUTE, "全网 第一"),
    ("space", "价格最 实惠", ABSOLUTE, "最 实惠"),
    ("space", "错过 再等一年", PRESSURE, "错过 再等一年"),
    ("space", "无 脑 冲", PRESSURE, "无 脑 冲"),
    ("space", "有问题加 v x", OFF, "加 v x"),
    ("space", "今年最 火的包", ABSOLUTE, "最 火"),
    ("space", "手 慢 无\u{3000}", PRESSURE, "手 慢 无"),
    ("space", "这是最 好 用的", ABSOLUTE, "最 好 用"),
    ("space", "全 网 第 一", ABSOLUTE, "全 网 第 一"),
    ("space", "私 信 领 券", OFF, "私 信 领 券"),
    ("space", "淘 宝 搜 同 款", OFF, "淘 宝 搜"),
    // Punctuation between the characters.
    ("punctuation", "这是最-好用的面霜", ABSOLUTE, "最-好用"),
    ("punctuation", "手.慢.无", PRESSURE, "手.慢.无"),
    ("punctuation", "闭_眼_入", PRESSURE, "闭_眼_入"),
    ("punctuation", "喜欢的加·微", OFF, "加·微"),
    ("punctuation", "这是最*好用的", ABSOLUTE, "最*好用"),
    ("punctuation", "手/慢/无", PRESSURE, "手/慢/无"),
    ("punctuation", "不买|后悔", PRESSURE, "不买|后悔"),
    ("punctuation", "全网~最低价", ABSOLUTE, "全网~最低价"),
    ("punctuation", "手，慢，无", PRESSURE, "手，慢，无"),
    ("punctuation", "史上·最低价", ABSOLUTE, "史上·最低价"),
    ("punctuation", "抢-疯-了", PRESSURE, "抢-疯-了"),
    ("punctuation", "闭眼～入", PRESSURE, "闭眼～入"),
    ("punctuation", "手慢…无", PRESSURE, "手慢…无"),
    ("punctuation", "全网-第一", ABSOLUTE, "全网-第一"),
    ("punctuation", "不，买，后，悔", PRESSURE, "不，买，后，悔"),
    ("punctuation", "闭、眼、入", PRESSURE, "闭、眼、入"),
    // Symbols and emoji between the characters.
    ("emoji-separator", "这是最🔥好用的", ABSOLUTE, "最🔥好用"),
    ("emoji-separator", "手🌟慢🌟无", PRESSURE, "手🌟慢🌟无"),
    ("emoji-separator", "闭✨眼✨入", PRESSURE, "闭✨眼✨入"),
    ("emoji-separator", "喜欢的加💕微", OFF, "加💕微"),
    ("emoji-separator", "不买😭后悔", PRESSURE, "不买😭后悔"),
    ("emoji-separator", "全网👉最低价", ABSOLUTE, "全网👉最低价"),
    ("emoji-separator", "万人🔥疯抢", PRESSURE, "万人🔥疯抢"),
    ("emoji-separator", "这是最❤️好吃的", ABSOLUTE, "最❤️好吃"),
    ("emoji-separator", "手⭐慢无", PRESSURE, "手⭐慢无"),
    ("emoji-separator", "买它💥买它", PRESSURE, "买它💥买它"),
    ("emoji-separator", "闭眼★入", PRESSURE, "闭眼★入"),
    ("emoji-separator", "史上🔥最低价", ABSOLUTE, "史上🔥最低价"),
    ("emoji-separator", "手♥慢♥无", PRESSURE, "手♥慢♥无"),
    ("emoji-separator", "无👉脑👉入", PRESSURE, "无👉脑👉入"),
    // A single line break inside the term.
    ("line-break", "手慢\n无", PRESSURE, "手慢\n无"),
    ("line-break", "这是最\n好用的", ABSOLUTE, "最\n好用"),
    ("line-break", "喜欢的加\n微", OFF, "加\n微"),
    ("line-break", "闭眼\r\n入", PRESSURE, "闭眼\r\n入"),
    ("line-break", "全网\n最低价", ABSOLUTE, "全网\n最低价"),
    ("line-break", "不买\n后悔", PRESSURE, "不买\n后悔"),
    ("line-break", "手\n慢\n无", PRESSURE, "手\n慢\n无"),
    ("line-break", "万人\n疯抢", PRESSURE, "万人\n疯抢"),
    // Invisible characters inside the term.
    ("invisible", "手\u{200B}慢无", PRESSURE, "手\u{200B}慢无"),
    (
        "invisible",
        "手\u{200C}慢\u{200D}无",
        PRESSURE,
        "手\u{200C}慢\u{200D}无",
    ),
    ("invisible", "加\u{2060}微", OFF, "加\u{2060}微"),
    (
        "invisible",
        "不买\u{00AD}后悔",
        PRESSURE,
        "不买\u{00AD}后悔",
    ),
    ("invisible", "闭\u{034F}眼入", PRESSURE, "闭\u{034F}眼入"),
    ("invisible", "手慢\u{180E}无", PRESSURE, "手慢\u{180E}无"),
    ("invisible", "最\u{3164}好用", ABSOLUTE, "最\u{3164}好用"),
    ("invisible", "手慢\u{FE0F}无", PRESSURE, "手慢\u{FE0F}无"),
    ("invisible", "手\u{E0041}慢无", PRESSURE, "手\u{E0041}慢无"),
    ("invisible", "闭\u{2800}眼入", PRESSURE, "闭\u{2800}眼入"),
    (
        "invisible",
        "全网\u{FEFF}最低价",
        ABSOLUTE,
        "全网\u{FEFF}最低价",
    ),
    ("invisible", "加\u{200E}vx", OFF, "加\u{200E}vx"),
    ("invisible", "手\u{202E}慢无", PRESSURE, "手\u{202E}慢无"),
    ("invisible", "闭\u{FFA0}眼入", PRESSURE, "闭\u{FFA0}眼入"),
    // Letters drawn like Latin ones, full-width and styled letters.
    ("look-alike", "加ѵх", OFF, "加ѵх"),
    ("look-alike", "ν信联系", OFF, "ν信"),
    ("look-alike", "wх号见主页", OFF, "wх"),
    ("look-alike", "有事加ＶＸ", OFF, "加ＶＸ"),
    ("look-alike", "ｗｘ联系", OFF, "ｗｘ"),
    ("look-alike", "𝐯𝐱联系我", OFF, "𝐯𝐱"),
    ("look-alike", "ⓥⓧ联系我", OFF, "ⓥⓧ"),
    ("look-alike", "加ѵ信", OFF, "加ѵ信"),
    ("look-alike", "ｖ信联系", OFF, "ｖ信"),
    ("look-alike", "Wх联系", OFF, "Wх"),
    // Case.
    ("case", "有事VX联系", OFF, "VX"),
    ("case", "有事Vx联系", OFF, "Vx"),
    ("case", "有事vX联系", OFF, "vX"),
    ("case", "WX联系", OFF, "WX"),
    ("case", "WEIXIN联系", OFF, "WEIXIN"),
    ("case", "WeiXin联系", OFF, "WeiXin"),
    ("case", "DY搜同款", OFF, "DY"),
    ("case", "dy搜同款", OFF, "dy"),
    ("case", "Dy搜同款", OFF, "Dy"),
    ("case", "DOU音搜同款", OFF, "DOU音"),
    ("case", "TAO宝同款", OFF, "TAO宝"),
    ("case", "PDD同款更便宜", OFF, "PDD"),
    // Pinyin and mixed spellings.
    ("pinyin", "weixin联系", OFF, "weixin"),
    ("pinyin", "wei xin联系", OFF, "wei xin"),
    ("pinyin", "wei-xin联系", OFF, "wei-xin"),
    ("pinyin", "WEI XIN联系", OFF, "WEI XIN"),
    ("pinyin", "tao宝同款", OFF, "tao宝"),
    ("pinyin", "dou音同款", OFF, "dou音"),
    ("pinyin", "wei信联系", OFF, "wei信"),
    ("pinyin", "tao 宝搜同款", OFF, "tao 宝"),
    ("pinyin", "dou 音搜同款", OFF, "dou 音"),
    ("pinyin", "pdd同款", OFF, "pdd"),
    ("pinyin", "jia vx", OFF, "vx"),
    ("pinyin", "wei 信联系", OFF, "wei 信"),
    // An emoji standing for a character.
    ("emoji-reading", "🍑宝同款", OFF, "🍑宝"),
    ("emoji-reading", "手慢🈚️", PRESSURE, "手慢🈚"),
    ("emoji-reading", "手慢🈚", PRESSURE, "手慢🈚"),
    ("emoji-reading", "闭👁入", PRESSURE, "闭👁入"),
    ("emoji-reading", "闭👀入", PRESSURE, "闭👀入"),
    ("emoji-reading", "闭👁️入", PRESSURE, "闭👁️入"),
    ("emoji-reading", "🈚脑冲", PRESSURE, "🈚脑冲"),
    ("emoji-reading", "🐶东下单", OFF, "🐶东"),
    ("emoji-reading", "某🐟同款", OFF, "某🐟"),
    ("emoji-reading", "斗🎵同款", OFF, "斗🎵"),
    ("emoji-reading", "加微💬", OFF, "加微"),
    ("emoji-reading", "🍑 宝搜同款", OFF, "🍑 宝搜"),
    // Homophones and disguised names of contacts and stores.
    ("homophone", "加维领资料", OFF, "加维"),
    ("homophone", "加薇", OFF, "加薇"),
    ("homophone", "加威了解", OFF, "加威"),
    ("homophone", "加徽了解", OFF, "加徽"),
    ("homophone", "加微", OFF, "加微"),
    ("homophone", "斗音同款链接", OFF, "斗音"),
    ("homophone", "狗东下单", OFF, "狗东"),
    ("homophone", "拼夕夕更便宜", OFF, "拼夕夕"),
    ("homophone", "某宝同款", OFF, "某宝"),
    ("homophone", "某东同款", OFF, "某东"),
    ("homophone", "某音同款", OFF, "某音"),
    ("homophone", "某多多同款", OFF, "某多多"),
    ("homophone", "桃宝同款", OFF, "桃宝"),
    ("homophone", "威信联系", OFF, "威信"),
    ("homophone", "徽信联系", OFF, "徽信"),
    ("homophone", "绿泡泡联系", OFF, "绿泡泡"),
    // Phone numbers in every grouping and in Chinese numerals.
    ("phone", "电话13812345678", OFF, "13812345678"),
    ("phone", "打138 1234 5678", OFF, "138 1234 5678"),
    ("phone", "打138-1234-5678", OFF, "138-1234-5678"),
    ("phone", "打138.1234.5678", OFF, "138.1234.5678"),
    ("phone", "打138·1234·5678", OFF, "138·1234·5678"),
    ("phone", "打138 - 1234 - 5678", OFF, "138 - 1234 - 5678"),
    ("phone", "打138_1234_5678", OFF, "138_1234_5678"),
    ("phone", "打138/1234/5678", OFF, "138/1234/5678"),
    ("phone", "打138🌸1234🌸5678", OFF, "138🌸1234🌸5678"),
    (
        "phone",
        "打１３８.１２３４.５６７８",
        OFF,
        "１３８.１２３４.５６７８",
    ),
    (
        "phone",
        "打138\u{00A0}1234\u{00A0}5678",
        OFF,
        "138\u{00A0}1234\u{00A0}5678",
    ),
    (
        "phone",
        "一三八一二三四五六七八",
        OFF,
        "一三八一二三四五六七八",
    ),
    (
        "phone",
        "幺三八一二三四五六七八",
        OFF,
        "幺三八一二三四五六七八",
    ),
    (
        "phone",
        "打幺三八 一二三四 五六七八",
        OFF,
        "幺三八 一二三四 五六七八",
    ),
    (
        "phone",
        "壹叁捌壹贰叁肆伍陆柒捌",
        OFF,
        "壹叁捌壹贰叁肆伍陆柒捌",
    ),
    ("phone", "幺3八1二3四5六7八", OFF, "幺3八1二3四5六7八"),
    (
        "phone",
        "打1 3 8 1 2 3 4 5 6 7 8",
        OFF,
        "1 3 8 1 2 3 4 5 6 7 8",
    ),
    ("phone", "打138.1234 5678", OFF, "138.1234 5678"),
    // Rankings written with a digit or a formal numeral.
    ("ranking", "全网第1的面霜", ABSOLUTE, "全网第1"),
    ("ranking", "全网第壹的面霜", ABSOLUTE, "全网第壹"),
    ("ranking", "销量第1", ABSOLUTE, "销量第1"),
    ("ranking", "全网第１", ABSOLUTE, "全网第１"),
    ("ranking", "类目第①", ABSOLUTE, "类目第①"),
    ("ranking", "全网 第1", ABSOLUTE, "全网 第1"),
    // Traditional characters.
    ("traditional", "手慢無", PRESSURE, "手慢無"),
    ("traditional", "閉眼入", PRESSURE, "閉眼入"),
    ("traditional", "全網最低價", ABSOLUTE, "全網最低價"),
    ("traditional", "萬人瘋搶", PRESSURE, "萬人瘋搶"),
    ("traditional", "不買後悔", PRESSURE, "不買後悔"),
    ("traditional", "買它買它", PRESSURE, "買它買它"),
    ("traditional", "錯過再等一年", PRESSURE, "錯過再等一年"),
    ("traditional", "加薇信", OFF, "加薇信"),
    // Several disguises at once.
    ("combined", "手 慢 無", PRESSURE, "手 慢 無"),
    ("combined", "加 ѵх", OFF, "加 ѵх"),
    ("combined", "闭 👁 入", PRESSURE, "闭 👁 入"),
    ("combined", "全 網 最 低 價", ABSOLUTE, "全 網 最 低 價"),
    ("combined", "手🔥慢 無", PRESSURE, "手🔥慢 無"),
    ("combined", "手\u{200B} 慢 无", PRESSURE, "手\u{200B} 慢 无"),
    ("combined", "W e i X i n联系", OFF, "W e i X i n"),
    (
        "combined",
        "一 三 八 一 二 三 四 五 六 七 八",
        OFF,
        "一 三 八 一 二 三 四 五 六 七 八",
    ),
];

/// (class, body, the rule that must stay quiet).
type Trap = (&'static str, &'static str, &'static str);

const TRAPS: &[Trap] = &[
    ("space", "我最好的朋友", ABSOLUTE),
    ("space", "我最 好的朋友", ABSOLUTE),
    ("space", "最近很忙", ABSOLUTE),
    ("space", "最 近很忙", ABSOLUTE),
    ("space", "第一次来", ABSOLUTE),
    ("space", "第 一次来", ABSOLUTE),
    ("space", "味道很好 用料也足", ABSOLUTE),
    ("space", "手慢 无所谓", PRESSURE),
    ("space", "闭眼 入睡很快", PRESSURE),
    ("space", "增加 微量元素", OFF),
    ("space", "加 维生素C", OFF),
    ("space", "加 微辣更香", OFF),
    ("space", "这个狗 东西", OFF),
    ("space", "最后 一天", ABSOLUTE),
    ("space", "红 黄 蓝 三色可选", OFF),
    ("space", "今天 去 公园 散步", ABSOLUTE),
    ("space", "我 最 爱 的 朋友", ABSOLUTE),
    ("punctuation", "好喝，最近天天喝", ABSOLUTE),
    ("punctuation", "真的很好。用了三天", ABSOLUTE),
    ("punctuation", "手慢。无论如何先收藏", PRESSURE),
    ("punctuation", "要加，维生素也要补", OFF),
    ("line-break", "我最\n好的朋友送的", ABSOLUTE),
    ("line-break", "手慢\n\n无论如何", PRESSURE),
    ("line-break", "喜欢就加\n\n微信支付也行", OFF),
    ("emoji-separator", "最近🔥很火", ABSOLUTE),
    ("look-alike", "Свет", OFF),
    ("look-alike", "α-熊果苷精华", OFF),
    ("case", "DIY手工", OFF),
    ("case", "ready to go", OFF),
    ("case", "study with me", OFF),
    ("case", "戴森Dyson吹风机", OFF),
    ("pinyin", "new x系列", OFF),
    ("pinyin", "wei is fine", OFF),
    ("emoji-reading", "今天吃了🍑", OFF),
    ("emoji-reading", "🐶很可爱", OFF),
    ("emoji-reading", "👀看这里", PRESSURE),
    ("emoji-reading", "闭眼👀", PRESSURE),
    ("homophone", "加维生素C更好吸收", OFF),
    ("homophone", "这个狗东西", OFF),
    ("homophone", "加微辣更香", OFF),
    ("homophone", "增加微量元素", OFF),
    ("homophone", "用微信支付", OFF),
    ("phone", "2024.06.18下单", OFF),
    ("phone", "价格138.00元", OFF),
    ("phone", "订单号1381234567890", OFF),
    ("phone", "体重138 身高165", OFF),
    ("phone", "一五一十地说清楚", OFF),
    ("phone", "三三两两来打卡", OFF),
    ("phone", "一二三四五六七八九十都试过", OFF),
    ("phone", "第1.2.3步都很简单", OFF),
    ("ranking", "第1次来", ABSOLUTE),
    ("ranking", "排名第10", ABSOLUTE),
    ("ranking", "全网第12名", ABSOLUTE),
    ("ranking", "第1天打卡", ABSOLUTE),
];

/// The (rule, span text) findings of a Note whose body is `body`.
fn findings(body: &str) -> (String, Vec<(String, std::ops::Range<usize>)>) {
    let source = format!("标题\n\n{body}\n");
    let note = Note::parse("e.txt", source.clone(), NoteFormat::Text);
    let found = lint_note(&note, &Settings::default())
        .into_iter()
        .map(|d| (d.rule.to_string(), d.span.clone()))
        .collect();
    (source, found)
}

#[test]
fn the_evasion_suite_is_caught_and_the_traps_stay_quiet() {
    assert!(CASES.len() >= 150, "{} cases", CASES.len());
    let mut by_class: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for &(class, body, rule, span) in CASES {
        let (source, found) = findings(body);
        let at = source.find(span).expect("the span is in the body");
        let wanted = at..at + span.len();
        let exact = found.iter().any(|(r, s)| r == rule && *s == wanted);
        let tally = by_class.entry(class).or_default();
        tally.1 += 1;
        if exact {
            tally.0 += 1;
        } else {
            let seen: Vec<(&str, &str)> = found
                .iter()
                .map(|(r, s)| (r.as_str(), &source[s.clone()]))
                .collect();
            misses.push(format!(
                "[{class}] {body:?}: want {rule} on {span:?}, got {seen:?}"
            ));
        }
    }
    let mut flagged = Vec::new();
    for &(class, body, rule) in TRAPS {
        let (source, found) = findings(body);
        if let Some((_, s)) = found.iter().find(|(r, _)| r == rule) {
            flagged.push(format!(
                "[{class}] trap {body:?}: {rule} on {:?}",
                &source[s.clone()]
            ));
        }
    }
    let caught: usize = by_class.values().map(|t| t.0).sum();
    println!("evasion catch rate by class:");
    for (class, (hit, all)) in &by_class {
        println!("  {class:<16} {hit:>3}/{all:<3}");
    }
    println!("  {:<16} {caught:>3}/{}", "all", CASES.len());
    println!("traps flagged: {}/{}", flagged.len(), TRAPS.len());
    for line in misses.iter().chain(&flagged) {
        println!("  {line}");
    }
    assert!(
        misses.is_empty() && flagged.is_empty(),
        "{misses:#?}\n{flagged:#?}"
    );
}
