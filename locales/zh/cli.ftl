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
summary-found-some = { $linted }中有{ $some }个有问题，共{ $parts }
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
fix-summary-fixed = xhslint：修复了{ $files }里的{ $findings }
fix-summary-would = xhslint：会修复{ $files }里的{ $findings }
fix-summary-unwritten = ；{ $n }个文件无法写入

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
title-role-no-stream = { $path }: 活动 `{ $campaign }` 里没有直播 `{ $id }`
title-role-no-streams = { $path }: 这个活动里没有直播，写不了标题
title-role-several-streams = { $path }: 这个活动有好几场直播，用 `--stream` 选一场（{ $ids }）
title-role-no-product = { $path }: 直播 `{ $id }` 没有商品，请用 `--product` 写明
title-role-none = `--role { $role }` 没有专门的标题；卖货标题请用不带 `--role` 的 `xhslint title`
title-role-no-fit = { $role ->
    [announcement] 按商品 `{ $product }` 写不出符合标题规则的直播预告标题，试试把 `--product` 写短一点
   *[other] 按商品 `{ $product }` 写不出符合标题规则的直播回顾标题，试试把 `--product` 写短一点
}
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
        [language] 输出语言
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
config-found-boolean = 布尔值
config-found-string-value = 文本 { $value }
config-found-number = 数字 { $value }
config-not-yaml = 不是有效的 YAML（{ $reason }）：检查这一行的缩进和引号
config-cannot-read = 读不了配置文件：{ $reason }
config-is-directory = 是文件夹，不是配置文件；请指定一个 YAML 文件
config-not-a-file = 不是普通文件，不能当配置用；请指定一个 YAML 文件
config-two-files = 同一个文件夹里有两个配置文件，`{ $first }` 和 `{ $second }`；只留一个
config-too-deep = 配置嵌套超过{ $depth }层；配置只需要几层键值和短列表
config-expected-units = 字数，比如20或20.5
config-expected-count = 整数，比如5
config-expected-rule-table = 从规则名到级别的映射，比如 `pressure-phrase: error`
config-expected-rule-setting = 级别（`off`、`info`、`warning`、`error`），或由 { $options } 组成的映射
config-expected-one-of = { $choices } 之一
config-empty-word = `dictionary` 里有空词：列出品牌名、产品名，比如 `第一坊`
config-contradicts = `{ $key }` 和第{ $line }行的 `{ $alias }` 设得不一样：只在一处设置
config-hashtag-range = 话题数量范围是空的：最少{ $min }个比最多{ $max }个还多；最少不能超过最多（默认{ $default_min }和{ $default_max }）
config-dictionary-unreadable = 读不了词典文件 `{ $file }`（{ $path }）：{ $reason }；路径是相对配置文件的
config-dictionary-not-utf8 = 词典文件 `{ $file }` 不是 UTF-8 编码（第{ $offset }字节处出错）；请另存为 UTF-8
config-not-in-lexicon = 词表 `{ $name }` 里没有 `{ $term }`，删不了；`remove` 只能列 `dictionaries/{ $name }.txt` 里有的词
config-lexicon-empty-entry = `lexicons.{ $name }.add` 里有空词：请写上词
config-bad-frequency = 词频 `{ $frequency }` 不是整数；每行写 `词 [词频] [词性]`，比如 `第一坊 10 nz`
config-extra-field = 词性后面多了 `{ $extra }`；每行写 `词 [词频] [词性]`，词里不能有空格

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

# `--help` 的中文（cli/help.rs）。英文就是 src/cli/args.rs 里各参数的文档注释，
# 所以这些只有中文。

cli-help-heading-usage = 用法：
cli-help-heading-commands = 命令
cli-help-heading-arguments = 参数
cli-help-heading-options = 选项
cli-help-values = 可选：{ $values }
cli-help-default = 默认：{ $value }
cli-help-with-notes = { $help }（{ $notes }）
cli-help-flag-help = 显示帮助
cli-help-flag-version = 显示版本号

cli-help-xhslint = 懂中文的小红书限时抢购笔记检查工具，也能按活动信息写标题。
cli-help-xhslint-lang = 输出语言。不写时依次看 `XHSLINT_LANG`、配置里的 `lang:`，最后看系统语言环境 `LC_ALL`、`LC_MESSAGES`、`LANG`
cli-help-xhslint-examples =
    示例：
      xhslint check notes/                  检查 notes/ 下的每篇笔记
      xhslint check note.md --format json   输出给程序读的结果
      cat note.md | xhslint check - --stdin-filename note.md
      xhslint check --deny warnings .       有警告也算不通过（持续集成用）
      xhslint check --format github .       在 GitHub Actions 日志里标注
      xhslint check --format sarif . > xhslint.sarif
      xhslint check --input jsonl export.jsonl --format jsonl
      xhslint check --fix notes/            自动改掉能安全修复的问题
      xhslint check --diff notes/           只看会怎么改，不写文件

cli-help-check = 检查笔记，列出问题。
cli-help-check-examples = { cli-help-xhslint-examples }
cli-help-check-paths = 要检查的文件或文件夹；`-` 表示从标准输入读一篇笔记
cli-help-check-stdin_filename = 从标准输入读的笔记叫什么名字：提示里用它，也按它判断格式（`.txt` 是纯文本）
cli-help-check-format = 输出格式
cli-help-check-color = 终端输出什么时候带颜色
cli-help-check-deny = 有警告也算不通过
cli-help-check-quiet = 只输出导致不通过的问题，不输出最后的汇总
cli-help-check-config = 用这个配置文件，不找最近的 `.xhslint.yaml` 或 `xhslint.yaml`
cli-help-check-no_config = 不读配置文件，全部用默认设置
cli-help-check-input = 怎么读这些路径：笔记文件，或每行一篇笔记的 JSON 记录
cli-help-check-threads = 用几个线程（默认每个核一个，最多256个）；线程数不影响结果
cli-help-check-fix = 自动修复能安全修复的问题，直接写回文件
cli-help-check-diff = 以统一差异格式显示 `--fix` 会怎么改，不写文件；有文件会被改时退出码为1

cli-help-rules = 列出所有规则：规则名、默认级别、能否自动修复、查什么。
cli-help-rules-format = 输出格式

cli-help-explain = 讲解一条规则：查什么、为什么影响卖货、正反例、选项。
cli-help-explain-rule = 规则名，比如 `absolute-claim`（`xhslint rules` 能列出全部）

cli-help-init = 生成一份带注释的 `.xhslint.yaml` 起步配置。
cli-help-init-dir = 把 `.xhslint.yaml` 写到哪个文件夹

cli-help-title = 按活动信息写合规、以限时限量开头的标题。
cli-help-title-examples =
    示例：
      xhslint title --product 玻尿酸精华 --hours 48 --stock 200
      xhslint title --product 玻尿酸精华 --days 2 --price 199 --original-price 299 --benefit 补水保湿
      xhslint title --product 玻尿酸精华 --hours 48 --festival auto --date 2026-06-16 --format json
      xhslint title --from note.md          从笔记头部信息里读活动信息
cli-help-title-from = 从笔记的头部信息里读 `product`、`sale` 和 `category`；同时给了的选项优先
cli-help-title-product = 产品名
cli-help-title-hours = 活动时长，整数小时
cli-help-title-days = 活动时长，整数天
cli-help-title-stock = 开卖的件数；不给就不写“限量”
cli-help-title-price = 活动价，单位元
cli-help-title-original_price = 原价，单位元；和 `--price` 一起算出几折
cli-help-title-benefit = 产品给买家的好处，比如补水保湿
cli-help-title-category = 产品品类
cli-help-title-festival = 借节日热点：写节日代号（同头部信息 `sale.festival`）或名字，比如双11、春节；`auto` 按 `--date` 选当时在进行的节日，`none` 不借
cli-help-title-date = 活动日期，用来查节日日历（默认今天，北京时间）
cli-help-title-role = 给活动里的其他笔记写标题（按 `--plan` 的排期）：直播预告（周五20:00直播 | …）或直播回顾（直播回放24小时有效 | …）
cli-help-title-plan = `--role` 用的活动排期文件
cli-help-title-stream = 标题写给排期里的哪场直播（有多场时必填）
cli-help-title-count = 输出几个标题，好的在前
cli-help-title-format = 输出格式
cli-help-title-config = 用这个配置文件，标题要过它的规则；不给时用 `--from` 笔记的配置，再不然用当前文件夹里笔记的配置
cli-help-title-no_config = 不读配置文件，全部用默认设置

cli-help-lsp = 在标准输入输出上运行语言服务器（给编辑器用）。
cli-help-lsp-stdio = 通过标准输入输出通信（目前只支持这一种）；编辑器启动时会带上这个参数
cli-help-lsp-config = 用这个配置文件，不找最近的 `.xhslint.yaml` 或 `xhslint.yaml`
cli-help-lsp-no_config = 不读配置文件，全部用默认设置

cli-help-plan = 检查活动排期：直播、秒杀场次、套装，以及预告、带货、回顾这些笔记。
cli-help-plan-examples =
    示例：
      xhslint plan                          检查 ./campaign.yaml
      xhslint plan campaigns/618.yaml --format sarif > plan.sarif
      xhslint plan --timeline               按天列出活动、直播和秒杀场次
      xhslint plan --timeline --format json
cli-help-plan-file = 活动排期文件
cli-help-plan-format = 输出格式（配 `--timeline` 时只能是 `human` 或 `json`）
cli-help-plan-timeline = 不做检查，按天列出活动、直播和秒杀场次
cli-help-plan-color = 终端输出什么时候带颜色
cli-help-plan-deny = 有警告也算不通过
cli-help-plan-quiet = 只输出导致不通过的问题，不输出最后的汇总

cli-help-serve = 在本机端口上打开检查页面和它的 JSON 接口。
cli-help-serve-examples =
    示例：
      xhslint serve                         http://127.0.0.1:8787/
      xhslint serve --port 9000 --config brand/.xhslint.yaml
cli-help-serve-port = 监听的端口；0 表示自动选一个空闲端口（启动时会打印网址）
cli-help-serve-host = 绑定的地址；不是本机回环地址的话，别的机器也能打开页面，启动时会提醒
cli-help-serve-config = 检查笔记用的配置文件；不给时用当前文件夹往上最近的那个（或请求里 `filename` 所在处的）
cli-help-serve-no_config = 不读配置文件，全部用默认设置

cli-help-completions = 输出命令行补全脚本。
cli-help-completions-examples =
    示例：
      xhslint completions bash > ~/.local/share/bash-completion/completions/xhslint
      xhslint completions zsh > "${"{"}fpath[1]{"}"}/_xhslint"
      xhslint completions fish > ~/.config/fish/completions/xhslint.fish
      xhslint completions powershell >> $PROFILE
cli-help-completions-shell = 给哪个终端生成补全

cli-help-help = 显示本帮助，或指定命令的帮助
cli-help-help-subcommand = 要看帮助的命令

# 检查页面（serve/assets/）：页面上的固定文字，和脚本里用到的词（`serve-js-…`，
# 其中的 `{name}` 由脚本填）。

serve-review = 笔记检查
serve-empty = 输入笔记就开始检查
serve-copy = 复制笔记
serve-title = 标题
serve-units-title = 按小红书的算法计字：一个汉字算1字，字母、数字和空格各算半字
serve-units-empty = 0 / 20字
serve-body = 正文
serve-tags-title = 不重复的话题标签，头部信息和正文里的都算
serve-tags-empty = 0个话题
serve-findings = 问题
serve-facts = 活动信息
serve-facts-hint = 用来核对文案里的说法
serve-product = 产品
serve-category = 品类
serve-category-beauty = 美妆
serve-category-fashion = 服饰
serve-category-food = 食品
serve-category-mother-baby = 母婴
serve-category-home = 家居
serve-category-digital = 数码
serve-category-other = 其他
serve-start = 开始时间
serve-end = 结束时间
serve-stock = 库存
serve-price = 活动价 ¥
serve-original-price = 原价 ¥
serve-facts-note = 时间按北京时间。这些信息会写进笔记的头部信息，和笔记文件里的写法一样。
serve-titles = 标题建议
serve-titles-hint = 按上面的活动信息生成
serve-benefit = 卖点
serve-festival = 节日
serve-generate = 写标题
serve-js-checking = 检查中…
serve-js-no-problems = 没有发现问题
serve-js-empty = 输入笔记就开始检查
serve-js-count-error = { $n }个错误
serve-js-count-warning = { $n }个警告
serve-no-such-page = 没有这个页面：`{ $method } { $path }`。页面在 `/`，接口是 `POST /api/check` 和 `POST /api/title`
serve-wrong-method = `{ $method } { $path }` 不支持：请用 `{ $allowed }`
serve-timeout = 请求处理超过了 { $seconds } 秒，这是服务器单次请求的时限
serve-no-host = 请求缺少 `Host` 头
serve-wrong-host = `Host` 头 `{ $host }` 不是这台服务器：请打开 `http://{ $bound }/`
serve-wrong-origin = 拒绝来自 `{ $origin }` 的请求：只有本服务器提供的页面能调用接口
serve-not-json = 请求要以 JSON 发送，并带上 `Content-Type: application/json`
serve-body-too-large = 请求内容超过了笔记 { $limit } 字节的上限
serve-bad-body = 请求内容有误（{ $reason }）
serve-bad-filename = 文件名 `{ $name }` 不可用：请写服务器运行目录下的相对路径，比如 `notes/sale.md`
serve-bad-count = 标题数量要在 1 到 100 之间，不能是 { $count }
serve-cannot-start = 服务器启动失败：{ $reason }
serve-cannot-listen-on = 无法监听 { $addr }：{ $reason }
serve-cannot-listen = 无法监听端口：{ $reason }
serve-not-loopback = 正在监听 { $ip }，这不是本机回环地址：能连上这台机器的人都能打开这个页面
serve-no-ctrl-c = 无法接收 `Ctrl-C`：{ $reason }
serve-started = xhslint 笔记检查页面 { $url } （按 `Ctrl-C` 停止）
serve-stopped = xhslint：已停止
serve-failed = 服务器出错：{ $reason }
serve-js-count-info = { $n }条提示
serve-js-sev-error = 错误
serve-js-sev-warning = 警告
serve-js-sev-info = 提示
serve-js-where-title = 标题
serve-js-where-body = 正文
serve-js-where-facts = 活动信息
serve-js-where-note = 全文
serve-js-kind-sale = 带货
serve-js-kind-organic = 非带货
serve-js-kind-note = { $kind }笔记
serve-js-kind-because = ，因为有“{ $text }”
serve-js-kind-in = （在{ $field }里）
serve-js-kind-how = ，{ $how }
serve-js-how-front-matter = 头部信息里写明了
serve-js-how-config = 配置里设定了
serve-js-how-detected = 自动判断
serve-js-units = { $n } / { $max }字
serve-js-tags = { $n }个话题（{ $min }–{ $max }）
serve-js-apply = 采用
serve-js-remove = 删掉
serve-js-applied = 已改成：{ $text }
serve-js-removed = 已删掉
serve-js-title-units = { $n }字
serve-js-use = 用这个
serve-js-title-inserted = 已填入标题
serve-js-copied = 笔记已复制

# 活动排期文件的错误（plan/model.rs）。

plan-what-file = 活动文件
plan-what-stream = 直播
plan-what-window = 秒杀场次
plan-what-bundle = 套装
plan-what-note = 笔记
plan-what-product = 商品
plan-what-segment = 直播环节
plan-found-nothing = 空值
plan-found-list = 列表
plan-found-mapping = 键值映射
plan-did-you-mean = （是不是 `{ $choice }`？）
plan-unknown-key = { $what }里没有 `{ $name }` 这个键{ $hint }；可用的键：{ $allowed }
plan-needs-key = { $what }缺少 `{ $key }`
plan-must-be-mapping = { $what }应该是键值映射，不是{ $found }
plan-must-be-list = `{ $what }` 应该是列表，不是{ $found }
plan-must-be-text = `{ $what }` 应该是文本，不是{ $found }
plan-must-be-price = `{ $what }` 应该是大于0的人民币价格，比如199，不是{ $found }
plan-must-be-percent = `{ $what }` 应该是0到100之间的百分数，比如12，不是{ $found }
plan-must-be-count = `{ $what }` 应该是整数，比如5，不是{ $found }
plan-key-must-be-text = { $what }里的键应该是文本
plan-key-twice = { $what }里的 `{ $name }` 写了两次
plan-unknown-festival = 没有 `{ $name }` 这个节日；可选：{ $ids }
plan-unknown-lang = 没有 `{ $name }` 这种语言；`lang` 只能写 `zh` 或 `en`
plan-stream-twice = 直播 id `{ $id }` 用了两次
plan-unknown-rule = 没有 `{ $id }` 这条活动规则{ $hint }；用 `xhslint rules` 查看全部规则
plan-product-twice = 商品 id `{ $id }` 在这场直播里用了两次
plan-none = 无
plan-no-product = 这场直播里没有商品 `{ $id }`；已有的商品：{ $ids }
plan-window-outside = 这个秒杀场次（{ $start }–{ $end }）不在所属直播的时间内（{ $stream_start }–{ $stream_end }）
plan-window-overlap = 这个秒杀场次（{ $start }–{ $end }）和 { $other_start }–{ $other_end } 那场时间重叠；同一时间只能有一个优惠
plan-bundle-too-small = 套装至少要有两件商品
plan-unknown-role = 没有 `{ $role }` 这个角色；可选：{ $roles }
plan-no-stream = 这个活动里没有直播 `{ $id }`；已有的直播：{ $ids }
plan-unknown-severity = 没有 `{ $level }` 这个级别；可选：{ $levels }
plan-rule-entry = `{ $id }` 后面应该写级别，或者写包含级别和选项的键值映射，不是{ $found }
plan-original-below-price = `original_price`（{ $original }）比 `price`（{ $price }）还低
plan-segment-kind = `kind` 只能是 `education` 或 `promotion`，不是{ $found }
plan-the-stream = 直播
plan-the-window = 秒杀场次
plan-the-sale = 促销
plan-ends-before-start = { $what }的结束时间（{ $end }）应该晚于开始时间（{ $start }）
plan-must-be-bool = `{ $what }` 只能是 `true` 或 `false`，不是{ $found }
plan-must-be-time = `{ $what }` 应该是时间，比如 2026-06-16T20:00:00+08:00，不是{ $found }
plan-must-be-time-or-clock = `{ $what }` 应该是时间，比如 2026-06-16T20:00:00+08:00 或 20:00，不是{ $found }
plan-rule-only-severity = 它只能设置 `severity`
plan-rule-options = 它的选项：{ $names }
plan-no-such-option = `{ $id }` 没有 `{ $name }` 这个选项；{ $options }
plan-not-yaml = 不是有效的 YAML（{ $reason }）：检查这一行的缩进和引号
plan-yaml-alias = 活动文件不支持别名（`*name`）：把值直接写出来
plan-unreadable = 读不了：{ $reason }
plan-too-large = 文件有{ $size }字节，超过了活动文件{ $limit }字节的上限
plan-not-utf8 = 不是 UTF-8 编码的文本（第{ $offset }字节处出错）
plan-note-not-utf8 = { $path } 不是 UTF-8 编码的文本
plan-note-unreadable = 读不了 { $path }：{ $reason }
plan-key-rule-id = 规则 id
plan-key-severity = 级别
plan-key-option = 选项名
plan-key-product-id = 商品 id
plan-described-must-be-text = { $what } 应该是文本，不是{ $found }

# `xhslint init`.
init-exists = { $path } 已经存在：直接改它，或者先删掉再重新生成
init-wrote = 已写入 { $path }
init-cannot-write = 写不了 { $path }：{ $reason }
