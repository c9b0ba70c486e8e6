# The human output's own words: labels and the closing summary.

human-error = error
human-warning = warning
human-info = info
human-line = { " " }(line { $line })
human-note = note: { $message }{ $place }
human-help = help: { $text }
human-fixable = { " " }[fixable]
human-fixed = fixed

count-file = { $n ->
        [one] { $n } file
       *[other] { $n } files
    }
count-record = { $n ->
        [one] { $n } record
       *[other] { $n } records
    }
count-input = { $n ->
        [one] { $n } input
       *[other] { $n } inputs
    }
count-error = { $n ->
        [one] { $n } error
       *[other] { $n } errors
    }
count-warning = { $n ->
        [one] { $n } warning
       *[other] { $n } warnings
    }
count-info = { $n ->
        [one] { $n } info
       *[other] { $n } infos
    }
count-finding = { $n ->
        [one] { $n } finding
       *[other] { $n } findings
    }
count-fixed-file = { $n ->
        [one] { $n } fixed file
       *[other] { $n } fixed files
    }

summary-no-problems = No problems found
summary-clean = { $clean } in { $linted }
summary-found = Found { $parts } in { $linted }
summary-found-some = Found { $parts } in { $some } of { $linted }
summary-unread = ; { $unread } could not be read
summary-fixed = ; fixed { $fixes } in { $files }
summary-unwritten = ; { $files } could not be written
summary-end = .

# A suggestion's advice and the rewrite it proposes.
help-with-rewrite = { $advice }: { $rewrite }

# Flags of `check` that cannot work together.
usage-fix-stdin = --fix writes files, and stdin is not one — use --diff to see the fixes
usage-fix-jsonl = --fix and --diff rewrite Note files, not JSON Lines records
usage-diff-format = --diff prints a unified diff; it cannot be combined with --format

# The title generator's output (cli/title.rs, title/).

title-facts = facts: { $facts }
title-facts-days = { $days } days = { $hours } h
title-facts-hours = { $hours } h
title-facts-stock = stock { $stock }
title-facts-festival = { $name } { $phase }, festival day { $day }
title-columns = { " " }#  score  units  title
title-note-unused = { $origin }{ $what } is in none of the titles — { $why }
title-fact-window = the { $hours }-hour window
title-fact-stock = the stock of { $stock }
title-fact-price = the price
title-why-flagged = `{ $rule }` flags it: { $finding }
title-why-fit = it does not fit in { $limit } units beside the product and the limit
title-finding-in = { $finding } (in “{ $title }”)
title-facts-discount = ¥{ $price } of ¥{ $original } = { $discount }折

# The language server's hover and code-action titles (lsp/).

lsp-hover-finding = **{ $rule }** ({ $severity }): { $message }
lsp-action-rewrite = { $advice }: “{ $rewrite }”
lsp-action-disable = Disable { $rule } for this line
title-error-too-long = { $origin }: “{ $product }” is { $units } units and no word-boundary shortening of it fits a { $limit }-unit title with the sale's limit — give a shorter product name
title-error-window = the sale window is { $hours } hours, longer than a flash sale ({ $max } hours, sale-window), so no title states it — give a stock, or a window of at most { $max } hours
title-error-rejected = { $origin }every candidate title breaks `{ $rule }`: { $message }
