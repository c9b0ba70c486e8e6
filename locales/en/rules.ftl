# Finding messages, help and notes of the Note rules (src/rules/).
# Every id here exists in locales/zh/rules.ftl with the same placeables.

absolute-claim = “{ $text }” is an absolute claim the Advertising Law (Art. 9) forbids; state a specific, checkable benefit instead
absolute-claim-rewrite = use a relative, verifiable wording
absolute-claim-remove = remove the claim or replace it with a fact the reader can check

benefit-before-price-first = the body names the price (“{ $price }”) before any concrete benefit; lead with what the product does
benefit-before-price-none = the body names the price (“{ $price }”) but no concrete benefit; say what the product does before what it costs
benefit-before-price-help = open with an effect, texture or feel the reader gets, then give the price

body-length = body is { $length } units; the app accepts at most { $limit }
body-length-help = cut it to the benefit, the feel and the offer

claim-mismatch = “{ $text }” { $reason }
claim-mismatch-window = state the real window
claim-mismatch-deadline = state the real end
claim-mismatch-stock = state the real stock
claim-mismatch-discount = state the real discount
claim-mismatch-price = state the declared price
claim-mismatch-facts = state the facts

claim-window = says the sale lasts { $claimed } hours, but sale.start to sale.end is { $actual } hours
claim-countdown = says { $claimed } hours are left, but the sale ends { $actual } hours after publish_at
claim-deadline-day = says the sale ends { $which ->
        [same] that day
       *[next] the next day
    }, but sale.end is { $end } China time, not on { $expected } ({ $which ->
        [same] that day
       *[next] the next day
    } of { $reference })
claim-deadline-clock = says the sale ends at { $claimed }, but sale.end is { $end } China time
claim-stock = claims { $claimed } units, but sale.stock is { $stock }
claim-discount = { $direction ->
        [over] overstates the discount
       *[under] understates the discount by a whole 折 or more
    }: sale.price / sale.original_price is { $price } / { $original } = { $actual }折, and { $claimed }折 is true only of a ratio above { $low } and at most { $claimed }
claim-reduction = overstates the saving: sale.original_price − sale.price is { $original } − { $price } = { $saving }
claim-price-neither = matches neither sale.price { $price } nor sale.original_price { $original }
claim-price = does not match the declared { $fact } { $value }
fact-stock = sale.stock is { $stock }
fact-time = { $name } is { $time } China time
fact-amount = { $name } is { $value }

community-framing = the whole Note has urgency but no community framing: offer the limit to followers or the store (本周粉丝专享价, 小红书店铺本周末专享) and invite comments, with no reward for them
community-framing-help = add a line framing the urgency for the community

engagement-bait = “{ $text }” rewards readers for engaging; the platform limits Notes that trade rewards for interaction (诱导互动)
engagement-bait-asked = “{ $text }” rewards readers for engaging ({ $conditions }); the platform limits Notes that trade rewards for interaction (诱导互动)
engagement-bait-help = drop the reward for engagement: offer followers an exclusive price, or run the draw with Xiaohongshu's own lottery tool

false-authority = “{ $text }” borrows an authority the Advertising Law forbids in ads (Art. 9, 16, 18; 商标法 Art. 14); say what the product does instead
false-authority-help = say what the product does

flash-fatigue = flash sale of { $reasons } again within { $days } days of { $path } (published { $date }); a flash sale every few weeks teaches readers to wait for the next one
flash-fatigue-earlier = { $reasons } published { $date }
flash-fatigue-product = the same product “{ $name }”
flash-fatigue-discount = the same discount { $discount }折

front-matter-help = fix the value; see the front matter reference in the README

hashtag-count-none = no hashtags; add { $min }–{ $max } so the Note surfaces in search
hashtag-count-few = { $count } distinct { $count ->
        [one] hashtag
       *[other] hashtags
    }; add { $more } more so the Note surfaces in search ({ $min }–{ $max })
hashtag-count-few-help = mix broad discovery tags with niche category tags
hashtag-count-many = { $count } distinct hashtags; keep { $min }–{ $max } so the Note is not read as spam
hashtag-count-many-help = drop the least relevant, e.g. { $tags }

hashtag-duplicate = #{ $tag } is already in the body; a repeated tag adds no reach
hashtag-duplicate-help = remove the repeated { $tag }

hashtag-format-empty = empty hashtag: a `#` with no topic after it
hashtag-format-empty-help = remove the stray `#` or write the topic after it
hashtag-format-space = space inside the hashtag { $tag }; the app ends the tag at the space
hashtag-format-space-help = join the words
hashtag-format-unclosed = { $tag } is missing its closing `#`
hashtag-format-unclosed-help = close the tag
hashtag-format-long = hashtag is { $length } units; tags over 20 are cut and rarely searched
hashtag-format-long-help = use a short topic people search for

hashtag-mix = the tags lack { $missing }: a sale Note reaches browsers with broad tags and buyers with niche ones
hashtag-mix-broad = a broad discovery tag
hashtag-mix-niche = { $count } niche { $category } { $count ->
        [one] tag
       *[other] tags
    }
hashtag-mix-help = e.g. { $examples } for reach, and niche tags that pair a { $category } word with a place, type or use for search

medical-claim-efficacy = “{ $text }” is an efficacy claim a cosmetic may make only with a published efficacy evaluation (化妆品功效宣称评价规范); describe what the reader sees instead
medical-claim-special = “{ $text }” is a claim only a registered special-use cosmetic may make (化妆品监督管理条例); add `registration:` to the front matter or describe the look instead
medical-claim-medical = “{ $text }” claims a medical effect only a drug may claim (广告法 Art. 17); describe the effect the reader can feel instead
medical-claim-look-help = describe what the reader sees and feels
medical-claim-medical-help = describe the felt effect, not a medical one

off-platform = “{ $text }” { $label }; the platform penalises trade redirects
off-platform-link = link to { $host } leads off Xiaohongshu; the platform penalises trade redirects
off-platform-help = keep the purchase in the app
off-platform-label-default = sends readers off Xiaohongshu
off-platform-label-asks-readers-to-add-a-private-contact = asks readers to add a private contact
off-platform-label-gives-a-private-contact-handle = gives a private contact handle
off-platform-label-trades-a-reward-for-a-DM = trades a reward for a DM
off-platform-label-trades-a-reward-for-a-comment = trades a reward for a comment
off-platform-label-moves-readers-into-a-group-chat = moves readers into a group chat
off-platform-label-names-another-store-as-the-place-to-buy = names another store as the place to buy
off-platform-label-names-another-store-as-a-place-to-buy = names another store as a place to buy
off-platform-label-gives-a-phone-number = gives a phone number
off-platform-label-asks-for-a-DM-to-buy-or-book = asks for a DM to buy or book
off-platform-label-asks-readers-to-order-by-chat = asks readers to order by chat
off-platform-label-points-to-a-QR-code = points to a QR code
off-platform-label-sends-readers-to-another-app = sends readers to another app

peak-window = published at { $time } China time, outside the peak hours { $windows }; the sale's first hours go unseen

pressure-phrase = “{ $text }” pressures readers; the community penalises hard selling
pressure-phrase-help = frame the urgency as a community reward
pressure-phrase-shout = “{ $text }” shouts at readers; one exclamation mark is enough
pressure-phrase-shout-help = keep one

purchase-path = the whole Note shows no purchase path: end the body with where to buy in the app (product card, shop) or attach a product card (`store_link: true`)
purchase-path-store-link = store_link is false
purchase-path-help = add a line pointing readers to the product card

risky-promise = “{ $text }” promises what the Advertising Law forbids (returns Art. 25, exam results Art. 24, superstition Art. 9) or reads as a scam; describe what is really offered
risky-promise-help = describe what is really offered

sale-window-backwards = the sale ends before it starts: sale.end must be later than sale.start
sale-window-long = the sale window is { $hours } hours, longer than { $max }; long windows dilute the urgency of a flash sale

title-length = title is { $length } units; the app cuts titles after { $limit }, so “{ $cut }” is never seen
title-length-help = shorten it to { $limit } units or fewer; what fits is “{ $kept }”

title-scarcity-missing = sale Note whose title has no time or quantity limit; shoppers skim titles, so lead with one
title-scarcity-generated = a title generated from the sale's facts, led by its real limit
title-scarcity-start = start the title with the sale's real limit (declare `product` and `sale` for a generated title)
title-scarcity-late = scarcity signal “{ $signal }” starts at unit { $at } of the title; front-load it within the first { $within }
title-scarcity-move = move the limit to the front
title-scarcity-or-generated = or a title generated from the sale's facts

unverified-scarcity = “{ $text }” is not backed by the front matter: declare { $missing }
unverified-scarcity-declared = the declared sale

sale-note-detected = treated as a sale Note because of “{ $evidence }”; set kind: organic if it is not one
sale-note-config = treated as a sale Note because the config sets kind: sale
sale-note-kind = a sale Note because its front matter sets kind: sale
sale-note-facts = a sale Note because its front matter declares `sale` facts
sale-note-bare = treated as a sale Note

# Front matter problems (src/input/front_matter.rs).
fm-unclosed = front matter opened with `---` is never closed; add a `---` line after it
fm-too-deep = front matter nests deeper than { $depth } levels — keep it to `key: value` lines and short lists
fm-not-yaml = front matter is not valid YAML: { $error }
fm-not-mapping = front matter must be a mapping of `key: value` lines
fm-must-be-text = `{ $key }` must be text
fm-campaign-id = `campaign` must be a campaign id, or give its `id` and `role`
fm-campaign-role = `campaign.role` must be one of { $roles }
fm-campaign-key = unknown key `campaign.{ $key }`; the keys are `id` and `role`
fm-campaign-needs-id = `campaign` needs an `id`: the `campaign:` of its plan
fm-store-link = `store_link` must be true or false, not { $value }
fm-typo = unknown key `{ $key }` — did you mean '{ $known }'? Its checks are off while it is misspelt
fm-tag-item = each of `tags` must be text, not { $value }
fm-tags = `tags` must be a list of text, not { $value }
fm-choice = `{ $key }` is { $value }; expected one of: { $choices }
fm-time = `{ $key }` is { $value }; expected a date-time such as 2026-06-16T20:00:00+08:00 or 2026-06-16 20:00 (China time)
fm-sale = `sale` must be a mapping of { $keys }, not { $value }
fm-stock = `{ $key }` is { $value }; expected a whole number of units, such as 200
fm-amount = `{ $key }` is { $value }; expected an amount in CNY, such as 199
fm-sale-key = unknown key `{ $key }`; the sale facts are: { $keys }
fm-xhslint = `xhslint` must be a mapping such as `disable: [peak-window]`
fm-xhslint-disable = `xhslint.disable` must be a list of rule ids
fm-xhslint-key = unknown key `{ $key }`; the only key is `disable`
fm-value-empty = empty
fm-value-list = a list
fm-value-mapping = a mapping
fm-value-tagged = a tagged value

## A campaign Note checked against its plan (plan/notes.rs)

plan-stream-start = says the stream starts { $said }, but campaign `{ $campaign }` starts stream `{ $stream }` { $when } ({ $stamp })
plan-stream-start-help = say when the stream starts
plan-window-minutes = says the flash windows last { $minutes } minutes, but campaign `{ $campaign }` plans windows of { $planned } minutes
plan-window-minutes-help = say how long the planned windows run
plan-sale-conflict = sale.{ $key } is { $own }, but campaign `{ $campaign }` plans { $planned } ({ $place }); the Note's value is used — correct one of them
plan-fact = the plan's { $key }

## Suppression comments and `xhslint.disable` (lint/suppress.rs)

suppress-unknown-rule = unknown rule `{ $name }` in { $place }, so it suppresses nothing — `xhslint rules` lists the rule ids
suppress-place-comment = a suppression comment
suppress-place-switch = `xhslint.disable`
suppress-did-you-mean = use the closest rule id
suppress-unknown-directive = unknown directive `{ $name }` — use `xhslint-disable-next-line`, `xhslint-disable` or `xhslint-enable`
suppress-unused = this `{ $what }` suppresses nothing: no finding is reported where it applies
suppress-unused-rules = this `{ $what }` suppresses nothing: no { $listed } finding is reported where it applies
suppress-unused-some = this `{ $what }` suppresses nothing for { $listed }: no such finding is reported where it applies
suppress-unused-switch = `xhslint.disable` switches off `{ $id }`, which reports nothing in this Note
suppress-remove-switch = remove `{ $id }` from `xhslint.disable`
suppress-remove-comment = remove the comment
suppress-keep-rules = keep only the rules it suppresses

## The plan rules (plan/rules/)

plan-announcement-none = no announcement Note for stream `{ $stream }`; announce it { $min }–5 days ahead
plan-announcement-undated = the announcement of stream `{ $stream }` has no `publish_at`, here or in its front matter
plan-announcement-after = after the stream starts
plan-announcement-hours = only { $hours } hours before the stream
plan-announcement-late = the announcement goes out { $lead } ({ $stamp }); announce it at least { $min } days ahead
plan-stream-starts = stream `{ $stream }` starts { $stamp }
plan-bundle-costs = bundle `{ $bundle }` costs { $price } — { $more ->
        [more] more than
       *[same] the same as
    } its items bought separately ({ $sum })
plan-bundle-little = bundle `{ $bundle }` saves { $saving } on its items' { $sum }: too little to be worth a bundle; save { $min }–{ $max }
plan-bundle-much = bundle `{ $bundle }` saves { $saving } on its items' { $sum }: more than the stream needs to give; save { $min }–{ $max }
plan-bundle-help = price it between { $low } and { $high }
plan-education-share = stream `{ $stream }` educates { $education } of { $total } minutes ({ $share }); aim for { $min } — about { $needed } minutes of showing and answering
plan-festival-peak = { $what ->
        [stream] the stream
       *[sale] the sale
    } runs { $start } to { $end }, beyond { $festival }'s peak ({ $first } to { $last }); keep festival sales inside the peak
plan-preheat-none = no dated preheat Note for { $festival } ({ $day }); start the preheat at least { $min } days before
plan-preheat-late = the preheat starts { $stamp } ({ $lead } days before { $festival } on { $day }); start it at least { $min } days before
plan-first-order = a first-order discount of { $discount } is { $problem ->
        [small] too small to win a first order
       *[large] more than a welcome offer needs to give
    }; keep it { $min }–{ $max }
plan-flash-repeat = the same { $percent }% flash discount runs again on { $day } after { $earlier } within { $window } days; followers learn to wait for it — change the offer or make it a bundle or gift
plan-product-count = stream `{ $stream }` links { $count } products; a live stream links at most { $max }
plan-product-count-help = keep the { $max } best sellers here and move the rest to another stream
plan-recap-none = no recap Note for stream `{ $stream }`; publish one within { $within } hours with the replay and a code
plan-recap-early = before the stream ends
plan-recap-hours = { $hours } hours after the stream ends
plan-recap-late = the recap goes out { $late } ({ $stamp }); publish it within { $within } hours of the end
plan-stream-ends = stream `{ $stream }` ends { $stamp }
plan-recap-undated = the recap has no `publish_at`, here or in its front matter
plan-recap-replay = the recap links no replay; set `replay: true` and put the replay in the Note
plan-recap-code = the recap carries no discount code; give replay viewers one valid { $max } hours
plan-recap-code-long = the recap's code stays valid { $hours } hours, longer than the { $max }-hour replay window
plan-window-gap = the { $after } window starts { $interval } minutes after the { $before } one: { $problem }
plan-window-gap-soon = too soon after the last one; leave at least { $min } minutes between starts
plan-window-gap-long = viewers wait too long; start one every { $min }–{ $max } minutes
plan-window-before = the window before it
plan-window-length = the { $start }–{ $end } window lasts { $minutes } minutes: { $problem }
plan-window-short = too short for viewers to open the product and pay; give it at least { $min } minutes
plan-window-long = too long to feel like a flash offer; keep it within { $max } minutes
plan-about-note = { $path } joins campaign `{ $campaign }` as its { $role } from its own front matter; list it under `notes` here to give it a stream, a replay or a code
plan-note-conflict = { $path } says { $what ->
        [price] price
        [original] original price
        [stock] stock
        [start] start
       *[end] end
    } { $note }; the plan says { $planned } — correct one of them
plan-note-conflict-plan = the plan's fact
plan-note-conflict-note = { $what ->
        [price] price
        [original] original price
        [stock] stock
        [start] start
       *[end] end
    } { $note } in the Note's front matter
