# 终端输出里的固定用语和最后一行汇总。

human-error = 错误
human-warning = 警告
human-info = 提示
human-line = （第{ $line }行）
human-note = 说明：{ $message }{ $place }
human-help = 建议：{ $text }
human-fixable = { " " }[可自动修复]
human-fixed = 已修复

count-file = { $n }个文件
count-record = { $n }条记录
count-input = { $n }个输入
count-error = { $n }个错误
count-warning = { $n }个警告
count-info = { $n }条提示
count-finding = { $n }处问题
count-fixed-file = { $n }个已修复的文件

summary-no-problems = 没有发现问题
summary-clean = 检查了{ $linted }，{ $clean }
summary-found = 在{ $linted }里发现{ $parts }
summary-found-some = { $linted }里有{ $some }个发现问题，共{ $parts }
summary-unread = ；{ $unread }无法读取
summary-fixed = ；修复了{ $files }里的{ $fixes }
summary-unwritten = ；{ $files }无法写入
summary-end = 。

# 建议和可以直接粘贴的改写。
help-with-rewrite = { $advice }：{ $rewrite }

# `check` 里不能一起用的选项。
usage-fix-stdin = `--fix` 会改写文件，标准输入不是文件；想看修复结果请用 `--diff`
usage-fix-jsonl = `--fix` 和 `--diff` 只改写笔记文件，不改 `--input jsonl` 读入的记录
usage-diff-format = `--diff` 输出的是统一格式的差异，不能和 `--format` 一起用

# 标题生成器的输出（cli/title.rs、title/）。

title-facts = 已知信息：{ $facts }
title-facts-days = { $days }天 = { $hours }小时
title-facts-hours = { $hours }小时
title-facts-stock = 库存{ $stock }
title-facts-festival = { $name }{ $phase ->
        [preheat] 预热期
       *[peak] 高峰期
    }，节日当天是{ $day }
title-columns = { " " }#   得分   字数  标题
title-note-unused = { $origin }{ $what }没能写进任何一个标题：{ $why }
title-fact-window = { $hours }小时的活动时长
title-fact-stock = 库存{ $stock }
title-fact-price = 价格
title-why-flagged = 写进去会触发 `{ $rule }`：{ $finding }
title-why-fit = 标题限{ $limit }字，放了产品名和限时说法就放不下了
title-finding-in = { $finding }（在“{ $title }”里）
title-facts-discount = 原价¥{ $original }，到手¥{ $price }，{ $discount }折

# 编辑器里悬停提示和快速修复的标题（lsp/）。

lsp-hover-finding = **{ $rule }**（{ $severity }）：{ $message }
lsp-action-rewrite = { $advice }：“{ $rewrite }”
lsp-action-disable = 这一行不检查 { $rule }
title-error-too-long = { $origin }：“{ $product }”有{ $units }字，再加上限时限量的说法，怎么缩都放不进{ $limit }字的标题；换个短一点的产品名
title-error-window = 活动时长{ $hours }小时，比限时抢购（最多{ $max }小时，见 `sale-window`）长，标题里不能这么写；改给库存，或把时长缩到{ $max }小时以内
title-error-rejected = { $origin }每个候选标题都会触发 `{ $rule }`：{ $message }

# 标题生成器用不了的信息（title/facts.rs、cli/title.rs）。

title-fact-no-product = 没写产品名：用 `--product 玻尿酸精华` 给出，或用 `--from note.md` 从笔记里读
title-fact-what-product = 产品名
title-fact-what-benefit = 卖点
title-fact-empty = 是空的，请填上{ $what }
title-fact-one-line = { $what }只能写一行
title-fact-length-twice = 活动时长只写一次：`--hours` 和 `--days` 选一个
title-fact-bad-hours = { $value }不是有效的活动时长：填1到{ $max }之间的整数小时
title-fact-bad-days = { $value }不是有效的活动时长：填1到{ $max }之间的整数天
title-fact-bad-stock = { $value }不是有效的库存：填这次开卖的件数，至少1件
title-fact-no-price = 只有原价算不出折扣：把活动价 `--price` 也填上
title-fact-price-above = 活动价{ $price }比原价{ $original }（{ $origin }）还高：活动价不能高于原价
title-fact-bad-price = { $value }不是有效的价格：填大于0的人民币金额，比如199
title-fact-price-too-small = { $value }不是有效的价格：金额至少0.01元
title-fact-bad-category = 没有“{ $value }”这个品类，可选：{ $choices }
title-fact-bad-date = “{ $value }”不是日期：按 `YYYY-MM-DD` 写，比如2026-06-16
title-fact-festival-no-date = 要配节日，先给出活动日期：`--date YYYY-MM-DD`
title-fact-bad-festival = 节日表里没有“{ $name }”，可选：{ $choices }
title-fact-festival-run = { $from } – { $to }（{ $phase ->
        [preheat] 预热期
       *[peak] 高峰期
    }）
title-fact-festival-out = { $date }不在{ $festival }的活动期内（{ $runs }）：节日只有在活动期内才能写进标题；请给出活动当天的 `--date`，或者不配节日
title-fact-festival-years = { $festival }的日期只收了{ $from }–{ $to }年，查不到{ $date }
title-fact-no-limit = 标题要先写真实的限时或限量：请给出 `--hours`、`--days` 或 `--stock`（或者用头部信息 `sale` 里写了开始、结束时间或库存的笔记）
title-fact-ends-first = 活动结束时间早于开始时间：`sale.end` 要晚于 `sale.start`
title-from-no-front-matter = 没有头部信息：`--from` 要从里面读 `product`、`sale` 和 `category`
title-from-no-product = 头部信息里没有 `product`：加一行，比如 `product: 玻尿酸精华`，或者用 `--product` 给出

# 读不了的输入（input/、run/）。

located = { $place }: { $message }
input-cannot-read = 读不了：{ $reason }
input-stdin-closed = 读不了：标准输入已关闭；请用管道传入笔记，或写出文件名
input-invalid-utf8 = 不是 UTF-8 编码的文本（第{ $offset }字节处出错）
input-binary = 是二进制文件（第{ $offset }字节是空字符），不是笔记
input-too-large = 文件有{ $size }字节，超过了笔记{ $limit }字节的上限
input-directory = 是文件夹，不是笔记
input-stdin-closed-records = 标准输入已关闭；请用管道传入记录，或写出文件名
input-not-jsonl = 是文件夹；`--input jsonl` 只读每行一条 JSON 的文件
record-error = { $place }: { $message }；每行应是一个 JSON 对象：{ $shape }
record-shape = {"{"}"id": 文本或数字, "title": 文本, "body": 文本, "tags": [文本]（可选）{"}"}
record-too-long = 这条记录有{ $len }字节，超过了笔记的上限
record-invalid-utf8 = 不是 UTF-8 编码的文本（记录第{ $offset }字节处出错）
record-bad-json = 不是有效的 JSON（{ $reason }）
record-bad-id = `id` 是{ $kind }，应为文本或数字
record-kind-null = 空值
record-kind-bool = 布尔值
record-kind-number = 数字
record-kind-string = 文本
record-kind-array = 数组
record-kind-object = 对象

# 配置文件的错误（config/）：哪里不对，该怎么写。

config-unknown = { $subject }{ $hint }；可选：{ $choices }
config-unknown-nothing = { $subject }；这里不能设置任何项
config-unknown-key = 没有 `{ $key }` 这个配置项
config-unknown-what = 没有 `{ $name }` 这个{ $what ->
        [rule] 规则
        [option] 选项
        [lexicon] 词表
        [category] 品类
        [kind] 笔记类型
        [severity] 级别
       *[other] 项
    }
config-unknown-for-rule = 规则 `{ $rule }` 没有 `{ $name }` 这个{ $what ->
        [option] 选项
        [severity] 级别
       *[other] 项
    }
config-did-you-mean = （是不是 `{ $choice }`？）
config-twice = `{ $key }` 写了两次：只留一个，两处只会有一处生效
config-the-config = 配置文件
config-wrong-type = { $subject } 的类型不对：写的是{ $found }，这里要{ $expected }
config-wrong-value = { $subject } 不能是{ $found }：这里要{ $expected }
config-found-empty = 空值
config-found-list = 列表
config-found-mapping = 键值映射
config-found-string = 文本
config-found-boolean = 真假值
config-found-string-value = 文本 { $value }
config-found-number = 数字 { $value }
config-not-yaml = 不是有效的 YAML（{ $reason }）：检查这一行的缩进和引号
config-cannot-read = 读不了配置文件：{ $reason }
config-is-directory = 是文件夹，不是配置文件；请指定一个 YAML 文件
config-not-a-file = 不是文件，当不了配置；改成 YAML 文件，或者换个名字
config-two-files = 同一个文件夹里有两个配置文件，`{ $first }` 和 `{ $second }`；只留一个
config-too-deep = 配置嵌套超过{ $depth }层；配置只需要几层键值和短列表

# `xhslint plan --timeline` 的时间线（plan/timeline.rs）。

timeline-festival = {" "}· 节日{ $id }：{ $date }
timeline-gap = 隔{ $n }天
timeline-weekday = { $day ->
        [1] 周一
        [2] 周二
        [3] 周三
        [4] 周四
        [5] 周五
        [6] 周六
       *[7] 周日
    }
timeline-role = { $role ->
        [announcement] 预告
        [preheat] 预热
        [sale] 带货
        [recap] 回顾
       *[other] { $role }
    }
timeline-sale-runs = 活动进行中
timeline-sale = { $label }，到{ $until }结束
timeline-stream-kind = 直播
timeline-stream = { $label }（{ $minutes }分钟）
timeline-host = {" "}· 主播{ $host }
timeline-products = {" "}· { $n }个商品
timeline-overlaps = ⚠ 和{ $streams }时间重叠
timeline-minutes = { $minutes }分钟
timeline-since = {"  "}（距上一场开始{ $minutes }分钟）
plan-timeline-format = `--timeline` 只输出文本或 JSON：请用 `--format human` 或 `--format json`
