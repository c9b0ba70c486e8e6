# 笔记规则的提示、建议和说明（src/rules/）。
# 每条都要和 locales/en/rules.ftl 同名、占位符相同。

absolute-claim = “{ $text }”是广告法第九条禁止的绝对化用语；换成具体、能验证的好处
absolute-claim-rewrite = 换成不绝对、能验证的说法
absolute-claim-remove = 删掉这句，或换成读者能核实的事实

benefit-before-price-first = 正文先报了价格（“{ $price }”），还没说产品好在哪；先写它能带来什么
benefit-before-price-none = 正文报了价格（“{ $price }”），却没写具体好处；先说产品好在哪，再说多少钱
benefit-before-price-help = 开头先写效果、质地或上手感受，再给价格

body-length = 正文{ $length }字，平台最多{ $limit }字（中文算1字，英文和数字算半字）
body-length-help = 删到只剩好处、使用感受和优惠

claim-mismatch = “{ $text }”{ $reason }
claim-mismatch-window = 改成实际的活动时长
claim-mismatch-deadline = 改成实际的截止时间
claim-mismatch-stock = 改成实际的库存
claim-mismatch-discount = 改成实际的折扣
claim-mismatch-price = 改成填写的价格
claim-mismatch-facts = 照实写

claim-window = 说活动持续{ $claimed }小时，但 sale.start 到 sale.end 是{ $actual }小时
claim-countdown = 说还剩{ $claimed }小时，但活动在 publish_at 之后{ $actual }小时就结束
claim-deadline-day = 说{ $which ->
        [same] 当天
       *[next] 第二天
    }截止，但 sale.end 是北京时间{ $end }，不是{ $expected }（{ $reference }的{ $which ->
        [same] 当天
       *[next] 第二天
    }）
claim-deadline-clock = 说{ $claimed }截止，但 sale.end 是北京时间{ $end }
claim-stock = 说有{ $claimed }件，但 sale.stock 是{ $stock }
claim-discount = { $direction ->
        [over] 把折扣说大了
       *[under] 把折扣说小了一折以上
    }：sale.price / sale.original_price 是 { $price } / { $original } = { $actual }折，只有比值大于{ $low }、不超过{ $claimed }时才能写{ $claimed }折
claim-reduction = 把省下的钱说多了：sale.original_price − sale.price 是 { $original } − { $price } = { $saving }
claim-price-neither = 既不是 sale.price { $price }，也不是 sale.original_price { $original }
claim-price = 和填写的 { $fact } { $value } 对不上
fact-stock = sale.stock 是 { $stock }
fact-time = { $name } 是北京时间{ $time }
fact-amount = { $name } 是 { $value }

community-framing = 整篇只有催促，没有给粉丝的理由：把限时限量说成粉丝或店铺专享（本周粉丝专享价、小红书店铺本周末专享），再请大家来评论区聊，但不拿奖励换评论
community-framing-help = 加一句把限时说成粉丝专享

engagement-bait = “{ $text }”拿奖励换互动，平台会限流这类诱导互动的笔记
engagement-bait-asked = “{ $text }”拿奖励换{ $conditions }，平台会限流这类诱导互动的笔记
engagement-bait-help = 别拿奖励换互动，改成粉丝专享价，或用小红书官方抽奖工具

false-authority = “{ $text }”借用了广告法禁止的权威背书（广告法第九、十六、十八条；商标法第十四条）；改说产品本身能做什么
false-authority-help = 说产品本身能做什么

flash-fatigue = { $days }天内再次做限时抢购（{ $reasons }），上一次是 { $path }（{ $date }发布）；隔几周就秒杀一次，读者会学着等下一次
flash-fatigue-earlier = { $date }发布过：{ $reasons }
flash-fatigue-product = 同一款“{ $name }”
flash-fatigue-discount = 同样的{ $discount }折

front-matter-help = 改正这个值；写法见 README 里的头部信息说明

hashtag-count-none = 没有话题标签；加{ $min }–{ $max }个，笔记才容易被搜到
hashtag-count-few = 只有{ $count }个不同的话题标签；再加{ $more }个，笔记才容易被搜到（{ $min }–{ $max }个）
hashtag-count-few-help = 大流量话题和细分品类话题搭配着用
hashtag-count-many = 有{ $count }个不同的话题标签；留{ $min }–{ $max }个就够，太多会被当成堆标签
hashtag-count-many-help = 删掉最不相关的，比如 { $tags }

hashtag-duplicate = 正文里已经有 #{ $tag }，重复的标签不会多带来流量
hashtag-duplicate-help = 删掉重复的 { $tag }

hashtag-format-empty = 空话题：`#` 后面没有内容
hashtag-format-empty-help = 删掉多余的 `#`，或在后面写上话题
hashtag-format-space = 话题 { $tag } 中间有空格；平台会在空格处截断话题
hashtag-format-space-help = 去掉空格
hashtag-format-unclosed = { $tag } 少了结尾的 `#`
hashtag-format-unclosed-help = 补上结尾的 `#`
hashtag-format-long = 话题有{ $length }字；超过20字会被截断，也很少有人搜
hashtag-format-long-help = 换成大家会搜的短话题

hashtag-mix = 标签里缺{ $missing }：带货笔记靠大流量话题让路人刷到，靠细分话题让想买的人搜到
hashtag-mix-broad = 1个大流量话题
hashtag-mix-niche = { $count }个{ $category ->
        [beauty] 美妆
        [fashion] 穿搭
        [food] 美食
        [mother-baby] 母婴
        [home] 家居
        [digital] 数码
       *[other] 品类
    }细分话题
hashtag-mix-help = 比如用 { $examples } 引流，再加几个把{ $category ->
        [beauty] 美妆
        [fashion] 穿搭
        [food] 美食
        [mother-baby] 母婴
        [home] 家居
        [digital] 数码
       *[other] 品类
    }词和地点、类型或用途组合的细分话题，方便被搜到

medical-claim-efficacy = “{ $text }”是功效宣称，化妆品要有公开的功效评价才能这么写（化妆品功效宣称评价规范）；改写读者看得到的变化
medical-claim-special = “{ $text }”只有注册过的特殊化妆品才能宣称（化妆品监督管理条例）；在头部信息里填 `registration:`，或改写上脸的样子
medical-claim-medical = “{ $text }”是只有药品才能宣称的医疗效果（广告法第十七条）；改写读者能感受到的效果
medical-claim-look-help = 写读者看得到、摸得到的变化
medical-claim-medical-help = 写能感受到的效果，不写治疗效果

off-platform = “{ $text }”{ $label }，平台会处罚站外导流
off-platform-link = 链接指向 { $host }，会把读者带出小红书，平台会处罚站外导流
off-platform-help = 让读者在小红书里下单
off-platform-label-default = 把读者引出小红书
off-platform-label-asks-readers-to-add-a-private-contact = 让读者加私人联系方式
off-platform-label-gives-a-private-contact-handle = 留了私人联系账号
off-platform-label-trades-a-reward-for-a-DM = 拿福利换私信
off-platform-label-trades-a-reward-for-a-comment = 拿福利换评论
off-platform-label-moves-readers-into-a-group-chat = 把读者拉进群
off-platform-label-names-another-store-as-the-place-to-buy = 让读者去别的平台买
off-platform-label-names-another-store-as-a-place-to-buy = 提到可以去别的平台买
off-platform-label-gives-a-phone-number = 留了电话号码
off-platform-label-asks-for-a-DM-to-buy-or-book = 让读者私信下单或预约
off-platform-label-asks-readers-to-order-by-chat = 让读者去聊天软件下单或预订
off-platform-label-points-to-a-QR-code = 引导读者扫二维码
off-platform-label-sends-readers-to-another-app = 把读者引到别的应用

peak-window = 发布时间是北京时间{ $time }，不在流量高峰（{ $windows }）；活动开头几个小时没人看到

pressure-phrase = “{ $text }”是在逼读者下单，社区反感硬推销
pressure-phrase-help = 把紧迫感说成给粉丝的福利
pressure-phrase-shout = “{ $text }”像在冲读者喊，一个感叹号就够了
pressure-phrase-shout-help = 只留一个

purchase-path = 整篇没告诉读者去哪买：正文结尾写明在站内哪里买（商品卡、店铺），或挂上商品卡（`store_link: true`）
purchase-path-store-link = 这里写了 `store_link: false`
purchase-path-help = 加一句引导读者点商品卡

risky-promise = “{ $text }”许诺了广告法禁止的东西（收益回报第二十五条、考试结果第二十四条、迷信第九条），或读起来像骗局；照实写提供的是什么
risky-promise-help = 照实写提供的是什么

sale-window-backwards = 活动还没开始就结束了：sale.end 要晚于 sale.start
sale-window-long = 活动时长{ $hours }小时，超过了{ $max }小时；时间拉太长，限时抢购就不急了

title-length = 标题{ $length }字，超过{ $limit }字的部分会被截掉，“{ $cut }”没人看得到（中文算1字，英文和数字算半字）
title-length-help = 缩到{ $limit }字以内；放得下的是“{ $kept }”

title-scarcity-missing = 带货笔记的标题里没有限时或限量；大家只扫一眼标题，要放在开头
title-scarcity-generated = 按活动信息生成的标题，用真实的限时限量开头
title-scarcity-start = 标题开头写上真实的限时或限量（填好 `product` 和 `sale` 就能生成标题）
title-scarcity-late = “{ $signal }”前面已经有{ $at }字，限时限量要放进标题前{ $within }字（英文和数字算半字）
title-scarcity-move = 把限时限量挪到最前面
title-scarcity-or-generated = 或者用按活动信息生成的标题

unverified-scarcity = “{ $text }”没有依据：在头部信息里填上 { $missing }
unverified-scarcity-declared = 已填写的活动信息

sale-note-detected = 因为有“{ $evidence }”，按带货笔记检查；不是带货的话，请设 `kind: organic`
sale-note-config = 配置里设了 `kind: sale`，按带货笔记检查
sale-note-kind = 头部信息设了 `kind: sale`，是带货笔记
sale-note-facts = 头部信息填了 `sale`，是带货笔记
sale-note-bare = 按带货笔记检查

# 头部信息（front matter）的问题（src/input/front_matter.rs）。
fm-unclosed = 头部信息用 `---` 开了头却没有收尾；在后面加一行 `---`
fm-too-deep = 头部信息嵌套超过{ $depth }层；只写 `key: value` 这样的行和短列表
fm-not-yaml = 头部信息的格式有误：{ $error }
fm-not-mapping = 头部信息要写成一行一个 `key: value`
fm-must-be-text = `{ $key }` 要填文字
fm-campaign-id = `campaign` 要填活动编号，或同时写 `id` 和 `role`
fm-campaign-role = `campaign.role` 只能填其中之一：{ $roles }
fm-campaign-key = 不认识的键 `campaign.{ $key }`；这里只能写 `id` 和 `role`
fm-campaign-needs-id = `campaign` 要写 `id`，也就是活动方案里 `campaign:` 的编号
fm-store-link = `store_link` 只能填 `true` 或 `false`，现在是{ $value }
fm-typo = 不认识的键 `{ $key }`，是不是想写 `{ $known }`？拼错了，这一项写的内容都不会被核对
fm-tag-item = `tags` 里的每一项都要是文字，现在有{ $value }
fm-tags = `tags` 要填文字列表，现在是{ $value }
fm-choice = `{ $key }` 填的是{ $value }；只能填其中之一：{ $choices }
fm-time = `{ $key }` 填的是{ $value }；要填日期时间，比如 2026-06-16T20:00:00+08:00 或 2026-06-16 20:00（北京时间）
fm-sale = `sale` 要写成 { $keys } 这些键，现在是{ $value }
fm-stock = `{ $key }` 填的是{ $value }；要填整数件数，比如 200
fm-amount = `{ $key }` 填的是{ $value }；要填人民币金额，比如 199
fm-sale-key = 不认识的键 `{ $key }`；活动信息只有这些：{ $keys }
fm-xhslint = `xhslint` 要写成键值，比如 `disable: [peak-window]`
fm-xhslint-disable = `xhslint.disable` 要填规则编号列表
fm-xhslint-key = 不认识的键 `{ $key }`；这里只有 `disable`
fm-value-empty = 空的
fm-value-list = 一个列表
fm-value-mapping = 一组键值
fm-value-tagged = 带标签的值

## 活动笔记对照活动方案（plan/notes.rs）

plan-stream-start = 这里写{ $said }，但活动 `{ $campaign }` 的直播 `{ $stream }` 是{ $when }开播（{ $stamp }）
plan-stream-start-help = 写准开播时间
plan-window-minutes = 这里写秒杀{ $minutes }分钟，但活动 `{ $campaign }` 每场秒杀排的是{ $planned }分钟
plan-window-minutes-help = 按排期写秒杀时长
plan-sale-conflict = `sale.{ $key }` 写的是{ $own }，活动 `{ $campaign }` 排的是{ $planned }（{ $place }）；目前按笔记里的算，请两边改成一致
plan-fact = 活动方案里的 `{ $key }`

## 屏蔽注释和 `xhslint.disable`（lint/suppress.rs）

suppress-unknown-rule = 没有 `{ $name }` 这条规则（写在{ $place }里），什么也屏蔽不了；用 `xhslint rules` 查规则名
suppress-place-comment = 屏蔽注释
suppress-place-switch = `xhslint.disable`
suppress-did-you-mean = 改成相近的规则名
suppress-unknown-directive = 不认识 `{ $name }` 这个指令；请用 `xhslint-disable-next-line`、`xhslint-disable` 或 `xhslint-enable`
suppress-unused = 这条 `{ $what }` 没屏蔽到任何问题：它管的地方本来就没有提示
suppress-unused-rules = 这条 `{ $what }` 没屏蔽到任何问题：它管的地方没有 { $listed } 的提示
suppress-unused-some = 这条 `{ $what }` 里的 { $listed } 没屏蔽到任何问题：它管的地方没有这类提示
suppress-unused-switch = `xhslint.disable` 关掉了 `{ $id }`，可这篇笔记本来就没有它的提示
suppress-remove-switch = 从 `xhslint.disable` 里删掉 `{ $id }`
suppress-remove-comment = 删掉这条注释
suppress-keep-rules = 只留下确实用得上的规则

## 活动计划的规则（plan/rules/）

plan-announcement-none = 直播 `{ $stream }` 没有预告笔记；提前{ $min }–5天发预告
plan-announcement-undated = 直播 `{ $stream }` 的预告笔记没有 `publish_at`，计划里和笔记头部都没写
plan-announcement-after = 在直播开始之后
plan-announcement-hours = 只比直播早{ $hours }小时
plan-announcement-late = 预告{ $lead }发出（{ $stamp }）；至少提前{ $min }天发
plan-stream-starts = 直播 `{ $stream }` { $stamp } 开播
plan-bundle-costs = 套装 `{ $bundle }` 卖{ $price }元，{ $more ->
        [more] 比单买还贵
       *[same] 和单买一样
    }（单买合计{ $sum }元）
plan-bundle-little = 套装 `{ $bundle }` 比单买（{ $sum }元）只省{ $saving }，太少，不值得买套装；省{ $min }–{ $max }才有吸引力
plan-bundle-much = 套装 `{ $bundle }` 比单买（{ $sum }元）省了{ $saving }，让利超出直播需要；省{ $min }–{ $max }就够
plan-bundle-help = 定价在{ $low }到{ $high }元之间
plan-education-share = 直播 `{ $stream }` 共{ $total }分钟，讲解答疑只有{ $education }分钟（{ $share }）；要做到{ $min }，大约{ $needed }分钟用来展示产品、回答问题
plan-festival-peak = { $what ->
        [stream] 直播
       *[sale] 活动
    }从{ $start }持续到{ $end }，超出了{ $festival }的高峰期（{ $first }到{ $last }）；节日促销放在高峰期内
plan-preheat-none = { $festival }（{ $day }）没有标了发布时间的预热笔记；至少提前{ $min }天开始预热
plan-preheat-late = 预热{ $stamp }才开始（离{ $day }的{ $festival }只有{ $lead }天）；至少提前{ $min }天开始
plan-first-order = 首单优惠{ $discount }{ $problem ->
        [small] 太少，留不住新客
       *[large] 给多了，欢迎礼用不着这么大
    }；控制在{ $min }–{ $max }
plan-flash-repeat = 同样的{ $percent }%秒杀折扣在{ $earlier }之后，{ $day }又来一次，都在{ $window }天内；粉丝会学着等下一次，换个优惠，或改成套装、赠品
plan-product-count = 直播 `{ $stream }` 挂了{ $count }个商品；一场直播最多挂{ $max }个
plan-product-count-help = 这场只留卖得最好的{ $max }个，其余放到另一场
plan-recap-none = 直播 `{ $stream }` 没有回顾笔记；结束后{ $within }小时内发一篇，带上回放和优惠码
plan-recap-early = 在直播结束之前
plan-recap-hours = 在直播结束{ $hours }小时后
plan-recap-late = 回顾笔记{ $late }发出（{ $stamp }）；直播结束后{ $within }小时内发
plan-stream-ends = 直播 `{ $stream }` { $stamp } 结束
plan-recap-undated = 回顾笔记没有 `publish_at`，计划里和笔记头部都没写
plan-recap-replay = 回顾笔记没挂回放；设 `replay: true`，并把回放放进笔记
plan-recap-code = 回顾笔记没有优惠码；给看回放的人一个{ $max }小时内有效的码
plan-recap-code-long = 回顾笔记的优惠码有效{ $hours }小时，超过了{ $max }小时的回放期
plan-window-gap = { $after }的秒杀场次离上一场（{ $before }）隔了{ $interval }分钟：{ $problem }
plan-window-gap-soon = 隔得太近；两场开始时间至少隔{ $min }分钟
plan-window-gap-long = 观众要等太久；每{ $min }–{ $max }分钟开一场
plan-window-before = 上一场秒杀
plan-window-length = { $start }–{ $end }这场秒杀持续{ $minutes }分钟：{ $problem }
plan-window-short = 太短，观众来不及点开商品付款；至少留{ $min }分钟
plan-window-long = 太长，不像秒杀了；控制在{ $max }分钟以内
plan-about-note = { $path } 是靠自己的头部信息加入活动 `{ $campaign }` 的{ $role ->
        [announcement] 预告笔记
        [preheat] 预热笔记
        [recap] 回顾笔记
       *[sale] 带货笔记
    }；想给它配直播、回放或优惠码，请在这里的 `notes` 下列出它
plan-note-conflict = { $path } 写的{ $what ->
        [price] 价格
        [original] 原价
        [stock] 库存
        [start] 开始时间
       *[end] 结束时间
    }是{ $note }，计划里是{ $planned }；改成一致
plan-note-conflict-plan = 计划里的值
plan-note-conflict-note = 笔记头部信息里写的{ $what ->
        [price] 价格
        [original] 原价
        [stock] 库存
        [start] 开始时间
       *[end] 结束时间
    }是{ $note }
