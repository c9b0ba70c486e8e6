//! Sale claims read from copy and checked against the declared facts
//! (SPEC 4.1): every claim form, every kind of mismatch, the tolerance
//! edges on both sides, and time zones.

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::model::claims::{ClaimKind, ClaimPatterns, PriceRole};
use xhslint::settings::Settings;
use xhslint::text::Haystack;

/// `(text under the span, kind)` of every claim in `text`.
fn claims(text: &str) -> Vec<(String, ClaimKind)> {
    ClaimPatterns::load()
        .expect("claims.yaml compiles")
        .find(&Haystack::new(text))
        .into_iter()
        .map(|found| (text[found.range].to_string(), found.kind))
        .collect()
}

fn one(text: &str) -> (String, ClaimKind) {
    let found = claims(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().expect("one claim")
}

/// `(source text under the span, message)` of each finding of `rule`.
fn findings(rule: &str, source: &str) -> Vec<(String, String)> {
    let note = Note::parse("note.md", source.to_string(), NoteFormat::Markdown);
    lint_note(&note, &Settings::default())
        .into_iter()
        .filter(|d| d.rule == rule)
        .map(|d| (note.source[d.span.clone()].to_string(), d.message))
        .collect()
}

fn mismatches(source: &str) -> Vec<String> {
    findings("claim-mismatch", source)
        .into_iter()
        .map(|(text, _)| text)
        .collect()
}

/// A Note with front matter `facts` (YAML lines under `sale:` are indented
/// by the caller) and `body`.
fn note(front: &str, body: &str) -> String {
    format!("---\ntitle: 燕麦牛奶\n{front}---\n{body}\n")
}

// ---- claim forms -------------------------------------------------------

#[test]
fn windows() {
    assert_eq!(
        one("限时48小时｜精华"),
        ("限时48小时".into(), ClaimKind::Window { hours: 48.0 })
    );
    assert_eq!(
        one("限时两天"),
        ("限时两天".into(), ClaimKind::Window { hours: 48.0 })
    );
    assert_eq!(
        one("仅限3天哦"),
        ("仅限3天".into(), ClaimKind::Window { hours: 72.0 })
    );
    assert_eq!(
        one("48h限定"),
        ("48h限定".into(), ClaimKind::Window { hours: 48.0 })
    );
    assert_eq!(
        one("限时四十八个小时"),
        ("限时四十八个小时".into(), ClaimKind::Window { hours: 48.0 })
    );
}

#[test]
fn countdowns() {
    assert_eq!(
        one("倒计时3天"),
        ("倒计时3天".into(), ClaimKind::Countdown { hours: 72.0 })
    );
    assert_eq!(
        one("活动最后6小时！"),
        ("最后6小时".into(), ClaimKind::Countdown { hours: 6.0 })
    );
    assert_eq!(
        one("仅剩两天"),
        ("仅剩两天".into(), ClaimKind::Countdown { hours: 48.0 })
    );
}

#[test]
fn deadlines() {
    let tonight = ClaimKind::Deadline {
        days_ahead: 0,
        clock: None,
    };
    assert_eq!(one("今晚截止"), ("今晚截止".into(), tonight));
    assert_eq!(one("仅限今天"), ("仅限今天".into(), tonight));
    assert_eq!(
        one("今晚12点截止"),
        (
            "今晚12点截止".into(),
            ClaimKind::Deadline {
                days_ahead: 0,
                clock: Some(24 * 60)
            }
        )
    );
    assert_eq!(
        one("明晚八点半结束"),
        (
            "明晚八点半结束".into(),
            ClaimKind::Deadline {
                days_ahead: 1,
                clock: Some(20 * 60 + 30)
            }
        )
    );
}

#[test]
fn quantities() {
    assert_eq!(
        one("限量200份"),
        ("限量200份".into(), ClaimKind::Stock { units: 200.0 })
    );
    assert_eq!(
        one("仅剩30件"),
        ("仅剩30件".into(), ClaimKind::Stock { units: 30.0 })
    );
    assert_eq!(
        one("这次只有50个！"),
        ("只有50个".into(), ClaimKind::Stock { units: 50.0 })
    );
    assert_eq!(
        one("限量三百套"),
        ("限量三百套".into(), ClaimKind::Stock { units: 300.0 })
    );
    assert_eq!(
        one("前100名送小样"),
        ("前100名".into(), ClaimKind::EarlyBird { buyers: 100.0 })
    );
}

#[test]
fn discounts_and_reductions() {
    for (text, span, tenths) in [
        ("全场5折", "5折", 5.0),
        ("打五折", "五折", 5.0),
        ("6.7折", "6.7折", 6.7),
        ("七五折", "七五折", 7.5),
        ("95折", "95折", 9.5),
        ("半价", "半价", 5.0),
    ] {
        assert_eq!(
            one(text),
            (span.to_string(), ClaimKind::Discount { tenths }),
            "{text}"
        );
    }
    assert_eq!(
        one("直降100"),
        ("直降100".into(), ClaimKind::Reduction { amount: 100.0 })
    );
    assert_eq!(
        one("立减50元"),
        ("立减50元".into(), ClaimKind::Reduction { amount: 50.0 })
    );
}

#[test]
fn prices() {
    let price = |amount, role| ClaimKind::Price { amount, role };
    assert_eq!(
        one("到手价199"),
        ("到手价199".into(), price(199.0, PriceRole::Sale))
    );
    assert_eq!(one("到手¥79"), ("¥79".into(), price(79.0, PriceRole::Sale)));
    assert_eq!(
        one("这次¥199"),
        ("¥199".into(), price(199.0, PriceRole::Unstated))
    );
    assert_eq!(
        one("原价299"),
        ("原价299".into(), price(299.0, PriceRole::Original))
    );
    assert_eq!(
        one("到手价129元"),
        ("129元".into(), price(129.0, PriceRole::Sale))
    );
    assert_eq!(
        claims("到手¥199（原价¥299）"),
        [
            ("¥199".to_string(), price(199.0, PriceRole::Sale)),
            ("¥299".to_string(), price(299.0, PriceRole::Original)),
        ]
    );
}

#[test]
fn not_sale_claims() {
    for text in [
        "单次续航6小时，加上充电盒能到30小时",
        "一盒10片，很划算",
        "第二件半价",
        "满299减50",
        "买二送一",
        "每片只要¥7.9",
        "领¥20优惠券",
        "可折叠，对折收纳",
        "48小时内发货",
        "我只有一支",
        "颜色只有两个",
        "假期最后一天",
        "#黑五折扣",
        "提前2个月预约",
        "立减4个月会员",
        "专柜¥399",
        "人均¥100",
        "¥99-¥199都有",
        "感觉省下一个亿",
        "首单超¥30包邮",
        "一份¥7左右",
        "房子¥180万成交",
        "原价1.2万",
        "房价中位数$674,600",
        "直接减了$120",
        "加一起不到9块钱",
    ] {
        assert_eq!(claims(text), [], "{text}");
    }
}

#[test]
fn spans_point_into_the_original_text() {
    let source = note(
        "sale:\n  start: 2026-06-16 20:00\n  end: 2026-06-19 20:00\n  stock: 500\n",
        "限时４８小时，仅剩三十件",
    );
    assert_eq!(mismatches(&source), ["限时４８小时", "仅剩三十件"]);
}

// ---- mismatches ----------------------------------------------------------

const WINDOW_72H: &str = "publish_at: 2026-06-16T19:00:00+08:00\nsale:\n  start: 2026-06-16T20:00:00+08:00\n  end: 2026-06-19T20:00:00+08:00\n";

#[test]
fn window_mismatch_names_both_sides() {
    let source = note(WINDOW_72H, "限时48小时，燕麦很香");
    let note = Note::parse("note.md", source.clone(), NoteFormat::Markdown);
    let found: Vec<_> = lint_note(&note, &Settings::default())
        .into_iter()
        .filter(|d| d.rule == "claim-mismatch")
        .collect();
    assert_eq!(found.len(), 1);
    let finding = &found[0];
    assert_eq!(&source[finding.span.clone()], "限时48小时");
    assert_eq!(
        finding.message,
        "“限时48小时” says the sale lasts 48 hours, but sale.start to sale.end is 72 hours"
    );
    let related: Vec<(&str, &str)> = finding
        .related
        .iter()
        .map(|r| {
            let span = r.span.clone().expect("a front matter span");
            (r.message.as_str(), &source[span])
        })
        .collect();
    assert_eq!(
        related,
        [
            (
                "sale.start is 2026-06-16 20:00 China time",
                "2026-06-16T20:00:00+08:00"
            ),
            (
                "sale.end is 2026-06-19 20:00 China time",
                "2026-06-19T20:00:00+08:00"
            ),
        ]
    );
    assert_eq!(finding.suggestions[0].replacement(), Some("限时72小时"));
    assert_eq!(mismatches(&note_72h("限时3天")), Vec::<String>::new());
}

fn note_72h(body: &str) -> String {
    note(WINDOW_72H, body)
}

#[test]
fn countdown_is_measured_from_publication() {
    // publish 19:00, end three days later at 20:00: 73 hours left.
    assert_eq!(mismatches(&note_72h("倒计时3天")), Vec::<String>::new());
    assert_eq!(mismatches(&note_72h("倒计时48小时")), ["倒计时48小时"]);
    assert_eq!(
        findings("claim-mismatch", &note_72h("最后6小时！"))[0].1,
        "“最后6小时” says 6 hours are left, but the sale ends 73 hours after publish_at"
    );
}

#[test]
fn deadline_on_another_day() {
    let facts = "publish_at: 2026-09-18T20:00:00+08:00\nsale:\n  start: 2026-09-18T20:00:00+08:00\n  end: 2026-09-20T22:00:00+08:00\n";
    let found = findings("claim-mismatch", &note(facts, "礼盒¥128，今晚截止"));
    assert_eq!(
        found,
        [(
            "今晚截止".to_string(),
            "“今晚截止” says the sale ends that day, but sale.end is 2026-09-20 22:00 China time, not on 2026-09-18 (that day of publish_at)".to_string()
        )]
    );
    assert_eq!(
        mismatches(&note(facts, "仅限今天，明晚截止")),
        ["仅限今天", "明晚截止"]
    );
}

#[test]
fn deadline_falls_back_to_start_without_publish_at() {
    let facts = "sale:\n  start: 2026-05-20 10:00\n  end: 2026-05-20 23:59\n";
    assert_eq!(mismatches(&note(facts, "今天截止")), Vec::<String>::new());
    let facts = "sale:\n  start: 2026-05-19 10:00\n  end: 2026-05-20 23:59\n";
    assert_eq!(mismatches(&note(facts, "今天截止")), ["今天截止"]);
}

#[test]
fn deadline_clock_time() {
    let facts = "publish_at: 2026-05-20 12:00\nsale:\n  end: 2026-05-20 22:00\n";
    assert_eq!(
        mismatches(&note(facts, "今晚10点截止，今晚9点截止，今晚8点截止")),
        ["今晚8点截止"]
    );
}

#[test]
fn stock_must_equal_the_declared_stock() {
    let facts = "sale:\n  stock: 500\n";
    assert_eq!(
        mismatches(&note(
            facts,
            "仓库仅剩30件，限量50条，限量500件，前100名送小样"
        )),
        ["仅剩30件", "限量50条"]
    );
    assert_eq!(
        findings("claim-mismatch", &note(facts, "限量499份"))[0].1,
        "“限量499份” claims 499 units, but sale.stock is 500"
    );
}

#[test]
fn discount_edges() {
    let with = |price: &str, original: &str, body: &str| {
        mismatches(&note(
            &format!("sale:\n  price: {price}\n  original_price: {original}\n"),
            body,
        ))
    };
    // 149/299 = 4.98: inside (4, 5].
    assert_eq!(with("149", "299", "5折"), Vec::<String>::new());
    // 150/300 = 5.00 exactly: the top edge is included.
    assert_eq!(with("150", "300", "五折"), Vec::<String>::new());
    // 151/300 = 5.03: just over, the copy overstates.
    assert_eq!(with("151", "300", "5折"), ["5折"]);
    // 120/300 = 4.00 exactly: the bottom edge is excluded.
    assert_eq!(with("120", "300", "5折"), ["5折"]);
    // 121/300 = 4.03: just inside.
    assert_eq!(with("121", "300", "5折"), Vec::<String>::new());
    // 199/299 = 6.66: 6.7折 fits, 5折 does not.
    assert_eq!(with("199", "299", "6.7折，5折"), ["5折"]);
    let found = findings(
        "claim-mismatch",
        &note(
            "sale:\n  price: 199\n  original_price: 299\n",
            "活动直接5折",
        ),
    );
    assert_eq!(
        found[0].1,
        "“5折” overstates the discount: sale.price / sale.original_price is 199 / 299 = 6.66折, and 5折 is true only of a ratio above 4 and at most 5"
    );
}

#[test]
fn reductions_may_understate_never_overstate() {
    let facts = "sale:\n  price: 199\n  original_price: 299\n";
    assert_eq!(
        mismatches(&note(facts, "直降100，立减50，直降150")),
        ["直降150"]
    );
}

#[test]
fn stated_prices() {
    let facts = "sale:\n  price: 89\n  original_price: 129\n";
    assert_eq!(
        mismatches(&note(facts, "一盒10片，到手¥79")),
        ["¥79"],
        "the sale price is 89"
    );
    assert_eq!(
        mismatches(&note(facts, "到手¥89（原价¥129），活动价89.5元")),
        Vec::<String>::new()
    );
    assert_eq!(mismatches(&note(facts, "原价199")), ["原价199"]);
    assert_eq!(
        mismatches(&note(facts, "现在只要¥90，这次¥99")),
        ["¥90", "¥99"],
        "one yuan off is out; a bare price matching neither is a mismatch"
    );
    // A bare price may be the undeclared original price.
    assert_eq!(
        mismatches(&note("sale:\n  price: 89\n", "¥129的面膜")),
        Vec::<String>::new()
    );
}

#[test]
fn multi_buy_threshold_and_per_unit_offers_are_not_checked() {
    let facts = "sale:\n  price: 89\n  original_price: 129\n";
    assert_eq!(
        mismatches(&note(
            facts,
            "第二件半价，满299减50，两件¥158，折合一片¥8.9，领¥20优惠券"
        )),
        Vec::<String>::new()
    );
}

#[test]
fn window_edges_within_one_hour() {
    let window = |end: &str, body: &str| {
        mismatches(&note(
            &format!("sale:\n  start: 2026-06-16T20:00:00+08:00\n  end: {end}\n"),
            body,
        ))
    };
    // 47 and 49 hours are both within an hour of 48.
    assert_eq!(
        window("2026-06-18T19:00:00+08:00", "限时48小时"),
        Vec::<String>::new()
    );
    assert_eq!(
        window("2026-06-18T21:00:00+08:00", "限时48小时"),
        Vec::<String>::new()
    );
    // 46:59 and 49:01 are not.
    assert_eq!(
        window("2026-06-18T18:59:00+08:00", "限时48小时"),
        ["限时48小时"]
    );
    assert_eq!(
        window("2026-06-18T21:01:00+08:00", "限时48小时"),
        ["限时48小时"]
    );
}

// ---- time zones ------------------------------------------------------------

#[test]
fn an_end_of_noon_utc_is_eight_in_the_evening_in_china() {
    let facts = |end: &str| format!("publish_at: 2026-06-16T10:00:00+08:00\nsale:\n  end: {end}\n");
    // 12:00+00:00 is 20:00 China time, the same day.
    assert_eq!(
        mismatches(&note(&facts("2026-06-16T12:00:00+00:00"), "今晚8点截止")),
        Vec::<String>::new()
    );
    assert_eq!(
        findings(
            "claim-mismatch",
            &note(&facts("2026-06-16T12:00:00+00:00"), "今晚11点截止")
        )[0]
        .1,
        "“今晚11点截止” says the sale ends at 23点, but sale.end is 2026-06-16 20:00 China time"
    );
    // 16:00 UTC is midnight in China: still tonight.
    assert_eq!(
        mismatches(&note(
            &facts("2026-06-16T16:00:00Z"),
            "今晚12点截止，今晚截止"
        )),
        Vec::<String>::new()
    );
    // 16:30 UTC is 00:30 the next day in China.
    assert_eq!(
        mismatches(&note(&facts("2026-06-16T16:30:00Z"), "今晚截止")),
        ["今晚截止"]
    );
    // A naive time is China time.
    assert_eq!(
        mismatches(&note(&facts("2026-06-16 23:59"), "今晚截止")),
        Vec::<String>::new()
    );
}

#[test]
fn windows_across_offsets() {
    // 20:00 China time to 20:00 UTC two days later is 56 hours.
    let facts = "sale:\n  start: 2026-06-16 20:00\n  end: 2026-06-18T20:00:00Z\n";
    assert_eq!(mismatches(&note(facts, "限时56小时")), Vec::<String>::new());
    assert_eq!(mismatches(&note(facts, "限时48小时")), ["限时48小时"]);
}

// ---- facts that are missing ------------------------------------------------

#[test]
fn a_note_with_sale_but_no_claims() {
    let source = note(
        "publish_at: 2026-06-16 19:30\nsale:\n  start: 2026-06-16 20:00\n  end: 2026-06-18 20:00\n  stock: 200\n  price: 199\n  original_price: 299\n",
        "燕麦奶很香，冲咖啡不分层，点击下方商品卡",
    );
    assert_eq!(mismatches(&source), Vec::<String>::new());
    assert_eq!(findings("unverified-scarcity", &source), []);
}

#[test]
fn claims_about_undeclared_facts_are_unverified_not_mismatched() {
    let source = note(
        "sale:\n  price: 199\n",
        "限时48小时，限量200份，5折，到手¥199",
    );
    assert_eq!(mismatches(&source), Vec::<String>::new());
    assert_eq!(
        findings("unverified-scarcity", &source),
        [
            (
                "限时48小时".to_string(),
                "“限时48小时” is not backed by the front matter: declare sale.start and sale.end"
                    .to_string()
            ),
            (
                "限量200份".to_string(),
                "“限量200份” is not backed by the front matter: declare sale.stock".to_string()
            ),
        ]
    );
}

#[test]
fn title_claims_are_checked_too() {
    let source = "---\ntitle: 限量50条｜直筒牛仔裤\nsale:\n  stock: 500\n---\n限量50条，很显瘦\n";
    assert_eq!(mismatches(source), ["限量50条", "限量50条"]);
}

// ---- scarcity claims on their own ----------------------------------------

#[test]
fn scarcity_claims_read_alone_are_those_of_all_claims() {
    use xhslint::model::prepared::PreparedNote;
    let settings = Settings::default();
    for body in [
        "秋冬必备的羊毛开衫，软糯不扎",
        "到手价99元，原价199，立减100",
        "限时48小时，仅剩20件",
        // A stock claim inside a longer price claim, and the other way round.
        "仅剩2件到手价99元",
        "今晚10点截止，原价299现在199元",
        "前100名下单送小样，限量200份",
        "倒计时3天！券后89元，第二件半价",
        "还剩5小时恢复原价，5折",
        // The deadline loses to the longer original price it overlaps.
        "今晚恢复原价1234567890元",
    ] {
        let source = note("", body);
        let parsed = Note::parse("note.md", source, NoteFormat::Markdown);
        let all: Vec<_> = PreparedNote::new(&parsed, &settings)
            .claims()
            .iter()
            .filter(|c| c.kind.is_scarcity())
            .cloned()
            .collect();
        let alone = PreparedNote::new(&parsed, &settings)
            .scarcity_claims()
            .to_vec();
        assert_eq!(alone, all, "{body}");
    }
}
