//! `xhslint title` end to end: the ranked output for a range of sales, and
//! the message naming the input for each kind of bad input.

use assert_cmd::Command;

fn title(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("xhslint")
        .expect("binary")
        .env("XHSLINT_LANG", "en")
        .arg("title")
        .args(args)
        .assert()
}

fn stdout_of(args: &[&str]) -> String {
    let output = title(args).code(0).get_output().stdout.clone();
    String::from_utf8(output).expect("UTF-8 output")
}

/// The one line written to stderr, for a run that must exit 2.
fn error_of(args: &[&str]) -> String {
    let assert = title(args).code(2);
    let output = assert.get_output();
    assert!(output.stdout.is_empty(), "nothing on stdout on an error");
    String::from_utf8(output.stderr.clone())
        .expect("UTF-8 stderr")
        .trim_end()
        .to_string()
}

mod ranked_output {
    use super::*;

    #[test]
    fn the_guides_facts_time_and_stock() {
        insta::assert_snapshot!(stdout_of(&[
            "--product",
            "玻尿酸精华",
            "--hours",
            "48",
            "--stock",
            "200",
            "--date",
            "2026-07-10",
        ]));
    }

    #[test]
    fn time_only_in_days() {
        insta::assert_snapshot!(stdout_of(&[
            "--product",
            "奶茶色口红",
            "--days",
            "3",
            "--category",
            "beauty",
            "--date",
            "2026-07-10",
        ]));
    }

    #[test]
    fn stock_only_with_a_benefit_for_fashion() {
        insta::assert_snapshot!(stdout_of(&[
            "--product",
            "羊毛开衫",
            "--stock",
            "500",
            "--category",
            "fashion",
            "--benefit",
            "软糯不扎",
            "--date",
            "2026-07-10",
            "--format",
            "json",
        ]));
    }

    #[test]
    fn a_discount_rounded_so_it_never_overstates() {
        let out = stdout_of(&[
            "--product",
            "玻尿酸精华",
            "--hours",
            "48",
            "--price",
            "199",
            "--original-price",
            "299",
            "--date",
            "2026-07-10",
            "--format",
            "json",
        ]);
        assert!(out.contains("6.7折"), "199/299 is 6.7折");
        assert!(!out.contains("6.6折") && !out.contains("6折"));
        insta::assert_snapshot!(out);
    }

    #[test]
    fn a_festival_found_from_the_date() {
        insta::assert_snapshot!(stdout_of(&[
            "--product",
            "玻尿酸精华",
            "--hours",
            "48",
            "--stock",
            "200",
            "--benefit",
            "补水保湿",
            "--festival",
            "auto",
            "--date",
            "2026-06-16",
            "--format",
            "json",
        ]));
    }

    #[test]
    fn a_lunar_festival_before_new_year() {
        insta::assert_snapshot!(stdout_of(&[
            "--product",
            "坚果礼盒",
            "--hours",
            "72",
            "--stock",
            "1000",
            "--category",
            "food",
            "--festival",
            "年货节",
            "--date",
            "2027-01-20",
        ]));
    }

    #[test]
    fn accented_latin_names_are_never_cut_inside_a_word_or_a_brand() {
        for (product, brand) in [
            ("Lancôme Advanced Génifique Serum", "Lancôme"),
            ("Estée Lauder Advanced Night Repair", "Estée Lauder"),
        ] {
            let out = stdout_of(&["--product", product, "--hours", "48", "--format", "json"]);
            let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
            let titles = report["titles"].as_array().expect("titles");
            assert!(!titles.is_empty(), "{out}");
            let words: Vec<&str> = product.split(' ').collect();
            for title in titles {
                let text = title["title"].as_str().expect("title");
                let named = title["claims"]["product"].as_str().expect("product");
                assert!(text.contains(named), "{text}");
                assert!(named.starts_with(brand), "{text}");
                assert!(
                    named.split(' ').all(|w| words.contains(&w)),
                    "{text}: every word of the name is whole"
                );
            }
        }
    }

    #[test]
    fn an_over_long_product_is_shortened_at_word_boundaries() {
        insta::assert_snapshot!(stdout_of(&[
            "--product",
            "兰蔻小黑瓶肌底精华液修护维稳套装",
            "--hours",
            "48",
            "--stock",
            "200",
            "--date",
            "2026-07-10",
            "--format",
            "json",
        ]));
    }

    #[test]
    fn facts_from_a_note_with_a_deadline_tonight() {
        insta::assert_snapshot!(stdout_of(&[
            "--from",
            "tests/fixtures/title/tonight.md",
            "-n",
            "8",
        ]));
    }

    #[test]
    fn a_window_flag_overrides_the_notes_declared_times() {
        // The Note declares a sale of 8 hours ending tonight; --hours 24
        // replaces it, so titles state 24 hours and none the Note's window.
        let out = stdout_of(&[
            "--from",
            "tests/fixtures/title/tonight.md",
            "--hours",
            "24",
            "--format",
            "json",
        ]);
        let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(report["facts"]["hours"], 24);
        assert!(report["facts"].get("deadline").is_none(), "{out}");
        let titles = report["titles"].as_array().expect("titles");
        let timed: Vec<&serde_json::Value> = titles
            .iter()
            .filter(|t| t["claims"].get("hours").is_some())
            .collect();
        assert!(!timed.is_empty(), "an hour title survives: {out}");
        assert!(timed.iter().all(|t| t["claims"]["hours"] == 24), "{out}");
        assert!(
            titles.iter().all(|t| {
                t["claims"].get("deadline").is_none()
                    && t["claims"].get("countdown_hours").is_none()
            }),
            "{out}"
        );
    }

    #[test]
    fn festival_none_is_accepted_as_in_front_matter() {
        let out = stdout_of(&[
            "--product",
            "玻尿酸精华",
            "--hours",
            "48",
            "--festival",
            "none",
            "--format",
            "json",
        ]);
        let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        let titles = report["titles"].as_array().expect("titles");
        assert!(!titles.is_empty(), "{out}");
        assert!(titles.iter().all(|t| t["claims"].get("festival").is_none()));
    }

    #[test]
    fn a_benefit_no_title_can_use_is_explained() {
        let out = stdout_of(&[
            "--product",
            "玻尿酸精华",
            "--hours",
            "48",
            "--benefit",
            "全网最好用",
            "--date",
            "2026-07-10",
            "-n",
            "1",
        ]);
        assert_eq!(
            out.lines().last(),
            Some(
                "note: --benefit: “全网最好用” is in none of the titles — `absolute-claim` flags it: “全网最好用” is an absolute claim the Advertising Law (Art. 9) forbids; state a specific, checkable benefit instead (in “限时48小时 | 玻尿酸精华 全网最好用”)"
            )
        );
    }

    #[test]
    fn n_limits_the_count() {
        let out = stdout_of(&[
            "--product",
            "玻尿酸精华",
            "--hours",
            "48",
            "--stock",
            "200",
            "-n",
            "2",
            "--date",
            "2026-07-10",
        ]);
        // The facts line, the header and two titles.
        assert_eq!(out.lines().count(), 4, "{out}");
    }
}

mod config {
    use super::*;

    fn units_column(out: &str) -> Vec<f64> {
        out.lines()
            .skip(2)
            .filter_map(|line| line.split_whitespace().nth(2)?.parse().ok())
            .collect()
    }

    #[test]
    fn the_notes_config_sets_the_limit_the_titles_must_pass() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join(".xhslint.yaml"),
            "title:\n  max_units: 14\n",
        )
        .expect("config");
        let note = dir.path().join("tonight.md");
        std::fs::copy("tests/fixtures/title/tonight.md", &note).expect("note");
        let out = stdout_of(&["--from", note.to_str().expect("UTF-8 path")]);
        let units = units_column(&out);
        assert_eq!(units.len(), 5, "{out}");
        assert!(units.iter().all(|u| *u <= 14.0), "{out}");
        // Without the config the best titles use more than 14 units.
        let default = stdout_of(&["--from", "tests/fixtures/title/tonight.md", "-n", "8"]);
        assert!(
            units_column(&default).iter().any(|u| *u > 14.0),
            "{default}"
        );
    }

    #[test]
    fn a_bad_config_is_named_with_its_position() {
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().join("bad.yaml");
        std::fs::write(&config, "title:\n  max_unit: 14\n").expect("config");
        let config = config.to_str().expect("UTF-8 path");
        assert_eq!(
            error_of(&[
                "--product",
                "玻尿酸精华",
                "--hours",
                "48",
                "--config",
                config
            ]),
            format!(
                "error: {config}:2:3: unknown key `title.max_unit` (did you mean `max_units`?) — expected one of `max_units`, `scarcity_within`"
            )
        );
    }
}

mod bad_input {
    use super::*;

    #[test]
    fn negative_hours() {
        assert_eq!(
            error_of(&["--product", "玻尿酸精华", "--hours", "-5"]),
            "error: --hours: -5 is not a sale length — give a whole number of hours from 1 to 720"
        );
    }

    #[test]
    fn zero_days_and_zero_stock() {
        assert_eq!(
            error_of(&["--product", "玻尿酸精华", "--days", "0"]),
            "error: --days: 0 is not a sale length — give a whole number of days from 1 to 30"
        );
        assert_eq!(
            error_of(&["--product", "玻尿酸精华", "--stock", "0"]),
            "error: --stock: 0 is not a stock count — give the whole number of units on sale, 1 or more"
        );
    }

    #[test]
    fn hours_with_days() {
        let message = error_of(&["--product", "玻尿酸精华", "--hours", "48", "--days", "2"]);
        assert!(
            message
                .starts_with("error: the argument '--hours <H>' cannot be used with '--days <D>'"),
            "{message}"
        );
    }

    #[test]
    fn a_price_above_the_original_price() {
        assert_eq!(
            error_of(&[
                "--product",
                "玻尿酸精华",
                "--hours",
                "48",
                "--price",
                "399",
                "--original-price",
                "299",
            ]),
            "error: --price: 399 is above the original price 299 (--original-price) — the sale price must not exceed it"
        );
    }

    #[test]
    fn a_price_that_is_not_a_number_or_not_positive() {
        let message = error_of(&["--product", "玻尿酸精华", "--hours", "48", "--price", "abc"]);
        assert!(
            message.starts_with("error: invalid value 'abc' for '--price <X>'"),
            "{message}"
        );
        assert_eq!(
            error_of(&["--product", "玻尿酸精华", "--hours", "48", "--price", "-1"]),
            "error: --price: -1 is not a price — give an amount in CNY above 0, such as 199"
        );
        assert_eq!(
            error_of(&[
                "--product",
                "玻尿酸精华",
                "--hours",
                "48",
                "--original-price",
                "299"
            ]),
            "error: --original-price: a discount needs the sale price too — add --price"
        );
    }

    #[test]
    fn an_unknown_festival() {
        assert_eq!(
            error_of(&[
                "--product",
                "玻尿酸精华",
                "--hours",
                "48",
                "--festival",
                "圣诞",
                "--date",
                "2026-12-20",
            ]),
            "error: --festival: `圣诞` is not a festival in the calendar — expected one of: 618 (618), 1111 (双11), 1212 (双12), 520 (520), 38 (女王节), qixi (七夕), mid-autumn (中秋), cny (春节), auto, none"
        );
    }

    #[test]
    fn a_festival_outside_its_window() {
        assert_eq!(
            error_of(&[
                "--product",
                "玻尿酸精华",
                "--hours",
                "48",
                "--festival",
                "618",
                "--date",
                "2026-07-10",
            ]),
            "error: --festival: 2026-07-10 is outside 618's windows (2026-05-19 – 2026-05-31 (preheat), 2026-06-01 – 2026-06-20 (peak)) — a title names a festival only while it runs; give the sale's --date, or leave the festival out"
        );
    }

    #[test]
    fn a_lunar_festival_beyond_the_table() {
        assert_eq!(
            error_of(&[
                "--product",
                "玻尿酸精华",
                "--hours",
                "48",
                "--festival",
                "七夕",
                "--date",
                "2040-08-10",
            ]),
            "error: --festival: 七夕's dates are known for 2024–2035 only, not for 2040-08-10"
        );
    }

    #[test]
    fn a_date_that_does_not_parse() {
        for date in ["2026-13-40", "2026/06/16", "tomorrow"] {
            assert_eq!(
                error_of(&["--product", "玻尿酸精华", "--hours", "48", "--date", date]),
                format!(
                    "error: --date: `{date}` is not a date — expected YYYY-MM-DD, such as 2026-06-16"
                )
            );
        }
    }

    #[test]
    fn an_unknown_category() {
        assert_eq!(
            error_of(&[
                "--product",
                "玻尿酸精华",
                "--hours",
                "48",
                "--category",
                "cosmetics"
            ]),
            "error: --category: `cosmetics` is not a category — expected one of: beauty, fashion, food, mother-baby, home, digital, other"
        );
    }

    #[test]
    fn no_limit_to_lead_with() {
        assert_eq!(
            error_of(&["--product", "玻尿酸精华", "--price", "199"]),
            "error: --hours: a title leads with the sale's real limit — give --hours, --days or --stock (or a Note whose `sale` declares start and end, or stock)"
        );
    }

    #[test]
    fn no_product() {
        assert_eq!(
            error_of(&["--hours", "48"]),
            "error: --product: missing — name the product, such as --product 玻尿酸精华, or read it from a Note with --from note.md"
        );
        assert_eq!(
            error_of(&["--product", "  ", "--hours", "48"]),
            "error: --product: empty — give the product's name"
        );
    }

    #[test]
    fn a_product_too_long_to_fit_even_shortened() {
        // One word: no boundary to shorten it at.
        assert_eq!(
            error_of(&[
                "--product",
                "SupercalifragilisticExpialidociousSerum",
                "--hours",
                "48"
            ]),
            "error: --product: “SupercalifragilisticExpialidociousSerum” is 19.5 units and no word-boundary shortening of it fits a 20-unit title with the sale's limit — give a shorter product name"
        );
    }

    #[test]
    fn a_malformed_fact_in_the_note_is_named_with_its_position() {
        assert_eq!(
            error_of(&["--from", "tests/fixtures/title/bad-stock.md"]),
            "error: tests/fixtures/title/bad-stock.md:6:10: `sale.stock` is `many`; expected a whole number of units, such as 200"
        );
    }

    #[test]
    fn a_note_without_a_product() {
        assert_eq!(
            error_of(&["--from", "tests/fixtures/title/no-product.md"]),
            "error: tests/fixtures/title/no-product.md: no `product` in the front matter — add one, such as `product: 玻尿酸精华`, or pass --product"
        );
    }

    #[test]
    fn a_missing_note() {
        let message = error_of(&["--from", "tests/fixtures/title/missing.md"]);
        assert!(
            message.starts_with("error: tests/fixtures/title/missing.md: cannot read:"),
            "{message}"
        );
    }
}
