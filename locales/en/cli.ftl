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

# The title generator's facts that cannot be used (title/facts.rs, cli/title.rs).

title-fact-no-product = missing — name the product, such as --product 玻尿酸精华, or read it from a Note with --from note.md
title-fact-what-product = the product's name
title-fact-what-benefit = the benefit
title-fact-empty = empty — give { $what }
title-fact-one-line = { $what } must be one line
title-fact-length-twice = give the sale's length once, with --hours or --days
title-role-no-stream = { $path }: no stream `{ $id }` in campaign `{ $campaign }`
title-role-no-streams = { $path }: the campaign has no stream to title
title-role-several-streams = { $path }: the campaign has several streams — pick one with --stream ({ $ids })
title-role-no-product = { $path }: stream `{ $id }` has no product — give --product
title-role-none = --role { $role } has no titles of its own; sale titles come from `xhslint title` without --role
title-role-no-fit = no { $role } title fits the title rules for product `{ $product }` — try a shorter --product
title-fact-bad-hours = { $value } is not a sale length — give a whole number of hours from 1 to { $max }
title-fact-bad-days = { $value } is not a sale length — give a whole number of days from 1 to { $max }
title-fact-bad-stock = { $value } is not a stock count — give the whole number of units on sale, 1 or more
title-fact-no-price = a discount needs the sale price too — add --price
title-fact-price-above = { $price } is above the original price { $original } ({ $origin }) — the sale price must not exceed it
title-fact-bad-price = { $value } is not a price — give an amount in CNY above 0, such as 199
title-fact-price-too-small = { $value } is not a price — give an amount in CNY of at least 0.01
title-fact-bad-category = `{ $value }` is not a category — expected one of: { $choices }
title-fact-bad-date = `{ $value }` is not a date — expected YYYY-MM-DD, such as 2026-06-16
title-fact-festival-no-date = a festival needs the sale's date — give --date YYYY-MM-DD
title-fact-bad-festival = `{ $name }` is not a festival in the calendar — expected one of: { $choices }
title-fact-festival-run = { $from } – { $to } ({ $phase })
title-fact-festival-out = { $date } is outside { $festival }'s windows ({ $runs }) — a title names a festival only while it runs; give the sale's --date, or leave the festival out
title-fact-festival-years = { $festival }'s dates are known for { $from }–{ $to } only, not for { $date }
title-fact-no-limit = a title leads with the sale's real limit — give --hours, --days or --stock (or a Note whose `sale` declares start and end, or stock)
title-fact-ends-first = the sale ends before it starts — `sale.end` must be after `sale.start`
title-from-no-front-matter = no front matter — `--from` reads `product`, `sale` and `category` from it
title-from-no-product = no `product` in the front matter — add one, such as `product: 玻尿酸精华`, or pass --product

# Inputs that cannot be read (input/, run/).

located = { $place }: { $message }
input-cannot-read = cannot read: { $reason }
input-stdin-closed = cannot read: standard input is closed — pipe a Note in, or name files
input-invalid-utf8 = invalid UTF-8 at byte { $offset }
input-binary = binary file (NUL byte at byte { $offset }), not a Note
input-too-large = file is { $size } bytes, over the { $limit }-byte limit for a Note
input-directory = is a directory, not a Note
input-stdin-closed-records = standard input is closed — pipe records in, or name files
input-not-jsonl = is a directory; --input jsonl reads JSON Lines files
record-error = { $place }: { $message } — expected one JSON object a line: { $shape }
record-shape = {"{"}"id": string or number, "title": string, "body": string, "tags": [string] (optional){"}"}
record-too-long = record is { $len } bytes, over the limit for a Note
record-invalid-utf8 = invalid UTF-8 at byte { $offset } of the record
record-bad-json = { $reason }
record-bad-id = `id` is { $kind }, not a string or number
record-kind-null = null
record-kind-bool = a boolean
record-kind-number = a number
record-kind-string = a string
record-kind-array = an array
record-kind-object = an object

# Config errors (config/): what is wrong, then what is allowed.

config-unknown = { $subject }{ $hint } — expected one of { $choices }
config-unknown-nothing = { $subject } — nothing can be set here
config-unknown-key = unknown key `{ $key }`
config-unknown-what = unknown { $what } `{ $name }`
config-unknown-for-rule = unknown { $what } `{ $name }` for rule `{ $rule }`
config-did-you-mean = {" "}(did you mean `{ $choice }`?)
config-twice = `{ $key }` is set twice — keep one, as only one of them could apply
config-the-config = the config
config-wrong-type = { $subject } is { $found }, the wrong type — expected { $expected }
config-wrong-value = { $subject } cannot be { $found } — expected { $expected }
config-found-empty = empty
config-found-list = a list
config-found-mapping = a mapping
config-found-string = a string
config-found-boolean = a boolean
config-found-string-value = a string { $value }
config-found-number = the number { $value }
config-not-yaml = not valid YAML: { $reason } — check the indentation and quoting on this line
config-cannot-read = cannot read the config file: { $reason }
config-is-directory = is a directory, not a config file — name a YAML file
config-not-a-file = is not a file, so it cannot be a config — make it a YAML file or rename it
config-two-files = two config files in one directory, `{ $first }` and `{ $second }` — keep one
config-too-deep = the config nests deeper than { $depth } levels — it is a mapping of short lists

# `xhslint plan --timeline` (plan/timeline.rs).

timeline-festival = {" "}· festival { $id } on { $date }
timeline-gap = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
timeline-weekday = { $day ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }
timeline-role = { $role }
timeline-sale-runs = sale runs
timeline-sale = { $label } until { $until }
timeline-stream-kind = stream
timeline-stream = { $label } ({ $minutes } min)
timeline-host = {" "}· host { $host }
timeline-products = {" "}· { $n } products
timeline-overlaps = ⚠ overlaps { $streams }
timeline-minutes = { $minutes } min
timeline-since = {"  "}(+{ $minutes } min)
plan-timeline-format = --timeline prints text or JSON; use --format human or json

# The review page (serve/assets/): its labels, as index.html writes them,
# and the words of its script (`serve-js-…`, `{name}` filled in by it).

serve-review = review
serve-empty = Type a Note to check it
serve-copy = Copy Note
serve-title = Title
serve-units-title = Length in the app's units: a Chinese character is 1, a letter, digit or space ½
serve-units-empty = 0 / 20 units
serve-body = Body
serve-tags-title = Distinct topic hashtags, front matter and body
serve-tags-empty = 0 hashtags
serve-findings = Findings
serve-facts = Sale facts
serve-facts-hint = what the claims are checked against
serve-product = Product
serve-category = Category
serve-category-beauty = beauty
serve-category-fashion = fashion
serve-category-food = food
serve-category-mother-baby = mother-baby
serve-category-home = home
serve-category-digital = digital
serve-category-other = other
serve-start = Sale starts
serve-end = Sale ends
serve-stock = Stock
serve-price = Price ¥
serve-original-price = Original price ¥
serve-facts-note = Times are China time. The facts go into the Note's front matter, as a Note file carries them.
serve-titles = Title ideas
serve-titles-hint = from the facts above
serve-benefit = Benefit
serve-festival = Festival
serve-generate = Write titles
serve-js-checking = checking…
serve-js-no-problems = No problems found
serve-js-empty = Type a Note to check it
serve-js-count-error = { $n } errors
serve-js-count-warning = { $n } warnings
serve-no-such-page = no such page: { $method } { $path } — the page is at /, the API at POST /api/check and POST /api/title
serve-wrong-method = { $method } { $path }: use { $allowed }
serve-timeout = the request took over { $seconds } s, the server's limit for one request
serve-no-host = the request has no Host header
serve-wrong-host = Host `{ $host }` is not this server: open the page at http://{ $bound }/
serve-wrong-origin = requests from `{ $origin }` are refused: only the page this server serves may use its API
serve-not-json = send the request as JSON, with `Content-Type: application/json`
serve-body-too-large = request body is over the { $limit }-byte limit for a Note
serve-bad-body = request body: { $reason }
serve-bad-filename = filename `{ $name }`: give a relative path below the directory the server runs in, such as notes/sale.md
serve-bad-count = count { $count }: ask for 1 to 100 titles
serve-cannot-start = cannot start the server: { $reason }
serve-cannot-listen-on = cannot listen on { $addr }: { $reason }
serve-cannot-listen = cannot listen: { $reason }
serve-not-loopback = listening on { $ip }, which is not a loopback address: anyone who can reach this machine can use the page
serve-no-ctrl-c = cannot listen for Ctrl-C: { $reason }
serve-started = xhslint review page: { $url } (Ctrl-C stops it)
serve-stopped = xhslint: stopped
serve-failed = { $reason }
serve-js-count-info = { $n } infos
serve-js-sev-error = error
serve-js-sev-warning = warning
serve-js-sev-info = info
serve-js-where-title = title
serve-js-where-body = body
serve-js-where-facts = facts
serve-js-where-note = whole Note
serve-js-kind-sale = sale
serve-js-kind-organic = organic
serve-js-kind-note = { $kind } Note
serve-js-kind-because = {" "}because of “{ $text }”
serve-js-kind-in = {" "}(in the { $field })
serve-js-kind-how = {" "}— { $how }
serve-js-how-front-matter = declared in the front matter
serve-js-how-config = set by the config
serve-js-how-detected = detected
serve-js-units = { $n } / { $max } units
serve-js-tags = { $n } hashtags ({ $min }–{ $max })
serve-js-apply = Apply
serve-js-remove = Remove it
serve-js-applied = Applied: { $text }
serve-js-removed = Applied: removed
serve-js-title-units = { $n } units
serve-js-use = Use
serve-js-title-inserted = Title inserted
serve-js-copied = Note copied
config-expected-units = a length in app units such as 20 or 20.5
config-expected-count = a whole number such as 5
config-expected-rule-table = a mapping from rule id to a severity, e.g. `pressure-phrase: error`
config-expected-rule-setting = a severity (off, info, warning, error) or a mapping of { $options }
config-expected-one-of = one of { $choices }
config-empty-word = `dictionary` has an empty word — list brand and product names such as `第一坊`
config-contradicts = `{ $key }` contradicts `{ $alias }` on line { $line } — set it in one place
config-hashtag-range = hashtag range is empty: min { $min } is above max { $max } — min must not exceed max (defaults { $default_min } and { $default_max })
config-dictionary-unreadable = cannot read dictionary file `{ $file }` ({ $path }): { $reason } — paths are relative to the config file
config-dictionary-not-utf8 = dictionary file `{ $file }` is not UTF-8 (invalid byte at { $offset }) — save it as UTF-8
config-not-in-lexicon = `{ $term }` is not in lexicon `{ $name }`, so it cannot be removed — remove lists entries of dictionaries/{ $name }.txt
config-lexicon-empty-entry = `lexicons.{ $name }.add` has an empty entry — write a word
config-bad-frequency = frequency `{ $frequency }` is not a whole number — a line is `word [frequency] [tag]`, e.g. `第一坊 10 nz`
config-extra-field = unexpected `{ $extra }` after the tag — a line is `word [frequency] [tag]`; a word cannot contain spaces
fix-summary-fixed = xhslint: fixed { $findings } in { $files }
fix-summary-would = xhslint: would fix { $findings } in { $files }
fix-summary-unwritten = ; { $n } could not be written

# Campaign file errors (plan/model.rs).

plan-what-file = the campaign file
plan-what-stream = a stream
plan-what-window = a flash window
plan-what-bundle = a bundle
plan-what-note = a Note
plan-what-product = a product
plan-what-segment = a segment
plan-found-nothing = nothing
plan-found-list = a list
plan-found-mapping = a mapping
plan-did-you-mean = did you mean `{ $choice }`?{" "}
plan-unknown-key = unknown key `{ $name }` in { $what } — { $hint }allowed: { $allowed }
plan-needs-key = { $what } needs `{ $key }`
plan-must-be-mapping = { $what } must be a mapping, not { $found }
plan-must-be-list = `{ $what }` must be a list, not { $found }
plan-must-be-text = `{ $what }` must be text, not { $found }
plan-must-be-price = `{ $what }` must be a price in CNY above 0, such as 199, not { $found }
plan-must-be-percent = `{ $what }` must be a percent between 0 and 100, such as 12, not { $found }
plan-must-be-count = `{ $what }` must be a whole number such as 5, not { $found }
plan-key-must-be-text = a key of { $what } must be text
plan-key-twice = `{ $name }` is given twice in { $what }
plan-unknown-festival = unknown festival `{ $name }` — one of: { $ids }
plan-unknown-lang = unknown language `{ $name }` — `lang` is zh or en
plan-stream-twice = stream id `{ $id }` is used twice
plan-unknown-rule = unknown plan rule `{ $id }` — { $hint }`xhslint rules` lists them
plan-product-twice = product id `{ $id }` is used twice in this stream
plan-none = none
plan-no-product = no product `{ $id }` in this stream — its products: { $ids }
plan-window-outside = this window ({ $start }–{ $end }) is not inside its stream ({ $stream_start }–{ $stream_end })
plan-window-overlap = this window ({ $start }–{ $end }) overlaps the one at { $other_start }–{ $other_end } — one offer at a time
plan-bundle-too-small = a bundle needs at least two items
plan-unknown-role = unknown role `{ $role }` — one of: { $roles }
plan-no-stream = no stream `{ $id }` in this campaign — its streams: { $ids }
plan-unknown-severity = unknown severity `{ $level }` — one of: { $levels }
plan-rule-entry = `{ $id }` takes a severity or a mapping of severity and options, not { $found }
plan-original-below-price = `original_price` ({ $original }) is below `price` ({ $price })
plan-segment-kind = `kind` must be education or promotion, not { $found }
plan-the-stream = the stream
plan-the-window = the window
plan-the-sale = the sale
plan-ends-before-start = { $what } ends ({ $end }) before it starts ({ $start })
plan-must-be-bool = `{ $what }` must be true or false, not { $found }
plan-must-be-time = `{ $what }` must be a time such as 2026-06-16T20:00:00+08:00, not { $found }
plan-must-be-time-or-clock = `{ $what }` must be a time such as 2026-06-16T20:00:00+08:00 or 20:00, not { $found }
plan-rule-only-severity = it takes only `severity`
plan-rule-options = its options: { $names }
plan-no-such-option = `{ $id }` has no option `{ $name }` — { $options }
plan-not-yaml = { $reason }
plan-yaml-alias = aliases (`*name`) are not supported in a campaign file — write the value out
plan-unreadable = { $reason }
plan-too-large = the file is { $size } bytes; a campaign file may have at most { $limit }
plan-not-utf8 = not UTF-8 (byte { $offset })
plan-note-not-utf8 = { $path } is not UTF-8
plan-note-unreadable = cannot read { $path }: { $reason }
plan-key-rule-id = a rule id
plan-key-severity = a severity
plan-key-option = an option
plan-key-product-id = a product id
plan-described-must-be-text = `{ $what }` must be text, not { $found }

# `xhslint init`.
init-exists = { $path } already exists; edit it, or remove it first to start over
init-wrote = wrote { $path }
init-cannot-write = cannot write { $path }: { $reason }
