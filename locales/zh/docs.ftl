# 规则说明（`xhslint explain`、`xhslint rules`、docs/rules/zh/）。
# 每条规则的英文写在它的文档注释里（src/rules/、src/plan/rules/），
# 中文写在本文件的 `rule-doc-规则-…` 里：summary 一句话，what 查什么，
# why 为什么影响成交，options 没有声明参数的规则可调什么，option-参数名 每个
# 参数调什么（参数和默认值声明在规则里）；例子是散文时另写 bad、good。

docs-heading-what = 查什么
docs-heading-why = 为什么影响成交
docs-heading-bad = 反例
docs-heading-good = 正例
docs-heading-options = 参数
docs-heading-configure = 配置
docs-heading-suppress = 忽略某一条提示
docs-only-severity = 只能调级别。
docs-option = `{ $name }`（默认 `{ $default }`）：{ $doc }。
docs-option-with-alias = `{ $name }`（默认 `{ $default }`）：{ $doc }，也可以写成 `{ $alias }`。
docs-yes = 能
docs-no = 不能
docs-severity-error = 错误
docs-severity-warning = 警告
docs-severity-info = 提示
docs-severity-off = 关闭
docs-default-severity = 默认级别：**{ $severity }**
docs-fixable-page = 能否用 `--fix` 自动修改：{ $fixable }
docs-terminal-status = 默认级别 { $severity } · 自动修改：{ $fixable } · { $url }
docs-generated-page = 由 `{ $source }` 里规则的文档注释和 `locales/zh/docs.ftl` 生成。请在那里修改，再运行 `{ $command }`。
docs-generated-index = 由 `src/rules/` 里规则的文档注释和 `locales/zh/docs.ftl` 生成。修改后运行 `{ $command }`。
docs-config-in-note = 在 `.xhslint.yaml` 里：
docs-config-in-plan = 在活动计划文件里：
docs-waive-note = 人工核对过、确认没问题的提示，在它上一行加：
docs-waive-plan = 某场直播、某个时段、某个套装或某篇笔记人工核对过，把规则写进这一项的 `xhslint.disable`（整份文件都不查，写进最外层的 `xhslint.disable`）：
docs-waive-reason = 写明人工核对后为什么没问题
docs-index-title = 规则
docs-index-intro = `xhslint rules --lang zh` 打印这张表，`xhslint explain 规则 --lang zh` 打印单条规则的说明。
docs-index-columns = 规则 | 默认级别 | 能否自动修改 | 查什么
docs-table-rule = 规则
docs-table-default = 默认级别
docs-table-fixable = 自动修改
docs-table-checks = 查什么
docs-did-you-mean = （是不是 `{ $rule }`？）
docs-unknown-rule = 没有规则 `{ $rule }`{ $hint }。现有规则：{ $rules }

## 每条规则的中文。英文在规则的文档注释里，两边一起改。

rule-doc-title-length-summary = 标题超过20字（中文算1字，英文和数字算半字）
rule-doc-title-length-what =
    按小红书的算法数标题长度：一个汉字算1字，其他字符按半字算（`😂` 算1字，`｜` 算半字）。超过上限（默认20字）就提示。
rule-doc-title-length-why =
    标题太长，在信息流和搜索结果里会被截断。读者扫一眼看的往往就是结尾的限时、限量或优惠，偏偏被截掉的就是这一段。
rule-doc-title-length-option-max_units = 字数上限

rule-doc-title-scarcity-summary = 促销笔记的标题开头没有限时或限量
rule-doc-title-scarcity-what =
    促销笔记（头部信息写了 `sale`，或正文里有价格、折扣）的标题要有限时或限量的说法，比如 `限时`、`限量`、`48小时`、`仅剩`、`倒计时`、`今晚截止`、`前100名`，而且要放在标题前8个字以内。
rule-doc-title-scarcity-why =
    读者先刷标题再决定点不点。限时限量不写在标题里，或者压在标题末尾，这篇就和普通测评没区别，本该靠紧迫感拿到的点击就丢了。
rule-doc-title-scarcity-option-scarcity_within = 限时限量之前最多能有几个字

rule-doc-hashtag-count-summary = 话题标签少于5个或多于8个
rule-doc-hashtag-count-what =
    数不重复的话题标签：头部信息的 `tags` 加上正文里的标签，三种写法（`#护肤`、`#护肤#`、`#护肤[话题]#`）都算，统一写法后再比。少于5个或多于8个就提示。地点、品牌、商品标记（`#店名[地点]#`）不算话题。
rule-doc-hashtag-count-why =
    读者靠搜索找到笔记，话题标签就是入口。太少，想买的人搜不到；太多，看着像刷屏，流量也分散到不成交的话题上。5到8个、大词和细分词搭配最好。
rule-doc-hashtag-count-option-min = 最少几个不重复的标签
rule-doc-hashtag-count-option-max = 最多几个不重复的标签

rule-doc-hashtag-duplicate-summary = 正文里同一个话题标签写了两次
rule-doc-hashtag-duplicate-what =
    正文把同一个话题写了两次，写法不同也算：`#护肤` 和 `#护肤[话题]#` 是同一个标签。第二次起每次都提示。头部信息 `tags` 和正文里都有的标签会自动合并，不算重复。
rule-doc-hashtag-duplicate-why =
    重复的标签不带来流量，还占掉一个本可以换个搜索词的位置，标签行也显得不用心。

rule-doc-hashtag-format-summary = 话题标签写错：空标签、超过20字、中间有空格、只闭合一半
rule-doc-hashtag-format-what =
    小红书认不出来的标签：只有一个 `#`、超过20字、闭合的标签中间有空格（`#护肤 分享#`）、导出格式少了结尾的 `#`（`#护肤[话题]`）。
rule-doc-hashtag-format-why =
    写错的标签不算话题，笔记不会出现在这个话题下；多出来的符号也让文案显得粗糙，读者更难信任。

rule-doc-hashtag-mix-summary = 促销笔记的标签缺一个大词或两个细分词
rule-doc-hashtag-mix-what =
    看促销笔记话题标签的搭配：至少一个大词（`#好物分享`、`#护肤`、`#穿搭`），至少两个本品类的细分词，也就是品类词加限定（`#油皮护肤`、`#通勤穿搭`、`#达拉斯美食`）。品类取头部信息的 `category`，没写就取文案里说得最多的品类。大词、品类词在 `dictionaries/hashtag-mix.txt` 里维护。非促销笔记不查。
rule-doc-hashtag-mix-why =
    大词让随便逛的人看到，细分词让正在搜这类东西的人看到，后者才下单。只有一种，要么看的人多却不想买，要么想买的人看不到。
rule-doc-hashtag-mix-options =
    没有参数；细分词按笔记的 `category`（或配置里的默认品类）来定。

rule-doc-benefit-before-price-summary = 正文先报价格，后讲好处
rule-doc-benefit-before-price-what =
    促销笔记的正文里（在卖东西，而不是测评时顺带提价格），第一次提价格或折扣（`¥199`、`129元`、`5折`、`到手价`、`立减50`）之前，要先有一句具体的好处：用起来、吃起来、穿起来是什么感觉。先看好处词（`保湿`、`显瘦`、`酥脆`、`静音` 等，通用的或本品类的）和几条句式；再用结巴分词的词性逐句读价格前的每个小句，找说产品的谓语：形容词，带不带程度词都算（`粉质很均匀`、`外套厚实`、`肉嫩`），动词带补语（`烧得很均匀`、`摸起来很软`），说不难受（`贴身穿也不闷`、`不磨脚`），夸某种感官（`香气很足`、`锅气足`）。问候、自己的经历、发货和退换政策（`7天无理由`）、尺码、年龄、说划不划算的词（`划算`、`便宜`）和自己的心情（`开心`）不算好处；标题里的好处不算。
rule-doc-benefit-before-price-why =
    读者来小红书是看产品故事的。一上来就报价，像广告，买的理由只剩便宜；先讲清楚东西好在哪，价格就成了惊喜。
rule-doc-benefit-before-price-options =
    `category` 决定用哪个品类的好处词（美妆、服饰、食品、母婴、家居、数码）；通用好处词一直算数。

rule-doc-pressure-phrase-summary = 硬推销的催单话术，或连着三个以上感叹号
rule-doc-pressure-phrase-what =
    标题和正文里催人马上下单的话：`dictionaries/pressure-phrase.txt` 里的说法（`手慢无`、`不买后悔`、`错过再等一年`、`闭眼入`、`赶紧下单`、`买它买它`、`所有女生`、`再不抢就没了` 等），`rules/pressure-phrase.yaml` 里的句式（`不买会后悔`、`给我冲`、`无脑入`、`冲冲冲` 等），以及连着三个以上的 `!` 或 `！`。每条提示都附一句面向粉丝的改写。

    不算催单：给读者松口气（`不买也没关系`）、说自己用得好（`后悔没早点用`）、用法（`慢慢用`）、提醒收藏（`赶紧收藏`）、`冲调`、`冲奶粉` 或 `直接冲一年` 里的 `冲`、写自己的事（`我很焦虑，立即下单就想试试`）、标题里的购物分享（`亚马逊买买买丨`）、两个感叹号。
rule-doc-pressure-phrase-why =
    小红书看重真实，平台会压太像广告的内容。催单话术一看就是硬推销，招来差评、丢流量；把紧迫感说成给粉丝的福利（真实的限量、粉丝专享价），才留得住下单的信任。
rule-doc-pressure-phrase-options =
    `lexicons.pressure-phrase.add` 和 `.remove`：增减话术词表。

rule-doc-absolute-claim-summary = 广告法禁用的绝对化用语（最好、第一、顶级、100%有效等）
rule-doc-absolute-claim-what =
    广告法第九条禁止在广告里用的绝对化用语：最高级（`最好`、`最佳`、`最低价`、`史上最`），排名（`第一品牌`、`销量第一`、`NO.1`），顶级（`顶级`、`国家级`、`世界级`），绝对承诺（`万能`、`绝对`、`100%有效`）。最高级也按句式认（`dictionaries/absolute-claim-shape.txt`）：范围词或 `最` 加评价词（`全美最好吃`、`最火爆`、`全世界最大`），`绝对` 加品质（`绝对正品`），提示覆盖整个说法。按分词判断，长词里带的字不算。

    依照2023年市场监管总局的绝对化用语执法指南，这些不算：使用提示（`最佳赏味期`）、合法称号（`国家级非遗`）、时间和顺序（`最近`、`最后一步`）、数量（`最多`、`最少也要`）、序数（`第一次`、`第一口`）、说缺点（`唯一的缺点`）、成分含量（`100%纯棉`）、标准等级（`食品级`）、头部信息里写明的产品名和品牌名。作者表态的 `绝对`（`我绝对会回购`）、否定或提问的最高级（`不是最好吃的`、`哪款最适合干皮？`）、表示建议的 `最好`（`最好提前预约`）也不算。

    广告法管的是广告，所以要看谁在说、说的是什么。促销笔记、写明在卖什么的笔记（头部信息有 `product`、`category`、`sale` 等）、只有商家才会写的话（`新研发`、`欢迎到店`、`小编`）都算广告；用顾客、游客、日记口吻写的非促销笔记（`我`、`入手`、`人均`、`门票`、`📍`）是个人感受，不查。说地点、机构、人物、时间、关系的最高级（`世界最大的戏剧制作公司`、`最舒服的季节`、`北京对我最好`），开启排序的 `第一`（`健康第一⏎亲情第二`），以及看不出谁在说时引用的标题和话题标签，也都不算。品牌号的笔记一律算广告。
rule-doc-absolute-claim-why =
    绝对化用语可能被市场监管罚款，也可能在活动中途被平台下架。读者早就看腻了个个都说自己最好，具体、能验证的好处更让人信。
rule-doc-absolute-claim-options =
    `lexicons.absolute-claim.add` 和 `.remove`：增减词表；写进 `dictionary` 的品牌名不会被提示。

rule-doc-off-platform-summary = 把人引到站外：微信号、私信领券、其他平台、电话、外链
rule-doc-off-platform-what =
    让读者离开小红书去买东西或领好处的文案：站外渠道加上去那里的理由。包括联系方式及其变体（`vx`、`V信`、`薇信`、`+v`、`加微`），私信、评论、进群领东西（`私信领券`、`评论区扣1领`、`进群自取`），让人私信下单、预约、介绍（`订花束找我私信`、`拼单的私我`），到群聊、公众号、小程序里买或约（`微信群里有团购`、`小程序预约`），让人去别的平台买（`淘宝搜`、`拼多多下单`、`唯品会也有同款`、`官网购买`），各国格式的电话号码（`+86 138 2645 7719`、`(212) 555-0147`、`☎️2125550147`），以及小红书自己（`xiaohongshu.com`、`xhslink.com`）以外的链接。

    只提到平台、没有引流的没问题：`微信支付`、`淘宝买的`、`抖音同款`、`快手上很火`、朋友在微信上推荐；欢迎私信提问（`有问题私信我们`）、说过去的事（`以前要进群才能买`）、小红书店铺和商品卡（`店铺`、`商品卡`）也没问题。非促销笔记里，不谈买卖的进群（`进群后介绍一下自己`）、招聘的 `有兴趣的私聊`、说明某件东西在哪买的（`窗帘：🍑宝`）也不算引流。在评论区抽奖不离开小红书，不算引流；评论换奖励归 `engagement-bait` 管。
rule-doc-off-platform-why =
    小红书的《交易导流违规管理细则》（2025）处罚把交易引到站外的行为，严重的封号。小红书店铺的站内下单也正是限时促销成交的地方：每多跳一个应用，冲动下单的人就少一批。
rule-doc-off-platform-options =
    `lexicons.off-platform.add` 和 `.remove`：增减词表。

rule-doc-claim-mismatch-summary = 限时、限量或价格的说法和头部信息写的活动对不上
rule-doc-claim-mismatch-what =
    标题和正文里限时、限量和价格的说法，统一写法后（`４８小时`、`四十八小时`、`五折` 都认），和头部信息写的活动逐条核对：
    - 时长（`限时48小时`、`仅限两天`、`48h限定`）对 `sale.end − sale.start`，倒计时（`倒计时3天`、`最后6小时`）对 `sale.end − publish_at`，误差1小时以内算对；
    - 截止（`今晚截止`、`仅限今天`、`今晚12点截止`）对 `publish_at`（或 `sale.start`）那天（北京时间）：`sale.end` 在别的日子就不对；第二天0点结束仍算今晚；
    - 库存（`限量200份`、`仅剩30件`、`只有50个`）对 `sale.stock`，要完全一致；`前100名` 是给早下单的人的福利，不算库存说法；
    - 折扣（`5折`、`七五折`、`6.7折`）：`price / original_price × 10` 大于 N−1 且不超过 N 时，`N折` 才算对；
    - 立减（`直降100`、`立减50`）可以少说，不能多说 `original_price − price`；写出的价格（`到手¥199`、`活动价199`、`原价299`）要和 `price` 或 `original_price` 相差不到1元。

    笔记没写的事实不算对不上（那是 `unverified-scarcity` 管的）。多件和满减（`第二件半价`、`满299减50`）、单价、优惠券、产品规格（`续航30小时`、`一盒10片`）不算活动说法。提示会指出说法本身，并写明它和头部信息哪几行对不上。
rule-doc-claim-mismatch-why =
    紧迫感得是真的。仓库有500件却写 `仅剩30件`，写 `48小时` 却卖一整周，第一个回头看的读者就会发现，限时促销靠的信任就没了。这也是广告法说的虚假宣传。
rule-doc-claim-mismatch-options =
    没有参数；误差范围写在 `rules/claims.yaml` 里。

rule-doc-unverified-scarcity-summary = 限时限量的说法，头部信息里没写活动事实做依据
rule-doc-unverified-scarcity-what =
    时间和数量的说法，包括时长（`限时48小时`）、倒计时（`倒计时3天`）、截止（`今晚截止`）、库存（`限量200份`、`仅剩30件`），但头部信息没写能证明它的事实：时间要 `sale.start` 和 `sale.end`，数量要 `sale.stock`，倒计时和截止要 `publish_at`。时间说法只在促销笔记（有价格、折扣，或头部信息有 `sale`）里算，因为说的是这场活动；库存说法在哪都算。早鸟福利（`前100名`）不算。
rule-doc-unverified-scarcity-why =
    没写下来的限制，谁也保证不了。在头部信息里写清楚这场活动，`claim-mismatch` 就能在读者较真之前先核对文案。
rule-doc-unverified-scarcity-options =
    没有参数。

rule-doc-purchase-path-summary = 促销笔记没告诉读者在哪买
rule-doc-purchase-path-what =
    促销笔记（头部信息有 `sale`，或文案里有价格、折扣）在标题和正文里都没给出站内购买的路径：头部信息没有 `store_link: true`，也没有 `dictionaries/purchase-path.txt` 里的词（`商品卡`、`店铺`、`直播间` 等）或 `rules/purchase-path.yaml` 里的句式（`点击下方商品`、`戳链接`、商品编号）。
rule-doc-purchase-path-why =
    有紧迫感却没地方下单，等于白说：被 `限时48小时` 打动的读者找不到商品卡，要么走了，要么在评论区问了干等。小红书店铺的商品卡让整个购买留在站内。
rule-doc-purchase-path-options =
    `lexicons.purchase-path.add` 和 `.remove`：增减词表。

rule-doc-body-length-summary = 正文超过1000字
rule-doc-body-length-what =
    按小红书的算法数正文长度（一个汉字算1字，其他字符算半字，换行算半字），话题标签算在内，首尾空行和标题行不算。超过1000字就提示。
rule-doc-body-length-why =
    超过上限发不出去；而且限时促销写成长文，优惠就被埋了，读者几秒钟就决定看不看。
rule-doc-body-length-bad = 一篇1200字的测评，优惠放在最后一段。
rule-doc-body-length-good = 三小段：东西能干什么、用起来什么感觉、优惠是什么，几百字说完。
rule-doc-body-length-option-max_units = 字数上限

rule-doc-peak-window-summary = 发布时间不在流量高峰
rule-doc-peak-window-what =
    `publish_at` 不在信息流的高峰时段：北京时间12:00–13:00和18:00–22:00（含两端），不管时间写的是哪个时区。
rule-doc-peak-window-why =
    限时促销最值钱的是刚发出去的那几个小时。凌晨3点发，这几个小时没人看，等读者醒来，活动已经过去一截了。
rule-doc-peak-window-options =
    `rules/peak-window.yaml` 里的 `windows`：高峰时段，写成 `[HH:MM, HH:MM]`，北京时间。

rule-doc-sale-window-summary = 活动时长超过72小时，或结束时间早于开始时间
rule-doc-sale-window-what =
    头部信息写的活动时长 `sale.end − sale.start`：超过72小时，或者结束早于开始。
rule-doc-sale-window-why =
    限时促销本来就该短。标题写限时，活动却卖一整周，紧迫感就稀释了，读者也学会了截止日期从来不是真的。
rule-doc-sale-window-option-max_hours = 活动最长几个小时

rule-doc-community-framing-summary = 促销笔记有紧迫感，却没说是给粉丝的
rule-doc-community-framing-what =
    有紧迫感的促销笔记，也就是有时间或数量限制（`限时48小时`、`限量200份`、`今晚截止`，或不带数字的 `限时`、`秒杀`、`送完即止`；`不限时` 不算），却没有一句是给社区的：`dictionaries/community-framing.txt` 里的词（`粉丝专享`、`宠粉`、`评论区` 等）和 `rules/community-framing.yaml` 里的句式（`小红书店铺本周末专享`、`本周关注的宝子`、`粉丝专属`）都没有。为互动给的抽奖和礼物不算，那归 `engagement-bait` 管。
rule-doc-community-framing-why =
    小红书读者认把他们当自己人的品牌，反感硬推销。同样的限制，光秃秃一个倒计时就是施压；说成 `本周关注的宝子专享` 或店铺自己的周末福利，再在评论区抛一个真想聊的问题（但别拿奖品换评论，平台会处罚），就成了宠粉。
rule-doc-community-framing-options =
    `lexicons.community-framing.add` 和 `.remove`：增减词表。

rule-doc-engagement-bait-summary = 点赞、评论、关注、转发才给奖励（诱导互动）
rule-doc-engagement-bait-what =
    以点赞、收藏、评论、关注、转发或@好友为条件给奖励（抽奖、礼物、免单、红包）：`关注+评论抽3位送`、`点赞过百送`、`转发抽奖`、`评论区留言抽3位送`。同一句里既有奖励又有互动条件才提示（`rules/engagement-bait.yaml`）。

    不算：买了才送（`下单送杯架`）、邀请评论但不给奖励（`评论区聊聊你的需求`）、单纯求赞（`记得点赞收藏`）、小红书自带的抽奖工具。评论关键词换私发的东西（`评论区扣1领`）归 `off-platform` 管。
rule-doc-engagement-bait-why =
    平台把互动换奖励算作诱导互动：笔记限流或处罚，品牌账号也跟着受罚。抽奖换来的赞不会变成买家；粉丝专享价或评论区里一个真问题，才能攒下会下单的社区。
rule-doc-engagement-bait-options =
    除了级别没有参数；句式写在 `rules/engagement-bait.yaml` 里。

rule-doc-medical-claim-summary = 非药品宣称医疗效果或特殊化妆品功效（消炎、治疗、美白）
rule-doc-medical-claim-what =
    促销笔记说自己的产品（化妆品、食品、日用品，不是药）能预防、治疗、治愈疾病，或有药效：`dictionaries/medical-claim.txt` 里的词（`治疗`、`根治`、`消炎`、`抗炎`、`降血压`、`药效`、`增强免疫力` 等）和 `rules/medical-claim.yaml` 里的句式（`治好湿疹`、`改善失眠`、`7天瘦10斤`、`没有副作用`）。化妆品笔记里只有特殊化妆品才能说的功效（`美白`、`祛斑`、`防晒`、`防脱`、`染发`），头部信息没写注册号（`registration: 国妆特字…`）时也提示；还有必须公布功效评价才能说的功效（`祛痘`、`抗皱`）。

    不算：作者自己看病的经历（`上周去医院打了消炎针`）、免责声明或否定（`不能替代药品`、`不能消炎`）、提问（`能消炎吗？`）、含这些字的词和名字（`药妆店`、`治愈系`、`防晒衣`）、心情（`太治愈了`），以及不卖东西的笔记。
rule-doc-medical-claim-why =
    只有药品能说治病（广告法第十七条），只有注册过的特殊化妆品能说美白、防晒（《化妆品监督管理条例》2020）。这种文案会被罚款，也会在活动中途被平台下架；把读者能感受到的效果说清楚，一样卖得动，还不会被删。
rule-doc-medical-claim-options =
    `lexicons.medical-claim.add` 和 `.remove`：增减词表；头部信息写了 `registration` 就允许特殊化妆品功效。

rule-doc-false-authority-summary = 禁用的背书或称号（国家机关推荐、特供、驰名商标、医生推荐）
rule-doc-false-authority-what =
    促销笔记借用法律禁止在广告里用的权威：国家机关或工作人员背书（`国家机关推荐`），给他们的供应（`特供`、`专供`），`驰名商标`，免检（`质量免检`），医生、专家或官方媒体推荐（`医生推荐`、`专家都在推荐`、`央视推荐`）。词在 `dictionaries/false-authority.txt`，句式在 `rules/false-authority.yaml`。

    不算：作者自己看病（`医生建议我多喝水`）、否定或提问、表示只给某个窗口或用途的 `专供`（`专供外卖的窗口`），以及不卖东西的笔记。
rule-doc-false-authority-why =
    广告法第九条禁止在广告里用国家机关和工作人员，第十六条、第十八条禁止医生和专家为保健类产品代言，商标法第十四条禁止在广告里用 `驰名商标`。这种文案会被罚款；读者也更信产品本身好在哪，而不是谁在用。
rule-doc-false-authority-options =
    `lexicons.false-authority.add` 和 `.remove`：增减词表。

rule-doc-risky-promise-summary = 保证收益或结果、迷信、诈骗式话术（稳赚、包过、开光）
rule-doc-risky-promise-what =
    促销笔记做了广告不能做的承诺：保证收益（`稳赚`、`保本`、`翻倍收益`、`月入过万`），保证考试或培训结果（`包过`、`保证拿证`、`不过退款`），物件带来好运和保佑（`开光`、`转运`、`招财`、`辟邪`），诈骗式话术（`点击领奖`、`恭喜获奖`）。词在 `dictionaries/risky-promise.txt`，句式在 `rules/risky-promise.yaml`。

    不算：含这些字的名字和摆件（`招财猫摆件`、`转运中心`）、清仓的 `保本价`、作者自己的结果（`我一次就过了`）、否定或提问，以及不卖东西的笔记。
rule-doc-risky-promise-why =
    广告法第二十五条禁止承诺收益，第二十四条禁止承诺考试和培训结果，第九条禁止迷信内容；诈骗式说法会让笔记被当成骗局下架。做不到的承诺最后都变成退款申请和差评。
rule-doc-risky-promise-options =
    `lexicons.risky-promise.add` 和 `.remove`：增减词表。

rule-doc-flash-fatigue-summary = 30天内同一产品或同样折扣又做了一次限时促销
rule-doc-flash-fatigue-what =
    同一次检查的笔记之间比：一场限时促销（头部信息写了 `sale` 的笔记），和前30天内发布的另一场（按 `publish_at`，没写就按 `sale.start`）卖的是同一个 `product`，或折扣相同（`price / original_price`，精确到0.1折）。提示落在后一篇上，并写出前一篇的文件名。文件给的顺序不影响结果。
rule-doc-flash-fatigue-why =
    每周都来一次限时促销，读者就学会了截止日期不是真的：等下一次就好。以后每一场的紧迫感还没开始就用完了。
rule-doc-flash-fatigue-option-window_days = 一场活动之后多少天内，同一产品或同样折扣再做就算重复；以后一篇笔记的配置为准

rule-doc-front-matter-summary = 头部信息格式错误，或已知字段的值写错
rule-doc-front-matter-what =
    检查头部信息本身：`---` 开了头却没收尾，内容不是合法的格式，已知字段的值类型不对或不在可选范围内（`stock: many`、`category: makeup`、`end: tomorrow`），提示都落在那个字段的行上。不认识的顶层字段不管，内容仓库常有自己的元数据；但和已知字段只差一点的（`sales`、`Title`、`categroy`）会给警告，因为它下面的事实都没被核对。`xhslint.disable` 里不存在的规则由 `invalid-suppression` 提示。
rule-doc-front-matter-why =
    文案里的每一个说法，都要和头部信息写的活动事实核对。读不出来的事实，等于没核对的说法，比如那句从来不是真的 `仅剩5件`。

rule-doc-unused-suppression-summary = 忽略注释或 `xhslint.disable` 里的规则什么也没忽略
rule-doc-unused-suppression-what =
    什么也没忽略的忽略设置：`<!-- xhslint-disable-next-line 规则 -->` 下一行没有这条规则的提示，`<!-- xhslint-disable 规则 -->` 的范围里没有，头部信息 `xhslint.disable` 里的规则在这篇笔记里没提示任何东西。一条注释写了几条规则，就逐条判断。配置里关掉的规则不判断。
rule-doc-unused-suppression-why =
    忽略设置记录的是有人核对过某个说法（这个 `第一` 是真拿过的奖，这个链接是品牌自己的店）。文案改了以后，过时的忽略会悄悄放过下一次写在那里的内容，比如活动中途发出去的一句没核实的说法。删掉它，每一次放行才都是有意的。
rule-doc-unused-suppression-options =
    只能调级别。`--fix` 会删掉没用的注释，或删掉注释里没用的规则；`xhslint.disable` 里的留给人来删。

rule-doc-invalid-suppression-summary = 忽略设置写了不存在的规则，或写了不认识的 `xhslint-` 指令
rule-doc-invalid-suppression-what =
    不会生效的忽略设置：忽略注释或头部信息 `xhslint.disable` 里写了不存在的规则（多半是拼错，比如 `absolut-claim`，会给出最可能的规则），以及不是指令的 `xhslint-` 注释（`xhslint-disable-line`）。
rule-doc-invalid-suppression-why =
    写注释的人是核对过才想忽略的。规则拼错了什么也忽略不了，笔记一直审核不过，团队却以为早就解决了；或者同事干脆把这条规则对所有人关掉。

rule-doc-plan-announcement-summary = 直播预告发得太晚，或者没发
rule-doc-plan-announcement-what =
    每场直播都要有一篇预告笔记，至少提前几天发出。
rule-doc-plan-announcement-why =
    直播的观众是开播前攒的：提前3到5天预告，透露一点专享福利，粉丝当天才会来看。前一晚才预告，或者不预告，开播就是空房间。
rule-doc-plan-announcement-option-min_days = 预告最少提前几天

rule-doc-plan-bundle-discount-summary = 套装省得太少或太多，或者比单买还贵
rule-doc-plan-bundle-discount-what =
    直播专享套装的价格，和同一场直播里单买套装里每件的价格比：套装要更便宜，省下的比例要在范围内。
rule-doc-plan-bundle-discount-why =
    只在直播间有的套装，比单买省15%到25%最好卖。省得少，没人注意到套装；省得多，直播白让利润，还教会买家等下一个套装。套装和单买一样贵甚至更贵，就是坑，观众会在评论区点出来。
rule-doc-plan-bundle-discount-good =
    ```yaml
    bundles:
      - {"{"}name: 补水套装, items: [serum, cream], price: 269{"}"}   # 单买328，省18%
    ```
rule-doc-plan-bundle-discount-option-min_percent = 最少省百分之几
rule-doc-plan-bundle-discount-option-max_percent = 最多省百分之几

rule-doc-plan-education-share-summary = 直播里讲解的时间太少
rule-doc-plan-education-share-what =
    一场直播计划的时长里，用来讲解（展示、试用、答疑）而不是卖货的比例。
rule-doc-plan-education-share-why =
    小红书观众来看的是实在的演示，不是电视购物。大约七成时间讲解、三成时间推销的直播留得住信任；一味卖货的直播招来差评，平台据此把直播推给更少的人。
rule-doc-plan-education-share-option-min_percent = 讲解最少占百分之几

rule-doc-plan-festival-peak-summary = 节日促销比节日高峰拖得更长
rule-doc-plan-festival-peak-what =
    落在节日高峰里、却超出高峰的直播或促销，也就是比节日本身的高峰日更长。
rule-doc-plan-festival-peak-why =
    节日限时促销要短、要集中在节日高峰里才成交。高峰前就开始、高峰后还在卖，节日白送的紧迫感就稀释了，买家也学会了节日价不过是平常价。
rule-doc-plan-festival-peak-options =
    只能调级别。高峰日来自内置的节日日历（`rules/festivals.yaml`）。

rule-doc-plan-festival-preheat-summary = 节日活动预热开始得太晚，或者没有预热
rule-doc-plan-festival-preheat-what =
    节日活动（写了 `festival:`）要有一篇预热笔记，在节日前足够早发出。
rule-doc-plan-festival-preheat-why =
    节日的买家几周前就拿定了主意。一到两个月稳定发非促销笔记的预热，攒下好奇和熟悉，节日当天的限时促销才接得住；节日那周才露面的品牌，要和所有品牌的高峰福利硬拼，谁的首选都不是。
rule-doc-plan-festival-preheat-option-min_days = 第一篇预热笔记最少比节日提前几天

rule-doc-plan-first-order-summary = 新客首单优惠不在合适的范围内
rule-doc-plan-first-order-what =
    活动给新客的首单优惠（`first_order_discount`，百分比）是否在合适的范围内。
rule-doc-plan-first-order-why =
    限时促销时，10%到15%的新客优惠就够拿下第一单，把新买家带进社区。再少打动不了人；再多，每个新客都在亏利润，还显得限时福利本身很小。
rule-doc-plan-first-order-option-min_percent = 首单优惠最少百分之几
rule-doc-plan-first-order-option-max_percent = 首单优惠最多百分之几

rule-doc-plan-flash-repeat-summary = 同一个限时折扣出现得太频繁
rule-doc-plan-flash-repeat-what =
    同一个折扣在一个月里以限时福利出现了太多天，算上活动的限时时段、计划里的促销和笔记里的 `sale`。
rule-doc-plan-flash-repeat-why =
    限时折扣管用，是因为它不会很快再来。同一个限时价每周都出现，粉丝就学会了等，紧迫感像是演出来的，小红书促销靠的信任也就慢慢没了。
rule-doc-plan-flash-repeat-bad =
    ```yaml
    # 06-02、06-09、06-16 三场直播都是7折
    windows:
      - {"{"}start: "20:30", end: "20:40", product: serum, offer: 209{"}"}   # 原价299
    ```
rule-doc-plan-flash-repeat-good =
    ```yaml
    # 7折只做一次；其他场次讲解、做套装或送赠品
    ```
rule-doc-plan-flash-repeat-option-max_repeats = 同一个折扣在统计期内最多做几天限时福利
rule-doc-plan-flash-repeat-option-window_days = 往回看多少天算重复

rule-doc-plan-note-conflict-summary = 笔记写的活动事实和活动计划对不上
rule-doc-plan-note-conflict-what =
    活动里某篇笔记头部信息的 `sale` 事实（价格、原价、库存、开始或结束时间），和计划给它写的不一样（计划里它自己的 `sale:`，没有就看它的直播和产品）。
rule-doc-plan-note-conflict-why =
    笔记写的事实，是核对文案的依据，也是标题生成器写标题的依据。笔记写189，直播卖199，当天总有一个是错的：说好一个价、收了另一个价，买家会投诉，虚假标价还有违反消费者权益保护法的风险。
rule-doc-plan-note-conflict-bad =
    ```yaml
    # campaign.yaml：直播里精华卖199
    # notes/sale.md 的头部信息：sale: {"{"}price: 189{"}"}
    ```
rule-doc-plan-note-conflict-good =
    ```yaml
    # notes/sale.md 的头部信息：sale: {"{"}price: 199{"}"}，或者不写价格、
    # 写 `campaign: 618-serum`，用计划里的价格
    ```

rule-doc-plan-product-count-summary = 一场直播挂的商品超过平台上限
rule-doc-plan-product-count-what =
    一场直播挂的商品比直播能带的多。
rule-doc-plan-product-count-why =
    小红书一场直播最多挂20个商品。多出来的上不了架，主播说的东西观众没法一键买到；而且商品这么多，哪一个都来不及好好展示。
rule-doc-plan-product-count-option-max_products = 一场直播最多挂几个商品

rule-doc-plan-recap-summary = 直播没有复盘笔记，或者发得晚、没有回放和优惠码
rule-doc-plan-recap-what =
    每场直播之后都要有一篇复盘笔记：直播结束一天内发出，附上回放，带一个优惠码，优惠码的有效期不超过回放的时限。
rule-doc-plan-recap-why =
    直播结束后，回放会留在小红书上。24小时内发复盘，附回放和24小时有效的优惠码，能卖给所有错过直播的人，短期优惠码又让直播福利依然特别。优惠码有效一整周，直播的紧迫感就像是演出来的。
rule-doc-plan-recap-option-within_hours = 直播结束后最多几个小时内发复盘
rule-doc-plan-recap-option-code_valid_hours = 复盘优惠码最多有效几个小时

rule-doc-plan-window-gap-summary = 限时福利没有每隔30–45分钟来一次
rule-doc-plan-window-gap-what =
    一场直播里限时福利的节奏：从一个时段开始到下一个开始，比最长间隔长（观众会走），或比最短间隔短（中间没时间讲解）。
rule-doc-plan-window-gap-why =
    限时福利每隔30到45分钟来一次，观众会一直看，晚来的人也有理由等下一轮。一个接一个，直播就成了卖货循环，社区会反感；一小时一个都没有，人就走光了。
rule-doc-plan-window-gap-option-min_interval = 两个时段开始之间最少几分钟
rule-doc-plan-window-gap-option-max_interval = 两个时段开始之间最多几分钟

rule-doc-plan-window-length-summary = 限时福利的时段太短或太长
rule-doc-plan-window-length-what =
    直播里的限时时段太短，观众来不及下单；或太长，不像限时福利。
rule-doc-plan-window-length-why =
    限时时段奖励的是在场的观众：要长到够他们看商品卡、付款（至少5分钟左右），又要短到等一等就可能错过（最多15分钟左右）。两分钟的时段，链接还没加载完就结束了；一小时的时段，就是直播的普通价。
rule-doc-plan-window-length-option-min_minutes = 时段最短几分钟
rule-doc-plan-window-length-option-max_minutes = 时段最长几分钟
