//! The human and JSON output for every Note in `examples/`, as insta
//! snapshots: what a copywriter and an editor integration actually see.

use std::path::Path;

use xhslint::lint::lint_source;
use xhslint::report::{FileReport, human, json};
use xhslint::settings::Settings;

fn report_for(name: &str) -> FileReport {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let source = std::fs::read_to_string(&path).expect("example exists");
    let display = format!("examples/{name}");
    let (note, diagnostics) = lint_source(&display, source, &Settings::default());
    FileReport::linted(display, note.source, diagnostics)
}

fn human_output(report: FileReport) -> String {
    colored::control::set_override(false);
    human::render(&[report], |_| true, true)
}

fn json_output(report: FileReport) -> String {
    json::render(&[report]).replace(env!("CARGO_PKG_VERSION"), "[version]")
}

macro_rules! example_snapshots {
    ($($test:ident => $file:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                insta::assert_snapshot!(concat!(stringify!($test), "_human"), human_output(report_for($file)));
                insta::assert_snapshot!(concat!(stringify!($test), "_json"), json_output(report_for($file)));
            }
        )*
    };
}

example_snapshots! {
    absolute => "absolute.md",
    bad_front_matter => "bad-front-matter.md",
    buried_scarcity => "buried-scarcity.md",
    clean_sale => "clean-sale.md",
    compliance => "compliance.md",
    hashtags => "hashtags.md",
    long_body => "long-body.txt",
    off_platform => "off-platform.md",
    pressure => "pressure.md",
    price_first => "price-first.md",
    title_too_long => "title-too-long.md",
}
