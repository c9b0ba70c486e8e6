//! A deterministic corpus of Notes for the benchmarks and the segmentation
//! equivalence test: the same seed gives the same Notes on any machine and
//! with any dependency versions.
//!
//! Sale Notes are composed, not repeated: an opening, experience, sale and
//! call-to-action sentence, each drawn from its own pool with slots for the
//! product, numbers and prices; a filler sentence of words drawn from
//! jieba's dictionary, so the vocabulary is as wide as real copy's; entries
//! of the built-in lexicons (flagged terms and the benign compounds around
//! them), emoji, sticker codes, hashtags in all three spellings, and front
//! matter on most Markdown Notes. The real-sized shape mixes in everyday
//! posts, drawn from scenes of their own ([`generate_real_sized`]).
//!
//! Shared by `bench/gen_corpus.rs`, `benches/lint.rs`,
//! `tests/segment_equivalence.rs` and `tests/bench_corpus.rs` through
//! `#[path]`.

#![allow(dead_code)]

use std::fmt::Write as _;

/// SplitMix64, written out so the stream never changes with a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// One generated Note.
#[derive(Debug, Clone)]
pub struct GenNote {
    pub id: String,
    pub title: String,
    /// Copy with hashtags, emoji and stickers as a user writes them.
    pub body: String,
    /// Front-matter tags.
    pub tags: Vec<String>,
    /// YAML front matter without the `---` fences, if the Note has one.
    pub front_matter: Option<String>,
}

impl GenNote {
    /// The `index`th Note of a corpus.
    fn numbered(
        index: usize,
        title: String,
        body: String,
        tags: Vec<String>,
        front_matter: Option<String>,
    ) -> GenNote {
        GenNote {
            id: format!("gen-{index:05}"),
            title,
            body,
            tags,
            front_matter,
        }
    }

    /// The Note as a Markdown file.
    pub fn markdown(&self) -> String {
        match &self.front_matter {
            Some(yaml) => format!("---\n{yaml}---\n{}\n", self.body),
            None => format!("# {}\n\n{}\n", self.title, self.body),
        }
    }

    /// The Note as one JSON Lines record: `{"id","title","body","tags"}`.
    pub fn json_line(&self) -> String {
        let tags: Vec<String> = self.tags.iter().map(|t| json_string(t)).collect();
        format!(
            "{{\"id\":{},\"title\":{},\"body\":{},\"tags\":[{}]}}",
            json_string(&self.id),
            json_string(&self.title),
            json_string(&self.body),
            tags.join(",")
        )
    }
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The words a Note may draw on.
pub struct Vocabulary {
    /// Common words of jieba's dictionary.
    dict_words: Vec<&'static str>,
    /// Entries of the built-in lexicons.
    lexicon_terms: Vec<String>,
}

impl Vocabulary {
    /// `lexicon_terms`: the entries of the linter's lexicons, so Notes hit
    /// the words whose segmentation decides a finding.
    pub fn new(lexicon_terms: Vec<String>) -> Vocabulary {
        const DICT: &str = include_str!("../dictionaries/jieba/dict.txt");
        let dict_words = DICT
            .lines()
            .filter_map(|line| {
                let mut fields = line.split(' ');
                let word = fields.next()?;
                let freq: u64 = fields.next()?.parse().ok()?;
                let han = word.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
                (freq >= 200 && han && word.chars().count() >= 2).then_some(word)
            })
            .collect();
        Vocabulary {
            dict_words,
            lexicon_terms,
        }
    }

    /// With the entries of xhslint's built-in lexicons.
    pub fn with_builtin_lexicons() -> Vocabulary {
        let terms = xhslint::rules::lexicons::builtin_words();
        Vocabulary::new(terms.into_iter().map(str::to_string).collect())
    }
}

struct Category {
    name: &'static str,
    products: &'static [&'static str],
    tags: &'static [&'static str],
    qualities: &'static [&'static str],
    gifts: &'static [&'static str],
}

const CATEGORIES: &[Category] = &[
    Category {
        name: "beauty",
        products: &[
            "玻尿酸精华",
            "烟酰胺身体乳",
            "氨基酸洁面",
            "素颜霜",
            "哑光口红",
            "气垫粉底",
            "防晒喷雾",
            "卸妆膏",
            "眼部精华",
            "补水面膜",
            "修护面霜",
            "控油散粉",
        ],
        tags: &[
            "护肤分享",
            "平价好物",
            "干皮救星",
            "油皮亲妈",
            "化妆品分享",
            "敏感肌护肤",
        ],
        qualities: &[
            "质地清爽不黏腻",
            "上脸很快就吸收了",
            "持妆一整天不斑驳",
            "香味淡淡的很高级",
            "敏感肌用着也没有泛红",
            "涂完皮肤软软的",
            "薄涂就很显白",
            "推开很好推",
        ],
        gifts: &["同款小样", "化妆棉", "旅行装", "定制化妆包"],
    },
    Category {
        name: "fashion",
        products: &[
            "法式碎花连衣裙",
            "高腰阔腿牛仔裤",
            "廓形风衣",
            "软糯针织开衫",
            "老爹鞋",
            "帆布托特包",
            "真丝衬衫",
            "羊毛大衣",
            "运动短袖",
        ],
        tags: &["穿搭分享", "每日穿搭", "小个子穿搭", "通勤穿搭", "ootd"],
        qualities: &[
            "面料垂感很好",
            "上身显瘦又显高",
            "版型挺括不挑身材",
            "洗了几次也不起球",
            "颜色很衬肤色",
            "走路一整天脚也不累",
            "容量大到能装下电脑",
        ],
        gifts: &["同色系发圈", "防尘袋", "鞋油护理套装"],
    },
    Category {
        name: "food",
        products: &[
            "每日坚果",
            "手撕牛肉干",
            "冻干咖啡",
            "螺蛳粉",
            "低糖燕麦片",
            "芝士蛋糕",
            "鲜炖燕窝",
            "挂耳咖啡",
            "黑巧克力",
            "自热火锅",
        ],
        tags: &["美食分享", "零食推荐", "办公室零食", "减脂餐", "咖啡日常"],
        qualities: &[
            "口感酥脆不油腻",
            "甜度刚刚好",
            "独立小包装很方便",
            "配料表很干净",
            "五分钟就能吃上",
            "香味一打开就飘出来了",
            "冲一杯整个下午都有精神",
        ],
        gifts: &["试吃装", "保温杯", "定制餐具"],
    },
    Category {
        name: "mother-baby",
        products: &[
            "纸尿裤",
            "宽口径奶瓶",
            "婴儿湿巾",
            "儿童餐椅",
            "恒温水壶",
            "安抚巾",
            "儿童牙刷",
        ],
        tags: &["母婴好物", "宝宝用品", "新手妈妈", "育儿经验"],
        qualities: &[
            "一整晚都不漏",
            "宝宝用着不红屁屁",
            "单手就能操作",
            "材质很安心",
            "清洗起来特别方便",
            "出门带着也不占地方",
        ],
        gifts: &["体验装", "奶瓶刷", "口水巾"],
    },
    Category {
        name: "home",
        products: &[
            "全棉四件套",
            "桌面收纳盒",
            "香薰蜡烛",
            "电热水壶",
            "空气炸锅",
            "懒人沙发",
            "记忆棉枕头",
            "扫地机器人",
        ],
        tags: &["家居好物", "租房改造", "收纳整理", "居家生活"],
        qualities: &[
            "睡起来软软的很亲肤",
            "放在桌上一下子整齐了",
            "点上以后整个房间都香香的",
            "烧水很快还没有异味",
            "少油也能做出酥脆的口感",
            "噪音很小晚上也能用",
        ],
        gifts: &["替换滤网", "香薰石", "收纳袋"],
    },
    Category {
        name: "digital",
        products: &[
            "降噪蓝牙耳机",
            "磁吸充电宝",
            "机械键盘",
            "平板支架",
            "智能手表",
            "便携投影仪",
        ],
        tags: &["数码好物", "桌面改造", "学生党必备", "效率工具"],
        qualities: &[
            "续航能撑一整周",
            "连接很稳不断连",
            "手感清脆打字很舒服",
            "重量轻放包里没感觉",
            "屏幕在太阳下也看得清",
            "降噪开了以后世界都安静了",
        ],
        gifts: &["收纳包", "数据线", "贴膜"],
    },
];

const OPENINGS: &[&str] = &[
    "换季的时候真的很容易踩雷，这次终于找到靠谱的{product}了",
    "最近挖到一个宝藏{product}，忍不住来分享",
    "姐妹们，今天聊聊我回购了三次的{product}",
    "说实话一开始我对{product}是不抱希望的",
    "被问了无数次的{product}链接来啦",
    "打工人的续命好物又多了一个：{product}",
    "本来只是抱着试试看的心态买的{product}",
    "用了{days}天{product}，来交一份真实的作业",
    "闺蜜安利给我的{product}，用完我也成了自来水",
    "之前一直在纠结要不要入{product}，现在终于可以给结论了",
    "周末整理了一下，最常用的还是这款{product}",
    "不知道大家有没有同样的烦恼，我找到的解决办法是{product}",
];

const EXPERIENCES: &[&str] = &[
    "最大的感受就是{quality}",
    "第一次用的时候就发现{quality}",
    "连续用了{days}天，{quality}",
    "和之前用过的几款比，{quality}",
    "我家里人试了以后也说{quality}",
    "早上出门前用一下，{quality}",
    "出差的时候也一直带着，{quality}",
    "细节做得很用心，{quality}",
    "如果只能说一个优点，那就是{quality}",
    "价格不算最便宜，但是{quality}",
];

const SALES: &[&str] = &[
    "这次活动到手价{price}元，原价¥{orig}",
    "原价{orig}，现在券后只要{price}",
    "两件{tenth}折，算下来一件才{half}块",
    "满{full}减{cut}，和朋友一起拼单更划算",
    "前{n}名下单送{gift}",
    "限时{hours}小时，限量{n}份，送完即止",
    "活动从今晚8点开始，持续{days}天",
    "今天下单立减{cut}元，比平时便宜不少",
    "秒杀价¥{price}，库存只有{n}件",
    "官方活动价{price}元，还送{gift}",
    "第二件半价，囤货的姐妹可以冲一波",
];

const CALLS: &[&str] = &[
    "点击下方商品卡就能直接下单",
    "评论区告诉我你最想看哪一款的测评",
    "喜欢的话记得先收藏，用的时候不迷路",
    "有问题可以在评论区留言，我看到都会回",
    "觉得有用的话点个赞吧",
    "关注我，下期分享更多平价好物",
    "链接在商品卡里，按需购买不要冲动消费",
    "大家还有什么想了解的，评论区见",
];

const RISKY: &[&str] = &[
    "错过今天再等一年",
    "全网最低价，闭眼入",
    "手慢无，赶紧下单",
    "加vx领取专属优惠券",
    "私信我免费领小样",
    "销量第一的爆款",
    "再不买就没了",
    "姐妹们冲鸭",
    "100%纯天然无添加",
    "去淘宝搜同款更便宜",
    "评论区扣1我发链接",
    "史上最好用的一款",
];

const EMOJI: &[&str] = &[
    "✨", "💗", "🔥", "👀", "💧", "🎁", "🌸", "☀️", "🍑", "💄", "👗", "🍜", "🧸", "🏠", "🎧", "⭐",
    "✅", "❗", "👍", "😭", "🥹", "💰", "⏰", "📦",
];

const STICKERS: &[&str] = &["[笑哭R]", "[赞R]", "[哇R]", "[害羞R]", "[偷笑R]", "[买爆R]"];

const GENERIC_TAGS: &[&str] = &[
    "好物推荐",
    "618必买清单",
    "双十一攻略",
    "平价好物",
    "宝藏好物",
];

const QUALIFIERS: &[&str] = &[
    "",
    "",
    "国货",
    "小众",
    "新款",
    "经典款",
    "大容量",
    "便携",
    "限定",
];

const TITLES: &[&str] = &[
    "{hook}｜{product}{gain}",
    "{product}真实测评，{gain}",
    "{hook}！{product}{gain}",
    "回购{n}次的{product}，{gain}",
    "{product}｜{hook}",
];

const HOOKS: &[&str] = &[
    "限时48小时",
    "今晚8点开抢",
    "限量200份",
    "新品首发",
    "周末特惠",
    "618提前购",
    "会员专享",
    "宝藏发现",
    "平价替代",
];

const GAINS: &[&str] = &[
    "用完不想换",
    "真的惊喜",
    "省心又好用",
    "一整天都舒服",
    "通勤党必备",
    "学生党也能冲",
    "细节满分",
    "性价比很高",
];

/// Generates `count` Notes from `seed`.
pub fn generate(vocabulary: &Vocabulary, seed: u64, count: usize) -> Vec<GenNote> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|i| {
            let chars = rng.range(120, 900) as usize;
            note(vocabulary, &mut rng, i, chars)
        })
        .collect()
}

/// The length of a Note (title and body, in characters) at each quantile
/// of a real export: many short Notes, a few long ones. Measured once on a
/// real Xiaohongshu export; only these figures are kept.
const REAL_LENGTHS: [(f64, f64); 9] = [
    (0.0, 12.0),
    (0.10, 68.0),
    (0.25, 146.0),
    (0.50, 265.0),
    (0.75, 471.0),
    (0.90, 747.0),
    (0.95, 940.0),
    (0.99, 1021.0),
    (1.0, 1083.0),
];

/// A length drawn from [`REAL_LENGTHS`] (linear between its quantiles).
fn real_length(rng: &mut Rng) -> usize {
    let q = rng.below(1_000_000) as f64 / 1_000_000.0;
    let upper = REAL_LENGTHS
        .iter()
        .position(|&(at, _)| at > q)
        .unwrap_or(REAL_LENGTHS.len() - 1);
    let (q0, l0) = REAL_LENGTHS[upper - 1];
    let (q1, l1) = REAL_LENGTHS[upper];
    (l0 + (l1 - l0) * (q - q0) / (q1 - q0)) as usize
}

/// How many Notes in a thousand make an offer in a real export: 14 (28 of
/// 2,000, by xhslint's own reading of a Note's kind). Measured once on a
/// real Xiaohongshu export; only the figure is kept. The rest are everyday
/// posts: a meal, a trip, a question, a day's record.
const REAL_SALE_PER_MILLE: usize = 14;

/// How many hashtags an everyday post carries, as shares in a thousand of
/// a real export: none 217, one to four 267, five to eight 295, nine or
/// more 221. Only these figures are kept.
const REAL_TAG_COUNTS: [(usize, usize, usize); 4] =
    [(217, 0, 0), (267, 1, 4), (295, 5, 8), (221, 9, 12)];

/// Generates `count` Notes from `seed` shaped like a real export: their
/// lengths are a real export's ([`REAL_LENGTHS`]), and so is their mix, a
/// sale Note now and then ([`REAL_SALE_PER_MILLE`]) among everyday posts
/// ([`everyday_note`]). A long sale Note has the opening, sale line, call
/// to action and hashtags of [`generate`]'s; a short one is a title and a
/// sentence or two, with a hashtag or none.
pub fn generate_real_sized(vocabulary: &Vocabulary, seed: u64, count: usize) -> Vec<GenNote> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|i| {
            let length = real_length(&mut rng);
            if rng.below(1000) >= REAL_SALE_PER_MILLE {
                everyday_note(vocabulary, &mut rng, i, length)
            } else if length >= 300 {
                // The framing lines and hashtags add about 120 characters.
                note(vocabulary, &mut rng, i, length - 120)
            } else {
                short_note(vocabulary, &mut rng, i, length)
            }
        })
        .collect()
}

/// Generates `count` sale Notes from `seed` at a real export's lengths:
/// the real-sized shape with every Note selling, the heaviest mix a
/// brand's own folder of Notes can hold.
pub fn generate_real_sized_sales(vocabulary: &Vocabulary, seed: u64, count: usize) -> Vec<GenNote> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|i| {
            let length = real_length(&mut rng);
            if length >= 300 {
                note(vocabulary, &mut rng, i, length - 120)
            } else {
                short_note(vocabulary, &mut rng, i, length)
            }
        })
        .collect()
}

/// What an everyday post is about: its titles, its sentences and its tags.
struct Scene {
    titles: &'static [&'static str],
    lines: &'static [&'static str],
    tags: &'static [&'static str],
}

/// Everyday posts, written for the bench. Prices, firsts and "lately" come
/// up as they do in everyday life (a meal's cost, a first visit), not as
/// offers: the traps a sale judgement must not fall into.
const SCENES: &[Scene] = &[
    Scene {
        titles: &[
            "周末探店｜{place}的{dish}也太好吃了",
            "{city}这家{place}我愿称为宝藏",
            "人均{price}吃到撑，{place}二刷",
        ],
        lines: &[
            "周末和朋友去了{place}，{dish}是招牌",
            "人均{price}左右，分量很足",
            "排队排了{minutes}分钟，还好翻台很快",
            "环境挺安静的，适合坐下来慢慢聊天",
            "{dish}外皮脆脆的，里面还是软的",
            "服务员小姐姐很热情，还送了一份小菜",
            "离地铁站走路{minutes}分钟，停车不太方便",
            "下次还想来试试他们家的{dish}",
            "这家的{en}也不错，就是甜了一点",
            "最近新开的店，周末人有点多",
        ],
        tags: &[
            "探店",
            "美食日记",
            "周末去哪儿",
            "吃货日常",
            "{city}美食",
            "本地生活",
        ],
    },
    Scene {
        titles: &[
            "第一次来{city}，这几个地方一定要去",
            "{city}{days}天旅行记录",
            "{city}{en}路线分享",
        ],
        lines: &[
            "第一次来{city}，天气比想象中好",
            "住的民宿一晚{price}块，老板人很好",
            "建议早上{hour}点前到，人少好拍照",
            "从酒店打车过去大概{minutes}分钟",
            "傍晚的时候海边的颜色特别温柔",
            "走了一整天，手机显示{steps}步",
            "路边小摊的{dish}一定要尝尝",
            "门票{price}元，学生证可以打折",
            "回程的高铁上整理了一下照片",
            "最近天气转凉，记得带件外套",
        ],
        tags: &[
            "旅行日记",
            "旅行攻略",
            "citywalk",
            "{city}旅行",
            "周末游",
            "拍照打卡",
        ],
    },
    Scene {
        titles: &[
            "记录一下最近的生活",
            "普通打工人的一天",
            "{days}天的变化，慢慢来",
        ],
        lines: &[
            "最近工作有点忙，下班只想躺着",
            "今天终于把房间收拾好了",
            "早上{hour}点起床，给自己做了一份早餐",
            "坚持跑步的第{days}天，配速慢慢上来了",
            "晚上和家里人视频聊了很久",
            "下雨天就适合在家看电影",
            "周末去花市买了一束花，{price}块钱开心一整周",
            "给自己定了个小目标，每天读{n}页书",
            "今天的{en}是自己做的，卖相一般但是好吃",
            "有时候慢一点也没关系",
        ],
        tags: &[
            "生活记录",
            "日常碎片",
            "我的日常",
            "独居生活",
            "自律打卡",
            "vlog日常",
        ],
    },
    Scene {
        titles: &[
            "求助｜有没有人知道这个怎么办",
            "想问问大家{thing}怎么选",
            "新手求问，{thing}有什么推荐吗",
        ],
        lines: &[
            "有没有姐妹知道{thing}要怎么处理",
            "刚搬到{city}，人生地不熟的",
            "之前问了好几个人，说法都不一样",
            "预算大概{price}左右，不知道够不够",
            "在线等，挺急的，谢谢大家",
            "第一次遇到这种情况，有点慌",
            "评论区有经验的朋友可以说说吗",
            "我自己查了一下，好像是{en}的问题",
            "先谢谢大家了，有结果我再来更新",
        ],
        tags: &["求助", "新手提问", "求推荐", "{city}生活", "经验分享"],
    },
    Scene {
        titles: &[
            "我家{pet}今天又拆家了",
            "{pet}的日常，可爱到犯规",
            "养{pet}第{days}天",
        ],
        lines: &[
            "我家{pet}今天又把纸巾拆了一地",
            "带{pet}去打疫苗，花了{price}块",
            "每天下班回家，{pet}都在门口等我",
            "它最喜欢趴在窗台上晒太阳",
            "第一次给{pet}洗澡，弄得满身都是水",
            "最近换了猫粮，它好像挺爱吃",
            "睡觉的样子太可爱了，拍了{n}张照片",
            "有同样养{pet}的朋友吗，交流一下",
        ],
        tags: &["萌宠日常", "铲屎官", "养猫日记", "狗狗日常", "宠物生活"],
    },
    Scene {
        titles: &[
            "今日穿搭｜{en}也可以很温柔",
            "小个子秋冬穿搭记录",
            "这件衣服我穿了{n}年",
        ],
        lines: &[
            "今天的穿搭是针织开衫配半身裙",
            "这件外套是去年买的，今年还在穿",
            "身高{height}，平时穿S码",
            "鞋子穿了一天也不累脚",
            "颜色是很温柔的奶咖色，很显白",
            "搭配一个小包，出门逛街刚刚好",
            "最近在尝试不同的风格，大家觉得怎么样",
            "配饰是在{city}旅行时买的",
        ],
        tags: &["每日穿搭", "穿搭分享", "ootd", "小个子穿搭", "秋冬穿搭"],
    },
];

const PLACES: &[&str] = &[
    "小馆子",
    "面包店",
    "咖啡馆",
    "火锅店",
    "早茶店",
    "烤肉店",
    "小酒馆",
];
const DISHES: &[&str] = &[
    "牛肉面",
    "可颂",
    "烧鹅",
    "虾饺",
    "芝士蛋糕",
    "毛肚",
    "冰粉",
    "拿铁",
];
const CITIES: &[&str] = &[
    "成都", "厦门", "大理", "青岛", "上海", "西安", "长沙", "杭州",
];
const THINGS: &[&str] = &[
    "租房合同",
    "驾照换证",
    "猫砂",
    "冰箱",
    "搬家公司",
    "签证材料",
];
const PETS: &[&str] = &["猫", "小狗", "布偶猫", "柯基", "仓鼠"];
const EVERYDAY_TAGS: &[&str] = &[
    "日常",
    "记录生活",
    "生活碎片",
    "分享",
    "今日份快乐",
    "碎碎念",
];
const ENGLISH: &[&str] = &[
    "brunch", "citywalk", "ootd", "latte", "vlog", "plog", "picnic",
];

/// An everyday post about `chars` characters long, title included: a
/// scene's sentences, filler words, emoji and stickers, and a real
/// export's count of hashtags; front matter on half of them.
fn everyday_note(vocabulary: &Vocabulary, rng: &mut Rng, index: usize, chars: usize) -> GenNote {
    let scene = &SCENES[rng.below(SCENES.len())];
    let city = rng.pick(CITIES);
    let fill = |template: &str, rng: &mut Rng| -> String {
        template
            .replace("{place}", rng.pick(PLACES))
            .replace("{dish}", rng.pick(DISHES))
            .replace("{city}", city)
            .replace("{thing}", rng.pick(THINGS))
            .replace("{pet}", rng.pick(PETS))
            .replace("{en}", rng.pick(ENGLISH))
            .replace("{price}", &rng.range(15, 400).to_string())
            .replace("{minutes}", &rng.range(5, 60).to_string())
            .replace("{hour}", &rng.range(6, 10).to_string())
            .replace("{days}", &rng.range(2, 100).to_string())
            .replace("{height}", &rng.range(150, 175).to_string())
            .replace("{steps}", &rng.range(3_000, 30_000).to_string())
            .replace("{n}", &rng.range(2, 30).to_string())
    };

    let title = fill(rng.pick(scene.titles), rng);
    let tag_count = {
        let mut at = rng.below(1000);
        let mut counts = (0, 0);
        for &(share, low, high) in &REAL_TAG_COUNTS {
            if at < share {
                counts = (low, high);
                break;
            }
            at -= share;
        }
        rng.range(counts.0 as u64, counts.1 as u64) as usize
    };
    // Distinct, as most posters write them; one in twenty repeats one.
    let mut pool: Vec<String> = scene
        .tags
        .iter()
        .chain(EVERYDAY_TAGS)
        .map(|tag| tag.replace("{city}", city))
        .collect();
    let mut tags: Vec<String> = Vec::new();
    while tags.len() < tag_count && !pool.is_empty() {
        // Mostly from the front of the pool, where the scene's own tags
        // start out.
        let from = if rng.chance(75) {
            pool.len().min(scene.tags.len())
        } else {
            pool.len()
        };
        tags.push(pool.swap_remove(rng.below(from)));
    }
    if !tags.is_empty() && rng.chance(5) {
        let again = tags[rng.below(tags.len())].clone();
        tags.push(again);
    }
    let mut hashtags = String::new();
    for tag in &tags {
        let _ = write!(hashtags, " #{tag}[话题]#");
    }
    // A real export's lengths count the hashtags in.
    let budget = chars.saturating_sub(title.chars().count() + hashtags.chars().count());
    let mut body = String::new();
    while body.chars().count() < budget {
        let text = match rng.below(10) {
            0 => filler(vocabulary, rng),
            _ => fill(rng.pick(scene.lines), rng),
        };
        body.push_str(&text);
        if rng.chance(30) {
            body.push_str(rng.pick(EMOJI));
        }
        if rng.chance(12) {
            body.push_str(rng.pick(STICKERS));
        }
        body.push_str(match rng.below(6) {
            0 => "！\n",
            1 => "。\n",
            2 => "\n",
            3 => "～\n",
            _ => "，",
        });
    }
    if !hashtags.is_empty() {
        body.push('\n');
        body.push_str(hashtags.trim_start());
    }
    let front_matter = rng.chance(50).then(|| {
        let mut yaml = String::new();
        let _ = writeln!(yaml, "title: \"{title}\"");
        if rng.chance(50) && !tags.is_empty() {
            let _ = writeln!(yaml, "tags: [{}]", tags.join(", "));
        }
        yaml
    });
    GenNote::numbered(index, title, body, tags, front_matter)
}

/// A short Note about `chars` characters long, title included.
fn short_note(vocabulary: &Vocabulary, rng: &mut Rng, index: usize, chars: usize) -> GenNote {
    // The long form cut short: its title, tags and front matter, and as
    // many of its first lines as fit.
    let budget = chars.saturating_sub(12);
    let mut shaped = note(vocabulary, rng, index, budget);
    let mut body = String::new();
    for line in shaped.body.lines() {
        if line.is_empty() || line.starts_with('#') || body.chars().count() >= budget {
            break;
        }
        body.push_str(line);
        body.push('\n');
    }
    while body.chars().count() < budget {
        body.push_str(&filler(vocabulary, rng));
        body.push_str(rng.pick(&["！", "～", "。\n", "，"]));
    }
    shaped.tags.truncate(rng.below(3));
    for tag in &shaped.tags {
        let _ = write!(body, " #{tag}");
    }
    shaped.body = body;
    shaped
}

/// A one-line Note: the smallest Note a copywriter lints.
pub fn one_line(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    format!("{}{}\n", rng.pick(HOOKS), rng.pick(GAINS))
}

/// One Note about `chars` characters long as a Markdown file.
pub fn note_of_size(vocabulary: &Vocabulary, seed: u64, chars: usize) -> GenNote {
    // Front matter, the closing sale line and the hashtags come on top of
    // the body's sentences.
    note(
        vocabulary,
        &mut Rng::new(seed),
        0,
        chars.saturating_sub(200),
    )
}

fn note(vocabulary: &Vocabulary, rng: &mut Rng, index: usize, chars: usize) -> GenNote {
    let category = &CATEGORIES[rng.below(CATEGORIES.len())];
    let product = format!("{}{}", rng.pick(QUALIFIERS), rng.pick(category.products));
    let fill = |template: &str, rng: &mut Rng| -> String {
        let price = rng.range(9, 899);
        let orig = price + rng.range(10, 400);
        template
            .replace("{product}", &product)
            .replace("{quality}", rng.pick(category.qualities))
            .replace("{gift}", rng.pick(category.gifts))
            .replace("{hook}", rng.pick(HOOKS))
            .replace("{gain}", rng.pick(GAINS))
            .replace("{price}", &price.to_string())
            .replace("{orig}", &orig.to_string())
            .replace("{half}", &(price / 2).to_string())
            .replace("{tenth}", &rng.range(5, 9).to_string())
            .replace("{full}", &(rng.range(2, 30) * 10).to_string())
            .replace("{cut}", &rng.range(5, 80).to_string())
            .replace("{hours}", &rng.range(2, 72).to_string())
            .replace("{days}", &rng.range(2, 30).to_string())
            .replace("{n}", &rng.range(2, 500).to_string())
    };

    let title = fill(rng.pick(TITLES), rng);
    let mut body = String::new();
    let sentence = |rng: &mut Rng, body: &mut String| {
        let text = match rng.below(10) {
            0 => fill(rng.pick(OPENINGS), rng),
            1..=3 => fill(rng.pick(EXPERIENCES), rng),
            4 => fill(rng.pick(SALES), rng),
            5 => fill(rng.pick(CALLS), rng),
            6 => filler(vocabulary, rng),
            7 if !vocabulary.lexicon_terms.is_empty() => {
                let terms = &vocabulary.lexicon_terms;
                format!(
                    "{}{}",
                    filler(vocabulary, rng),
                    terms[rng.below(terms.len())]
                )
            }
            8 if rng.chance(40) => rng.pick(RISKY).to_string(),
            _ => fill(rng.pick(EXPERIENCES), rng),
        };
        body.push_str(&text);
        body.push_str(match rng.below(8) {
            0 => "！",
            1 => "～",
            2 => "。\n",
            3 => "\n",
            4 => "…",
            _ => "，",
        });
        if rng.chance(25) {
            body.push_str(rng.pick(EMOJI));
        }
        if rng.chance(6) {
            body.push_str(rng.pick(STICKERS));
        }
    };
    body.push_str(&fill(rng.pick(OPENINGS), rng));
    body.push_str(rng.pick(EMOJI));
    body.push('\n');
    while body.chars().count() < chars {
        sentence(rng, &mut body);
        if rng.chance(12) {
            body.push('\n');
        }
    }
    body.push_str(&fill(rng.pick(SALES), rng));
    body.push('\n');
    body.push_str(rng.pick(CALLS));
    body.push_str("\n\n");

    let mut tags: Vec<String> = Vec::new();
    for _ in 0..rng.range(2, 9) {
        let tag = if rng.chance(70) {
            rng.pick(category.tags)
        } else {
            rng.pick(GENERIC_TAGS)
        };
        tags.push(tag.to_string());
    }
    let run_together = rng.chance(30);
    for (i, tag) in tags.iter().enumerate() {
        if i > 0 && !run_together {
            body.push(' ');
        }
        match rng.below(3) {
            0 => write!(body, "#{tag}"),
            1 => write!(body, "#{tag}#"),
            _ => write!(body, "#{tag}[话题]#"),
        }
        .unwrap_or_default();
    }
    tags.sort();
    tags.dedup();
    tags.truncate(4);

    let front_matter = rng.chance(70).then(|| {
        let mut yaml = String::new();
        let price = rng.range(9, 899);
        let _ = writeln!(yaml, "title: \"{title}\"");
        let _ = writeln!(yaml, "tags: [{}]", tags.join(", "));
        let _ = writeln!(yaml, "category: {}", category.name);
        if rng.chance(60) {
            let _ = writeln!(yaml, "product: {product}");
        }
        if rng.chance(70) {
            let _ = writeln!(
                yaml,
                "sale:\n  stock: {}\n  price: {price}\n  original_price: {}",
                rng.range(20, 2000),
                price + rng.range(10, 300)
            );
        }
        yaml
    });

    GenNote::numbered(index, title, body, tags, front_matter)
}

/// A run of dictionary words: the long tail of vocabulary that phrase pools
/// alone would not reach.
fn filler(vocabulary: &Vocabulary, rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.range(2, 6) {
        text.push_str(rng.pick(&vocabulary.dict_words));
    }
    text
}
