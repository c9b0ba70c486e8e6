//! Classes of real Notes the rules misjudged, written afresh (paraphrased,
//! never copied): each test puts Notes that must be flagged beside Notes of
//! the same shape that must pass, with the exact texts reported.

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::settings::Settings;

fn findings(rule: &str, source: &str) -> Vec<String> {
    let note = Note::parse("real.md", source.to_string(), NoteFormat::Markdown);
    lint_note(&note, &Settings::default())
        .into_iter()
        .filter(|d| d.rule == rule)
        .map(|d| note.source[d.span.clone()].to_string())
        .collect()
}

fn flags(rule: &str, body: &str, expected: &[&str]) {
    let found = findings(rule, &format!("标题\n\n{body}"));
    assert_eq!(found, expected, "{rule} in {body:?}");
}

fn passes(rule: &str, body: &str) {
    flags(rule, body, &[]);
}

// off-platform ---------------------------------------------------------

#[test]
fn a_restaurant_review_with_its_phone_numbers() {
    flags(
        "off-platform",
        "地址 3300 Legacy Dr, Plano TX 75023\n☎️9725550142\n☎️ 9725550177",
        &["9725550142", "9725550177"],
    );
    flags(
        "off-platform",
        "订位打 (469) 555-0123，国内拨 +86 139 1234 5678",
        &["(469) 555-0123", "+86 139 1234 5678"],
    );
    passes(
        "off-platform",
        "地址 3300 Legacy Dr, Plano TX 75023，人均$35，2024-03-16去的，订单号 8812345678901234",
    );
}

#[test]
fn a_dm_to_order_beside_a_dm_for_questions() {
    flags(
        "off-platform",
        "接春节预订，需要的小伙伴 私信我吧",
        &["需要的小伙伴 私信"],
    );
    flags(
        "off-platform",
        "生日蛋糕接单中，订蛋糕私我",
        &["订蛋糕私我"],
    );
    flags(
        "off-platform",
        "活动名额有限，可随时DM我报名",
        &["DM我报名"],
    );
    passes("off-platform", "攻略写得比较乱，有不清楚的欢迎私信问我");
    passes("off-platform", "想了解课程的可以私信咨询，评论区也行");
}

#[test]
fn a_group_chat_or_mini_program_to_buy_beside_the_past() {
    flags(
        "off-platform",
        "郁金香花海要提前在公众号上预约，门票小程序购买",
        &["在公众号上预约", "小程序购买"],
    );
    passes(
        "off-platform",
        "之前他们只有休斯顿的团购群，现在达拉斯也开店了",
    );
    passes("off-platform", "我在wx上抢到了周六的位子，运气真好");
}

#[test]
fn another_store_that_also_sells_it_beside_where_the_writer_bought() {
    flags(
        "off-platform",
        "买完才发现Costco也有卖，还便宜两刀",
        &["Costco也有卖"],
    );
    passes(
        "off-platform",
        "这双是淘宝买的，每次去Costco都会带一盒，在快手上很火",
    );
}

#[test]
fn a_redirect_invites_a_trade() {
    passes(
        "off-platform",
        "宠物家长互助群：文案后面附带入群链接，进群后介绍一下自己和毛孩",
    );
    flags(
        "off-platform",
        "本周团购：进群下单，群里接龙",
        &["进群", "群里接龙"],
    );
    passes(
        "off-platform",
        "招兼职摄影，按作品计费，工作地点在市区，有兴趣的私聊",
    );
    flags(
        "off-platform",
        "出一台九成新相机，有兴趣的私聊",
        &["有兴趣的私聊"],
    );
    passes("off-platform", "沙发：购于宜家\n窗帘：🍑宝\n台灯：Target");
    flags(
        "off-platform",
        "沙发：购于宜家\n窗帘：🍑宝搜同款",
        &["🍑宝搜"],
    );
}

// absolute-claim -------------------------------------------------------

#[test]
fn superlatives_by_shape_with_the_whole_term() {
    flags(
        "absolute-claim",
        "卢浮宫不愧是全世界最大的博物馆，这家是全美最好吃的炸鸡",
        &["全美最好吃"],
    );
    flags(
        "absolute-claim",
        "甜点里海盐布丁最好吃🍮，他家是最好吃而且最便宜的",
        &["最好吃", "最好吃", "最便宜"],
    );
    flags("absolute-claim", "官方授权，绝对正品", &["绝对正品"]);
}

#[test]
fn certainty_questions_advice_and_description_are_not_claims() {
    passes(
        "absolute-claim",
        "味道绝对值得二刷，我绝对会再来，这绝对不是广告",
    );
    passes("absolute-claim", "你们觉得哪家的拉面最好吃？");
    passes("absolute-claim", "周末最好提前订位，最好别空腹去");
    passes("absolute-claim", "我家客厅那盏最大的吊灯，是我们去年买的");
    passes("absolute-claim", "从进门的第一秒就喜欢，第一次来");
}

/// A Note written as a brand's own (front matter that declares what it
/// sells) with `body`.
fn brand_note(body: &str) -> String {
    format!("---\ntitle: 标题\ncategory: food\n---\n{body}")
}

#[test]
fn a_shoppers_review_and_a_travellers_guide_advertise_nothing() {
    // The same superlatives a seller would be fined for, in a diner's
    // review, a traveller's guide and a diary: opinions, not advertising.
    passes(
        "absolute-claim",
        "人均$25，我们点了三道菜，甜品里海盐布丁最好吃，是我在这边吃过最好吃的",
    );
    passes(
        "absolute-claim",
        "📍老城区，门票10刀，这是全州最热门的景点，最值得看的是日落",
    );
    passes(
        "absolute-claim",
        "今天去农场，把最好喝的那款酸奶买回来了，生活小记录",
    );
    // The seller or a promoter speaking, or a brand's own Note: claims.
    flags(
        "absolute-claim",
        "本周新研发的椰奶冻，是全城最好吃的，欢迎到店品尝",
        &["全城最好吃"],
    );
    flags(
        "absolute-claim",
        "小编替大家试吃了，店里最火爆的必点是干锅，绝对划算",
        &["最火爆", "绝对划算"],
    );
    let note = Note::parse(
        "real.md",
        brand_note("这是我吃过最好吃的海盐布丁，绝对正品"),
        NoteFormat::Markdown,
    );
    let found: Vec<&str> = lint_note(&note, &Settings::default())
        .into_iter()
        .filter(|d| d.rule == "absolute-claim")
        .map(|d| &note.source[d.span.clone()])
        .collect();
    assert_eq!(found, ["最好吃", "绝对正品"]);
    // A config `category` says the folder holds the brand's own Notes.
    let settings = Settings {
        category: Some("food".to_string()),
        ..Settings::default()
    };
    let note = Note::parse(
        "real.md",
        "标题\n\n这是我吃过最好吃的海盐布丁".to_string(),
        NoteFormat::Markdown,
    );
    let found: Vec<&str> = lint_note(&note, &settings)
        .into_iter()
        .filter(|d| d.rule == "absolute-claim")
        .map(|d| &note.source[d.span.clone()])
        .collect();
    assert_eq!(found, ["最好吃"]);
}

#[test]
fn a_superlative_about_a_third_party_is_not_a_claim() {
    passes(
        "absolute-claim",
        "作为世界最大的马戏制作公司，演出很精彩，山里最著名的一眼古泉就在门口",
    );
    passes(
        "absolute-claim",
        "最舒服的季节到了，还是老家对我最好，真是最好的礼物",
    );
    passes("absolute-claim", "健康第一\n家庭第二\n工作第三");
    passes("absolute-claim", "它是“全国最美十家书店”之一");
    // What the Note sells stays a claim beside them.
    flags(
        "absolute-claim",
        "全城最大的火锅店，锅底最好吃，同类第一，第二天还想来",
        &["全城最大", "最好吃", "同类第一"],
    );
}

// pressure-phrase -------------------------------------------------------

#[test]
fn chants_to_the_reader_beside_the_writer_narrating() {
    flags(
        "pressure-phrase",
        "新店开业第二杯半价，姐妹们速冲，喜欢甜口的宝子快冲",
        &["姐妹们速冲", "宝子快冲"],
    );
    passes(
        "pressure-phrase",
        "下班叫上同事就冲冲冲，我当场就下单了两份",
    );
    passes("pressure-phrase", "趁着打折我终于必须买一个了");
}

#[test]
fn a_top_up_a_haul_label_and_the_writers_own_order_are_not_pressure() {
    passes(
        "pressure-phrase",
        "会员年费48刀，可以直接冲一年，也能直接冲会员卡",
    );
    passes(
        "pressure-phrase",
        "囤货只剩一瓶的我很焦虑，立即下单就想试试是不是真的好用",
    );
    passes("pressure-phrase", "一开门就要马上冲入场，不然排队排到下午");
    flags("pressure-phrase", "周日就截止了，马上冲", &["马上冲"]);
    flags(
        "pressure-phrase",
        "这个价格太香了，宝子们直接冲一波，立即下单就对了",
        &["宝子们直接冲", "立即下单"],
    );
    let note = Note::parse(
        "real.md",
        "---\ntitle: \"超市买买买丨回购的泡澡球\"\n---\n逛超市发现的，姐妹们买买买\n".to_string(),
        NoteFormat::Markdown,
    );
    let found: Vec<&str> = lint_note(&note, &Settings::default())
        .into_iter()
        .filter(|d| d.rule == "pressure-phrase")
        .map(|d| &note.source[d.span.clone()])
        .collect();
    assert_eq!(
        found,
        ["买买买"],
        "the title's haul is a label, the body's chant is not"
    );
}

#[test]
fn exclamation_runs_shout_only_in_a_sale_note() {
    flags(
        "pressure-phrase",
        "到手价39元‼️‼️‼️ 真的好吃❗️❗️❗️",
        &["‼️‼️‼️", "❗️❗️❗️"],
    );
    passes("pressure-phrase", "终于见到偶像了！！！太开心了‼️‼️");
}

// hashtags -------------------------------------------------------------

fn distinct_tags(body: &str) -> usize {
    // hashtag-count's message starts with the count when under the minimum.
    let found: Vec<String> = {
        let note = Note::parse("real.md", format!("标题\n\n{body}"), NoteFormat::Markdown);
        lint_note(&note, &Settings::default())
            .into_iter()
            .filter(|d| d.rule == "hashtag-count")
            .map(|d| d.message)
            .collect()
    };
    found
        .first()
        .and_then(|m| m.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX)
}

#[test]
fn digit_first_topics_and_tags_after_stickers_count() {
    assert_eq!(distinct_tags("跨年啦[派对R]#2025[话题]# #00后"), 2);
    assert_eq!(
        distinct_tags("小猫睡着了[笑哭R]#宠物[话题]#[赞R]#猫咪[话题]#"),
        2
    );
    assert_eq!(distinct_tags("地址 Preston Rd #435，#3号楼 #美食"), 1);
}

#[test]
fn traditional_and_simplified_topics_are_different_tags() {
    passes("hashtag-duplicate", "#萬聖節 #万圣节");
    flags("hashtag-duplicate", "#萬聖節 #万圣节 #萬聖節", &["#萬聖節"]);
    assert_eq!(distinct_tags("#萬聖節 #万圣节"), 2);
}

#[test]
fn a_tag_with_a_space_inside_is_one_malformed_tag() {
    flags(
        "hashtag-format",
        "去吃了热狗 #OH! K-Dog # 很好吃",
        &["#OH! K-Dog #"],
    );
}
