"""Generated Notes for the tests and the benchmark: flash-sale copy of the
kinds xhslint judges (pressure, absolute claims, off-platform contact,
scarcity with and without facts, prices, hashtags), assembled at random
from written phrases, the same for the same seed."""

import json
import random

PRODUCTS = [
    ("玻尿酸精华", "beauty"),
    ("积雪草爽肤水", "beauty"),
    ("氨基酸洗面奶", "beauty"),
    ("燕麦酸奶", "food"),
    ("冻干咖啡", "food"),
    ("婴儿推车", "baby"),
    ("儿童保温杯", "baby"),
    ("真丝睡衣", "fashion"),
    ("羊毛围巾", "fashion"),
    ("空气炸锅", "home"),
]
OPENERS = [
    "秋冬一吹风脸就紧绷的姐妹，可以看看这个",
    "用了快一个月，来交作业啦",
    "宿舍党真的会爱上这个",
    "被问了八百遍的链接来了",
    "说实话一开始没抱什么期待",
    "给家里老人也囤了一份",
]
DETAILS = [
    "质地是清透的啫喱，上脸几秒就吸收，不黏也不搓泥。",
    "早上用完直接上底妆，服帖度明显好了很多。",
    "口感很顺滑，冲泡三秒就化开，办公室喝很方便。",
    "一只手就能收车，收起来能直接放进后备箱。",
    "面料摸起来凉凉的，洗了几次也没有起球。",
    "容量刚好一家三口用，清洗也不麻烦。",
    "味道不甜腻，配燕麦当早餐很顶饱。",
    "保温效果实测六个小时还是温的。",
]
PRESSURE = ["手慢无！！！", "错过再等一年", "最后一天，不买后悔", "赶紧冲！", "所有女生闭眼入"]
ABSOLUTE = ["全网最低价", "效果第一", "100%有效", "史上最好用", "国家级品质"]
OFF_PLATFORM = ["想要的加微信详聊", "vx私我拿链接", "去某宝搜同款"]
SCARCITY = ["限量{stock}份", "仅剩{stock}件", "限时{hours}小时"]
PRICES = ["到手¥{price}（原价¥{original}）", "券后{price}元", "{price}元到手，原价{original}"]
CALLS = [
    "点下方商品卡就能下单，有问题可以私信我们～",
    "评论区聊聊你的使用感受，抽3位送同款小样🎁",
    "本周关注我们的宝子，留言说说你的烦恼",
]
HASHTAGS = ["好物分享", "护肤分享", "换季护肤", "干皮救星", "好物推荐", "早餐吃什么", "育儿好物", "居家好物", "穿搭分享"]


def _body(rng, facts, paragraphs):
    lines = [rng.choice(OPENERS) + rng.choice(["✨", "💧", "", "～"])]
    for _ in range(paragraphs):
        lines.append("".join(rng.sample(DETAILS, 2)))
    sale = []
    if rng.random() < 0.7:
        sale.append(rng.choice(PRICES).format(**facts))
    if rng.random() < 0.6:
        sale.append(rng.choice(SCARCITY).format(**facts))
    if rng.random() < 0.4:
        sale.append(rng.choice(PRESSURE))
    if rng.random() < 0.25:
        sale.append(rng.choice(ABSOLUTE))
    if sale:
        lines.append("，".join(sale))
    if rng.random() < 0.15:
        lines.append(rng.choice(OFF_PLATFORM))
    lines.append(rng.choice(CALLS))
    return "\n\n".join(lines)


def _title(rng, facts):
    forms = [
        "{product}真实测评",
        "限时{hours}小时｜{product} 限量优惠",
        "{product}｜{price}元到手",
        "手慢无！{product}最后一天",
        "限量{stock}份｜{product}",
        "被问爆的{product}，终于等到活动了姐妹们冲冲冲",
    ]
    return rng.choice(forms).format(**facts)


def _facts(rng):
    product, category = rng.choice(PRODUCTS)
    original = rng.choice([99, 129, 199, 299, 399])
    return {
        "product": product,
        "category": category,
        "hours": rng.choice([12, 24, 48, 72]),
        "stock": rng.choice([50, 100, 200, 500]),
        "price": original - rng.choice([20, 30, 50, 100]) % original,
        "original": original,
    }


def records(count, seed=23, paragraphs=(1, 4)):
    """``count`` JSON Lines records, ``{"id", "title", "body", "tags"?}``."""
    rng = random.Random(seed)
    out = []
    for index in range(count):
        facts = _facts(rng)
        record = {
            "id": f"n{index:05d}" if index % 3 else index,
            "title": _title(rng, facts),
            "body": _body(rng, facts, rng.randint(*paragraphs)),
        }
        if rng.random() < 0.6:
            record["tags"] = rng.sample(HASHTAGS, rng.randint(0, 9))
        elif rng.random() < 0.5:
            record["body"] += "\n\n" + " ".join("#" + t for t in rng.sample(HASHTAGS, rng.randint(1, 6)))
        out.append(record)
    return out


def markdown(count, seed=32):
    """``count`` Markdown Notes with front matter, some with a sale block."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        facts = _facts(rng)
        front = [f"title: {_title(rng, facts)}", f"category: {facts['category']}"]
        if rng.random() < 0.5:
            front += [
                "sale:",
                f"  stock: {facts['stock']}",
                f"  price: {facts['price']}",
                f"  original_price: {facts['original']}",
                "  start: 2026-06-16T20:00:00+08:00",
                f"  end: 2026-06-{16 + facts['hours'] // 24}T20:00:00+08:00",
                f"product: {facts['product']}",
            ]
        tags = " ".join("#" + t for t in rng.sample(HASHTAGS, rng.randint(0, 8)))
        out.append("---\n" + "\n".join(front) + "\n---\n" + _body(rng, facts, rng.randint(1, 3)) + "\n\n" + tags + "\n")
    return out


def write_jsonl(path, notes):
    with open(path, "w", encoding="utf-8") as out:
        for record in notes:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
