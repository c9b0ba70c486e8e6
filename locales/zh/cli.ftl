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
