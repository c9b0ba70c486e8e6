//! `benefit-before-price` reads benefit copy from jieba's part-of-speech
//! tags when its words and patterns find none: copy in every category the
//! lexicon misses, before a price (no finding) and after it (a finding on
//! the price); and the traps — greetings, the writer's story, shipping and
//! return policy, sizes and ages, the deal, feelings — that stay no benefit.

use xhslint::diagnostic::Diagnostic;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note_kind;
use xhslint::settings::Settings;
use xhslint::text::segment::Segmenter;

const RULE: &str = "benefit-before-price";

fn note(category: &str, body: &str) -> String {
    format!("---\ntitle: 好物\ncategory: {category}\n---\n{body}\n")
}

/// The rule's findings on `source`, with the text each covers.
fn findings(source: &str) -> Vec<(String, Diagnostic)> {
    let note = Note::parse("note.md", source.to_string(), NoteFormat::Markdown);
    let (found, kind) = lint_note_kind(&note, &Settings::default(), Segmenter::builtin());
    assert_eq!(
        kind.map(|k| k.kind.as_str()),
        Some("sale"),
        "a sale Note: {source}"
    );
    found
        .into_iter()
        .filter(|d| d.rule == RULE)
        .map(|d| (source[d.span.clone()].to_string(), d))
        .collect()
}

/// Benefit copy per category that no benefit word or pattern matches: an
/// adjective after a degree word or on its own, one character after its
/// noun, a verb and its complement, a sense praised, a discomfort denied.
const BENEFITS: &[(&str, &str)] = &[
    ("beauty", "这盒散粉粉质很均匀，上脸不反光"),
    ("fashion", "这件羊毛外套很厚实，鞋底不打滑"),
    ("food", "鸡胸肉鲜嫩，奶茶的茶味很足"),
    ("mother-baby", "餐椅的桌板很牢固，宝宝坐着不晃"),
    ("home", "坐垫摸起来很松软，床垫平整"),
    ("digital", "投影画面明亮，白天拉开窗帘也看得清楚"),
    ("other", "香薰蜡烛烧得很均匀，皂角泡沫细密"),
];

#[test]
fn benefit_copy_before_the_price_passes_in_every_category() {
    for (category, benefit) in BENEFITS {
        let source = note(category, &format!("{benefit}，到手价¥89，点商品卡下单"));
        assert!(findings(&source).is_empty(), "{category}: {benefit}");
    }
}

/// After the price the tags are not read (only the clauses before it are
/// tagged, to keep a batch's cost flat), so the message says no benefit
/// was found.
#[test]
fn the_same_copy_after_the_price_is_flagged_on_the_price() {
    for (category, benefit) in BENEFITS {
        let source = note(category, &format!("到手价¥89，点商品卡下单。{benefit}"));
        let found = findings(&source);
        assert_eq!(found.len(), 1, "{category}: {benefit}");
        let (text, finding) = &found[0];
        assert_eq!(text, "到手价¥89", "{category}");
        assert_eq!(
            finding.message,
            "the body names the price (“到手价¥89”) but no concrete benefit; say what the product does before what it costs",
            "{category}: {benefit}"
        );
    }
}

/// Each shape alone, before a price: the tags read it as a benefit.
#[test]
fn each_predicate_shape_counts_on_its_own() {
    for body in [
        // A degree word and an adjective.
        "粉质很均匀",
        // An adjective of two characters on its own.
        "外套厚实",
        // One character, right after its noun.
        "肉嫩",
        // A verb and its complement.
        "白天也看得清楚",
        "坐垫摸起来很松软",
        // A sense named and praised.
        "茶味很足",
        // A discomfort denied, however jieba cuts it.
        "鞋底不打滑",
        "走一天也不磨脚跟",
    ] {
        let source = note("other", &format!("{body}，到手价¥89，点商品卡下单"));
        assert!(findings(&source).is_empty(), "{body}");
    }
}

/// Copy before a price that is no benefit: the price is still first.
#[test]
fn greetings_stories_policy_sizes_deals_and_feelings_are_no_benefit() {
    for body in [
        "大家好",
        "姐妹们好，我是小林",
        "我上周刚搬进新家",
        "今天很忙，晚点再聊",
        "7天无理由退换，发货很快",
        "110码，适合3到6岁",
        "这次真的很划算，比平时便宜",
        "拆开的那一刻超开心，好激动",
        "新款上市",
        "简单介绍一下",
        // A discomfort said plainly, a comfort denied.
        "夏天穿很闷",
        "不太平整",
    ] {
        let source = note("other", &format!("{body}，到手价¥89，点商品卡下单"));
        let found = findings(&source);
        assert_eq!(found.len(), 1, "{body}");
        let (text, finding) = &found[0];
        assert_eq!(text, "到手价¥89", "{body}");
        assert_eq!(
            finding.message,
            "the body names the price (“到手价¥89”) but no concrete benefit; say what the product does before what it costs",
            "{body}"
        );
    }
}

#[test]
fn a_benefit_on_the_prices_line_before_it_counts() {
    let source = note("fashion", "外套很厚实到手价¥89，点商品卡下单");
    assert!(findings(&source).is_empty());
    // After it, on the same line, it does not.
    let source = note("fashion", "到手价¥89外套很厚实，点商品卡下单");
    let found = findings(&source);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "到手价¥89");
}
