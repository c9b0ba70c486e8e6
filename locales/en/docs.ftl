# The rule pages (`xhslint explain`, `xhslint rules`, docs/rules/). A rule's
# own text is English in its doc comment (src/rules/, src/plan/rules/); its
# Chinese is in ../zh/docs.ftl as `rule-doc-RULE-…`.

docs-heading-what = What it checks
docs-heading-why = Why it matters for the sale
docs-heading-bad = Bad
docs-heading-good = Good
docs-heading-options = Options
docs-heading-configure = Configure
docs-heading-suppress = Suppress one finding
docs-only-severity = Only its severity.
docs-option = `{ $name }` (default `{ $default }`): { $doc }.
docs-option-with-alias = `{ $name }` (default `{ $default }`): { $doc }, also settable as `{ $alias }`.
docs-yes = yes
docs-no = no
docs-severity-error = error
docs-severity-warning = warning
docs-severity-info = info
docs-severity-off = off
docs-default-severity = Default severity: **{ $severity }**
docs-fixable-page = Fixable with `--fix`: { $fixable }
docs-terminal-status = default severity { $severity } · fixable: { $fixable } · { $url }
docs-generated-page = Generated from the rule's doc comment in { $source }. Edit it there, then run `{ $command }`.
docs-generated-index = Generated from the rules' doc comments in src/rules/. Run `{ $command }` after editing them.
docs-config-in-note = In `.xhslint.yaml`:
docs-config-in-plan = In the campaign file:
docs-waive-note = To waive one finding a person has checked, put this on the line above it:
docs-waive-plan = To waive it for one stream, window, bundle or Note a person has checked, list it in that entry's `xhslint.disable` (or in the top-level `xhslint.disable` for the whole file):
docs-waive-reason = why a person judged it fine
docs-index-title = Rules
docs-index-intro = `xhslint rules` prints this table; `xhslint explain RULE` prints a page.
docs-index-columns = rule | default | fixable | checks
docs-table-rule = RULE
docs-table-default = DEFAULT
docs-table-fixable = FIXABLE
docs-table-checks = CHECKS
docs-did-you-mean = {" "}(did you mean `{ $rule }`?)
docs-unknown-rule = unknown rule `{ $rule }`{ $hint } — the rules are: { $rules }
